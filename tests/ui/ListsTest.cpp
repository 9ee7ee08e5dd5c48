// Issue 15, second round (the hostile tester's faults 3, 7, 10, 11, 12): the lists behave the
// same whatever way the rep arrives. A dashboard table's row drills like a tile (filters
// cleared, the row selected, a bar, Back); a row just added is listed and selected even
// under a search; the search box's clear button follows a search cleared by the window;
// Cancel in the canned-reply editor leaves the list on the edited entry; "Who are you?" is
// asked when a write is committed, never before the form.
#include "MainWindow.h"

#include "AgentChooser.h"
#include "CurrentAgent.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "metrics/Report.h"
#include "models/CustomerTableModel.h"
#include "models/TicketTableModel.h"
#include "storage/AgentRepository.h"
#include "storage/CannedReplyRepository.h"
#include "storage/TicketListRepository.h"
#include "storage/TicketRepository.h"
#include "support/ModalAnswer.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/DrillSupport.h"
#include "views/CannedRepliesDialog.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/NewTicketDialog.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace fd;
using View = MainWindow::View;

namespace {

using test::barText;
using test::dashboardOf;

using test::shownWindow;

// Picks the agent `id` in "Who are you?" and goes on.
void pickAgent(QWidget* dialog, qint64 id)
{
    auto* chooser = qobject_cast<AgentChooser*>(dialog);
    QListWidget* list = chooser->agentList();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toLongLong() == id)
            list->setCurrentRow(row);
    }
    chooser->continueButton()->click();
}

qint64 selectedId(QTableView* table, int role)
{
    const QModelIndex current = table->currentIndex();
    return current.isValid() && table->selectionModel()->isRowSelected(current.row(), QModelIndex())
               ? current.data(role).toLongLong()
               : 0;
}

// The clear button QLineEdit shows while it holds text (setClearButtonEnabled).
QToolButton* clearButtonOf(QLineEdit* search)
{
    for (auto* button : search->findChildren<QToolButton*>()) {
        if (button->defaultAction() &&
            button->defaultAction()->objectName() == QLatin1String("_q_qlineeditclearaction"))
            return button;
    }
    for (auto* button : search->findChildren<QToolButton*>())
        return button; // the only side button of these boxes
    return nullptr;
}

bool clearButtonShown(QLineEdit* search)
{
    QToolButton* button = clearButtonOf(search);
    return button && button->isVisible() && button->property("opacity").toReal() > 0.0;
}

} // namespace

TEST_CASE("Every dashboard table's row drills down like a tile: search cleared, the row's list "
          "named, Back returns",
          "[ui][lists][drill][ui-pg]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("rows.sqlite"), 300, 1500, 4000);
    auto shown = shownWindow(path);
    MainWindow& window = *shown;
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(View::Customers));
    auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(View::Tickets));

    int rowsDrilled = 0;
    int singleCustomerRows = 0;
    bool pictured = false;
    for (const View view :
         {View::Overview, View::Onboarding, View::PostSales, View::Retention, View::Advocacy}) {
        DashboardView* dashboard = dashboardOf(window, view);
        dashboard->setPeriod({QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC),
                              QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC)});
        REQUIRE(QTest::qWaitFor([&] { return dashboard->isReady(); }, 20000));
        QTest::qWait(50); // the new tables shown, the old ones deleted
        const Report report = dashboard->report();
        for (const ReportTable& t : report.tables) {
            int row = -1;
            for (std::size_t r = 0; r < t.rowDrills.size() && row < 0; ++r) {
                if (t.rowDrills[r].kind != DrillDown::Kind::None && !t.rowDrills[r].deferred() &&
                    (!t.rowDrills[r].listed || !t.rowDrills[r].ids.empty()))
                    row = static_cast<int>(r);
            }
            if (row < 0)
                continue;
            INFO(t.key.toStdString() << " row " << row);
            const DrillDown& drill = t.rowDrills[static_cast<std::size_t>(row)];
            const bool toTickets = drill.kind == DrillDown::Kind::Tickets;
            // A search that lists nothing, in both lists.
            customers->setSearch(QStringLiteral("zzzz-nobody"));
            tickets->setSearch(QStringLiteral("zzzz-nothing"));
            window.showView(view);
            QTableWidget* table = nullptr; // the one built for this report, not one being deleted
            for (auto* candidate : dashboard->findChildren<QTableWidget*>(t.key)) {
                if (candidate->isVisibleTo(dashboard))
                    table = candidate;
            }
            if (!table)
                continue; // a table shown as a sentence (no rows to show)
            table->scrollTo(table->model()->index(row, 0));
            // Double-click on the first table of each view, Enter on the others.
            if (rowsDrilled % 2 == 0) {
                const QRect cell = table->visualRect(table->model()->index(row, 0));
                // As a mouse sends it: press, release, then the double click.
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
                QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
                QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, cell.center());
            } else {
                table->setFocus();
                table->setCurrentCell(row, 0);
                QTest::keyClick(table, Qt::Key_Return);
            }
            ++rowsDrilled;
            ListPane* list =
                toTickets ? static_cast<ListPane*>(tickets) : static_cast<ListPane*>(customers);
            REQUIRE(window.currentView() == (toTickets ? View::Tickets : View::Customers));
            CHECK(list->searchBox()->text().isEmpty());
            CHECK(list->isDrilled());
            const QString bar = barText(list);
            CHECK(bar.contains(t.title));
            if (drill.listed && drill.ids.size() == 1) {
                // A row about one customer (or ticket): that one listed, selected and shown.
                const int role = toTickets ? int(TicketTableModel::TicketIdRole)
                                           : int(CustomerTableModel::CustomerIdRole);
                QTableView* listTable = toTickets ? tickets->table() : customers->table();
                CHECK(listTable->model()->rowCount() == 1);
                CHECK(selectedId(listTable, role) == drill.ids.front());
                if (!toTickets) {
                    ++singleCustomerRows;
                    CHECK(customers->detail()->customerId() == drill.ids.front());
                    if (!pictured) {
                        test::screenshot(window, QStringLiteral("lists-drill-one-customer-row"));
                        pictured = true;
                    }
                }
            }
            // Back (Alt+Left) returns to the dashboard.
            QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
            QTest::keyClick(focus, Qt::Key_Left, Qt::AltModifier);
            CHECK(window.currentView() == view);
            list->showAll();
        }
    }
    CHECK(rowsDrilled >= 6);
    CHECK(singleCustomerRows >= 1); // the rows that opened the customer without a drill before
}

TEST_CASE("A customer or ticket just added is listed and selected, the search cleared only when it "
          "hid it",
          "[ui][lists][ui-pg]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("added.sqlite"), 60, 120, 200);
    test::rememberFirstAgent(path);
    const qint64 me = *CurrentAgent::remembered(test::agentKey(path));
    auto shown = shownWindow(path);
    MainWindow& window = *shown;

    window.showView(View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(View::Customers));
    REQUIRE(customers->model()->rowCount() > 2);
    const qint64 someoneElse =
        customers->model()->index(1, 0).data(CustomerTableModel::CustomerIdRole).toLongLong();

    SECTION("a customer added under a search that hides it")
    {
        customers->setSearch(
            customers->model()->index(1, CustomerTableModel::NameColumn).data().toString());
        customers->selectCustomer(someoneElse);
        REQUIRE(customers->detail()->customerId() == someoneElse);
        Customer c;
        c.name = QStringLiteral("Xavier Newcombe");
        c.since = QDate::currentDate();
        REQUIRE(window.addCustomer(c));
        const qint64 added = customers->detail()->customerId();
        CHECK(added != someoneElse);
        CHECK(customers->searchBox()->text().isEmpty());
        CHECK(selectedId(customers->table(), CustomerTableModel::CustomerIdRole) == added);
        CHECK(customers->table()
                  ->currentIndex()
                  .siblingAtColumn(CustomerTableModel::NameColumn)
                  .data()
                  .toString() == QStringLiteral("Xavier Newcombe"));
        CHECK(window.statusBar()->currentMessage().contains(ListPane::revealedSentence()));
        test::screenshot(window, QStringLiteral("lists-added-under-search"));
    }
    SECTION("a customer added under a search that lists it: the search stays")
    {
        customers->setSearch(QStringLiteral("Newcombe"));
        Customer c;
        c.name = QStringLiteral("Yara Newcombe");
        c.since = QDate::currentDate();
        REQUIRE(window.addCustomer(c));
        CHECK(customers->searchBox()->text() == QStringLiteral("Newcombe"));
        CHECK(customers->table()
                  ->currentIndex()
                  .siblingAtColumn(CustomerTableModel::NameColumn)
                  .data()
                  .toString() == QStringLiteral("Yara Newcombe"));
        CHECK_FALSE(window.statusBar()->currentMessage().contains(ListPane::revealedSentence()));
    }
    SECTION("a ticket created in a queue that hides it, and in one that lists it")
    {
        window.showView(View::Tickets);
        auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(View::Tickets));
        tickets->selectQueue(static_cast<int>(TicketListQuery::Queue::SlaBreached));
        tickets->setSearch(QStringLiteral("Printer on fire"));
        Ticket t;
        t.customerId = someoneElse;
        t.subject = QStringLiteral("Printer on fire");
        t.assigneeId = me;
        const qint64 first = window.addTicket(t);
        REQUIRE(first > 0);
        CHECK(selectedId(tickets->table(), TicketTableModel::TicketIdRole) == first);
        CHECK(tickets->detail()->ticketId() == first);
        CHECK(window.statusBar()->currentMessage().contains(ListPane::revealedSentence()));

        // My open, searching its subject: listed there, so the queue and search stay.
        tickets->selectQueue(static_cast<int>(TicketListQuery::Queue::MyOpen));
        tickets->setSearch(QStringLiteral("Printer"));
        const qint64 second = window.addTicket(t);
        REQUIRE(second > 0);
        CHECK(tickets->searchBox()->text() == QStringLiteral("Printer"));
        CHECK(tickets->findChild<QTabBar*>(QStringLiteral("ticketQueues"))->currentIndex() ==
              static_cast<int>(TicketListQuery::Queue::MyOpen));
        CHECK(selectedId(tickets->table(), TicketTableModel::TicketIdRole) == second);
    }
}

TEST_CASE("The search box's clear button goes when a drill-down or going back clears the search",
          "[ui][lists][drill][ui-pg]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("clear.sqlite"), 300, 1500, 4000);
    auto shown = shownWindow(path);
    MainWindow& window = *shown;
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(View::Customers));
    auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(View::Tickets));

    for (ListPane* list : {static_cast<ListPane*>(customers), static_cast<ListPane*>(tickets)}) {
        const bool toTickets = list == tickets;
        INFO((toTickets ? "tickets" : "customers"));
        window.showView(toTickets ? View::Tickets : View::Customers);
        QLineEdit* search = list->searchBox();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("zz"));
        REQUIRE(QTest::qWaitFor([&] { return clearButtonShown(search); }, 3000));

        DashboardView* dashboard =
            dashboardOf(window, toTickets ? View::PostSales : View::Onboarding);
        dashboard
            ->findChild<QToolButton*>(toTickets ? QStringLiteral("tickets")
                                                : QStringLiteral("customers"))
            ->click();
        REQUIRE(list->isDrilled());
        REQUIRE(search->text().isEmpty());
        CHECK(QTest::qWaitFor([&] { return !clearButtonShown(search); }, 3000));
        if (toTickets)
            test::screenshot(window, QStringLiteral("lists-drill-no-clear-button"));

        // Back to the dashboard, and back again to the list as it was: the words come back
        // with their button; Escape takes both away.
        window.goBack();
        window.goBack();
        REQUIRE(window.currentView() == (toTickets ? View::Tickets : View::Customers));
        CHECK(search->text() == QStringLiteral("zz"));
        CHECK(QTest::qWaitFor([&] { return clearButtonShown(search); }, 3000));
        QTest::keyClick(search, Qt::Key_Escape);
        CHECK(search->text().isEmpty());
        CHECK(QTest::qWaitFor([&] { return !clearButtonShown(search); }, 3000));
    }
}

TEST_CASE("Cancel on switching canned replies leaves the list on the entry being edited",
          "[ui][lists][unsaved]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("canned.sqlite"), 20, 20, 20);
    auto db = test::openDatabase(path);
    CannedRepliesDialog dialog(*db);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* list = dialog.findChild<QListWidget*>();
    auto* body = dialog.findChild<QPlainTextEdit*>();
    REQUIRE(list->count() >= 3);
    list->setCurrentRow(0);
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" PS: typed"));
    const QString edited = body->toPlainText();

    auto listedOn = [&](int row) {
        const QList<QListWidgetItem*> selected = list->selectedItems();
        return list->currentRow() == row && selected.size() == 1 &&
               selected.front() == list->item(row);
    };
    SECTION("picked with the mouse")
    {
        auto asked = test::answerUnsaved(QMessageBox::Cancel);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(2)).center());
        REQUIRE(QTest::qWaitFor([&] { return asked->seen == 1; }, 5000));
        QTest::qWait(50); // the click's own selection, after the question
        CHECK(listedOn(0));
        CHECK(body->toPlainText() == edited);
        CHECK(dialog.shownRow() == 0);
        dialog.grab().save(QStringLiteral(FUNNELDESK_SCREENSHOT_DIR "/lists-canned-cancel.png"),
                           "PNG");
    }
    SECTION("picked with the keyboard")
    {
        list->setFocus();
        auto asked = test::answerUnsaved(QMessageBox::Cancel);
        QTest::keyClick(list, Qt::Key_Down);
        REQUIRE(QTest::qWaitFor([&] { return asked->seen == 1; }, 5000));
        QTest::qWait(50);
        CHECK(listedOn(0));
        CHECK(body->toPlainText() == edited);
    }
}

TEST_CASE("New ticket asks who you are at Create, not before, and Cancel there keeps the form and "
          "writes nothing",
          "[ui][lists][agent]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("who.sqlite"), 30, 20, 40);
    CurrentAgent::forget(test::agentKey(path));
    auto shown = shownWindow(path);
    MainWindow& window = *shown;
    window.showView(View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(View::Customers));
    customers->table()->selectRow(0);
    auto db = test::openDatabase(path, Database::Access::ReadOnly);
    const qint64 ticketsBefore = db->scalar("SELECT count(*) FROM ticket");

    // The chooser: cancelled the first time, answered with the second agent the next.
    auto agents = AgentRepository(*db).all();
    REQUIRE(agents->size() >= 2);
    const Agent chosen = agents->at(1);
    bool formOpenWhenAsked = true;
    int answers = 0;
    QString subjectWhenAsked;
    auto chooser = test::whenModal(
        QStringLiteral("agentChooser"),
        [&](QWidget* w) {
            auto* asking = qobject_cast<AgentChooser*>(w);
            auto* form = qobject_cast<NewTicketDialog*>(asking->parentWidget());
            formOpenWhenAsked = formOpenWhenAsked && form && form->isVisible();
            subjectWhenAsked = form ? form->subjectEdit()->text() : QString();
            if (answers++ == 0) {
                asking->reject();
                return;
            }
            pickAgent(asking, chosen.id);
        },
        2);
    int creates = 0;
    QString keptAfterCancel;
    bool meOffered = false;
    auto form = test::whenModal(
        QString(),
        [&](QWidget* w) {
            auto* dialog = qobject_cast<NewTicketDialog*>(w);
            if (!dialog)
                return;
            meOffered = dialog->assigneeBox()->currentText().startsWith(QStringLiteral("Me"));
            dialog->subjectEdit()->setText(QStringLiteral("Invoice address wrong"));
            auto* create = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            create->click(); // asked; cancelled: still here
            ++creates;
            keptAfterCancel = dialog->isVisible() ? dialog->subjectEdit()->text() : QString();
            QTest::qWait(100); // the chooser's watch sees it closed before the next question
            if (dialog->isVisible()) {
                create->click(); // asked again; answered: created
                ++creates;
            }
        },
        1, QStringLiteral("New ticket"));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    CHECK(form->seen == 1);
    CHECK(meOffered);
    CHECK(chooser->seen == 2);
    CHECK(formOpenWhenAsked); // asked over the filled form, not before it
    CHECK(subjectWhenAsked == QStringLiteral("Invoice address wrong"));
    CHECK(keptAfterCancel == QStringLiteral("Invoice address wrong"));
    CHECK(creates == 2);
    CHECK(db->scalar("SELECT count(*) FROM ticket") == ticketsBefore + 1);
    CHECK(db->scalar("SELECT assignee_id FROM ticket WHERE subject = 'Invoice address wrong'") ==
          chosen.id);
    CHECK(CurrentAgent::remembered(test::agentKey(path)) == chosen.id);
}

TEST_CASE("My open with nobody chosen says why it is empty and offers the chooser",
          "[ui][lists][agent]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("myopen.sqlite"), 60, 300, 400);
    CurrentAgent::forget(test::agentKey(path));
    auto shown = shownWindow(path);
    MainWindow& window = *shown;
    window.showView(View::Tickets);
    auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(View::Tickets));
    tickets->selectQueue(static_cast<int>(TicketListQuery::Queue::MyOpen));
    CHECK(tickets->model()->rowCount() == 0);
    auto* why = tickets->findChild<QWidget*>(QStringLiteral("myOpenWho"));
    REQUIRE(why);
    CHECK(why->isVisible());
    test::screenshot(window, QStringLiteral("lists-my-open-who"));

    // Another queue: no such words.
    tickets->selectQueue(static_cast<int>(TicketListQuery::Queue::AllOpen));
    CHECK_FALSE(why->isVisible());
    tickets->selectQueue(static_cast<int>(TicketListQuery::Queue::MyOpen));

    // Choosing an agent with open tickets fills the queue.
    auto db = test::openDatabase(path, Database::Access::ReadOnly);
    const qint64 busy = db->scalar("SELECT assignee_id FROM ticket WHERE assignee_id IS NOT NULL "
                                   "AND status IN ('new', 'open', 'pending', 'on_hold') "
                                   "GROUP BY assignee_id ORDER BY count(*) DESC LIMIT 1");
    REQUIRE(busy > 0);
    auto chooser =
        test::whenModal(QStringLiteral("agentChooser"), [&](QWidget* w) { pickAgent(w, busy); });
    why->findChild<QPushButton*>()->click();
    CHECK(chooser->seen == 1);
    CHECK(CurrentAgent::remembered(test::agentKey(path)) == busy);
    CHECK_FALSE(why->isVisible());
    CHECK(tickets->model()->rowCount() > 0);
}
