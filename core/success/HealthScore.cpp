#include "success/HealthScore.h"

#include "common/TimeUnits.h"
#include "metrics/DashboardMetrics.h"

#include <algorithm>
#include <cmath>

namespace fd {

namespace {

// 1 up to `full`, 0 from `zero`, linear between (zero > full; HealthRuleSettings::validate).
double linear(qint64 value, qint64 full, qint64 zero)
{
    if (value <= full)
        return 1;
    if (value >= zero)
        return 0;
    return static_cast<double>(zero - value) / static_cast<double>(zero - full);
}

QString points(const FactorPoints& p)
{
    return p.counted ? QStringLiteral("%1 / %2").arg(p.points(), 0, 'f', 1).arg(p.weight)
                     : HealthScorer::tr("not counted");
}

} // namespace

HealthWindows HealthWindows::at(qint64 now, const QDate& today, const HealthRules& rules)
{
    HealthWindows w;
    w.now = now;
    w.today = today;
    w.ticketsFrom = now - qint64(rules.ticketsWindowDays) * kDay;
    w.csatFrom = now - qint64(rules.csatWindowDays) * kDay;
    w.surveyFrom = now - qint64(rules.surveyWindowDays) * kDay;
    w.slaFrom = now - qint64(rules.slaWindowDays) * kDay;
    return w;
}

qint64 HealthWindows::earliestTicketFrom() const
{
    return std::min({ticketsFrom, csatFrom, slaFrom});
}

qint64 HealthScorer::silentDays(const HealthFacts& f, const HealthWindows& at)
{
    if (f.lastTouchAt > 0)
        return std::max<qint64>(0, (at.now - f.lastTouchAt) / kDay);
    return f.since.isValid() ? std::max<qint64>(0, f.since.daysTo(at.today)) : 0;
}

ScoreBand HealthScorer::band(int score, const HealthRules& rules)
{
    if (score >= rules.healthyMin)
        return ScoreBand::Healthy;
    if (score < rules.atRiskBelow)
        return ScoreBand::AtRisk;
    return ScoreBand::Watch;
}

HealthScore HealthScorer::score(const HealthFacts& f, const HealthRules& r, const HealthWindows& at)
{
    HealthScore s;
    s.customerId = f.customerId;
    auto set = [&](HealthFactor factor, int weight, bool counted, double share) {
        FactorPoints& p = s.factors[static_cast<std::size_t>(factor)];
        p.factor = factor;
        p.weight = weight;
        p.counted = counted;
        p.share = counted ? std::clamp(share, 0.0, 1.0) : 0.0;
    };
    set(HealthFactor::Recency, r.recencyWeight, true,
        linear(HealthScorer::silentDays(f, at), r.recencyFullDays, r.recencyZeroDays));
    set(HealthFactor::Tickets, r.ticketsWeight, true,
        linear(f.recentTickets, r.ticketsFull, r.ticketsZero));
    set(HealthFactor::Urgent, r.urgentWeight, true, linear(f.openHighOrUrgent, 0, r.urgentZero));
    set(HealthFactor::Csat, r.csatWeight, f.csatCount > 0,
        f.csatCount > 0
            ? (static_cast<double>(f.csatSum) / static_cast<double>(f.csatCount) - 1.0) / 4.0
            : 0.0);
    const double survey = f.latestSurvey >= r.surveyPromoterMin    ? 1.0
                          : f.latestSurvey <= r.surveyDetractorMax ? 0.0
                                                                   : 0.5;
    set(HealthFactor::Survey, r.surveyWeight, f.latestSurvey >= 0, survey);
    set(HealthFactor::Sla, r.slaWeight, true, linear(f.breachedTickets, 0, r.slaZero));
    const auto clock = DashboardMetrics::stageClock(f.stage, r.stageTargets, f.stageEnteredAt,
                                                    f.lastTouchAt, at.now);
    set(HealthFactor::StageTime, r.stageTimeWeight, true,
        clock.state == HealthState::OnTrack  ? 1.0
        : clock.state == HealthState::Behind ? 0.5
                                             : 0.0);
    set(HealthFactor::Tasks, r.tasksWeight, true, linear(f.overdueTasks, 0, r.tasksZero));

    double earned = 0;
    int weights = 0;
    for (const FactorPoints& p : s.factors) {
        if (!p.counted)
            continue;
        earned += p.points();
        weights += p.weight;
    }
    // Rounded half up; the epsilon keeps an exact .5 (a sum of binary fractions) from falling
    // short.
    s.score = weights > 0 ? static_cast<int>(std::floor(100.0 * earned / weights + 0.5 + 1e-9)) : 0;
    s.score = std::clamp(s.score, 0, 100);
    s.band = band(s.score, r);
    return s;
}

QString HealthScorer::displayName(ScoreBand band)
{
    switch (band) {
    case ScoreBand::AtRisk:
        return tr("At risk");
    case ScoreBand::Watch:
        return tr("Watch");
    case ScoreBand::Healthy:
        return tr("Healthy");
    }
    return {};
}

QString HealthScorer::displayName(HealthFactor factor)
{
    switch (factor) {
    case HealthFactor::Recency:
        return tr("Recency of the last touch");
    case HealthFactor::Tickets:
        return tr("Tickets lately");
    case HealthFactor::Urgent:
        return tr("Open high and urgent tickets");
    case HealthFactor::Csat:
        return tr("Mean CSAT");
    case HealthFactor::Survey:
        return tr("Latest survey (NPS)");
    case HealthFactor::Sla:
        return tr("SLA breaches");
    case HealthFactor::StageTime:
        return tr("Time in stage");
    case HealthFactor::Tasks:
        return tr("Overdue tasks");
    }
    return {};
}

QString HealthScorer::factorText(const FactorPoints& p, const HealthFacts& f, const HealthRules& r,
                                 const HealthWindows& at)
{
    QString detail;
    switch (p.factor) {
    case HealthFactor::Recency: {
        const qint64 days = HealthScorer::silentDays(f, at);
        // Counts as "what: N", which reads right for any N without plural forms in core.
        detail = f.lastTouchAt > 0 ? tr("days since the last touch: %1").arg(days)
                                   : tr("no touch yet; days since the first sale: %1").arg(days);
        detail +=
            QLatin1Char(' ') +
            tr("(all up to %1 days, none from %2)").arg(r.recencyFullDays).arg(r.recencyZeroDays);
        break;
    }
    case HealthFactor::Tickets:
        detail =
            tr("tickets in the last %1 days: %2").arg(r.ticketsWindowDays).arg(f.recentTickets) +
            QLatin1Char(' ') +
            tr("(all up to %1, none from %2)").arg(r.ticketsFull).arg(r.ticketsZero);
        break;
    case HealthFactor::Urgent:
        detail = tr("open high or urgent tickets: %1").arg(f.openHighOrUrgent) + QLatin1Char(' ') +
                 tr("(all at 0, none from %1)").arg(r.urgentZero);
        break;
    case HealthFactor::Csat:
        detail = f.csatCount > 0
                     ? tr("mean CSAT of the tickets rated in the last %1 days: %2 over %3 (5 earns "
                          "all, 1 none)")
                           .arg(r.csatWindowDays)
                           .arg(static_cast<double>(f.csatSum) / static_cast<double>(f.csatCount),
                                0, 'f', 2)
                           .arg(f.csatCount)
                     : tr("no rated ticket in the last %1 days").arg(r.csatWindowDays);
        break;
    case HealthFactor::Survey:
        detail = f.latestSurvey >= 0
                     ? tr("latest survey scored %1 (all from %2, half between, none up to %3)")
                           .arg(f.latestSurvey)
                           .arg(r.surveyPromoterMin)
                           .arg(r.surveyDetractorMax)
                     : tr("no survey in the last %1 days").arg(r.surveyWindowDays);
        break;
    case HealthFactor::Sla:
        detail = tr("tickets with an SLA breach in the last %1 days: %2")
                     .arg(r.slaWindowDays)
                     .arg(f.breachedTickets) +
                 QLatin1Char(' ') + tr("(all at 0, none from %1)").arg(r.slaZero);
        break;
    case HealthFactor::StageTime: {
        const auto clock = DashboardMetrics::stageClock(f.stage, r.stageTargets, f.stageEnteredAt,
                                                        f.lastTouchAt, at.now);
        const auto [behind, stuck] = r.stageTargets.of(f.stage);
        const QString state = clock.state == HealthState::OnTrack  ? tr("on track")
                              : clock.state == HealthState::Behind ? tr("behind")
                                                                   : tr("stuck");
        detail =
            (clock.fromLastTouch ? tr("days since the last touch in %1: %2") : tr("days in %1: %2"))
                .arg(fd::displayName(f.stage))
                .arg(clock.days) +
            QLatin1Char(' ') +
            tr("(%1: on track under %2, behind to %3, stuck over %3)")
                .arg(state)
                .arg(behind)
                .arg(stuck);
        break;
    }
    case HealthFactor::Tasks:
        detail = tr("overdue tasks: %1").arg(f.overdueTasks) + QLatin1Char(' ') +
                 tr("(all at 0, none from %1)").arg(r.tasksZero);
        break;
    }
    return QStringLiteral("%1  %2  %3").arg(toString(p.factor), points(p), detail);
}

} // namespace fd
