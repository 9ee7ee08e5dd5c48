// Issue 15, drill-down and going back: every number opens its list the same way (search and
// filters cleared, a bar naming the list), Back / Alt+Left return to where the rep was
// (the view, a list's search and selection, a dashboard's period), Escape clears the
// search and then the drill-down.
#include "MainWindow.h"

#include "metrics/Report.h"
#include "models/CustomerTableModel.h"
#include "models/TicketTableModel.h"
#include "storage/StatsRepository.h"
#include "storage/TicketListRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/DrillSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace fd;

namespace {

using test::barText;
using test::dashboardOf;

void clickBarButton(QWidget* view, const char* name)
{
    auto* button = view->findChild<QWidget*>(QStringLiteral("drillBar"))
                       ->findChild<QPushButton*>(QLatin1String(name));
    REQUIRE(button);
    button->click();
}

void altLeft(MainWindow& window)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
    QTest::keyClick(target, Qt::Key_Left, Qt::AltModifier);
}

} // namespace

TEST_CASE("A number tile drills down with the search cleared, names its list, and Back returns to "
          "the dashboard's period",
          "[ui][drill][ui-pg]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("drill.sqlite"), 300, 1500, 4000);
    auto counts = StatsRepository(*test::openDatabase(path)).counts();
    REQUIRE(counts);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // A search is active in the customers list (and a filter: churned only).
    window.showView(MainWindow::View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    customers->setSearch(QStringLiteral("zzzz-nobody"));
    REQUIRE(customers->model()->rowCount() == 0);

    // The onboarding dashboard, on its 90-day period.
    DashboardView* onboarding = dashboardOf(window, MainWindow::View::Onboarding);
    auto* range = onboarding->findChild<QComboBox*>();
    REQUIRE(range);
    range->setCurrentIndex(2); // Last 90 days
    REQUIRE(QTest::qWaitFor([&] { return onboarding->isReady(); }, 20000));
    const Period period = onboarding->period();
    const Kpi* inStage = onboarding->report().kpi(QStringLiteral("customers"));
    REQUIRE(inStage);
    REQUIRE(inStage->drill.kind == DrillDown::Kind::Customers);
    REQUIRE_FALSE(inStage->drill.listed); // the whole stage: the path that used to keep the search

    onboarding->findChild<QToolButton*>(QStringLiteral("customers"))->click();
    REQUIRE(window.currentView() == MainWindow::View::Customers);
    const int expected =
        static_cast<int>(counts->activeByStage[static_cast<int>(Stage::Onboarding)]);
    CHECK(customers->findChild<QLineEdit*>()->text().isEmpty());
    CHECK(customers->model()->rowCount() == expected);
    CHECK(customers->isDrilled());
    const QString text = barText(customers);
    INFO(text.toStdString());
    CHECK(text.startsWith(QString::number(expected) + QStringLiteral(" customer")));
    CHECK(text.contains(inStage->label));
    test::screenshot(window, QStringLiteral("drill-stage-tile"));

    // Back (the bar's button): the dashboard, on the period it had.
    clickBarButton(customers, "drillBack");
    CHECK(window.currentView() == MainWindow::View::Onboarding);
    CHECK(range->currentIndex() == 2);
    CHECK(onboarding->period().from == period.from);
    CHECK(onboarding->period().to == period.to);

    // Again, and Alt+Left this time; then Escape closes the drill-down.
    onboarding->findChild<QToolButton*>(QStringLiteral("customers"))->click();
    REQUIRE(window.currentView() == MainWindow::View::Customers);
    customers->table()->setFocus();
    altLeft(window);
    CHECK(window.currentView() == MainWindow::View::Onboarding);
    CHECK(range->currentIndex() == 2);

    onboarding->findChild<QToolButton*>(QStringLiteral("customers"))->click();
    customers->table()->setFocus();
    QTest::keyClick(customers->table(), Qt::Key_Escape);
    CHECK_FALSE(customers->isDrilled());
    CHECK(barText(customers).isEmpty());
    CHECK(customers->model()->rowCount() > expected); // every stage again
}

TEST_CASE("A list drill-down clears the tickets' search, Escape clears a search then the drill, "
          "and a dialog keeps its Escape",
          "[ui][drill][ui-pg]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("drill.sqlite"), 300, 1500, 4000);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    window.showView(MainWindow::View::Tickets);
    auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(MainWindow::View::Tickets));
    auto* search = tickets->findChild<QLineEdit*>();
    tickets->setSearch(QStringLiteral("zzzz"));

    DashboardView* postSales = dashboardOf(window, MainWindow::View::PostSales);
    postSales->setPeriod({QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC),
                          QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC)});
    REQUIRE(QTest::qWaitFor([&] { return postSales->isReady(); }, 20000));
    const Kpi* count = postSales->report().kpi(QStringLiteral("tickets"));
    REQUIRE(count);
    REQUIRE(*count->value > 0);
    postSales->findChild<QToolButton*>(QStringLiteral("tickets"))->click();
    REQUIRE(window.currentView() == MainWindow::View::Tickets);
    CHECK(search->text().isEmpty());
    CHECK(tickets->model()->rowCount() == static_cast<int>(*count->value));
    CHECK(barText(tickets).startsWith(QString::number(static_cast<int>(*count->value)) +
                                      QStringLiteral(" ticket")));
    test::screenshot(window, QStringLiteral("drill-tickets-bar"));

    // A dialog over the drilled list: Escape closes the dialog, not the drill-down.
    QDialog dialog(&window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(tickets->isDrilled());

    // Words typed within the drill-down: the first Escape clears them, the second the drill.
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("a"));
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    CHECK(tickets->isDrilled());
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK_FALSE(tickets->isDrilled());
    CHECK(barText(tickets).isEmpty());
}

TEST_CASE("Back returns to a list as it was: its search, filters and selection",
          "[ui][drill][ui-pg]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("drill.sqlite"), 300, 1500, 4000);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(window.history().isEmpty());

    window.showView(MainWindow::View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    customers->setSearch(QStringLiteral("a"));
    REQUIRE(customers->model()->rowCount() > 3);
    customers->table()->selectRow(3);
    const qint64 selected = customers->detail()->customerId();
    REQUIRE(selected > 0);

    window.showView(MainWindow::View::Tickets); // the sidebar / Ctrl+6: recorded too
    auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(MainWindow::View::Tickets));
    tickets->table()->setFocus();
    altLeft(window);
    REQUIRE(window.currentView() == MainWindow::View::Customers);
    CHECK(customers->findChild<QLineEdit*>()->text() == QStringLiteral("a"));
    CHECK(customers->detail()->customerId() == selected);
    CHECK(customers->table()->currentIndex().row() == 3);

    // Nothing further back than the first view shown: Back says so and stays.
    while (!window.history().isEmpty())
        window.goBack();
    const MainWindow::View here = window.currentView();
    window.goBack();
    CHECK(window.currentView() == here);
}

TEST_CASE("The open tickets start most urgent first, and a header click still sorts by its column",
          "[ui][urgency][ui-pg]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("urgency.sqlite"), 300, 1500, 4000);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    window.showView(MainWindow::View::Tickets);
    auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(MainWindow::View::Tickets));
    tickets->selectQueue(static_cast<int>(TicketListQuery::Queue::AllOpen));
    const TicketListQuery& query = tickets->model()->query();
    CHECK(query.sortColumn == TicketListQuery::Column::Urgency);
    CHECK_FALSE(query.descending);
    QHeaderView* header = tickets->table()->horizontalHeader();
    CHECK(header->sortIndicatorSection() == TicketTableModel::SlaColumn);
    auto expected = TicketListRepository(*test::openDatabase(path)).ids(query);
    REQUIRE(expected);
    REQUIRE(expected->size() > 3);
    REQUIRE(tickets->model()->rowCount() == static_cast<int>(expected->size()));
    for (int row = 0; row < 3; ++row)
        CHECK(tickets->model()->index(row, 0).data(TicketTableModel::TicketIdRole).toLongLong() ==
              (*expected)[static_cast<std::size_t>(row)]);
    test::screenshot(window, QStringLiteral("tickets-most-urgent-first"));

    // Priority, by a click on its header.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(TicketTableModel::PriorityColumn) + 5,
                             header->height() / 2));
    CHECK(query.sortColumn == TicketListQuery::Column::Priority);
    // All tickets sort by creation; back in an open queue, the rep's Priority order stays.
    tickets->selectQueue(static_cast<int>(TicketListQuery::Queue::All));
    CHECK(query.sortColumn == TicketListQuery::Column::Created);
    tickets->selectQueue(static_cast<int>(TicketListQuery::Queue::AllOpen));
    CHECK(query.sortColumn == TicketListQuery::Column::Priority);
}
