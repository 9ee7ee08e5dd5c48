// CsvImporter: the import of a CSV file (see CsvImporter.h), as its two passes over the file
// (class Import below): the first reads the header, chooses the mapping and learns the date
// formats; the second reads every row through an importing::Run (ImportRun.h: the checks and
// plans of each row) on a second thread, and writes the batches it plans on this one, in one
// transaction.
#include "csv/CsvImporter.h"

#include "common/Clock.h"
#include "common/FrontEndHints.h"
#include "common/Handover.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/DateFormats.h"
#include "csv/ImportRun.h"
#include "csv/ImportSample.h"
#include "stages/StageEngine.h"
#include "storage/AgentRepository.h"
#include "storage/AuditLog.h"
#include "storage/BulkLoad.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/ImportRepository.h"
#include "storage/RowLoad.h"
#include "storage/StageTransitionRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TouchpointRepository.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>
#include <memory>
#include <optional>

namespace fd {

// QT_LOGGING_RULES="funneldesk.import.debug=true" times each step of an import.
Q_LOGGING_CATEGORY(lcImport, "funneldesk.import", QtWarningMsg)

namespace {

using namespace importing;

// The table an import of `entity` writes, as the audit log names it.
QString auditTable(ImportMapping::Entity entity)
{
    switch (entity) {
    case ImportMapping::Entity::Customers:
        return QStringLiteral("customer");
    case ImportMapping::Entity::Touchpoints:
        return QStringLiteral("touchpoint");
    case ImportMapping::Entity::Tickets:
        break;
    }
    return QStringLiteral("ticket");
}

constexpr std::size_t kBatch = 1024;
// Rows the first pass reads before it may stop early (see Import::readForDates).
constexpr qint64 kSettleRows = 5000;

bool isDateField(Entity entity, const QString& field)
{
    switch (entity) {
    case Entity::Customers:
        return field == QLatin1String("since") || field == QLatin1String("stage_entered_at");
    case Entity::Tickets:
        return field == QLatin1String("customer_since") || field == QLatin1String("created_at") ||
               field == QLatin1String("first_response_at") || field == QLatin1String("solved_at") ||
               field == QLatin1String("updated_at");
    case Entity::Touchpoints:
        return field == QLatin1String("occurred_at");
    }
    return false;
}

// The writing thread's part: a batch of planned rows into the database, then its merges.
void store(Database& db, const Batch& batch, const std::function<void(const Batch::Merge&)>& merge)
{
    AgentRepository agents(db);
    for (const Agent& a : batch.agents)
        agents.insert(a);
    CustomerRepository customers(db);
    for (const Customer& c : batch.customers)
        customers.insert(c);
    StageTransitionRepository(db).insert(std::span<const StageTransition>(batch.entries));
    if (!batch.tickets.empty())
        TicketRepository(db).insert(std::span<const Ticket>(batch.tickets));
    if (!batch.touchpoints.empty())
        TouchpointRepository(db).insert(std::span<const Touchpoint>(batch.touchpoints));
    for (const Batch::Merge& m : batch.merges)
        merge(m);
}

// A sentence as a clause after "file, line N: ": "A ticket cannot…" reads "a ticket
// cannot…" (a word in capitals, such as "SLA", stays).
QString asClause(QString sentence)
{
    if (sentence.size() > 1 && sentence.at(0).isUpper() && sentence.at(1).isLower())
        sentence[0] = sentence.at(0).toLower();
    return sentence;
}

// Cells a spreadsheet adds or leaves out at the end of a row: extra empty cells beyond
// the header (a trailing comma) are dropped, and cells missing under headerless columns
// (a header with a trailing comma) are added, empty; any other difference stays.
void fitToHeader(QStringList& row, const QStringList& header)
{
    while (row.size() > header.size() && row.back().trimmed().isEmpty())
        row.removeLast();
    while (row.size() < header.size() && header.at(row.size()).trimmed().isEmpty())
        row << QString();
}

QString where(const QString& source, qint64 line, qsizetype column, const QString& header)
{
    if (column < 0)
        return CsvImporter::tr("%1, line %2").arg(source).arg(line);
    return CsvImporter::tr("%1, line %2, column %3 (“%4”)")
        .arg(source)
        .arg(line)
        .arg(column + 1)
        .arg(header);
}

// One run of the importer, its two passes over the file as steps: the first learns the
// header, the mapping and every date column's format (readMapping, firstPass); the second
// reads every row into a Run and writes the batches it plans, in one transaction
// (secondPass, writeAll).
class Import {
public:
    Import(Database& db, const Clock& clock, QIODevice& input, const QString& source,
           const ImportOptions& options)
        : m_db(db), m_clock(clock), m_input(input), m_source(source), m_options(options)
    {
        m_timer.start();
        m_shape.delimiter = options.delimiter;
        m_summary.dryRun = options.dryRun;
    }

    Result<ImportSummary> run()
    {
        if (auto mapped = readMapping(); !mapped)
            return failure(mapped.error());
        if (auto first = firstPass(); !first)
            return failure(first.error());
        noteFirstPass();
        step(m_settledAfter < 0 ? "first pass (the whole file)"
                                : "first pass (until the dates settled)");
        if (auto second = secondPass(); !second)
            return failure(second.error());
        return m_summary;
    }

private:
    void step(const char* what) { qCDebug(lcImport, "%s: %lld ms", what, m_timer.restart()); }

    // Pass 1: the header, the mapping, every date column's format, the row count.
    Status readMapping()
    {
        auto read = ImportSample::read(m_input, m_source, m_shape);
        if (!read)
            return failure(read.error());
        m_sample = std::move(*read);
        m_header = m_sample->header;
        m_preamble = m_sample->preamble;
        QStringList overrides = m_options.overrides;
        auto found = ImportMapping::fromHeader(m_options.entity, m_header, overrides);
        if (!found)
            return failure(CsvImporter::tr("%1: %2").arg(m_source, found.error()));
        if (const QStringList more = m_sample->remaps(*found, m_remapNotes); !more.isEmpty()) {
            overrides += more;
            found = ImportMapping::fromHeader(m_options.entity, m_header, overrides);
            if (!found)
                return failure(CsvImporter::tr("%1: %2").arg(m_source, found.error()));
        }
        m_mapping = std::move(*found);
        if (auto required = m_mapping->checkRequired(); !required)
            return failure(CsvImporter::tr("%1: %2").arg(m_source, required.error()) +
                           oneColumnHint());
        if (auto mapped = m_mapping->addValueMaps(m_options.valueMaps); !mapped)
            return failure(mapped.error());
        if (auto missed = m_sample->lookalikes(m_source, *m_mapping); !missed)
            return failure(missed.error());
        return {};
    }

    // A header read as one column that holds another delimiter: say which.
    QString oneColumnHint() const
    {
        QString hint;
        if (m_header.size() == 1) {
            for (const char other : {'\t', ';', '|', ','}) {
                if (m_header.constFirst().contains(QLatin1Char(other))) {
                    hint = CsvImporter::tr(" The header was read as one column, but it holds %1%2.")
                               .arg(CsvReader::delimiterName(other),
                                    hints::clause(hints::Hint::Delimiter,
                                                  {other == '\t' ? QStringLiteral("tab")
                                                                 : QString(QLatin1Char(other))}));
                    break;
                }
            }
        }
        return hint;
    }

    Status firstPass()
    {
        if (!m_input.seek(0))
            return failure(CsvImporter::tr("Cannot read %1 from its start.").arg(m_source));
        CsvReader first(m_input, m_source, m_shape);
        for (qint64 skipped = 0; skipped <= m_preamble; ++skipped) // up to and with the header
            (void)first.next(m_header);
        if (auto planned = planDates(); !planned)
            return planned;
        if (auto read = readForDates(first); !read)
            return read;
        if (m_summary.rows == 0)
            return failure(
                CsvImporter::tr("%1 has a header but no rows: nothing to import.").arg(m_source));
        if (m_settledAfter < 0) {
            if (auto failed = detectionFailure())
                return failure(*failed);
        }
        if (const auto dates = m_detector.result()) {
            for (std::size_t f = 0; f < m_detected.size(); ++f) {
                if (m_detected[f] >= 0)
                    m_formats[f] = (*dates)[static_cast<std::size_t>(m_detected[f])];
            }
            m_summary.notes += m_detector.notes();
        }
        return {};
    }

    // Which fields are dates, each with its format: --date-format's, or a column of the detector.
    Status planDates()
    {
        const QStringList fields = ImportMapping::fields(m_options.entity);
        m_formats.resize(static_cast<std::size_t>(fields.size()));
        // The date columns of the file, learnt together (one day/month order for the file).
        m_detected.assign(m_formats.size(), -1);
        std::optional<DateFormat> explicitFormat;
        if (!m_options.dateFormat.isEmpty()) {
            auto format = dateFormatFromString(m_options.dateFormat);
            if (!format)
                return failure(CsvImporter::tr("--date-format: %1").arg(format.error()));
            explicitFormat = *format;
        }
        for (qsizetype f = 0; f < fields.size(); ++f) {
            const qsizetype column = m_mapping->column(fields.at(f));
            if (column < 0 || !isDateField(m_options.entity, fields.at(f)))
                continue;
            if (explicitFormat)
                m_formats[static_cast<std::size_t>(f)] = explicitFormat;
            else
                m_detected[static_cast<std::size_t>(f)] = m_detector.addColumn(m_header.at(column));
        }
        // (detector column, file column) of each detected date field, looked up once; then
        // the date columns no field reads, whose values may settle the day/month order.
        for (std::size_t f = 0; f < m_detected.size(); ++f) {
            if (m_detected[f] >= 0)
                m_dateColumns.emplace_back(m_detected[f],
                                           m_mapping->column(fields.at(static_cast<qsizetype>(f))));
        }
        if (!explicitFormat && !m_dateColumns.empty()) {
            for (const qsizetype column : m_sample->unreadDateColumns(*m_mapping))
                m_dateColumns.emplace_back(
                    m_detector.addEvidenceColumn(m_header.at(column).trimmed()), column);
        }
        return {};
    }

    // The first pass's rows: counted, their dates shown to the detector. Once every date
    // column is settled, the first pass stops: the second reads on and goes on checking the
    // dates, and if one is refused after all the import gives the answer a whole first pass
    // would have given. The rejects file is written as rows are read, so an import that keeps
    // its bad rows reads the whole file first.
    Status readForDates(CsvReader& first)
    {
        const bool mayStopEarly = !m_options.skipInvalid && m_input.size() > 0;
        for (;;) {
            auto more = first.next(m_row);
            if (!more)
                return failure(more.error());
            if (!*more)
                break;
            if (ImportSample::isFiller(m_row)) {
                ++m_summary.emptyRows;
                continue;
            }
            ++m_summary.rows;
            detect(m_row, first.recordLine());
            if (m_options.progress && m_summary.rows % 20000 == 0)
                m_options.progress(m_summary.rows, 0);
            if (m_options.cancel && *m_options.cancel)
                return failure(CsvImporter::tr("The import was cancelled; nothing was changed."));
            if (mayStopEarly && m_summary.rows == kSettleRows && m_detector.settled()) {
                m_settledAfter = m_summary.rows;
                break;
            }
        }
        return {};
    }

    void detect(const QStringList& row, qint64 line)
    {
        for (const auto& [detectorColumn, column] : m_dateColumns) {
            if (column < row.size())
                m_detector.add(detectorColumn, row.at(column), line);
        }
    }

    // The first date failure (in field order): what a whole first pass reports.
    std::optional<QString> detectionFailure() const
    {
        if (auto dates = m_detector.result(); !dates)
            return CsvImporter::tr("%1: %2").arg(m_source, dates.error());
        return std::nullopt;
    }

    // How the file was read, for the summary.
    void noteFirstPass()
    {
        if (!m_sample->plainCommas)
            m_summary.notes << CsvImporter::tr("Read with %1.").arg(m_sample->shape);
        m_summary.notes += m_remapNotes;
        // Each sentence takes its own arguments: an arg() with no placeholder left is a Qt warning
        // on the CLI's stderr.
        if (m_preamble == 1)
            m_summary.notes
                << CsvImporter::tr(
                       "The header is on line %1; the line above it is a title, not a ticket.")
                       .arg(m_sample->headerLine);
        else if (m_preamble > 1)
            m_summary.notes << CsvImporter::tr("The header is on line %1; the %2 lines above it (a "
                                               "title, empty lines) are not rows.")
                                   .arg(m_sample->headerLine)
                                   .arg(m_preamble);
        // Columns with no header (Excel's padding) are left out without a word.
        QStringList unmapped;
        for (const QString& column : m_mapping->unmappedColumns()) {
            if (!column.trimmed().isEmpty())
                unmapped << CsvImporter::tr("“%1”").arg(column.trimmed());
        }
        if (unmapped.size() == 1)
            m_summary.notes << CsvImporter::tr("Column %1 has no field and was not imported.")
                                   .arg(unmapped.constFirst());
        else if (!unmapped.isEmpty())
            m_summary.notes << CsvImporter::tr("Columns %1 have no field and were not imported.")
                                   .arg(unmapped.join(QStringLiteral(", ")));
    }

    // Pass 2: every row, in one transaction.
    Status secondPass()
    {
        if (!m_input.seek(0))
            return failure(CsvImporter::tr("Cannot read %1 a second time.").arg(m_source));
        CsvReader second(m_input, m_source, m_shape);
        for (qint64 skipped = 0; skipped <= m_preamble; ++skipped)
            (void)second.next(m_header);
        std::optional<CsvWriter> rejects;
        if (m_options.rejects) {
            rejects.emplace(*m_options.rejects);
            QStringList rejectHeader = m_header;
            rejectHeader << CsvImporter::tr("reason");
            rejects->writeRow(rejectHeader);
        }
        auto written = m_db.guard([&]() -> Status { return writeAll(second, rejects); });
        if (!written)
            return failure(written.error());
        return {};
    }

    // The second pass's transaction: the rows read on a second thread while this one writes
    // them, the new customers placed by the stage rules, the audit entry, the commit.
    Status writeAll(CsvReader& second, std::optional<CsvWriter>& rejects)
    {
        // An empty file takes the bulk path (indexes rebuilt once at the end).
        std::unique_ptr<BulkLoad> bulk;
        std::unique_ptr<RowLoad> tx; // a file with data: row by row
        if (!m_options.dryRun && ImportRepository(m_db).isEmpty())
            bulk = std::make_unique<BulkLoad>(m_db, BulkLoad::Reads::ById);
        else
            tx = std::make_unique<RowLoad>(m_db);
        // The audit triggers would log every row (a row load, and a bulk load by a server role
        // that may not switch triggers off): the import is one entry instead.
        AuditPause quiet(m_db);
        Run run(m_db, m_clock, m_options, *m_mapping, m_formats, m_source);
        if (auto ready = run.prepare(); !ready)
            return ready;
        if (auto stored = readAndStore(run, second, rejects); !stored)
            return stored;
        run.finish(m_summary);
        if (rejects && !rejects->ok())
            // The device's errorString() names the file and the reason (OutputFile's device).
            return failure(
                CsvImporter::tr("Nothing was imported: %1.").arg(m_options.rejects->errorString()));
        if (auto placed = placeNewCustomers(run); !placed)
            return placed;
        if (m_options.dryRun)
            return {}; // the transaction rolls back
        AuditLog(m_db).recordBulk(QStringLiteral("import"), auditTable(m_options.entity),
                                  m_summary.imported);
        if (m_options.beforeCommit) {
            if (auto ready = m_options.beforeCommit(); !ready)
                return ready; // the transaction rolls back
        }
        if (bulk)
            bulk->commit();
        else
            tx->commit();
        return {};
    }

    // Reads, checks and plans every row on a second thread (readRows), and stores the batches
    // it plans on this one as they come.
    Status readAndStore(Run& run, CsvReader& second, std::optional<CsvWriter>& rejects)
    {
        // Batches are freed where they were made, on the reading thread.
        Handover<Batch> planned(8);
        Handover<Batch> spent(0);
        run.setOutput([&](Batch&& batch) {
            Batch written;
            while (spent.tryPop(written))
                written = {};
            return planned.push(std::move(batch));
        });
        Status read;
        Worker reading(
            [&] {
                struct Finish {
                    Handover<Batch>& handover;
                    ~Finish() { handover.finish(); }
                } finish{planned};
                read = readRows(run, second, rejects);
            },
            [&] { planned.close(); });
        Batch batch;
        while (planned.pop(batch)) {
            store(m_db, batch, [&](const Batch::Merge& m) { run.merge(m); });
            if (m_options.progress)
                m_options.progress(batch.done, batch.total);
            if (m_options.cancel && *m_options.cancel)
                return failure(CsvImporter::tr("The import was cancelled; nothing was changed."));
            spent.push(std::move(batch));
        }
        reading.join();
        step("rows");
        return read;
    }

    // Reads, checks and plans every row; on a second thread, while the first one writes.
    Status readRows(Run& run, CsvReader& second, std::optional<CsvWriter>& rejects)
    {
        qint64 done = 0;
        qint64 total = m_settledAfter < 0 ? m_summary.rows : 0;
        for (;;) {
            auto more = second.next(m_row);
            if (!more)
                return failure(more.error());
            if (!*more)
                break;
            if (ImportSample::isFiller(m_row))
                continue;
            ++done;
            if (done > m_settledAfter && m_settledAfter >= 0)
                detect(m_row, second.recordLine());
            std::optional<Rejection> rejection;
            fitToHeader(m_row, m_header);
            if (auto ragged = second.checkFieldCount(m_row, m_header.size()); !ragged) {
                if (!m_options.skipInvalid)
                    return stop(second, ragged.error());
                rejection = Rejection{QString(), ragged.error(), true};
            } else {
                rejection = run.add(m_row, second.recordLine());
            }
            if (rejection) {
                if (auto kept = reject(*rejection, second, rejects); !kept)
                    return kept;
            } else {
                ++m_summary.imported;
            }
            if (done % qint64(kBatch) == 0) {
                if (m_settledAfter >= 0 &&
                    m_input.pos() > 0) { // the rows to come, from the bytes read
                    const double share = double(m_input.pos()) / double(m_input.size());
                    total = std::max(done, qint64(double(done) / share));
                }
                run.flush(done, total);
                if (m_options.cancel && *m_options.cancel)
                    return failure(
                        CsvImporter::tr("The import was cancelled; nothing was changed."));
            }
        }
        if (m_settledAfter >= 0) {
            if (auto failed = detectionFailure())
                return failure(*failed);
            m_summary.rows = done;
        }
        run.flush(done, m_summary.rows);
        return {};
    }

    // A refused row: the import's end, or (--skip-invalid) a row of the rejects file.
    Status reject(const Rejection& rejection, CsvReader& second, std::optional<CsvWriter>& rejects)
    {
        const qsizetype column =
            rejection.field.isEmpty() ? -1 : m_mapping->column(rejection.field);
        const QString place =
            where(m_source, second.fieldLine(column), column, // the cell's own line
                  column >= 0 ? m_header.at(column) : QString());
        if (!m_options.skipInvalid)
            return stop(
                second,
                CsvImporter::tr("%1: %2; nothing was imported%3.") // %3: how to import the others
                    .arg(place, withoutFullStop(asClause(rejection.reason)),
                         hints::clause(hints::Hint::SkipInvalid)));
        QStringList rejected = m_row;
        while (rejected.size() < m_header.size()) // the reason under its header
            rejected << QString();
        rejected << (rejection.placed
                         ? rejection.reason
                         : CsvImporter::tr("%1: %2").arg(place, asClause(rejection.reason)));
        if (m_summary.firstRejections.size() < 3)
            m_summary.firstRejections << rejected.back();
        rejects->writeRow(rejected);
        ++m_summary.rejected;
        return {};
    }

    // A row that stops the import: after an early first pass, the rest of the file
    // is still read for its dates, whose failure a whole first pass would report
    // first (and a broken record after it, which would have stopped that pass).
    Status stop(CsvReader& second, const QString& reason)
    {
        if (m_settledAfter < 0)
            return failure(reason);
        for (;;) {
            auto more = second.next(m_row);
            if (!more)
                return failure(more.error());
            if (!*more)
                break;
            detect(m_row, second.recordLine());
        }
        return failure(detectionFailure().value_or(reason));
    }

    // The new customers through the stage rules, their history now in the file; in
    // the same transaction, so rows and moves land together (and, in bulk, before the
    // indexes are built).
    Status placeNewCustomers(const Run& run)
    {
        if (const auto place = run.toPlace(); !place.empty()) {
            RecomputeOptions recompute;
            recompute.only = place;
            recompute.insideTransaction = true;
            recompute.replay = true; // each move dated when its rule held, not today
            auto report = StageEngine(m_db, m_clock).recompute(recompute);
            if (!report)
                return failure(report.error());
            m_summary.stageMoves = report->moveCount();
            step("stage placement");
        }
        return {};
    }

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
    qint64 m_settledAfter = -1; // rows the first pass read, if it stopped early
    ImportSummary m_summary;
    QStringList m_row;
};

} // namespace

Status CsvImporter::checkOptions(const ImportOptions& options, const QString& source)
{
    // A header holding every column the overrides name (once each), so that only the
    // overrides' own faults can fail.
    QStringList header;
    for (const QString& item : options.overrides) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString column = equals < 0 ? QString() : item.mid(equals + 1).trimmed();
        if (!column.isEmpty() && !header.contains(column, Qt::CaseInsensitive))
            header << column;
    }
    auto mapping = ImportMapping::fromHeader(options.entity, header, options.overrides);
    if (!mapping)
        return failure(tr("%1: %2").arg(source, mapping.error()));
    if (auto mapped = mapping->addValueMaps(options.valueMaps); !mapped)
        return failure(mapped.error());
    if (!options.dateFormat.isEmpty()) {
        if (auto format = dateFormatFromString(options.dateFormat); !format)
            return failure(tr("--date-format: %1").arg(format.error()));
    }
    return {};
}

Result<ImportSummary> CsvImporter::run(QIODevice& input, const QString& source,
                                       const ImportOptions& options)
{
    if (options.skipInvalid && !options.rejects)
        return failure(
            tr("--skip-invalid needs a rejects file (--rejects FILE) for the rows it leaves out."));
    if (!input.isSequential() && !input.seek(0))
        return failure(tr("Cannot read %1 from its start.").arg(source));
    return Import(m_db, m_clock, input, source, options).run();
}

} // namespace fd
