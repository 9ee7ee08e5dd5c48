#include "stages/RuleEvaluator.h"

#include "common/DateTimeText.h"

#include <QDateTime>

namespace fd {

namespace {

constexpr qint64 kDay = 86400;


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

Clause daysSinceFirstSale(const CustomerFacts& f, int minimum, const Moment& asOf)
{
    const qint64 days = f.since.daysTo(asOf.day);
    return {RuleEvaluator::tr("%1 since first sale (≥ %2)").arg(plural(days, "1 day", "%1 days")).arg(minimum),
            days >= minimum};
}

RuleCheck onboardingComplete(const CustomerFacts& f, const StageRules& r, const Moment& asOf)
{
    RuleCheck c{QStringLiteral("onboarding.complete"), Stage::Onboarding, Stage::PostSales, false, {}};
    c.clauses.push_back(daysSinceFirstSale(f, r.onboardingMinDays, asOf));
    c.clauses.push_back({RuleEvaluator::tr("%1 (≥ %2)")
                             .arg(plural(f.touchpoints, "1 touchpoint", "%1 touchpoints"))
                             .arg(r.onboardingMinTouchpoints),
                         f.touchpoints >= r.onboardingMinTouchpoints});
    return c;
}

RuleCheck postSalesSettled(const CustomerFacts& f, const StageRules& r, const Moment& asOf)
{
    RuleCheck c{QStringLiteral("postsales.settled"), Stage::PostSales, Stage::Retention, false, {}};
    c.clauses.push_back(daysSinceFirstSale(f, r.settledMinDays, asOf));
    c.clauses.push_back({RuleEvaluator::tr("%1 in the last %2 days (≤ %3)")
                             .arg(plural(f.settledTickets, "1 ticket", "%1 tickets"))
                             .arg(r.settledWindowDays)
                             .arg(r.settledMaxTickets),
                         f.settledTickets <= r.settledMaxTickets});
    c.clauses.push_back({f.openHighOrUrgent == 0
                             ? RuleEvaluator::tr("no open high or urgent ticket")
                             : RuleEvaluator::tr("%1 (none allowed)")
                                   .arg(plural(f.openHighOrUrgent, "1 open high or urgent ticket",
                                               "%1 open high or urgent tickets")),
                         f.openHighOrUrgent == 0});
    c.clauses.push_back({RuleEvaluator::tr("%1 in the last %2 days (≤ %3)")
                             .arg(plural(f.settledLiveTouchpoints, "1 live touchpoint",
                                         "%1 live touchpoints"))
                             .arg(r.settledWindowDays)
                             .arg(r.settledMaxLiveTouchpoints),
                         f.settledLiveTouchpoints <= r.settledMaxLiveTouchpoints});
    return c;
}

// "no survey score ≤ 6 in the last 90 days", or the detractor score that breaks it.
Clause noDetractor(const CustomerFacts& f, int score, int windowDays, const Moment& asOf)
{
    const auto [worst, at] = latestSurvey(f, 0, score, windowStart(asOf, windowDays));
    if (worst < 0)
        return {RuleEvaluator::tr("no survey score ≤ %1 in the last %2 days").arg(score).arg(windowDays), true};
    return {RuleEvaluator::tr("a survey score of %1 on %2 (≤ %3, within %4 days)")
                .arg(worst)
                .arg(day(at))
                .arg(score)
                .arg(windowDays),
            false};
}

RuleCheck retentionAdvocate(const CustomerFacts& f, const StageRules& r, const Moment& asOf)
{
    RuleCheck c{QStringLiteral("retention.advocate"), Stage::Retention, Stage::Advocacy, false, {}};
    const qint64 from = windowStart(asOf, r.advocateWindowDays);
    const auto [promoter, promotedAt] = latestSurvey(f, r.advocateMinSurvey, 10, from);
    const bool rated = f.csatCount > 0;
    const double csat = rated ? static_cast<double>(f.csatSum) / static_cast<double>(f.csatCount) : 0;
    // Customers without rated tickets are not held back by CSAT they never gave.
    const bool csatOk = !rated || csat >= r.advocateMinCsat;
    const QString csatText = rated ? RuleEvaluator::tr("mean CSAT %1 (≥ %2)").arg(csat, 0, 'f', 1).arg(r.advocateMinCsat)
                                   : RuleEvaluator::tr("no rated tickets");
    if (f.lastAdvocacyAt != 0 && f.lastAdvocacyAt >= from) {
        c.clauses.push_back({RuleEvaluator::tr("a %1 touchpoint on %2 (within %3 days)")
                                 .arg(kindWords(f.lastAdvocacyKind), day(f.lastAdvocacyAt))
                                 .arg(r.advocateWindowDays),
                             true});
    } else if (promoter >= 0) {
        c.clauses.push_back({RuleEvaluator::tr("a survey score of %1 on %2 (≥ %3, within %4 days) with %5")
                                 .arg(promoter)
                                 .arg(day(promotedAt))
                                 .arg(r.advocateMinSurvey)
                                 .arg(r.advocateWindowDays)
                                 .arg(csatText),
                             csatOk});
    } else {
        c.clauses.push_back({RuleEvaluator::tr("no advocacy touchpoint and no survey score ≥ %1 in the last "
                                    "%2 days")
                                 .arg(r.advocateMinSurvey)
                                 .arg(r.advocateWindowDays),
                             false});
    }
    c.clauses.push_back(noDetractor(f, r.advocateDetractorScore, r.advocateDetractorWindowDays, asOf));
    return c;
}

RuleCheck retentionRegress(const CustomerFacts& f, const StageRules& r, const Moment&)
{
    RuleCheck c{QStringLiteral("retention.regress"), Stage::Retention, Stage::PostSales, false, {}};
    const QString tickets = RuleEvaluator::tr("%1 in the last %2 days (≥ %3)")
                                .arg(plural(f.regressTickets, "1 ticket", "%1 tickets"))
                                .arg(r.regressWindowDays)
                                .arg(r.regressMinTickets);
    if (f.regressTickets >= r.regressMinTickets)
        c.clauses.push_back({tickets, true});
    else if (f.openUrgent > 0)
        c.clauses.push_back({plural(f.openUrgent, "an open urgent ticket", "%1 open urgent tickets"), true});
    else
        c.clauses.push_back({RuleEvaluator::tr("%1, and no open urgent ticket").arg(tickets), false});
    return c;
}

RuleCheck advocacyLapse(const CustomerFacts& f, const StageRules& r, const Moment& asOf)
{
    RuleCheck c{QStringLiteral("advocacy.lapse"), Stage::Advocacy, Stage::Retention, false, {}};
    const qint64 from = windowStart(asOf, r.lapseWindowDays);
    const Clause detractor = noDetractor(f, r.lapseDetractorScore, r.lapseDetractorWindowDays, asOf);
    const bool advocated = f.lastAdvocacyAt != 0 && f.lastAdvocacyAt >= from;
    const auto [promoter, promotedAt] = latestSurvey(f, r.lapseMinSurvey, 10, from);
    if (!advocated && promoter < 0) {
        c.clauses.push_back({RuleEvaluator::tr("no advocacy touchpoint and no survey score ≥ %1 in the last "
                                    "%2 days")
                                 .arg(r.lapseMinSurvey)
                                 .arg(r.lapseWindowDays),
                             true});
    } else if (!detractor.met) {
        c.clauses.push_back({detractor.text, true});
    } else {
        const QString recent = advocated
                                   ? RuleEvaluator::tr("a %1 touchpoint on %2").arg(kindWords(f.lastAdvocacyKind), day(f.lastAdvocacyAt))
                                   : RuleEvaluator::tr("a survey score of %1 on %2").arg(promoter).arg(day(promotedAt));
        c.clauses.push_back({RuleEvaluator::tr("%1 (within %2 days) and %3")
                                 .arg(recent)
                                 .arg(r.lapseWindowDays)
                                 .arg(detractor.text),
                             false});
    }
    return c;
}

} // namespace

Moment Moment::at(const QDateTime& when)
{
    return {when.toSecsSinceEpoch(), when.toLocalTime().date()};
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
        joined = parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + RuleEvaluator::tr(" and ") + parts.last();
    return RuleEvaluator::tr("%1 → %2: %3.").arg(displayName(from), displayName(to), joined);
}

std::vector<RuleCheck> RuleEvaluator::checks(Stage from, const CustomerFacts& facts,
                                             const StageRules& rules, const Moment& asOf)
{
    std::vector<RuleCheck> result;
    switch (from) {
    case Stage::Onboarding:
        result.push_back(onboardingComplete(facts, rules, asOf));
        break;
    case Stage::PostSales:
        result.push_back(postSalesSettled(facts, rules, asOf));
        break;
    case Stage::Retention:
        // Trouble first: a customer that is both struggling and praising us needs help.
        result.push_back(retentionRegress(facts, rules, asOf));
        result.push_back(retentionAdvocate(facts, rules, asOf));
        break;
    case Stage::Advocacy:
        result.push_back(advocacyLapse(facts, rules, asOf));
        break;
    }
    for (RuleCheck& check : result) {
        check.met = std::all_of(check.clauses.begin(), check.clauses.end(),
                                [](const Clause& c) { return c.met; });
    }
    return result;
}

std::optional<RuleCheck> RuleEvaluator::decide(Stage from, const CustomerFacts& facts,
                                               const StageRules& rules, const Moment& asOf)
{
    for (RuleCheck& check : checks(from, facts, rules, asOf)) {
        if (check.met)
            // cppcheck-suppress returnStdMoveLocal ; an element of a temporary vector, not a local
            return std::move(check);
    }
    return std::nullopt;
}

FactWindows RuleEvaluator::windows(const StageRules& rules, const QDateTime& asOf, bool historical)
{
    FactWindows w;
    w.asOf = asOf.toSecsSinceEpoch();
    w.settledFrom = w.asOf - rules.settledWindowDays * kDay;
    w.regressFrom = w.asOf - rules.regressWindowDays * kDay;
    w.historical = historical;
    return w;
}

} // namespace fd
