#pragma once

#include "common/Location.h"
#include "csv/CsvImporter.h"
#include "csv/ImportMapping.h"

#include <QMap>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QDateTime;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace fd {

class BackgroundTask;
class Clock;
class InputGuard;

// File → Import: choose a file and what it holds → the first rows → which column feeds
// which field (filled in from the header, editable, with a sample value each) → a dry run
// that says what would happen → the import itself, with progress and Cancel → the counts
// and where the rejected rows went, with "Open folder" (ExportConfirmation). The dry run and the
// import run in the background on their own connection.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum Page { FilePage, PreviewPage, MappingPage, CheckPage, ImportPage };

    // `database`: the window's own (a file or a server); the import opens its own connection.
    // `clock`: "now" for the import (its rows' defaults, the customers' stages); it must
    // outlive the wizard and its background work.
    ImportWizard(const Location& database, const Clock& clock, QWidget* parent = nullptr);

    // What the pages hold, for tests and for the window.
    void setFile(const QString& path, ImportMapping::Entity entity);
    QStringList overrides() const; // FIELD=COLUMN for every field, as the mapping table says
    // FIELD:TEXT=VALUE for every unknown value given a value on the check page (kept when a
    // later check no longer lists it, since it is then known).
    QStringList valueMaps() const;
    // The check page's unknown values: field, text in the file, rows, and a drop-down of
    // the field's values (its first item, data "", refuses those rows).
    QTableWidget* unknownValues() const { return m_values; }
    QTableWidget* preview() const { return m_preview; }
    QTableWidget* mapping() const { return m_mapping; }
    QString checkText() const;
    QString resultText() const;
    BackgroundTask* task() const { return m_task; }
    bool imported() const { return m_imported; }
    // Escape, Cancel and the window's close ask before the file chosen and the mapping
    // are thrown away (UnsavedChanges.h); not once imported, nor while a run goes on.
    void reject() override;

signals:
    void importFinished(bool ok);
    void unknownValuesShown(bool shown); // the check page lists values to choose

private:
    void buildFilePage();
    void buildPreviewPage();
    void buildMappingPage();
    void buildCheckPage();
    void buildImportPage();
    void loadPreview();
    void loadMapping();
    void startRun(bool dryRun);
    void finishCheck(bool ok, const QString& message,
                     const QList<ImportSummary::UnknownValue>& unknown, qint64 rejected);
    void finishImport(bool ok, const QString& message, const QString& rejects,
                      const QDateTime& started);
    ImportMapping::Entity entity() const;
    // Where the import writes its rejected rows: "<file>.rejects.csv", a name not taken,
    // in SaveDialogs::writableFolder() (never beside the file read: it may be read-only);
    // chosen when the check page is entered.
    QString rejectsPath() const { return m_rejectsPath; }
    void chooseRejectsPath();

    Location m_database; // the window's file or server (with its password, in memory)
    const Clock& m_clock;
    QString m_rejectsPath;
    QLineEdit* m_path = nullptr;
    QComboBox* m_entity = nullptr;
    QLabel* m_fileProblem = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_previewProblem = nullptr;
    QStringList m_header;
    QStringList m_firstRow;
    QTableWidget* m_mapping = nullptr;
    QLabel* m_check = nullptr;
    QTableWidget* m_values = nullptr;
    QPushButton* m_checkAgain = nullptr;
    QMap<QString, QString> m_chosenValues; // "field:text" → value, kept across checks
    void showUnknownValues(const QList<ImportSummary::UnknownValue>& values);
    QCheckBox* m_skipInvalid = nullptr;
    QLabel* m_result = nullptr;
    QProgressBar* m_checkProgress = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    BackgroundTask* m_task = nullptr;
    bool m_checked = false;
    bool m_imported = false;
    bool m_running = false;
    InputGuard* m_guard = nullptr;
};

} // namespace fd
