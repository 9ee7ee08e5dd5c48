// Every rule of PRODUCT.md §3 at, just below and just above each threshold.
#include "stages/RuleEvaluator.h"
#include "common/TimeUnits.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

const Moment kNow = Moment::at(QDateTime(QDate(2026, 3, 15), QTime(12, 0)));

CustomerFacts customer(Stage stage, int daysSinceFirstSale)
{
    CustomerFacts f;
    f.customerId = 1;
    f.stage = stage;
    f.since = kNow.day.addDays(-daysSinceFirstSale);
    return f;
}

qint64 daysAgo(int days)
{
    return kNow.secs - days * kDay + 60; // a minute inside the window edge
}

std::optional<Stage> decide(const CustomerFacts& f, const StageRules& rules = {})
{
    auto d = RuleEvaluator::decide(f.stage, f, rules, kNow);
    return d ? std::optional(d->to) : std::nullopt;
}

} // namespace

TEST_CASE("onboarding.complete: ≥ 30 days since first sale and ≥ 1 touchpoint", "[rules]")
{
    const auto [days, touchpoints, moves] = GENERATE(table<int, int, bool>({
        {29, 1, false},
        {30, 1, true},
        {31, 1, true},
        {30, 0, false},
        {400, 0, false},
        {31, 5, true},
    }));
    CustomerFacts f = customer(Stage::Onboarding, days);
    f.touchpoints = touchpoints;
    INFO(days << " days, " << touchpoints << " touchpoints");
    CHECK(decide(f) == (moves ? std::optional(Stage::PostSales) : std::nullopt));
}

TEST_CASE("postsales.settled: old enough, quiet, nothing urgent open", "[rules]")
{
    const auto [days, tickets, openHigh, live, moves] = GENERATE(table<int, int, int, int, bool>({
        {90, 2, 0, 3, true},  // every threshold met exactly
        {89, 0, 0, 0, false}, // one day short
        {91, 0, 0, 0, true},
        {120, 3, 0, 0, false}, // one ticket too many
        {120, 1, 0, 0, true},
        {120, 0, 1, 0, false}, // an open high or urgent ticket
        {120, 0, 0, 4, false}, // one live touchpoint too many
        {120, 0, 0, 2, true},
    }));
    CustomerFacts f = customer(Stage::PostSales, days);
    f.settledTickets = tickets;
    f.openHighOrUrgent = openHigh;
    f.settledLiveTouchpoints = live;
    INFO(days << " days, " << tickets << " tickets, " << openHigh << " open high, " << live
              << " live");
    CHECK(decide(f) == (moves ? std::optional(Stage::Retention) : std::nullopt));
}

TEST_CASE("retention.advocate: advocacy, or a promoter with good CSAT, and no detractor", "[rules]")
{
    CustomerFacts f = customer(Stage::Retention, 400);
    SECTION("an advocacy touchpoint 180 days ago moves; 181 days ago does not")
    {
        f.lastAdvocacyAt = daysAgo(180);
        f.lastAdvocacyKind = TouchpointKind::Testimonial;
        CHECK(decide(f) == Stage::Advocacy);
        f.lastAdvocacyAt = daysAgo(181);
        CHECK(decide(f) == std::nullopt);
    }
    SECTION("a survey of 9 with mean CSAT 4 moves; 8, or CSAT below 4, does not")
    {
        f.lastSurveyAt[9] = daysAgo(10);
        f.csatCount = 2;
        f.csatSum = 8; // mean 4.0
        CHECK(decide(f) == Stage::Advocacy);
        f.csatSum = 7; // mean 3.5
        CHECK(decide(f) == std::nullopt);
        f.csatSum = 8;
        f.lastSurveyAt[9] = 0;
        f.lastSurveyAt[8] = daysAgo(10);
        CHECK(decide(f) == std::nullopt);
        f.lastSurveyAt[10] = daysAgo(200); // a promoter, but outside the window
        CHECK(decide(f) == std::nullopt);
    }
    SECTION("a survey of 6 within 90 days holds it back; 7, or 91 days ago, does not")
    {
        f.lastAdvocacyAt = daysAgo(5);
        f.lastSurveyAt[6] = daysAgo(90);
        CHECK(decide(f) == std::nullopt);
        f.lastSurveyAt[6] = daysAgo(91);
        CHECK(decide(f) == Stage::Advocacy);
        f.lastSurveyAt[7] = daysAgo(1);
        CHECK(decide(f) == Stage::Advocacy);
    }
    SECTION("the reason quotes the customer's own numbers")
    {
        f.lastAdvocacyAt = daysAgo(12);
        f.lastAdvocacyKind = TouchpointKind::UserConference;
        auto d = RuleEvaluator::decide(f.stage, f, StageRules{}, kNow);
        REQUIRE(d);
        CHECK(d->ruleKey == QStringLiteral("retention.advocate"));
        CHECK(d->reason().startsWith(
            QStringLiteral("Retention → Advocacy: a user conference touchpoint on ")));
        CHECK(d->reason().contains(QStringLiteral("(within 180 days)")));
        CHECK(d->reason().contains(QStringLiteral("no survey score ≤ 6 in the last 90 days")));
    }
}

TEST_CASE("retention.regress: a ticket surge or an open urgent ticket, before advocacy", "[rules]")
{
    const auto [tickets, openUrgent, moves] = GENERATE(table<int, int, bool>({
        {4, 0, false},
        {5, 0, true},
        {6, 0, true},
        {0, 1, true},
        {4, 1, true},
    }));
    CustomerFacts f = customer(Stage::Retention, 400);
    f.regressTickets = tickets;
    f.openUrgent = openUrgent;
    f.lastAdvocacyAt = daysAgo(3); // would advocate, but trouble comes first
    INFO(tickets << " tickets, " << openUrgent << " open urgent");
    CHECK(decide(f) == (moves ? Stage::PostSales : Stage::Advocacy));
}

TEST_CASE("advocacy.lapse: no advocacy or promoter score in a year, or a detractor", "[rules]")
{
    CustomerFacts f = customer(Stage::Advocacy, 800);
    SECTION("nothing in 365 days lapses; something 365 days ago keeps it")
    {
        CHECK(decide(f) == Stage::Retention);
        f.lastAdvocacyAt = daysAgo(365);
        CHECK(decide(f) == std::nullopt);
        f.lastAdvocacyAt = daysAgo(366);
        CHECK(decide(f) == Stage::Retention);
        f.lastSurveyAt[9] = daysAgo(300);
        CHECK(decide(f) == std::nullopt);
    }
    SECTION("a detractor score within 90 days lapses even a fresh advocate")
    {
        f.lastAdvocacyAt = daysAgo(2);
        f.lastSurveyAt[6] = daysAgo(30);
        CHECK(decide(f) == Stage::Retention);
        f.lastSurveyAt[6] = daysAgo(91);
        CHECK(decide(f) == std::nullopt);
    }
}

TEST_CASE("Edited thresholds change the decision", "[rules]")
{
    CustomerFacts f = customer(Stage::PostSales, 70);
    CHECK(decide(f) == std::nullopt);
    StageRules rules;
    REQUIRE(StageRuleSettings::applyAll(rules, {QStringLiteral("postsales.settled.min_days=60")}));
    CHECK(rules.settledMinDays == 60);
    CHECK(decide(f, rules) == Stage::Retention);

    CHECK_FALSE(
        StageRuleSettings::applyAll(rules, {QStringLiteral("postsales.settled.min_days=-1")}));
    CHECK_FALSE(StageRuleSettings::applyAll(rules, {QStringLiteral("postsales.settled.min_days")}));
    auto unknown = StageRuleSettings::applyAll(rules, {QStringLiteral("postsales.bogus=1")});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().contains(QStringLiteral("postsales.settled.min_days")));
}

TEST_CASE("Saved thresholds are read back, and bad saved values are reported", "[rules]")
{
    auto rules = StageRuleSettings::fromSettings(
        {{QStringLiteral("stage_rule.retention.regress.min_tickets"), QStringLiteral("7")},
         {QStringLiteral("sla.urgent"), QStringLiteral("1")}});
    REQUIRE(rules);
    CHECK(rules->regressMinTickets == 7);
    CHECK(rules->onboardingMinDays == 30);
    CHECK_FALSE(StageRuleSettings::fromSettings(
        {{QStringLiteral("stage_rule.retention.regress.min_tickets"), QStringLiteral("many")}}));
}

TEST_CASE("settle: the steps of one moment until no rule holds, or the rules that fight", "[rules]")
{
    // Three steps from onboarding, each stage once: settled.
    CustomerFacts f = customer(Stage::Onboarding, 400);
    f.touchpoints = 2;
    f.lastAdvocacyAt = daysAgo(10);
    f.lastAdvocacyKind = TouchpointKind::Testimonial;
    RuleDecider decider{StageRules{}};
    Settling settled = decider.settle(f.stage, f, kNow);
    CHECK_FALSE(settled.unstable());
    REQUIRE(settled.steps.size() == 3);
    CHECK(settled.steps[0].from == Stage::Onboarding);
    CHECK(settled.steps[2].to == Stage::Advocacy);

    // One ticket both settles and regresses: a loop, whichever stage it starts from.
    StageRules fighting;
    fighting.regressMinTickets = 1;
    fighting.settledMaxTickets = 5;
    RuleDecider loop(fighting);
    CustomerFacts busy = customer(Stage::Retention, 400);
    busy.touchpoints = 2;
    busy.settledTickets = busy.regressTickets = 1;
    const auto [from, rules] = GENERATE(table<Stage, QStringList>({
        {Stage::Retention,
         {QStringLiteral("retention.regress"), QStringLiteral("postsales.settled")}},
        {Stage::PostSales,
         {QStringLiteral("postsales.settled"), QStringLiteral("retention.regress")}},
        {Stage::Onboarding,
         {QStringLiteral("postsales.settled"), QStringLiteral("retention.regress")}},
    }));
    INFO(toString(from).toStdString());
    const Settling s = loop.settle(from, busy, kNow);
    CHECK(s.unstable());
    CHECK(s.fighting == rules);
    CHECK(s.steps.empty()); // no move at all, not even the one before the loop

    // Advocacy and lapse can fight too: a promoter score the lapse rule does not count.
    StageRules praise;
    praise.advocateMinSurvey = 7;
    CustomerFacts fan = customer(Stage::Advocacy, 400);
    fan.lastSurveyAt[8] = daysAgo(5);
    const Settling p = RuleDecider(praise).settle(Stage::Advocacy, fan, kNow);
    CHECK(p.fighting ==
          QStringList{QStringLiteral("advocacy.lapse"), QStringLiteral("retention.advocate")});
}
