// The importer's two passes over a CSV file (CsvImporter::run), as one class, Import: the first
// reads the header, chooses the mapping and learns the date formats; the second reads every row
// through an importing::Run (ImportRun.h: the checks and plans of each row) on a second thread,
// and writes the batches it plans on this one, in one transaction. Internal to the importer. Its
// definitions are in two files:
//   CsvImporter.cpp       the first pass: the header, the mapping, the dates, the notes on them
//   ImportSecondPass.cpp  the second pass: the rows read, refused or written; the commit
#pragma once

#include "common/Result.h"
#include "csv/CsvImporter.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/DateFormats.h"
#include "csv/ImportMapping.h"
#include "csv/ImportRun.h"
#include "csv/ImportSample.h"
#include "domain/StoredEvents.h"
#include "storage/TouchpointSummaries.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

class QIODevice;

namespace fd {

class Clock;
class Database;

// QT_LOGGING_RULES="funneldesk.import.debug=true" times each step of an import.
Q_DECLARE_LOGGING_CATEGORY(lcImport)

namespace importing {

// What a bulk load into an empty database keeps of the rows it stores while each row it stores
// is new (ImportSecondPass.cpp, store()): the touchpoint summaries (TouchpointSummaries::keep),
// and the tickets and touchpoints the stage placement replays (StoredEvents).
struct KeptRows {
    TouchpointSummaries summaries;
    StoredEvents events;
};

// One run of the importer, its two passes over the file as steps: the first learns the
// header, the mapping and every date column's format (readMapping, firstPass); the second
// reads every row into a Run and writes the batches it plans, in one transaction
// (secondPass, writeAll).
class Import {
public:
    Import(Database& db, const Clock& clock, QIODevice& input, const QString& source,
           const ImportOptions& options);

    Result<ImportSummary> run();

private:
    void step(const char* what) { qCDebug(lcImport, "%s: %lld ms", what, m_timer.restart()); }

    // Pass 1 (CsvImporter.cpp): the header, the mapping, every date column's format, the row
    // count.
    Status readMapping();
    // A header read as one column that holds another delimiter: say which.
    QString oneColumnHint() const;
    Status firstPass();
    // Which fields are dates, each with its format: the options' one, or a column of the
    // detector.
    Status planDates();
    // The first pass's rows: counted, their dates shown to the detector (see the definition
    // for when it stops early).
    Status readForDates(CsvReader& first);
    void detect(const QStringList& row, qint64 line);
    // The first date failure (in field order): what a whole first pass reports.
    std::optional<QString> detectionFailure() const;
    // How the file was read, for the summary.
    void noteFirstPass();

    // Pass 2 (ImportSecondPass.cpp): every row, in one transaction.
    Status secondPass();
    // The second pass's transaction: the rows read on a second thread while this one writes
    // them, the new customers placed by the stage rules, the audit entry, the commit.
    Status writeAll(CsvReader& second, std::optional<CsvWriter>& rejects);
    // Reads, checks and plans every row on a second thread (readRows), and stores the batches
    // it plans on this one as they come; `kept`, while engaged, keeps every ticket and touchpoint
    // stored (reset at the first row merged into a ticket).
    Status readAndStore(Run& run, CsvReader& second, std::optional<CsvWriter>& rejects,
                        std::optional<KeptRows>& kept);
    // Reads, checks and plans every row; on a second thread, while the first one writes.
    Status readRows(Run& run, CsvReader& second, std::optional<CsvWriter>& rejects);
    // A refused row: the import's end, or (skipInvalid) a row of the rejects file.
    Status reject(const Rejection& rejection, CsvReader& second, std::optional<CsvWriter>& rejects);
    // A row that stops the import: after an early first pass, the rest of the file is still
    // read for its dates, whose failure a whole first pass would report first.
    Status stop(CsvReader& second, const QString& reason);
    // The new customers through the stage rules, in the same transaction; their tickets and
    // touchpoints from `stored` when given (it holds every one of theirs), else read back.
    Status placeNewCustomers(const Run& run, const StoredEvents* stored);

    Database& m_db;
    const Clock& m_clock;
    QIODevice& m_input;
    const QString& m_source;
    const ImportOptions& m_options;
    CsvReader::Options m_shape;
    QElapsedTimer m_timer;
    std::optional<ImportSample> m_sample;
    QStringList m_header;
    qint64 m_preamble = 0;
    std::optional<ImportMapping> m_mapping;
    QStringList m_remapNotes;
    std::vector<std::optional<DateFormat>> m_formats; // per field
    DateDetector m_detector;
    std::vector<int> m_detected; // per field: its detector column, or -1
    std::vector<std::pair<int, qsizetype>> m_dateColumns;
    // Per m_dateColumns entry: the value last shown to the detector. Showing it the same value
    // again changes nothing (DateDetector::add), and a file lists a customer's rows together.
    std::vector<QString> m_lastDetected;
    qint64 m_settledAfter = -1; // rows the first pass read, if it stopped early
    ImportSummary m_summary;
    QStringList m_row;
};

} // namespace importing
} // namespace fd
