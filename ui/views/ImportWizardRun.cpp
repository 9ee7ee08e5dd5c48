// The import wizard's check (a dry run) and import, each run off the UI thread on a connection
// of its own, with progress, Cancel and the sentence it ends with.
#include "PathText.h"
#include "views/ImportWizard.h"
#include "views/StepPage.h"

#include "BackgroundTask.h"
#include "common/Clock.h"
#include "common/OutputFile.h"
#include "csv/CsvImporter.h"
#include "ExportConfirmation.h"
#include "service/Session.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>

#include <memory>

namespace fd {

using importwizard::stepPage;

namespace {

// The import (or with `dryRun` its check) of the CSV file at `path` with `options`, on `db`;
// the bad rows to `rejects` when options.skipInvalid. Sets the values that need one (`unknown`)
// and the count of rows rejected. The summary's sentence, or why nothing was imported.
Result<QString> importRows(Database& db, const Clock& clock, ImportOptions options,
                           const QString& path, const QString& rejects, bool dryRun,
                           QList<ImportSummary::UnknownValue>& unknown, qint64& rejected)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(ImportWizard::tr("Cannot read “%1”: %2.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    QBuffer discard;
    // Through OutputFile: never over the database or the file being imported.
    std::unique_ptr<OutputFile> rejectsFile;
    if (options.skipInvalid) {
        if (dryRun) {
            discard.open(QIODevice::WriteOnly);
            options.rejects = &discard;
        } else {
            auto opened = OutputFile::open(
                rejects, {OutputFile::openDatabase(Session(db).path()),
                          {path, ImportWizard::tr("the file being imported"), false}});
            if (!opened)
                return failure(opened.error());
            rejectsFile = std::move(*opened);
            options.rejects = &rejectsFile->device();
            // Made whole before the rows are committed, renamed into place after: the
            // rows and their rejects land together or not at all (issue 14 §1).
            options.beforeCommit = [&rejectsFile]() -> Status {
                if (auto synced = rejectsFile->sync(); !synced)
                    return failure(
                        ImportWizard::tr("Nothing was imported: %1").arg(synced.error()));
                return {};
            };
        }
    }
    auto summary = CsvImporter(db, clock).run(file, QFileInfo(file).fileName(), options);
    if (!summary)
        return failure(summary.error());
    unknown = summary->unknownValues;
    rejected = summary->rejected;
    if (!dryRun && options.skipInvalid) {
        // A rejects file only when there are rejects.
        if (summary->rejected == 0) {
            rejectsFile->cancel();
        } else if (auto committed = rejectsFile->commit(); !committed) {
            // The rows are in: said as a success, with what went wrong after it.
            return ImportWizard::tr("%1\nThe rejects file was not saved: %2")
                .arg(summary->text(), committed.error());
        }
    }
    return summary->text();
}

} // namespace

void ImportWizard::startRun(bool dryRun)
{
    ImportOptions options;
    options.entity = entity();
    options.overrides = overrides();
    options.valueMaps = valueMaps();
    options.dryRun = dryRun;
    // The dry run always collects the bad rows (to count them); the import does if asked.
    options.skipInvalid = dryRun || m_skipInvalid->isChecked();
    const QString path = m_path->text();
    const QString rejects = rejectsPath();
    m_running = true;
    m_checked = false;
    if (!dryRun) // no going back while the rows are written
        setOption(QWizard::NoBackButtonOnLastPage, true);
    QProgressBar* bar = dryRun ? m_checkProgress : m_progress;
    bar->setRange(0, 0);
    bar->show();
    m_cancel->setVisible(!dryRun);
    (dryRun ? m_check : m_result)->setText(dryRun ? tr("Checking every row…") : tr("Importing…"));
    const QDateTime started = QDateTime::currentDateTime().addSecs(-1);
    // What the dry run found that needs a value; read once the task has finished.
    auto unknown = std::make_shared<QList<ImportSummary::UnknownValue>>();
    auto rejected = std::make_shared<qint64>(0); // rows the dry run would reject
    m_task = BackgroundTask::start(
        m_database, dryRun ? tr("Checking the import") : tr("Importing"),
        [options, path, rejects, dryRun, unknown, rejected,
         clock = &m_clock](Database& db, const BackgroundTask::Report& report,
                           const std::atomic_bool& cancelled) mutable -> Result<QString> {
            options.progress = report;
            options.cancel = &cancelled;
            return importRows(db, *clock, options, path, rejects, dryRun, *unknown, *rejected);
        },
        this);
    connect(m_task, &BackgroundTask::progress, bar, [bar](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        bar->setRange(0, 1000);
        bar->setValue(static_cast<int>(done * 1000 / total));
    });
    connect(
        m_task, &BackgroundTask::finished, this,
        [this, dryRun, bar, rejects, started, unknown, rejected](bool ok, const Error& message) {
            m_task = nullptr;
            m_running = false;
            bar->hide();
            m_cancel->hide();
            if (dryRun)
                finishCheck(ok, message, *unknown, *rejected);
            else
                finishImport(ok, message, rejects, started);
        });
}

// The check done: what it found, the values that need one, Next when it passed.
void ImportWizard::finishCheck(bool ok, const QString& message,
                               const QList<ImportSummary::UnknownValue>& unknown, qint64 rejected)
{
    m_checked = ok;
    m_check->setText(message);
    showUnknownValues(ok ? unknown : QList<ImportSummary::UnknownValue>());
    // "Import the good rows and write the bad ones to …" only when some are bad.
    m_skipInvalid->setVisible(!ok || rejected > 0);
    stepPage(this, CheckPage)->changed();
}

// The import done: its summary, and the rejects file when one was written since `started`.
void ImportWizard::finishImport(bool ok, const QString& message, const QString& rejects,
                                const QDateTime& started)
{
    m_imported = ok;
    QString html = message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    const QFileInfo rejected(rejects);
    const bool written =
        ok && m_skipInvalid->isChecked() && rejected.exists() && rejected.lastModified() >= started;
    if (written)
        html += QStringLiteral("<br>") +
                tr("Rejected rows: <a href=\"%1\">%2</a>")
                    .arg(QUrl::fromLocalFile(rejects).toString(),
                         elidedPath(rejects, m_result->fontMetrics(),
                                    m_result->parentWidget()->contentsRect().width() / 2)
                             .toHtmlEscaped());
    m_result->setText(html);
    if (written) // the path and "Open folder", as every export says where its file went
        ExportConfirmation::show(m_result, tr("The rejected rows were saved."), rejects);
    stepPage(this, ImportPage)->setTitle(ok ? tr("Imported") : tr("Not imported"));
    stepPage(this, ImportPage)->changed();
    // Imported: Finish alone. Not imported: Back to change what the sentence says, or
    // Cancel.
    setOption(QWizard::NoBackButtonOnLastPage, ok);
    button(QWizard::CancelButton)->setEnabled(!ok);
    emit importFinished(ok);
}

} // namespace fd
