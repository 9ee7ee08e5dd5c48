// CsvImporter: the import of a CSV file (see CsvImporter.h), as its two passes over the file
// (class importing::Import, ImportPasses.h). Here: the importer's entry points and the first pass,
// which reads the header, chooses the mapping and learns the date formats; the second pass, which
// reads and writes the rows, is in ImportSecondPass.cpp.
#include "csv/CsvImporter.h"

#include "common/FrontEndHints.h"
#include "csv/CsvReader.h"
#include "csv/DateFormats.h"
#include "csv/ImportPasses.h"
#include "csv/ImportSample.h"

#include <QIODevice>

#include <optional>

namespace fd {

Q_LOGGING_CATEGORY(lcImport, "funneldesk.import", QtWarningMsg)

namespace importing {

namespace {

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

} // namespace

Import::Import(Database& db, const Clock& clock, QIODevice& input, const QString& source,
               const ImportOptions& options)
    : m_db(db), m_clock(clock), m_input(input), m_source(source), m_options(options)
{
    m_timer.start();
    m_shape.delimiter = options.delimiter;
    m_summary.dryRun = options.dryRun;
}

Result<ImportSummary> Import::run()
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

// Pass 1: the header, the mapping, every date column's format, the row count.
Status Import::readMapping()
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
        return failure(CsvImporter::tr("%1: %2").arg(m_source, required.error()) + oneColumnHint());
    if (auto mapped = m_mapping->addValueMaps(m_options.valueMaps); !mapped)
        return failure(mapped.error());
    if (auto missed = m_sample->lookalikes(m_source, *m_mapping); !missed)
        return failure(missed.error());
    return {};
}

// A header read as one column that holds another delimiter: say which.
QString Import::oneColumnHint() const
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

Status Import::firstPass()
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

// Which fields are dates, each with its format: the options' date format, or a column of the
// detector.
Status Import::planDates()
{
    const QStringList fields = ImportMapping::fields(m_options.entity);
    m_formats.resize(static_cast<std::size_t>(fields.size()));
    // The date columns of the file, learnt together (one day/month order for the file).
    m_detected.assign(m_formats.size(), -1);
    std::optional<DateFormat> explicitFormat;
    if (!m_options.dateFormat.isEmpty()) {
        auto format = dateFormatFromString(m_options.dateFormat);
        if (!format)
            return failure(format.error());
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
            m_dateColumns.emplace_back(m_detector.addEvidenceColumn(m_header.at(column).trimmed()),
                                       column);
    }
    return {};
}

// The first pass's rows: counted, their dates shown to the detector. Once every date
// column is settled, the first pass stops: the second reads on and goes on checking the
// dates, and if one is refused after all the import gives the answer a whole first pass
// would have given. The rejects file is written as rows are read, so an import that keeps
// its bad rows reads the whole file first.
Status Import::readForDates(CsvReader& first)
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

void Import::detect(const QStringList& row, qint64 line)
{
    m_lastDetected.resize(m_dateColumns.size());
    for (std::size_t i = 0; i < m_dateColumns.size(); ++i) {
        const auto& [detectorColumn, column] = m_dateColumns[i];
        if (column >= row.size() || row.at(column) == m_lastDetected[i])
            continue;
        m_lastDetected[i] = row.at(column);
        m_detector.add(detectorColumn, row.at(column), line);
    }
}

// The first date failure (in field order): what a whole first pass reports.
std::optional<QString> Import::detectionFailure() const
{
    if (auto dates = m_detector.result(); !dates)
        return CsvImporter::tr("%1: %2").arg(m_source, dates.error());
    return std::nullopt;
}

// How the file was read, for the summary.
void Import::noteFirstPass()
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

} // namespace importing

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
            return failure(format.error());
    }
    return {};
}

Result<ImportSummary> CsvImporter::run(QIODevice& input, const QString& source,
                                       const ImportOptions& options)
{
    if (options.skipInvalid && !options.rejects)
        return failure(tr("An import that leaves out the bad rows needs a rejects file to write "
                          "them to; nothing was imported."));
    if (!input.isSequential() && !input.seek(0))
        return failure(tr("Cannot read %1 from its start.").arg(source));
    return importing::Import(m_db, m_clock, input, source, options).run();
}

} // namespace fd
