#include "HealthSweep.h"

#include "BackgroundTask.h"

#include "common/Clock.h"
#include "service/TeamJob.h"
#include "success/HealthEngine.h"

#include <QTimer>

#include <memory>

namespace fd {

namespace {
bool g_automatic = true;
}

bool HealthSweep::automatic()
{
    return g_automatic;
}

void HealthSweep::setAutomatic(bool on)
{
    g_automatic = on;
}

HealthSweep::HealthSweep(Location where, const Clock& clock, std::function<bool()> paused,
                         QObject* parent, int checkMs, int startMs)
    : QObject(parent), m_where(std::move(where)), m_clock(clock), m_paused(std::move(paused))
{
    auto* timer = new QTimer(this);
    timer->setInterval(checkMs);
    connect(timer, &QTimer::timeout, this, &HealthSweep::checkNow);
    timer->start();
    QTimer::singleShot(startMs, this, &HealthSweep::checkNow);
}

void HealthSweep::checkNow()
{
    const QDate today = m_clock.now().toLocalTime().date();
    if (m_task || today == m_scoredDay || (m_paused && m_paused())) {
        emit turnDone();
        return;
    }
    struct Outcome {
        bool ran = false; // false: another client held the lock
        qint64 changed = 0;
    };
    auto outcome = std::make_shared<Outcome>();
    const Clock& clock = m_clock;
    m_task = BackgroundTask::start(
        m_where, tr("Scoring customer health"),
        [outcome, &clock](Database& db, const BackgroundTask::Report&,
                          const std::atomic_bool&) -> Result<QString> {
            Result<std::optional<TeamJob>> job = TeamJob::take(db, TeamJob::kHealthRecompute);
            if (!job)
                return failure(job.error());
            if (!*job)
                return QString(); // another client is scoring now: today is its
            auto run = HealthEngine(db, clock).recompute();
            if (!run)
                return failure(run.error());
            outcome->ran = true;
            outcome->changed = run->changed;
            return QString();
        },
        this);
    connect(m_task, &BackgroundTask::finished, this,
            [this, outcome, today](bool ok, const QString& message) {
                m_task = nullptr;
                if (!ok) {
                    emit notice(tr("Health scores were not updated: %1").arg(message), 10000);
                    emit turnDone();
                    return;
                }
                m_scoredDay = today;
                if (outcome->ran)
                    ++m_runs;
                if (outcome->changed > 0)
                    emit scored(outcome->changed);
                emit turnDone();
            });
}

} // namespace fd
