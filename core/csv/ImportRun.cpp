// Run's frame (see ImportRun.h): setting up against the database, one row in, the batches
// out, a row's cells and date-times as the mapping reads them, and the summary's notes at the end.
#include "csv/ImportRun.h"

#include "common/Clock.h"
#include "common/FrontEndHints.h"
#include "csv/Placeholders.h"
#include "domain/Validation.h"
#include "storage/ImportRepository.h"
#include "storage/SettingsRepository.h"

#include <QLocale>

#include <algorithm>

namespace fd::importing {

Run::Run(Database& db, const Clock& clock, const ImportOptions& options,
         const ImportMapping& mapping, std::vector<std::optional<DateFormat>> formats,
         const QString& source)
    : m_db(db), m_options(options), m_mapping(mapping), m_formats(std::move(formats)),
      m_source(source), m_fields(ImportMapping::fields(options.entity))
{
    for (const QString& field : m_fields) {
        m_columns.push_back(mapping.column(field));
        m_listColumns.push_back(mapping.columns(field).mid(1));
    }
    m_now = QDateTime::fromSecsSinceEpoch(clock.now().toSecsSinceEpoch(), Qt::UTC);
    m_latestIsLast = mapping.column(u"updated_at") < 0;
    m_hasValueMaps = !options.valueMaps.isEmpty();
    m_hasSubject = mapping.column(u"subject") >= 0;
    for (std::size_t i = 0; i < kTimeFields.size(); ++i)
        m_timeLabels[i] = CsvImporter::tr("The %1").arg(QLatin1String(kTimeFields[i]));
    m_lastDates.resize(m_formats.size());
    m_ticketCustomerReason = CsvImporter::tr(
        "Imported from %1 with its tickets; entered Onboarding with the first sale on %2.");
}

Status Run::prepare()
{
    const auto next = ImportRepository(m_db).nextIds();
    m_nextCustomerId = next.customer;
    m_nextAgentId = next.agent;
    m_nextTicketId = next.ticket;
    for (const auto& key : ImportRepository(m_db).customers()) {
        noteNamesake(key.id, key.name);
        remember(m_customersByEmail, m_customersByName, key.id, key.name, key.email);
        if (!key.email.isEmpty())
            m_customersWithEmail.insert(key.id);
    }
    for (const auto& key : ImportRepository(m_db).agents())
        remember(m_agentsByEmail, m_agentsByName, key.id, key.name, key.email);
    if (m_options.entity == Entity::Tickets) {
        for (QString& ref : ImportRepository(m_db).ticketRefs())
            m_existingRefs.insert(std::move(ref));
    }
    // A failed read is the import's failure: SQLite may have rolled the transaction back
    // already (an I/O error does), and every later row would then be committed alone.
    auto settings = SettingsRepository(m_db).all();
    if (!settings)
        return failure(settings.error());
    m_targets = SlaTargets::fromSettings(*settings);
    return {};
}

std::optional<Rejection> Run::add(const QStringList& row, qint64 line)
{
    m_row = &row;
    m_line = line;
    m_rowMoved.clear();
    const ImportCounts before = m_counts;
    std::optional<Rejection> rejected = m_options.entity == Entity::Customers ? addCustomer()
                                        : m_options.entity == Entity::Tickets ? addTicket()
                                                                              : addTouchpoint();
    if (rejected)
        m_counts = before; // the notes count imported rows (ImportCounts.h)
    return rejected;
}

void Run::flush(qint64 done, qint64 total)
{
    m_batch.done = done;
    m_batch.total = total;
    if (!m_output(std::move(m_batch)))
        throw WriterStopped{};
    m_batch = {};
}

void Run::finish(ImportSummary& summary)
{
    for (const qint64 id : m_sinceMoved) {
        const QDate since = m_earliestSince.at(id).toLocalTime().date();
        ImportRepository(m_db).moveSince(id, since, since.startOfDay().toUTC());
    }
    summary.customersCreated = static_cast<qint64>(m_created.size());
    summary.customersMatched = m_matched;
    summary.agentsCreated = m_agentsCreated;
    summary.agentsByNumber = m_agentsByNumber;
    noteSuppliedDates(summary);
    noteAlreadyThere(summary);
    noteTicketDefaults(summary);
    realignMerged(summary);
    for (const auto& [key, rows] : m_unknownValues)
        summary.unknownValues.append({key.first, key.second, rows});
    summary.placeholders = m_counts.placeholders;
    noteCleaned(summary);
    noteReadAsOther(summary);
}

// The dates the import gave where the file had none, or moved out of a clock change's gap.
void Run::noteSuppliedDates(ImportSummary& summary) const
{
    const QLocale locale;
    if (m_counts.defaultSince > 0)
        summary.notes << CsvImporter::tr("Customers without a first-sale date: %1; their first "
                                         "sale is the day of the import.")
                             .arg(locale.toString(m_counts.defaultSince));
    if (m_counts.createdFromEarliest > 0)
        summary.notes << CsvImporter::tr("Tickets without a creation time: %1; each was given its "
                                         "earliest date-time (first response or solved).")
                             .arg(locale.toString(m_counts.createdFromEarliest));
    if (m_counts.movedForward > 0)
        summary.notes
            << (m_counts.movedForward == 1
                    ? CsvImporter::tr("1 local time fell in a clock change's gap (an hour that "
                                      "does not exist where the clocks spring forward) and was "
                                      "moved forward by the gap, as the clock is.")
                    : CsvImporter::tr("%1 local times fell in a clock change's gap (an hour that "
                                      "does not exist where the clocks spring forward) and were "
                                      "moved forward by the gap, as the clock is.")
                          .arg(locale.toString(m_counts.movedForward)));
}

// The rows whose ticket number the database had: left as they were, and not counted imported.
void Run::noteAlreadyThere(ImportSummary& summary) const
{
    const QLocale locale;
    summary.alreadyThere = m_alreadyThere;
    summary.imported -= m_alreadyThere;
    if (m_alreadyThere > 0)
        summary.notes << (m_alreadyThere == 1
                              ? CsvImporter::tr("1 row names a ticket number the database already "
                                                "has; that ticket was left as it was.")
                              : CsvImporter::tr("%1 rows name ticket numbers the database already "
                                                "has; those tickets were left as they were.")
                                    .arg(locale.toString(m_alreadyThere)));
}

// What tickets were given for what the file lacks: a solved time, a subject, any date-time.
void Run::noteTicketDefaults(ImportSummary& summary) const
{
    const QLocale locale;
    if (m_counts.solvedUnknown > 0)
        summary.notes << (m_counts.solvedUnknown == 1
                              ? CsvImporter::tr(
                                    "1 solved or closed ticket has no solved time in the file; it "
                                    "is dated solved at its first response, or its creation.")
                              : CsvImporter::tr(
                                    "%1 solved or closed tickets have no solved time in the file; "
                                    "each is dated solved at its first response, or its creation.")
                                    .arg(locale.toString(m_counts.solvedUnknown)));
    if (m_counts.subjectFromRef > 0)
        summary.notes << CsvImporter::tr(
            "The file has no subject column; each ticket's subject is its number.");
    summary.datedAtImport = m_counts.datedAtImport;
    if (m_counts.datedAtImport > 0)
        summary.notes << (m_counts.datedAtImport == 1
                              ? CsvImporter::tr("1 ticket had no date-time at all; it is dated at "
                                                "the moment of the import.")
                              : CsvImporter::tr("%1 tickets had no date-time at all; they are "
                                                "dated at the moment of the import.")
                                    .arg(locale.toString(m_counts.datedAtImport)));
}

// The tickets made of several rows (one per update): their arrivals put back in order, and the
// note saying so. Throws SqlError.
void Run::realignMerged(ImportSummary& summary)
{
    const QLocale locale;
    summary.mergedRows = m_mergedRows;
    summary.mergedTickets = m_mergedTickets;
    if (m_mergedRows > 0) {
        std::vector<qint64> merged(m_merged.begin(), m_merged.end());
        std::sort(merged.begin(), merged.end());
        ImportRepository(m_db).realignArrivals(merged);
        const qint64 rows = m_mergedRows + m_mergedTickets;
        summary.notes
            << (m_mergedTickets == 1
                    ? CsvImporter::tr("The file has one row per update for a ticket: its %1 rows "
                                      "became 1 ticket, with its earliest creation and its latest "
                                      "row's status, priority and assignee.")
                          .arg(locale.toString(rows))
                    : CsvImporter::tr(
                          "The file has one row per update for some tickets: %1 rows with the same "
                          "ticket number became %2 tickets, each with its earliest creation and "
                          "its latest row's status, priority and assignee.")
                          .arg(locale.toString(rows), locale.toString(m_mergedTickets)));
    }
}

// Cells read otherwise than written: placeholders as empty, unknown categories as other.
void Run::noteReadAsOther(ImportSummary& summary) const
{
    const QLocale locale;
    if (m_counts.placeholders > 0)
        summary.notes << (m_counts.placeholders == 1
                              ? CsvImporter::tr("1 cell held a placeholder for no value (such as "
                                                "-, N/A or ?) and was read as empty.")
                              : CsvImporter::tr("%1 cells held a placeholder for no value (such as "
                                                "-, N/A or ?) and were read as empty.")
                                    .arg(locale.toString(m_counts.placeholders)));
    if (m_counts.otherCategories > 0) {
        QStringList values;
        for (auto it = m_counts.unknownCategories.cbegin(); it != m_counts.unknownCategories.cend();
             ++it)
            values << CsvImporter::tr("“%1”").arg(it.key());
        summary.notes << (m_counts.otherCategories == 1
                              ? CsvImporter::tr("1 ticket has a category FunnelDesk does not know "
                                                "(%1) and was filed under other%2.")
                                    .arg(values.join(QStringLiteral(", ")),
                                         hints::clause(hints::Hint::OtherCategory))
                              : CsvImporter::tr("%1 tickets have a category FunnelDesk does not "
                                                "know (%2) and were filed under other%3.")
                                    .arg(locale.toString(m_counts.otherCategories),
                                         values.join(QStringLiteral(", ")),
                                         hints::clause(hints::Hint::OtherCategory)));
    }
}

void Run::noteCleaned(ImportSummary& summary) const
{
    summary.cleanedRows = m_counts.cleanedRows;
    summary.cleanedLines = m_counts.cleanedLines;
    if (m_counts.cleanedRows == 0)
        return;
    const QLocale locale;
    QStringList lines;
    for (const qint64 line : m_counts.cleanedLines)
        lines << locale.toString(line);
    if (m_counts.cleanedRows > m_counts.cleanedLines.size())
        lines << QStringLiteral("…");
    summary.notes
        << (m_counts.cleanedRows == 1
                ? CsvImporter::tr(
                      "1 row held control characters or direction overrides (such as ESC or "
                      "U+202E), which were removed: line %1.")
                      .arg(lines.join(QStringLiteral(", ")))
                : CsvImporter::tr(
                      "%1 rows held control characters or direction overrides (such as ESC or "
                      "U+202E), which were removed: lines %2.")
                      .arg(locale.toString(m_counts.cleanedRows),
                           lines.join(QStringLiteral(", "))));
}

std::vector<qint64> Run::toPlace() const
{
    std::vector<qint64> ids;
    for (const qint64 id : m_created) {
        if (!m_stageGiven.contains(id))
            ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString Run::cell(int field) const
{
    const auto f = static_cast<std::size_t>(field);
    const qsizetype column = m_columns[f];
    if (column < 0 || column >= m_row->size())
        return {};
    QString value = cleaned(m_row->at(column));
    if (!m_listColumns[f].isEmpty()) {
        QStringList parts{value};
        for (const qsizetype c : m_listColumns[f]) {
            if (c < m_row->size())
                parts << cleaned(m_row->at(c));
        }
        parts.removeIf(
            [this](const QString& part) { return part.isEmpty() || countPlaceholder(part); });
        return parts.join(QStringLiteral(", "));
    }
    if (countPlaceholder(value))
        return {};
    return m_hasValueMaps ? m_mapping.mappedValue(field, value) : value;
}

QString Run::cleaned(const QString& text) const
{
    qint64 removed = 0;
    QString kept = Validation::withoutRefusedInText(text, removed).trimmed();
    if (removed > 0 && m_counts.cleanedLine != m_line) {
        m_counts.cleanedLine = m_line;
        ++m_counts.cleanedRows;
        if (m_counts.cleanedLines.size() < 5)
            m_counts.cleanedLines << m_line;
    }
    return kept;
}

bool Run::countPlaceholder(const QString& value) const
{
    if (!isPlaceholder(value))
        return false;
    ++m_counts.placeholders;
    return true;
}

int Run::fieldIndex(const char* name) const
{
    // Every row asks for its fields in the same order: the search starts after the last one
    // found, so that it usually finds the name at once.
    const std::size_t known = m_fieldIndexes.size();
    for (std::size_t k = 0; k < known; ++k) {
        const std::size_t at = (m_fieldCursor + k) % known;
        if (m_fieldIndexes[at].first == name) {
            m_fieldCursor = at + 1;
            return m_fieldIndexes[at].second;
        }
    }
    const int index = static_cast<int>(m_fields.indexOf(QLatin1String(name)));
    m_fieldIndexes.emplace_back(name, index);
    m_fieldCursor = m_fieldIndexes.size();
    return index;
}

QString Run::text(const char* name) const
{
    const int f = fieldIndex(name);
    return f >= 0 ? cell(f) : QString();
}

std::variant<QDateTime, Rejection> Run::dateTime(const char* name) const
{
    const int f = fieldIndex(name);
    const QString value = f >= 0 ? cell(f) : QString();
    if (value.isEmpty())
        return QDateTime();
    const auto& format = m_formats[static_cast<std::size_t>(f)];
    if (!format)
        return QDateTime();
    auto& last = m_lastDates[static_cast<std::size_t>(f)];
    if (!last || last->text != value) {
        auto parsed = format->parse(value);
        if (!parsed)
            return Rejection{QLatin1String(name), parsed.error()};
        last = LastDate{value, *parsed};
    }
    if (last->instant.movedForward) {
        ++m_counts.movedForward;
        m_rowMoved = value; // for the row's message, if it is refused
    }
    return last->instant.utc;
}

} // namespace fd::importing
