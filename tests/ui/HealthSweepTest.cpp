// The window's daily health recompute (ui/HealthSweep.h, issue 18): every active customer is
// scored once a local day, in the background; not again the same day; again on the next; and
// a client that finds another holding the job's lock leaves the day to it.
#include "HealthSweep.h"
#include "common/Clock.h"
#include "service/TeamJob.h"
#include "success/HealthEngine.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace fd;

namespace {

bool turn(HealthSweep& sweep)
{
    QSignalSpy done(&sweep, &HealthSweep::turnDone);
    sweep.checkNow();
    return !done.isEmpty() || done.wait(60000);
}

qint64 scored(const QString& path, const Clock& clock)
{
    auto run = HealthEngine(*test::openDatabase(path), clock).recompute(true);
    REQUIRE(run);
    return run->evaluated - run->changed; // scores stored and current
}

} // namespace

TEST_CASE("The window scores every active customer once a day, in the background",
          "[ui][ui-pg][health]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("sweep.sqlite"), 40, 120, 400);
    FixedClock clock(test::testNow().addDays(2));
    QObject owner;
    bool paused = true;
    auto* sweep = new HealthSweep(
        test::databaseAt(path), clock, [&paused] { return paused; }, &owner, 3600 * 1000,
        3600 * 1000);
    REQUIRE(turn(*sweep)); // paused: nothing
    CHECK(sweep->runs() == 0);
    CHECK(scored(path, clock) == 0);

    paused = false;
    QSignalSpy changed(sweep, &HealthSweep::scored);
    REQUIRE(turn(*sweep));
    CHECK(sweep->runs() == 1);
    CHECK(sweep->scoredDay() == clock.now().toLocalTime().date());
    REQUIRE(changed.size() == 1);
    const qint64 evaluated = changed.at(0).at(0).toLongLong();
    CHECK(evaluated > 0);
    CHECK(scored(path, clock) == evaluated); // a dry run now finds nothing to change

    REQUIRE(turn(*sweep)); // the same day: not again
    CHECK(sweep->runs() == 1);
    clock.set(clock.now().addDays(1));
    REQUIRE(turn(*sweep));
    CHECK(sweep->runs() == 2);

    // Another client holds the lock (on a file the lock is always had, so only on a server).
    if (test::backend() == test::Backend::Postgres) {
        auto other = test::openDatabase(path);
        auto held = TeamJob::take(*other, TeamJob::kHealthRecompute);
        REQUIRE(held);
        REQUIRE(held->has_value());
        clock.set(clock.now().addDays(1));
        REQUIRE(turn(*sweep));
        CHECK(sweep->runs() == 2);
        CHECK(sweep->scoredDay() == clock.now().toLocalTime().date()); // the other's to score
    }
}
