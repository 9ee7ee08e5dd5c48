// The SLA breach sweep of an open window (issue 17, "Once per team"): breaches are recorded
// when they happen, by a sweep now and every minute, off the UI thread, one at a time
// (Tickets::sweepBreaches). On a server the team's clients take turns through the sweep's lock
// (service/TeamJob.h); a window that finds one other session (the same server process) holding
// it kStuckTurns turns in a row says who, since no breach is recorded anywhere until that
// session lets go.
#pragma once

#include "common/Location.h"

#include <QObject>

#include <functional>

namespace fd {

class BackgroundTask;
class Clock;
struct JobHolder;

class SlaSweep : public QObject {
    Q_OBJECT

public:
    // A sweep every `intervalMs` (a minute) on a connection of its own to `where`; none while
    // `paused()` says so (the file gone, the connection lost). `clock` outlives the sweep.
    SlaSweep(Location where, const Clock& clock, std::function<bool()> paused, QObject* parent,
             int intervalMs = 60 * 1000);

    // Turns in a row another session held the lock before the window says so: a window holds
    // it only while it sweeps (seconds), so five minutes of it is a session that keeps it.
    static constexpr int kStuckTurns = 5;

    // The sentence the window shows for `holder`, held `turns` turns (minutes) in a row.
    static QString stuckSentence(const JobHolder& holder, int turns);

public slots:
    // One sweep now, unless one is under way or paused() says no.
    void sweepNow();

signals:
    // `count` breaches recorded: the breached queue and the SLA figures changed.
    void recorded(int count);
    // A sentence for the status bar, for `ms`: a sweep that failed (a busy file: the next one
    // catches up; 10 s), or the lock kept by another session (stuckSentence; until the next turn).
    void notice(const QString& sentence, int ms);
    // A turn ended (swept, skipped or failed), after recorded() and notice().
    void turnDone();

private:
    Location m_where;
    const Clock& m_clock;
    std::function<bool()> m_paused;
    BackgroundTask* m_task = nullptr; // the sweep under way, if any
    int m_intervalMs;
    int m_heldTurns = 0; // turns in a row one other session held the lock
    qint64 m_heldBy = 0; // that session's server process
};

} // namespace fd
