// Issue 14 §4: what the stage engine says it will do is what it does. A dry run predicts
// the real run's moves move for move; explain's "moves at the next recompute" holds for
// exactly the customers a recompute moves; moments before 1970 are read exactly; a future
// as-of is refused; a rule parameter given twice is refused, naming it.
#include "common/DateTimeText.h"
#include "demo/Generator.h"
#include "stages/StageEngine.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <tuple>

using namespace fd;

namespace {

std::unique_ptr<Database> generated(const test::Scratch& scratch, const QString& name, quint64 seed)
{
    auto db = test::openDatabase(scratch.file(name));
    GeneratorOptions options;
    options.customers = 150;
    options.tickets = 1500;
    options.touchpoints = 6000;
    options.seed = seed;
    const FixedClock clock(test::testNow());
    const Status result = Generator::run(*db, options, clock);
    if (!result)
        FAIL(result.error().toStdString());
    return db;
}

using Move = std::tuple<qint64, QString, QString, qint64, QString, QString>;

Move key(const StageTransition& t)
{
    return {t.customerId,   t.from ? toString(*t.from) : QString(),
            toString(t.to), t.at.toSecsSinceEpoch(),
            t.actor,        t.reason};
}

// The transitions with an id above `after`, in the order they were written.
std::vector<Move> written(Database& db, qint64 after)
{
    std::vector<Move> result;
    auto q = db.query(
        "SELECT customer_id, from_stage, to_stage, at, actor, reason FROM stage_transition "
        "WHERE id > ? ORDER BY id");
    q->bind(1, after);
    while (q->step())
        result.emplace_back(q->int64(0), q->text(1), q->text(2), q->int64(3), q->text(4),
                            q->text(5));
    return result;
}

std::vector<Move> predicted(const RecomputeReport& report)
{
    std::vector<Move> result;
    for (const StageChange& change : report.changes) {
        for (const StageTransition& move : change.moves)
            result.push_back(key(move));
    }
    return result;
}

std::vector<qint64> ids(const std::vector<UnstableCustomer>& unstable)
{
    std::vector<qint64> result;
    for (const UnstableCustomer& u : unstable)
        result.push_back(u.customerId);
    return result;
}

} // namespace

TEST_CASE("A dry run predicts the real run's moves, move for move, at past as-of moments and under "
          "edited rules",
          "[stages][agreement]")
{
    const std::vector<int> daysAgo = {-1, 1, 45, 200, 500}; // -1: now
    const std::vector<QStringList> ruleSets = {
        {},
        {QStringLiteral("postsales.settled.min_days=40"),
         QStringLiteral("onboarding.complete.min_days=10")},
        {QStringLiteral("retention.regress.min_tickets=1"),
         QStringLiteral("postsales.settled.max_tickets=5")},
    };
    qint64 skippedSeen = 0;
    qint64 movesSeen = 0;
    for (std::size_t r = 0; r < ruleSets.size(); ++r) {
        for (const int days : daysAgo) {
            test::Scratch scratch;
            auto db = generated(scratch, QStringLiteral("g.sqlite"), 11 + r);
            FixedClock clock(test::testNow());
            StageEngine engine(*db, clock);
            StageRules rules;
            REQUIRE(StageRuleSettings::applyAll(rules, ruleSets[r]));
            RecomputeOptions options;
            options.rules = rules;
            if (days >= 0)
                options.asOf = endOfLocalDay(test::testNow().date().addDays(-days));
            INFO("rule set " << r << ", as of " << days << " days ago");

            options.dryRun = true;
            auto dry = engine.recompute(options);
            REQUIRE(dry);
            CHECK_FALSE(dry->written);
            const qint64 last = db->scalar("SELECT coalesce(max(id), 0) FROM stage_transition");
            options.dryRun = false;
            auto real = engine.recompute(options);
            REQUIRE(real);
            CHECK(real->written);

            CHECK(predicted(*dry) == written(*db, last));
            CHECK(predicted(*dry) == predicted(*real));
            CHECK(dry->skipped == real->skipped);
            CHECK(ids(dry->unstable) == ids(real->unstable));
            CHECK(dry->evaluated == real->evaluated);
            skippedSeen += static_cast<qint64>(dry->skipped.size());
            movesSeen += dry->moveCount();
        }
    }
    // The comparisons covered customers with later history and customers that move.
    CHECK(skippedSeen > 0);
    CHECK(movesSeen > 0);
}

TEST_CASE("Explain says a customer moves at the next recompute exactly when the recompute moves it",
          "[stages][agreement]")
{
    test::Scratch scratch;
    auto db = generated(scratch, QStringLiteral("g.sqlite"), 5);
    FixedClock clock(test::testNow());
    StageEngine engine(*db, clock);
    REQUIRE(engine.recompute()); // settle under the saved rules first
    // Rules that move some customers, and some that fight.
    REQUIRE(engine.saveRules({QStringLiteral("onboarding.complete.min_days=5"),
                              QStringLiteral("postsales.settled.min_days=20"),
                              QStringLiteral("postsales.settled.max_tickets=6"),
                              QStringLiteral("postsales.settled.max_live_touchpoints=30"),
                              QStringLiteral("retention.regress.min_tickets=2"),
                              QStringLiteral("retention.advocate.min_survey=7"),
                              QStringLiteral("advocacy.lapse.window_days=30")}));
    // Pin a few that would move, so the pin is what holds them.
    RecomputeOptions dry;
    dry.dryRun = true;
    auto before = engine.recompute(dry);
    REQUIRE(before);
    INFO(before->changes.size() << " move, " << before->unstable.size() << " fight");
    REQUIRE(before->changes.size() > 4);
    std::set<qint64> pinned;
    for (std::size_t i = 0; i < before->changes.size(); i += 4) {
        const StageChange& change = before->changes[i];
        auto customer = CustomerRepository(*db).find(change.customerId);
        REQUIRE((customer && *customer));
        REQUIRE(engine.setStage(change.customerId, (*customer)->stage, QStringLiteral("Held"),
                                QStringLiteral("Rita"), true));
        pinned.insert(change.customerId);
    }

    auto report = engine.recompute(dry);
    REQUIRE(report);
    std::set<qint64> moved;
    for (const StageChange& change : report->changes)
        moved.insert(change.customerId);
    std::set<qint64> unstable;
    for (const UnstableCustomer& u : report->unstable)
        unstable.insert(u.customerId);
    const std::vector<qint64> all = [&] {
        std::vector<qint64> result;
        auto q = db->query("SELECT id FROM customer ORDER BY id");
        while (q->step())
            result.push_back(q->int64(0));
        return result;
    }();
    const QString movesText = QStringLiteral("moves at the next recompute");
    qint64 heldButMet = 0;
    for (const qint64 id : all) {
        auto e = engine.explain(id);
        REQUIRE(e);
        INFO("customer " << id);
        bool claims = false;
        for (const RuleCheck& check : e->next) {
            const QString verdict = e->verdict(check);
            claims = claims || verdict.contains(movesText);
            if (check.met && !verdict.contains(movesText))
                ++heldButMet;
        }
        CHECK(claims == moved.contains(id));
        CHECK(!e->fighting.isEmpty() == unstable.contains(id));
        if (moved.contains(id)) {
            const auto change =
                std::find_if(report->changes.begin(), report->changes.end(),
                             [&](const StageChange& c) { return c.customerId == id; });
            REQUIRE(e->moves.size() == change->moves.size());
            for (std::size_t i = 0; i < e->moves.size(); ++i)
                CHECK(key(e->moves[i]) == key(change->moves[i]));
        }
        if (pinned.contains(id)) {
            CHECK(e->hold() ==
                  QStringLiteral("The customer is pinned: no rule moves it until it is unpinned."));
            CHECK_FALSE(claims);
        }
        if (e->churned)
            CHECK(e->hold().contains(QStringLiteral("churned")));
    }
    // Rules that hold while the customer stays (pinned, churned, fighting) were among them.
    CHECK(heldButMet >= static_cast<qint64>(pinned.size()));
    CHECK_FALSE(unstable.empty());
}

TEST_CASE("Moments before 1970 are read to the second: the end of a day stays on that day",
          "[stages][dates]")
{
    const QDateTime lastMs(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    CHECK(floorSecsSinceEpoch(lastMs) == -1);
    CHECK(wholeSecondsUtc(lastMs) == QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59), Qt::UTC));
    CHECK(floorSecsSinceEpoch(QDateTime(QDate(1970, 1, 1), QTime(0, 0, 0, 999), Qt::UTC)) == 0);
    CHECK(floorSecsSinceEpoch(QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59), Qt::UTC)) == -1);

    for (const QDate day :
         {QDate(1969, 6, 1), QDate(1969, 12, 31), QDate(1950, 3, 26), QDate(2024, 3, 31)}) {
        const QDateTime end = endOfLocalDay(day);
        CHECK(end.toLocalTime().date() == day);
        CHECK(end.addSecs(1).toLocalTime().date() == day.addDays(1));
    }

    // The stage engine at the end of a day before 1970, given as Qt's endOfDay() (with
    // milliseconds): the report, its moment and the facts' day are that day.
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("old.sqlite")));
    FixedClock clock(test::testNow());
    StageEngine engine(*db, clock);
    RecomputeOptions options;
    options.dryRun = true;
    options.asOf = QDate(1969, 6, 1).endOfDay();
    auto report = engine.recompute(options);
    REQUIRE(report);
    CHECK(report->asOf.toLocalTime().date() == QDate(1969, 6, 1));
    CHECK(Moment::at(*options.asOf).day == QDate(1969, 6, 1));
    CHECK(formatLocalDateTime(report->asOf) == QStringLiteral("1969-06-01 23:59:59"));
}

TEST_CASE("A recompute as of a moment after now is refused, not run as of now", "[stages][dates]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("f.sqlite")));
    FixedClock clock(test::testNow());
    StageEngine engine(*db, clock);
    RecomputeOptions options;
    options.asOf = test::testNow().addDays(30);
    auto report = engine.recompute(options);
    REQUIRE_FALSE(report);
    CHECK(report.error().contains(QStringLiteral("after now")));
    options.asOf = test::testNow();
    CHECK(engine.recompute(options));
}

TEST_CASE("A rule parameter given twice is refused, naming it, wherever KEY=VALUE lists are read",
          "[stages]")
{
    const QStringList twice = {QStringLiteral("retention.regress.min_tickets=3"),
                               QStringLiteral("postsales.settled.max_tickets=1"),
                               QStringLiteral(" retention.regress.min_tickets =4")};
    auto split = StageRuleSettings::assignments(twice);
    REQUIRE_FALSE(split);
    CHECK(split.error() == QStringLiteral("retention.regress.min_tickets is given twice (“3” and "
                                          "“4”); give each parameter once."));
    StageRules rules;
    CHECK_FALSE(StageRuleSettings::applyAll(rules, twice));
    CHECK(rules.regressMinTickets == StageRules{}.regressMinTickets); // unchanged

    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("k.sqlite")));
    FixedClock clock(test::testNow());
    StageEngine engine(*db, clock);
    auto preview = engine.preview(twice);
    REQUIRE_FALSE(preview);
    CHECK(preview.error().contains(QStringLiteral("retention.regress.min_tickets is given twice")));
    CHECK_FALSE(engine.saveRules(twice));
    // All or none: a bad value after a good one saves neither.
    CHECK_FALSE(engine.saveRules({QStringLiteral("retention.regress.min_tickets=3"),
                                  QStringLiteral("postsales.settled.max_tickets=-1")}));
    auto saved = engine.rules();
    REQUIRE(saved);
    CHECK(saved->regressMinTickets == StageRules{}.regressMinTickets);
    CHECK(engine.saveRules({QStringLiteral("retention.regress.min_tickets=3")}));
    CHECK(engine.rules()->regressMinTickets == 3);
}
