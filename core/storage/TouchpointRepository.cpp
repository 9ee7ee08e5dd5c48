#include "storage/TouchpointRepository.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace fd {

namespace {

constexpr std::string_view kSelect = "SELECT id, customer_id, contact_id, kind, direction, "
                                     "occurred_at, agent_id, summary, ticket_id, score "
                                     "FROM touchpoint ";

Touchpoint readTouchpoint(const Statement& q)
{
    Touchpoint t;
    t.id = q.int64(0);
    t.customerId = q.int64(1);
    t.contactId = q.optionalInt64(2);
    t.kind = enumFromString<TouchpointKind>(q.text(3)).value_or(TouchpointKind::Email);
    t.direction = enumFromString<Direction>(q.text(4)).value_or(Direction::Inbound);
    t.occurredAt = q.dateTime(5);
    t.agentId = q.optionalInt64(6);
    t.summary = q.text(7);
    t.ticketId = q.optionalInt64(8);
    if (!q.isNull(9))
        t.score = q.int32(9);
    return t;
}

} // namespace

QString TouchpointRepository::validate(const Touchpoint& t)
{
    if (!t.occurredAt.isValid())
        return tr("A touchpoint needs the time it happened.");
    if (t.score && (*t.score < 0 || *t.score > 10))
        return tr("A survey score must be between 0 and 10, not %1.").arg(*t.score);
    return {};
}

qint64 TouchpointRepository::insert(const Touchpoint& t)
{
    auto q = m_db.query("INSERT INTO touchpoint (customer_id, contact_id, kind, direction, "
                        "occurred_at, agent_id, summary, ticket_id, score) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q->bind(1, t.customerId);
    q->bind(2, t.contactId);
    q->bind(3, enumName(t.kind));
    q->bind(4, enumName(t.direction));
    q->bind(5, t.occurredAt);
    q->bind(6, t.agentId);
    q->bind(7, t.summary.isEmpty() ? QString() : t.summary);
    q->bind(8, t.ticketId);
    if (t.score)
        q->bind(9, *t.score);
    else
        q->bindNull(9);
    q->exec();
    return m_db.lastInsertId();
}

Result<qint64> TouchpointRepository::add(const Touchpoint& touchpoint)
{
    if (const QString problem = validate(touchpoint); !problem.isEmpty())
        return failure(problem);
    return m_db.guard([&]() -> Result<qint64> {
        Transaction tx(m_db);
        auto customer = m_db.query("SELECT 1 FROM customer WHERE id = ?");
        customer->bind(1, touchpoint.customerId);
        if (!customer->step())
            return failure(tr("There is no customer with id %1.").arg(touchpoint.customerId));
        const qint64 id = insert(touchpoint);
        tx.commit();
        return id;
    });
}

Result<std::optional<Touchpoint>> TouchpointRepository::find(qint64 id)
{
    return m_db.guard([&]() -> std::optional<Touchpoint> {
        auto q = m_db.query(std::string(kSelect) + "WHERE id = ?");
        q->bind(1, id);
        if (!q->step())
            return std::nullopt;
        return readTouchpoint(*q);
    });
}

Result<std::vector<Touchpoint>> TouchpointRepository::forCustomer(qint64 customerId, int limit)
{
    return m_db.guard([&] {
        std::vector<Touchpoint> result;
        auto q = m_db.query(std::string(kSelect) +
                            "WHERE customer_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?");
        q->bind(1, customerId);
        q->bind(2, limit);
        while (q->step())
            result.push_back(readTouchpoint(*q));
        return result;
    });
}

} // namespace fd
