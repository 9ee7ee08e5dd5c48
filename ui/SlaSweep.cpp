#include "SlaSweep.h"

#include "BackgroundTask.h"
#include "models/Formatting.h"

#include "common/Clock.h"
#include "common/Quoted.h"
#include "common/TeamRights.h"
#include "service/TeamJob.h"
#include "service/Tickets.h"

#include <QDateTime>
#include <QTimer>

#include <memory>
#include <optional>

namespace fd {

SlaSweep::SlaSweep(Location where, const Clock& clock, std::function<bool()> paused,
                   QObject* parent, int intervalMs)
    : QObject(parent), m_where(std::move(where)), m_clock(clock), m_paused(std::move(paused)),
      m_intervalMs(intervalMs)
{
    auto* timer = new QTimer(this);
    timer->setInterval(intervalMs);
    connect(timer, &QTimer::timeout, this, &SlaSweep::sweepNow);
    timer->start();
    QTimer::singleShot(0, this, &SlaSweep::sweepNow);
}

QString SlaSweep::stuckSentence(const JobHolder& holder, int turns)
{
    const QString program = holder.application.isEmpty() ? tr("a program that gave no name")
                                                         : quoted(oneLine(holder.application));
    if (!holder.connectedAt) { // another login's session, which this role may not see the start of
        return tr("No SLA breach recorded for %n minute(s): “%1” (%2) holds the sweep's lock. A "
                  "manager can end "
                  "that session.",
                  nullptr, turns)
            .arg(oneLine(holder.login), program);
    }
    return tr("No SLA breach recorded for %n minute(s): “%1” (%2, connected %3) holds the sweep's "
              "lock. A manager "
              "can end that session.",
              nullptr, turns)
        .arg(oneLine(holder.login), program,
             shortDateTime(QDateTime::fromSecsSinceEpoch(*holder.connectedAt, Qt::UTC)));
}

void SlaSweep::sweepNow()
{
    if (m_task || (m_paused && m_paused()))
        return;
    struct Outcome {
        int recorded = 0;
        std::optional<JobHolder> holder;
    };
    auto outcome = std::make_shared<Outcome>();
    const Clock& clock = m_clock;
    m_task = BackgroundTask::start(
        m_where, tr("Recording SLA breaches"),
        [outcome, &clock](Database& db, const BackgroundTask::Report&,
                          const std::atomic_bool&) -> Result<QString> {
            auto swept = Tickets(db, clock).sweepBreaches();
            if (!swept)
                return failure(swept.error());
            outcome->recorded = *swept;
            // Nothing recorded: perhaps another session held the lock; who, if one still does.
            if (*swept == 0) {
                if (auto held = TeamJob::holder(db, TeamJob::kSlaSweep); held && *held)
                    outcome->holder = **held;
            }
            return QString();
        },
        this);
    connect(
        m_task, &BackgroundTask::finished, this, [this, outcome](bool ok, const QString& message) {
            m_task = nullptr;
            if (!ok) {
                emit notice(message, 10000);
                emit turnDone();
                return;
            }
            // The same session turn after turn: another window only holds it while it sweeps, with
            // a new connection each time, so windows that happen to sweep together never add up.
            m_heldTurns = outcome->holder && outcome->holder->pid == m_heldBy
                              ? m_heldTurns + 1
                              : (outcome->holder ? 1 : 0);
            m_heldBy = outcome->holder ? outcome->holder->pid : 0;
            if (outcome->holder && m_heldTurns >= kStuckTurns) // until the next turn says it again
                emit notice(stuckSentence(*outcome->holder, m_heldTurns), m_intervalMs + 5000);
            if (outcome->recorded > 0)
                emit recorded(outcome->recorded);
            emit turnDone();
        });
}

} // namespace fd
