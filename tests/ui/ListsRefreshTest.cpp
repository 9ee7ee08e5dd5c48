// Issue 15, third round (the hostile tester on the merged window): a drilled list follows a
// write made elsewhere; the detail pane never shows a row the list does not hold after the
// rows change; a stage move is worded once and leaves the status bar on a view change.
#include "MainWindow.h"

#include "common/Clock.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "metrics/Report.h"
#include "models/CustomerTableModel.h"
#include "models/ReportText.h"
#include "models/TicketTableModel.h"
#include "MoveNotice.h"
#include "stages/StageEngine.h"
#include "storage/CustomerRepository.h"
#include "storage/TicketRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/DrillSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace fd;
using View = MainWindow::View;

namespace {

using test::shownWindow;

qint64 selectedId(QTableView* table, int role)
{
    const QModelIndex current = table->currentIndex();
    return current.isValid() && table->selectionModel()->isRowSelected(current.row(), QModelIndex())
               ? current.data(role).toLongLong()
               : 0;
}

// Double-clicks the row of dashboard table `key` whose label ends with `label`; false when
// the table has no such row.
bool drillTableRow(DashboardView* dashboard, const QString& key, const QString& label)
{
    const ReportTable* t = dashboard->report().table(key);
    if (!t)
        return false;
    int row = -1;
    for (std::size_t r = 0; r < t->rows.size() && row < 0; ++r) {
        if (rowLabel(*t, t->rows[r]) == label)
            row = static_cast<int>(r);
    }
    QTableWidget* table = nullptr;
    for (auto* candidate : dashboard->findChildren<QTableWidget*>(key)) {
        if (candidate->isVisibleTo(dashboard))
            table = candidate;
    }
    if (row < 0 || !table)
        return false;
    table->scrollTo(table->model()->index(row, 0));
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    return true;
}

} // namespace

TEST_CASE("A drilled ticket list counts its number again after a write from another connection, "
          "keeping the selection",
          "[ui][lists][drill][refresh][ui-pg]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("redrill.sqlite"), 120, 600, 1500);
    auto shown = shownWindow(path);
    MainWindow& window = *shown;
    auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(View::Tickets));
    DashboardView* dashboard = test::dashboardOf(window, View::PostSales);
    // A period holding the demo's whole history, so that every status has tickets.
    dashboard->setPeriod({QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC),
                          QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC)});
    REQUIRE(QTest::qWaitFor([&] { return dashboard->isReady(); }, 20000));
    QTest::qWait(50); // the new tables shown, the old ones deleted
    // The table whose rows are ticket statuses: its "Open" row (the demo's Post-sales has
    // open tickets; it may have no pending one).
    QString key;
    for (const ReportTable& t : dashboard->report().tables) {
        for (std::size_t r = 0; r < t.rows.size() && r < t.rowDrills.size(); ++r) {
            if (t.rowDrills[r].kind == DrillDown::Kind::Tickets && t.rowDrills[r].listed &&
                rowLabel(t, t.rows[r]) == QStringLiteral("Open") && t.rowDrills[r].ids.size() > 1)
                key = t.key;
        }
    }
    REQUIRE_FALSE(key.isEmpty());
    REQUIRE(drillTableRow(dashboard, key, QStringLiteral("Open")));
    REQUIRE(window.currentView() == View::Tickets);
    REQUIRE(tickets->isDrilled());
    const int before = tickets->table()->model()->rowCount();
    REQUIRE(before > 1);
    CHECK(test::barText(tickets).startsWith(QStringLiteral("%1 tickets:").arg(before)));
    // The rep stands on the second ticket.
    tickets->table()->selectRow(1);
    const qint64 standing = selectedId(tickets->table(), TicketTableModel::TicketIdRole);
    REQUIRE(standing > 0);

    // Another connection (as another process would) adds an open ticket.
    qint64 added = 0;
    {
        auto other = test::openDatabase(path);
        // For a customer in Post-sales: the one of the ticket the rep stands on.
        const auto standingTicket = TicketRepository(*other).find(standing);
        REQUIRE(standingTicket);
        REQUIRE(standingTicket->has_value());
        Ticket t;
        t.customerId = (*standingTicket)->customerId;
        t.subject = QStringLiteral("Written elsewhere");
        t.status = TicketStatus::Open;
        t.priority = Priority::High;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        t.createdAt = now;
        auto id = TicketRepository(*other).add(t, now);
        REQUIRE(id);
        added = *id;
    }
    // DataChanges notices it within a second or so; the drill is counted again.
    CHECK(QTest::qWaitFor([&] { return tickets->table()->model()->rowCount() == before + 1; },
                          10000));
    CHECK(tickets->isDrilled());
    CHECK(test::barText(tickets).startsWith(QStringLiteral("%1 tickets:").arg(before + 1)));
    bool listed = false;
    for (int row = 0; row < tickets->table()->model()->rowCount(); ++row)
        listed = listed || tickets->table()
                                   ->model()
                                   ->index(row, 0)
                                   .data(TicketTableModel::TicketIdRole)
                                   .toLongLong() == added;
    CHECK(listed);
    CHECK(selectedId(tickets->table(), TicketTableModel::TicketIdRole) == standing);
    CHECK(tickets->detail()->ticketId() == standing);
    test::screenshot(window, QStringLiteral("lists-redrill-open"));
}

TEST_CASE(
    "After the rows change, the detail pane shows a listed row: the one it showed, else the first",
    "[ui][lists][pane][ui-pg]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("pane.sqlite"), 200, 400, 800);
    auto shown = shownWindow(path);
    MainWindow& window = *shown;
    window.showView(View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(View::Customers));
    QTableView* table = customers->table();
    // A drill-down of one customer, selected and shown; Escape closes it.
    const qint64 drilled =
        table->model()->index(0, 0).data(CustomerTableModel::CustomerIdRole).toLongLong();
    const QString drilledName =
        table->model()->index(0, CustomerTableModel::NameColumn).data().toString();
    customers->showOnly({drilled}, QStringLiteral("One customer"));
    REQUIRE(customers->detail()->customerId() == drilled);
    QTest::keyClick(table, Qt::Key_Escape);
    REQUIRE_FALSE(customers->isDrilled());
    // A search that lists others but not the drilled customer: a name's first word elsewhere.
    QString words;
    for (int row = 1; row < table->model()->rowCount() && words.isEmpty(); ++row) {
        const QString word = table->model()
                                 ->index(row, CustomerTableModel::NameColumn)
                                 .data()
                                 .toString()
                                 .section(QLatin1Char(' '), 0, 0);
        if (!drilledName.contains(word, Qt::CaseInsensitive))
            words = word;
    }
    REQUIRE_FALSE(words.isEmpty());
    customers->searchBox()->setFocus();
    QTest::keyClicks(customers->searchBox(), words);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return table->model()->rowCount() > 0 && customers->detail()->customerId() != drilled;
        },
        3000));
    const qint64 selected = selectedId(table, CustomerTableModel::CustomerIdRole);
    CHECK(selected != 0);
    CHECK(customers->detail()->customerId() == selected);
    CHECK(selected ==
          table->model()->index(0, 0).data(CustomerTableModel::CustomerIdRole).toLongLong());
    test::screenshot(window, QStringLiteral("lists-pane-after-search"));

    // The same rule in the tickets list: a one-ticket drill, Escape, a search that hides it.
    window.showView(View::Tickets);
    auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(View::Tickets));
    QTableView* ticketTable = tickets->table();
    REQUIRE(ticketTable->model()->rowCount() > 1);
    const qint64 ticket =
        ticketTable->model()->index(0, 0).data(TicketTableModel::TicketIdRole).toLongLong();
    tickets->showOnly({ticket}, QStringLiteral("One ticket"));
    REQUIRE(tickets->detail()->ticketId() == ticket);
    QTest::keyClick(ticketTable, Qt::Key_Escape);
    tickets->setSearch(QStringLiteral("zzzz-nothing-at-all"));
    tickets->setSearch(QString());
    tickets->table()->selectRow(1);
    const qint64 second = selectedId(ticketTable, TicketTableModel::TicketIdRole);
    tickets->setSearch(QStringLiteral("#%1").arg(ticket)); // any words that may leave it out
    const qint64 now = selectedId(ticketTable, TicketTableModel::TicketIdRole);
    if (ticketTable->model()->rowCount() > 0) {
        CHECK(now != 0);
        CHECK(tickets->detail()->ticketId() == now);
    }
    CHECK(second != 0);
}

TEST_CASE("A stage move is worded once and leaves the status bar when the view changes",
          "[ui][lists][status][ui-pg]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("moves.sqlite"), 30, 30, 60);
    qint64 id = 0;
    QString sentence;
    {
        auto db = test::openDatabase(path);
        Customer c;
        c.name = QStringLiteral("Acme Quokka Corp");
        c.since = QDate::currentDate().addDays(-3);
        auto added = CustomerRepository(*db).add(c);
        REQUIRE(added);
        id = *added;
        auto moved = StageEngine(*db, Clock::system())
                         .setStage(id, Stage::Advocacy, QStringLiteral("glowing review"),
                                   QStringLiteral("Ava Patel"), std::nullopt);
        REQUIRE(moved);
        REQUIRE(moved->has_value());
        sentence = MoveNotice::sentence(c.name, **moved);
    }
    CHECK(sentence ==
          QStringLiteral(
              "Acme Quokka Corp moved from Onboarding to Advocacy by Ava Patel: glowing review"));
    CHECK(sentence.count(QStringLiteral("Advocacy")) == 1);
    CHECK_FALSE(sentence.contains(QStringLiteral("→")));

    auto shown = shownWindow(path);
    MainWindow& window = *shown;
    window.showView(View::Customers);
    MoveNotice::show(window.statusBar(), sentence);
    CHECK(window.statusBar()->currentMessage() == sentence);
    window.showView(View::Tickets);
    CHECK(window.statusBar()->currentMessage().isEmpty());
    // Another sentence (an error, say) is not the move's: it stays over a view change.
    window.statusBar()->showMessage(QStringLiteral("Something else"));
    window.showView(View::Customers);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Something else"));
}
