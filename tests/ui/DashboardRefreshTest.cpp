// A dashboard says when it counted and counts again on F5 or Refresh; a named period
// ("Last 30 days") ends at the time of each count (issue 15, "Numbers that are current").
#include "ui/CurrentNumbersSupport.h"

#include "charts/BarChart.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>

using namespace fd;
using View = MainWindow::View;
using namespace fd::test::current;

TEST_CASE("Each dashboard says when it counted, and F5 or Refresh counts again",
          "[ui][current][dashboard][ui-pg]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    window.showView(View::Retention);
    DashboardView* retention = dashboard(window, View::Retention);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(View::Customers));
    waitQuiet(window);
    window.dataChanges()->setPollInterval(0); // what F5 does, not the poll
    window.showView(View::Customers);         // read since the SLA sweep on open
    const int listed = customers->model()->rowCount();
    window.showView(View::Retention);
    waitReady(retention);

    auto* asOf = retention->findChild<QLabel*>(QStringLiteral("asOf"));
    REQUIRE(asOf);
    CHECK(asOf->isVisible());
    REQUIRE(retention->countedAt().isValid());
    CHECK(asOf->text() == QStringLiteral("as of ") + retention->countedAt().toLocalTime().toString(
                                                         QStringLiteral("HH:mm")));
    test::screenshot(window, QStringLiteral("dashboard-as-of"));

    // Someone else adds a customer in retention's reach: F5 shows it.
    const Report before = retention->report();
    {
        auto db = test::openDatabase(path);
        Customer c;
        c.name = QStringLiteral("Long-time Customer Ltd");
        c.since = QDate::currentDate().addDays(-300);
        Customers customers(*db, Clock::system());
        auto added = customers.add(c);
        REQUIRE(added);
        Touchpoint call;
        call.customerId = added->value;
        call.kind = TouchpointKind::Phone;
        call.occurredAt = QDateTime::currentDateTimeUtc().addDays(-299);
        REQUIRE(customers.logTouchpoint(call));
        REQUIRE((*CustomerRepository(*db).find(call.customerId))->stage == Stage::Retention);
    }
    CHECK(retention->report().kpis.front().value == before.kpis.front().value); // not seen yet
    QTest::keyClick(&window, Qt::Key_F5);
    CHECK_FALSE(retention->isReady());
    requireCurrent(window, View::Retention, path, before);

    // The Refresh button counts again too.
    auto* refresh = retention->findChild<QToolButton*>(QStringLiteral("refreshDashboard"));
    REQUIRE(refresh);
    refresh->click();
    CHECK_FALSE(retention->isReady());
    waitReady(retention);

    // F5 on a list reads it again.
    window.showView(View::Customers);
    CHECK(customers->model()->rowCount() == listed);
    QTest::keyClick(&window, Qt::Key_F5);
    CHECK(customers->model()->rowCount() == listed + 1);
    CHECK(countsText(window) == expectedCounts(path));
}

TEST_CASE("A named period ends at the time of each count, and picked dates stay",
          "[ui][current][dashboard][ui-pg]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    auto db = test::openDatabase(path);
    FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    DashboardView view(*db, clock, {QStringLiteral("onboarding")}, Stage::Onboarding);
    waitReady(&view);
    CHECK(view.period().to == Period::lastDays(clock.now(), 30).to); // "Last 30 days", the default

    // The window stays open over two days: a refresh counts the last 30 days as of then.
    clock.set(clock.now().addDays(2));
    view.refresh();
    CHECK(view.period().to == Period::lastDays(clock.now(), 30).to);
    CHECK(view.period().from == Period::lastDays(clock.now(), 30).from);
    waitReady(&view);

    // Dates given are kept as given, and the bar shows them as a custom range of local days,
    // not the "Last 30 days" counted before.
    const Period fixed{QDate(2026, 1, 1).startOfDay().toUTC(),
                       QDate(2026, 2, 1).startOfDay().toUTC()};
    view.setPeriod(fixed);
    waitReady(&view);
    auto* range = view.findChild<QComboBox*>(QStringLiteral("period"));
    auto* from = view.findChild<QDateEdit*>(QStringLiteral("periodFrom"));
    auto* to = view.findChild<QDateEdit*>(QStringLiteral("periodTo"));
    REQUIRE(range);
    REQUIRE(from);
    REQUIRE(to);
    CHECK(range->currentText() == QStringLiteral("Custom"));
    CHECK_FALSE(from->isHidden());
    CHECK(from->date() == QDate(2026, 1, 1));
    CHECK(to->date() == QDate(2026, 1, 31));
    clock.set(clock.now().addDays(2));
    view.refresh();
    CHECK(view.period().from == fixed.from);
    CHECK(view.period().to == fixed.to);
    waitReady(&view);

    // A named range again: its period, and the date boxes hidden.
    range->setCurrentIndex(range->findText(QStringLiteral("Last 90 days")));
    CHECK(view.period().from == Period::lastDays(clock.now(), 90).from);
    CHECK(from->isHidden());
    waitReady(&view);
}

TEST_CASE("Each dashboard's charts come from its typed results, in its tables' order, and open "
          "their rows' lists",
          "[ui][dashboard][typed][ui-pg]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    auto db = test::openDatabase(path);
    const QStringList chartTables{
        QStringLiteral("funnel"),      QStringLiteral("flow"),
        QStringLiteral("weekly"),      QStringLiteral("health"),
        QStringLiteral("touchpoints"), QStringLiteral("advocacy_touchpoints"),
        QStringLiteral("status"),      QStringLiteral("priority")};
    const std::vector<std::pair<QStringList, std::optional<Stage>>> views{
        {{QStringLiteral("funnel"), QStringLiteral("flow")}, std::nullopt},
        {{QStringLiteral("onboarding")}, Stage::Onboarding},
        {{QStringLiteral("post-sales")}, Stage::PostSales},
        {{QStringLiteral("retention")}, Stage::Retention},
        {{QStringLiteral("advocacy")}, Stage::Advocacy}};
    for (const auto& [reports, stage] : views) {
        INFO(reports.join(QLatin1Char('+')).toStdString());
        DashboardView view(*db, Clock::system(), reports, stage);
        showReady(&view);
        REQUIRE(view.dashboards().size() == static_cast<std::size_t>(reports.size()));
        // A chart for each table that has one and has rows, in the tables' order (as when the
        // charts were read off the tables).
        QStringList expected;
        for (const ReportTable& t : view.report().tables) {
            if (chartTables.contains(t.key) && !t.rows.empty())
                expected << QStringLiteral("chart_") + t.key;
        }
        auto* grid = qobject_cast<QGridLayout*>(
            view.findChild<QWidget*>(QStringLiteral("charts"))->layout());
        REQUIRE(grid);
        QStringList shown;
        for (int i = 0; i < grid->count(); ++i)
            shown << grid->itemAt(i)->widget()->objectName();
        CHECK(shown == expected);
        CHECK_FALSE(shown.isEmpty());

        // A bar opens the list of the table row it stands for.
        DrillDown opened;
        QString what;
        QObject::connect(&view, &DashboardView::drill, &view,
                         [&](const DrillDown& list, const QString& words) {
                             opened = list;
                             what = words;
                         });
        for (const QString& name : shown) {
            const QString key = name.mid(6);
            if (key == QLatin1String("flow") || key == QLatin1String("weekly"))
                continue; // a matrix; weeks may share a bar
            const ReportTable* t = view.report().table(key);
            REQUIRE(t);
            auto* chart = view.findChild<BarChart*>(name);
            REQUIRE(chart);
            const int row = static_cast<int>(t->rows.size()) - 1;
            opened = {};
            emit chart->clicked(row);
            INFO(key.toStdString());
            CHECK(opened.kind == t->rowDrills[static_cast<std::size_t>(row)].kind);
            CHECK(opened.ids == t->rowDrills[static_cast<std::size_t>(row)].ids);
            CHECK(opened.stage == t->rowDrills[static_cast<std::size_t>(row)].stage);
            CHECK(what.startsWith(t->title + QStringLiteral(": ")));
        }
    }
}

TEST_CASE("A weekly chart of a period with nothing in it says so, and its bars come back with "
          "the next count",
          "[ui][dashboard][chart][ui-pg]")
{
    test::Scratch scratch;
    const QString path = demoFile(scratch);
    auto db = test::openDatabase(path);
    DashboardView view(*db, Clock::system(), {QStringLiteral("post-sales")}, Stage::PostSales);
    showReady(&view);
    // Long before the demo's tickets: every week of the period has none.
    view.setPeriod(
        {QDate(1999, 1, 4).startOfDay().toUTC(), QDate(1999, 3, 1).startOfDay().toUTC()});
    waitReady(&view);
    auto* weekly = view.findChild<BarChart*>(QStringLiteral("chart_weekly"));
    REQUIRE(weekly);
    CHECK(weekly->showsEmptyText());
    CHECK(weekly->emptyText() == QStringLiteral("Nothing in this period"));
    test::screenshot(view, QStringLiteral("post-sales-quiet-period"));

    // The demo's own months (test::testNow()): its weeks have tickets, and the line goes.
    view.setPeriod({test::testNow().addDays(-90), test::testNow()});
    waitReady(&view);
    qint64 tickets = 0;
    for (const TicketWeek& week :
         std::get<PostSalesDashboard>(view.dashboards().at(0)).weekly.weeks)
        tickets += week.tickets;
    REQUIRE(tickets > 0);
    weekly = view.findChild<BarChart*>(QStringLiteral("chart_weekly"));
    REQUIRE(weekly);
    CHECK_FALSE(weekly->showsEmptyText());

    // A stage with no customer: its health chart says so.
    auto empty = test::openDatabase(scratch.file(QStringLiteral("empty.sqlite")));
    DashboardView none(*empty, Clock::system(), {QStringLiteral("onboarding")}, Stage::Onboarding);
    showReady(&none);
    auto* health = none.findChild<BarChart*>(QStringLiteral("chart_health"));
    REQUIRE(health);
    CHECK(health->showsEmptyText());
    CHECK(health->emptyText() == QStringLiteral("No customers in this stage"));
}
