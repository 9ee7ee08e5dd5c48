// Issue 19, Security: "the status bar shows whether the connection is encrypted", on a server
// that offers TLS (FD_PG_SSL=on tests/pg/with-cluster.sh). Hidden ([.pg-ssl]): run by the ctest
// "ui pg ssl: …" only; ConnectTest checks the "not encrypted" side on the usual cluster.
#include "common/Location.h"
#include "MainWindow.h"
#include "service/Session.h"
#include "storage/postgres/PgSchema.h"
#include "support/PgTcp.h"
#include "support/PgTestSchema.h"
#include "support/UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QStatusBar>
#include <QTest>

using namespace fd;

namespace {

// The status bar's label that names the server.
QLabel* whereLabel(MainWindow& window)
{
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        if (label->text().startsWith(QStringLiteral("PostgreSQL server ")))
            return label;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The window on a server over TLS says the connection is encrypted, and with what",
          "[.pg-ssl]")
{
    test::PgTestSchema schema;
    {
        pg::Connection conn = schema.connect();
        REQUIRE(pg::Schema::init(conn, QStringLiteral("Europe/Berlin")));
    }
    const auto windowOn = [&](const QString& sslmode) {
        // options=-csearch_path=SCHEMA, its '=' written %3D in the URI.
        const QString text = test::clusterVariable("FUNNELDESK_TEST_PG_TCP") +
                             QStringLiteral("?sslmode=") + sslmode +
                             QStringLiteral("&options=-csearch_path%3D") + schema.name();
        const Result<Location> where = Location::parse(text);
        REQUIRE(where);
        auto db = Session::open(
            where->withPassword(test::clusterVariable("FUNNELDESK_TEST_PG_PASSWORD")), {});
        INFO((db ? std::string() : db.error().toStdString()));
        REQUIRE(db);
        return std::make_unique<MainWindow>(std::move(*db));
    };
    {
        auto window = windowOn(QStringLiteral("require"));
        window->resize(1280, 800);
        window->show();
        QLabel* where = whereLabel(*window);
        REQUIRE(where);
        INFO(where->text().toStdString());
        CHECK(where->text().contains(QStringLiteral(", encrypted (TLSv1.")));
        CHECK(where->toolTip().isEmpty());
        test::screenshot(*window, QStringLiteral("server-encrypted"));
    }
    {
        auto window = windowOn(QStringLiteral("disable"));
        window->show();
        QLabel* where = whereLabel(*window);
        REQUIRE(where);
        CHECK(where->text().endsWith(QStringLiteral(", not encrypted")));
        CHECK(where->toolTip().contains(QStringLiteral("sslmode=require")));
    }
}
