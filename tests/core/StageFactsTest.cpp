// The stage facts of every customer at once (StageFactsRepository::all(): counted row by row on
// SQLite, by the server on PostgreSQL, PgStageFacts) equal, field by field, the row-by-row
// count of one customer (one()), at every edge of the rules' windows; and the latest advocacy
// touchpoint of a customer is, among several at the same second, the one SQLite's scan of
// touchpoint_customer reads last: the kind greater in bytes, whatever the order they came in.
// [postgres]: the server's facts equal SQLite's for the same generated data, and the session
// that counted them keeps its own settings.
#include "common/Clock.h"
#include "common/TimeUnits.h"
#include "demo/Generator.h"
#include "domain/CustomerFacts.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgSchema.h"
#include "storage/StageFactsRepository.h"
#include "support/PgTestSchema.h"
#include "support/StageDesk.h"

#include <catch2/catch.hpp>

#include <map>
#include <string_view>

using namespace fd;

namespace {

struct Desk : test::StageDesk {
    // A ticket written straight to its table (no arrival touchpoint): times in UTC seconds.
    void ticket(qint64 customerId, qint64 createdAt, Priority priority,
                std::optional<qint64> solvedAt, std::optional<qint64> csat)
    {
        auto q =
            db->query("INSERT INTO ticket (customer_id, subject, status, priority, created_at, "
                      "solved_at, csat) VALUES (?, 'Help', ?, ?, ?, ?, ?)");
        q->bind(1, customerId);
        q->bindStatic(2, solvedAt ? "solved" : "open");
        q->bindStatic(3, enumName(priority));
        q->bind(4, createdAt);
        q->bind(5, solvedAt);
        q->bind(6, csat);
        q->exec();
    }
    // A touchpoint of any kind's name, known to this version or not.
    void touch(qint64 customerId, std::string_view kind, qint64 at,
               std::optional<qint64> score = {})
    {
        auto q = db->query(
            "INSERT INTO touchpoint (customer_id, kind, occurred_at, score) VALUES (?, ?, ?, ?)");
        q->bind(1, customerId);
        q->bind(2, kind);
        q->bind(3, at);
        q->bind(4, score);
        q->exec();
    }
    void touch(qint64 customerId, TouchpointKind kind, qint64 at, std::optional<qint64> score = {})
    {
        touch(customerId, enumName(kind), at, score);
    }
    // Lets scores outside 0..10 in, as a file written by another program might hold them.
    void allowAnyScore()
    {
        if (db->backend() == Database::Backend::Postgres)
            db->execute("ALTER TABLE touchpoint DROP CONSTRAINT touchpoint_score_check");
        else
            db->execute("PRAGMA ignore_check_constraints = ON");
    }
};

FactWindows windowsAt(qint64 asOf, bool historical)
{
    FactWindows w;
    w.asOf = asOf;
    w.settledFrom = asOf - 30 * kDay;
    w.regressFrom = asOf - 90 * kDay;
    w.historical = historical;
    return w;
}

void requireSame(const CustomerFacts& all, const CustomerFacts& one)
{
    INFO("customer " << all.customerId);
    CHECK(all.customerId == one.customerId);
    CHECK(all.since == one.since);
    CHECK(all.stage == one.stage);
    CHECK(all.inFunnel == one.inFunnel);
    CHECK(all.pinned == one.pinned);
    CHECK(all.churned == one.churned);
    CHECK(all.touchpoints == one.touchpoints);
    CHECK(all.settledTickets == one.settledTickets);
    CHECK(all.settledLiveTouchpoints == one.settledLiveTouchpoints);
    CHECK(all.regressTickets == one.regressTickets);
    CHECK(all.openHighOrUrgent == one.openHighOrUrgent);
    CHECK(all.openUrgent == one.openUrgent);
    CHECK(all.csatCount == one.csatCount);
    CHECK(all.csatSum == one.csatSum);
    CHECK(all.lastAdvocacyAt == one.lastAdvocacyAt);
    CHECK(enumName(all.lastAdvocacyKind) == enumName(one.lastAdvocacyKind));
    CHECK(all.lastSurveyAt == one.lastSurveyAt);
}

// all() at `w`, each customer compared with one(); returned by id.
std::map<qint64, CustomerFacts> allMatchingOne(Database& db, const FactWindows& w)
{
    StageFactsRepository repository(db);
    auto all = repository.all(w);
    REQUIRE(all);
    std::map<qint64, CustomerFacts> byId;
    for (const CustomerFacts& f : *all) {
        auto one = repository.one(f.customerId, w);
        REQUIRE(one);
        REQUIRE(one->has_value());
        requireSame(f, **one);
        byId.emplace(f.customerId, f);
    }
    return byId;
}

} // namespace

TEST_CASE("All customers' stage facts at once equal each one's row by row, at every edge",
          "[stages][facts]")
{
    Desk d;
    const qint64 now = test::testNow().toSecsSinceEpoch();
    const FactWindows w = windowsAt(now, false);
    const qint64 settled = w.settledFrom;
    const qint64 regress = w.regressFrom;

    // The windows' edges: created at settledFrom is not settled, at regressFrom does not
    // regress, at asOf counts, after it nothing does; open = not solved by asOf.
    const qint64 edges = d.customer(400, QStringLiteral("Edges"));
    d.ticket(edges, settled, Priority::High, std::nullopt, std::nullopt);
    d.ticket(edges, settled + 1, Priority::Urgent, now, 4);
    d.ticket(edges, regress, Priority::Urgent, now + 1, 2);
    d.ticket(edges, regress + 1, Priority::Low, std::nullopt, 5);
    d.ticket(edges, now, Priority::Normal, std::nullopt, std::nullopt);
    d.ticket(edges, now + 1, Priority::Urgent, std::nullopt, 3);
    d.touch(edges, TouchpointKind::Phone, settled);
    d.touch(edges, TouchpointKind::Email, settled + 1);
    d.touch(edges, TouchpointKind::LiveChat, now);
    d.touch(edges, TouchpointKind::SelfService, settled + 5);
    d.touch(edges, TouchpointKind::InPerson, now + 1);

    // Two advocacy touchpoints at the same second, the greater kind first, in the reader's
    // share or not (the last customers are the second connection's on SQLite).
    const qint64 tieAt = now - 3 * kDay;
    const qint64 tieFirst = d.customer(300, QStringLiteral("Tie, greater first"));
    d.touch(tieFirst, TouchpointKind::UserConference, tieAt);
    d.touch(tieFirst, TouchpointKind::Testimonial, tieAt);

    d.allowAnyScore();
    const qint64 surveys = d.customer(300, QStringLiteral("Surveys"));
    d.touch(surveys, TouchpointKind::Survey, now - 50 * kDay, 0);
    d.touch(surveys, TouchpointKind::Survey, now - 40 * kDay, 5);
    d.touch(surveys, TouchpointKind::Survey, now - 20 * kDay, 5);
    d.touch(surveys, TouchpointKind::Survey, now, 10);
    d.touch(surveys, TouchpointKind::Survey, now - 10 * kDay);
    d.touch(surveys, TouchpointKind::Survey, now + 1, 3);
    d.touch(surveys, TouchpointKind::Email, now - 5 * kDay, 7);
    d.touch(surveys, TouchpointKind::Survey, now - 6 * kDay, 11);
    d.touch(surveys, TouchpointKind::Survey, now - 7 * kDay, -1);

    const qint64 unknown = d.customer(300, QStringLiteral("Unknown kinds"));
    d.touch(unknown, "carrier_pigeon", now - kDay);
    d.touch(unknown, "carrier_pigeon", now - kDay, 9);
    d.touch(unknown, "Testimonial", now - kDay);
    d.touch(unknown, TouchpointKind::Meetup, now - 2 * kDay);

    const qint64 pinned = d.customer(300, QStringLiteral("Pinned"));
    d.touch(pinned, TouchpointKind::Referral, now - kDay);
    REQUIRE(StageFactsRepository(*d.db).setPinned(pinned, true));
    const qint64 churned = d.customer(300, QStringLiteral("Churned"));
    d.ticket(churned, now - kDay, Priority::Urgent, std::nullopt, 1);
    auto churn = d.db->query("UPDATE customer SET status = 'churned' WHERE id = ?");
    churn->bind(1, churned);
    churn->exec();
    const qint64 nothing = d.customer(300, QStringLiteral("No rows"));

    // The same tie the other way round, and three at once beside an earlier one.
    const qint64 tieLast = d.customer(300, QStringLiteral("Tie, greater last"));
    d.touch(tieLast, TouchpointKind::Testimonial, tieAt);
    d.touch(tieLast, TouchpointKind::UserConference, tieAt);
    const qint64 tieThree = d.customer(300, QStringLiteral("Three at once"));
    d.touch(tieThree, TouchpointKind::UserConference, tieAt - kDay);
    d.touch(tieThree, TouchpointKind::Referral, tieAt);
    d.touch(tieThree, TouchpointKind::CommunityForum, tieAt);
    d.touch(tieThree, TouchpointKind::Meetup, tieAt);
    d.touch(tieThree, TouchpointKind::Testimonial, now + 1);
    // Advocacy at 0 (1970) counts, before it does not.
    const qint64 epoch = d.customer(300, QStringLiteral("Epoch"));
    d.touch(epoch, TouchpointKind::Meetup, 0);
    d.touch(epoch, TouchpointKind::Referral, -5);

    const auto facts = allMatchingOne(*d.db, w);
    REQUIRE(facts.size() == 10);
    const CustomerFacts& e = facts.at(edges);
    CHECK(e.settledTickets == 2);
    CHECK(e.regressTickets == 4);
    CHECK(e.openHighOrUrgent == 2);
    CHECK(e.openUrgent == 1);
    CHECK(e.csatCount == 3);
    CHECK(e.csatSum == 11);
    CHECK(e.touchpoints == 4);
    CHECK(e.settledLiveTouchpoints == 2);
    for (const qint64 id : {tieFirst, tieLast}) {
        CHECK(facts.at(id).lastAdvocacyAt == tieAt);
        CHECK(facts.at(id).lastAdvocacyKind == TouchpointKind::UserConference);
    }
    CHECK(facts.at(tieThree).lastAdvocacyAt == tieAt);
    CHECK(facts.at(tieThree).lastAdvocacyKind == TouchpointKind::Referral);
    const CustomerFacts& s = facts.at(surveys);
    CHECK(s.lastSurveyAt[0] == now - 50 * kDay);
    CHECK(s.lastSurveyAt[5] == now - 20 * kDay);
    CHECK(s.lastSurveyAt[10] == now);
    CHECK(s.lastSurveyAt[3] == 0);
    CHECK(s.lastSurveyAt[7] == 0);
    CHECK(s.touchpoints == 8);
    CHECK(facts.at(unknown).touchpoints == 4);
    CHECK(facts.at(unknown).lastAdvocacyKind == TouchpointKind::Meetup);
    CHECK(facts.at(pinned).pinned);
    CHECK(facts.at(pinned).lastAdvocacyKind == TouchpointKind::Referral);
    CHECK(facts.at(churned).churned);
    CHECK(facts.at(churned).openUrgent == 1);
    CHECK(facts.at(nothing).touchpoints == 0);
    CHECK(facts.at(epoch).lastAdvocacyAt == 0);
    CHECK(facts.at(epoch).lastAdvocacyKind == TouchpointKind::Meetup);

    // On one connection (inside a write transaction) too.
    StageFactsRepository one(*d.db);
    one.setOneConnection(true);
    auto alone = one.all(w);
    REQUIRE(alone);
    for (const CustomerFacts& f : *alone)
        requireSame(f, facts.at(f.customerId));
}

TEST_CASE("Stage facts of customers whose ids are 0 or negative (written by another program or raw "
          "SQL) are "
          "read like any other's",
          "[stages][facts]")
{
    Desk d;
    const qint64 now = test::testNow().toSecsSinceEpoch();
    // A few ordinary customers, so that the ids look dense to the index of all facts.
    for (int i = 0; i < 4; ++i)
        (void)d.customer(30 + i, QStringLiteral("Ordinary %1").arg(i));
    for (const qint64 id : {qint64(-7), qint64(0)}) {
        const QByteArray sql = "INSERT INTO customer (id, name, since, stage_entered_at) VALUES (" +
                               QByteArray::number(id) + ", 'Odd id', '2025-01-01', 0)";
        d.db->execute(sql.constData());
        d.ticket(id, now - 10 * kDay, Priority::Urgent, std::nullopt, std::nullopt);
    }
    const auto facts = allMatchingOne(*d.db, windowsAt(now, false));
    REQUIRE(facts.size() == 6);
    CHECK(facts.at(-7).openHighOrUrgent == 1);
    CHECK(facts.at(0).openHighOrUrgent == 1);
}

TEST_CASE("Stage facts as of a past moment take each customer's stage from its history",
          "[stages][facts]")
{
    Desk d;
    const qint64 now = test::testNow().toSecsSinceEpoch();
    const qint64 moved = d.customer(400, QStringLiteral("Moved"));
    const qint64 later = d.customer(10, QStringLiteral("Not yet a customer"));
    StageTransition move;
    move.customerId = moved;
    move.from = Stage::Onboarding;
    move.to = Stage::PostSales;
    move.at = QDateTime::fromSecsSinceEpoch(now - 100 * kDay, Qt::UTC);
    move.actor = QStringLiteral("onboarding.complete");
    move.reason = QStringLiteral("Onboarded.");
    REQUIRE(StageFactsRepository(*d.db).record({move}));
    d.touch(moved, TouchpointKind::Email, now - 60 * kDay);
    d.touch(moved, TouchpointKind::Testimonial, now - 55 * kDay);
    d.touch(moved, TouchpointKind::Referral, now - 40 * kDay);
    d.ticket(moved, now - 70 * kDay, Priority::High, now - 45 * kDay, 3);
    d.touch(later, TouchpointKind::Phone, now - kDay);

    const auto facts = allMatchingOne(*d.db, windowsAt(now - 50 * kDay, true));
    REQUIRE(facts.size() == 2);
    CHECK(facts.at(moved).stage == Stage::PostSales);
    CHECK(facts.at(moved).inFunnel);
    CHECK(facts.at(moved).touchpoints == 2);
    CHECK(facts.at(moved).lastAdvocacyKind == TouchpointKind::Testimonial);
    CHECK(facts.at(moved).openHighOrUrgent == 1); // solved after that moment
    CHECK(facts.at(moved).csatSum == 3);
    CHECK_FALSE(facts.at(later).inFunnel);
    CHECK(facts.at(later).touchpoints == 0);
}

TEST_CASE("The server counts the stage facts SQLite counts for the same generated data",
          "[postgres][facts]")
{
    GeneratorOptions options;
    options.customers = 300;
    options.tickets = 3000;
    options.touchpoints = 15000;
    options.seed = 7;
    const FixedClock clock(test::testNow());
    test::PgTestSchema schema;
    {
        pg::Connection conn = schema.connect();
        REQUIRE(pg::Schema::init(conn));
    }
    auto server = Database::open(schema.location(), Database::Options{});
    REQUIRE(server);
    test::Scratch scratch;
    auto file = test::openSqliteFile(scratch.file(QStringLiteral("same-seed.sqlite")));
    REQUIRE(Generator::run(**server, options, clock));
    REQUIRE(Generator::run(*file, options, clock));
    REQUIRE((*server)->backend() == Database::Backend::Postgres);

    // The counts run without parallel workers (PgStageFacts.cpp), and the caller's session keeps
    // the setting it had, not the server's default (2). Only the giving back is seen from here;
    // the setting during a count is not (its effect is speed, docs/PERFORMANCE.md).
    (*server)->execute("SET max_parallel_workers_per_gather = 1");
    const auto workers = [&] {
        return (*server)->scalar(
            "SELECT current_setting('max_parallel_workers_per_gather')::bigint");
    };

    const qint64 now = test::testNow().toSecsSinceEpoch();
    for (const FactWindows& w : {windowsAt(now, false), windowsAt(now - 120 * kDay, true)}) {
        auto onServer = StageFactsRepository(**server).all(w);
        CHECK(workers() == 1);
        auto inFile = StageFactsRepository(*file).all(w);
        REQUIRE(onServer);
        REQUIRE(inFile);
        REQUIRE(onServer->size() == inFile->size());
        REQUIRE(onServer->size() == 300);
        for (std::size_t i = 0; i < onServer->size(); ++i)
            requireSame((*onServer)[i], (*inFile)[i]);
    }
}
