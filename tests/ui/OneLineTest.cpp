// Issue 17, hostile pass: a one-line field that another program wrote with a line break (raw
// SQL on the file, a row the server's line rule left NOT VALID) took two lines of its list row,
// of the customer's profile and of a dashboard's table. The window shows every such field on
// one line, the break as “↵” (models/Formatting.h, oneLine); multi-line fields (a description,
// a reply) keep their lines.
#include "MainWindow.h"

#include "domain/Agent.h"
#include "domain/Ticket.h"
#include "models/CustomerTableModel.h"
#include "models/TicketTableModel.h"
#include "storage/AgentRepository.h"
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

#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace fd;
using View = MainWindow::View;

namespace {

const QChar kLineFeed(0x21B5); // “↵”

bool oneLine(const QString& text)
{
    return !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')) &&
           !text.contains(QChar::LineSeparator) && !text.contains(QChar::ParagraphSeparator);
}

struct BrokenLines {
    QString path;
    qint64 customer = 0;
    qint64 ticket = 0;
};

// One customer long in Onboarding (on its dashboard's table of stuck customers), its owner and
// a ticket; then, as another program would, line breaks written into the one-line fields.
BrokenLines brokenLinesFile(const test::Scratch& scratch)
{
    BrokenLines f;
    f.path = scratch.file(QStringLiteral("broken-lines.sqlite"));
    auto db = test::openDatabase(f.path);
    Agent owner;
    owner.name = QStringLiteral("Dana Agent");
    const qint64 dana = *AgentRepository(*db).add(owner);
    Customer c = test::customerNamed(QStringLiteral("Acme Logistics"));
    c.company = QStringLiteral("Acme North Ltd");
    c.plan = QStringLiteral("Gold");
    c.ownerId = dana;
    c.since = QDate::currentDate().addDays(-200);
    f.customer = *CustomerRepository(*db).add(c);
    Ticket t;
    t.customerId = f.customer;
    t.subject = QStringLiteral("Printer jam");
    t.assigneeId = dana;
    t.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    f.ticket = *TicketRepository(*db).add(t, QDateTime::currentDateTimeUtc());
    db->execute("UPDATE customer SET name = 'Acme' || char(10) || 'Logistics', company = 'Acme' || "
                "char(13, 10) || "
                "'North Ltd', plan = 'Gold' || char(10) || 'Plus'");
    db->execute("UPDATE agent SET name = 'Dana' || char(10) || 'Agent'");
    db->execute(
        "UPDATE ticket SET subject = 'Printer' || char(10) || 'jam', description = 'First line' || "
        "char(10) || 'second line'");
    return f;
}

} // namespace

TEST_CASE("A name, subject, company, plan or agent written with a line break outside FunnelDesk "
          "shows on one line "
          "in the lists, the panes and the dashboards",
          "[ui][sqlite-only][names]") // a server refuses the breaks (018_text_rule.sql)
{
    test::Scratch scratch;
    const BrokenLines f = brokenLinesFile(scratch);
    auto window = test::shownWindow(f.path);

    window->showView(View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window->viewWidget(View::Customers));
    QTableView* list = customers->table();
    REQUIRE(QTest::qWaitFor([&] { return list->model()->rowCount() == 1; }, 20000));
    for (int column = 0; column < list->model()->columnCount(); ++column) {
        const QString cell = list->model()->index(0, column).data().toString();
        INFO("customers list, column " << column << ": " << cell.toStdString());
        CHECK(oneLine(cell));
    }
    CHECK(list->model()->index(0, CustomerTableModel::NameColumn).data().toString() ==
          QStringLiteral("Acme%1Logistics").arg(kLineFeed));
    CHECK(list->model()->index(0, CustomerTableModel::CompanyColumn).data().toString() ==
          QStringLiteral("Acme%1North Ltd").arg(kLineFeed));
    CHECK(list->model()->index(0, CustomerTableModel::OwnerColumn).data().toString() ==
          QStringLiteral("Dana%1Agent").arg(kLineFeed));
    auto* owners = customers->findChild<QComboBox*>(QStringLiteral("ownerFilter"));
    REQUIRE(owners);
    for (int i = 0; i < owners->count(); ++i)
        CHECK(oneLine(owners->itemText(i)));

    customers->selectCustomer(f.customer);
    QTest::qWait(50);
    for (QLabel* label : customers->detail()->findChildren<QLabel*>()) {
        if (!label->isVisible())
            continue;
        INFO("customer pane, " << label->objectName().toStdString() << ": "
                               << label->text().toStdString());
        CHECK(oneLine(label->text()));
    }
    auto* heading = customers->detail()->findChild<QLabel*>(QStringLiteral("customerTitle"));
    REQUIRE(heading);
    CHECK(heading->text() == QStringLiteral("Acme%1Logistics").arg(kLineFeed));
    test::screenshot(*window, QStringLiteral("one-line-customers"));

    window->showView(View::Tickets);
    auto* tickets = qobject_cast<TicketsView*>(window->viewWidget(View::Tickets));
    QTableView* queue = tickets->table();
    REQUIRE(QTest::qWaitFor([&] { return queue->model()->rowCount() == 1; }, 20000));
    for (int column = 0; column < queue->model()->columnCount(); ++column) {
        const QString cell = queue->model()->index(0, column).data().toString();
        INFO("tickets list, column " << column << ": " << cell.toStdString());
        CHECK(oneLine(cell));
    }
    for (const int column :
         {int(TicketTableModel::SubjectColumn), int(TicketTableModel::CustomerColumn)})
        CHECK(oneLine(queue->model()->index(0, column).data(Qt::ToolTipRole).toString()));
    CHECK(queue->model()->index(0, TicketTableModel::SubjectColumn).data().toString() ==
          QStringLiteral("Printer%1jam").arg(kLineFeed));
    tickets->selectTicket(f.ticket);
    QTest::qWait(50);
    auto* title = tickets->detail()->findChild<QLabel*>(QStringLiteral("ticketTitle"));
    REQUIRE(title);
    CHECK(title->text().contains(QStringLiteral("Printer%1jam").arg(kLineFeed)));
    // The conversation's first heading names the customer on one line too.
    auto* thread = tickets->detail()->findChild<QTextBrowser*>();
    REQUIRE(thread);
    CHECK(thread->toPlainText().contains(QStringLiteral("Acme%1Logistics").arg(kLineFeed)));
    for (QComboBox* combo : tickets->detail()->findChildren<QComboBox*>()) {
        for (int i = 0; i < combo->count(); ++i)
            CHECK(oneLine(combo->itemText(i)));
    }
    test::screenshot(*window, QStringLiteral("one-line-tickets"));

    // The dashboards' tables: the customer long in Onboarding is listed, on one line.
    int rows = 0;
    for (const View view : {View::Overview, View::Onboarding}) {
        DashboardView* dashboard = test::dashboardOf(*window, view);
        for (auto* table : dashboard->findChildren<QTableWidget*>()) {
            for (int r = 0; r < table->rowCount(); ++r) {
                for (int c = 0; c < table->columnCount(); ++c) {
                    const QString cell = table->item(r, c) ? table->item(r, c)->text() : QString();
                    INFO(table->objectName().toStdString()
                         << " (" << r << ", " << c << "): " << cell.toStdString());
                    CHECK(oneLine(cell));
                    if (cell.contains(QStringLiteral("Acme%1Logistics").arg(kLineFeed)))
                        ++rows;
                }
            }
        }
    }
    CHECK(rows >= 1);
    test::screenshot(*window, QStringLiteral("one-line-onboarding"));
}
