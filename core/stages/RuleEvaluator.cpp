#include "stages/RuleEvaluator.h"

#include "common/DateTimeText.h"
#include "common/TimeUnits.h"

#include <QDateTime>

#include <algorithm>
#include <array>

namespace fd {

namespace {

// `one` and `many` are listed for lupdate with QT_TRANSLATE_NOOP where plural() is called.
QString plural(qint64 n, const char* one, const char* many)
{
    return n == 1 ? RuleEvaluator::tr(one) : RuleEvaluator::tr(many).arg(n);
}

QString day(qint64 secs)
{
    return formatDate(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toLocalTime().date());
}

// The latest survey at or after `from` with a score in [low, high]: {score, at} or {-1, 0}.
std::pair<int, qint64> latestSurvey(const CustomerFacts& f, int low, int high, qint64 from)
{
    std::pair<int, qint64> best{-1, 0};
    for (int score = std::max(low, 0); score <= std::min(high, 10); ++score) {
        const qint64 at = f.lastSurveyAt[static_cast<std::size_t>(score)];
        if (at != 0 && at >= from && at > best.second)
            best = {score, at};
    }
    return best;
}

qint64 windowStart(const Moment& asOf, int days)
{
    return asOf.secs - days * kDay;
}

// Adds a clause to `check`, its text built only then: decide() first tries every rule
// without texts (the replay tries them at millions of moments) and builds the texts of
// the one rule that holds. Returns whether the clause is met.
template <typename Text> bool clause(RuleCheck* check, bool met, Text&& text)
{
    if (check)
        check->clauses.push_back({text(), met});
    return met;
}

bool daysSinceFirstSale(const CustomerFacts& f, int minimum, const Moment& asOf, RuleCheck* c)
{
    const qint64 days = f.since.daysTo(asOf.day);
    return clause(c, days >= minimum, [&] {
        return RuleEvaluator::tr("%1 since first sale (≥ %2)")
            .arg(plural(days, QT_TRANSLATE_NOOP("fd::RuleEvaluator", "1 day"),
                        QT_TRANSLATE_NOOP("fd::RuleEvaluator", "%1 days")))
            .arg(minimum);
    });
}

bool onboardingComplete(const CustomerFacts& f, const StageRules& r, const Moment& asOf,
                        RuleCheck* c)
{
    bool met = daysSinceFirstSale(f, r.onboardingMinDays, asOf, c);
    met &= clause(c, f.touchpoints >= r.onboardingMinTouchpoints, [&] {
        return RuleEvaluator::tr("%1 (≥ %2)")
            .arg(plural(f.touchpoints, QT_TRANSLATE_NOOP("fd::RuleEvaluator", "1 touchpoint"),
                        QT_TRANSLATE_NOOP("fd::RuleEvaluator", "%1 touchpoints")))
            .arg(r.onboardingMinTouchpoints);
    });
    return met;
}

bool postSalesSettled(const CustomerFacts& f, const StageRules& r, const Moment& asOf, RuleCheck* c)
{
    bool met = daysSinceFirstSale(f, r.settledMinDays, asOf, c);
    met &= clause(c, f.settledTickets <= r.settledMaxTickets, [&] {
        return RuleEvaluator::tr("%1 in the last %2 days (≤ %3)")
            .arg(plural(f.settledTickets, QT_TRANSLATE_NOOP("fd::RuleEvaluator", "1 ticket"),
                        QT_TRANSLATE_NOOP("fd::RuleEvaluator", "%1 tickets")))
            .arg(r.settledWindowDays)
            .arg(r.settledMaxTickets);
    });
    met &= clause(c, f.openHighOrUrgent == 0, [&] {
        return f.openHighOrUrgent == 0
                   ? RuleEvaluator::tr("no open high or urgent ticket")
                   : RuleEvaluator::tr("%1 (none allowed)")
                         .arg(plural(
                             f.openHighOrUrgent,
                             QT_TRANSLATE_NOOP("fd::RuleEvaluator", "1 open high or urgent ticket"),
                             QT_TRANSLATE_NOOP("fd::RuleEvaluator",
                                               "%1 open high or urgent tickets")));
    });
    met &= clause(c, f.settledLiveTouchpoints <= r.settledMaxLiveTouchpoints, [&] {
        return RuleEvaluator::tr("%1 in the last %2 days (≤ %3)")
            .arg(plural(f.settledLiveTouchpoints,
                        QT_TRANSLATE_NOOP("fd::RuleEvaluator", "1 live touchpoint"),
                        QT_TRANSLATE_NOOP("fd::RuleEvaluator", "%1 live touchpoints")))
            .arg(r.settledWindowDays)
            .arg(r.settledMaxLiveTouchpoints);
    });
    return met;
}

// "no survey score ≤ 6 in the last 90 days", or the detractor score that breaks it.
bool noDetractor(const CustomerFacts& f, int score, int windowDays, const Moment& asOf,
                 RuleCheck* c)
{
    const auto [worst, at] = latestSurvey(f, 0, score, windowStart(asOf, windowDays));
    return clause(c, worst < 0, [&, worst = worst, at = at] {
        if (worst < 0)
            return RuleEvaluator::tr("no survey score ≤ %1 in the last %2 days")
                .arg(score)
                .arg(windowDays);
        return RuleEvaluator::tr("a survey score of %1 on %2 (≤ %3, within %4 days)")
            .arg(worst)
            .arg(day(at))
            .arg(score)
            .arg(windowDays);
    });
}

bool retentionAdvocate(const CustomerFacts& f, const StageRules& r, const Moment& asOf,
                       RuleCheck* c)
{
    const qint64 from = windowStart(asOf, r.advocateWindowDays);
    const auto [promoter, promotedAt] = latestSurvey(f, r.advocateMinSurvey, 10, from);
    const bool rated = f.csatCount > 0;
    const double csat =
        rated ? static_cast<double>(f.csatSum) / static_cast<double>(f.csatCount) : 0;
    // Customers without rated tickets are not held back by CSAT they never gave.
    const bool csatOk = !rated || csat >= r.advocateMinCsat;
    bool met = false;
    if (f.lastAdvocacyAt != 0 && f.lastAdvocacyAt >= from) {
        met = clause(c, true, [&] {
            return RuleEvaluator::tr("a %1 touchpoint on %2 (within %3 days)")
                .arg(kindWords(f.lastAdvocacyKind), day(f.lastAdvocacyAt))
                .arg(r.advocateWindowDays);
        });
    } else if (promoter >= 0) {
        met = clause(c, csatOk, [&, promoter = promoter, promotedAt = promotedAt] {
            const QString csatText = rated ? RuleEvaluator::tr("mean CSAT %1 (≥ %2)")
                                                 .arg(csat, 0, 'f', 1)
                                                 .arg(r.advocateMinCsat)
                                           : RuleEvaluator::tr("no rated tickets");
            return RuleEvaluator::tr("a survey score of %1 on %2 (≥ %3, within %4 days) with %5")
                .arg(promoter)
                .arg(day(promotedAt))
                .arg(r.advocateMinSurvey)
                .arg(r.advocateWindowDays)
                .arg(csatText);
        });
    } else {
        met = clause(c, false, [&] {
            return RuleEvaluator::tr("no advocacy touchpoint and no survey score ≥ %1 in the last "
                                     "%2 days")
                .arg(r.advocateMinSurvey)
                .arg(r.advocateWindowDays);
        });
    }
    met &= noDetractor(f, r.advocateDetractorScore, r.advocateDetractorWindowDays, asOf, c);
    return met;
}

bool retentionRegress(const CustomerFacts& f, const StageRules& r, const Moment&, RuleCheck* c)
{
    const auto tickets = [&] {
        return RuleEvaluator::tr("%1 in the last %2 days (≥ %3)")
            .arg(plural(f.regressTickets, QT_TRANSLATE_NOOP("fd::RuleEvaluator", "1 ticket"),
                        QT_TRANSLATE_NOOP("fd::RuleEvaluator", "%1 tickets")))
            .arg(r.regressWindowDays)
            .arg(r.regressMinTickets);
    };
    if (f.regressTickets >= r.regressMinTickets)
        return clause(c, true, tickets);
    if (f.openUrgent > 0)
        return clause(c, true, [&] {
            return plural(f.openUrgent,
                          QT_TRANSLATE_NOOP("fd::RuleEvaluator", "an open urgent ticket"),
                          QT_TRANSLATE_NOOP("fd::RuleEvaluator", "%1 open urgent tickets"));
        });
    return clause(c, false, [&] {
        return RuleEvaluator::tr("%1, and no open urgent ticket").arg(tickets());
    });
}

bool advocacyLapse(const CustomerFacts& f, const StageRules& r, const Moment& asOf, RuleCheck* c)
{
    const qint64 from = windowStart(asOf, r.lapseWindowDays);
    const bool advocated = f.lastAdvocacyAt != 0 && f.lastAdvocacyAt >= from;
    const auto [promoter, promotedAt] = latestSurvey(f, r.lapseMinSurvey, 10, from);
    if (!advocated && promoter < 0) {
        return clause(c, true, [&] {
            return RuleEvaluator::tr("no advocacy touchpoint and no survey score ≥ %1 in the last "
                                     "%2 days")
                .arg(r.lapseMinSurvey)
                .arg(r.lapseWindowDays);
        });
    }
    // The detractor clause, met (no detractor) or not; its text only when asked for.
    RuleCheck detractor;
    const bool noDetractorMet = noDetractor(f, r.lapseDetractorScore, r.lapseDetractorWindowDays,
                                            asOf, c ? &detractor : nullptr);
    if (!noDetractorMet)
        return clause(c, true, [&] { return detractor.clauses.front().text; });
    return clause(c, false, [&, promoter = promoter, promotedAt = promotedAt] {
        const QString recent = advocated
                                   ? RuleEvaluator::tr("a %1 touchpoint on %2")
                                         .arg(kindWords(f.lastAdvocacyKind), day(f.lastAdvocacyAt))
                                   : RuleEvaluator::tr("a survey score of %1 on %2")
                                         .arg(promoter)
                                         .arg(day(promotedAt));
        return RuleEvaluator::tr("%1 (within %2 days) and %3")
            .arg(recent)
            .arg(r.lapseWindowDays)
            .arg(detractor.clauses.front().text);
    });
}

// The numbers the reasons of onboarding.complete, postsales.settled and retention.regress
// quote, besides the thresholds of the rule set: equal numbers, equal reason (RuleDecider
// remembers them). The other rules' reasons quote dates and are not remembered.
ReasonNumbers onboardingNumbers(const CustomerFacts& f, const Moment& asOf)
{
    return {f.since.daysTo(asOf.day), f.touchpoints, 0, 0};
}

ReasonNumbers settledNumbers(const CustomerFacts& f, const Moment& asOf)
{
    return {f.since.daysTo(asOf.day), f.settledTickets, f.openHighOrUrgent,
            f.settledLiveTouchpoints};
}

ReasonNumbers regressNumbers(const CustomerFacts& f, const Moment&)
{
    return {f.regressTickets, f.openUrgent, 0, 0};
}

// Every rule, in the order they are tried for the stage they leave. Trouble first in
// retention: a customer that is both struggling and praising us needs help.
struct Rule {
    const char* key;
    Stage from;
    Stage to;
    bool (*evaluate)(const CustomerFacts&, const StageRules&, const Moment&, RuleCheck*);
    ReasonNumbers (*numbers)(const CustomerFacts&, const Moment&); // null: not remembered
};

constexpr std::array<Rule, 5> kRules = {{
    {"onboarding.complete", Stage::Onboarding, Stage::PostSales, &onboardingComplete,
     &onboardingNumbers},
    {"postsales.settled", Stage::PostSales, Stage::Retention, &postSalesSettled, &settledNumbers},
    {"retention.regress", Stage::Retention, Stage::PostSales, &retentionRegress, &regressNumbers},
    {"retention.advocate", Stage::Retention, Stage::Advocacy, &retentionAdvocate, nullptr},
    {"advocacy.lapse", Stage::Advocacy, Stage::Retention, &advocacyLapse, nullptr},
}};

RuleCheck check(const Rule& rule, const CustomerFacts& facts, const StageRules& rules,
                const Moment& asOf)
{
    RuleCheck c{QLatin1String(rule.key), rule.from, rule.to, false, {}};
    c.met = rule.evaluate(facts, rules, asOf, &c);
    return c;
}

} // namespace

Moment Moment::at(const QDateTime& when)
{
    return {floorSecsSinceEpoch(when),
            QDateTime::fromSecsSinceEpoch(floorSecsSinceEpoch(when), Qt::UTC).toLocalTime().date()};
}

QString RuleCheck::reason() const
{
    QStringList parts;
    for (const Clause& clause : clauses)
        parts << clause.text;
    QString joined;
    if (parts.size() <= 1)
        joined = parts.value(0);
    else
        joined = parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) +
                 RuleEvaluator::tr(" and ") + parts.last();
    return RuleEvaluator::tr("%1 → %2: %3.").arg(displayName(from), displayName(to), joined);
}

std::vector<RuleCheck> RuleEvaluator::checks(Stage from, const CustomerFacts& facts,
                                             const StageRules& rules, const Moment& asOf)
{
    std::vector<RuleCheck> result;
    for (const Rule& rule : kRules) {
        if (rule.from == from)
            result.push_back(check(rule, facts, rules, asOf));
    }
    return result;
}

std::optional<RuleCheck> RuleEvaluator::decide(Stage from, const CustomerFacts& facts,
                                               const StageRules& rules, const Moment& asOf)
{
    for (const Rule& rule : kRules) {
        if (rule.from == from && rule.evaluate(facts, rules, asOf, nullptr))
            return check(rule, facts, rules, asOf);
    }
    return std::nullopt;
}

RuleDecider::RuleDecider(const StageRules& rules) : m_rules(rules)
{
}

std::optional<Decision> RuleDecider::decide(Stage from, const CustomerFacts& facts,
                                            const Moment& asOf)
{
    for (std::size_t i = 0; i < kRules.size(); ++i) {
        const Rule& rule = kRules[i];
        if (rule.from != from || !rule.evaluate(facts, m_rules, asOf, nullptr))
            continue;
        Decision d{QLatin1String(rule.key), rule.from, rule.to, {}};
        if (!rule.numbers) {
            d.reason = check(rule, facts, m_rules, asOf).reason();
            return d;
        }
        auto [it, added] = m_reasons.try_emplace(Key{i, rule.numbers(facts, asOf)});
        if (added)
            it->second = check(rule, facts, m_rules, asOf).reason();
        d.reason = it->second;
        return d;
    }
    return std::nullopt;
}

Settling RuleDecider::settle(Stage from, const CustomerFacts& facts, const Moment& asOf)
{
    Settling result;
    Stage stage = from;
    for (;;) {
        auto decision = decide(stage, facts, asOf);
        if (!decision)
            return result;
        // Back to a stage it was in at this moment: from there the same steps repeat.
        const Stage to = decision->to;
        const auto loopStart = std::find_if(result.steps.begin(), result.steps.end(),
                                            [&](const Decision& d) { return d.from == to; });
        if (loopStart != result.steps.end()) { // steps[0] leaves `from`
            for (auto it = loopStart; it != result.steps.end(); ++it)
                result.fighting << it->ruleKey;
            result.fighting << decision->ruleKey;
            result.steps.clear();
            return result;
        }
        stage = to;
        result.steps.push_back(std::move(*decision));
    }
}

std::size_t RuleDecider::KeyHash::operator()(const Key& key) const
{
    std::size_t h = key.rule;
    for (const qint64 n : key.numbers)
        h = h * 1000003u ^ std::hash<qint64>()(n);
    return h;
}

FactWindows RuleEvaluator::windows(const StageRules& rules, const QDateTime& asOf, bool historical)
{
    FactWindows w;
    w.asOf = floorSecsSinceEpoch(asOf);
    w.settledFrom = w.asOf - rules.settledWindowDays * kDay;
    w.regressFrom = w.asOf - rules.regressWindowDays * kDay;
    w.historical = historical;
    return w;
}

RuleSpans RuleEvaluator::spans(const StageRules& rules)
{
    const auto sorted = [](std::vector<int> days) {
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        return days;
    };
    RuleSpans s;
    s.settledWindowDays = rules.settledWindowDays;
    s.regressWindowDays = rules.regressWindowDays;
    s.advocacyWindowDays = sorted({rules.advocateWindowDays, rules.lapseWindowDays});
    s.surveyWindowDays = sorted({rules.advocateWindowDays, rules.advocateDetractorWindowDays,
                                 rules.lapseWindowDays, rules.lapseDetractorWindowDays});
    s.minDays = sorted({rules.onboardingMinDays, rules.settledMinDays});
    return s;
}

} // namespace fd
