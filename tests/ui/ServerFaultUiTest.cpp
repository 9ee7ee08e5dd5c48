// A rep's reply when the server goes (issue 19, "PostgreSQL faults"): the server stopped
// (pg_ctl stop -m immediate) or paused (SIGSTOP) as the rep sends a reply. Sending fails in one
// sentence, the window says the connection is lost (within kSilenceMs + kPingSeconds of a
// paused server's silence: never a window frozen for good), the reply stays in the composer,
// nothing of it is saved, and once the server runs again the window connects by itself and
// the same reply is sent. [postgres]: through tests/pg/with-cluster.sh, offscreen.
#include "common/Clock.h"
#include "CurrentAgent.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "MainWindow.h"
#include "service/Tickets.h"
#include "storage/AgentRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/postgres/PgSchema.h"
#include "support/PgServerFaults.h"
#include "support/PgTestSchema.h"
#include "support/UiTestSupport.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <catch2/catch.hpp>

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <optional>

using namespace fd;

namespace {

constexpr int kDeadlineMs = 60000; // a bound on a hang: nothing here is timed

using test::openServer;

qint64 comments(const test::PgTestSchema& schema)
{
    return openServer(schema)->scalar("SELECT count(*) FROM ticket_comment");
}

} // namespace

TEST_CASE("faults: a reply sent as the server stops or pauses stays in the composer, and is sent "
          "once the window "
          "has connected again by itself",
          "[ui][postgres][faults]")
{
    const bool pause = GENERATE(false, true);
    CAPTURE(pause);
    test::PgTestSchema schema;
    schema.initialised();
    qint64 ticketId = 0;
    {
        auto db = openServer(schema);
        Agent rita;
        rita.name = QStringLiteral("Rita");
        const Result<qint64> agent = AgentRepository(*db).add(rita);
        REQUIRE(agent);
        CurrentAgent::remember(schema.location().key(), *agent); // "Me", as answered once
        Customer acme;
        acme.name = QStringLiteral("Acme");
        acme.since = QDate(2026, 11, 2);
        const Result<qint64> customer = CustomerRepository(*db).add(acme);
        REQUIRE(customer);
        Ticket ticket;
        ticket.customerId = *customer;
        ticket.subject = QStringLiteral("Cannot sign in");
        auto added = Tickets(*db, Clock::system()).add(ticket);
        REQUIRE(added);
        ticketId = added->value;
    }
    const qint64 before = comments(schema);
    MainWindow window(openServer(schema));
    window.resize(1100, 700);
    window.show();
    window.showView(MainWindow::View::Tickets);
    auto* tickets = qobject_cast<TicketsView*>(window.viewWidget(MainWindow::View::Tickets));
    REQUIRE(tickets);
    tickets->selectTicket(ticketId);
    TicketDetail* detail = tickets->detail();
    REQUIRE(QTest::qWaitFor([&] { return detail->ticketId() == ticketId; }, kDeadlineMs));
    const QString reply = QStringLiteral("We reset your password; please try again.");
    detail->composer()->setPlainText(reply);
    auto* send = detail->findChild<QPushButton*>(QStringLiteral("sendReply"));
    REQUIRE(send);

    {
        std::optional<test::ServerStop> stopped;
        std::optional<test::ServerPause> paused;
        if (pause)
            paused.emplace();
        else
            stopped.emplace();
        send->click(); // a paused server: the window waits for its silence to be judged, then goes
                       // on
        REQUIRE(QTest::qWaitFor([&] { return window.isConnectionLost(); }, kDeadlineMs));
        CHECK(detail->composer()->toPlainText() == reply);
        test::screenshot(window, pause ? QStringLiteral("fault-reply-paused")
                                       : QStringLiteral("fault-reply-stopped"));
    } // the server runs again
    CHECK(comments(schema) == before);
    REQUIRE(QTest::qWaitFor([&] { return !window.isConnectionLost(); }, kDeadlineMs));
    REQUIRE(QTest::qWaitFor([&] { return detail->ticketId() == ticketId; }, kDeadlineMs));
    CHECK(detail->composer()->toPlainText() == reply);
    REQUIRE(QTest::qWaitFor([&] { return send->isEnabled(); }, kDeadlineMs));
    send->click();
    CHECK(
        QTest::qWaitFor([&] { return detail->composer()->toPlainText().isEmpty(); }, kDeadlineMs));
    CHECK(comments(schema) == before + 1);
}
