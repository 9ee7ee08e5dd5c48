// A dashboard says when it counted and counts again on F5 or Refresh; a named period
// ("Last 30 days") ends at the time of each count (issue 15, "Numbers that are current").
#include "ui/CurrentNumbersSupport.h"

#include <catch2/catch.hpp>

using namespace fd;
using View = MainWindow::View;
using namespace fd::test::current;

TEST_CASE("Each dashboard says when it counted, and F5 or Refresh counts again", "[ui][current][dashboard]")
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
    window.showView(View::Customers); // read since the SLA sweep on open
    const int listed = customers->model()->rowCount();
    window.showView(View::Retention);
    waitReady(retention);

    auto* asOf = retention->findChild<QLabel*>(QStringLiteral("asOf"));
    REQUIRE(asOf);
    CHECK(asOf->isVisible());
    REQUIRE(retention->countedAt().isValid());
    CHECK(asOf->text() == QStringLiteral("as of ") + retention->countedAt().toLocalTime().toString(QStringLiteral("HH:mm")));
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

TEST_CASE("A named period ends at the time of each count, and picked dates stay", "[ui][current][dashboard]")
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

    // Dates given are kept as given.
    const Period fixed{QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC)};
    view.setPeriod(fixed);
    waitReady(&view);
    clock.set(clock.now().addDays(2));
    view.refresh();
    CHECK(view.period().from == fixed.from);
    CHECK(view.period().to == fixed.to);
    waitReady(&view);
}
