// Two sessions deciding the same customers' stages at once (the hostile pass of issue 19: two
// `stages recompute` runs both wrote every move, and `check` failed). A move is decided from
// rows read before its write transaction; the write finds the customers another session moved
// meanwhile and writes nothing of theirs (StageFactsRepository::record). On both backends.
#include "stages/StageEngine.h"
#include "storage/IntegrityCheck.h"
#include "storage/StageFactsRepository.h"
#include "support/StageDesk.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

std::vector<StageTransition> movesOf(const RecomputeReport& report)
{
    std::vector<StageTransition> moves;
    for (const StageChange& change : report.changes)
        moves.insert(moves.end(), change.moves.begin(), change.moves.end());
    return moves;
}

void requireCheckPasses(Database& db)
{
    const Result<QStringList> problems = IntegrityCheck::run(db);
    REQUIRE(problems);
    INFO(problems->join(QLatin1Char('\n')).toStdString());
    CHECK(problems->isEmpty());
}

} // namespace

TEST_CASE("Moves decided before another session moved the customer are not written; the others are",
          "[stages][concurrency]")
{
    test::EngineDesk d;
    const qint64 moved = d.customer(400, QStringLiteral("Moved Meanwhile"));
    d.touch(moved, TouchpointKind::Email, d.daysAgo(398));
    const qint64 still = d.customer(400, QStringLiteral("Still There"));
    d.touch(still, TouchpointKind::Email, d.daysAgo(398));

    // This session decides (a dry run reads what a recompute reads), then another moves one.
    RecomputeOptions dry;
    dry.dryRun = true;
    const RecomputeReport decided = d.recompute(dry);
    REQUIRE(decided.changes.size() == 2);
    auto other = test::openDatabase(d.scratch.file(QStringLiteral("desk.sqlite")));
    const FixedClock clock(test::testNow());
    RecomputeOptions onlyOne;
    onlyOne.only = std::vector<qint64>{moved};
    REQUIRE(StageEngine(*other, clock).recompute(onlyOne));
    const std::size_t movedHistory = d.history(moved).size();
    REQUIRE(movedHistory > 1);

    std::vector<qint64> changedMeanwhile;
    REQUIRE(StageFactsRepository(*d.db).record(movesOf(decided), true, {}, &changedMeanwhile));
    CHECK(changedMeanwhile == std::vector<qint64>{moved});
    CHECK(d.history(moved).size() == movedHistory); // not twice
    CHECK(d.history(still).size() == movedHistory); // the same moves, written once
    CHECK(d.stage(still) == d.stage(moved));
    requireCheckPasses(*d.db);

    SECTION("a recompute now finds nobody to move")
    {
        const RecomputeReport again = d.recompute();
        CHECK(again.changes.empty());
        CHECK(again.changedMeanwhile.empty());
    }
}

TEST_CASE("A move into the funnel for a customer that has moves already is not written",
          "[stages][concurrency]")
{
    test::EngineDesk d;
    const qint64 id = d.customer(10);
    const std::size_t before = d.history(id).size();
    REQUIRE(before >= 1); // its entry into the funnel
    StageTransition entry = d.history(id).front();
    entry.id = 0;
    REQUIRE_FALSE(entry.from);
    std::vector<qint64> changedMeanwhile;
    REQUIRE(StageFactsRepository(*d.db).record({entry}, false, {}, &changedMeanwhile));
    CHECK(changedMeanwhile == std::vector<qint64>{id});
    CHECK(d.history(id).size() == before);
    requireCheckPasses(*d.db);
}

TEST_CASE(
    "A move from a stage the customer has left (another session moved it by hand) is not written",
    "[stages][concurrency]")
{
    test::EngineDesk d;
    const qint64 id = d.customer(400);
    d.touch(id, TouchpointKind::Email, d.daysAgo(398));
    const std::size_t before = d.history(id).size();
    // A stale `from` is what a race leaves: the repository is given one directly, Onboarding →
    // Retention while the customer is in Post-sales.
    auto other = test::openDatabase(d.scratch.file(QStringLiteral("desk.sqlite")));
    const FixedClock clock(test::testNow());
    REQUIRE(StageEngine(*other, clock)
                .setStage(id, Stage::PostSales, QStringLiteral("call went well"),
                          QStringLiteral("Ava Patel"), std::nullopt));
    StageTransition stale;
    stale.customerId = id;
    stale.from = Stage::Onboarding;
    stale.to = Stage::Retention;
    stale.at = test::testNow().toUTC();
    stale.actor = QStringLiteral("Ben Okafor");
    stale.reason = QStringLiteral("stale");
    std::vector<qint64> changedMeanwhile;
    REQUIRE(StageFactsRepository(*d.db).record({stale}, false, {}, &changedMeanwhile));
    CHECK(changedMeanwhile == std::vector<qint64>{id});
    CHECK(d.history(id).size() == before + 1); // Ava's move only
    CHECK(d.stage(id) == Stage::PostSales);
    requireCheckPasses(*d.db);
}
