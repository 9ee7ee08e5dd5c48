// Location, the value of --db (issue 16 "Connecting"; plan §3a, R9): a PostgreSQL URI or
// key=value string is a server, anything else a file; the password never reaches key() or
// display(), which are what Open recent, QSettings and the title bar keep and show.
#include "common/Location.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

Location parsed(const QString& text)
{
    const Result<Location> location = Location::parse(text);
    INFO(text.toStdString() << " → " << (location ? std::string() : location.error().toStdString()));
    REQUIRE(location);
    return *location;
}

// Sets (or clears) an environment variable for one test, restoring it afterwards.
class Env {
public:
    Env(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
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

TEST_CASE("location: a postgresql:// URI names a server, and its password stays out of key and display", "[location]")
{
    const Location server =
        parsed(QStringLiteral("postgresql://anna:S3cret-pw@db.example.org:6543/helpdesk?sslmode=require"));
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

TEST_CASE("location: postgres:// is a server too, and a percent-encoded password is decoded, never shown", "[location]")
{
    const Location server = parsed(QStringLiteral("postgres://bob:p%40ss%20word@localhost/fd"));
    CHECK(server.isServer());
    CHECK(server.password() == QStringLiteral("p@ss word"));
    CHECK(server.display().startsWith(QStringLiteral("bob@localhost:")));
    requireNoSecret(server, QStringLiteral("p@ss word"));
    requireNoSecret(server, QStringLiteral("p%40ss"));
}

TEST_CASE("location: a libpq key=value string names a server, and quoted values round-trip through key()", "[location]")
{
    const Location server = parsed(QStringLiteral("host=db.example.org user=anna password='two words' dbname='my desk' "
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

TEST_CASE("location: a server text libpq cannot read gets one sentence, the password masked", "[location]")
{
    const Result<Location> unknown = Location::parse(QStringLiteral("host=db bogus=1 password=Hush-1234"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().contains(QStringLiteral("bogus")));
    CHECK_FALSE(unknown.error().contains(QStringLiteral("Hush-1234")));
    CHECK(unknown.error().count(QLatin1Char(';')) == 1);

    const Result<Location> broken = Location::parse(QStringLiteral("postgresql://anna:Hush-1234@[::1/db"));
    REQUIRE_FALSE(broken);
    CHECK_FALSE(broken.error().contains(QStringLiteral("Hush-1234")));
    CHECK(broken.error().contains(QStringLiteral("postgresql://anna:***@")));
}

TEST_CASE("location: display fills in libpq's defaults and brackets an IPv6 address", "[location]")
{
    CHECK(parsed(QStringLiteral("postgresql://anna@[::1]:5433/fd")).display() == QStringLiteral("anna@[::1]:5433/fd"));
    CHECK(parsed(QStringLiteral("host=/run/pg port=6000 user=u dbname=d")).display() ==
          QStringLiteral("u@/run/pg:6000/d"));

    const Env user("PGUSER", "carla");
    const Env port("PGPORT", "7777");
    const Env host("PGHOST", QByteArray());
    const Env database("PGDATABASE", QByteArray());
    // Not given: libpq's user and port from PG*, the database is the user's, the host localhost.
    CHECK(parsed(QStringLiteral("postgresql://")).display() == QStringLiteral("carla@localhost:7777/carla"));
    CHECK(parsed(QStringLiteral("postgresql:///fd")).display() == QStringLiteral("carla@localhost:7777/fd"));
    // What is given wins.
    CHECK(parsed(QStringLiteral("user=dora port=1 dbname=x")).display() == QStringLiteral("dora@localhost:1/x"));
    // No option at all still has a key that reads back as a server.
    CHECK(parsed(parsed(QStringLiteral("postgresql://")).key()).isServer());
}

TEST_CASE("location: withPassword keeps the password in memory only, and equality ignores it", "[location]")
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

TEST_CASE("location: masked() hides passwords in URIs, key=value text and libpq's words", "[location]")
{
    CHECK(Location::masked(QStringLiteral("see postgresql://anna:Hush@db:5432/fd now")) ==
          QStringLiteral("see postgresql://anna:***@db:5432/fd now"));
    CHECK(Location::masked(QStringLiteral("postgresql://anna@db/fd")) == QStringLiteral("postgresql://anna@db/fd"));
    CHECK(Location::masked(QStringLiteral("host=db password='a b\\'c' dbname=fd")) ==
          QStringLiteral("host=db password=*** dbname=fd"));
    CHECK(Location::masked(QStringLiteral("host=db password = Hush dbname=fd")) ==
          QStringLiteral("host=db password = *** dbname=fd"));
    CHECK(Location::masked(QStringLiteral("sslpassword=Hush")) == QStringLiteral("sslpassword=***"));
    CHECK(Location::masked(QStringLiteral("user “Hush” said Hush and p%40ss"), QStringLiteral("Hush")) ==
          QStringLiteral("user “***” said *** and p%40ss"));
    CHECK(Location::masked(QStringLiteral("token p%40ss here"), QStringLiteral("p@ss")) ==
          QStringLiteral("token *** here"));
}
