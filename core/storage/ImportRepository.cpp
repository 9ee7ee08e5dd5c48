#include "storage/ImportRepository.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Statement.h"
#include "storage/TicketRepository.h"

namespace fd {

bool ImportRepository::isEmpty()
{
    return m_db.scalar("SELECT (SELECT count(*) FROM customer) + (SELECT count(*) FROM ticket)") ==
           0;
}

namespace {

std::vector<ImportRepository::Key> keys(Database& db, const char* sql)
{
    std::vector<ImportRepository::Key> result;
    auto q = db.query(sql);
    while (q->step())
        result.push_back({q->int64(0), q->text(1), q->text(2)});
    return result;
}

} // namespace

std::vector<ImportRepository::Key> ImportRepository::customers()
{
    return keys(m_db, "SELECT id, name, email FROM customer ORDER BY id");
}

std::vector<ImportRepository::Key> ImportRepository::agents()
{
    return keys(m_db, "SELECT id, name, email FROM agent ORDER BY id");
}

ImportRepository::NextIds ImportRepository::nextIds()
{
    const Dialect& sql = m_db.dialect();
    auto q = m_db.query("SELECT " + sql.nextId("customer") + ", " + sql.nextId("agent") + ", " +
                        sql.nextId("ticket"));
    NextIds next;
    if (q->step())
        next = {q->int64(0), q->int64(1), q->int64(2)};
    return next;
}

void ImportRepository::moveSince(qint64 customerId, const QDate& since, const QDateTime& enteredAt)
{
    auto customer = m_db.query("UPDATE customer SET since = ?, stage_entered_at = ? WHERE id = ?");
    customer->bind(1, since);
    customer->bind(2, enteredAt);
    customer->bind(3, customerId);
    customer->exec();
    auto entry = m_db.query("UPDATE stage_transition SET at = ? WHERE customer_id = ? AND "
                            "from_stage IS NULL");
    entry->bind(1, enteredAt);
    entry->bind(2, customerId);
    entry->exec();
}

std::vector<QString> ImportRepository::ticketRefs()
{
    std::vector<QString> refs;
    auto q = m_db.query("SELECT external_ref FROM ticket WHERE external_ref IS NOT NULL");
    while (q->step())
        refs.push_back(q->text(0));
    return refs;
}

std::optional<Ticket> ImportRepository::ticket(qint64 id)
{
    auto q = m_db.query(std::string("SELECT ") + std::string(TicketRepository::kColumns) +
                        " FROM ticket t WHERE t.id = ?");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return TicketRepository::read(*q);
}

void ImportRepository::realignArrivals(const std::vector<qint64>& ticketIds)
{
    if (ticketIds.empty())
        return;
    const Dialect& dialect = m_db.dialect();
    auto q =
        m_db.query("UPDATE touchpoint SET occurred_at = t.created_at, kind = t.channel "
                   "FROM ticket t WHERE t.id = touchpoint.ticket_id AND touchpoint.ticket_id IN " +
                   dialect.idList(1));
    q->bind(1, std::string_view(dialect.idListValue(ticketIds)));
    q->exec();
}

} // namespace fd
