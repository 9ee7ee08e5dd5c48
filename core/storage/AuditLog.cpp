#include "storage/AuditLog.h"

#include "storage/Database.h"

#include <QDateTime>

#include <string>

namespace fd {

Result<std::vector<AuditEntry>> AuditLog::list(const AuditFilter& filter)
{
    return m_db.guard([&] {
        std::string sql =
            "SELECT l.id, l.at, l.agent_id, a.name, l.login, l.action, l.table_name, l.row_id, "
            "l.customer_id, l.ticket_id, l.field, l.old_value, l.new_value "
            "FROM audit_log l LEFT JOIN agent a ON a.id = l.agent_id WHERE 1 = 1";
        // Plain `?`s, bound in the order written (PostgreSQL types each parameter it sees).
        std::vector<qint64> values;
        const auto where = [&](const std::optional<qint64>& value, const char* condition) {
            if (value) {
                sql += condition;
                values.push_back(*value);
            }
        };
        where(filter.customerId, " AND l.customer_id = ?");
        where(filter.ticketId, " AND l.ticket_id = ?");
        where(filter.fromUtc, " AND l.at >= ?");
        where(filter.untilUtc, " AND l.at < ?");
        sql += filter.newestFirst ? " ORDER BY l.id DESC" : " ORDER BY l.id";
        where(filter.limit >= 0 ? std::optional<qint64>(filter.limit) : std::nullopt, " LIMIT ?");
        auto q = m_db.query(sql);
        for (std::size_t i = 0; i < values.size(); ++i)
            q->bind(static_cast<int>(i) + 1, values[i]);
        const auto optionalId = [&q](int column) {
            return q->isNull(column) ? std::nullopt : std::optional<qint64>(q->int64(column));
        };
        std::vector<AuditEntry> entries;
        while (q->step()) {
            AuditEntry e;
            e.id = q->int64(0);
            e.at = q->int64(1);
            e.agentId = optionalId(2);
            e.agentName = q->text(3);
            e.login = q->text(4);
            e.action = q->text(5);
            e.table = q->text(6);
            e.rowId = optionalId(7);
            e.customerId = optionalId(8);
            e.ticketId = optionalId(9);
            e.field = q->text(10);
            e.oldValue = q->text(11);
            e.newValue = q->text(12);
            entries.push_back(std::move(e));
        }
        return entries;
    });
}

void AuditLog::recordBulk(const QString& operation, const QString& table, qint64 rows)
{
    if (m_db.backend() == Database::Backend::Postgres) {
        // The server writes the entry, with who and when of the session (006_guard.sql's
        // fd_audit_bulk, a manager's only). A rep's bulk write (a recompute of many
        // customers) was not paused: its rows left their own entries.
        if (!m_db.teamRights().manager)
            return;
        auto q = m_db.query("SELECT fd_audit_bulk(?, ?, ?)");
        q->bind(1, operation);
        q->bind(2, table);
        q->bind(3, rows);
        q->exec();
        return;
    }
    auto q = m_db.query(
        "INSERT INTO audit_log (at, agent_id, login, action, table_name, field, new_value) "
        "VALUES (?, ?, NULL, 'bulk', ?, ?, ?)");
    q->bind(1, QDateTime::currentSecsSinceEpoch());
    if (const auto agent = m_db.actingAgent())
        q->bind(2, *agent);
    else
        q->bindNull(2);
    q->bind(3, table);
    q->bind(4, operation);
    q->bind(5, QString::number(rows));
    q->exec();
}

AuditPause::AuditPause(Database& db) : m_db(db), m_was(db.auditPaused())
{
    if (!m_was)
        m_db.setAuditPaused(true);
}

AuditPause::~AuditPause()
{
    if (!m_was)
        m_db.setAuditPaused(false);
}

} // namespace fd
