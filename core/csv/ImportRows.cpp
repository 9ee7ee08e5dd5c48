// One row of each kind (see ImportRun.h): a customer, a ticket, a touchpoint; and a ticket's
// later rows (one row per update), merged into the ticket on the writing thread.
#include "csv/ImportRun.h"

#include "common/FrontEndHints.h"
#include "csv/Placeholders.h"
#include "domain/Validation.h"
#include "storage/ImportRepository.h"
#include "storage/SqlError.h"
#include "storage/TicketRepository.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace fd::importing {

namespace {

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

// A ticket number's key among those an import has seen: Qt's string hash, 64 bits wide
// here (size_t on the 64-bit platforms FunnelDesk is built for).
quint64 refHash(const QString& ref)
{
    static_assert(sizeof(size_t) == 8, "the ticket-number hash needs 64 bits");
    return qHash(ref, size_t(0));
}

} // namespace

std::optional<Rejection> Run::addCustomer()
{
    Customer c;
    c.name = text("name");
    c.email = text("email");
    if (c.name.isEmpty())
        c.name = c.email; // a file of addresses: each customer is named by its address
    if (c.name.isEmpty())
        return Rejection{QStringLiteral("name"), CsvImporter::tr("a customer needs a name")};
    if (const QString problem = Validation::emailProblem(c.email, CsvImporter::tr("email"));
        !problem.isEmpty())
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
            return Rejection{QStringLiteral("status"),
                             withValueHint(value.error(), "status", status)};
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
        c, stageGiven
               ? CsvImporter::tr("Imported from %1 in %2.").arg(m_source, displayName(c.stage))
               : CsvImporter::tr("Imported from %1; entered Onboarding with the first sale on %2.")
                     .arg(m_source, c.since.toString(Qt::ISODate)));
    if (stageGiven)
        m_stageGiven.insert(id);
    return std::nullopt;
}

template <typename E>
std::optional<Rejection> Run::readEnum(const char* field, Result<E> (*convert)(QStringView),
                                       E& target, bool* present, Memo<Result<E>>* memo)
{
    const QString value = text(field);
    if (present)
        *present = !value.isEmpty();
    if (value.isEmpty())
        return std::nullopt;
    const Result<E> converted = memo ? memo->get(value, convert) : convert(value);
    if (!converted)
        return Rejection{QLatin1String(field), withValueHint(converted.error(), field, value)};
    target = *converted;
    return std::nullopt;
}

std::optional<Rejection> Run::addTicket()
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
            return Rejection{QStringLiteral("subject"),
                             CsvImporter::tr("a ticket needs a subject")};
        }
    }
    std::array<QDateTime, 4> times; // created, first response, solved, updated
    if (auto bad = ticketTimes(times))
        return bad;
    t.createdAt = times[0];
    t.firstResponseAt = times[1];
    t.solvedAt = times[2];
    std::optional<TicketStatus> status;
    bool hasPriority = false;
    bool hasCategory = false;
    if (auto bad = ticketValues(t, status, hasPriority, hasCategory))
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
        return mergeRow(std::move(t), *seen, status.has_value(), hasPriority, hasCategory,
                        times[3]);
    }
    return addNewTicket(std::move(t), status, times, refKey);
}

// A ticket row's four times (created, first response, solved, updated), each read and checked
// against the clock.
std::optional<Rejection> Run::ticketTimes(std::array<QDateTime, 4>& times) const
{
    for (std::size_t i = 0; i < times.size(); ++i) {
        auto value = dateTime(kTimeFields[i]);
        if (auto* bad = std::get_if<Rejection>(&value))
            return *bad;
        times[i] = std::get<QDateTime>(value);
        // Every row's times, a later row of a ticket's too (those are merged).
        if (const QString problem = Validation::futureProblem(times[i], m_now, m_timeLabels[i]);
            !problem.isEmpty())
            return Rejection{QLatin1String(kTimeFields[i]), problem};
    }
    return std::nullopt;
}

// A ticket row's value fields: status, priority, channel, category, csat.
std::optional<Rejection> Run::ticketValues(Ticket& t, std::optional<TicketStatus>& status,
                                           bool& hasPriority, bool& hasCategory)
{
    // Every value field is read before a bad one rejects the row, so that a dry run
    // lists all the unknown values at once (the import wizard's drop-downs).
    std::optional<Rejection> bad;
    if (const QString value = text("status"); !value.isEmpty()) {
        const auto& converted = m_statuses.get(value, &ImportMapping::ticketStatus);
        if (!converted)
            bad = Rejection{QStringLiteral("status"),
                            withValueHint(converted.error(), "status", value)};
        else
            status = *converted;
    }
    if (auto refused = readEnum<Priority>("priority", &ImportMapping::priority, t.priority,
                                          &hasPriority, &m_priorities);
        refused && !bad)
        bad = refused;
    const auto readChannel = [](const QString& text) -> std::optional<Result<TouchpointKind>> {
        if (ImportMapping::namesNoChannel(text))
            return std::nullopt;
        return ImportMapping::channel(text);
    };
    if (const QString channel = text("channel"); !channel.isEmpty()) {
        // None: a text that names no channel ("other", "none"), which leaves the default.
        if (const auto& converted = m_channels.get(channel, readChannel); converted && *converted)
            t.channel = **converted;
        else if (converted)
            bad = bad.value_or(Rejection{QStringLiteral("channel"),
                                         withValueHint(converted->error(), "channel", channel)});
    }
    // Categories are each team's own words: one FunnelDesk does not know is "other",
    // and the summary names it (--map-value category:TEXT=VALUE places it).
    if (const QString category = text("category"); !category.isEmpty()) {
        hasCategory = true;
        if (const auto& converted = m_categories.get(category, &ImportMapping::category)) {
            t.category = *converted;
        } else {
            t.category = Category::Other;
            if (m_counts.unknownCategories.size() < 5 ||
                m_counts.unknownCategories.contains(category))
                ++m_counts.unknownCategories[category];
            noteUnknown(QStringLiteral("category"), category);
            ++m_counts.otherCategories;
        }
    }
    if (const QString csat = text("csat"); !csat.isEmpty()) {
        const auto& value = m_csats.get(csat, &ImportMapping::csat);
        if (!value)
            bad = bad.value_or(
                Rejection{QStringLiteral("csat"), withValueHint(value.error(), "csat", csat)});
        else if (*value > 0) // 0: a survey offered, not answered
            t.csat = *value;
    }
    return bad;
}

// A ticket row whose number no earlier row had: the ticket, with the times it lacks settled.
std::optional<Rejection> Run::addNewTicket(Ticket t, const std::optional<TicketStatus>& status,
                                           const std::array<QDateTime, 4>& times, quint64 refKey)
{
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
    t.status = status                        ? *status
               : t.solvedAt.isValid()        ? TicketStatus::Solved
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
        return Rejection{
            QString(),
            m_rowMoved.isEmpty()
                ? problem
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
        m_seen.insert(refKey, Seen{t.id, t.customerId, m_line,
                                   times[3].isValid() ? times[3].toSecsSinceEpoch() : 0});
    m_batch.tickets.push_back(std::move(t));
    return std::nullopt;
}

void Run::merge(const Batch::Merge& m)
{
    ImportRepository repository(m_db);
    auto found = repository.ticket(m.row.id);
    if (!found)
        return;
    Ticket t = std::move(*found);
    const Ticket& row = m.row;
    if (t.externalRef != row.externalRef)
        throw SqlError(
            0, CsvImporter::tr(
                   "Ticket numbers “%1” and “%2” share a hash; this import cannot tell them apart. "
                   "Please report this, with the two numbers.")
                   .arg(t.externalRef, row.externalRef));
    if (row.createdAt.isValid() && row.createdAt < t.createdAt)
        t.createdAt = row.createdAt;
    if (row.firstResponseAt.isValid() &&
        (!t.firstResponseAt.isValid() || row.firstResponseAt < t.firstResponseAt))
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
    else if (m.latest && m.hasStatus && !isOpen(row.status) && m.updated.isValid() &&
             (wasOpen || !t.solvedAt.isValid()))
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

std::optional<Rejection> Run::mergeRow(Ticket t, Seen& seen, bool hasStatus, bool hasPriority,
                                       bool hasCategory, const QDateTime& updated)
{
    const auto [name, email] = customerKeys();
    if (!name.isEmpty() || !email.isEmpty()) {
        if (findCustomer(name, email) != seen.customerId)
            return Rejection{
                email.isEmpty() ? QStringLiteral("customer_name")
                                : QStringLiteral("customer_email"),
                CsvImporter::tr(
                    "ticket %1 is for “%2” on line %3 and for “%4” on this line; one ticket "
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

void Run::noteUnknown(const QString& field, const QString& value)
{
    const auto key = std::make_pair(field, value);
    if (auto it = m_unknownValues.find(key); it != m_unknownValues.end())
        ++it->second;
    else if (m_unknownValues.size() < 100)
        m_unknownValues.emplace(key, 1);
}

QString Run::withValueHint(const QString& reason, const char* field, const QString& value)
{
    noteUnknown(QLatin1String(field), value);
    QString base = reason;
    if (base.endsWith(QLatin1Char('.')))
        base.chop(1);
    return base +
           hints::clause(hints::Hint::MapValue, // how to read it, in the front end's words
                         {QLatin1String(field), value.contains(QLatin1Char(' '))
                                                    ? QLatin1Char('"') + value + QLatin1Char('"')
                                                    : value});
}

std::optional<Rejection> Run::addTouchpoint()
{
    Touchpoint p;
    const QString kindText = text("kind");
    if (kindText.isEmpty())
        return Rejection{QStringLiteral("kind"),
                         CsvImporter::tr("a touchpoint needs its kind (how the contact happened)")};
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
        return Rejection{QStringLiteral("occurred_at"),
                         CsvImporter::tr("a touchpoint needs the time it happened")};
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

} // namespace fd::importing
