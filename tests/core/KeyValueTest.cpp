// KEY=VALUE is read in one place (KeyedParameters::assignments): `settings set`, the stage
// rules' what-if (--rule), the health preview (--set, with or without "health.") and the
// playbooks' preview (--set) refuse a malformed or repeated assignment with the same sentence
// shape, and the health preview's keys are named as `settings set` names them by one function.
#include "common/Clock.h"
#include "service/TeamSettings.h"
#include "stages/StageEngine.h"
#include "success/HealthEngine.h"
#include "success/PlaybookPreview.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

TEST_CASE("Every KEY=VALUE list is read by one parser, with one sentence shape",
          "[settings][key-value]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("kv.sqlite")));
    const FixedClock clock(test::testNow());
    // The refusal's sentence; "" when it was not refused.
    const auto refusal = [](const auto& result) {
        return result ? QString() : QString(result.error());
    };
    const auto malformed = [&](const auto& result) {
        return refusal(result).contains(QStringLiteral("is not of the form KEY=VALUE, e.g. "));
    };
    const auto twice = [&](const auto& result) {
        return refusal(result).contains(QStringLiteral(" is given twice (“"));
    };

    CHECK(malformed(TeamSettings::checked({QStringLiteral("health.recency.weight")})));
    CHECK(
        malformed(StageEngine(*db, clock).preview({QStringLiteral("postsales.settled.min_days")})));
    CHECK(malformed(HealthEngine(*db, clock).preview({QStringLiteral("recency.weight")})));
    CHECK(malformed(
        PlaybookPreviewer(*db, clock).preview({QStringLiteral("playbook.detractor_call")})));

    CHECK(twice(TeamSettings::checked(
        {QStringLiteral("health.recency.weight=1"), QStringLiteral("health.recency.weight=2")})));
    CHECK(twice(StageEngine(*db, clock)
                    .preview({QStringLiteral("postsales.settled.min_days=60"),
                              QStringLiteral("postsales.settled.min_days=70")})));
    // "recency.weight" and "health.recency.weight" are one key.
    auto health = HealthEngine(*db, clock)
                      .preview({QStringLiteral("recency.weight=30"),
                                QStringLiteral("health.recency.weight=31")});
    CHECK(twice(health));

    CHECK(HealthEngine::settingsAssignments(
              {QStringLiteral(" recency.weight=30"), QStringLiteral("health.csat.weight=5"),
               QStringLiteral("stage_target.onboarding.behind_days=20")}) ==
          QStringList{QStringLiteral("health.recency.weight=30"),
                      QStringLiteral("health.csat.weight=5"),
                      QStringLiteral("stage_target.onboarding.behind_days=20")});
    // What the CLI checks before opening the file is what the preview then applies.
    CHECK(TeamSettings::checked(
        HealthEngine::settingsAssignments({QStringLiteral("recency.weight=30")})));
    CHECK(HealthEngine(*db, clock).preview({QStringLiteral("recency.weight=30")}));
}
