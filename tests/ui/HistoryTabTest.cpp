// The History tabs of the customer and ticket panes (issue 17, "Audit log, on both backends"):
// a change made in the window is listed first, with who made it ("Me", on a file) and its old
// and new values. Screenshots: customer-history.png, ticket-history.png.
#include "common/Clock.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "MainWindow.h"
#include "models/CustomerTableModel.h"
#include "service/Customers.h"
#include "service/Team.h"
#include "service/Tickets.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/TicketDetail.h"
#include "views/WrapColumnDelegate.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>
#include <QTabWidget>
#include <QTreeWidget>

using namespace fd;

namespace {

// The pane's History tab, made current; its list.
QTreeWidget* historyOf(QWidget& pane, const char* tabs)
{
    auto* tabWidget = pane.findChild<QTabWidget*>(QString::fromLatin1(tabs));
    REQUIRE(tabWidget);
    REQUIRE(tabWidget->tabText(1) == QStringLiteral("History"));
    tabWidget->setCurrentIndex(1);
    auto* history = pane.findChild<QTreeWidget*>(QStringLiteral("history"));
    REQUIRE(history);
    REQUIRE(history->isVisible());
    return history;
}

// Every row's text in `column` shown whole: on as many lines as it needs at the column's
// width now (WrapColumnDelegate::kMaxLines at most here), the row as high as those lines.
// Review: "Name: Zephy…" in the customer pane at the default window size.
void checkReadable(QTreeWidget* list, int column)
{
    QCoreApplication::processEvents(); // the rows laid out again for the widths shown
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = list->topLevelItem(row);
        const QString text = item->text(column);
        const QFontMetrics metrics(item->font(column)); // a stage move's is bold
        const int lineSpacing = metrics.lineSpacing();
        const int lines = WrapColumnDelegate::linesAt(*list, column, text, item->font(column));
        const QRect cell = list->visualItemRect(item);
        INFO(text.toStdString() << ": " << lines << " line(s) in "
                                << list->header()->sectionSize(column) << " px, row "
                                << cell.height() << " px high");
        CHECK(lines <= WrapColumnDelegate::kMaxLines);
        CHECK(cell.height() >= lines * lineSpacing);
        for (const QString& word : text.split(QLatin1Char(' ')))
            CHECK(metrics.horizontalAdvance(word) < list->header()->sectionSize(column));
    }
}

} // namespace

TEST_CASE("The customer's History tab lists the window's change first, by Me, old and new",
          "[ui][ui-pg][audit]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("history.sqlite"), 20, 60, 200);
    test::rememberFirstAgent(path);
    QString me;
    qint64 customerId = 0;
    {
        auto db = test::openDatabase(path);
        auto agents = Team(*db).all();
        REQUIRE(agents);
        me = agents->front().name;
        Customer c;
        c.name = QStringLiteral("Zephyr");
        c.since = QDate::currentDate().addDays(-10);
        auto added = Customers(*db, Clock::system()).add(c);
        REQUIRE(added);
        customerId = added->value;
    }
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    window.showView(MainWindow::View::Customers);
    auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(view);
    view->setSearch(QStringLiteral("Zephyr"));
    REQUIRE(view->model()->rowCount() == 1);
    view->table()->selectRow(0);
    CustomerDetail* detail = view->detail();
    REQUIRE(detail->customerId() == customerId);

    auto found = Customers(*test::openDatabase(path), Clock::system()).find(customerId);
    REQUIRE(found);
    REQUIRE(*found);
    Customer renamed = **found;
    renamed.name = QStringLiteral("Zephyr Quokka Ltd");
    REQUIRE(detail->saveProfile(renamed));

    QTreeWidget* history = historyOf(*detail, "customerTabs");
    REQUIRE(history->topLevelItemCount() >= 2); // added by the test, renamed in the window
    const QTreeWidgetItem* newest = history->topLevelItem(0);
    CHECK(newest->text(2) == QStringLiteral("Customer"));
    CHECK(newest->text(3) == QStringLiteral("Name: Zephyr → Zephyr Quokka Ltd"));
    if (test::onSqlite()) // on a server the login's agent writes, not "Me"
        CHECK(newest->text(1) == me);
    const QTreeWidgetItem* oldest = history->topLevelItem(history->topLevelItemCount() - 1);
    CHECK(oldest->text(3) == QStringLiteral("Added: Zephyr"));
    checkReadable(history, 3);
    test::screenshot(window, QStringLiteral("customer-history"));

    // The Timeline beside it: the reasons whole too, over more lines (review), and What cut
    // between words only: it gives room to the reasons, but "Onboarding" stays whole
    // (customer-timeline-pg.png showed "Onboa…" in a pane with room to spare).
    detail->findChild<QTabWidget*>(QStringLiteral("customerTabs"))->setCurrentIndex(0);
    auto* timeline = detail->findChild<QTreeWidget*>(QStringLiteral("timeline"));
    REQUIRE(timeline);
    REQUIRE(timeline->isVisible());
    REQUIRE(timeline->topLevelItemCount() >= 1);
    CHECK(timeline->headerItem()->text(1) == QStringLiteral("What"));
    checkReadable(timeline, 2);
    checkReadable(timeline, 1);
    test::screenshot(window, QStringLiteral("customer-timeline"));
}

TEST_CASE("The ticket's History tab lists its status change", "[ui][ui-pg][audit]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("history.sqlite"), 20, 60, 200);
    auto db = test::openDatabase(path);
    Ticket t;
    t.customerId = 1;
    t.subject = QStringLiteral("Login fails after the SSO switch");
    auto added = Tickets(*db, Clock::system()).add(t);
    REQUIRE(added);
    TicketDetail detail(*db, Clock::system());
    detail.resize(640, 720);
    detail.show();
    detail.showTicket(added->value);
    auto found = Tickets(*db, Clock::system()).find(added->value);
    REQUIRE(found);
    REQUIRE(*found);
    auto agents = Team(*db).all();
    REQUIRE(agents);
    REQUIRE_FALSE(agents->empty());
    const Agent& assignee = agents->front();
    Ticket pending = **found;
    pending.status = TicketStatus::Pending;
    pending.assigneeId = assignee.id;
    REQUIRE(detail.save(pending));

    // The detail pane's words (hostile pass): "Assignee", not assignee_id; "Pending", not
    // pending; the agent's name, not its id; and who, when nobody was known.
    QTreeWidget* history = historyOf(detail, "ticketTabs");
    REQUIRE(history->topLevelItemCount() >= 3);
    QStringList changes;
    for (int row = 0; row < history->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = history->topLevelItem(row);
        changes << item->text(3);
        CHECK_FALSE(item->text(1).isEmpty());
        CHECK(item->text(1) != QStringLiteral("—"));
        CHECK_FALSE(item->text(3).contains(QLatin1Char('_')));
    }
    INFO(changes.join(QLatin1Char('\n')).toStdString());
    CHECK(changes.contains(QStringLiteral("Status: New → Pending")));
    CHECK(changes.contains(QStringLiteral("Assignee: (empty) → %1").arg(assignee.name)));
    CHECK(history->topLevelItem(0)->text(2) == QStringLiteral("Ticket #%1").arg(added->value));
    checkReadable(history, 3);
    test::screenshot(detail, QStringLiteral("ticket-history"));
}
