#include "csv/CsvImporter.h"

#include "common/Clock.h"
#include "common/Handover.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "domain/Agent.h"
#include "domain/Customer.h"
#include "domain/Sla.h"
#include "domain/StageTransition.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "stages/StageEngine.h"
#include "storage/AgentRepository.h"
#include "storage/BulkLoad.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/ImportRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlError.h"
#include "storage/StageTransitionRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TouchpointRepository.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QLoggingCategory>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <variant>

namespace fd {

// QT_LOGGING_RULES="funneldesk.import.debug=true" times each step of an import.
Q_LOGGING_CATEGORY(lcImport, "funneldesk.import", QtWarningMsg)

namespace {

using Entity = ImportMapping::Entity;
using DateFormat = ImportMapping::DateFormat;

// A row that cannot be imported: the field at fault (empty if the row as a whole) and why.
struct Rejection {
    QString field;
    QString reason;
};

constexpr std::size_t kBatch = 1024;
// Rows the first pass reads before it may stop early (see CsvImporter::run).
constexpr qint64 kSettleRows = 5000;

bool isDateField(Entity entity, const QString& field)
{
    switch (entity) {
    case Entity::Customers:
        return field == QLatin1String("since") || field == QLatin1String("stage_entered_at");
    case Entity::Tickets:
        return field == QLatin1String("customer_since") || field == QLatin1String("created_at") ||
               field == QLatin1String("first_response_at") || field == QLatin1String("solved_at");
    case Entity::Touchpoints:
        return field == QLatin1String("occurred_at");
    }
    return false;
}

QString lowerKey(const QString& text)
{
    return text.trimmed().toCaseFolded();
}

// The rows an import planned from a stretch of the file, with the ids they will have:
// agents and customers first, since the tickets and touchpoints point at them.
struct Batch {
    std::vector<Agent> agents;
    std::vector<Customer> customers;
    std::vector<StageTransition> entries; // each new customer's entry into the funnel
    std::vector<Ticket> tickets;
    std::vector<Touchpoint> touchpoints;
    qint64 done = 0;  // rows read so far, and how many there are (or will be, by the bytes
    qint64 total = 0; // read so far) for the progress
};

// Raised on the reading thread when the writing one has given up.
struct WriterStopped {};

void store(Database& db, const Batch& batch)
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
}

// One import: the mapping, the formats of its date columns, the customers and agents it
// knows, and the rows it has planned. It reads the file on one thread and hands its rows
// over in batches (setOutput) to be written on another: only prepare() and finish() use
// the database.
class Run {
public:
    Run(Database& db, const Clock& clock, const ImportOptions& options, const ImportMapping& mapping,
        std::vector<std::optional<DateFormat>> formats, const QString& source)
        : m_db(db), m_options(options), m_formats(std::move(formats)), m_source(source), m_fields(ImportMapping::fields(options.entity))
    {
        for (const QString& field : m_fields)
            m_columns.push_back(mapping.column(field));
        m_now = clock.now();
    }

    void prepare()
    {
        const auto next = ImportRepository(m_db).nextIds();
        m_nextCustomerId = next.customer;
        m_nextAgentId = next.agent;
        m_nextTicketId = next.ticket;
        for (const auto& key : ImportRepository(m_db).customers()) {
            remember(m_customersByEmail, m_customersByName, key.id, key.name, key.email);
            if (!key.email.isEmpty())
                m_customersWithEmail.insert(key.id);
        }
        for (const auto& key : ImportRepository(m_db).agents())
            remember(m_agentsByEmail, m_agentsByName, key.id, key.name, key.email);
        auto settings = SettingsRepository(m_db).all();
        if (settings)
            m_targets = SlaTargets::fromSettings(*settings);
    }

    // Imports one row, or says why not. Throws SqlError.
    std::optional<Rejection> add(const QStringList& row)
    {
        m_row = &row;
        switch (m_options.entity) {
        case Entity::Customers:
            return addCustomer();
        case Entity::Tickets:
            return addTicket();
        case Entity::Touchpoints:
            return addTouchpoint();
        }
        return std::nullopt;
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
        const QLocale locale;
        if (m_defaultSince > 0)
            summary.notes << CsvImporter::tr("Customers without a first-sale date: %1; their first sale is the day of the import.")
                                 .arg(locale.toString(m_defaultSince));
        if (m_createdFromEarliest > 0)
            summary.notes << CsvImporter::tr("Tickets without a creation time: %1; each was given its earliest date-time (first response or solved).")
                                 .arg(locale.toString(m_createdFromEarliest));
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
    QString cell(int field) const
    {
        const qsizetype column = m_columns[static_cast<std::size_t>(field)];
        return column >= 0 && column < m_row->size() ? m_row->at(column).trimmed() : QString();
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
        return *parsed;
    }

    static void remember(std::unordered_map<QString, qint64>& byEmail, std::unordered_map<QString, qint64>& byName,
                         qint64 id, const QString& name, const QString& email)
    {
        if (!email.isEmpty())
            byEmail.try_emplace(lowerKey(email), id);
        if (!name.isEmpty())
            byName.try_emplace(lowerKey(name), id);
    }

    std::optional<qint64> findCustomer(const QString& name, const QString& email) const
    {
        if (!email.isEmpty()) {
            if (auto it = m_customersByEmail.find(lowerKey(email)); it != m_customersByEmail.end())
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

    std::optional<qint64> agent(const QString& nameOrEmail)
    {
        if (nameOrEmail.isEmpty())
            return std::nullopt;
        // A few agents on a million rows: their texts as written, before any folding.
        if (auto it = m_agentsByText.find(nameOrEmail); it != m_agentsByText.end())
            return it->second;
        const qint64 id = agentByKey(nameOrEmail);
        m_agentsByText.emplace(nameOrEmail, id);
        return id;
    }

    qint64 agentByKey(const QString& nameOrEmail)
    {
        const QString key = lowerKey(nameOrEmail);
        if (auto it = m_agentsByEmail.find(key); it != m_agentsByEmail.end())
            return it->second;
        if (auto it = m_agentsByName.find(key); it != m_agentsByName.end())
            return it->second;
        Agent a;
        const bool isEmail = nameOrEmail.contains(QLatin1Char('@'));
        a.id = m_nextAgentId++;
        a.name = isEmail ? nameOrEmail.section(QLatin1Char('@'), 0, 0) : nameOrEmail;
        a.email = isEmail ? nameOrEmail : QString();
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
        remember(m_customersByEmail, m_customersByName, id, c.name, c.email);
        if (!c.email.isEmpty())
            m_customersWithEmail.insert(id);
        m_created.insert(id);
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
            return Rejection{QStringLiteral("name"), CsvImporter::tr("a customer needs a name")};
        if (findCustomer(c.name, c.email)) {
            ++m_matched; // already there: left as it is
            return std::nullopt;
        }
        c.company = text("company");
        c.plan = text("plan");
        c.tags = text("tags");
        c.notes = text("notes");
        if (const QString owner = text("owner"); !owner.isEmpty())
            c.ownerId = agent(owner);
        auto since = dateTime("since");
        if (auto* bad = std::get_if<Rejection>(&since))
            return *bad;
        const QDateTime sinceAt = std::get<QDateTime>(since);
        if (sinceAt.isValid()) {
            c.since = sinceAt.toLocalTime().date();
        } else {
            c.since = m_now.toLocalTime().date();
            ++m_defaultSince;
        }
        if (const QString status = text("status"); !status.isEmpty()) {
            auto value = ImportMapping::customerStatus(status);
            if (!value)
                return Rejection{QStringLiteral("status"), value.error()};
            c.status = *value;
        }
        bool stageGiven = false;
        if (const QString stage = text("stage"); !stage.isEmpty()) {
            auto value = ImportMapping::stage(stage);
            if (!value)
                return Rejection{QStringLiteral("stage"), value.error()};
            c.stage = *value;
            stageGiven = true;
        }
        auto entered = dateTime("stage_entered_at");
        if (auto* bad = std::get_if<Rejection>(&entered))
            return *bad;
        c.stageEnteredAt = std::get<QDateTime>(entered).isValid() ? std::get<QDateTime>(entered)
                                                                   : c.since.startOfDay().toUTC();
        if (const QString problem = CustomerRepository::validate(c); !problem.isEmpty())
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
    std::variant<qint64, Rejection> rowCustomer(bool create, const QDateTime& firstSeen)
    {
        const QString name = text("customer_name");
        const QString email = text("customer_email");
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
                             CsvImporter::tr("no customer “%1” in this file; import the customers or their tickets first")
                                 .arg(email.isEmpty() ? name : email)};
        const QDate sinceDate = firstSale.toLocalTime().date();
        Customer c;
        c.name = name.isEmpty() ? email : name;
        c.email = email;
        c.company = text("customer_company");
        c.since = sinceDate;
        c.stageEnteredAt = sinceDate.startOfDay().toUTC();
        const qint64 id = createCustomer(c, CsvImporter::tr("Imported from %1 with its tickets; entered Onboarding with the first sale on %2.")
                                                .arg(m_source, sinceDate.toString(Qt::ISODate)));
        m_earliestSince[id] = firstSale;
        return id;
    }

    template <typename E>
    std::optional<Rejection> readEnum(const char* field, Result<E> (*convert)(QStringView), E& target)
    {
        const QString value = text(field);
        if (value.isEmpty())
            return std::nullopt;
        auto converted = convert(value);
        if (!converted)
            return Rejection{QLatin1String(field), converted.error()};
        target = *converted;
        return std::nullopt;
    }

    std::optional<Rejection> addTicket()
    {
        Ticket t;
        t.subject = text("subject");
        if (t.subject.isEmpty())
            return Rejection{QStringLiteral("subject"), CsvImporter::tr("a ticket needs a subject")};
        std::array<QDateTime, 3> times; // created, first response, solved
        const char* timeFields[] = {"created_at", "first_response_at", "solved_at"};
        for (std::size_t i = 0; i < times.size(); ++i) {
            auto value = dateTime(timeFields[i]);
            if (auto* bad = std::get_if<Rejection>(&value))
                return *bad;
            times[i] = std::get<QDateTime>(value);
        }
        t.createdAt = times[0];
        t.firstResponseAt = times[1];
        t.solvedAt = times[2];
        if (!t.createdAt.isValid()) {
            // No creation column (or an empty cell): the earliest moment the row knows.
            for (const QDateTime& at : {t.firstResponseAt, t.solvedAt}) {
                if (at.isValid() && (!t.createdAt.isValid() || at < t.createdAt))
                    t.createdAt = at;
            }
            if (!t.createdAt.isValid())
                return Rejection{QStringLiteral("created_at"), CsvImporter::tr("the ticket has no creation time and no other date-time to take it from")};
            ++m_createdFromEarliest;
        }
        std::optional<TicketStatus> status;
        if (const QString value = text("status"); !value.isEmpty()) {
            auto converted = ImportMapping::ticketStatus(value);
            if (!converted)
                return Rejection{QStringLiteral("status"), converted.error()};
            status = *converted;
        }
        t.status = status ? *status
                   : t.solvedAt.isValid()       ? TicketStatus::Solved
                   : t.firstResponseAt.isValid() ? TicketStatus::Open
                                                 : TicketStatus::New;
        if (isOpen(t.status)) {
            t.solvedAt = QDateTime(); // an open ticket is not solved, whatever a column says
        } else if (!t.solvedAt.isValid()) {
            t.solvedAt = std::max(t.createdAt, t.firstResponseAt.isValid() ? t.firstResponseAt : t.createdAt);
        }
        if (auto bad = readEnum<Priority>("priority", &ImportMapping::priority, t.priority))
            return bad;
        if (auto bad = readEnum<TouchpointKind>("channel", &ImportMapping::channel, t.channel))
            return bad;
        if (auto bad = readEnum<Category>("category", &ImportMapping::category, t.category))
            return bad;
        if (const QString csat = text("csat"); !csat.isEmpty()) {
            auto value = ImportMapping::csat(csat);
            if (!value)
                return Rejection{QStringLiteral("csat"), value.error()};
            t.csat = *value;
        }
        t.description = text("description");
        t.externalRef = text("external_ref");
        t.tags = text("tags");
        if (const QString assignee = text("assignee"); !assignee.isEmpty())
            t.assigneeId = agent(assignee);
        if (const QString problem = TicketRepository::validate(t); !problem.isEmpty())
            return Rejection{QString(), problem};
        auto customer = rowCustomer(true, t.createdAt);
        if (auto* bad = std::get_if<Rejection>(&customer))
            return *bad;
        t.customerId = std::get<qint64>(customer);
        if (Sla::pauses(t.status))
            t.slaPausedSince = t.firstResponseAt.isValid() ? t.firstResponseAt : t.createdAt;
        Sla::recordBreaches(t, m_targets, m_now);
        t.id = m_nextTicketId++;
        m_batch.tickets.push_back(std::move(t));
        return std::nullopt;
    }

    std::optional<Rejection> addTouchpoint()
    {
        Touchpoint p;
        auto kind = ImportMapping::touchpointKind(text("kind"));
        if (!kind)
            return Rejection{QStringLiteral("kind"), kind.error()};
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
                return Rejection{QStringLiteral("score"), value.error()};
            p.score = *value;
        }
        p.summary = text("summary");
        if (const QString name = text("agent"); !name.isEmpty())
            p.agentId = agent(name);
        auto customer = rowCustomer(false, p.occurredAt);
        if (auto* bad = std::get_if<Rejection>(&customer))
            return *bad;
        p.customerId = std::get<qint64>(customer);
        m_batch.touchpoints.push_back(std::move(p));
        return std::nullopt;
    }

    Database& m_db;
    const ImportOptions& m_options;
    std::vector<std::optional<DateFormat>> m_formats; // per field
    QString m_source;
    QStringList m_fields;
    std::vector<qsizetype> m_columns; // per field
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
    qint64 m_defaultSince = 0;
    qint64 m_createdFromEarliest = 0;
    qint64 m_nextCustomerId = 1;
    qint64 m_nextAgentId = 1;
    qint64 m_nextTicketId = 1;
    Batch m_batch;
    std::function<bool(Batch&&)> m_output;
};

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
    QStringList lines;
    lines << (dryRun ? CsvImporter::tr("Dry run: %1 of %2 rows would be imported, %3 rejected; nothing was written.")
                     : CsvImporter::tr("Imported %1 of %2 rows; %3 rejected."))
                 .arg(locale.toString(imported), locale.toString(rows), locale.toString(rejected));
    lines << CsvImporter::tr("Customers: %1 created, %2 rows matched an existing one.")
                 .arg(locale.toString(customersCreated), locale.toString(customersMatched));
    if (agentsCreated > 0)
        lines << CsvImporter::tr("Agents created: %1.").arg(locale.toString(agentsCreated));
    lines << (dryRun ? CsvImporter::tr("Stages: the %1 new customers would be placed by the rules (%2 moves); customers already there keep their stage.")
                     : CsvImporter::tr("Stages: the %1 new customers were placed by the rules (%2 moves); customers that were already there kept their stage."))
                 .arg(locale.toString(customersCreated), locale.toString(stageMoves));
    lines += notes;
    return lines.join(QLatin1Char('\n'));
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
    CsvReader first(input, source);
    QStringList header;
    auto hasHeader = first.next(header);
    if (!hasHeader)
        return failure(hasHeader.error());
    if (!*hasHeader)
        return failure(tr("%1 is empty: there is no header row.").arg(source));
    auto mapping = ImportMapping::fromHeader(options.entity, header, options.overrides);
    if (!mapping)
        return failure(tr("%1: %2").arg(source, mapping.error()));
    if (auto required = mapping->checkRequired(); !required)
        return failure(tr("%1: %2").arg(source, required.error()));

    const QStringList fields = ImportMapping::fields(options.entity);
    std::vector<std::optional<DateFormat>> formats(static_cast<std::size_t>(fields.size()));
    std::vector<std::optional<ImportMapping::DateDetector>> detectors(formats.size());
    std::optional<DateFormat> explicitFormat;
    if (!options.dateFormat.isEmpty()) {
        auto format = ImportMapping::dateFormatFromString(options.dateFormat);
        if (!format)
            return failure(format.error());
        explicitFormat = *format;
    }
    for (qsizetype f = 0; f < fields.size(); ++f) {
        const qsizetype column = mapping->column(fields.at(f));
        if (column < 0 || !isDateField(options.entity, fields.at(f)))
            continue;
        if (explicitFormat)
            formats[static_cast<std::size_t>(f)] = explicitFormat;
        else
            detectors[static_cast<std::size_t>(f)].emplace(header.at(column));
    }
    const auto detect = [&](const QStringList& row, qint64 line) {
        for (std::size_t f = 0; f < detectors.size(); ++f) {
            if (!detectors[f])
                continue;
            const qsizetype column = mapping->column(fields.at(static_cast<qsizetype>(f)));
            if (column < row.size())
                detectors[f]->add(QStringView(row.at(column)).trimmed(), line);
        }
    };
    // The first date-column failure in field order: what a whole first pass reports.
    const auto detectionFailure = [&]() -> std::optional<QString> {
        for (const auto& detector : detectors) {
            if (detector) {
                if (auto format = detector->result(); !format)
                    return tr("%1: %2").arg(source, format.error());
            }
        }
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
        ++summary.rows;
        detect(row, first.recordLine());
        if (options.progress && summary.rows % 20000 == 0)
            options.progress(summary.rows, 0);
        if (options.cancel && *options.cancel)
            return failure(tr("The import was cancelled; nothing was changed."));
        if (mayStopEarly && summary.rows == kSettleRows &&
            std::all_of(detectors.begin(), detectors.end(), [](const auto& d) { return !d || d->settled(); })) {
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
    for (std::size_t f = 0; f < detectors.size(); ++f) {
        if (!detectors[f])
            continue;
        auto format = detectors[f]->result();
        formats[f] = *format;
        const QString& column = header.at(mapping->column(fields.at(static_cast<qsizetype>(f))));
        QString note = tr("Column “%1” read as %2.").arg(column, format->pattern());
        if (!format->note.isEmpty())
            note += QLatin1Char(' ') + format->note;
        summary.notes << note;
    }
    for (const QString& unmapped : mapping->unmappedColumns())
        summary.notes << tr("Column “%1” has no field and was not imported.").arg(unmapped);

    step(settledAfter < 0 ? "first pass (the whole file)" : "first pass (until the dates settled)");
    // Pass 2: every row, in one transaction.
    if (!input.seek(0))
        return failure(tr("Cannot read %1 a second time.").arg(source));
    CsvReader second(input, source);
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
        std::unique_ptr<Transaction> tx;
        if (!options.dryRun && ImportRepository(m_db).isEmpty())
            bulk = std::make_unique<BulkLoad>(m_db);
        else
            tx = std::make_unique<Transaction>(m_db);
        Run run(m_db, m_clock, options, *mapping, formats, source);
        run.prepare();
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
                ++done;
                if (done > settledAfter && settledAfter >= 0)
                    detect(row, second.recordLine());
                std::optional<Rejection> rejection;
                if (auto ragged = second.checkFieldCount(row, header.size()); !ragged) {
                    if (!options.skipInvalid)
                        return stop(ragged.error());
                    rejection = Rejection{QString(), ragged.error()};
                } else {
                    rejection = run.add(row);
                }
                if (rejection) {
                    const qsizetype column = rejection->field.isEmpty() ? -1 : mapping->column(rejection->field);
                    const QString place = where(source, second.recordLine(), column,
                                                column >= 0 ? header.at(column) : QString());
                    if (!options.skipInvalid)
                        return stop(tr("%1: %2; nothing was imported.").arg(place, rejection->reason));
                    QStringList rejected = row;
                    rejected << tr("%1: %2").arg(place, rejection->reason);
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
            store(m_db, batch);
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
            return failure(tr("Writing the rejects file failed; nothing was imported."));
        // The new customers through the stage rules, their history now in the file; in
        // the same transaction, so rows and moves land together (and, in bulk, before the
        // indexes are built).
        if (const auto place = run.toPlace(); !place.empty()) {
            RecomputeOptions recompute;
            recompute.only = place;
            recompute.insideTransaction = true;
            auto report = StageEngine(m_db, m_clock).recompute(recompute);
            if (!report)
                return failure(report.error());
            summary.stageMoves = report->moveCount();
            step("stage placement");
        }
        if (options.dryRun)
            return {}; // the transaction rolls back
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
