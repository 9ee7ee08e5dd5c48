// The health score on a database (issue 18), on both backends: the facts counted from the
// customers' tickets, touchpoints and tasks, each at the edge of its window; a recompute that
// stores what changed and a snapshot per day; the trend after a band drop; the what-if preview;
// and rules saved whole or not at all. The score's arithmetic is HealthScoreTest's.
#include "success/HealthEngine.h"
#include "common/Clock.h"
#include "common/TimeUnits.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "service/Customers.h"
#include "service/Tickets.h"
#include "storage/Database.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

// A customer whose first sale was 200 days before testNow(); adding it places it in
// post-sales at testNow() (the stage rules), so its time in stage is on track for 90 days.
qint64 addCustomer(Database& db, const QString& name)
{
    const FixedClock clock(test::testNow());
    Customer c = test::customerNamed(name);
    c.since = test::testNow().date().addDays(-200);
    auto added = Customers(db, clock).add(c);
    REQUIRE(added);
    return added->value;
}

// A ticket created `daysAgo` days before testNow(); solved an hour later with `csat` unless `open`.
qint64 addTicket(Database& db, qint64 customer, double daysAgo,
                 Priority priority = Priority::Normal, std::optional<int> csat = std::nullopt,
                 bool open = false)
{
    const FixedClock clock(test::testNow());
    Ticket t;
    t.customerId = customer;
    t.subject = QStringLiteral("Ticket");
    t.priority = priority;
    t.createdAt = test::testNow().addSecs(static_cast<qint64>(-daysAgo * kDay));
    if (!open) {
        t.status = TicketStatus::Solved;
        t.firstResponseAt = t.createdAt.addSecs(600);
        t.solvedAt = t.createdAt.addSecs(3600);
        t.csat = csat;
    }
    auto added = Tickets(db, clock).add(t);
    REQUIRE(added);
    return added->value;
}

void addTouch(Database& db, qint64 customer, double daysAgo,
              TouchpointKind kind = TouchpointKind::Email, std::optional<int> score = std::nullopt)
{
    const FixedClock clock(test::testNow());
    Touchpoint p;
    p.customerId = customer;
    p.kind = kind;
    p.occurredAt = test::testNow().addSecs(static_cast<qint64>(-daysAgo * kDay));
    p.score = score;
    REQUIRE(Customers(db, clock).logTouchpoint(p));
}

void addTask(Database& db, qint64 customer, const QDate& due, bool done, int step)
{
    auto q = db.query("INSERT INTO task (customer_id, title, due_day, origin, occasion, step, "
                      "created_at, done_at) "
                      "VALUES (?, 'Call', ?, 'plan:retention', 'test', ?, ?, ?)");
    q->bind(1, customer);
    q->bind(2, due);
    q->bind(3, step);
    q->bind(4, test::testNow().toSecsSinceEpoch());
    if (done)
        q->bind(5, test::testNow().toSecsSinceEpoch());
    else
        q->bindNull(5);
    q->exec();
}

} // namespace

TEST_CASE("health facts: each factor counts what falls inside its window and nothing outside",
          "[health]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("health.sqlite")));
    const qint64 acme = addCustomer(*db, QStringLiteral("Acme"));
    const qint64 other = addCustomer(*db, QStringLiteral("Other")); // its rows count for it alone

    addTouch(*db, acme, 40);
    // Tickets: 29 days ago counts for the 30-day window, 31 does not; CSAT's 90 days: 4 and 2
    // count, the 5 of 91 days ago does not; the open urgent and high count, the open normal not.
    addTicket(*db, acme, 29.9, Priority::Normal, 4);
    addTicket(*db, acme, 31, Priority::Normal, 2);
    addTicket(*db, acme, 91, Priority::Normal, 5);
    addTicket(*db, acme, 1, Priority::Urgent, std::nullopt, true);
    addTicket(*db, acme, 100, Priority::High, std::nullopt, true);
    addTicket(*db, acme, 2, Priority::Normal, std::nullopt, true);
    addTicket(*db, other, 1, Priority::Urgent, std::nullopt, true);
    // SLA: a breach on a ticket of 89 days ago counts, of 95 days ago not; the open urgent and
    // normal tickets of 1 and 2 days ago were breached as they were saved (no first response).
    const qint64 late = addTicket(*db, acme, 89, Priority::Normal, 3);
    const qint64 older = addTicket(*db, acme, 95, Priority::Normal);
    for (const qint64 id : {late, older}) {
        auto q =
            db->query("UPDATE ticket SET resolution_breached_at = created_at + 60 WHERE id = ?");
        q->bind(1, id);
        q->exec();
    }
    // Surveys: the latest within 365 days is the 4 of 10 days ago, not the 9 of 200 days ago.
    addTouch(*db, acme, 200, TouchpointKind::Survey, 9);
    addTouch(*db, acme, 10, TouchpointKind::Survey, 4);
    addTouch(*db, other, 1, TouchpointKind::Survey, 10);
    // Tasks: two open and due before today are overdue; one done, one due today, not.
    const QDate today = test::testNow().date();
    addTask(*db, acme, today.addDays(-1), false, 1);
    addTask(*db, acme, today.addDays(-30), false, 2);
    addTask(*db, acme, today.addDays(-3), true, 3);
    addTask(*db, acme, today, false, 4);

    const FixedClock clock(test::testNow());
    auto e = HealthEngine(*db, clock).explain(acme);
    REQUIRE(e);
    // The last touch is the touchpoint of the ticket of a day ago (a ticket logs one).
    CHECK(e->facts.lastTouchAt == test::testNow().addSecs(-kDay).toSecsSinceEpoch());
    CHECK(e->facts.recentTickets == 3); // 29.9, 1 and 2 days ago
    CHECK(e->facts.csatCount == 3);     // 4 (29.9 days), 2 (31 days), 3 (89 days)
    CHECK(e->facts.csatSum == 9);
    CHECK(e->facts.openHighOrUrgent == 2);
    CHECK(e->facts.breachedTickets == 3);
    CHECK(e->facts.latestSurvey == 4);
    CHECK(e->facts.overdueTasks == 2);
    CHECK(e->facts.stage == Stage::PostSales);
    // By hand: recency 1 day → 20; tickets 3 → 10 x 5/6 = 8.33; urgent 2 → 15/3 = 5; CSAT mean
    // 3 → 7.5; survey 4 → 0; SLA 3 → 0; 0 days in post-sales, on track → 10; tasks 2 → 5/3 =
    // 1.67. 52.5 of 100 → 53 (half up), Watch.
    CHECK(e->score.score == 53);
    CHECK(e->score.band == ScoreBand::Watch);
    CHECK_FALSE(e->stored);
    CHECK(e->factorLines().size() == 8);

    auto gone = HealthEngine(*db, clock).explain(9999);
    REQUIRE_FALSE(gone);
    CHECK(gone.error() == QStringLiteral("Customer 9999 does not exist."));
}

TEST_CASE(
    "health recompute stores what changed, one snapshot per day, and the trend shows a band drop",
    "[health]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("health.sqlite")));
    const qint64 acme = addCustomer(*db, QStringLiteral("Acme"));
    const qint64 bolt = addCustomer(*db, QStringLiteral("Bolt"));
    addTouch(*db, acme, 1);
    addTouch(*db, bolt, 1);

    FixedClock clock(test::testNow());
    auto first = HealthEngine(*db, clock).recompute();
    REQUIRE(first);
    CHECK(first->evaluated == 2);
    CHECK(first->changed == 2);
    CHECK(first->moves.size() == 2);
    CHECK_FALSE(first->moves[0].from);
    CHECK(first->bands[static_cast<std::size_t>(ScoreBand::Healthy)] == 2);

    auto again = HealthEngine(*db, clock).recompute();
    REQUIRE(again);
    CHECK(again->changed == 0);
    CHECK(again->moves.empty());

    // Two days on, Acme has three open urgent tickets and three breaches: it drops to Watch.
    clock.set(test::testNow().addDays(2));
    for (int i = 0; i < 3; ++i) {
        const qint64 id = addTicket(*db, acme, 0.5, Priority::Urgent, std::nullopt, true);
        auto q = db->query(
            "UPDATE ticket SET first_response_breached_at = created_at + 60 WHERE id = ?");
        q->bind(1, id);
        q->exec();
    }
    auto dryRun = HealthEngine(*db, clock).recompute(true);
    REQUIRE(dryRun);
    CHECK(dryRun->changed == 1); // Bolt: 3 days since its touch still earns all of recency
    auto drop = HealthEngine(*db, clock).recompute();
    REQUIRE(drop);
    REQUIRE(drop->moves.size() == 1);
    CHECK(drop->moves[0].customerId == acme);
    CHECK(drop->moves[0].from == ScoreBand::Healthy);
    CHECK(drop->moves[0].to == ScoreBand::Watch);
    CHECK(drop->moves[0].fromScore == 100);

    auto trend = HealthEngine(*db, clock).trend(acme);
    REQUIRE(trend);
    REQUIRE(trend->size() == 2);
    CHECK((*trend)[0].day == test::testNow().date());
    CHECK((*trend)[0].score == 100);
    CHECK((*trend)[1].day == test::testNow().date().addDays(2));
    CHECK((*trend)[1].band == ScoreBand::Watch);
    CHECK((*trend)[1].score == drop->moves[0].toScore);

    // A later run the same day replaces that day's snapshot: still one row per day.
    auto q = db->query("UPDATE ticket SET status = 'solved', solved_at = created_at + 7200, "
                       "first_response_at = created_at + 600 "
                       "WHERE customer_id = ? AND status = 'new'");
    q->bind(1, acme);
    q->exec();
    auto back = HealthEngine(*db, clock).recompute();
    REQUIRE(back);
    REQUIRE(back->moves.size() == 1);
    CHECK(back->moves[0].to == ScoreBand::Healthy);
    trend = HealthEngine(*db, clock).trend(acme);
    REQUIRE(trend);
    REQUIRE(trend->size() == 2);
    CHECK((*trend)[1].band == ScoreBand::Healthy);
    // The trend reaches back 90 days, today included.
    clock.set(test::testNow().addDays(91));
    trend = HealthEngine(*db, clock).trend(acme);
    REQUIRE(trend);
    CHECK(trend->size() == 1);
}

TEST_CASE("health preview names who would change band and saves nothing, saved rules land whole",
          "[health]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("health.sqlite")));
    const qint64 kept = addCustomer(*db, QStringLiteral("Kept"));
    const qint64 quiet = addCustomer(*db, QStringLiteral("Quiet"));
    addTouch(*db, kept, 1);
    addTouch(*db, quiet, 50); // recency: 20 x 10/46 = 4.35 of 20

    const FixedClock clock(test::testNow());
    HealthEngine engine(*db, clock);
    REQUIRE(engine.recompute());
    auto before = engine.explain(quiet);
    REQUIRE(before);
    // Quiet: 50 + 4.35 of 70 → 78, Healthy; with recency weighing 60, 50 + 13.04 of 110 → 57,
    // Watch.
    CHECK(before->score.score == 78);

    auto p = engine.preview({QStringLiteral("recency.weight=60")});
    REQUIRE(p);
    CHECK(p->evaluated == 2);
    CHECK(p->moved() == 1);
    REQUIRE(p->moves.count({ScoreBand::Healthy, ScoreBand::Watch}) == 1);
    CHECK(p->moves.at({ScoreBand::Healthy, ScoreBand::Watch}) == std::vector<qint64>{quiet});
    CHECK(p->before[static_cast<std::size_t>(ScoreBand::Healthy)] == 2);
    CHECK(p->after[static_cast<std::size_t>(ScoreBand::Watch)] == 1);
    auto rules = engine.rules();
    REQUIRE(rules);
    CHECK(rules->recencyWeight == 20); // nothing saved
    // The keys as `settings set` and the Settings dialog name them.
    auto prefixed = engine.preview({QStringLiteral("health.recency.weight=60")});
    REQUIRE(prefixed);
    CHECK(prefixed->moves == p->moves);
    auto contradicting = engine.preview({QStringLiteral("stage_target.onboarding.stuck_days=10")});
    REQUIRE_FALSE(contradicting);
    CHECK(contradicting.error() ==
          QStringLiteral(
              "onboarding.stuck_days (10) must not be less than onboarding.behind_days (30)."));

    // Saved: one that contradicts another saves neither.
    auto refused = engine.saveRules(
        {QStringLiteral("recency.weight=60"), QStringLiteral("band.at_risk_below=80")});
    REQUIRE_FALSE(refused);
    CHECK(refused.error() ==
          QStringLiteral("band.at_risk_below (80) must not be more than band.healthy_min (70)."));
    rules = engine.rules();
    REQUIRE(rules);
    CHECK(rules->recencyWeight == 20);
    REQUIRE(engine.saveRules(
        {QStringLiteral("recency.weight=60"), QStringLiteral("band.healthy_min=75")}));
    rules = engine.rules();
    REQUIRE(rules);
    CHECK(rules->recencyWeight == 60);
    CHECK(rules->healthyMin == 75);
    auto run = engine.recompute();
    REQUIRE(run);
    REQUIRE(run->moves.size() == 1);
    CHECK(run->moves[0].customerId == quiet);
}
