// Replays a customer's own history through the stage rules, so that each move is dated
// when its rule first held instead of when someone asked (PRODUCT.md §3, §4: past
// periods' dashboards show the moves that happened in them). Pure: no storage, no clock.
#pragma once

#include "domain/CustomerFacts.h"
#include "stages/RuleEvaluator.h"
#include "stages/StageEngine.h"
#include "stages/StageRules.h"

#include <QDate>

#include <optional>
#include <utility>
#include <vector>

namespace fd {

class StageReplay {
public:
    // `until`: the last moment moves may be dated at (UTC seconds, usually now).
    // `firstDay`: the earliest first sale to be replayed (a local day), so the table of
    // local midnights is built once; an earlier one extends it.
    StageReplay(const StageRules& rules, const QDate& firstDay, qint64 until);

    struct Outcome {
        std::optional<StageChange> change; // the moves, oldest first; none if it stays
        // The latest moment at which the rules sent it back and forth: it stayed where it
        // was at that moment (no move), as a recompute then would have left it.
        std::optional<UnstableCustomer> unstable;
    };

    // Walks forward from the customer's latest move (history.stageEnteredAt, never before
    // the local midnight of its first sale) to `until`, over the moments at which a rule's
    // outcome can change: its tickets' creation and solve times, its touchpoints, each of
    // those plus each rule window's length (RuleEvaluator::spans), and its first sale plus
    // each age a rule waits for. At each such moment it counts the facts a recompute at
    // that moment would count, asks the rules (RuleDecider: RuleEvaluator::decide, its
    // reasons remembered), and dates each move at that moment (whole seconds), with the
    // reason quoting that moment's numbers; the moves of one moment are the ones
    // RuleDecider::settle finds, as a recompute makes them, and none at a moment the rules
    // fight (the replay goes on from the stage it stayed in). At `until` it stops where a
    // recompute at `until` moves nobody. Churned and pinned customers never move.
    // `history`'s tickets must be sorted by createdAt and its touchpoints by at.
    Outcome run(const CustomerHistory& history);

private:
    qint64 dayStart(const QDate& day); // UTC seconds of the local midnight starting `day`
    QDate dayOf(qint64 secs);          // the local day of a moment at or after m_firstDay
    void extendTo(const QDate& firstDay);
    struct Cursors;
    // The moments of `history` that are not an event's own, and its high/urgent tickets'
    // solve times, into m_moments and m_closes, sorted.
    void collectMoments(const CustomerHistory& history, qint64 start);
    // The next moment any of run()'s streams of moments reaches, from the cursors `at`.
    qint64 nextMoment(const Cursors& at, const std::vector<TicketEvent>& tickets,
                      const std::vector<TouchpointEvent>& touchpoints, qint64 settledSpan,
                      qint64 regressSpan) const;

    RuleDecider m_decider; // the rules, with the reasons already built
    RuleSpans m_spans;
    qint64 m_until = 0;
    QDate m_firstDay;
    std::vector<qint64> m_midnights; // local midnight of m_firstDay + i, in UTC seconds
    qint64 m_dayFrom = 0;            // the last day dayOf() found, [from, to) in UTC seconds
    qint64 m_dayTo = 0;
    QDate m_day;
    // Per-customer scratch, kept to save allocations.
    std::vector<std::pair<qint64, bool>> m_closes; // solve times of high/urgent tickets, urgent
    std::vector<qint64> m_moments;                 // the moments besides the events
};

} // namespace fd
