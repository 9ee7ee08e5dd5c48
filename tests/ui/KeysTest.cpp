// Issue 15, keys: Tab in the lists moves between panes (search, list, detail) while the
// arrows move the selection; Tab in a multi-line form field moves on instead of typing a tab.
#include "MainWindow.h"

#include "storage/Database.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/NewTicketDialog.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

using namespace fd;

namespace {

// Search → list → the detail pane, with Tab; the arrows still walk the rows.
void checkPanes(QWidget* view, QTableView* table, QWidget* detail)
{
    auto* search = view->findChild<QLineEdit*>();
    REQUIRE(search);
    REQUIRE(table->model()->rowCount() > 2);
    table->selectRow(0);
    search->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return search->hasFocus(); }, 2000));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(table->currentIndex().row() == 1);
    const int row = table->currentIndex().row();
    QTest::keyClick(table, Qt::Key_Tab);
    CHECK(table->currentIndex().row() == row); // Tab did not move the selection
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus);
    INFO(focus->metaObject()->className() << " " << focus->objectName().toStdString());
    CHECK(detail->isAncestorOf(focus));
    QTest::keyClick(focus, Qt::Key_Backtab);
    CHECK(table->hasFocus());
}

} // namespace

TEST_CASE("Tab moves between the panes of the tickets and customers lists", "[ui][keys]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("keys.sqlite"), 200, 800, 1500);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    window.showView(MainWindow::View::Tickets);
    auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(MainWindow::View::Tickets));
    {
        INFO("tickets");
        checkPanes(tickets, tickets->table(), tickets->detail());
    }
    window.showView(MainWindow::View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    {
        INFO("customers");
        checkPanes(customers, customers->table(), customers->detail());
    }
}

TEST_CASE("Tab in a multi-line form field moves to the next field", "[ui][keys]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("keys.sqlite"), 20, 40, 40);
    auto db = test::openDatabase(path);
    NewTicketDialog dialog(*db, std::nullopt, std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* description = dialog.findChild<QPlainTextEdit*>();
    REQUIRE(description);
    description->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return description->hasFocus(); }, 2000));
    QTest::keyClicks(description, QStringLiteral("Login fails"));
    QTest::keyClick(description, Qt::Key_Tab);
    CHECK(description->toPlainText() == QStringLiteral("Login fails"));
    CHECK_FALSE(description->hasFocus());

    // The same for every multi-line field a form uses: the reply composer, notes, …
    MainWindow window(test::openDatabase(path));
    window.show();
    window.showView(MainWindow::View::Tickets);
    window.showView(MainWindow::View::Customers);
    for (auto* edit : window.findChildren<QPlainTextEdit*>()) {
        INFO(edit->objectName().toStdString());
        CHECK(edit->tabChangesFocus());
    }
}
