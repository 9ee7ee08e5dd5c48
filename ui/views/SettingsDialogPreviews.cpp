// The Settings dialog's previews (SettingsDialog.h): who the values being typed would move,
// change band or give a task, counted off the UI thread a while after the last change.
#include "SettingsDialog.h"

#include "BackgroundTask.h"
#include "SettingsPages.h"
#include "SettingsPreview.h"

#include "common/Clock.h"
#include "stages/StageEngine.h"
#include "success/HealthEngine.h"
#include "success/PlaybookPreview.h"

#include <QListWidget>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

namespace fd {

using settingspages::kPlaybook;
using settingspages::kStageRule;

namespace {

constexpr int kPreviewDelayMs = 400; // after the last keystroke

// The rows of a preview, largest first, then by from and to.
template <typename Key, typename Name>
std::vector<SettingsPreview::Row>
previewRows(std::map<std::pair<Key, Key>, std::vector<qint64>> moves, Name name)
{
    std::vector<SettingsPreview::Row> rows;
    for (auto& [fromTo, ids] : moves)
        rows.push_back({name(fromTo.first), name(fromTo.second), std::move(ids), {}});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.ids.size() > b.ids.size(); });
    return rows;
}

// Runs `compute(db)` (a Result<T>) on a connection of its own; back on the UI thread, unless
// `current()` says the values changed meanwhile (a newer preview is on its way), hands the
// value to `shown`, or the failure's sentence to `preview`.
template <typename T, typename Compute, typename Shown>
void runPreview(QObject* owner, Database& db, const QString& title, SettingsPreview* preview,
                std::function<bool()> current, Compute compute, Shown shown)
{
    auto value = std::make_shared<T>();
    auto* task = BackgroundTask::start(
        db, title,
        [value, compute](Database& own, const BackgroundTask::Report&,
                         const std::atomic_bool&) -> Result<QString> {
            auto computed = compute(own);
            if (!computed)
                return failure(computed.error());
            *value = std::move(*computed);
            return QString();
        },
        owner);
    QObject::connect(
        task, &BackgroundTask::finished, owner,
        [value, preview, current = std::move(current), shown](bool ok, const Error& message) {
            if (!current())
                return;
            if (!ok)
                preview->showProblem(message);
            else
                shown(*value);
        });
}

} // namespace

// The previews count a while after the last change (kPreviewDelayMs).
void SettingsDialog::createPreviewTimers()
{
    m_stageTimer = new QTimer(this);
    m_stageTimer->setSingleShot(true);
    m_stageTimer->setInterval(kPreviewDelayMs);
    connect(m_stageTimer, &QTimer::timeout, this, &SettingsDialog::runStagePreview);
    m_healthTimer = new QTimer(this);
    m_healthTimer->setSingleShot(true);
    m_healthTimer->setInterval(kPreviewDelayMs);
    connect(m_healthTimer, &QTimer::timeout, this, &SettingsDialog::runHealthPreview);
    m_playbookTimer = new QTimer(this);
    m_playbookTimer->setSingleShot(true);
    m_playbookTimer->setInterval(kPreviewDelayMs);
    connect(m_playbookTimer, &QTimer::timeout, this, &SettingsDialog::runPlaybookPreview);
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this] {
        if (problem().isEmpty())
            schedulePlaybookPreview();
    });
}

void SettingsDialog::schedulePlaybookPreview()
{
    // Counted when its page shows (the saved playbooks need no edit to be worth a look) or a
    // playbook changed; not for each keystroke on another page.
    if (m_playbookCounted == m_playbookGeneration && !m_playbookTimer->isActive())
        return;
    if (currentPage() != Page::Playbooks && changesOf({kPlaybook}).isEmpty())
        return;
    m_playbookPreview->showRunning(tr("Counting whom these playbooks would give a task…"));
    m_playbookTimer->start();
}

void SettingsDialog::runStagePreview()
{
    QStringList overrides;
    for (const QString& change : changesOf({kStageRule}))
        overrides << change.mid(kStageRule.size());
    const int generation = m_stageGeneration;
    runPreview<RecomputeReport>(
        this, m_db, tr("Stage rules what-if"), m_stagePreview,
        [this, generation] { return generation == m_stageGeneration; },
        [overrides, clock = &m_clock](Database& db) {
            return StageEngine(db, *clock).preview(overrides);
        },
        [this](const RecomputeReport& report) {
            std::map<std::pair<Stage, Stage>, std::vector<qint64>> moves;
            for (const StageChange& c : report.changes)
                moves[{c.from, c.to}].push_back(c.customerId);
            const qint64 moved = static_cast<qint64>(report.changes.size());
            QString summary =
                tr("%Ln customer(s) would move, of %1 evaluated.", nullptr, static_cast<int>(moved))
                    .arg(QLocale().toString(report.evaluated));
            if (const QString unstable = StageEngine::unstableSummary(report.unstable);
                !unstable.isEmpty())
                summary += QLatin1Char(' ') + unstable;
            m_stagePreview->showRows(
                summary, previewRows(std::move(moves), [](Stage s) { return displayName(s); }));
        });
}

void SettingsDialog::runHealthPreview()
{
    const QStringList assignments =
        changesOf({QStringLiteral("health."), QStringLiteral("stage_target.")});
    const int generation = m_healthGeneration;
    runPreview<HealthPreview>(
        this, m_db, tr("Health score what-if"), m_healthPreview,
        [this, generation] { return generation == m_healthGeneration; },
        [assignments, clock = &m_clock](Database& db) {
            return HealthEngine(db, *clock).preview(assignments);
        },
        [this](const HealthPreview& preview) {
            auto band = [](ScoreBand b) { return HealthScorer::displayName(b); };
            QString summary = tr("%Ln customer(s) would change band, of %1 scored.", nullptr,
                                 static_cast<int>(preview.moved()))
                                  .arg(QLocale().toString(preview.evaluated));
            QStringList after;
            for (const ScoreBand b : {ScoreBand::Healthy, ScoreBand::Watch, ScoreBand::AtRisk}) {
                const auto i = static_cast<std::size_t>(b);
                after << tr("%1 %2 (now %3)")
                             .arg(band(b), QLocale().toString(preview.after[i]),
                                  QLocale().toString(preview.before[i]));
            }
            summary +=
                QLatin1Char(' ') + tr("Afterwards: %1.").arg(after.join(QStringLiteral(", ")));
            m_healthPreview->showRows(summary, previewRows(preview.moves, band));
        });
}

void SettingsDialog::runPlaybookPreview()
{
    const QStringList assignments = changesOf({kPlaybook});
    m_playbookCounted = m_playbookGeneration;
    const int generation = m_playbookGeneration;
    runPreview<PlaybookPreview>(
        this, m_db, tr("Playbooks what-if"), m_playbookPreview,
        [this, generation] { return generation == m_playbookGeneration; },
        [assignments, clock = &m_clock](Database& db) {
            return PlaybookPreviewer(db, *clock).preview(assignments);
        },
        [this, edited = !assignments.isEmpty()](const PlaybookPreview& preview) {
            auto name = [](const QString& key) {
                return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
            };
            std::vector<SettingsPreview::Row> rows;
            qint64 tasks = 0;
            for (const Playbook& p : preview.playbooks) {
                tasks += preview.tasks(p.key);
                if (preview.tasks(p.key) == 0)
                    rows.push_back({name(p.key), tr("nobody in these days"), {}, {}});
            }
            for (const PlaybookReach& r : preview.reach) {
                const QString agent =
                    r.assignee.isEmpty() ? tr("nobody: no owner or manager") : r.assignee;
                rows.push_back({name(r.key), agent, r.customerIds,
                                tr("playbook %1, tasks for %2").arg(name(r.key), agent)});
            }
            std::stable_sort(rows.begin(), rows.end(),
                             [](const auto& a, const auto& b) { return a.from < b.from; });
            const QString period =
                tr("the %1 days to %2")
                    .arg(preview.days)
                    .arg(QLocale().toString(preview.today, QLocale::ShortFormat));
            QString summary = (edited ? tr("As edited, over %1 these playbooks would have made %Ln "
                                           "task(s); silences as of now.",
                                           nullptr, static_cast<int>(tasks))
                                      : tr("The saved playbooks would have made %Ln task(s) over "
                                           "%1; silences as of now.",
                                           nullptr, static_cast<int>(tasks)))
                                  .arg(period);
            if (!preview.off.isEmpty()) {
                QStringList off;
                for (const QString& key : preview.off)
                    off << name(key);
                summary +=
                    QLatin1Char(' ') + tr("Switched off: %1.").arg(off.join(QStringLiteral(", ")));
            }
            m_playbookPreview->showRows(summary, rows);
        });
}

bool SettingsDialog::previewsSettled() const
{
    return m_loaded && !m_stageTimer->isActive() && !m_healthTimer->isActive() &&
           !m_playbookTimer->isActive() && !m_stagePreview->isRunning() &&
           !m_healthPreview->isRunning() && !m_playbookPreview->isRunning();
}

} // namespace fd
