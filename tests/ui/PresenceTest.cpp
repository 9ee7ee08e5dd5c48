// "Also viewing" as others hear it (issue 17, "Live"; review of step 15): a window tells the
// others at once when its rep goes to another ticket, leaves the tickets or quits, so they drop
// the rep's name on their next notification instead of after Presence::kExpirySeconds.
// The others are a core Presence on a connection of its own whose clock stands still, so only
// a message can take the rep off its list (never the expiry); it is heard without running the
// window's event loop, so only what the window said on the action itself counts (its
// once-a-second look never runs). [postgres]: through tests/pg/with-cluster.sh, offscreen.
#include "service/Presence.h"
#include "domain/Ticket.h"
#include "MainWindow.h"
#include "models/TicketTableModel.h"
#include "service/Session.h"
#include "storage/AgentRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/postgres/PgSchema.h"
#include "storage/TicketRepository.h"
#include "support/PgTestSchema.h"
#include "support/UiTestSupport.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QTableView>
#include <QTest>

#include <poll.h>

using namespace fd;

namespace {

constexpr int kDeadlineMs = 60000; // generous: the machine may be busy; nothing here is timed

using test::openServer;

// Another rep's client showing a ticket: hears the others on its own connection.
struct Observer {
    std::unique_ptr<Database> db;
    Presence presence;
    const QDateTime now = QDateTime::currentDateTimeUtc(); // stands still: nobody expires

    Observer(std::unique_ptr<Database> opened, qint64 ticketId)
        : db(std::move(opened)), presence(*db, QStringLiteral("Observer"))
    {
        REQUIRE(Session(*db).listenForChanges());
        REQUIRE(presence.show(ticketId));
    }
    QStringList others()
    {
        REQUIRE(Session(*db).takeNotifications());
        REQUIRE(presence.receive(now));
        return presence.others(now);
    }
    // Waits on the server's socket alone (no Qt event runs) until others() is `names`.
    bool hearsUntil(const QStringList& names)
    {
        for (QDeadlineTimer deadline(kDeadlineMs); !deadline.hasExpired();) {
            if (others() == names)
                return true;
            pollfd watch{Session(*db).socket(), POLLIN, 0};
            (void)::poll(&watch, 1, 200);
        }
        return false;
    }
};

struct Seeded {
    std::vector<qint64> tickets;
    qint64 sam = 0;
};

// A new FunnelDesk schema with `count` tickets of one customer, and the agent Sam Roe.
Seeded makeTeam(const test::PgTestSchema& schema, int count)
{
    {
        pg::Connection conn = schema.connect();
        REQUIRE(pg::Schema::init(conn, QStringLiteral("Europe/Berlin")));
    }
    auto setup = openServer(schema);
    Customer customer;
    customer.name = QStringLiteral("Acme");
    customer.since = QDate(2026, 11, 2);
    const Result<qint64> acme = CustomerRepository(*setup).add(customer);
    REQUIRE(acme);
    Seeded team;
    for (int i = 0; i < count; ++i) {
        Ticket ticket;
        ticket.customerId = *acme;
        ticket.subject = QStringLiteral("Printer on fire %1").arg(i + 1);
        ticket.status = TicketStatus::Open;
        ticket.createdAt = QDateTime::currentDateTimeUtc();
        const auto added = TicketRepository(*setup).add(ticket, ticket.createdAt);
        REQUIRE(added);
        team.tickets.push_back(*added);
    }
    Agent agent;
    agent.name = QStringLiteral("Sam Roe");
    team.sam = AgentRepository(*setup).add(agent).value_or(0);
    REQUIRE(team.sam > 0);
    return team;
}

// Sam's window on the tickets, all `count` listed.
std::unique_ptr<MainWindow> samsWindow(const test::PgTestSchema& schema, const Seeded& team,
                                       TicketsView*& view)
{
    auto db = openServer(schema);
    db->setActingAgent(team.sam);
    auto window = std::make_unique<MainWindow>(std::move(db));
    window->resize(1100, 700);
    window->show();
    window->showView(MainWindow::View::Tickets);
    view = qobject_cast<TicketsView*>(window->viewWidget(MainWindow::View::Tickets));
    REQUIRE(view);
    const int count = static_cast<int>(team.tickets.size());
    REQUIRE(
        QTest::qWaitFor([&] { return view->table()->model()->rowCount() == count; }, kDeadlineMs));
    return window;
}

void select(TicketsView* view, qint64 ticketId)
{
    QAbstractItemModel* model = view->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(TicketTableModel::TicketIdRole).toLongLong() == ticketId) {
            view->table()->selectRow(row);
            REQUIRE(view->detail()->ticketId() == ticketId);
            return;
        }
    }
    FAIL("ticket #" << ticketId << " is not listed");
}

} // namespace

TEST_CASE("live: a window says at once that its rep left a ticket: another ticket, another view, "
          "quitting",
          "[ui][postgres][live]")
{
    test::PgTestSchema schema;
    const Seeded team = makeTeam(schema, 2);
    const qint64 tickets[2] = {team.tickets[0], team.tickets[1]};
    Observer observer(openServer(schema), tickets[0]);
    TicketsView* view = nullptr;
    auto window = samsWindow(schema, team, view);
    const QStringList samOnly{QStringLiteral("Sam Roe")};

    select(view, tickets[0]);
    CHECK(observer.hearsUntil(samOnly));
    // To the other ticket: the observer's list loses Sam.
    select(view, tickets[1]);
    CHECK(observer.hearsUntil({}));
    select(view, tickets[0]);
    CHECK(observer.hearsUntil(samOnly));
    // To the customers: the ticket's pane is hidden, and Sam left the ticket.
    window->showView(MainWindow::View::Customers);
    CHECK(observer.hearsUntil({}));
    window->showView(MainWindow::View::Tickets);
    CHECK(observer.hearsUntil(samOnly));
    // Quitting: the window closes and goes, with no event loop after it (as main() ends).
    REQUIRE(window->close());
    window.reset();
    CHECK(observer.hearsUntil({}));
}

TEST_CASE("live: a window deleted while it shows a ticket says it left", "[ui][postgres][live]")
{
    test::PgTestSchema schema;
    const Seeded team = makeTeam(schema, 1);
    Observer observer(openServer(schema), team.tickets[0]);
    TicketsView* view = nullptr;
    auto window = samsWindow(schema, team, view);
    select(view, team.tickets[0]);
    REQUIRE(observer.hearsUntil({QStringLiteral("Sam Roe")}));
    window.reset(); // never closed: its database goes with it, the leave before
    CHECK(observer.hearsUntil({}));
}
