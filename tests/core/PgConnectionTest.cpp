// pg::Connection against a throwaway PostgreSQL cluster (issue 16; plan §3b, R8, R9).
// Tagged [postgres]: they run only through tests/pg/with-cluster.sh, which exports
// FUNNELDESK_TEST_PG (socket, no password), FUNNELDESK_TEST_PG_TCP and
// FUNNELDESK_TEST_PG_PASSWORD; the default runs of this binary leave them out.
#include "storage/postgres/PgConnection.h"
#include "common/Location.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTimeZone>

#include <chrono>
#include <optional>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace fd;

namespace {

QString env(const char* name)
{
    const QString value = qEnvironmentVariable(name);
    INFO(name << " is not set: run this test through tests/pg/with-cluster.sh (ctest -L postgres)");
    REQUIRE_FALSE(value.isEmpty());
    return value;
}

Location location(const QString& text)
{
    const Result<Location> parsed = Location::parse(text);
    REQUIRE(parsed);
    return *parsed;
}

pg::Connection connect(const Location& where, const pg::ConnectOptions& options = {})
{
    Result<pg::Connection> connection = pg::Connection::open(where, options);
    INFO((connection ? std::string() : connection.error().toStdString()));
    REQUIRE(connection);
    return std::move(*connection);
}

pg::Connection superuser()
{
    return connect(location(env("FUNNELDESK_TEST_PG")));
}

// The one sentence a refused connection gives, checked for what it must never hold.
QString refusal(const Location& where, const QStringList& secrets,
                const pg::ConnectOptions& options = {})
{
    const Result<pg::Connection> connection = pg::Connection::open(where, options);
    REQUIRE_FALSE(connection);
    const QString sentence = connection.error();
    INFO(sentence.toStdString());
    for (const QString& secret : secrets)
        CHECK_FALSE(sentence.contains(secret));
    CHECK(sentence.endsWith(QLatin1Char('.')));
    CHECK_FALSE(sentence.contains(QLatin1Char('\n')));
    CHECK(sentence.count(QStringLiteral("; ")) <= 1);
    return sentence;
}

QString tcpPort()
{
    return env("FUNNELDESK_TEST_PG_PORT");
}

// A TCP port on 127.0.0.1 that nothing listens on (the kernel's pick, then closed), or, with
// `listening`, one whose socket accepts connections into its queue and never answers.
class Port {
public:
    explicit Port(bool listening)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(m_fd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        socklen_t size = sizeof address;
        REQUIRE(::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &size) == 0);
        m_port = ntohs(address.sin_port);
        if (listening) {
            REQUIRE(::listen(m_fd, 4) == 0);
        } else {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~Port()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Port(const Port&) = delete;
    Port& operator=(const Port&) = delete;
    QString number() const { return QString::number(m_port); }

private:
    int m_fd = -1;
    int m_port = 0;
};

const QString kWrongPassword = QStringLiteral("Wr0ng-Pa55word-xyz");

} // namespace

TEST_CASE(
    "postgres: connects over the socket with the session's zone, ISO dates and FunnelDesk's name",
    "[postgres]")
{
    pg::Connection connection = superuser();
    const pg::Outcome<pg::Rows> rows = connection.exec(
        "SELECT current_user, current_setting('application_name'), current_setting('TimeZone'), "
        "current_setting('DateStyle'), current_setting('client_encoding'), DATE '2026-12-01'");
    REQUIRE(rows);
    REQUIRE(rows->count() == 1);
    CHECK(rows->text(0, 0) == QStringLiteral("funneldesk"));
    CHECK(rows->text(0, 1) == QStringLiteral("FunnelDesk"));
    CHECK(rows->text(0, 2) == QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    CHECK(rows->text(0, 3) == QStringLiteral("ISO, YMD"));
    CHECK(rows->text(0, 4) == QStringLiteral("UTF8"));
    CHECK(rows->text(0, 5) == QStringLiteral("2026-12-01"));
    CHECK(connection.serverVersion() >= 150000);
    CHECK(connection.socket() >= 0);
    CHECK_FALSE(connection.isLost());
    CHECK(connection.display().startsWith(QStringLiteral("funneldesk@/")));
    CHECK(connection.display().endsWith(QStringLiteral("/funneldesk_test")));
    // One server, one name: the connection's (in refusals) is the Location's (the title bar).
    CHECK(connection.display() == location(env("FUNNELDESK_TEST_PG")).display());
}

TEST_CASE("postgres: statements take bound parameters as text, NULL included", "[postgres]")
{
    pg::Connection connection = superuser();
    const pg::Outcome<pg::Rows> rows = connection.exec(
        "SELECT $1::int + $2::int, $3::text IS NULL, $4::text, $5::smallint, $6::text = 'x'",
        {qint64(40), 2, pg::Value(), QStringLiteral("Grüße, '; DROP"), true, "x"});
    REQUIRE(rows);
    CHECK(rows->int64(0, 0) == 42);
    CHECK(rows->int64(0, 1) == 1);
    CHECK(rows->text(0, 2) == QStringLiteral("Grüße, '; DROP"));
    CHECK_FALSE(rows->isNull(0, 2));
    CHECK(rows->int64(0, 3) == 1);
    CHECK(rows->int64(0, 4) == 1);

    const pg::Outcome<pg::Rows> made =
        connection.exec("CREATE TEMP TABLE t AS SELECT g FROM generate_series(1, 5) g");
    REQUIRE(made);
    const pg::Outcome<pg::Rows> gone = connection.exec("DELETE FROM t WHERE g > $1", {2});
    REQUIRE(gone);
    CHECK(gone->affected() == 3);
}

TEST_CASE(
    "postgres: a refused statement is one sentence with its SQLSTATE, and the connection lives on",
    "[postgres]")
{
    pg::Connection connection = superuser();
    const pg::Outcome<pg::Rows> failed = connection.exec("SELECT 1 / $1::int", {0});
    REQUIRE_FALSE(failed);
    CHECK(failed.error().sqlState == "22012");
    CHECK_FALSE(failed.error().connectionLost);
    CHECK(failed.error().sentence.contains(QStringLiteral("division by zero")));
    CHECK(connection.exec("SELECT 1"));
}

TEST_CASE("postgres: a connection the server ends says it was lost", "[postgres]")
{
    pg::Connection victim = superuser();
    const pg::Outcome<pg::Rows> pid = victim.exec("SELECT pg_backend_pid()");
    REQUIRE(pid);
    pg::Connection other = superuser();
    REQUIRE(other.exec("SELECT pg_terminate_backend($1::int)", {pid->int64(0, 0)}));
    const pg::Outcome<pg::Rows> after = victim.exec("SELECT 1");
    REQUIRE_FALSE(after);
    CHECK(after.error().connectionLost);
    CHECK(after.error().sentence.contains(QStringLiteral("was lost")));
    CHECK(victim.isLost());
}

TEST_CASE("postgres: connects over TCP with the password, given or asked for once", "[postgres]")
{
    const QString password = env("FUNNELDESK_TEST_PG_PASSWORD");
    const Location tcp = location(env("FUNNELDESK_TEST_PG_TCP"));

    pg::Connection given = connect(tcp.withPassword(password));
    const pg::Outcome<pg::Rows> address = given.exec("SELECT host(inet_server_addr())");
    REQUIRE(address);
    CHECK(address->text(0, 0) == QStringLiteral("127.0.0.1"));
    CHECK_FALSE(given.display().contains(password));

    int asked = 0;
    pg::ConnectOptions options;
    options.askPassword = [&](const QString& display) -> std::optional<QString> {
        ++asked;
        CHECK(display == tcp.display());
        return password;
    };
    pg::Connection prompted = connect(tcp, options);
    CHECK(asked == 1);
    CHECK(prompted.exec("SELECT 1"));

    // A password in the URI itself works too.
    const QString uri = env("FUNNELDESK_TEST_PG_TCP")
                            .replace(QStringLiteral("funneldesk@"),
                                     QStringLiteral("funneldesk:") + password + QLatin1Char('@'));
    CHECK(connect(location(uri)).exec("SELECT 1"));
}

namespace {

// What the kernel was told about the connection's socket.
int socketOption(const pg::Connection& conn, int level, int name)
{
    int value = -1;
    socklen_t size = sizeof value;
    REQUIRE(getsockopt(conn.socket(), level, name, &value, &size) == 0);
    return value;
}

} // namespace

TEST_CASE("postgres: a TCP connection probes a silent server within about a minute, unless the "
          "connection string "
          "says otherwise",
          "[postgres]")
{
    const QString password = env("FUNNELDESK_TEST_PG_PASSWORD");
    const QString tcp = env("FUNNELDESK_TEST_PG_TCP");

    const pg::Connection plain = connect(location(tcp).withPassword(password));
    CHECK(socketOption(plain, SOL_SOCKET, SO_KEEPALIVE) == 1);
    CHECK(socketOption(plain, IPPROTO_TCP, TCP_KEEPIDLE) == 30);
    CHECK(socketOption(plain, IPPROTO_TCP, TCP_KEEPINTVL) == 10);
    CHECK(socketOption(plain, IPPROTO_TCP, TCP_KEEPCNT) == 3);

    const QChar join = tcp.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    const pg::Connection own =
        connect(location(tcp + join + QStringLiteral("keepalives_idle=7&keepalives_count=5"))
                    .withPassword(password));
    CHECK(socketOption(own, IPPROTO_TCP, TCP_KEEPIDLE) == 7);
    CHECK(socketOption(own, IPPROTO_TCP, TCP_KEEPINTVL) == 10);
    CHECK(socketOption(own, IPPROTO_TCP, TCP_KEEPCNT) == 5);
}

TEST_CASE("postgres: a wrong password is refused in one sentence that never holds it", "[postgres]")
{
    const QString password = env("FUNNELDESK_TEST_PG_PASSWORD");
    const Location tcp = location(env("FUNNELDESK_TEST_PG_TCP"));
    const QString port = tcpPort();

    const QString sentence = refusal(tcp.withPassword(kWrongPassword), {kWrongPassword, password});
    CHECK(sentence.contains(QStringLiteral("refused the password for user “funneldesk”")));
    CHECK(sentence.contains(QStringLiteral("127.0.0.1:") + port));

    // The same with the password inside the URI, and when the prompt gives the wrong one.
    const QString uri =
        env("FUNNELDESK_TEST_PG_TCP")
            .replace(QStringLiteral("funneldesk@"),
                     QStringLiteral("funneldesk:") + kWrongPassword + QLatin1Char('@'));
    CHECK(refusal(location(uri), {kWrongPassword, password})
              .contains(QStringLiteral("refused the password")));
    pg::ConnectOptions options;
    options.askPassword = [](const QString&) -> std::optional<QString> { return kWrongPassword; };
    CHECK(refusal(tcp, {kWrongPassword, password}, options)
              .contains(QStringLiteral("refused the password")));
}

TEST_CASE("postgres: no password given and none asked for, or the prompt cancelled, says so",
          "[postgres]")
{
    const Location tcp = location(env("FUNNELDESK_TEST_PG_TCP"));
    CHECK(refusal(tcp, {}).contains(
        QStringLiteral("asks for user “funneldesk”’s password and none was given")));
    pg::ConnectOptions cancelled;
    cancelled.askPassword = [](const QString&) -> std::optional<QString> { return std::nullopt; };
    CHECK(refusal(tcp, {}, cancelled).contains(QStringLiteral("none was given")));
}

TEST_CASE("postgres: a server that is not running (a free port) is named in one sentence",
          "[postgres]")
{
    const Port free(false);
    const Location nowhere =
        location(QStringLiteral("postgresql://anna:") + kWrongPassword +
                 QStringLiteral("@127.0.0.1:") + free.number() + QStringLiteral("/fd"));
    const QString sentence = refusal(nowhere, {kWrongPassword});
    CHECK(sentence.startsWith(QStringLiteral("Cannot reach the PostgreSQL server at 127.0.0.1:") +
                              free.number() + QStringLiteral(" (")));
    CHECK(sentence.contains(QStringLiteral("check that it is running")));
}

TEST_CASE("postgres: a service libpq cannot find is named as given, not as \":\"", "[postgres]")
{
    // libpq stops before it chooses a host or a port: the sentence names the service.
    const QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    struct ServiceFile { // PGSERVICEFILE for this case only, whatever happens in it
        const QByteArray old = qgetenv("PGSERVICEFILE");
        explicit ServiceFile(const QString& path) { qputenv("PGSERVICEFILE", path.toUtf8()); }
        ~ServiceFile()
        {
            old.isNull() ? qunsetenv("PGSERVICEFILE") : qputenv("PGSERVICEFILE", old);
        }
    } const none(scratch.filePath(QStringLiteral("none.conf")));
    const QString sentence = refusal(location(QStringLiteral("service=nope")), {});
    CHECK(sentence.contains(QStringLiteral("server at service “nope” (")));
    CHECK_FALSE(sentence.contains(QStringLiteral(" at : ")));
}

TEST_CASE("postgres: a server that never answers times out in one sentence", "[postgres]")
{
    const Port silent(true);
    pg::ConnectOptions options;
    options.timeoutSeconds = 1;
    const QString sentence =
        refusal(location(QStringLiteral("host=127.0.0.1 port=") + silent.number() +
                         QStringLiteral(" user=anna dbname=fd password=") + kWrongPassword),
                {kWrongPassword}, options);
    CHECK(
        sentence ==
        QStringLiteral("The PostgreSQL server at 127.0.0.1:%1 did not answer within 1 s; check the "
                       "host, the port and the network.")
            .arg(silent.number()));

    // libpq's connect_timeout in the Location wins over the default.
    const QString given = refusal(
        location(QStringLiteral("host=127.0.0.1 connect_timeout=2 port=") + silent.number()), {});
    CHECK(given.contains(QStringLiteral(" did not answer within 2 s; ")));
}

TEST_CASE("postgres: a missing database is named in one sentence, over the socket and over TCP",
          "[postgres]")
{
    const QString password = env("FUNNELDESK_TEST_PG_PASSWORD");
    const QString socketSentence =
        refusal(location(env("FUNNELDESK_TEST_PG") + QStringLiteral(" dbname=fd_no_such_db")), {});
    CHECK(socketSentence.contains(QStringLiteral("has no database “fd_no_such_db”")));

    const QString uri =
        env("FUNNELDESK_TEST_PG_TCP")
            .replace(QStringLiteral("/funneldesk_test"), QStringLiteral("/fd_no_such_db"));
    const QString tcpSentence = refusal(location(uri).withPassword(password), {password});
    CHECK(tcpSentence.contains(QStringLiteral("127.0.0.1:") + tcpPort() +
                               QStringLiteral(" has no database “fd_no_such_db”")));
}

TEST_CASE("postgres: a missing role is named in one sentence", "[postgres]")
{
    const QString sentence =
        refusal(location(env("FUNNELDESK_TEST_PG") + QStringLiteral(" user=fd_no_such_role")), {});
    CHECK(
        sentence.contains(QStringLiteral("has no user (role) “fd_no_such_role” that may log in")));
}

TEST_CASE("postgres: a role that may not log in, and one at its connection limit, are each told "
          "so in one sentence",
          "[postgres]")
{
    pg::Connection admin = superuser();
    REQUIRE(
        admin.exec("DO $$ BEGIN CREATE ROLE fd_t_group NOLOGIN; CREATE ROLE fd_t_limited "
                   "LOGIN CONNECTION LIMIT 0; EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
    const QString group =
        refusal(location(env("FUNNELDESK_TEST_PG") + QStringLiteral(" user=fd_t_group")), {});
    CHECK(group.contains(QStringLiteral("does not let user “fd_t_group” log in, though the user "
                                        "exists: it was made without LOGIN")));
    const QString limited =
        refusal(location(env("FUNNELDESK_TEST_PG") + QStringLiteral(" user=fd_t_limited")), {});
    CHECK(limited.contains(QStringLiteral("lets user “fd_t_limited” open no more connections: its "
                                          "CONNECTION LIMIT is reached, or is 0")));
    REQUIRE(admin.exec("DROP ROLE fd_t_group"));
    REQUIRE(admin.exec("DROP ROLE fd_t_limited"));
}

TEST_CASE(
    "postgres: a role without the right to connect to the database is told so in one sentence",
    "[postgres]")
{
    pg::Connection admin = superuser();
    REQUIRE(admin.exec("DO $$ BEGIN CREATE ROLE fd_t_outsider LOGIN PASSWORD 'Outs1der-pw'; "
                       "EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
    const pg::Outcome<pg::Rows> exists =
        admin.exec("SELECT count(*) FROM pg_database WHERE datname = 'fd_t_private'");
    REQUIRE(exists);
    if (exists->int64(0, 0) == 0)
        REQUIRE(admin.exec("CREATE DATABASE fd_t_private"));
    REQUIRE(admin.exec("REVOKE CONNECT ON DATABASE fd_t_private FROM PUBLIC"));

    const QString uri =
        env("FUNNELDESK_TEST_PG_TCP")
            .replace(QStringLiteral("funneldesk@"), QStringLiteral("fd_t_outsider@"))
            .replace(QStringLiteral("/funneldesk_test"), QStringLiteral("/fd_t_private"));
    const QString sentence = refusal(location(uri).withPassword(QStringLiteral("Outs1der-pw")),
                                     {QStringLiteral("Outs1der-pw")});
    CHECK(sentence.startsWith(
        QStringLiteral("User “fd_t_outsider” has no right to connect to database “fd_t_private”")));
}

TEST_CASE("postgres: cancel() from another thread stops the running statement, and the connection "
          "lives on",
          "[postgres]")
{
    pg::Connection connection = superuser();
    const pg::Outcome<pg::Rows> pid = connection.exec("SELECT pg_backend_pid()");
    REQUIRE(pid);
    pg::Connection watcher = superuser();
    REQUIRE(connection.exec("SET statement_timeout = '60s'")); // a bound, should the cancel miss

    std::optional<pg::Outcome<pg::Rows>> slept;
    std::thread sleeper([&] { slept = connection.exec("SELECT pg_sleep(600)"); });
    // Cancel once the server reports the statement running (not after a guessed delay).
    bool running = false;
    for (int i = 0; i < 3000 && !running; ++i) {
        const pg::Outcome<pg::Rows> active = watcher.exec(
            "SELECT count(*) FROM pg_stat_activity WHERE pid = $1::int AND state = 'active'",
            {pid->int64(0, 0)});
        running = active && active->int64(0, 0) == 1;
        if (!running)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    const bool sent = connection.cancel();
    sleeper.join();
    REQUIRE(running);
    REQUIRE(sent);
    REQUIRE(slept);
    REQUIRE_FALSE(*slept);
    CHECK(slept->error().sqlState == "57014");
    CHECK_FALSE(slept->error().connectionLost);
    CHECK(slept->error().sentence.contains(QStringLiteral("stopped the statement, as asked")));
    CHECK(connection.exec("SELECT 1"));
}

TEST_CASE("postgres: a statement the server's own time limit stops gives the server's reason, not "
          "\"as asked\"",
          "[postgres]")
{
    pg::Connection connection = superuser();
    // A cancel sent while nothing ran (a task's Cancel pressed as its statement ended) is that
    // statement's: it does not make a later one's stop "as asked".
    (void)connection.cancel();
    REQUIRE(connection.exec("SELECT 1"));
    // The limit as IT would set it for a role or a database; FunnelDesk asked for nothing.
    REQUIRE(connection.exec("SET statement_timeout = '50ms'"));
    const pg::Outcome<pg::Rows> slept = connection.exec("SELECT pg_sleep(30)");
    REQUIRE_FALSE(slept);
    CHECK(slept.error().sqlState == "57014");
    CHECK_FALSE(slept.error().connectionLost);
    CHECK_FALSE(slept.error().sentence.contains(QStringLiteral("as asked")));
    CHECK(slept.error().sentence.contains(QStringLiteral("statement timeout")));
    CHECK(slept.error().sentence.contains(QStringLiteral("a time limit set on the server")));
    CHECK(connection.exec("SELECT 1"));
}
