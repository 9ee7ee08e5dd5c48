#include "domain/Sla.h"

#include "domain/Ticket.h"

namespace fd {

namespace {

std::size_t index(Priority p)
{
    return static_cast<std::size_t>(p);
}

} // namespace

qint64 SlaTargets::firstResponseSecs(Priority p) const
{
    return qint64(firstResponseHours[index(p)]) * 3600;
}

qint64 SlaTargets::resolutionSecs(Priority p) const
{
    return qint64(resolutionHours[index(p)]) * 3600;
}

QString SlaTargets::key(Priority p, bool firstResponse)
{
    return QStringLiteral("sla.%1.%2")
        .arg(toString(p), firstResponse ? QStringLiteral("first_response_hours")
                                        : QStringLiteral("resolution_hours"));
}

SlaTargets SlaTargets::fromSettings(const std::map<QString, QString>& settings)
{
    SlaTargets targets;
    for (std::size_t i = 0; i < enumCount<Priority>(); ++i) {
        const auto p = static_cast<Priority>(i);
        for (const bool first : {true, false}) {
            const auto found = settings.find(key(p, first));
            if (found == settings.end())
                continue;
            bool ok = false;
            const int hours = found->second.toInt(&ok);
            if (ok && hours > 0)
                (first ? targets.firstResponseHours : targets.resolutionHours)[i] = hours;
        }
    }
    return targets;
}

bool SlaStatus::breached() const
{
    return firstResponse.state == SlaClock::State::Breached ||
           resolution.state == SlaClock::State::Breached;
}

bool Sla::pauses(TicketStatus status)
{
    return status == TicketStatus::Pending || status == TicketStatus::OnHold;
}

SlaStatus Sla::evaluate(const Ticket& t, const SlaTargets& targets, const QDateTime& now)
{
    SlaStatus result;
    const qint64 created = t.createdAt.toSecsSinceEpoch();
    const bool solved = t.solvedAt.isValid();

    // First response: stops at the first reply, or when the ticket is solved without one.
    {
        SlaClock& c = result.firstResponse;
        const qint64 due = created + targets.firstResponseSecs(t.priority);
        c.due = QDateTime::fromSecsSinceEpoch(due, Qt::UTC);
        // A reply after the solve is not a first response in time: the solve stopped it.
        const QDateTime stop =
            t.firstResponseAt.isValid() && (!solved || t.firstResponseAt < t.solvedAt)
                ? t.firstResponseAt
            : solved ? t.solvedAt
                     : QDateTime();
        const qint64 at = stop.isValid() ? stop.toSecsSinceEpoch() : now.toSecsSinceEpoch();
        if (t.firstResponseBreachedAt.isValid() || at > due) {
            c.state = SlaClock::State::Breached;
            c.breachedAt = t.firstResponseBreachedAt.isValid() ? t.firstResponseBreachedAt : c.due;
        } else if (stop.isValid()) {
            c.state = SlaClock::State::Met;
        }
    }

    // Resolution: counts calendar time except the pauses.
    {
        SlaClock& c = result.resolution;
        const bool paused = !solved && t.slaPausedSince.isValid();
        const qint64 stop = solved   ? t.solvedAt.toSecsSinceEpoch()
                            : paused ? t.slaPausedSince.toSecsSinceEpoch()
                                     : now.toSecsSinceEpoch();
        const qint64 target = targets.resolutionSecs(t.priority);
        const qint64 active = stop - created - t.slaPausedSecs;
        const qint64 breachAt = created + target + t.slaPausedSecs;
        // While paused the deadline moves with the clock: it is as far away as when the
        // pause began.
        const qint64 due = paused ? now.toSecsSinceEpoch() + (target - active) : breachAt;
        c.due = QDateTime::fromSecsSinceEpoch(due, Qt::UTC);
        if (t.resolutionBreachedAt.isValid() || active > target) {
            c.state = SlaClock::State::Breached;
            c.breachedAt = t.resolutionBreachedAt.isValid()
                               ? t.resolutionBreachedAt
                               : QDateTime::fromSecsSinceEpoch(breachAt, Qt::UTC);
        } else if (solved) {
            c.state = SlaClock::State::Met;
        } else if (paused) {
            c.state = SlaClock::State::Paused;
        }
    }
    return result;
}

bool Sla::recordBreaches(Ticket& t, const SlaTargets& targets, const QDateTime& now)
{
    const SlaStatus status = evaluate(t, targets, now);
    bool recorded = false;
    if (!t.firstResponseBreachedAt.isValid() && status.firstResponse.breachedAt.isValid()) {
        t.firstResponseBreachedAt = status.firstResponse.breachedAt;
        recorded = true;
    }
    if (!t.resolutionBreachedAt.isValid() && status.resolution.breachedAt.isValid()) {
        t.resolutionBreachedAt = status.resolution.breachedAt;
        recorded = true;
    }
    return recorded;
}

void Sla::settle(Ticket& t, const SlaTargets& targets, const QDateTime& now)
{
    // The last thing known to have happened to the ticket (a response dated before the
    // creation does not count).
    const QDateTime last = t.firstResponseAt.isValid() && t.firstResponseAt > t.createdAt
                               ? t.firstResponseAt
                               : t.createdAt;
    if (isOpen(t.status))
        t.solvedAt = QDateTime();
    else if (!t.solvedAt.isValid())
        t.solvedAt = last;
    t.slaPausedSecs = 0;
    t.slaPausedSince = pauses(t.status) ? last : QDateTime();
    t.firstResponseBreachedAt = QDateTime();
    t.resolutionBreachedAt = QDateTime();
    recordBreaches(t, targets, now);
}

void Sla::changeStatus(Ticket& t, TicketStatus status, const SlaTargets& targets,
                       const QDateTime& now)
{
    recordBreaches(t, targets, now);
    const bool wasPaused = t.slaPausedSince.isValid();
    const bool pause = pauses(status);
    if (wasPaused && !pause) {
        t.slaPausedSecs += std::max<qint64>(0, t.slaPausedSince.secsTo(now));
        t.slaPausedSince = QDateTime();
    } else if (!wasPaused && pause) {
        t.slaPausedSince = now;
    }
    if (isOpen(status))
        t.solvedAt = QDateTime();
    else if (!t.solvedAt.isValid())
        t.solvedAt = now;
    t.status = status;
}

namespace {
// One rule for both lengths: months from 60 days, years from 730 (a month counted as 30
// days, a year as 365: "about" is all a rep needs this far back).
constexpr qint64 kMonthsFromDays = 60;
constexpr qint64 kYearsFromDays = 730;
} // namespace

QString Sla::longDuration(qint64 days)
{
    if (days >= kYearsFromDays)
        return tr("%Ln year(s)", nullptr, static_cast<int>(days / 365));
    if (days >= kMonthsFromDays)
        return tr("%Ln month(s)", nullptr, static_cast<int>(days / 30));
    return {};
}

QString Sla::duration(qint64 secs)
{
    secs = std::abs(secs);
    const qint64 minutes = secs / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (QString far = longDuration(days); !far.isEmpty())
        return far;
    if (days >= 2)
        return tr("%1 d %2 h").arg(days).arg(hours % 24);
    if (hours >= 1)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 min").arg(std::max<qint64>(1, minutes));
}

QString Sla::describe(const SlaClock& clock, const QDateTime& now)
{
    switch (clock.state) {
    case SlaClock::State::Running:
        return tr("due in %1").arg(duration(now.secsTo(clock.due)));
    case SlaClock::State::Paused:
        return tr("paused, %1 left").arg(duration(now.secsTo(clock.due)));
    case SlaClock::State::Met:
        return tr("met");
    case SlaClock::State::Breached:
        return tr("breached %1 ago").arg(duration(clock.breachedAt.secsTo(now)));
    }
    return {};
}

QString Sla::briefDuration(qint64 secs)
{
    secs = std::abs(secs);
    const qint64 minutes = secs / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    // Abbreviated as the other units are, so the list's column stays as narrow.
    if (days >= kYearsFromDays)
        return tr("%1 yr").arg(days / 365);
    if (days >= kMonthsFromDays)
        return tr("%1 mo").arg(days / 30);
    if (hours >= 48)
        return tr("%1 d").arg(hours / 24);
    if (hours >= 1)
        return tr("%1 h").arg(hours);
    return tr("%1 min").arg(std::max<qint64>(1, minutes));
}

QString Sla::describeBriefly(const SlaClock& clock, const QDateTime& now)
{
    switch (clock.state) {
    case SlaClock::State::Running:
        return tr("due in %1").arg(briefDuration(now.secsTo(clock.due)));
    case SlaClock::State::Paused:
        return tr("paused, %1 left").arg(briefDuration(now.secsTo(clock.due)));
    case SlaClock::State::Met:
        return tr("met");
    case SlaClock::State::Breached:
        return tr("breached %1 ago").arg(briefDuration(clock.breachedAt.secsTo(now)));
    }
    return {};
}

} // namespace fd
