// The health score of issue 18, by hand: each factor at, just inside and past its edges, each
// band edge, rounding, and the checks on the rules. The expected scores are worked out in the
// comments from success/HealthRules.h's rule: 100 x earned / weights counted, half up.
#include "success/HealthScore.h"
#include "common/TimeUnits.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

const QDate kToday(2026, 3, 15);
const qint64 kNow = QDateTime(kToday, QTime(12, 0)).toSecsSinceEpoch();

// Every always-counted factor earns all of its weight (70 of the defaults' 100: recency 20,
// tickets 10, urgent 15, SLA 10, time in stage 10, tasks 5); CSAT and the survey have no data.
HealthFacts wellKept()
{
    HealthFacts f;
    f.customerId = 7;
    f.stage = Stage::Onboarding;
    f.since = kToday.addDays(-10);
    f.stageEnteredAt = kNow - 10 * kDay;
    f.lastTouchAt = kNow - 3 * kDay;
    return f;
}

HealthScore scoreOf(const HealthFacts& f, const HealthRules& rules = {})
{
    return HealthScorer::score(f, rules, HealthWindows::at(kNow, kToday, rules));
}

const FactorPoints& factor(const HealthScore& s, HealthFactor which)
{
    return s.factors[static_cast<std::size_t>(which)];
}

} // namespace

TEST_CASE("a well-kept customer with no ratings and no survey scores 100 over the factors counted",
          "[health]")
{
    const HealthScore s = scoreOf(wellKept());
    CHECK(s.score == 100);
    CHECK(s.band == ScoreBand::Healthy);
    CHECK_FALSE(factor(s, HealthFactor::Csat).counted);
    CHECK_FALSE(factor(s, HealthFactor::Survey).counted);
    CHECK(factor(s, HealthFactor::Recency).points() == Approx(20));
}

TEST_CASE("recency: all up to 14 days since the last touch, none from 60, linear between",
          "[health]")
{
    // points = 20 x (60 - days) / 46 between the edges; score = round(100 x (50 + points) / 70).
    const auto [days, points, score] = GENERATE(table<int, double, int>({
        {0, 20, 100},
        {14, 20, 100},
        {15, 20.0 * 45 / 46, 99},
        {37, 10, 86},
        {59, 20.0 / 46, 72},
        {60, 0, 71},
        {400, 0, 71},
    }));
    HealthFacts f = wellKept();
    f.lastTouchAt = kNow - days * kDay;
    const HealthScore s = scoreOf(f);
    CAPTURE(days);
    CHECK(factor(s, HealthFactor::Recency).points() == Approx(points));
    CHECK(s.score == score);
}

TEST_CASE("recency of a customer never touched runs from its first sale", "[health]")
{
    HealthFacts f = wellKept();
    f.lastTouchAt = 0;
    f.since = kToday.addDays(-37); // 10 points of 20, as 37 days since a touch
    const HealthScore s = scoreOf(f);
    CHECK(factor(s, HealthFactor::Recency).points() == Approx(10));
    CHECK(s.score == 86);
    CHECK(HealthScorer::factorText(factor(s, HealthFactor::Recency), f, {},
                                   HealthWindows::at(kNow, kToday, {}))
              .contains(QStringLiteral("no touch yet; days since the first sale: 37")));
}

TEST_CASE("tickets lately: all up to 2 in 30 days, none from 8", "[health]")
{
    // points = 10 x (8 - n) / 6 between; score = round(100 x (60 + points) / 70).
    const auto [tickets, points, score] = GENERATE(table<int, double, int>({
        {2, 10, 100},
        {3, 10.0 * 5 / 6, 98},
        {5, 5, 93},
        {7, 10.0 / 6, 88},
        {8, 0, 86},
        {50, 0, 86},
    }));
    HealthFacts f = wellKept();
    f.recentTickets = tickets;
    const HealthScore s = scoreOf(f);
    CAPTURE(tickets);
    CHECK(factor(s, HealthFactor::Tickets).points() == Approx(points));
    CHECK(s.score == score);
}

TEST_CASE("open high and urgent tickets: all at none, none from 3", "[health]")
{
    // points = 15 x (3 - n) / 3; score = round(100 x (55 + points) / 70).
    const auto [open, points, score] = GENERATE(table<int, double, int>({
        {0, 15, 100},
        {1, 10, 93},
        {2, 5, 86},
        {3, 0, 79},
        {9, 0, 79},
    }));
    HealthFacts f = wellKept();
    f.openHighOrUrgent = open;
    const HealthScore s = scoreOf(f);
    CAPTURE(open);
    CHECK(factor(s, HealthFactor::Urgent).points() == Approx(points));
    CHECK(s.score == score);
}

TEST_CASE("mean CSAT: (mean - 1) / 4 of its weight, and no rating leaves it out", "[health]")
{
    // Counted: weights 85; score = round(100 x (70 + points) / 85).
    const auto [count, sum, points, score] = GENERATE(table<int, int, double, int>({
        {1, 5, 15, 100},
        {2, 6, 7.5, 91},
        {4, 4, 0, 82},
        {3, 13, 15.0 * (13.0 / 3 - 1) / 4, 97},
    }));
    HealthFacts f = wellKept();
    f.csatCount = count;
    f.csatSum = sum;
    const HealthScore s = scoreOf(f);
    CAPTURE(count, sum);
    CHECK(factor(s, HealthFactor::Csat).counted);
    CHECK(factor(s, HealthFactor::Csat).points() == Approx(points));
    CHECK(s.score == score);
}

TEST_CASE("the latest survey: all for a promoter, half for a passive, none for a detractor",
          "[health]")
{
    // Counted: weights 85; score = round(100 x (70 + points) / 85).
    const auto [nps, points, score] = GENERATE(table<int, double, int>({
        {10, 15, 100},
        {9, 15, 100},
        {8, 7.5, 91},
        {7, 7.5, 91},
        {6, 0, 82},
        {0, 0, 82},
    }));
    HealthFacts f = wellKept();
    f.latestSurvey = nps;
    const HealthScore s = scoreOf(f);
    CAPTURE(nps);
    CHECK(factor(s, HealthFactor::Survey).counted);
    CHECK(factor(s, HealthFactor::Survey).points() == Approx(points));
    CHECK(s.score == score);

    // The edges are the manager's: with promoters from 8, an 8 earns it all.
    HealthRules rules;
    REQUIRE(HealthRuleSettings::applyAll(rules, {QStringLiteral("survey.promoter_min=8"),
                                                 QStringLiteral("survey.detractor_max=5")}));
    f.latestSurvey = 8;
    CHECK(factor(scoreOf(f, rules), HealthFactor::Survey).points() == Approx(15));
    f.latestSurvey = 6;
    CHECK(factor(scoreOf(f, rules), HealthFactor::Survey).points() == Approx(7.5));
}

TEST_CASE("SLA breaches: all at none, none from 3 tickets breached", "[health]")
{
    // points = 10 x (3 - n) / 3; score = round(100 x (60 + points) / 70).
    const auto [breached, points, score] = GENERATE(table<int, double, int>({
        {0, 10, 100},
        {1, 10.0 * 2 / 3, 95},
        {2, 10.0 / 3, 90},
        {3, 0, 86},
    }));
    HealthFacts f = wellKept();
    f.breachedTickets = breached;
    const HealthScore s = scoreOf(f);
    CAPTURE(breached);
    CHECK(factor(s, HealthFactor::Sla).points() == Approx(points));
    CHECK(s.score == score);
}

TEST_CASE(
    "time in stage: all on track, half behind, none stuck, against the stage dashboards' targets",
    "[health]")
{
    // Onboarding: on track under 30 days, behind 30-45, stuck over 45 (StageTargets' defaults).
    // score = round(100 x (60 + points) / 70).
    const auto [days, points, score] = GENERATE(table<int, double, int>({
        {29, 10, 100},
        {30, 5, 93},
        {45, 5, 93},
        {46, 0, 86},
    }));
    HealthFacts f = wellKept();
    f.stageEnteredAt = kNow - days * kDay;
    const HealthScore s = scoreOf(f);
    CAPTURE(days);
    CHECK(factor(s, HealthFactor::StageTime).points() == Approx(points));
    CHECK(s.score == score);
}

TEST_CASE("time in stage judges by the saved stage targets, not the defaults", "[health]")
{
    auto rules = HealthRuleSettings::fromSettings(
        {{QStringLiteral("stage_target.onboarding.behind_days"), QStringLiteral("10")},
         {QStringLiteral("stage_target.onboarding.stuck_days"), QStringLiteral("20")}});
    REQUIRE(rules);
    HealthFacts f = wellKept();
    f.stageEnteredAt = kNow - 15 * kDay; // on track by the defaults, behind by these
    CHECK(factor(scoreOf(f), HealthFactor::StageTime).points() == Approx(10));
    CHECK(factor(scoreOf(f, *rules), HealthFactor::StageTime).points() == Approx(5));
    f.stageEnteredAt = kNow - 21 * kDay;
    CHECK(factor(scoreOf(f, *rules), HealthFactor::StageTime).points() == Approx(0));

    auto contradicting = HealthRuleSettings::fromSettings(
        {{QStringLiteral("stage_target.onboarding.stuck_days"), QStringLiteral("20")}});
    REQUIRE_FALSE(contradicting);
    CHECK(contradicting.error() ==
          QStringLiteral("The saved stage targets are invalid: onboarding.stuck_days (20) must not "
                         "be less than onboarding.behind_days (30)."));
}

TEST_CASE("time in retention runs from the last touch, as the retention dashboard's", "[health]")
{
    HealthFacts f = wellKept();
    f.stage = Stage::Retention; // on track under 60 days, stuck over 90
    f.stageEnteredAt = kNow - 400 * kDay;
    f.lastTouchAt = kNow - 3 * kDay;
    CHECK(factor(scoreOf(f), HealthFactor::StageTime).points() == Approx(10));
    f.lastTouchAt = kNow - 61 * kDay; // behind; recency earns none past 60 days
    const HealthScore s = scoreOf(f);
    CHECK(factor(s, HealthFactor::StageTime).points() == Approx(5));
    CHECK(s.score == 64); // round(100 x (70 - 20 - 5) / 70) = round(64.29)
}

TEST_CASE("overdue tasks: all at none, none from 3", "[health]")
{
    // points = 5 x (3 - n) / 3; score = round(100 x (65 + points) / 70).
    const auto [overdue, points, score] = GENERATE(table<int, double, int>({
        {0, 5, 100},
        {1, 5.0 * 2 / 3, 98},
        {2, 5.0 / 3, 95},
        {3, 0, 93},
    }));
    HealthFacts f = wellKept();
    f.overdueTasks = overdue;
    const HealthScore s = scoreOf(f);
    CAPTURE(overdue);
    CHECK(factor(s, HealthFactor::Tasks).points() == Approx(points));
    CHECK(s.score == score);
}

TEST_CASE("the bands: Healthy at 70 and over, At risk under 40, Watch between", "[health]")
{
    const HealthRules rules;
    CHECK(HealthScorer::band(100, rules) == ScoreBand::Healthy);
    CHECK(HealthScorer::band(70, rules) == ScoreBand::Healthy);
    CHECK(HealthScorer::band(69, rules) == ScoreBand::Watch);
    CHECK(HealthScorer::band(40, rules) == ScoreBand::Watch);
    CHECK(HealthScorer::band(39, rules) == ScoreBand::AtRisk);
    CHECK(HealthScorer::band(0, rules) == ScoreBand::AtRisk);

    HealthRules strict;
    REQUIRE(HealthRuleSettings::applyAll(
        strict, {QStringLiteral("band.healthy_min=80"), QStringLiteral("band.at_risk_below=50")}));
    CHECK(HealthScorer::band(79, strict) == ScoreBand::Watch);
    CHECK(HealthScorer::band(80, strict) == ScoreBand::Healthy);
    CHECK(HealthScorer::band(49, strict) == ScoreBand::AtRisk);
}

TEST_CASE("a score of 69.5 rounds to 70 and is Healthy, 39.5 rounds to 40 and is Watch", "[health]")
{
    // Every factor counted (weights 100): recency none (-20), survey passive (-7.5), mean CSAT
    // 4.2 (0.8 of 15: -3) → 69.5.
    HealthFacts f = wellKept();
    f.lastTouchAt = kNow - 90 * kDay;
    f.stageEnteredAt = kNow - 10 * kDay;
    f.latestSurvey = 8;
    f.csatCount = 5;
    f.csatSum = 21;
    HealthScore s = scoreOf(f);
    CHECK(s.score == 70);
    CHECK(s.band == ScoreBand::Healthy);

    // Then: urgent 3 open (-15), tickets 8 (-10), stage stuck (-10) → 34.5; CSAT back to 5
    // (+3) and tasks 1 overdue (-5/3)... keep it exact: 39.5 = 69.5 - 15 - 10 - 5 (time behind).
    f.openHighOrUrgent = 3;
    f.recentTickets = 8;
    f.stageEnteredAt = kNow - 30 * kDay; // behind: half of 10
    s = scoreOf(f);
    CHECK(s.score == 40);
    CHECK(s.band == ScoreBand::Watch);
    f.recentTickets = 9;   // no change: already none
    f.breachedTickets = 1; // -10/3: 36.17
    s = scoreOf(f);
    CHECK(s.score == 36);
    CHECK(s.band == ScoreBand::AtRisk);
}

TEST_CASE("a weight the manager sets to 0 leaves the factor out of the score", "[health]")
{
    HealthRules rules;
    REQUIRE(HealthRuleSettings::applyAll(rules, {QStringLiteral("recency.weight=0")}));
    HealthFacts f = wellKept();
    f.lastTouchAt = kNow - 300 * kDay;
    f.stage = Stage::Onboarding;
    CHECK(scoreOf(f, rules).score == 100);
    CHECK(scoreOf(f).score == 71);
}

TEST_CASE("the health rules are keyed, ranged and checked against each other", "[health]")
{
    HealthRules rules;
    auto refused = [&](const QStringList& list) {
        const HealthRules before = rules;
        const Status s = HealthRuleSettings::applyAll(rules, list);
        CHECK(rules.recencyZeroDays == before.recencyZeroDays); // unchanged on failure
        CHECK(rules.healthyMin == before.healthyMin);
        return s ? QString() : QString(s.error());
    };
    CHECK(refused({QStringLiteral("recency.weight=101")}) ==
          QStringLiteral("recency.weight must be a whole number from 0 to 100, not “101”."));
    CHECK(refused({QStringLiteral("recency.zero_days=10")}) ==
          QStringLiteral("recency.zero_days (10) must be more than recency.full_days (14)."));
    CHECK(refused({QStringLiteral("band.at_risk_below=75")}) ==
          QStringLiteral("band.at_risk_below (75) must not be more than band.healthy_min (70)."));
    CHECK(refused({QStringLiteral("survey.detractor_max=9")})
              .startsWith(QStringLiteral("survey.detractor_max (9) must be less")));
    CHECK(refused({QStringLiteral("tickets.zero=2")})
              .startsWith(QStringLiteral("tickets.zero (2) must be more")));
    CHECK(refused({QStringLiteral("recency.weight=0"), QStringLiteral("tickets.weight=0"),
                   QStringLiteral("urgent.weight=0"), QStringLiteral("sla.weight=0"),
                   QStringLiteral("stage_time.weight=0"), QStringLiteral("tasks.weight=0")})
              .startsWith(QStringLiteral("At least one of recency")));
    CHECK(refused({QStringLiteral("loyalty.weight=5")})
              .startsWith(QStringLiteral("“loyalty.weight” is not a health score parameter")));
    CHECK(refused({QStringLiteral("csat.weight=5"), QStringLiteral("csat.weight=6")}) ==
          QStringLiteral("csat.weight is given twice (“5” and “6”); give each parameter once."));
    CHECK(refused({QStringLiteral("csat.weight")})
              .startsWith(QStringLiteral("“csat.weight” is not of the form KEY=VALUE")));
    // Two values that are only valid together are taken together.
    CHECK(HealthRuleSettings::applyAll(
        rules, {QStringLiteral("band.at_risk_below=75"), QStringLiteral("band.healthy_min=80")}));
    CHECK(rules.atRiskBelow == 75);

    auto saved = HealthRuleSettings::fromSettings(
        {{QStringLiteral("health.csat.weight"), QStringLiteral("30")},
         {QStringLiteral("stage_rule.retention.regress.min_tickets"), QStringLiteral("7")}});
    REQUIRE(saved);
    CHECK(saved->csatWeight == 30);
    CHECK(saved->recencyWeight == 20);
    auto broken = HealthRuleSettings::fromSettings(
        {{QStringLiteral("health.band.at_risk_below"), QStringLiteral("90")}});
    REQUIRE_FALSE(broken);
    CHECK(broken.error().startsWith(
        QStringLiteral("The saved health score settings are invalid: band.at_risk_below (90)")));
}

TEST_CASE("health explain's lines quote the customer's own numbers and the rule's edges",
          "[health]")
{
    HealthFacts f = wellKept();
    f.recentTickets = 5;
    f.csatCount = 2;
    f.csatSum = 7;
    f.latestSurvey = 4;
    f.breachedTickets = 1;
    f.overdueTasks = 2;
    f.openHighOrUrgent = 1;
    const HealthWindows at = HealthWindows::at(kNow, kToday, {});
    const HealthScore s = HealthScorer::score(f, {}, at);
    auto line = [&](HealthFactor which) {
        return HealthScorer::factorText(factor(s, which), f, {}, at);
    };
    CHECK(
        line(HealthFactor::Recency) ==
        QStringLiteral(
            "recency  20.0 / 20  days since the last touch: 3 (all up to 14 days, none from 60)"));
    CHECK(line(HealthFactor::Tickets) ==
          QStringLiteral(
              "tickets  5.0 / 10  tickets in the last 30 days: 5 (all up to 2, none from 8)"));
    CHECK(line(HealthFactor::Urgent) ==
          QStringLiteral(
              "urgent  10.0 / 15  open high or urgent tickets: 1 (all at 0, none from 3)"));
    CHECK(line(HealthFactor::Csat) ==
          QStringLiteral("csat  9.4 / 15  mean CSAT of the tickets rated in the last 90 days: 3.50 "
                         "over 2 (5 earns all, 1 none)"));
    CHECK(line(HealthFactor::Survey) ==
          QStringLiteral(
              "survey  0.0 / 15  latest survey scored 4 (all from 9, half between, none up to 6)"));
    CHECK(line(HealthFactor::Sla)
              .startsWith(QStringLiteral("sla  6.7 / 10  tickets with an SLA breach in the last 90 "
                                         "days: 1 (all at 0, none from 3)")));
    CHECK(line(HealthFactor::StageTime) ==
          QStringLiteral("stage_time  10.0 / 10  days in Onboarding: 10 (on track: on track under "
                         "30, behind to 45, stuck over 45)"));
    CHECK(line(HealthFactor::Tasks) ==
          QStringLiteral("tasks  1.7 / 5  overdue tasks: 2 (all at 0, none from 3)"));
    f.csatCount = 0;
    CHECK(HealthScorer::factorText(factor(HealthScorer::score(f, {}, at), HealthFactor::Csat), f,
                                   {}, at) ==
          QStringLiteral("csat  not counted  no rated ticket in the last 90 days"));
}
