// Location, the value of --db (issue 16 "Connecting"; plan §3a, R9): a PostgreSQL URI or
// key=value string is a server, anything else a file; the password never reaches key() or
// display(), which are what Open recent, QSettings and the title bar keep and show.
#include "common/Location.h"
#include "common/PasswordMask.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

Location parsed(const QString& text)
{
    const Result<Location> location = Location::parse(text);
    INFO(text.toStdString() << " → "
                            << (location ? std::string() : location.error().toStdString()));
    REQUIRE(location);
    return *location;
}

// Sets (or clears) an environment variable for one test, restoring it afterwards.
class Env {
public:
    Env(const char* name, const QByteArray& value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~Env()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    Env(const Env&) = delete;
    Env& operator=(const Env&) = delete;

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

void requireNoSecret(const Location& location, const QString& secret)
{
    CHECK_FALSE(location.key().contains(secret));
    CHECK_FALSE(location.display().contains(secret));
    for (const Location::Option& o : location.options())
        CHECK_FALSE(o.second.contains(secret));
}

} // namespace

TEST_CASE(
    "location: a postgresql:// URI names a server, and its password stays out of key and display",
    "[location]")
{
    const Location server = parsed(
        QStringLiteral("postgresql://anna:S3cret-pw@db.example.org:6543/helpdesk?sslmode=require"));
    CHECK(server.isServer());
    CHECK_FALSE(server.isFile());
    CHECK(server.option(QStringLiteral("host")) == QStringLiteral("db.example.org"));
    CHECK(server.option(QStringLiteral("port")) == QStringLiteral("6543"));
    CHECK(server.option(QStringLiteral("sslmode")) == QStringLiteral("require"));
    CHECK(server.password() == QStringLiteral("S3cret-pw"));
    CHECK(server.display() == QStringLiteral("anna@db.example.org:6543/helpdesk"));
    requireNoSecret(server, QStringLiteral("S3cret-pw"));

    // key() reads back as the same server, without the password.
    const Location again = parsed(server.key());
    CHECK(again == server);
    CHECK(again.password().isEmpty());
    CHECK(again.option(QStringLiteral("sslmode")) == QStringLiteral("require"));
}

TEST_CASE(
    "location: postgres:// is a server too, and a percent-encoded password is decoded, never shown",
    "[location]")
{
    const Location server = parsed(QStringLiteral("postgres://bob:p%40ss%20word@localhost/fd"));
    CHECK(server.isServer());
    CHECK(server.password() == QStringLiteral("p@ss word"));
    CHECK(server.display().startsWith(QStringLiteral("bob@localhost:")));
    requireNoSecret(server, QStringLiteral("p@ss word"));
    requireNoSecret(server, QStringLiteral("p%40ss"));
}

TEST_CASE(
    "location: a libpq key=value string names a server, and quoted values round-trip through key()",
    "[location]")
{
    const Location server =
        parsed(QStringLiteral("host=db.example.org user=anna password='two words' dbname='my desk' "
                              "application_name='O\\'Brien'"));
    CHECK(server.isServer());
    CHECK(server.password() == QStringLiteral("two words"));
    CHECK(server.option(QStringLiteral("dbname")) == QStringLiteral("my desk"));
    CHECK(server.option(QStringLiteral("application_name")) == QStringLiteral("O'Brien"));
    CHECK(server.display().endsWith(QStringLiteral("/my desk")));
    requireNoSecret(server, QStringLiteral("two words"));

    const Location again = parsed(server.key());
    CHECK(again == server);
    CHECK(again.options() == server.options());
    CHECK(again.password().isEmpty());
    // Spaces around "=" are libpq's too.
    CHECK(parsed(QStringLiteral(" host = db  dbname = fd")).isServer());
}

TEST_CASE("location: sslpassword is a secret as well", "[location]")
{
    const Location server = parsed(QStringLiteral("host=db sslpassword=K3y-phrase dbname=fd"));
    CHECK(server.isServer());
    CHECK_FALSE(server.key().contains(QStringLiteral("K3y-phrase")));
    CHECK_FALSE(server.display().contains(QStringLiteral("K3y-phrase")));
}

TEST_CASE("location: a misspelt server is refused by libpq, not taken for a file", "[location]")
{
    // One keyword in any case, or two pairs or more, make key=value text a server's.
    for (const QString& text :
         {QStringLiteral("dbnmae=fd host=127.0.0.1"), QStringLiteral("hots=127.0.0.1 dbnmae=fd"),
          QStringLiteral("Host=127.0.0.1 dbname=fd"), QStringLiteral("DBNAME=fd"),
          QStringLiteral("PostgreSQL://rep@db/fd")}) {
        INFO(text.toStdString());
        const Result<Location> given = Location::parse(text);
        REQUIRE_FALSE(given);
        CHECK(given.error().contains(
            QStringLiteral("is not a PostgreSQL connection string FunnelDesk can use")));
    }
}

TEST_CASE("location: paths that look odd are files, taken as given", "[location]")
{
    const QStringList paths = {
        QStringLiteral("/tmp/a=b.sqlite"),
        QStringLiteral("a=b.sqlite"),
        QStringLiteral("./host=db.sqlite"),
        QStringLiteral("postgresql.sqlite"),
        QStringLiteral("postgres:/x.sqlite"),
        QStringLiteral("postgresql:data.sqlite"),
        QStringLiteral("~/fd.sqlite"),
        QStringLiteral(" spaced .sqlite"),
        QStringLiteral("C:\\data\\fd.sqlite"),
        QStringLiteral("hostel=1.sqlite"),
        QStringLiteral(""),
    };
    for (const QString& path : paths) {
        INFO(path.toStdString());
        const Location file = parsed(path);
        CHECK(file.isFile());
        CHECK(file.path() == path);
        CHECK(file.display() == path);
        CHECK(file.key() == path);
        CHECK(file.options().isEmpty());
        CHECK(file.withPassword(QStringLiteral("x")).password().isEmpty());
    }
}

TEST_CASE("location: a server text libpq cannot read gets one sentence, the password masked",
          "[location]")
{
    const Result<Location> unknown =
        Location::parse(QStringLiteral("host=db bogus=1 password=Hush-1234"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().contains(QStringLiteral("bogus")));
    CHECK_FALSE(unknown.error().contains(QStringLiteral("Hush-1234")));
    CHECK(unknown.error().count(QLatin1Char(';')) == 1);

    const Result<Location> broken =
        Location::parse(QStringLiteral("postgresql://anna:Hush-1234@[::1/db"));
    REQUIRE_FALSE(broken);
    CHECK_FALSE(broken.error().contains(QStringLiteral("Hush-1234")));
    CHECK(broken.error().contains(QStringLiteral("postgresql://anna:***@")));
}

TEST_CASE("location: a value libpq would refuse only as it connects is refused here, in one "
          "sentence that names it",
          "[location]")
{
    // Refused when parsed, as an unknown keyword is: before any connection, and never worded as
    // a server that cannot be reached (reviewer: sslmode=bogus, port=abc, :99999).
    const auto refusal = [](const QString& text) {
        const Result<Location> location = Location::parse(text);
        REQUIRE_FALSE(location);
        CHECK(location.error().contains(QStringLiteral("is not a PostgreSQL connection string")));
        CHECK_FALSE(location.error().contains(QStringLiteral("Hush-1234")));
        CHECK(location.error().count(QLatin1Char(';')) == 1);
        return location.error();
    };
    CHECK(refusal(QStringLiteral("postgresql://anna:Hush-1234@db/fd?sslmode=bogus"))
              .contains(QStringLiteral("sslmode is “bogus”, and libpq knows only disable, allow, "
                                       "prefer, require, verify-ca, verify-full")));
    CHECK(refusal(QStringLiteral("host=db gssencmode=always password=Hush-1234"))
              .contains(QStringLiteral("gssencmode is “always”")));
    CHECK(refusal(QStringLiteral("host=db port=abc"))
              .contains(QStringLiteral("the port “abc” is not a number from 1 to 65535")));
    CHECK(refusal(QStringLiteral("postgresql://db:99999/fd")).contains(QStringLiteral("“99999”")));
    CHECK(refusal(QStringLiteral("host=a,b port=5432,0")).contains(QStringLiteral("“5432,0”")));
    // What libpq takes: its words, a port per host, a port left to its default.
    CHECK(Location::parse(QStringLiteral("postgresql://db/fd?sslmode=verify-full")));
    CHECK(Location::parse(QStringLiteral("host=a,b port=5432,6432 target_session_attrs=any")));
    CHECK(Location::parse(QStringLiteral("host=a,b port=,6432")));
}

TEST_CASE("location: a service is shown by its name, not by libpq's defaults", "[location]")
{
    const Env noService("PGSERVICE", QByteArray());
    const Env user("PGUSER", "carla");
    // Its host, port, database and user are in pg_service.conf, read only as libpq connects.
    CHECK(parsed(QStringLiteral("service=fd")).display() == QStringLiteral("service “fd”"));
    CHECK(parsed(QStringLiteral("postgresql:///?service=fd")).display() ==
          QStringLiteral("service “fd”"));
    {
        const Env service("PGSERVICE", "desk");
        CHECK(parsed(QStringLiteral("postgresql://")).display() ==
              QStringLiteral("service “desk”"));
        // A host the text gives wins over the service's, and is shown.
        CHECK(parsed(QStringLiteral("postgresql://anna@db:5432/fd")).display() ==
              QStringLiteral("anna@db:5432/fd"));
    }
    CHECK(parsed(QStringLiteral("service=fd host=db port=6000 user=u dbname=x")).display() ==
          QStringLiteral("u@db:6000/x"));
    CHECK(parsed(QStringLiteral("postgresql://")).display().startsWith(QStringLiteral("carla@")));
}

TEST_CASE("location: display fills in libpq's defaults and brackets an IPv6 address", "[location]")
{
    CHECK(parsed(QStringLiteral("postgresql://anna@[::1]:5433/fd")).display() ==
          QStringLiteral("anna@[::1]:5433/fd"));
    CHECK(parsed(QStringLiteral("host=/run/pg port=6000 user=u dbname=d")).display() ==
          QStringLiteral("u@/run/pg:6000/d"));

    const Env user("PGUSER", "carla");
    const Env port("PGPORT", "7777");
    const Env host("PGHOST", QByteArray());
    const Env database("PGDATABASE", QByteArray());
    // Not given: libpq's user and port from PG*, the database is the user's, the host localhost.
    CHECK(parsed(QStringLiteral("postgresql://")).display() ==
          QStringLiteral("carla@localhost:7777/carla"));
    CHECK(parsed(QStringLiteral("postgresql:///fd")).display() ==
          QStringLiteral("carla@localhost:7777/fd"));
    // What is given wins.
    CHECK(parsed(QStringLiteral("user=dora port=1 dbname=x")).display() ==
          QStringLiteral("dora@localhost:1/x"));
    // No option at all still has a key that reads back as a server.
    CHECK(parsed(parsed(QStringLiteral("postgresql://")).key()).isServer());
}

TEST_CASE("location: withPassword keeps the password in memory only, and equality ignores it",
          "[location]")
{
    const Location server = parsed(QStringLiteral("postgresql://anna@db/fd"));
    const Location withSecret = server.withPassword(QStringLiteral("Typed-In-9"));
    CHECK(withSecret.password() == QStringLiteral("Typed-In-9"));
    CHECK(withSecret == server);
    CHECK(withSecret.key() == server.key());
    CHECK(withSecret.display() == server.display());
    requireNoSecret(withSecret, QStringLiteral("Typed-In-9"));
    CHECK_FALSE(parsed(QStringLiteral("postgresql://anna@db/other")) == server);
    CHECK_FALSE(Location::file(server.key()) == server);
}

TEST_CASE("location: masked() hides passwords in URIs, key=value text and libpq's words",
          "[location]")
{
    CHECK(Location::masked(QStringLiteral("see postgresql://anna:Hush@db:5432/fd now")) ==
          QStringLiteral("see postgresql://anna:***@db:5432/fd now"));
    CHECK(Location::masked(QStringLiteral("postgresql://anna@db/fd")) ==
          QStringLiteral("postgresql://anna@db/fd"));
    CHECK(Location::masked(QStringLiteral("host=db password='a b\\'c' dbname=fd")) ==
          QStringLiteral("host=db password=*** dbname=fd"));
    CHECK(Location::masked(QStringLiteral("host=db password = Hush dbname=fd")) ==
          QStringLiteral("host=db password = *** dbname=fd"));
    CHECK(Location::masked(QStringLiteral("sslpassword=Hush")) ==
          QStringLiteral("sslpassword=***"));
    CHECK(Location::masked(QStringLiteral("user “Hush” said Hush and p%40ss"),
                           QStringLiteral("Hush")) ==
          QStringLiteral("user “***” said *** and p%40ss"));
    CHECK(Location::masked(QStringLiteral("token p%40ss here"), QStringLiteral("p@ss")) ==
          QStringLiteral("token *** here"));
}

TEST_CASE(
    "location: Connect to server's fields make the Location --db would give, More options included",
    "[location]")
{
    Location::ServerFields fields;
    fields.host = QStringLiteral("db.example.com");
    fields.port = 6432;
    fields.database = QStringLiteral("funneldesk");
    fields.user = QStringLiteral("anna");
    fields.more = QStringLiteral("sslmode=require connect_timeout=5");
    const Result<Location> made = Location::server(fields);
    INFO((made ? QString() : QString(made.error())).toStdString());
    REQUIRE(made);
    CHECK(
        *made ==
        parsed(QStringLiteral(
            "postgresql://anna@db.example.com:6432/funneldesk?sslmode=require&connect_timeout=5")));
    CHECK(made->option(QStringLiteral("sslmode")) == QStringLiteral("require"));
    CHECK(made->display() == QStringLiteral("anna@db.example.com:6432/funneldesk"));
    CHECK(made->password().isEmpty());

    // A value with spaces or quotes is quoted as libpq reads it; an empty host and user are libpq's
    // defaults.
    fields = {};
    fields.database = QStringLiteral("team's desk");
    const Result<Location> quoted = Location::server(fields);
    REQUIRE(quoted);
    CHECK(quoted->option(QStringLiteral("dbname")) == QStringLiteral("team's desk"));
    CHECK(quoted->option(QStringLiteral("host")).isEmpty());
    CHECK(quoted->option(QStringLiteral("port")) == QStringLiteral("5432"));
}

TEST_CASE("location: Connect to server's fields are refused in one sentence naming the field",
          "[location]")
{
    Location::ServerFields fields;
    fields.host = QStringLiteral("db");
    const auto refusal = [&fields] {
        const Result<Location> made = Location::server(fields);
        REQUIRE_FALSE(made);
        return QString(made.error());
    };
    CHECK(refusal().contains(QStringLiteral("Fill in Database:")));
    fields.database = QStringLiteral("fd");
    fields.port = 0;
    CHECK(refusal().contains(QStringLiteral("from 1 to 65535")));
    fields.port = 5432;
    fields.more = QStringLiteral("sslmode");
    CHECK(refusal().startsWith(QStringLiteral("More options “sslmode” are not libpq options")));
    fields.more = QStringLiteral("colour=blue");
    CHECK(refusal().contains(QStringLiteral("key=value pairs")));
    fields.more = QStringLiteral("sslmode=require password=Secret-42");
    const QString password = refusal();
    CHECK(password.startsWith(QStringLiteral("Leave the password out of More options")));
    CHECK_FALSE(password.contains(QStringLiteral("Secret-42")));
    fields.more = QStringLiteral("host=elsewhere");
    CHECK(refusal().contains(QStringLiteral("“host”, which has a field of its own")));
    // Words libpq checks only when it connects, where they came as "Cannot reach the server".
    fields.more = QStringLiteral("sslmode=bogus");
    CHECK(
        refusal() ==
        QStringLiteral("More options give sslmode=bogus, which libpq does not know; sslmode is one "
                       "of disable, allow, prefer, require, verify-ca, verify-full."));
    fields.more = QStringLiteral("target_session_attrs=primary gssencmode=always");
    CHECK(refusal().startsWith(QStringLiteral("More options give gssencmode=always")));
    fields.more = QStringLiteral("sslmode=verify-full channel_binding=require");
    CHECK(Location::server(fields));
    // A port in Host: the port has a field of its own. An IPv6 address and a socket folder pass.
    fields.more.clear();
    fields.host = QStringLiteral("db.example.com:notaport");
    CHECK(refusal() ==
          QStringLiteral(
              "Host “db.example.com:notaport” has a colon: give the server's name or address "
              "alone in Host, and its port number in Port."));
    fields.host = QStringLiteral("db:6432");
    CHECK(refusal().startsWith(QStringLiteral("Host “db:6432” has a colon")));
    for (const char* fine : {"::1", "fe80::1", "/run/postgresql", "127.0.0.1", ""}) {
        fields.host = QString::fromLatin1(fine);
        INFO(fine);
        CHECK(Location::server(fields));
    }
}

// The hostile tester's forms (password Zq9Secret7Pw): each one is masked wherever it is quoted,
// by the one masking function, and libpq's own words about it too.
TEST_CASE("location: every form of a password is masked, libpq's echo of it too",
          "[location][mask]")
{
    const QString secret = QStringLiteral("Zq9Secret7Pw");
    const QStringList texts = {
        QStringLiteral("postgresql://funneldesk@127.0.0.1:5432/fd?password=Zq9Secret7Pw&bogus=1"),
        QStringLiteral("postgresql://funneldesk@127.0.0.1:5432/fd?bogus=1&PASSWORD=Zq9Secret7Pw"),
        QStringLiteral(
            "postgresql://funneldesk@127.0.0.1:5432/fd?sslPassword=Zq9Secret7Pw&bogus=1"),
        QStringLiteral("postgresql://funneldesk@127.0.0.1:5432/fd?password=Zq9%53ecret7Pw&bogus=1"),
        QStringLiteral("postgresql://funneldesk:Zq9Secret7Pw%zz@127.0.0.1:5432/fd"),
        QStringLiteral("postgresql://funneldesk:Zq9Secret7Pw@127.0.0.1:5432/fd?bogus=1"),
        QStringLiteral("postgresql://funneldesk:Zq9Secret7Pw@[::1/fd"),
        QStringLiteral("mysql://funneldesk:Zq9Secret7Pw@127.0.0.1/fd"),
        QStringLiteral("host=127.0.0.1 PASSWORD=Zq9Secret7Pw bogus=1"),
        QStringLiteral("host=127.0.0.1 Password=Zq9Secret7Pw bogus=1"),
        QStringLiteral("host=127.0.0.1 password = 'Zq9Secret7Pw' bogus=1"),
        QStringLiteral("host=127.0.0.1 password='Zq9Secret7Pw"),
        QStringLiteral("host=127.0.0.1 password='Zq9 Secret7Pw"),
        QStringLiteral("PASSWORD=Zq9Secret7Pw"),
        QStringLiteral("notes password=Zq9Secret7Pw"),
    };
    for (const QString& text : texts) {
        INFO(text.toStdString());
        // The masking alone.
        CHECK_FALSE(Location::masked(text).contains(QStringLiteral("Zq9")));
        CHECK_FALSE(Location::masked(text).contains(QStringLiteral("7Pw")));
        // Parsing: a server text libpq refuses, never a file path, its sentence without the secret.
        const Result<Location> given = Location::parse(text);
        REQUIRE_FALSE(given);
        CHECK(given.error().contains(
            QStringLiteral("is not a PostgreSQL connection string FunnelDesk can use")));
        CHECK_FALSE(given.error().contains(QStringLiteral("Zq9")));
        CHECK_FALSE(given.error().contains(QStringLiteral("7Pw")));
    }
    // What is not a password stays: the host, the bad parameter's name.
    const QString uri = Location::masked(texts.first());
    CHECK(uri == QStringLiteral("postgresql://funneldesk@127.0.0.1:5432/fd?password=***&bogus=1"));
    CHECK(Location::masked(QStringLiteral("host=db PASSWORD=Zq9Secret7Pw dbname=fd")) ==
          QStringLiteral("host=db PASSWORD=*** dbname=fd"));
    CHECK(Location::masked(QStringLiteral("host=db password='Zq9Secret7Pw")) ==
          QStringLiteral("host=db password=***"));
    // libpq's words about a text: each password found in the text, as written or encoded.
    CHECK(maskPasswords(QStringLiteral("invalid percent-encoded token: \"Zq9Secret7Pw%zz\""),
                        passwordsIn(texts.at(4))) ==
          QStringLiteral("invalid percent-encoded token: \"***\""));
    CHECK(maskPasswords(QStringLiteral("said Zq9Secret7Pw and Zq9%53ecret7Pw"),
                        passwordsIn(texts.at(3))) == QStringLiteral("said *** and ***"));
    // The known password itself, and its percent-encoded forms in either case of hex digits.
    CHECK(Location::masked(QStringLiteral("a p%40ss%2fw b p%40ss%2Fw c p@ss/w"),
                           QStringLiteral("p@ss/w")) == QStringLiteral("a *** b *** c ***"));
    CHECK_FALSE(Location::masked(QStringLiteral("x ") + secret, secret).contains(secret));
}

TEST_CASE("location: a text with a libpq keyword or :// is a server text, never a file",
          "[location][mask]")
{
    for (const QString& text :
         {QStringLiteral("host=db password='open"), QStringLiteral("file:///tmp/x.sqlite"),
          QStringLiteral("/tmp/x password=y")}) {
        INFO(text.toStdString());
        CHECK_FALSE(Location::parse(text));
    }
}
