#include "csv/CsvImporter.h"

#include "common/Clock.h"
#include "common/FrontEndHints.h"
#include "common/Handover.h"
#include "common/VisibleText.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/ImportSample.h"
#include "csv/DateFormats.h"
#include "csv/ImportCounts.h"
#include "csv/Placeholders.h"
#include "domain/Agent.h"
#include "domain/Customer.h"
#include "domain/Sla.h"
#include "domain/StageTransition.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "domain/Validation.h"
#include "stages/StageEngine.h"
#include "storage/AgentRepository.h"
#include "storage/AuditLog.h"
#include "storage/BulkLoad.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/ImportRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlError.h"
#include "storage/StageTransitionRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TouchpointRepository.h"
#include "storage/RowLoad.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QLoggingCategory>
#include <QLocale>
#include <QRegularExpression>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>
#include <map>
#include <variant>

namespace fd {

// QT_LOGGING_RULES="funneldesk.import.debug=true" times each step of an import.
Q_LOGGING_CATEGORY(lcImport, "funneldesk.import", QtWarningMsg)

namespace {

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

using Entity = ImportMapping::Entity;

// A row that cannot be imported: the field at fault (empty if the row as a whole) and why.
struct Rejection {
    QString field;
    QString reason;
    bool placed = false; // the reason names its place already (a ragged row)
};

constexpr std::size_t kBatch = 1024;
// Rows the first pass reads before it may stop early (see CsvImporter::run).
constexpr qint64 kSettleRows = 5000;

QString withoutFullStop(QString sentence)
{
    if (sentence.endsWith(QLatin1Char('.')))
        sentence.chop(1);
    return sentence;
}

// Tags as FunnelDesk keeps them, ", " between them: exports separate them with commas
// (Freshdesk "login,vip"), semicolons, or spaces where no tag has one (Zendesk "login vip").
QString normalisedTags(const QString& text)
{
    if (text.isEmpty())
        return text;
    static const QRegularExpression listSeparator(QStringLiteral("\\s*[,;]\\s*"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const bool listed = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char(';'));
    QStringList tags = text.split(listed ? listSeparator : space, Qt::SkipEmptyParts);
    tags.removeIf([](const QString& tag) { return isPlaceholder(tag); });
    tags.removeDuplicates();
    return tags.join(QStringLiteral(", "));
}

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

// How names and emails are compared: case folded, runs of spaces as one ("Dana  Agent").
// A ticket number's key among those an import has seen: Qt's string hash, 64 bits wide
// here (size_t on the 64-bit platforms FunnelDesk is built for).
quint64 refHash(const QString& ref)
{
    static_assert(sizeof(size_t) == 8, "the ticket-number hash needs 64 bits");
    return qHash(ref, size_t(0));
}

QString lowerKey(const QString& text)
{
    const QString trimmed = text.trimmed();
    const bool spaced = std::adjacent_find(trimmed.begin(), trimmed.end(), [](QChar a, QChar b) {
                            return a.isSpace() && b.isSpace();
                        }) != trimmed.end() ||
                        trimmed.contains(QLatin1Char('\t'));
    return (spaced ? trimmed.simplified() : trimmed).toCaseFolded();
}

// The rows an import planned from a stretch of the file, with the ids they will have:
// agents and customers first, since the tickets and touchpoints point at them.
struct Batch {
    std::vector<Agent> agents;
    std::vector<Customer> customers;
    std::vector<StageTransition> entries; // each new customer's entry into the funnel
    std::vector<Ticket> tickets;
    std::vector<Touchpoint> touchpoints;
    // Rows that repeat a ticket number an earlier row of the file had (one row per
    // update): applied to that ticket once it is written.
    struct Merge {
        Ticket row; // the row as a ticket, with the id of the ticket it updates
        bool latest = false; // no row of that ticket seen so far is later than this one
        bool hasStatus = false;
        bool hasPriority = false;
        bool hasCategory = false;
        QDateTime updated; // the row's updated_at, if the file has one
    };
    std::vector<Merge> merges;
    qint64 done = 0;  // rows read so far, and how many there are (or will be, by the bytes
    qint64 total = 0; // read so far) for the progress
};

// Raised on the reading thread when the writing one has given up.
struct WriterStopped {};

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

// One import: the mapping, the formats of its date columns, the customers and agents it
// knows, and the rows it has planned. It reads the file on one thread and hands its rows
// over in batches (setOutput) to be written on another: only prepare() and finish() use
// the database.
class Run {
public:
    Run(Database& db, const Clock& clock, const ImportOptions& options, const ImportMapping& mapping,
        std::vector<std::optional<DateFormat>> formats, const QString& source)
        : m_db(db), m_options(options), m_mapping(mapping), m_formats(std::move(formats)), m_source(source), m_fields(ImportMapping::fields(options.entity))
    {
        for (const QString& field : m_fields) {
            m_columns.push_back(mapping.column(field));
            m_listColumns.push_back(mapping.columns(field).mid(1));
        }
        m_now = QDateTime::fromSecsSinceEpoch(clock.now().toSecsSinceEpoch(), Qt::UTC);
        m_latestIsLast = mapping.column(u"updated_at") < 0;
        m_hasValueMaps = !options.valueMaps.isEmpty();
        m_hasSubject = mapping.column(u"subject") >= 0;
    }

    // Reads what the rows are matched against. Errors: the settings' read (the others throw).
    Status prepare()
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

    // Imports one row (line: where it starts in the file), or says why not.
    std::optional<Rejection> add(const QStringList& row, qint64 line)
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

    // Where batches go; false when nobody takes them any more.
    void setOutput(std::function<bool(Batch&&)> output) { m_output = std::move(output); }

    // Hands over the rows planned so far. Throws WriterStopped.
    void flush(qint64 done, qint64 total)
    {
        m_batch.done = done;
        m_batch.total = total;
        if (!m_output(std::move(m_batch)))
            throw WriterStopped{};
        m_batch = {};
    }

    // Writes the first sales that moved back; after the last batch is written. Throws
    // SqlError.
    void finish(ImportSummary& summary)
    {
        for (const qint64 id : m_sinceMoved) {
            const QDate since = m_earliestSince.at(id).toLocalTime().date();
            ImportRepository(m_db).moveSince(id, since, since.startOfDay().toUTC());
        }
        summary.customersCreated = static_cast<qint64>(m_created.size());
        summary.customersMatched = m_matched;
        summary.agentsCreated = m_agentsCreated;
        summary.agentsByNumber = m_agentsByNumber;
        const QLocale locale;
        if (m_counts.defaultSince > 0)
            summary.notes << CsvImporter::tr("Customers without a first-sale date: %1; their first sale is the day of the import.")
                                 .arg(locale.toString(m_counts.defaultSince));
        if (m_counts.createdFromEarliest > 0)
            summary.notes << CsvImporter::tr("Tickets without a creation time: %1; each was given its earliest date-time (first response or solved).")
                                 .arg(locale.toString(m_counts.createdFromEarliest));
        if (m_counts.movedForward > 0)
            summary.notes << (m_counts.movedForward == 1
                                  ? CsvImporter::tr("1 local time fell in a clock change's gap (an hour that does not exist where the clocks spring forward) and was moved forward by the gap, as the clock is.")
                                  : CsvImporter::tr("%1 local times fell in a clock change's gap (an hour that does not exist where the clocks spring forward) and were moved forward by the gap, as the clock is.")
                                        .arg(locale.toString(m_counts.movedForward)));
        summary.alreadyThere = m_alreadyThere;
        summary.imported -= m_alreadyThere;
        if (m_alreadyThere > 0)
            summary.notes << (m_alreadyThere == 1
                                  ? CsvImporter::tr("1 row names a ticket number the database already has; that ticket was left as it was.")
                                  : CsvImporter::tr("%1 rows name ticket numbers the database already has; those tickets were left as they were.")
                                        .arg(locale.toString(m_alreadyThere)));
        if (m_counts.solvedUnknown > 0)
            summary.notes << (m_counts.solvedUnknown == 1
                                  ? CsvImporter::tr("1 solved or closed ticket has no solved time in the file; it is dated solved at its first response, or its creation.")
                                  : CsvImporter::tr("%1 solved or closed tickets have no solved time in the file; each is dated solved at its first response, or its creation.")
                                        .arg(locale.toString(m_counts.solvedUnknown)));
        if (m_counts.subjectFromRef > 0)
            summary.notes << CsvImporter::tr("The file has no subject column; each ticket's subject is its number.");
        summary.datedAtImport = m_counts.datedAtImport;
        if (m_counts.datedAtImport > 0)
            summary.notes << (m_counts.datedAtImport == 1
                                  ? CsvImporter::tr("1 ticket had no date-time at all; it is dated at the moment of the import.")
                                  : CsvImporter::tr("%1 tickets had no date-time at all; they are dated at the moment of the import.")
                                        .arg(locale.toString(m_counts.datedAtImport)));
        summary.mergedRows = m_mergedRows;
        summary.mergedTickets = m_mergedTickets;
        if (m_mergedRows > 0) {
            std::vector<qint64> merged(m_merged.begin(), m_merged.end());
            std::sort(merged.begin(), merged.end());
            ImportRepository(m_db).realignArrivals(merged);
            const qint64 rows = m_mergedRows + m_mergedTickets;
            summary.notes << (m_mergedTickets == 1
                                  ? CsvImporter::tr("The file has one row per update for a ticket: its %1 rows became 1 ticket, with its earliest creation and its latest row's status, priority and assignee.")
                                        .arg(locale.toString(rows))
                                  : CsvImporter::tr("The file has one row per update for some tickets: %1 rows with the same ticket number became %2 tickets, each with its earliest creation and its latest row's status, priority and assignee.")
                                        .arg(locale.toString(rows), locale.toString(m_mergedTickets)));
        }
        for (const auto& [key, rows] : m_unknownValues)
            summary.unknownValues.append({key.first, key.second, rows});
        summary.placeholders = m_counts.placeholders;
        noteCleaned(summary);
        if (m_counts.placeholders > 0)
            summary.notes << (m_counts.placeholders == 1 ? CsvImporter::tr("1 cell held a placeholder for no value (such as -, N/A or ?) and was read as empty.")
                                                  : CsvImporter::tr("%1 cells held a placeholder for no value (such as -, N/A or ?) and were read as empty.")
                                                        .arg(locale.toString(m_counts.placeholders)));
        if (m_counts.otherCategories > 0) {
            QStringList values;
            for (auto it = m_counts.unknownCategories.cbegin(); it != m_counts.unknownCategories.cend(); ++it)
                values << CsvImporter::tr("“%1”").arg(it.key());
            summary.notes << (m_counts.otherCategories == 1 ? CsvImporter::tr("1 ticket has a category FunnelDesk does not know (%1) and was filed under other%2.")
                                                           .arg(values.join(QStringLiteral(", ")), hints::clause(hints::Hint::OtherCategory))
                                                     : CsvImporter::tr("%1 tickets have a category FunnelDesk does not know (%2) and were filed under other%3.")
                                                           .arg(locale.toString(m_counts.otherCategories), values.join(QStringLiteral(", ")), hints::clause(hints::Hint::OtherCategory)));
        }
    }

    // The rows cleaned() changed, for the summary: how many and the first lines.
    void noteCleaned(ImportSummary& summary) const
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
        summary.notes << (m_counts.cleanedRows == 1
                              ? CsvImporter::tr("1 row held control characters or direction overrides (such as ESC or "
                                                "U+202E), which were removed: line %1.")
                                    .arg(lines.join(QStringLiteral(", ")))
                              : CsvImporter::tr("%1 rows held control characters or direction overrides (such as ESC or "
                                                "U+202E), which were removed: lines %2.")
                                    .arg(locale.toString(m_counts.cleanedRows), lines.join(QStringLiteral(", "))));
    }

    // Customers this import created that the stage rules should place, sorted.
    std::vector<qint64> toPlace() const
    {
        std::vector<qint64> ids;
        for (const qint64 id : m_created) {
            if (!m_stageGiven.contains(id))
                ids.push_back(id);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private:
    // A field's text in the row: trimmed, a placeholder ("-", "N/A", "?") read as empty
    // and counted, the repeats of a list field's header joined, and --map-value applied.
    QString cell(int field) const
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
            parts.removeIf([this](const QString& part) { return part.isEmpty() || countPlaceholder(part); });
            return parts.join(QStringLiteral(", "));
        }
        if (countPlaceholder(value))
            return {};
        return m_hasValueMaps ? m_mapping.mappedValue(field, value) : value;
    }

    // `text` trimmed, without the characters the free-text rule refuses (Validation::
    // textProblem): another system's export may hold a stray ESC or bidi override, which must
    // not cost the row (a name keeps the name rule for the rest). The row is counted once.
    QString cleaned(const QString& text) const
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

    bool countPlaceholder(const QString& value) const
    {
        if (!isPlaceholder(value))
            return false;
        ++m_counts.placeholders;
        return true;
    }

    // The names are literals: each is looked up among the fields once, then known by its
    // address (a name at another address is looked up too, to the same answer).
    int fieldIndex(const char* name) const
    {
        for (const auto& [known, index] : m_fieldIndexes) {
            if (known == name)
                return index;
        }
        const int index = static_cast<int>(m_fields.indexOf(QLatin1String(name)));
        m_fieldIndexes.emplace_back(name, index);
        return index;
    }

    QString text(const char* name) const
    {
        const int f = fieldIndex(name);
        return f >= 0 ? cell(f) : QString();
    }

    // A date-time field: null if empty; a rejection if it does not read.
    std::variant<QDateTime, Rejection> dateTime(const char* name) const
    {
        const int f = fieldIndex(name);
        const QString value = f >= 0 ? cell(f) : QString();
        if (value.isEmpty())
            return QDateTime();
        const auto& format = m_formats[static_cast<std::size_t>(f)];
        if (!format)
            return QDateTime();
        auto parsed = format->parse(value);
        if (!parsed)
            return Rejection{QLatin1String(name), parsed.error()};
        if (parsed->movedForward) {
            ++m_counts.movedForward;
            m_rowMoved = value; // for the row's message, if it is refused
        }
        return parsed->utc;
    }

    static void remember(std::unordered_map<QString, qint64>& byEmail, std::unordered_map<QString, qint64>& byName,
                         qint64 id, const QString& name, const QString& email)
    {
        if (!email.isEmpty())
            byEmail.try_emplace(Validation::emailKey(email), id); // as add's duplicate check
        if (!name.isEmpty())
            byName.try_emplace(lowerKey(name), id);
    }

    // Two customers with one name: a row that names only it cannot tell them apart.
    void noteNamesake(qint64 id, const QString& name)
    {
        if (name.isEmpty())
            return;
        const QString key = lowerKey(name);
        if (auto it = m_customersByName.find(key); it != m_customersByName.end() && it->second != id)
            m_namesakes.insert(key);
    }

    std::optional<qint64> findCustomer(const QString& name, const QString& email) const
    {
        if (!email.isEmpty()) {
            if (auto it = m_customersByEmail.find(Validation::emailKey(email)); it != m_customersByEmail.end())
                return it->second;
        }
        // By name only when the emails cannot disagree: a row with another email is
        // another person who happens to share the name.
        if (!name.isEmpty()) {
            if (auto it = m_customersByName.find(lowerKey(name));
                it != m_customersByName.end() && (email.isEmpty() || !m_customersWithEmail.contains(it->second)))
                return it->second;
        }
        return std::nullopt;
    }

    // The agent `nameOrEmail` (not empty) names, added when there is none. A new agent keeps
    // `add agent`'s rule (Validation::check(Agent): the name rule, not digits only, an email):
    // a cell it refuses rejects the row, naming `field`.
    std::variant<qint64, Rejection> agent(const QString& nameOrEmail, const char* field)
    {
        // A few agents on a million rows: their texts as written, before any folding.
        if (auto it = m_agentsByText.find(nameOrEmail); it != m_agentsByText.end())
            return it->second;
        auto id = agentByKey(nameOrEmail, field);
        if (const qint64* found = std::get_if<qint64>(&id))
            m_agentsByText.emplace(nameOrEmail, *found);
        return id;
    }

    std::variant<qint64, Rejection> agentByKey(const QString& nameOrEmail, const char* field)
    {
        if (auto it = m_agentsByEmail.find(Validation::emailKey(nameOrEmail)); it != m_agentsByEmail.end())
            return it->second;
        if (auto it = m_agentsByName.find(lowerKey(nameOrEmail)); it != m_agentsByName.end())
            return it->second;
        Agent a;
        const bool isEmail = nameOrEmail.contains(QLatin1Char('@'));
        a.name = isEmail ? nameOrEmail.section(QLatin1Char('@'), 0, 0) : nameOrEmail;
        // An assignee given by number (another helpdesk's agent id, e.g. Zendesk's
        // assignee_id) is an agent all the same: "Agent 4711", which keeps that agent's
        // tickets together and can be renamed, rather than the row refused by the name rule.
        if (!isEmail && std::all_of(a.name.begin(), a.name.end(), [](QChar c) { return c.isDigit(); })) {
            a.name = CsvImporter::tr("Agent %1").arg(nameOrEmail);
            if (auto it = m_agentsByName.find(lowerKey(a.name)); it != m_agentsByName.end())
                return it->second;
            ++m_agentsByNumber;
        }
        // Named after an address whose first part another agent is called: named by the whole
        // address, so no two agents share a name (AgentRepository::add's rule).
        if (isEmail && m_agentsByName.contains(lowerKey(a.name)))
            a.name = nameOrEmail;
        a.email = isEmail ? nameOrEmail : QString();
        if (const QString problem = Validation::check(a); !problem.isEmpty())
            return Rejection{QLatin1String(field), problem};
        a.id = m_nextAgentId++;
        remember(m_agentsByEmail, m_agentsByName, a.id, a.name, a.email);
        ++m_agentsCreated;
        m_batch.agents.push_back(std::move(a));
        return m_batch.agents.back().id;
    }

    qint64 createCustomer(Customer c, const QString& reason)
    {
        const qint64 id = m_nextCustomerId++;
        c.id = id;
        StageTransition entry;
        entry.customerId = id;
        entry.to = c.stage;
        entry.at = c.stageEnteredAt;
        entry.actor = QStringLiteral("import");
        entry.reason = reason;
        m_batch.entries.push_back(std::move(entry));
        noteNamesake(id, c.name);
        remember(m_customersByEmail, m_customersByName, id, c.name, c.email);
        if (!c.email.isEmpty())
            m_customersWithEmail.insert(id);
        m_created.insert(id);
        m_customerNames.insert(id, c.name);
        m_earliestSince[id] = c.since.startOfDay().toUTC();
        m_batch.customers.push_back(std::move(c));
        return id;
    }

    std::optional<Rejection> addCustomer()
    {
        Customer c;
        c.name = text("name");
        c.email = text("email");
        if (c.name.isEmpty())
            c.name = c.email; // a file of addresses: each customer is named by its address
        if (c.name.isEmpty())
            return Rejection{QStringLiteral("name"), CsvImporter::tr("a customer needs a name")};
        if (const QString problem = Validation::emailProblem(c.email, CsvImporter::tr("email")); !problem.isEmpty())
            return Rejection{QStringLiteral("email"), problem};
        if (findCustomer(c.name, c.email)) {
            ++m_matched; // already there: left as it is
            return std::nullopt;
        }
        c.company = text("company");
        c.plan = text("plan");
        c.tags = normalisedTags(text("tags"));
        c.notes = text("notes");
        if (const QString owner = text("owner"); !owner.isEmpty()) {
            auto id = agent(owner, "owner");
            if (auto* bad = std::get_if<Rejection>(&id))
                return *bad;
            c.ownerId = std::get<qint64>(id);
        }
        auto since = dateTime("since");
        if (auto* bad = std::get_if<Rejection>(&since))
            return *bad;
        const QDateTime sinceAt = std::get<QDateTime>(since);
        if (sinceAt.isValid()) {
            c.since = sinceAt.toLocalTime().date();
        } else {
            c.since = m_now.toLocalTime().date();
            ++m_counts.defaultSince;
        }
        if (const QString status = text("status"); !status.isEmpty()) {
            auto value = ImportMapping::customerStatus(status);
            if (!value)
                return Rejection{QStringLiteral("status"), withValueHint(value.error(), "status", status)};
            c.status = *value;
        }
        bool stageGiven = false;
        if (const QString stage = text("stage"); !stage.isEmpty()) {
            auto value = ImportMapping::stage(stage);
            if (!value)
                return Rejection{QStringLiteral("stage"), withValueHint(value.error(), "stage", stage)};
            c.stage = *value;
            stageGiven = true;
        }
        auto entered = dateTime("stage_entered_at");
        if (auto* bad = std::get_if<Rejection>(&entered))
            return *bad;
        c.stageEnteredAt = std::get<QDateTime>(entered).isValid() ? std::get<QDateTime>(entered)
                                                                   : c.since.startOfDay().toUTC();
        if (const QString problem = Validation::check(c, m_now); !problem.isEmpty())
            return Rejection{QString(), problem};
        const qint64 id = createCustomer(
            c, stageGiven ? CsvImporter::tr("Imported from %1 in %2.").arg(m_source, displayName(c.stage))
                          : CsvImporter::tr("Imported from %1; entered Onboarding with the first sale on %2.")
                                .arg(m_source, c.since.toString(Qt::ISODate)));
        if (stageGiven)
            m_stageGiven.insert(id);
        return std::nullopt;
    }

    // The ticket's or touchpoint's customer: found, or (for tickets) created from the row.
    // The row's customer name and email. A name column that holds an address where there
    // is no email column (HubSpot's "Associated Contact") is the email.
    std::pair<QString, QString> customerKeys() const
    {
        QString name = text("customer_name");
        QString email = text("customer_email");
        if (email.isEmpty() && name.contains(QLatin1Char('@')) && !name.contains(QLatin1Char(' ')))
            std::swap(name, email);
        return {name, email};
    }

    std::variant<qint64, Rejection> rowCustomer(bool create, const QDateTime& firstSeen)
    {
        const auto [name, email] = customerKeys();
        if (email.isEmpty() && m_namesakes.contains(lowerKey(name)))
            return Rejection{QStringLiteral("customer_name"),
                             CsvImporter::tr("more than one customer is named “%1”, and the row has no email to tell them "
                                             "apart; add the customer's email (a column read as customer_email)")
                                 .arg(name)};
        if (name.isEmpty() && email.isEmpty())
            return Rejection{QStringLiteral("customer_email"), CsvImporter::tr("the row names no customer (no name or email)")};
        auto since = create ? dateTime("customer_since") : std::variant<QDateTime, Rejection>(QDateTime());
        if (auto* bad = std::get_if<Rejection>(&since))
            return *bad;
        // The first sale: the customer_since column, else the first time the row shows.
        // Compared as UTC instants; turned into a local date only when it is kept.
        const QDateTime firstSale = std::get<QDateTime>(since).isValid() ? std::get<QDateTime>(since) : firstSeen;
        if (auto found = findCustomer(name, email)) {
            if (auto it = m_earliestSince.find(*found); it != m_earliestSince.end() && firstSale < it->second) {
                it->second = firstSale; // one of ours, seen earlier than we thought
                m_sinceMoved.insert(*found);
            }
            if (!m_created.contains(*found))
                ++m_matched;
            return *found;
        }
        if (!create)
            return Rejection{email.isEmpty() ? QStringLiteral("customer_name") : QStringLiteral("customer_email"),
                             CsvImporter::tr("no customer “%1” in the database or earlier in this file; import the customers or their tickets first")
                                 .arg(email.isEmpty() ? name : email)};
        const QDate sinceDate = firstSale.toLocalTime().date();
        Customer c;
        c.name = name.isEmpty() ? email : name;
        c.email = email;
        c.company = text("customer_company");
        c.since = sinceDate;
        c.stageEnteredAt = sinceDate.startOfDay().toUTC();
        if (const QString problem = Validation::check(c, m_now); !problem.isEmpty())
            return Rejection{QStringLiteral("customer_email"), problem};
        const qint64 id = createCustomer(c, CsvImporter::tr("Imported from %1 with its tickets; entered Onboarding with the first sale on %2.")
                                                .arg(m_source, sinceDate.toString(Qt::ISODate)));
        m_earliestSince[id] = firstSale;
        return id;
    }

    template <typename E>
    std::optional<Rejection> readEnum(const char* field, Result<E> (*convert)(QStringView), E& target,
                                      bool* present = nullptr)
    {
        const QString value = text(field);
        if (present)
            *present = !value.isEmpty();
        if (value.isEmpty())
            return std::nullopt;
        auto converted = convert(value);
        if (!converted)
            return Rejection{QLatin1String(field), withValueHint(converted.error(), field, value)};
        target = *converted;
        return std::nullopt;
    }

    std::optional<Rejection> addTicket()
    {
        Ticket t;
        t.externalRef = text("external_ref");
        if (!t.externalRef.isEmpty() && m_existingRefs.contains(t.externalRef)) {
            ++m_alreadyThere; // imported before: left as it is, not written twice
            return std::nullopt;
        }
        const quint64 refKey = t.externalRef.isEmpty() ? 0 : refHash(t.externalRef);
        const auto seen = t.externalRef.isEmpty() ? m_seen.end() : m_seen.find(refKey);
        const bool repeat = seen != m_seen.end();
        t.subject = text("subject");
        if (t.subject.isEmpty() && !repeat) {
            // A file with no subject column (ServiceNow's incident log has none): the
            // ticket's number stands for it. An empty cell in a subject column is an error.
            if (!m_hasSubject && !t.externalRef.isEmpty()) {
                t.subject = t.externalRef;
                ++m_counts.subjectFromRef;
            } else {
                return Rejection{QStringLiteral("subject"), CsvImporter::tr("a ticket needs a subject")};
            }
        }
        std::array<QDateTime, 4> times; // created, first response, solved, updated
        const char* timeFields[] = {"created_at", "first_response_at", "solved_at", "updated_at"};
        for (std::size_t i = 0; i < times.size(); ++i) {
            auto value = dateTime(timeFields[i]);
            if (auto* bad = std::get_if<Rejection>(&value))
                return *bad;
            times[i] = std::get<QDateTime>(value);
            // Every row's times, a later row of a ticket's too (those are merged).
            if (const QString problem = Validation::futureProblem(times[i], m_now, CsvImporter::tr("The %1").arg(QLatin1String(timeFields[i])));
                !problem.isEmpty())
                return Rejection{QLatin1String(timeFields[i]), problem};
        }
        t.createdAt = times[0];
        t.firstResponseAt = times[1];
        t.solvedAt = times[2];
        // Every value field is read before a bad one rejects the row, so that a dry run
        // lists all the unknown values at once (the import wizard's drop-downs).
        std::optional<Rejection> bad;
        std::optional<TicketStatus> status;
        if (const QString value = text("status"); !value.isEmpty()) {
            auto converted = ImportMapping::ticketStatus(value);
            if (!converted)
                bad = Rejection{QStringLiteral("status"), withValueHint(converted.error(), "status", value)};
            else
                status = *converted;
        }
        bool hasPriority = false;
        if (auto refused = readEnum<Priority>("priority", &ImportMapping::priority, t.priority, &hasPriority); refused && !bad)
            bad = refused;
        if (const QString channel = text("channel"); !channel.isEmpty() && !ImportMapping::namesNoChannel(channel)) {
            auto converted = ImportMapping::channel(channel);
            if (converted)
                t.channel = *converted;
            else
                bad = bad.value_or(Rejection{QStringLiteral("channel"), withValueHint(converted.error(), "channel", channel)});
        }
        // Categories are each team's own words: one FunnelDesk does not know is "other",
        // and the summary names it (--map-value category:TEXT=VALUE places it).
        bool hasCategory = false;
        if (const QString category = text("category"); !category.isEmpty()) {
            hasCategory = true;
            if (auto converted = ImportMapping::category(category)) {
                t.category = *converted;
            } else {
                t.category = Category::Other;
                if (m_counts.unknownCategories.size() < 5 || m_counts.unknownCategories.contains(category))
                    ++m_counts.unknownCategories[category];
                noteUnknown(QStringLiteral("category"), category);
                ++m_counts.otherCategories;
            }
        }
        if (const QString csat = text("csat"); !csat.isEmpty()) {
            auto value = ImportMapping::csat(csat);
            if (!value)
                bad = bad.value_or(Rejection{QStringLiteral("csat"), withValueHint(value.error(), "csat", csat)});
            else if (*value > 0) // 0: a survey offered, not answered
                t.csat = *value;
        }
        if (bad)
            return bad;
        t.description = text("description");
        t.tags = normalisedTags(text("tags"));
        if (const QString assignee = text("assignee"); !assignee.isEmpty()) {
            auto id = agent(assignee, "assignee");
            if (auto* bad = std::get_if<Rejection>(&id))
                return *bad;
            t.assigneeId = std::get<qint64>(id);
        }
        if (repeat) {
            if (status)
                t.status = *status;
            return mergeRow(std::move(t), *seen, status.has_value(), hasPriority, hasCategory, times[3]);
        }

        if (!t.createdAt.isValid()) {
            // No creation column (or an empty cell): the earliest moment the row knows,
            // else (an open ticket never answered) the moment of the import.
            for (const QDateTime& at : {t.firstResponseAt, t.solvedAt}) {
                if (at.isValid() && (!t.createdAt.isValid() || at < t.createdAt))
                    t.createdAt = at;
            }
            if (t.createdAt.isValid()) {
                ++m_counts.createdFromEarliest;
            } else {
                t.createdAt = m_now;
                ++m_counts.datedAtImport;
            }
        }
        t.status = status ? *status
                   : t.solvedAt.isValid()       ? TicketStatus::Solved
                   : t.firstResponseAt.isValid() ? TicketStatus::Open
                                                 : TicketStatus::New;
        if (!isOpen(t.status) && !t.solvedAt.isValid()) {
            // Solved, but when? The row's last update if the file says, else (counted and
            // said) its first response or creation.
            if (times[3].isValid() && times[3] >= t.createdAt)
                t.solvedAt = times[3];
            else
                ++m_counts.solvedUnknown;
        }
        // The row is checked as the file gives it, before the SLA rule settles the clocks
        // (which clears the solve time of an open ticket): the same check as `add ticket`.
        if (const QString problem = Validation::check(t, m_now); !problem.isEmpty())
            return Rejection{QString(), m_rowMoved.isEmpty() ? problem
                                                             : CsvImporter::tr("%1 (%2 is not a time on this machine's clock: the clocks "
                                                                               "sprang forward, so it was read as the hour after)")
                                                                   .arg(withoutFullStop(problem), m_rowMoved)};
        settle(t);
        auto customer = rowCustomer(true, t.createdAt);
        if (auto* bad = std::get_if<Rejection>(&customer))
            return *bad;
        t.customerId = std::get<qint64>(customer);
        t.id = m_nextTicketId++;
        if (!t.externalRef.isEmpty())
            m_seen.insert(refKey, Seen{t.id, t.customerId, m_line, times[3].isValid() ? times[3].toSecsSinceEpoch() : 0});
        m_batch.tickets.push_back(std::move(t));
        return std::nullopt;
    }

  public:
    // Applies a merge on the writing thread, after the ticket it updates was written.
    // Throws SqlError.
    void merge(const Batch::Merge& m)
    {
        ImportRepository repository(m_db);
        auto found = repository.ticket(m.row.id);
        if (!found)
            return;
        Ticket t = std::move(*found);
        const Ticket& row = m.row;
        if (t.externalRef != row.externalRef)
            throw SqlError(0, CsvImporter::tr("Ticket numbers “%1” and “%2” share a hash; this import cannot tell them apart. "
                                              "Please report this, with the two numbers.")
                                  .arg(t.externalRef, row.externalRef));
        if (row.createdAt.isValid() && row.createdAt < t.createdAt)
            t.createdAt = row.createdAt;
        if (row.firstResponseAt.isValid() && (!t.firstResponseAt.isValid() || row.firstResponseAt < t.firstResponseAt))
            t.firstResponseAt = row.firstResponseAt;
        if (t.subject.isEmpty())
            t.subject = row.subject;
        if (t.description.isEmpty())
            t.description = row.description;
        if (!row.tags.isEmpty()) {
            QStringList tags = t.tags.split(QStringLiteral(", "), Qt::SkipEmptyParts);
            for (const QString& tag : row.tags.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
                if (!tags.contains(tag))
                    tags << tag;
            }
            t.tags = tags.join(QStringLiteral(", "));
        }
        const bool wasOpen = isOpen(t.status);
        const TicketStatus before = t.status;
        if (m.latest) {
            if (m.hasStatus)
                t.status = row.status;
            if (m.hasPriority)
                t.priority = row.priority;
            if (row.assigneeId)
                t.assigneeId = row.assigneeId;
            if (m.hasCategory)
                t.category = row.category;
            if (row.csat)
                t.csat = row.csat;
        }
        // The solved time is the latest solved row's; without a solved column, the time
        // of the update that solved it (an event log's Resolved row).
        if (row.solvedAt.isValid() && (m.latest || !t.solvedAt.isValid()))
            t.solvedAt = row.solvedAt;
        else if (m.latest && m.hasStatus && !isOpen(row.status) && m.updated.isValid() && (wasOpen || !t.solvedAt.isValid()))
            t.solvedAt = m.updated;
        else if (m.latest && m.hasStatus && isOpen(row.status))
            t.solvedAt = QDateTime();
        if (m.latest && m.hasStatus && m.updated.isValid() && row.status != before) {
            // A status change the file dates: the clocks run as they did then, pausing or
            // resuming at the update (Sla::changeStatus), so the history's pauses count.
            // Breaches the earlier rows recorded after this update assumed the old status
            // held until now; they are judged again.
            for (QDateTime* breached : {&t.firstResponseBreachedAt, &t.resolutionBreachedAt}) {
                if (breached->isValid() && *breached > m.updated)
                    *breached = QDateTime();
            }
            const TicketStatus after = t.status;
            t.status = before;
            Sla::changeStatus(t, after, m_targets, m.updated);
            Sla::recordBreaches(t, m_targets, m_now);
        } else {
            settle(t);
        }
        TicketRepository(m_db).write(t); // every column, in this import's transaction
    }

  private:
    struct Seen {
        qint64 id = 0;         // the ticket the row's number made
        qint64 customerId = 0;
        qint64 line = 0;       // where it first appeared
        qint64 latestUpdate = 0; // UTC seconds of its latest row's updated_at, if mapped
    };

    // A row whose ticket number an earlier row had: one ticket, updated by this row.
    std::optional<Rejection> mergeRow(Ticket t, Seen& seen, bool hasStatus, bool hasPriority, bool hasCategory,
                                      const QDateTime& updated)
    {
        const auto [name, email] = customerKeys();
        if (!name.isEmpty() || !email.isEmpty()) {
            if (findCustomer(name, email) != seen.customerId)
                return Rejection{email.isEmpty() ? QStringLiteral("customer_name") : QStringLiteral("customer_email"),
                                 CsvImporter::tr("ticket %1 is for “%2” on line %3 and for “%4” on this line; one ticket "
                                                 "number cannot have two customers, so correct one of the two lines")
                                     .arg(t.externalRef, customerLabel(seen.customerId))
                                     .arg(seen.line)
                                     .arg(email.isEmpty() ? name : email)};
            if (t.createdAt.isValid())
                (void)rowCustomer(true, t.createdAt); // the customer's first sale may move back
        }
        Batch::Merge m;
        m.latest = true;
        if (updated.isValid() && !m_latestIsLast) {
            const qint64 secs = updated.toSecsSinceEpoch();
            m.latest = secs >= seen.latestUpdate;
            seen.latestUpdate = std::max(seen.latestUpdate, secs);
        }
        m.hasStatus = hasStatus;
        m.hasPriority = hasPriority;
        m.hasCategory = hasCategory;
        m.updated = updated;
        t.id = seen.id;
        t.customerId = seen.customerId;
        m.row = std::move(t);
        if (m_merged.insert(seen.id).second)
            ++m_mergedTickets;
        ++m_mergedRows;
        m_batch.merges.push_back(std::move(m));
        return std::nullopt;
    }

    void noteUnknown(const QString& field, const QString& value)
    {
        const auto key = std::make_pair(field, value);
        if (auto it = m_unknownValues.find(key); it != m_unknownValues.end())
            ++it->second;
        else if (m_unknownValues.size() < 100)
            m_unknownValues.emplace(key, 1);
    }

    // How a customer was named in the file, for a message.
    QString customerLabel(qint64 id) const
    {
        if (auto it = m_customerNames.find(id); it != m_customerNames.end())
            return *it;
        for (const auto* index : {&m_customersByEmail, &m_customersByName}) {
            for (const auto& [key, value] : *index) {
                if (value == id)
                    return key;
            }
        }
        return QString::number(id);
    }

    // A ticket's SLA clocks and solved time from its status and times, as if it had been
    // written as it happened: the one rule, Sla::settle.
    void settle(Ticket& t) const { Sla::settle(t, m_targets, m_now); }

    // A value refused: the reason, and how to map it without editing the file.
    QString withValueHint(const QString& reason, const char* field, const QString& value)
    {
        noteUnknown(QLatin1String(field), value);
        QString base = reason;
        if (base.endsWith(QLatin1Char('.')))
            base.chop(1);
        return base + hints::clause(hints::Hint::MapValue, // how to read it, in the front end's words
                                    {QLatin1String(field), value.contains(QLatin1Char(' ')) ? QLatin1Char('"') + value + QLatin1Char('"') : value});
    }

    std::optional<Rejection> addTouchpoint()
    {
        Touchpoint p;
        const QString kindText = text("kind");
        if (kindText.isEmpty())
            return Rejection{QStringLiteral("kind"), CsvImporter::tr("a touchpoint needs its kind (how the contact happened)")};
        auto kind = ImportMapping::touchpointKind(kindText);
        if (!kind)
            return Rejection{QStringLiteral("kind"), withValueHint(kind.error(), "kind", kindText)};
        p.kind = *kind;
        if (auto bad = readEnum<Direction>("direction", &ImportMapping::direction, p.direction))
            return bad;
        auto at = dateTime("occurred_at");
        if (auto* bad = std::get_if<Rejection>(&at))
            return *bad;
        p.occurredAt = std::get<QDateTime>(at);
        if (!p.occurredAt.isValid())
            return Rejection{QStringLiteral("occurred_at"), CsvImporter::tr("a touchpoint needs the time it happened")};
        if (const QString score = text("score"); !score.isEmpty()) {
            auto value = ImportMapping::score(score);
            if (!value)
                return Rejection{QStringLiteral("score"), withValueHint(value.error(), "score", score)};
            p.score = *value;
        }
        p.summary = text("summary");
        if (const QString problem = Validation::check(p, m_now); !problem.isEmpty())
            return Rejection{QStringLiteral("occurred_at"), problem};
        if (const QString name = text("agent"); !name.isEmpty()) {
            auto id = agent(name, "agent");
            if (auto* bad = std::get_if<Rejection>(&id))
                return *bad;
            p.agentId = std::get<qint64>(id);
        }
        auto customer = rowCustomer(false, p.occurredAt);
        if (auto* bad = std::get_if<Rejection>(&customer))
            return *bad;
        p.customerId = std::get<qint64>(customer);
        m_batch.touchpoints.push_back(std::move(p));
        return std::nullopt;
    }

    Database& m_db;
    const ImportOptions& m_options;
    const ImportMapping& m_mapping;
    std::vector<std::optional<DateFormat>> m_formats; // per field
    QString m_source;
    QStringList m_fields;
    std::vector<qsizetype> m_columns; // per field
    std::vector<QList<qsizetype>> m_listColumns; // per field: the repeats of a list header
    qint64 m_line = 0;
    bool m_latestIsLast = true; // no updated_at column: a ticket's last row is its latest
    bool m_hasValueMaps = false;
    bool m_hasSubject = true;
    mutable QString m_rowMoved; // a local time of this row that fell in a clock change
    // Ticket numbers this import wrote, by a 64-bit hash of their text: a million numbers
    // as strings held 200 MB more. merge() checks the text of the ticket it updates, so
    // two numbers with one hash (about 1 in 10^7 for a million rows) fail the import
    // instead of merging two tickets.
    QHash<quint64, Seen> m_seen;
    QSet<QString> m_existingRefs; // ticket numbers the database had
    qint64 m_alreadyThere = 0;
    std::unordered_set<qint64> m_merged; // tickets that later rows updated
    QHash<qint64, QString> m_customerNames; // of the customers this import created
    QSet<QString> m_namesakes; // names (as lowerKey) of more than one customer
    qint64 m_mergedRows = 0;
    qint64 m_mergedTickets = 0;
    std::map<std::pair<QString, QString>, qint64> m_unknownValues; // (field, text) → rows
    mutable ImportCounts m_counts; // for the summary's notes: imported rows only
    QDateTime m_now;
    SlaTargets m_targets;
    const QStringList* m_row = nullptr;

    std::unordered_map<QString, qint64> m_customersByEmail;
    std::unordered_map<QString, qint64> m_customersByName;
    std::unordered_map<QString, qint64> m_agentsByEmail;
    std::unordered_map<QString, qint64> m_agentsByName;
    std::unordered_map<QString, qint64> m_agentsByText;
    mutable std::vector<std::pair<const char*, int>> m_fieldIndexes;
    QSet<qint64> m_customersWithEmail;
    QSet<qint64> m_created;
    QSet<qint64> m_stageGiven;
    std::unordered_map<qint64, QDateTime> m_earliestSince; // first sale (UTC) of customers this import created
    QSet<qint64> m_sinceMoved;
    qint64 m_matched = 0;
    qint64 m_agentsCreated = 0;
    qint64 m_agentsByNumber = 0; // of m_agentsCreated: named after a number ("Agent 4711")
    qint64 m_nextCustomerId = 1;
    qint64 m_nextAgentId = 1;
    qint64 m_nextTicketId = 1;
    Batch m_batch;
    std::function<bool(Batch&&)> m_output;
};

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
    return CsvImporter::tr("%1, line %2, column %3 (“%4”)").arg(source).arg(line).arg(column + 1).arg(header);
}

} // namespace

QString ImportSummary::text() const
{
    const QLocale locale;
    // "1 row", "2 rows": each count with its noun, both translatable.
    const auto count = [&](qint64 n, const char* one, const char* many) {
        return n == 1 ? CsvImporter::tr(one) : CsvImporter::tr(many).arg(locale.toString(n));
    };
    QStringList lines;
    lines << (dryRun ? CsvImporter::tr("Dry run: %1 of %2 would be imported, %3 rejected; nothing was written.")
                     : CsvImporter::tr("Imported %1 of %2; %3 rejected."))
                 .arg(locale.toString(imported), count(rows, QT_TRANSLATE_NOOP("fd::CsvImporter", "1 row"), QT_TRANSLATE_NOOP("fd::CsvImporter", "%1 rows")),
                      locale.toString(rejected));
    lines << (dryRun ? CsvImporter::tr("Customers: %1 would be created, %2 an existing one (left as it is).")
                     : CsvImporter::tr("Customers: %1 created, %2 an existing one (left as it was)."))
                 .arg(locale.toString(customersCreated),
                      count(customersMatched, QT_TRANSLATE_NOOP("fd::CsvImporter", "1 row matched"), QT_TRANSLATE_NOOP("fd::CsvImporter", "%1 rows matched")));
    if (agentsCreated > 0)
        lines << CsvImporter::tr("Agents created: %1.").arg(locale.toString(agentsCreated));
    if (agentsByNumber > 0)
        lines << CsvImporter::tr("%1 given by number only, named “Agent” and the number; rename them in the team's list.")
                     .arg(count(agentsByNumber, QT_TRANSLATE_NOOP("fd::CsvImporter", "1 assignee was"),
                                QT_TRANSLATE_NOOP("fd::CsvImporter", "%1 assignees were")));
    const QString moves = stageMoves == 0 ? CsvImporter::tr("no move yet")
                                          : count(stageMoves, QT_TRANSLATE_NOOP("fd::CsvImporter", "1 move, dated when its rule held"),
                                                  QT_TRANSLATE_NOOP("fd::CsvImporter", "%1 moves, each dated when its rule held"));
    if (customersCreated == 0)
        lines << (dryRun ? CsvImporter::tr("Stages: no new customer would be placed; customers already there keep their stage.")
                         : CsvImporter::tr("Stages: no new customer to place; customers that were already there kept their stage."));
    else if (dryRun)
        lines << CsvImporter::tr("Stages: %1 would be placed by the rules (%2); customers already there keep their stage.")
                     .arg(count(customersCreated, QT_TRANSLATE_NOOP("fd::CsvImporter", "the new customer"), QT_TRANSLATE_NOOP("fd::CsvImporter", "the %1 new customers")), moves);
    else
        lines << CsvImporter::tr("Stages: %1 placed by the rules (%2); customers that were already there kept their stage.")
                     .arg(count(customersCreated, QT_TRANSLATE_NOOP("fd::CsvImporter", "the new customer was"), QT_TRANSLATE_NOOP("fd::CsvImporter", "the %1 new customers were")), moves);
    lines += notes;
    if (!firstRejections.isEmpty()) {
        lines << (rejected == 1 ? CsvImporter::tr("The rejected row:") : CsvImporter::tr("The first rejected rows:"));
        for (const QString& rejection : firstRejections)
            lines << QStringLiteral("  ") + rejection;
    }
    std::transform(lines.begin(), lines.end(), lines.begin(), [](const QString& line) { return visibleCell(line); });
    return lines.join(QLatin1Char('\n')); // each line one line, whatever a cell held
}

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

Result<ImportSummary> CsvImporter::run(QIODevice& input, const QString& source, const ImportOptions& options)
{
    if (options.skipInvalid && !options.rejects)
        return failure(tr("--skip-invalid needs a rejects file (--rejects FILE) for the rows it leaves out."));
    if (!input.isSequential() && !input.seek(0))
        return failure(tr("Cannot read %1 from its start.").arg(source));

    QElapsedTimer timer;
    timer.start();
    const auto step = [&](const char* what) { qCDebug(lcImport, "%s: %lld ms", what, timer.restart()); };
    // Pass 1: the header, the mapping, every date column's format, the row count.
    CsvReader::Options shape;
    shape.delimiter = options.delimiter;
    auto sampled = ImportSample::read(input, source, shape);
    if (!sampled)
        return failure(sampled.error());
    QStringList header = sampled->header;
    const qint64 preamble = sampled->preamble;
    QStringList overrides = options.overrides;
    auto mapping = ImportMapping::fromHeader(options.entity, header, overrides);
    if (!mapping)
        return failure(tr("%1: %2").arg(source, mapping.error()));
    QStringList remapNotes;
    if (const QStringList more = sampled->remaps(*mapping, remapNotes); !more.isEmpty()) {
        overrides += more;
        mapping = ImportMapping::fromHeader(options.entity, header, overrides);
        if (!mapping)
            return failure(tr("%1: %2").arg(source, mapping.error()));
    }
    if (auto required = mapping->checkRequired(); !required) {
        // A header read as one column that holds another delimiter: say which.
        QString hint;
        if (header.size() == 1) {
            for (const char other : {'\t', ';', '|', ','}) {
                if (header.constFirst().contains(QLatin1Char(other))) {
                    hint = tr(" The header was read as one column, but it holds %1%2.").arg(CsvReader::delimiterName(other),
                        hints::clause(hints::Hint::Delimiter, {other == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(other))}));
                    break;
                }
            }
        }
        return failure(tr("%1: %2").arg(source, required.error()) + hint);
    }
    if (auto mapped = mapping->addValueMaps(options.valueMaps); !mapped)
        return failure(mapped.error());
    if (auto missed = sampled->lookalikes(source, *mapping); !missed)
        return failure(missed.error());
    if (!input.seek(0))
        return failure(tr("Cannot read %1 from its start.").arg(source));
    CsvReader first(input, source, shape);
    for (qint64 skipped = 0; skipped <= preamble; ++skipped) // up to and with the header
        (void)first.next(header);

    const QStringList fields = ImportMapping::fields(options.entity);
    std::vector<std::optional<DateFormat>> formats(static_cast<std::size_t>(fields.size()));
    // The date columns of the file, learnt together (one day/month order for the file).
    DateDetector detector;
    std::vector<int> detected(formats.size(), -1); // per field: its detector column, or -1
    std::optional<DateFormat> explicitFormat;
    if (!options.dateFormat.isEmpty()) {
        auto format = dateFormatFromString(options.dateFormat);
        if (!format)
            return failure(tr("--date-format: %1").arg(format.error()));
        explicitFormat = *format;
    }
    for (qsizetype f = 0; f < fields.size(); ++f) {
        const qsizetype column = mapping->column(fields.at(f));
        if (column < 0 || !isDateField(options.entity, fields.at(f)))
            continue;
        if (explicitFormat)
            formats[static_cast<std::size_t>(f)] = explicitFormat;
        else
            detected[static_cast<std::size_t>(f)] = detector.addColumn(header.at(column));
    }
    // (detector column, file column) of each detected date field, looked up once; then
    // the date columns no field reads, whose values may settle the day/month order.
    std::vector<std::pair<int, qsizetype>> dateColumns;
    for (std::size_t f = 0; f < detected.size(); ++f) {
        if (detected[f] >= 0)
            dateColumns.emplace_back(detected[f], mapping->column(fields.at(static_cast<qsizetype>(f))));
    }
    if (!explicitFormat && !dateColumns.empty()) {
        for (const qsizetype column : sampled->unreadDateColumns(*mapping))
            dateColumns.emplace_back(detector.addEvidenceColumn(header.at(column).trimmed()), column);
    }
    const auto detect = [&](const QStringList& row, qint64 line) {
        for (const auto& [detectorColumn, column] : dateColumns) {
            if (column < row.size())
                detector.add(detectorColumn, row.at(column), line);
        }
    };
    // The first date failure (in field order): what a whole first pass reports.
    const auto detectionFailure = [&]() -> std::optional<QString> {
        if (auto dates = detector.result(); !dates)
            return tr("%1: %2").arg(source, dates.error());
        return std::nullopt;
    };
    // Once every date column is settled, the first pass stops: the second reads on and
    // goes on checking the dates, and if one is refused after all the import gives the
    // answer a whole first pass would have given. The rejects file is written as rows
    // are read, so an import that keeps its bad rows reads the whole file first.
    const bool mayStopEarly = !options.skipInvalid && input.size() > 0;
    qint64 settledAfter = -1; // rows the first pass read, if it stopped early
    ImportSummary summary;
    summary.dryRun = options.dryRun;
    QStringList row;
    for (;;) {
        auto more = first.next(row);
        if (!more)
            return failure(more.error());
        if (!*more)
            break;
        if (ImportSample::isFiller(row)) {
            ++summary.emptyRows;
            continue;
        }
        ++summary.rows;
        detect(row, first.recordLine());
        if (options.progress && summary.rows % 20000 == 0)
            options.progress(summary.rows, 0);
        if (options.cancel && *options.cancel)
            return failure(tr("The import was cancelled; nothing was changed."));
        if (mayStopEarly && summary.rows == kSettleRows && detector.settled()) {
            settledAfter = summary.rows;
            break;
        }
    }
    if (summary.rows == 0)
        return failure(tr("%1 has a header but no rows: nothing to import.").arg(source));
    if (settledAfter < 0) {
        if (auto failed = detectionFailure())
            return failure(*failed);
    }
    if (const auto dates = detector.result()) {
        for (std::size_t f = 0; f < detected.size(); ++f) {
            if (detected[f] >= 0)
                formats[f] = (*dates)[static_cast<std::size_t>(detected[f])];
        }
        summary.notes += detector.notes();
    }
    if (!sampled->plainCommas)
        summary.notes << tr("Read with %1.").arg(sampled->shape);
    summary.notes += remapNotes;
    // Each sentence takes its own arguments: an arg() with no placeholder left is a Qt warning
    // on the CLI's stderr.
    if (preamble == 1)
        summary.notes << tr("The header is on line %1; the line above it is a title, not a ticket.").arg(sampled->headerLine);
    else if (preamble > 1)
        summary.notes << tr("The header is on line %1; the %2 lines above it (a title, empty lines) are not rows.")
                             .arg(sampled->headerLine)
                             .arg(preamble);
    // Columns with no header (Excel's padding) are left out without a word.
    QStringList unmapped;
    for (const QString& column : mapping->unmappedColumns()) {
        if (!column.trimmed().isEmpty())
            unmapped << tr("“%1”").arg(column.trimmed());
    }
    if (unmapped.size() == 1)
        summary.notes << tr("Column %1 has no field and was not imported.").arg(unmapped.constFirst());
    else if (!unmapped.isEmpty())
        summary.notes << tr("Columns %1 have no field and were not imported.").arg(unmapped.join(QStringLiteral(", ")));

    step(settledAfter < 0 ? "first pass (the whole file)" : "first pass (until the dates settled)");
    // Pass 2: every row, in one transaction.
    if (!input.seek(0))
        return failure(tr("Cannot read %1 a second time.").arg(source));
    CsvReader second(input, source, shape);
    for (qint64 skipped = 0; skipped <= preamble; ++skipped)
        (void)second.next(header);
    std::optional<CsvWriter> rejects;
    if (options.rejects) {
        rejects.emplace(*options.rejects);
        QStringList rejectHeader = header;
        rejectHeader << tr("reason");
        rejects->writeRow(rejectHeader);
    }

    auto written = m_db.guard([&]() -> Status {
        // An empty file takes the bulk path (indexes rebuilt once at the end).
        std::unique_ptr<BulkLoad> bulk;
        std::unique_ptr<RowLoad> tx; // a file with data: row by row
        if (!options.dryRun && ImportRepository(m_db).isEmpty())
            bulk = std::make_unique<BulkLoad>(m_db, BulkLoad::Reads::ById);
        else
            tx = std::make_unique<RowLoad>(m_db);
        // The audit triggers would log every row (a row load, and a bulk load by a server role
        // that may not switch triggers off): the import is one entry instead.
        AuditPause quiet(m_db);
        Run run(m_db, m_clock, options, *mapping, formats, source);
        if (auto ready = run.prepare(); !ready)
            return ready;
        // A row that stops the import: after an early first pass, the rest of the file
        // is still read for its dates, whose failure a whole first pass would report
        // first (and a broken record after it, which would have stopped that pass).
        const auto stop = [&](const QString& reason) -> Status {
            if (settledAfter < 0)
                return failure(reason);
            for (;;) {
                auto more = second.next(row);
                if (!more)
                    return failure(more.error());
                if (!*more)
                    break;
                detect(row, second.recordLine());
            }
            return failure(detectionFailure().value_or(reason));
        };
        // Reads, checks and plans every row; on a second thread, while this one writes.
        const auto readRows = [&]() -> Status {
            qint64 done = 0;
            qint64 total = settledAfter < 0 ? summary.rows : 0;
            for (;;) {
                auto more = second.next(row);
                if (!more)
                    return failure(more.error());
                if (!*more)
                    break;
                if (ImportSample::isFiller(row))
                    continue;
                ++done;
                if (done > settledAfter && settledAfter >= 0)
                    detect(row, second.recordLine());
                std::optional<Rejection> rejection;
                fitToHeader(row, header);
                if (auto ragged = second.checkFieldCount(row, header.size()); !ragged) {
                    if (!options.skipInvalid)
                        return stop(ragged.error());
                    rejection = Rejection{QString(), ragged.error(), true};
                } else {
                    rejection = run.add(row, second.recordLine());
                }
                if (rejection) {
                    const qsizetype column = rejection->field.isEmpty() ? -1 : mapping->column(rejection->field);
                    const QString place = where(source, second.fieldLine(column), column, // the cell's own line
                                                column >= 0 ? header.at(column) : QString());
                    if (!options.skipInvalid)
                        return stop(tr("%1: %2; nothing was imported%3.") // %3: how to import the others
                                        .arg(place, withoutFullStop(asClause(rejection->reason)), hints::clause(hints::Hint::SkipInvalid)));
                    QStringList rejected = row;
                    while (rejected.size() < header.size()) // the reason under its header
                        rejected << QString();
                    rejected << (rejection->placed ? rejection->reason : tr("%1: %2").arg(place, asClause(rejection->reason)));
                    if (summary.firstRejections.size() < 3)
                        summary.firstRejections << rejected.back();
                    rejects->writeRow(rejected);
                    ++summary.rejected;
                } else {
                    ++summary.imported;
                }
                if (done % qint64(kBatch) == 0) {
                    if (settledAfter >= 0 && input.pos() > 0) { // the rows to come, from the bytes read
                        const double share = double(input.pos()) / double(input.size());
                        total = std::max(done, qint64(double(done) / share));
                    }
                    run.flush(done, total);
                    if (options.cancel && *options.cancel)
                        return failure(tr("The import was cancelled; nothing was changed."));
                }
            }
            if (settledAfter >= 0) {
                if (auto failed = detectionFailure())
                    return failure(*failed);
                summary.rows = done;
            }
            run.flush(done, summary.rows);
            return {};
        };
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
                read = readRows();
            },
            [&] { planned.close(); });
        Batch batch;
        while (planned.pop(batch)) {
            store(m_db, batch, [&](const Batch::Merge& m) { run.merge(m); });
            if (options.progress)
                options.progress(batch.done, batch.total);
            if (options.cancel && *options.cancel)
                return failure(tr("The import was cancelled; nothing was changed."));
            spent.push(std::move(batch));
        }
        reading.join();
        step("rows");
        if (!read)
            return read;
        run.finish(summary);
        if (rejects && !rejects->ok())
            // The device's errorString() names the file and the reason (OutputFile's device).
            return failure(tr("Nothing was imported: %1.").arg(options.rejects->errorString()));
        // The new customers through the stage rules, their history now in the file; in
        // the same transaction, so rows and moves land together (and, in bulk, before the
        // indexes are built).
        if (const auto place = run.toPlace(); !place.empty()) {
            RecomputeOptions recompute;
            recompute.only = place;
            recompute.insideTransaction = true;
            recompute.replay = true; // each move dated when its rule held, not today
            auto report = StageEngine(m_db, m_clock).recompute(recompute);
            if (!report)
                return failure(report.error());
            summary.stageMoves = report->moveCount();
            step("stage placement");
        }
        if (options.dryRun)
            return {}; // the transaction rolls back
        AuditLog(m_db).recordBulk(QStringLiteral("import"), auditTable(options.entity), summary.imported);
        if (options.beforeCommit) {
            if (auto ready = options.beforeCommit(); !ready)
                return ready; // the transaction rolls back
        }
        if (bulk)
            bulk->commit();
        else
            tx->commit();
        return {};
    });
    if (!written)
        return failure(written.error());
    return summary;
}

} // namespace fd
