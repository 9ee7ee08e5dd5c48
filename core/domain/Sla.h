// Service levels (PRODUCT.md §4): how long a ticket may wait for its first response and
// for its resolution, by priority, in calendar hours. The resolution clock pauses while the
// ticket is pending or on hold. Breaches are recorded on the ticket when they happen, so
// these functions also say when a breach happened, not only whether it did.
#pragma once

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>
#include <map>

namespace fd {

struct Ticket;

struct SlaTargets {
    // Hours by priority (low, normal, high, urgent).
    std::array<int, 4> firstResponseHours{24, 8, 4, 1};
    std::array<int, 4> resolutionHours{120, 72, 24, 4};

    qint64 firstResponseSecs(Priority p) const;
    qint64 resolutionSecs(Priority p) const;

    // Settings keys "sla.<priority>.first_response_hours" / ".resolution_hours"; keys
    // that are missing or not a positive number keep their default.
    static SlaTargets fromSettings(const std::map<QString, QString>& settings);
    static QString key(Priority p, bool firstResponse);
};

// One of a ticket's two clocks at a moment.
struct SlaClock {
    enum class State {
        Running, // counting towards `due`
        Paused,  // pending or on hold: `due` moves with the pause
        Met,     // stopped before `due`
        Breached // `breachedAt` passed without a response / resolution
    };
    State state = State::Running;
    QDateTime due;        // UTC
    QDateTime breachedAt; // UTC; the moment the target passed, when breached
};

struct SlaStatus {
    SlaClock firstResponse;
    SlaClock resolution;
    bool breached() const;
};

class Sla {
    Q_DECLARE_TR_FUNCTIONS(fd::Sla)

public:
    static bool pauses(TicketStatus status);
    // Both clocks at `now` (UTC). The first-response clock stops at the first response or at
    // the solve, whichever came first; the resolution clock stops at the solve and does not
    // count the pauses. A breach already recorded on the ticket wins over the arithmetic.
    static SlaStatus evaluate(const Ticket& ticket, const SlaTargets& targets,
                              const QDateTime& now);

    // The ONE rule for a ticket written whole at `now` (UTC): added by a rep or the CLI, an
    // imported row, a generated ticket. Every writer of a new ticket calls it
    // (TicketRepository::add does; the bulk writers, which read the targets once, call it
    // per ticket before TicketRepository::insert). Derives, from the status and the
    // created / first-response / solved times, every SLA column:
    // - an open status clears solved_at; a solved or closed ticket without a solve time is
    //   solved at its last known event (its first response, else its creation);
    // - a pending or on-hold ticket is paused since its last known event (the first
    //   response, else the creation), not since `now`: nothing says its status changed
    //   after that, and an import or a generated history is written long after the fact.
    //   Seconds paused before are unknown, so 0;
    // - the breaches that happened are recorded (recordBreaches): a running clock's by
    //   `now`; a stopped clock's (responded, solved) whenever it stopped, even after `now`
    //   (a ticket dated ahead of the clock), because no sweep revisits a solved ticket.
    // Cheap and pure (no I/O): bulk writers call it per ticket. A status change of a ticket
    // that exists is changeStatus, which pauses from the moment of the change.
    static void settle(Ticket& ticket, const SlaTargets& targets, const QDateTime& now);

    // Records on the ticket the breaches that happened by `now` (columns that are still
    // empty); true when it recorded one.
    static bool recordBreaches(Ticket& ticket, const SlaTargets& targets, const QDateTime& now);

    // Moves the ticket to `status` at `now`: records breaches first, then pauses or resumes
    // the resolution clock and sets or clears solved_at (a reopened ticket is unsolved).
    static void changeStatus(Ticket& ticket, TicketStatus status, const SlaTargets& targets,
                             const QDateTime& now);

    // "due in 2 h 14 min", "breached 3 h ago", "paused (pending)", "met".
    static QString describe(const SlaClock& clock, const QDateTime& now);
    // "1 h 05 min", "3 d 4 h": the coarse length a rep reads at a glance; from 60 days on
    // "4 months", from 730 days "3 years" (a month counted as 30 days, a year as 365: an
    // imported ticket breached in 2023 reads "breached 3 years ago", not "1279 d").
    static QString duration(qint64 secs);
    // describe() in one unit, for a list's narrow column: "breached 9 h ago", "due in 2 d",
    // "paused, 40 min left", "met". Whole units, rounded down (a list shows the tooltip's
    // describe() for the minutes).
    static QString describeBriefly(const SlaClock& clock, const QDateTime& now);
    // "9 h", "2 d", "40 min", "4 mo", "3 yr": `secs` (either sign) in its largest whole unit;
    // months and years from the same lengths as duration().
    static QString briefDuration(qint64 secs);

private:
    // "4 months" from 60 days, "3 years" from 730; empty below 60 days.
    static QString longDuration(qint64 days);
};

} // namespace fd
