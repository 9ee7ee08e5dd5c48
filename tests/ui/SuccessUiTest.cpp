// Customer success in the window (issue 18): My tasks grouped Overdue, Today and This week,
// Mark done recording the task's touchpoint; the customer pane's health score with 90 days
// of it; a stage dashboard's health section. Screenshots: my-tasks.png, customer-health.png,
// dashboard-health.png.
#include "charts/BarChart.h"
#include "charts/Sparkline.h"
#include "common/Clock.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "MainWindow.h"
#include "models/CustomerTableModel.h"
#include "service/Customers.h"
#include "service/Team.h"
#include "service/Tickets.h"
#include "storage/TaskRepository.h"
#include "success/HealthEngine.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/HealthStrip.h"
#include "views/TasksView.h"

#include <catch2/catch.hpp>

#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>

using namespace fd;

namespace {

// A customer of `owner` with no plan tasks of its own (first sale 400 days ago: every
// onboarding step is past), for tasks the test adds.
qint64 quietCustomer(Database& db, const QString& name, qint64 owner)
{
    Customer c = test::customerNamed(name);
    c.since = QDate::currentDate().addDays(-400);
    c.ownerId = owner;
    auto added = Customers(db, Clock::system()).add(c);
    REQUIRE(added);
    return added->value;
}

PlannedTask taskDue(qint64 customer, const QString& title, TouchpointKind kind, int days, int step)
{
    PlannedTask t;
    t.customerId = customer;
    t.title = title;
    t.kind = kind;
    t.dueDay = QDate::currentDate().addDays(days);
    t.origin = QStringLiteral("playbook:test");
    t.occasion = QStringLiteral("test");
    t.step = step;
    t.createdAt = QDateTime::currentSecsSinceEpoch();
    return t;
}

} // namespace

TEST_CASE("My tasks groups the rep's open tasks, Mark done records the task's touchpoint",
          "[ui][ui-pg][tasks]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("tasks.sqlite"), 20, 60, 200);
    test::rememberFirstAgent(path);
    qint64 acme = 0;
    {
        auto db = test::openDatabase(path);
        auto agents = Team(*db).all();
        REQUIRE(agents);
        acme = quietCustomer(*db, QStringLiteral("Acme Renewals"), agents->front().id);
        const std::vector<PlannedTask> tasks{
            taskDue(acme, QStringLiteral("Call back the detractor"), TouchpointKind::Phone, -2, 0),
            taskDue(acme, QStringLiteral("Success review"), TouchpointKind::SuccessReview, 0, 1),
            taskDue(acme, QStringLiteral("Next month's review"), TouchpointKind::SuccessReview, 40,
                    2)};
        REQUIRE(TaskRepository(*db).add(tasks));
    }
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    REQUIRE(MainWindow::viewNamed(QStringLiteral("tasks")) == MainWindow::View::Tasks);
    window.showView(MainWindow::View::Tasks);
    auto* view = qobject_cast<TasksView*>(window.viewWidget(MainWindow::View::Tasks));
    REQUIRE(view);
    QStringList rows = view->shownRows();
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    REQUIRE(rows.size() == 5);
    CHECK(rows[0] == QStringLiteral("Overdue (1)"));
    CHECK(rows[1] == QStringLiteral("  %1 (2 days late)\tAcme Renewals\tCall back the detractor")
                         .arg(QDate::currentDate().addDays(-2).toString(Qt::ISODate)));
    CHECK(rows[2] == QStringLiteral("Today (1)"));
    CHECK(rows[3].endsWith(QStringLiteral("\tAcme Renewals\tSuccess review")));
    CHECK(rows[4] == QStringLiteral("This week (0)")); // the review in 40 days is not this week's
    test::screenshot(window, QStringLiteral("my-tasks"));

    auto* tree = view->findChild<QTreeWidget*>();
    REQUIRE(tree);
    tree->setCurrentItem(tree->topLevelItem(1)->child(0));
    auto* done = view->findChild<QPushButton*>();
    REQUIRE(done);
    REQUIRE(done->text() == QStringLiteral("Mark done"));
    REQUIRE(done->isEnabled());
    QSignalSpy moved(view, &TasksView::moved);
    done->click();
    rows = view->shownRows();
    CHECK(rows.contains(QStringLiteral("Today (0)")));
    // Acme entered post-sales when it was added (400 days since its first sale, no ticket); the
    // review is its first touchpoint after, which settles it: it moves on to retention, and the
    // window says so as for any write that moves a customer.
    REQUIRE(moved.size() == 1);
    INFO(moved.at(0).at(0).toString().toStdString());
    CHECK(moved.at(0).at(0).toString().startsWith(
        QStringLiteral("Acme Renewals moved from Post-sales to Retention")));
    CHECK(window.statusBar()->currentMessage() == moved.at(0).at(0).toString());
    auto db = test::openDatabase(path, Database::Access::ReadOnly);
    auto q = db->query("SELECT count(*) FROM touchpoint WHERE customer_id = ? AND kind = "
                       "'success_review' AND summary = 'Success review'");
    q->bind(1, acme);
    REQUIRE(q->step());
    CHECK(q->int64(0) == 1);
}

TEST_CASE(
    "The customer pane shows the health score and its 90 days, and a stage dashboard its bands",
    "[ui][health]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("health.sqlite"), 40, 200, 600);
    qint64 acme = 0;
    {
        auto db = test::openDatabase(path);
        acme = quietCustomer(*db, QStringLiteral("Acme Slipping"), Team(*db).all()->front().id);
        Touchpoint call;
        call.customerId = acme;
        call.kind = TouchpointKind::Phone;
        call.occurredAt = QDateTime::currentDateTimeUtc().addDays(-40);
        REQUIRE(Customers(*db, FixedClock(QDateTime::currentDateTimeUtc().addDays(-40)))
                    .logTouchpoint(call));
        // Scored 40 days ago, then again now: silent since, so it has slipped.
        REQUIRE(HealthEngine(*db, FixedClock(QDateTime::currentDateTimeUtc().addDays(-40)))
                    .recompute());
        REQUIRE(HealthEngine(*db, FixedClock(QDateTime::currentDateTimeUtc().addDays(-20)))
                    .recompute());
        REQUIRE(HealthEngine(*db, Clock::system()).recompute());
    }
    auto now = HealthEngine(*test::openDatabase(path), Clock::system()).current(acme);
    REQUIRE(now);
    REQUIRE(*now);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    window.showView(MainWindow::View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(customers);
    customers->setSearch(QStringLiteral("Acme Slipping"));
    REQUIRE(customers->model()->rowCount() == 1);
    customers->table()->selectRow(0);
    auto* strip = customers->detail()->findChild<HealthStrip*>();
    REQUIRE(strip);
    CHECK(strip->text().startsWith(QStringLiteral("Health %1 · %2 (was 100 on ")
                                       .arg((*now)->score)
                                       .arg(HealthScorer::displayName((*now)->band))));
    CHECK(strip->sparkline()->pointCount() >= 4); // three snapshots as steps, held to today
    CHECK(strip->sparkline()->isVisible());
    test::screenshot(window, QStringLiteral("customer-health"));

    window.showView(MainWindow::View::Onboarding);
    auto* dashboard = qobject_cast<DashboardView*>(window.viewWidget(MainWindow::View::Onboarding));
    REQUIRE(dashboard);
    REQUIRE(QTest::qWaitFor([&] { return dashboard->isReady(); }, 30000));
    auto* bands = dashboard->findChild<QTableWidget*>(QStringLiteral("score_bands"));
    REQUIRE(bands);
    REQUIRE(bands->rowCount() == 3);
    CHECK(bands->item(0, 0)->text() == QStringLiteral("Healthy"));
    CHECK(bands->item(2, 0)->text() == QStringLiteral("At risk"));
    QWidget* section = bands->parentWidget();
    REQUIRE(section);
    test::screenshot(*section->parentWidget(), QStringLiteral("dashboard-health"));

    // The band mix as a chart too; a bar opens its band's customers, as the table's row does.
    auto* chart = dashboard->findChild<BarChart*>(QStringLiteral("chart_score_bands"));
    REQUIRE(chart);
    test::screenshot(*chart->parentWidget(), QStringLiteral("dashboard-health-charts"));
    int row = 0;
    while (row < 3 && bands->item(row, 1)->text() == QStringLiteral("0"))
        ++row;
    REQUIRE(row < 3);
    const int inBand = bands->item(row, 1)->text().toInt();
    emit chart->clicked(row);
    // A band's customers are found when it is opened, in the background.
    REQUIRE(QTest::qWaitFor(
        [&] {
            return window.currentView() == MainWindow::View::Customers && customers->isDrilled();
        },
        20000));
    REQUIRE(customers->model()->rowCount() == inBand);
    // Found again after a write, as a listed number is counted again: a customer of the band
    // moved out of onboarding leaves the list.
    const qint64 moved =
        customers->model()->index(0, 0).data(CustomerTableModel::CustomerIdRole).toLongLong();
    {
        auto db = test::openDatabase(path);
        REQUIRE(Customers(*db, Clock::system())
                    .move(moved, Stage::PostSales, QStringLiteral("test"), QStringLiteral("test"),
                          std::nullopt));
    }
    customers->refresh();
    CHECK(customers->model()->rowCount() == inBand - 1);
}

TEST_CASE("A stage dashboard's overdue tasks open their customers, found when the tile is clicked "
          "and again after a task is done",
          "[ui][health]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("overdue.sqlite"), 40, 200, 600);
    qint64 acme = 0;
    qint64 acmeTask = 0;
    {
        auto db = test::openDatabase(path);
        const qint64 owner = Team(*db).all()->front().id;
        acme = quietCustomer(*db, QStringLiteral("Acme Overdue"), owner);
        const qint64 bolt = quietCustomer(*db, QStringLiteral("Bolt Overdue"), owner);
        for (const qint64 id : {acme, bolt})
            REQUIRE(Customers(*db, Clock::system())
                        .move(id, Stage::Retention, QStringLiteral("test"), QStringLiteral("test"),
                              std::nullopt));
        const std::vector<PlannedTask> due = {
            taskDue(acme, QStringLiteral("Call Acme"), TouchpointKind::Phone, -3, 1),
            taskDue(bolt, QStringLiteral("Call Bolt"), TouchpointKind::Phone, -2, 1)};
        REQUIRE(TaskRepository(*db).add(due));
        TaskFilter open;
        open.dueBefore = QDate::currentDate();
        auto listed = TaskRepository(*db).list(open, 100000);
        REQUIRE(listed);
        for (const Task& t : *listed)
            acmeTask = t.customerId == acme ? t.id : acmeTask;
        REQUIRE(acmeTask != 0);
    }
    auto expected =
        TaskRepository(*test::openDatabase(path)).overdueOf(Stage::Retention, QDate::currentDate());
    REQUIRE(expected);
    REQUIRE(expected->first >= 2);

    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    window.showView(MainWindow::View::Retention);
    auto* dashboard = qobject_cast<DashboardView*>(window.viewWidget(MainWindow::View::Retention));
    REQUIRE(dashboard);
    REQUIRE(QTest::qWaitFor([&] { return dashboard->isReady(); }, 30000));
    auto* tile = dashboard->findChild<QToolButton*>(QStringLiteral("overdue_tasks"));
    REQUIRE(tile);
    CHECK(tile->text().section(QLatin1Char('\n'), 0, 0) ==
          QLocale().toString(static_cast<qlonglong>(expected->first)));
    tile->click();
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(customers);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return window.currentView() == MainWindow::View::Customers && customers->isDrilled();
        },
        20000));
    REQUIRE(customers->model()->rowCount() == static_cast<int>(expected->second.size()));
    test::screenshot(window, QStringLiteral("overdue-tasks-drill"));

    // Acme's only overdue task done: Acme leaves the list when it is counted again.
    {
        auto db = test::openDatabase(path);
        REQUIRE(db->guard([&] {
            REQUIRE(TaskRepository(*db).markDone(acmeTask, QDateTime::currentSecsSinceEpoch(),
                                                 std::nullopt, std::nullopt));
        }));
    }
    customers->refresh();
    CHECK(customers->model()->rowCount() == static_cast<int>(expected->second.size()) - 1);
}
