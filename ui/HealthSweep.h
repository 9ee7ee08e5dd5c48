// The daily health recompute of an open window (issue 18: "a daily snapshot gives the trend"):
// every active customer's health score is computed again on open and on each new local day
// after (checked every `checkMs`, 10 minutes), off the UI thread (HealthEngine::recompute). On
// a server the team's clients take turns through the job's lock (TeamJob::kHealthRecompute):
// a window that finds another client recomputing leaves today to it. A file read-only, gone
// or a connection lost (paused()) skips the turn and tries at the next check.
#pragma once

#include "common/Location.h"

#include <QDate>
#include <QObject>

#include <functional>

namespace fd {

class BackgroundTask;
class Clock;

class HealthSweep : public QObject {
    Q_OBJECT

public:
    // The first check `startMs` after construction (after the window's first paint); `clock`
    // outlives the sweep.
    HealthSweep(Location where, const Clock& clock, std::function<bool()> paused, QObject* parent,
                int checkMs = 10 * 60 * 1000, int startMs = 3000);

    // Whether a window starts its sweep (true). The widget tests turn it off: a recompute 3 s into
    // a test would add scores and playbook tasks under what it counts; HealthSweepTest runs one.
    static bool automatic();
    static void setAutomatic(bool on);

    // The local day last scored (by this window, or by another client that held the lock).
    QDate scoredDay() const { return m_scoredDay; }
    // Recomputes this window has run.
    int runs() const { return m_runs; }

public slots:
    // A recompute now when today is not scored yet, unless one is under way or paused() says no.
    void checkNow();

signals:
    // `changed` scores changed: the dashboards' bands, the detail pane's score are read again.
    void scored(qint64 changed);
    // A recompute that failed, for the status bar (the next check tries again).
    void notice(const QString& sentence, int ms);
    // A check ended (scored, skipped or failed), after scored() and notice().
    void turnDone();

private:
    Location m_where;
    const Clock& m_clock;
    std::function<bool()> m_paused;
    BackgroundTask* m_task = nullptr;
    QDate m_scoredDay;
    int m_runs = 0;
};

} // namespace fd
