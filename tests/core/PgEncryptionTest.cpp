// Issue 19, Security: libpq's sslmode is honoured as given — in a URI, in key=value text and
// from PGSSLMODE — and a connection says whether it is encrypted (Connection::encryption, which
// the status bar shows). The throwaway cluster of tests/pg/with-cluster.sh has no SSL: a
// connection to it is not encrypted, and sslmode=require is refused in one sentence before
// anything is sent. [postgres]: through with-cluster.sh.
#include "common/Location.h"
#include "service/Session.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgSchema.h"
#include "support/PgTcp.h"
#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

// PGSSLMODE for the life of the object, as a user's shell would set it.
class SslModeVariable {
public:
    explicit SslModeVariable(const QByteArray& mode)
        : m_before(qgetenv("PGSSLMODE")), m_was(qEnvironmentVariableIsSet("PGSSLMODE"))
    {
        qputenv("PGSSLMODE", mode);
    }
    ~SslModeVariable()
    {
        if (m_was)
            qputenv("PGSSLMODE", m_before);
        else
            qunsetenv("PGSSLMODE");
    }
    SslModeVariable(const SslModeVariable&) = delete;
    SslModeVariable& operator=(const SslModeVariable&) = delete;

private:
    QByteArray m_before;
    bool m_was;
};

} // namespace

TEST_CASE("A connection to a server without SSL says it is not encrypted", "[postgres][security]")
{
    const QString tcp = test::clusterVariable("FUNNELDESK_TEST_PG_TCP");
    for (const QString& mode :
         {QString(), QStringLiteral("?sslmode=prefer"), QStringLiteral("?sslmode=allow"),
          QStringLiteral("?sslmode=disable")}) {
        INFO(mode.toStdString());
        Result<pg::Connection> conn = pg::Connection::open(test::clusterLocation(tcp + mode));
        INFO((conn ? std::string() : conn.error().toStdString()));
        REQUIRE(conn);
        CHECK_FALSE(conn->encryption().encrypted);
        CHECK(conn->encryption().how.isEmpty());
    }
    // Through the service layer, as the window asks (here on the cluster's socket, in a schema
    // of its own).
    test::PgTestSchema schema;
    {
        pg::Connection conn = schema.connect();
        REQUIRE(pg::Schema::init(conn, QStringLiteral("Europe/Berlin")));
    }
    auto db = Session::open(schema.location(), {});
    INFO((db ? std::string() : db.error().toStdString()));
    REQUIRE(db);
    CHECK_FALSE(Session(**db).encryption().encrypted);
}

TEST_CASE("sslmode=require reaches libpq from a URI, key=value text and PGSSLMODE, and is refused "
          "in one sentence",
          "[postgres][security]")
{
    const QString tcp = test::clusterVariable(
        "FUNNELDESK_TEST_PG_TCP"); // postgresql://funneldesk@127.0.0.1:PORT/funneldesk_test
    const QString port = test::clusterVariable("FUNNELDESK_TEST_PG_PORT");
    const QString keyValue =
        QStringLiteral("host=127.0.0.1 port=%1 user=funneldesk dbname=funneldesk_test").arg(port);
    const auto refused = [&](const QString& text, const QString& mode) {
        INFO(text.toStdString());
        const Result<pg::Connection> conn = pg::Connection::open(test::clusterLocation(text));
        REQUIRE_FALSE(conn);
        const QString sentence = conn.error();
        INFO(sentence.toStdString());
        CHECK(sentence.startsWith(
            QStringLiteral("The PostgreSQL server at 127.0.0.1:%1 gave no encrypted connection, "
                           "which sslmode=%2 requires (")
                .arg(port, mode)));
        CHECK(sentence.endsWith(
            QStringLiteral("so nothing was sent; ask its administrator to turn SSL on, or about "
                           "its certificate.")));
        CHECK_FALSE(sentence.contains(QLatin1Char('\n')));
        CHECK_FALSE(sentence.contains(test::clusterVariable("FUNNELDESK_TEST_PG_PASSWORD")));
    };
    refused(tcp + QStringLiteral("?sslmode=require"), QStringLiteral("require"));
    refused(keyValue + QStringLiteral(" sslmode=require"), QStringLiteral("require"));
    refused(keyValue + QStringLiteral(" sslmode=verify-full"), QStringLiteral("verify-full"));
    {
        const SslModeVariable variable("require");
        refused(tcp, QStringLiteral("require"));
        refused(keyValue, QStringLiteral("require"));
        // The Location's own sslmode wins over PGSSLMODE, as libpq's rule is.
        const Result<pg::Connection> given =
            pg::Connection::open(test::clusterLocation(tcp + QStringLiteral("?sslmode=prefer")));
        INFO((given ? std::string() : given.error().toStdString()));
        CHECK(given);
    }
    // The window's Connect dialog makes the same Location from More options.
    {
        Location::ServerFields fields;
        fields.host = QStringLiteral("127.0.0.1");
        fields.port = port.toInt();
        fields.database = QStringLiteral("funneldesk_test");
        fields.user = QStringLiteral("funneldesk");
        fields.more = QStringLiteral("sslmode=require");
        const Result<Location> where = Location::server(fields);
        REQUIRE(where);
        CHECK(where->option(QStringLiteral("sslmode")) == QStringLiteral("require"));
        CHECK(where->key().contains(QStringLiteral("sslmode=require"))); // Open recent keeps it too
        const Result<pg::Connection> conn = pg::Connection::open(
            where->withPassword(test::clusterVariable("FUNNELDESK_TEST_PG_PASSWORD")));
        REQUIRE_FALSE(conn);
        CHECK(QString(conn.error()).contains(QStringLiteral("which sslmode=require requires")));
    }
}
