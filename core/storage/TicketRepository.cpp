#include "storage/TicketRepository.h"

#include "domain/Touchpoint.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/MultiRowInsert.h"
#include "storage/TouchpointRepository.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <vector>

namespace fd {

QString TicketRepository::validate(const Ticket& t)
{
    if (t.subject.trimmed().isEmpty())
        return tr("A ticket needs a subject.");
    if (!t.createdAt.isValid())
        return tr("A ticket needs the time it was created.");
    if (!isTicketChannel(t.channel))
        return tr("“%1” is not a channel tickets arrive through.").arg(toString(t.channel));
    if (t.csat && (*t.csat < 1 || *t.csat > 5))
        return tr("CSAT must be between 1 and 5, not %1.").arg(*t.csat);
    if (t.solvedAt.isValid() && t.solvedAt < t.createdAt)
        return tr("A ticket cannot be solved (%1) before it was created (%2).")
            .arg(t.solvedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 t.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return {};
}

namespace {

constexpr std::string_view kInsert =
    "INSERT INTO ticket (customer_id, contact_id, subject, description, status, priority, "
    "channel, category, assignee_id, created_at, first_response_at, solved_at, csat, tags, "
    "external_ref, id) VALUES ";
constexpr int kInsertColumns = 16;

void bindRow(Statement& q, int i, const Ticket& t)
{
    q.bind(i, t.customerId);
    q.bind(i + 1, t.contactId);
    q.bind(i + 2, t.subject);
    q.bind(i + 3, t.description.isEmpty() ? QString() : t.description);
    q.bindStatic(i + 4, enumName(t.status));
    q.bindStatic(i + 5, enumName(t.priority));
    q.bindStatic(i + 6, enumName(t.channel));
    q.bindStatic(i + 7, enumName(t.category));
    q.bind(i + 8, t.assigneeId);
    q.bind(i + 9, t.createdAt);
    q.bind(i + 10, t.firstResponseAt);
    q.bind(i + 11, t.solvedAt);
    if (t.csat)
        q.bind(i + 12, *t.csat);
    else
        q.bindNull(i + 12);
    q.bind(i + 13, t.tags.isEmpty() ? QString() : t.tags);
    q.bind(i + 14, t.externalRef.isEmpty() ? QString() : t.externalRef);
    bindId(q, i + 15, t.id);
}

} // namespace

Touchpoint TicketRepository::arrival(const Ticket& t, qint64 ticketId)
{
    Touchpoint arrival;
    arrival.customerId = t.customerId;
    arrival.contactId = t.contactId;
    arrival.kind = t.channel;
    arrival.direction = Direction::Inbound;
    arrival.occurredAt = t.createdAt;
    arrival.summary = t.subject;
    arrival.ticketId = ticketId;
    return arrival;
}

qint64 TicketRepository::insert(const Ticket& t)
{
    insertRows(m_db, kInsert, kInsertColumns, std::span<const Ticket>(&t, 1), bindRow);
    const qint64 id = m_db.lastInsertId();
    TouchpointRepository(m_db).insert(arrival(t, id));
    return id;
}

void TicketRepository::insert(std::span<const Ticket> tickets)
{
    const bool planned = std::all_of(tickets.begin(), tickets.end(),
                                     [](const Ticket& t) { return t.id > 0; });
    if (!planned) {
        for (const Ticket& t : tickets)
            insert(t);
        return;
    }
    insertRows(m_db, kInsert, kInsertColumns, tickets, bindRow);
    std::vector<Touchpoint> arrivals;
    arrivals.reserve(tickets.size());
    for (const Ticket& t : tickets)
        arrivals.push_back(arrival(t, t.id));
    TouchpointRepository(m_db).insert(std::span<const Touchpoint>(arrivals));
}

Result<qint64> TicketRepository::add(const Ticket& ticket)
{
    if (const QString problem = validate(ticket); !problem.isEmpty())
        return failure(problem);
    return m_db.guard([&]() -> Result<qint64> {
        Transaction tx(m_db);
        if (auto known = CustomerRepository(m_db).requireExisting(ticket.customerId); !known)
            return failure(known.error());
        const qint64 id = insert(ticket);
        tx.commit();
        return id;
    });
}

Result<std::optional<Ticket>> TicketRepository::find(qint64 id)
{
    return m_db.guard([&]() -> std::optional<Ticket> {
        auto q = m_db.query(
            "SELECT id, customer_id, contact_id, subject, description, status, priority, channel, "
            "category, assignee_id, created_at, first_response_at, solved_at, csat, tags, "
            "external_ref FROM ticket WHERE id = ?");
        q->bind(1, id);
        if (!q->step())
            return std::nullopt;
        Ticket t;
        t.id = q->int64(0);
        t.customerId = q->int64(1);
        t.contactId = q->optionalInt64(2);
        t.subject = q->text(3);
        t.description = q->text(4);
        t.status = enumFromString<TicketStatus>(q->text(5)).value_or(TicketStatus::New);
        t.priority = enumFromString<Priority>(q->text(6)).value_or(Priority::Normal);
        t.channel = enumFromString<TouchpointKind>(q->text(7)).value_or(TouchpointKind::Email);
        t.category = enumFromString<Category>(q->text(8)).value_or(Category::Other);
        t.assigneeId = q->optionalInt64(9);
        t.createdAt = q->dateTime(10);
        t.firstResponseAt = q->dateTime(11);
        t.solvedAt = q->dateTime(12);
        if (!q->isNull(13))
            t.csat = q->int32(13);
        t.tags = q->text(14);
        t.externalRef = q->text(15);
        return t;
    });
}

} // namespace fd
