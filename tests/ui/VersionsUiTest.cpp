// Issue 17, "No lost updates", in the window: when another rep saved a ticket or a customer
// after this window showed it, a save is refused; the pane says who changed what and when,
// shows the row as it is now, and the reply being typed stays in the composer. The other
// rep is a second connection to the same database, saving under the window's feet.
#include "MainWindow.h"

#include "common/Clock.h"
#include "domain/Agent.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "service/Customers.h"
#include "service/Tickets.h"
#include "storage/AgentRepository.h"
#include "storage/Database.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTest>

using namespace fd;

namespace {

// A file with two agents, a customer and one open ticket; Emma Hansen edits at `other`.
struct Desk {
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("versions.sqlite"));
    qint64 emma = 0;
    qint64 customer = 0;
    qint64 ticket = 0;
    std::unique_ptr<Database> other;

    Desk()
    {
        other = test::openDatabase(path);
        Agent ava;
        ava.name = QStringLiteral("Ava Patel");
        REQUIRE(AgentRepository(*other).add(ava));
        Agent hansen;
        hansen.name = QStringLiteral("Emma Hansen");
        emma = *AgentRepository(*other).add(hansen);
        other->setActingAgent(emma);
        auto added =
            Customers(*other, Clock::system()).add(test::customerNamed(QStringLiteral("Acme")));
        REQUIRE(added);
        customer = added->value;
        Ticket t;
        t.customerId = customer;
        t.subject = QStringLiteral("Invoices show the wrong VAT");
        t.status = TicketStatus::Open;
        auto opened = Tickets(*other, Clock::system()).add(t);
        REQUIRE(opened);
        ticket = opened->value;
    }
};

// "HH:mm" of now, local: the time the pane's sentence names for a change made just now.
QString nowHours(const QDateTime& before)
{
    return before.toLocalTime().toString(QStringLiteral("HH:mm"));
}

bool noBoxOpen()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox*>(w) && w->isVisible())
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("A ticket saved by another rep after the pane showed it: the pane says who changed what, "
          "reloads, and "
          "the typed reply stays",
          "[ui][versions][ui-pg]")
{
    Desk desk;
    MainWindow window(test::openDatabase(desk.path));
    window.resize(1280, 800);
    window.show();
    window.showView(MainWindow::View::Tickets);
    auto* view = qobject_cast<TicketsView*>(window.viewWidget(MainWindow::View::Tickets));
    REQUIRE(view);
    TicketDetail* detail = view->detail();
    detail->showTicket(desk.ticket);
    detail->composer()->setPlainText(
        QStringLiteral("Hi, the VAT rate is fixed in the next invoice."));

    // Emma sets it pending under the window's feet.
    auto seen = Tickets(*desk.other, Clock::system()).find(desk.ticket);
    REQUIRE((seen && *seen));
    Ticket pending = **seen;
    pending.status = TicketStatus::Pending;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    REQUIRE(Tickets(*desk.other, Clock::system()).update(pending, **seen));

    // The rep raises the priority in the pane, as shown before Emma's save.
    auto* priority = detail->findChild<QComboBox*>(QStringLiteral("ticketPriority"));
    REQUIRE(priority);
    priority->setCurrentIndex(static_cast<int>(Priority::Urgent));
    emit priority->activated(static_cast<int>(Priority::Urgent));

    const QString sentence =
        QStringLiteral("Ticket #%1 was changed by Emma Hansen at %2 (status → Pending) after you "
                       "opened it; your change was not saved.")
            .arg(desk.ticket)
            .arg(nowHours(before));
    // Past a minute's turn the sentence names the next minute: either is the change's.
    const QString nextMinute =
        QStringLiteral("Ticket #%1 was changed by Emma Hansen at %2 (status → Pending) after "
                       "you opened it; your change was not saved.")
            .arg(desk.ticket)
            .arg(nowHours(before.addSecs(60)));
    CHECK((detail->conflictText() == sentence || detail->conflictText() == nextMinute));
    auto* label = detail->findChild<QLabel*>(QStringLiteral("ticketConflict"));
    REQUIRE(label);
    CHECK(label->isVisible());
    // Reloaded: Emma's status, the stored priority; the reply typed is still there.
    auto* status = detail->findChild<QComboBox*>(QStringLiteral("ticketStatus"));
    REQUIRE(status);
    CHECK(status->currentIndex() == static_cast<int>(TicketStatus::Pending));
    CHECK(priority->currentIndex() == static_cast<int>(Priority::Normal));
    CHECK(detail->composer()->toPlainText() ==
          QStringLiteral("Hi, the VAT rate is fixed in the next invoice."));
    CHECK(noBoxOpen()); // said in the pane, not in a box over it
    auto stored = Tickets(*desk.other, Clock::system()).find(desk.ticket);
    REQUIRE((stored && *stored));
    CHECK((*stored)->priority == Priority::Normal);
    test::screenshot(window, QStringLiteral("versions-ticket-conflict"));

    // Saved again over the ticket as it is now: it lands, and the note goes.
    priority->setCurrentIndex(static_cast<int>(Priority::Urgent));
    emit priority->activated(static_cast<int>(Priority::Urgent));
    CHECK(detail->conflictText().isEmpty());
    stored = Tickets(*desk.other, Clock::system()).find(desk.ticket);
    REQUIRE((stored && *stored));
    CHECK((*stored)->priority == Priority::Urgent);
    CHECK((*stored)->status == TicketStatus::Pending);
}

TEST_CASE("A customer saved by another rep after the pane showed it: the profile save is refused "
          "in the pane",
          "[ui][versions][ui-pg]")
{
    Desk desk;
    MainWindow window(test::openDatabase(desk.path));
    window.resize(1280, 800);
    window.show();
    window.showView(MainWindow::View::Customers);
    auto* view = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(view);
    CustomerDetail* detail = view->detail();
    detail->showCustomer(desk.customer);

    auto seen = Customers(*desk.other, Clock::system()).find(desk.customer);
    REQUIRE((seen && *seen));
    Customer owned = **seen;
    owned.ownerId = desk.emma;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    REQUIRE(Customers(*desk.other, Clock::system()).update(owned, **seen));

    Customer mine = **seen; // the profile as the pane showed it
    mine.plan = QStringLiteral("Enterprise");
    QString refused;
    CHECK_FALSE(detail->saveProfile(mine, &refused));
    CHECK(refused.startsWith(
        QStringLiteral("Acme (customer %1) was changed by Emma Hansen at ").arg(desk.customer)));
    CHECK((refused.contains(nowHours(before)) || refused.contains(nowHours(before.addSecs(60)))));
    CHECK(refused.endsWith(
        QStringLiteral(" (owner → Emma Hansen) after you opened it; your change was not saved.")));
    CHECK(detail->conflictText() == refused);
    auto stored = Customers(*desk.other, Clock::system()).find(desk.customer);
    REQUIRE((stored && *stored));
    CHECK((*stored)->plan.isEmpty());
    test::screenshot(window, QStringLiteral("versions-customer-conflict"));

    // The pane re-read it: the same save now edits the customer as it is and lands.
    REQUIRE(detail->saveProfile(mine));
    stored = Customers(*desk.other, Clock::system()).find(desk.customer);
    CHECK((*stored)->plan == QStringLiteral("Enterprise"));
    CHECK(detail->conflictText().isEmpty());
}
