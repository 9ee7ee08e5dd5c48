// Issue 15 (Step 9, last items): two customers with the same name are told apart wherever the
// window names a customer on its own: the customers list (also when Company and Owner are
// hidden, 960 × 540), the customer pane's heading, the tickets list's Customer column and the
// ticket pane's customer line. A name no one else has stays bare. The dashboards' tables of
// customers (Stuck, At risk, …) name them so too.
#include "MainWindow.h"

#include "domain/Customer.h"
#include "domain/Names.h"
#include "domain/Ticket.h"
#include "models/CustomerTableModel.h"
#include "models/TicketTableModel.h"
#include "storage/CustomerRepository.h"
#include "storage/TicketRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/DrillSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/KeepEndDelegate.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <map>

using namespace fd;
using View = MainWindow::View;

namespace {

struct SameNames {
    QString path;
    qint64 firstAcme = 0;
    qint64 secondAcme = 0;
    qint64 solo = 0;
    std::map<qint64, qint64> ticketOf; // customer -> its ticket
};

// Two "Acme Logistics" (the second typed "acme logistics"), one "Solo Bakery"; a ticket each.
SameNames sameNameFile(const test::Scratch& scratch, int sinceDays = 20)
{
    SameNames f;
    f.path = scratch.file(QStringLiteral("same-names.sqlite"));
    auto db = test::openDatabase(f.path);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto add = [&](const QString& name, const QString& company, const QString& email) {
        Customer c = test::customerNamed(name);
        c.company = company;
        c.email = email;
        c.since = QDate::currentDate().addDays(-sinceDays);
        const qint64 id = *CustomerRepository(*db).add(c);
        Ticket t;
        t.customerId = id;
        t.subject = QStringLiteral("Invoice question from %1").arg(company);
        t.createdAt = now.addSecs(-3600 * (id + 1));
        f.ticketOf[id] = *TicketRepository(*db).add(t, now);
        return id;
    };
    f.firstAcme = add(QStringLiteral("Acme Logistics"), QStringLiteral("Acme North Ltd"),
                      QStringLiteral("north@acme.example"));
    f.secondAcme = add(QStringLiteral("acme logistics"), QStringLiteral("Acme South Ltd"),
                       QStringLiteral("south@acme.example"));
    f.solo = add(QStringLiteral("Solo Bakery"), QStringLiteral("Solo Bakery"),
                 QStringLiteral("solo@bakery.example"));
    return f;
}

QString cellText(QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

// The text the list shows of a cell, cut as the column's width cuts it (the style cuts at the
// right what the delegate leaves too wide).
QString shownText(QTableView* table, int row, int column)
{
    const QModelIndex index = table->model()->index(row, column);
    QStyleOptionViewItem option;
    option.initFrom(table->viewport());
    option.widget = table;
    option.font = table->font();
    option.fontMetrics = table->fontMetrics();
    option.rect = table->visualRect(index);
    option.features |= QStyleOptionViewItem::HasDisplay;
    option.text = index.data().toString();
    const QString text = KeepEndDelegate::shownText(option, index);
    const int room =
        table->style()->subElementRect(QStyle::SE_ItemViewItemText, &option, table).width() -
        2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    return table->fontMetrics().elidedText(text, table->textElideMode(), room);
}

// The name as it stays in view: a few letters of it at least, then the number that tells
// them apart ("(customer 12)", or "(12)" in a narrow column).
bool toldApart(const QString& shown, const QString& whole, qint64 id)
{
    const QString number = QStringLiteral("(customer %1)").arg(id);
    const QString brief = QStringLiteral(" (%1)").arg(id);
    const QString end = shown.endsWith(number) ? number : shown.endsWith(brief) ? brief : QString();
    return whole.endsWith(number) && !end.isEmpty() && whole.startsWith(shown.left(3)) &&
           shown.left(shown.size() - end.size()).trimmed().size() >= 3;
}

} // namespace

TEST_CASE("Customers with the same name are told apart in both lists and both panes, and a name no "
          "one shares stays bare",
          "[ui][names][sizes]")
{
    test::Scratch scratch;
    const SameNames f = sameNameFile(scratch);
    MainWindow window(test::openDatabase(f.path));
    window.show();
    window.resize(960, 540); // 1920 × 1080 at scale factor 2
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    window.showView(View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(View::Customers));
    QTableView* list = customers->table();
    QTest::qWait(50);
    REQUIRE(list->model()->rowCount() == 3);
    std::map<qint64, QString> listed;
    for (int row = 0; row < 3; ++row) {
        const qint64 id =
            list->model()->index(row, 0).data(CustomerTableModel::CustomerIdRole).toLongLong();
        listed[id] = cellText(list, row, CustomerTableModel::NameColumn);
        INFO("row " << row << ": " << listed[id].toStdString() << ", shown as "
                    << shownText(list, row, CustomerTableModel::NameColumn).toStdString());
        // The number that tells them apart is in view, not cut off.
        if (id != f.solo)
            CHECK(toldApart(shownText(list, row, CustomerTableModel::NameColumn), listed[id], id));
    }
    CHECK(listed[f.firstAcme] ==
          Names::customerAtStart(f.firstAcme, QStringLiteral("Acme Logistics")));
    CHECK(listed[f.secondAcme] ==
          Names::customerAtStart(f.secondAcme, QStringLiteral("acme logistics")));
    CHECK(listed[f.solo] == QStringLiteral("Solo Bakery"));
    CHECK(
        list->isColumnHidden(CustomerTableModel::CompanyColumn)); // what would have told them apart

    customers->selectCustomer(f.secondAcme);
    QTest::qWait(50);
    auto* heading = customers->detail()->findChild<QLabel*>(QStringLiteral("customerTitle"));
    REQUIRE(heading);
    CHECK(heading->text() == listed[f.secondAcme]);
    test::screenshot(
        window, QStringLiteral("same-names-customers-960x540-x%1").arg(qApp->devicePixelRatio()));

    window.showView(View::Tickets);
    auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(View::Tickets));
    QTableView* queue = tickets->table();
    QTest::qWait(50);
    REQUIRE(queue->model()->rowCount() == 3);
    for (int row = 0; row < 3; ++row) {
        const qint64 customer =
            queue->model()->index(row, 0).data(TicketTableModel::CustomerIdRole).toLongLong();
        INFO("ticket row " << row);
        CHECK(cellText(queue, row, TicketTableModel::CustomerColumn) == listed[customer]);
        INFO("shown as " << shownText(queue, row, TicketTableModel::CustomerColumn).toStdString());
        if (customer != f.solo)
            CHECK(toldApart(shownText(queue, row, TicketTableModel::CustomerColumn),
                            listed[customer], customer));
    }
    tickets->selectTicket(f.ticketOf.at(f.firstAcme));
    QTest::qWait(50);
    auto* line = tickets->detail()->findChild<QPushButton*>(QStringLiteral("ticketCustomer"));
    REQUIRE(line);
    CHECK(line->text() == listed[f.firstAcme]);
    test::screenshot(
        window, QStringLiteral("same-names-tickets-960x540-x%1").arg(qApp->devicePixelRatio()));
    tickets->selectTicket(f.ticketOf.at(f.solo));
    QTest::qWait(50);
    CHECK(line->text() == QStringLiteral("Solo Bakery"));
}

TEST_CASE("A dashboard's table of customers tells same-name customers apart", "[ui][names]")
{
    test::Scratch scratch;
    const SameNames f = sameNameFile(scratch, 200); // long in their stage: stuck
    auto shown = test::shownWindow(f.path);
    int acmes = 0;
    for (const View view : {View::Onboarding, View::PostSales, View::Retention, View::Advocacy}) {
        DashboardView* dashboard = test::dashboardOf(*shown, view);
        for (auto* table : dashboard->findChildren<QTableWidget*>()) {
            for (int r = 0; r < table->rowCount(); ++r) {
                const QString cell = table->item(r, 0) ? table->item(r, 0)->text() : QString();
                if (!cell.contains(QStringLiteral("cme logistics"), Qt::CaseInsensitive))
                    continue;
                INFO(table->objectName().toStdString() << ": " << cell.toStdString());
                CHECK(cell.contains(QRegularExpression(QStringLiteral("\\(customer [12]\\)"))));
                ++acmes;
            }
        }
        if (acmes > 0) {
            test::screenshot(*shown, QStringLiteral("same-names-dashboard"));
            break;
        }
    }
    CHECK(acmes >= 2);
}
