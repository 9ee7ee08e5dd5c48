// What `check` says about the columns FunnelDesk derives, and how the client reads a time it
// would not write (issue 17, hostile pass; migrations/017_kept.sql on a server): a first response
// that disagrees with the agents' replies, a customer's summaries and the daily touchpoint counts,
// a file's search index out of step with the tickets' text, and times beyond the years 1 to 9999
// that another program wrote into a file, which broke the reports' date arithmetic and made the SLA
// sweep write NULL. The server's side (a rep's raw SQL refused, CHECK constraints) is
// tests/core/PgKeptTest.cpp.
#include "common/Clock.h"
#include "domain/Agent.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "metrics/DashboardMetrics.h"
#include "metrics/Report.h"
#include "service/Customers.h"
#include "service/Maintenance.h"
#include "service/Tickets.h"
#include "storage/AgentRepository.h"
#include "storage/Database.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace fd;

namespace {

// A customer and one ticket of testNow(), with an agent's public reply ten minutes later (its
// first response); value: the ticket's id.
qint64 answeredTicket(Database& db)
{
    const FixedClock clock(test::testNow());
    Customer acme;
    acme.name = QStringLiteral("Acme");
    acme.since = QDate(2026, 3, 1);
    const auto added = Customers(db, clock).add(acme);
    REQUIRE(added);
    Ticket t;
    t.customerId = added->value;
    t.subject = QStringLiteral("Login fails");
    const auto opened = Tickets(db, clock).add(t);
    REQUIRE(opened);
    Agent rita;
    rita.name = QStringLiteral("Rita");
    const auto agent = AgentRepository(db).add(rita);
    REQUIRE(agent);
    test::replyAt(db, opened->value, *agent, test::testNow().addSecs(600),
                  QStringLiteral("Try resetting the password."));
    return opened->value;
}

QStringList checked(Database& db)
{
    const auto found = service::Maintenance(db).check();
    REQUIRE(found);
    return *found;
}

} // namespace

TEST_CASE("check: a first response time that disagrees with the agents' public replies is named",
          "[check][kept]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("kept.sqlite")));
    const qint64 ticket = answeredTicket(*db);
    CHECK(checked(*db).isEmpty());
    const QString sentence =
        QStringLiteral("1 tickets have a first response time that disagrees with their agents' "
                       "public replies (none, or later than the first reply)");
    // As another program (a file) or the owner (a server) may write it.
    const auto setFirstResponse = [&](const std::string& value) {
        db->execute(("UPDATE ticket SET first_response_at = " + value +
                     " WHERE id = " + std::to_string(ticket))
                        .c_str());
    };
    setFirstResponse("NULL");
    CHECK(checked(*db) == QStringList{sentence});
    setFirstResponse("created_at + 7200");
    CHECK(checked(*db) == QStringList{sentence});
    setFirstResponse("created_at + 600");
    CHECK(checked(*db).isEmpty());
}

TEST_CASE("a reply saved after a later one is the first response: the earliest public reply, not "
          "the first saved",
          "[check][kept]")
{
    // Two reps answering one ticket at once stamp their replies with their own clocks; the later
    // may be saved first (PgTeamSimTest, eight reps).
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("kept.sqlite")));
    const qint64 ticket = answeredTicket(*db); // answered 600 s after it arrived
    const std::string where = " FROM ticket WHERE id = " + std::to_string(ticket);
    const qint64 agent = db->scalar("SELECT max(id) FROM agent");
    const auto replyAt = [&](qint64 afterSecs) {
        test::replyAt(*db, ticket, agent, test::testNow().addSecs(afterSecs));
    };
    replyAt(900);
    CHECK(db->scalar(("SELECT first_response_at - created_at" + where).c_str()) == 600);
    replyAt(300);
    CHECK(db->scalar(("SELECT first_response_at - created_at" + where).c_str()) == 300);
    CHECK(db->scalar(("SELECT status = 'open'" + where).c_str()) == 1);
    CHECK(checked(*db).isEmpty());
    // A rep's clock an hour behind: the reply, and so the first response, is not dated before
    // the ticket arrived, and the ticket can still be saved (Validation refuses such a time).
    replyAt(-3600);
    CHECK(db->scalar(("SELECT first_response_at - created_at" + where).c_str()) == 0);
    CHECK(db->scalar(("SELECT min(at) - (SELECT created_at" + where +
                      ") FROM ticket_comment WHERE ticket_id = " + std::to_string(ticket))
                         .c_str()) == 0);
    const auto read = Tickets(*db, FixedClock(test::testNow())).find(ticket);
    REQUIRE(read);
    REQUIRE(*read);
    Ticket changed = **read;
    changed.priority = Priority::High;
    const auto saved =
        Tickets(*db, FixedClock(test::testNow().addSecs(1200))).update(changed, **read);
    INFO((saved ? QString() : QString(saved.error())).toStdString());
    CHECK(saved);
    CHECK(checked(*db).isEmpty());
}

TEST_CASE("check: each summary a customer carries and each daily touchpoint count is compared with "
          "the touchpoints",
          "[check][kept]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("kept.sqlite")));
    const qint64 ticket = answeredTicket(*db);
    const qint64 customer =
        db->scalar(("SELECT customer_id FROM ticket WHERE id = " + std::to_string(ticket)).c_str());
    const FixedClock clock(test::testNow());
    const auto log = [&](TouchpointKind kind, int hoursAgo,
                         std::optional<int> score = std::nullopt) {
        Touchpoint p;
        p.customerId = customer;
        p.kind = kind;
        p.direction = Direction::Outbound;
        p.occurredAt = test::testNow().addSecs(-3600 * hoursAgo);
        p.score = score;
        const auto logged = Customers(*db, clock).logTouchpoint(p);
        INFO((logged ? QString() : QString(logged.error())).toStdString());
        REQUIRE(logged);
    };
    log(TouchpointKind::SuccessReview, 30);
    log(TouchpointKind::Testimonial, 50);
    log(TouchpointKind::Survey, 70, 9);
    log(TouchpointKind::Survey, 80, 4);
    REQUIRE(checked(*db).isEmpty());

    const QString summaries =
        QStringLiteral("1 customers have summaries (open tickets, last touch, last review, last "
                       "advocacy, best survey) that differ from their tickets and touchpoints");
    // As another program (a file) or the owner (a server) may write it; each put back after.
    const std::string where = " WHERE id = " + std::to_string(customer);
    for (const char* column :
         {"open_tickets", "last_touch_at", "last_review_at", "last_advocacy_at", "best_survey"}) {
        INFO(column);
        const std::string set = std::string("UPDATE customer SET ") + column + " = ";
        const qint64 kept =
            db->scalar(("SELECT " + std::string(column) + " FROM customer" + where).c_str());
        db->execute((set + std::to_string(kept + 1) + where).c_str());
        CHECK(checked(*db) == QStringList{summaries});
        if (std::string_view(column) != "open_tickets") { // never NULL
            db->execute((set + "NULL" + where).c_str());
            CHECK(checked(*db) == QStringList{summaries});
        }
        db->execute((set + std::to_string(kept) + where).c_str());
        REQUIRE(checked(*db).isEmpty());
    }

    // One day's count one too many, then a day without touchpoints that the table holds.
    const QString days = QStringLiteral("1 daily touchpoint counts differ from the touchpoints");
    db->execute(
        "UPDATE touchpoint_day SET touchpoints = touchpoints + 1 WHERE kind = 'success_review'");
    CHECK(checked(*db) == QStringList{days});
    db->execute(
        "UPDATE touchpoint_day SET touchpoints = touchpoints - 1 WHERE kind = 'success_review'");
    REQUIRE(checked(*db).isEmpty());
    db->execute("UPDATE touchpoint_day SET day = '2001-02-03' WHERE kind = 'testimonial'");
    CHECK(checked(*db) ==
          QStringList{QStringLiteral("2 daily touchpoint counts differ from the touchpoints")});
}

TEST_CASE(
    "check: a file's search index out of step with a subject another program changed is named",
    "[check][kept][sqlite-only]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("kept.sqlite")));
    answeredTicket(*db);
    CHECK(checked(*db).isEmpty());
    // The sqlite3 shell, without FunnelDesk's trigger that keeps the index.
    db->execute("DROP TRIGGER ticket_fts_update");
    db->execute("UPDATE ticket SET subject = 'Printer on fire'");
    const QStringList found = checked(*db);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    REQUIRE(found.size() == 1);
    CHECK(found.front().startsWith(
        QStringLiteral("The ticket search index is out of step with the tickets")));
}

TEST_CASE("a file's times beyond the years 1 to 9999 are read as the nearest of them: the reports "
          "run, the SLA "
          "sweep leaves the ticket alone and check names the rows",
          "[kept][sla][sqlite-only]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("kept.sqlite")));
    const qint64 ticket = answeredTicket(*db);
    const std::string where = " WHERE id = " + std::to_string(ticket);
    // Another program's rows: a ticket from the end of the int64 range, a stage date before year 1.
    db->execute(("UPDATE ticket SET created_at = 9223372036854775807, first_response_at = NULL, "
                 "status = 'new'" +
                 where)
                    .c_str());
    db->execute("UPDATE customer SET stage_entered_at = -9223372036854775807");

    const FixedClock later(test::testNow().addDays(30));
    const auto swept = Tickets(*db, later).sweepBreaches();
    INFO((swept ? QString() : QString(swept.error())).toStdString());
    REQUIRE(swept);
    CHECK(db->scalar("SELECT created_at FROM ticket" + where) ==
          std::numeric_limits<qint64>::max());
    CHECK(db->scalar("SELECT count(*) FROM ticket WHERE first_response_breached_at IS NOT NULL") ==
          0);

    for (const char* name :
         {"funnel", "post-sales", "at-risk", "onboarding", "retention", "advocacy", "flow"}) {
        const auto report =
            DashboardMetrics(*db, later)
                .report(QString::fromLatin1(name), Period::lastDays(later.now(), 90));
        INFO(name << ": " << (report ? QString() : QString(report.error())).toStdString());
        CHECK(report);
    }
    const QStringList found = checked(*db);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.contains(QStringLiteral(
        "2 rows hold a time outside the years 1 to 9999 (written by another program), "
        "which FunnelDesk reads as the nearest of those years' ends and the SLA sweep "
        "leaves alone; correct them")));
}
