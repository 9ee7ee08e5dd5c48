// The window on a PostgreSQL server (issue 16, "Connecting"): the title and the status bar
// name the server and database, the customers are listed as from a file, and a job (the
// dashboards, the SLA sweep) opens its own connection to the same server.
// [postgres]: run through tests/pg/with-cluster.sh (ctest -L postgres).
#include "MainWindow.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/postgres/PgSchema.h"
#include "support/PgTestSchema.h"
#include "support/UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

using namespace fd;

TEST_CASE("The window on a server names it in the title and the status bar, and shows its data",
          "[ui][postgres]")
{
    test::PgTestSchema schema;
    {
        pg::Connection conn = schema.connect();
        REQUIRE(pg::Schema::init(conn, QStringLiteral("Europe/Berlin")));
    }
    Result<std::unique_ptr<Database>> opened = Database::open(schema.location(), {});
    INFO((opened ? QString() : QString(opened.error())).toStdString());
    REQUIRE(opened);
    for (const char* name : {"Acme", "Globex"}) {
        Customer customer;
        customer.name = QString::fromUtf8(name);
        customer.since = QDate(2026, 11, 2);
        const Result<qint64> added = CustomerRepository(**opened).add(customer);
        INFO((added ? QString() : QString(added.error())).toStdString());
        REQUIRE(added);
    }
    const QString display = (*opened)->display();
    CHECK(display.endsWith(QStringLiteral("/funneldesk_test")));

    MainWindow window(std::move(*opened));
    window.resize(1280, 800);
    window.show();
    CHECK(window.windowTitle() == QStringLiteral("%1 — FunnelDesk").arg(display));
    bool named = false;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
        named =
            named || label->text().contains(QStringLiteral("PostgreSQL server %1").arg(display));
    CHECK(named);
    // Backing up is the server's own tools' work: the item says so instead of asking for a file,
    // and what to do for a FunnelDesk file of it; the File menu shows that on hovering it.
    bool backUpOff = false;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("&Back up…")) {
            backUpOff = !action->isEnabled() &&
                        action->toolTip().contains(QStringLiteral("by its administrator")) &&
                        action->toolTip().contains(QStringLiteral("migrate --to copy.sqlite"));
        }
    }
    CHECK(backUpOff);
    bool tipsShown = false;
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
        if (menu->title() == QStringLiteral("&File"))
            tipsShown = menu->toolTipsVisible();
    }
    CHECK(tipsShown);

    window.showView(MainWindow::View::Customers);
    bool listed = false;
    for (int i = 0; i < 50 && !listed; ++i) {
        QTest::qWait(100);
        for (QLabel* label : window.findChildren<QLabel*>())
            listed =
                listed || (label->isVisible() && label->text() == QStringLiteral("2 customers"));
    }
    CHECK(listed);
    test::screenshot(window, QStringLiteral("server-customers"));
}
