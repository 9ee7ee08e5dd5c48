#include "storage/TouchpointRepository.h"

#include "common/Clock.h"
#include "domain/Validation.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/InsertOne.h"
#include "storage/MultiRowInsert.h"
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

QString TouchpointRepository::validate(const Touchpoint& t, const QDateTime& now)
{
    return Validation::check(t, now);
}

namespace {

constexpr std::string_view kInsert = "INSERT INTO touchpoint (customer_id, contact_id, kind, "
                                     "direction, occurred_at, agent_id, summary, ticket_id, "
                                     "score) VALUES ";
constexpr int kInsertColumns = 9;

void bindRow(Statement& q, int i, const Touchpoint& t)
{
    q.bind(i, t.customerId);
    q.bind(i + 1, t.contactId);
    q.bindStatic(i + 2, enumName(t.kind));
    q.bindStatic(i + 3, enumName(t.direction));
    q.bind(i + 4, t.occurredAt);
    q.bind(i + 5, t.agentId);
    q.bind(i + 6, t.summary.isEmpty() ? QString() : t.summary);
    q.bind(i + 7, t.ticketId);
    if (t.score)
        q.bind(i + 8, *t.score);
    else
        q.bindNull(i + 8);
}

} // namespace

qint64 TouchpointRepository::insert(const Touchpoint& t)
{
    return insertOne(m_db, kInsert, kInsertColumns, t, bindRow);
}

void TouchpointRepository::insert(std::span<const Touchpoint> touchpoints)
{
    insertRows(m_db, kInsert, kInsertColumns, touchpoints, bindRow);
}

Result<qint64> TouchpointRepository::add(const Touchpoint& touchpoint)
{
    if (const QString problem = validate(touchpoint, Clock::system().now()); !problem.isEmpty())
        return failure(problem);
    return m_db.guard([&]() -> Result<qint64> {
        Transaction tx(m_db);
        if (auto known = CustomerRepository(m_db).requireExisting(touchpoint.customerId); !known)
            return failure(known.error());
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
