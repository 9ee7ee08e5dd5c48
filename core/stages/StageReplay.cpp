#include "stages/StageReplay.h"

#include "common/TimeUnits.h"

#include <algorithm>

namespace fd {

namespace {

bool isHighOrUrgent(Priority p)
{
    return p == Priority::High || p == Priority::Urgent;
}

// A ticket created at the moment: counted in both windows, open until solved if high or
// urgent, its satisfaction score.
void countTicket(CustomerFacts& f, const TicketEvent& ticket)
{
    ++f.settledTickets;
    ++f.regressTickets;
    if (isHighOrUrgent(ticket.priority) && ticket.solvedAt > ticket.createdAt) {
        ++f.openHighOrUrgent;
        if (ticket.priority == Priority::Urgent)
            ++f.openUrgent;
    }
    if (ticket.csat >= 0) {
        ++f.csatCount;
        f.csatSum += ticket.csat;
    }
}

// A touchpoint at the moment: counted, live ones in the settled window, the latest advocacy
// and survey scores.
void countTouchpoint(CustomerFacts& f, const TouchpointEvent& p)
{
    ++f.touchpoints;
    if (!p.kind)
        return;
    if (isLive(*p.kind))
        ++f.settledLiveTouchpoints;
    if (isAdvocacy(*p.kind)) {
        f.lastAdvocacyAt = p.at;
        f.lastAdvocacyKind = *p.kind;
    }
    if (*p.kind == TouchpointKind::Survey && p.score >= 0 && p.score <= 10)
        f.lastSurveyAt[static_cast<std::size_t>(p.score)] = p.at;
}

// The moves the rules make at moment t, dated then; `stage` is where they end.
void addMoves(StageChange& change, Stage& stage, std::vector<Decision>& steps, qint64 t)
{
    for (Decision& decision : steps) {
        StageTransition move;
        move.customerId = change.customerId;
        move.from = decision.from;
        move.to = decision.to;
        move.at = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        move.actor = std::move(decision.ruleKey);
        move.reason = std::move(decision.reason);
        change.moves.push_back(std::move(move));
        stage = decision.to;
    }
}

} // namespace

StageReplay::StageReplay(const StageRules& rules, const QDate& firstDay, qint64 until)
    : m_decider(rules), m_spans(RuleEvaluator::spans(rules)), m_until(until)
{
    const QDate last =
        QDateTime::fromSecsSinceEpoch(until, Qt::UTC).toLocalTime().date().addDays(1);
    m_firstDay = last;
    m_midnights.push_back(last.startOfDay().toSecsSinceEpoch());
    extendTo(firstDay.isValid() ? firstDay : last);
}

void StageReplay::extendTo(const QDate& firstDay)
{
    if (!firstDay.isValid() || firstDay >= m_firstDay)
        return;
    std::vector<qint64> earlier;
    earlier.reserve(static_cast<std::size_t>(firstDay.daysTo(m_firstDay)) + m_midnights.size());
    for (QDate d = firstDay; d < m_firstDay; d = d.addDays(1))
        earlier.push_back(d.startOfDay().toSecsSinceEpoch());
    earlier.insert(earlier.end(), m_midnights.begin(), m_midnights.end());
    m_midnights = std::move(earlier);
    m_firstDay = firstDay;
    m_dayFrom = m_dayTo = 0;
}

qint64 StageReplay::dayStart(const QDate& day)
{
    const qint64 i = m_firstDay.daysTo(day);
    if (i >= 0 && i < static_cast<qint64>(m_midnights.size()))
        return m_midnights[static_cast<std::size_t>(i)];
    return day.startOfDay().toSecsSinceEpoch();
}

QDate StageReplay::dayOf(qint64 secs)
{
    if (secs >= m_dayFrom && secs < m_dayTo)
        return m_day; // moments come in time order: often the same day again
    // The last midnight at or before `secs`; the table ends the day after `until`. Days
    // are 86,400 s give or take a change of the clocks: start there, step to the right one.
    const qint64 size = static_cast<qint64>(m_midnights.size());
    if (secs < m_midnights.front() || secs >= m_midnights.back())
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toLocalTime().date();
    qint64 i = std::clamp<qint64>((secs - m_midnights.front()) / kDay, 0, size - 2);
    while (m_midnights[static_cast<std::size_t>(i)] > secs)
        --i;
    while (m_midnights[static_cast<std::size_t>(i + 1)] <= secs)
        ++i;
    m_dayFrom = m_midnights[static_cast<std::size_t>(i)];
    m_dayTo = m_midnights[static_cast<std::size_t>(i + 1)];
    m_day = m_firstDay.addDays(i);
    return m_day;
}

// Cursors into each stream of moments, all in time order: a ticket created, leaving
// the settled window, leaving the regress window, a high/urgent ticket solved, a
// touchpoint, a live touchpoint leaving the settled window, the other moments.
struct StageReplay::Cursors {
    std::size_t created = 0;
    std::size_t settledOut = 0;
    std::size_t regressOut = 0;
    std::size_t closed = 0;
    std::size_t touched = 0;
    std::size_t liveOut = 0;
    std::size_t other = 0;
};

void StageReplay::collectMoments(const CustomerHistory& history, qint64 start)
{
    // The moments that are not an event's own: the start, the end, the first sale's ages
    // the rules wait for, and when an advocacy touchpoint or a survey score leaves a
    // rule's window (it counts up to at + days inclusive).
    m_moments.clear();
    m_moments.push_back(start);
    m_moments.push_back(m_until);
    for (const int days : m_spans.minDays)
        m_moments.push_back(dayStart(history.customer.since.addDays(days)));
    for (const TouchpointEvent& t : history.touchpoints) {
        if (!t.kind)
            continue;
        if (isAdvocacy(*t.kind)) {
            for (const int days : m_spans.advocacyWindowDays)
                m_moments.push_back(t.at + days * kDay + 1);
        }
        if (*t.kind == TouchpointKind::Survey && t.score >= 0) {
            for (const int days : m_spans.surveyWindowDays)
                m_moments.push_back(t.at + days * kDay + 1);
        }
    }
    std::sort(m_moments.begin(), m_moments.end());
    m_closes.clear();
    for (const TicketEvent& t : history.tickets) {
        if (isHighOrUrgent(t.priority) && t.solvedAt != TicketEvent::kNever &&
            t.solvedAt > t.createdAt)
            m_closes.emplace_back(t.solvedAt, t.priority == Priority::Urgent);
    }
    std::sort(m_closes.begin(), m_closes.end());
}

qint64 StageReplay::nextMoment(const Cursors& at, const std::vector<TicketEvent>& tickets,
                               const std::vector<TouchpointEvent>& touchpoints, qint64 settledSpan,
                               qint64 regressSpan) const
{
    qint64 t = TicketEvent::kNever;
    if (at.created < tickets.size())
        t = std::min(t, tickets[at.created].createdAt);
    if (at.settledOut < at.created)
        t = std::min(t, tickets[at.settledOut].createdAt + settledSpan);
    if (at.regressOut < at.created)
        t = std::min(t, tickets[at.regressOut].createdAt + regressSpan);
    if (at.closed < m_closes.size())
        t = std::min(t, m_closes[at.closed].first);
    if (at.touched < touchpoints.size())
        t = std::min(t, touchpoints[at.touched].at);
    if (at.liveOut < at.touched)
        t = std::min(t, touchpoints[at.liveOut].at + settledSpan);
    if (at.other < m_moments.size())
        t = std::min(t, m_moments[at.other]);
    return t;
}

StageReplay::Outcome StageReplay::run(const CustomerHistory& history)
{
    Outcome outcome;
    CustomerFacts f = history.customer;
    if (f.churned || f.pinned || !f.inFunnel || !f.since.isValid())
        return outcome;
    extendTo(f.since);
    const qint64 start = std::max(dayStart(f.since), history.stageEnteredAt);
    if (start > m_until)
        return outcome;

    const std::vector<TicketEvent>& tickets = history.tickets;
    const std::vector<TouchpointEvent>& touchpoints = history.touchpoints;
    const qint64 settledSpan = m_spans.settledWindowDays * kDay;
    const qint64 regressSpan = m_spans.regressWindowDays * kDay;

    collectMoments(history, start);

    const auto live = [&](std::size_t i) {
        return touchpoints[i].kind && isLive(*touchpoints[i].kind);
    };
    Cursors at;
    auto& [created, settledOut, regressOut, closed, touched, liveOut, other] = at;
    StageChange change;
    change.customerId = f.customerId;
    change.from = f.stage;
    Stage stage = f.stage;
    for (;;) {
        while (liveOut < touched && !live(liveOut))
            ++liveOut;
        const qint64 t = nextMoment(at, tickets, touchpoints, settledSpan, regressSpan);
        if (t > m_until)
            break;

        // The facts a recompute at t counts: tickets and touchpoints at or before t,
        // windows (t - days, t], a ticket open until it is solved.
        for (; created < tickets.size() && tickets[created].createdAt == t; ++created)
            countTicket(f, tickets[created]);
        for (; settledOut < created && tickets[settledOut].createdAt + settledSpan == t;
             ++settledOut)
            --f.settledTickets;
        for (; regressOut < created && tickets[regressOut].createdAt + regressSpan == t;
             ++regressOut)
            --f.regressTickets;
        for (; closed < m_closes.size() && m_closes[closed].first == t; ++closed) {
            --f.openHighOrUrgent;
            if (m_closes[closed].second)
                --f.openUrgent;
        }
        for (; touched < touchpoints.size() && touchpoints[touched].at == t; ++touched)
            countTouchpoint(f, touchpoints[touched]);
        for (; liveOut < touched && (!live(liveOut) || touchpoints[liveOut].at + settledSpan == t);
             ++liveOut) {
            if (live(liveOut))
                --f.settledLiveTouchpoints;
        }
        while (other < m_moments.size() && m_moments[other] == t)
            ++other;
        if (t < start)
            continue;

        const Moment moment{t, dayOf(t)};
        Settling settling = m_decider.settle(stage, f, moment);
        if (settling.unstable()) {
            outcome.unstable = UnstableCustomer{f.customerId, stage, std::move(settling.fighting),
                                                QDateTime::fromSecsSinceEpoch(t, Qt::UTC)};
            continue;
        }
        addMoves(change, stage, settling.steps, t);
    }
    change.to = stage;
    if (!change.moves.empty())
        outcome.change = std::move(change);
    return outcome;
}

} // namespace fd
