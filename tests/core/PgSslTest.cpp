// Issue 19, Security, against a server that offers TLS (tests/pg/with-cluster.sh with
// FD_PG_SSL=on: a certificate made for the run, for 127.0.0.1). libpq's sslmode is honoured
// as given and the connection says it is encrypted, with the protocol libpq names; a
// certificate that sslmode=verify-* does not accept is refused in one sentence before anything
// is sent. Hidden ([.pg-ssl]): run by the ctest "core pg ssl: …" only, because the usual
// throwaway cluster offers no TLS (PgEncryptionTest covers that side).
#include "common/Location.h"
#include "service/Session.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgSchema.h"
#include "support/PgTcp.h"
#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

using namespace fd;

TEST_CASE(
    "A server that offers TLS: each sslmode gets what it asks for, and the connection says so",
    "[.pg-ssl]")
{
    const QString tcp = test::clusterVariable(
        "FUNNELDESK_TEST_PG_TCP"); // postgresql://funneldesk@127.0.0.1:PORT/funneldesk_test
    const QString root = test::clusterVariable("FUNNELDESK_TEST_PG_SSL_ROOT");
    const auto opened = [](const QString& text) {
        INFO(text.toStdString());
        Result<pg::Connection> conn = pg::Connection::open(test::clusterLocation(text));
        INFO((conn ? std::string() : conn.error().toStdString()));
        REQUIRE(conn);
        return conn->encryption();
    };
    for (const QString& mode : QStringList{
             QString(), QStringLiteral("?sslmode=prefer"), QStringLiteral("?sslmode=require"),
             QStringLiteral("?sslmode=verify-ca&sslrootcert=") + root,
             QStringLiteral("?sslmode=verify-full&sslrootcert=") + root}) {
        INFO(mode.toStdString());
        const Encryption encryption = opened(tcp + mode);
        CHECK(encryption.encrypted);
        CHECK(encryption.how.startsWith(QStringLiteral("TLSv1.")));
    }
    for (const QString& mode :
         {QStringLiteral("?sslmode=disable"), QStringLiteral("?sslmode=allow")}) {
        INFO(mode.toStdString());
        const Encryption encryption = opened(tcp + mode);
        CHECK_FALSE(encryption.encrypted);
        CHECK(encryption.how.isEmpty());
    }
    // The Unix socket never uses TLS, whatever the server offers.
    {
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
    // Through the service layer over TCP with sslmode=require, as the window asks.
    {
        test::PgTestSchema schema;
        {
            pg::Connection conn = schema.connect();
            REQUIRE(pg::Schema::init(conn, QStringLiteral("Europe/Berlin")));
        }
        // options=-csearch_path=SCHEMA, its '=' written %3D in the URI.
        const QString text =
            tcp + QStringLiteral("?sslmode=require&options=-csearch_path%3D") + schema.name();
        auto db = Session::open(test::clusterLocation(text), {});
        INFO((db ? std::string() : db.error().toStdString()));
        REQUIRE(db);
        const Encryption encryption = Session(**db).encryption();
        CHECK(encryption.encrypted);
        CHECK(encryption.how.startsWith(QStringLiteral("TLSv1.")));
    }
}

TEST_CASE("A server certificate that sslmode=verify-* does not accept is refused in one sentence",
          "[.pg-ssl]")
{
    const QString tcp = test::clusterVariable("FUNNELDESK_TEST_PG_TCP");
    const QString port = test::clusterVariable("FUNNELDESK_TEST_PG_PORT");
    const QString root = test::clusterVariable("FUNNELDESK_TEST_PG_SSL_ROOT");
    // Debian's trusted roots did not sign the run's certificate; "localhost" is not the name in
    // it (hostaddr: the same server, by a name the certificate does not give).
    const QString others = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
    const QString byName =
        QStringLiteral(
            "host=localhost hostaddr=127.0.0.1 port=%1 user=funneldesk dbname=funneldesk_test")
            .arg(port);
    using Case = std::pair<QString, QString>; // the connection's text, its sslmode
    for (const auto& [text, mode] :
         {Case{tcp + QStringLiteral("?sslmode=verify-ca&sslrootcert=") + others,
               QStringLiteral("verify-ca")},
          Case{tcp + QStringLiteral("?sslmode=verify-full&sslrootcert=") + others,
               QStringLiteral("verify-full")},
          Case{byName + QStringLiteral(" sslmode=verify-full sslrootcert=") + root,
               QStringLiteral("verify-full")}}) {
        INFO(text.toStdString());
        const Result<pg::Connection> conn = pg::Connection::open(test::clusterLocation(text));
        REQUIRE_FALSE(conn);
        const QString sentence = conn.error();
        INFO(sentence.toStdString());
        CHECK(sentence.contains(
            QStringLiteral("whose certificate sslmode=%1 does not accept (").arg(mode)));
        CHECK(sentence.endsWith(
            QStringLiteral("so nothing was sent; check sslrootcert, or ask the server's "
                           "administrator about its certificate.")));
        CHECK_FALSE(sentence.contains(QStringLiteral("gave no encrypted connection")));
        CHECK_FALSE(sentence.contains(QLatin1Char('\n')));
        CHECK_FALSE(sentence.contains(test::clusterVariable("FUNNELDESK_TEST_PG_PASSWORD")));
    }
}
