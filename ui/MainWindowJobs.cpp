// MainWindow's background jobs: one at a time, with progress and Cancel in the status bar
// (runInBackground), and the ones the menus and the Settings dialog start: the stage
// recompute and the health scores.
#include "MainWindow.h"

#include "BackgroundTask.h"
#include "DataChanges.h"
#include "FileGone.h"

#include "common/Clock.h"
#include "stages/StageEngine.h"
#include "success/HealthEngine.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace fd {

BackgroundTask* MainWindow::runInBackground(
    const QString& title,
    std::function<Result<QString>(Database&, const std::function<void(qint64, qint64)>&,
                                  const std::atomic_bool&)>
        work,
    std::function<void(bool)> done)
{
    if (m_job->isVisible()) {
        showError(tr("“%1” is still running; wait for it to finish, or cancel it first.")
                      .arg(m_jobTitle->text()));
        return nullptr;
    }
    if (m_gone->isGone()) { // a job opens the path, which is no longer this file
        showError(session().movedSentence());
        return nullptr;
    }
    auto* task = BackgroundTask::start(session().location(), title, std::move(work), this);
    m_jobTitle->setText(title);
    m_jobProgress->setRange(0, 0); // busy until the first report
    m_job->show();
    auto* cancel = m_job->findChild<QToolButton*>(QStringLiteral("cancelJob"));
    cancel->disconnect();
    connect(cancel, &QToolButton::clicked, task, &BackgroundTask::cancel);
    connect(task, &BackgroundTask::progress, this, [this](qint64 doneCount, qint64 total) {
        if (total <= 0)
            return;
        m_jobProgress->setRange(0, 1000);
        m_jobProgress->setValue(static_cast<int>(doneCount * 1000 / total));
    });
    connect(task, &BackgroundTask::finished, this,
            [this, done = std::move(done)](bool ok, const Error& message) {
                m_job->hide();
                updateCounts();
                if (ok)
                    statusBar()->showMessage(message, 15000);
                else
                    showError(message);
                if (done)
                    done(ok);
            });
    return task;
}

BackgroundTask* MainWindow::recomputeStages()
{
    return runInBackground(
        tr("Recomputing stages"),
        [clock = &m_clock](Database& db, const std::function<void(qint64, qint64)>&,
                           const std::atomic_bool&) -> Result<QString> {
            auto report = StageEngine(db, *clock).recompute();
            if (!report)
                return failure(report.error());
            QString message = tr("Stages recomputed; customers moved: %1.")
                                  .arg(QLocale().toString(report->moveCount()));
            if (!report->unstable.empty()) // left where they were: say which rules fight
                message += QLatin1Char(' ') + StageEngine::unstableSummary(report->unstable, true);
            return message;
        },
        [this](bool ok) {
            if (ok)
                refreshLists();
        });
}

BackgroundTask* MainWindow::rescoreHealth()
{
    return runInBackground(
        tr("Scoring customer health"),
        [clock = &m_clock](Database& db, const std::function<void(qint64, qint64)>&,
                           const std::atomic_bool&) -> Result<QString> {
            auto run = HealthEngine(db, *clock).recompute();
            if (!run)
                return failure(run.error());
            return tr("Health scores recomputed; scores changed: %1.")
                .arg(QLocale().toString(run->changed));
        },
        [this](bool ok) {
            if (ok)
                m_changes->announce();
        });
}

} // namespace fd
