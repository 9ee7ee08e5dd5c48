#include "storage/ExportRepository.h"

#include "storage/Database.h"
#include "storage/Dialect.h"

namespace fd {

std::vector<std::string_view> ExportRepository::columns(Entity entity)
{
    switch (entity) {
    case Entity::Customers:
        return {"id",    "name",   "email", "company",          "plan", "owner",
                "since", "status", "stage", "stage_entered_at", "tags", "notes"};
    case Entity::Tickets:
        return {"id",
                "external_ref",
                "customer_name",
                "customer_email",
                "customer_company",
                "customer_since",
                "subject",
                "description",
                "status",
                "priority",
                "channel",
                "category",
                "created_at",
                "first_response_at",
                "solved_at",
                "csat",
                "assignee",
                "tags"};
    case Entity::Touchpoints:
        return {"customer_name", "customer_email", "kind",    "direction",
                "occurred_at",   "agent",          "summary", "score"};
    }
    return {};
}

Result<ExportRepository::Names> ExportRepository::names()
{
    return m_db.guard([&] {
        Names names;
        auto customers = m_db.query("SELECT id, name, email, company, since FROM customer");
        while (customers->step()) {
            auto& c = names.customers[customers->int64(0)];
            for (int i = 0; i < 4; ++i)
                c[static_cast<std::size_t>(i)] = std::string(customers->utf8(i + 1));
        }
        auto agents = m_db.query("SELECT id, name FROM agent");
        while (agents->step())
            names.agents[agents->int64(0)] = std::string(agents->utf8(1));
        return names;
    });
}

Result<qint64> ExportRepository::forEach(Entity entity, const Filter& filter,
                                         const std::function<bool(const Statement&)>& row)
{
    // ?1 stage, ?2 from, ?3 to; NULL means no limit. Customers and agents come as ids:
    // their names are looked up in names(), read once, not joined a million times.
    // `since` is a local day: the limits are compared as local days, as text (Dialect::localDay).
    // Each parameter is typed where it is first used (Dialect::typed).
    const Dialect& dialect = m_db.dialect();
    const std::string byStage = "(" + dialect.typed("?1", "text") + " IS NULL OR ";
    const std::string from = "(" + dialect.typed("?2", "bigint") + " IS NULL OR ";
    const std::string to = "(" + dialect.typed("?3", "bigint") + " IS NULL OR ";
    std::string sql;
    switch (entity) {
    case Entity::Customers:
        sql = "SELECT c.id, c.name, c.email, c.company, c.plan, c.owner_id, c.since, c.status, "
              "c.stage, c.stage_entered_at, c.tags, c.notes FROM customer c "
              "WHERE " +
              byStage +
              "c.stage = ?1) "
              "AND " +
              from + "CAST(c.since AS TEXT) >= " + dialect.localDay("?2") +
              ") "
              "AND " +
              to + "CAST(c.since AS TEXT) < " + dialect.localDay("?3") + ") ORDER BY c.id";
        break;
    case Entity::Tickets:
        sql = "SELECT t.id, t.external_ref, t.customer_id, t.subject, t.description, t.status, "
              "t.priority, t.channel, t.category, t.created_at, t.first_response_at, t.solved_at, "
              "t.csat, t.assignee_id, t.tags FROM ticket t "
              "WHERE " +
              byStage +
              "t.customer_id IN (SELECT id FROM customer WHERE stage = ?1)) "
              "AND " +
              from + "t.created_at >= ?2) AND " + to + "t.created_at < ?3) ORDER BY t.id";
        break;
    case Entity::Touchpoints:
        sql = "SELECT p.customer_id, p.kind, p.direction, p.occurred_at, p.agent_id, p.summary, "
              "p.score FROM touchpoint p WHERE p.ticket_id IS NULL "
              "AND " +
              byStage +
              "p.customer_id IN (SELECT id FROM customer WHERE stage = ?1)) "
              "AND " +
              from + "p.occurred_at >= ?2) AND " + to + "p.occurred_at < ?3) ORDER BY p.id";
        break;
    }
    return m_db.guard([&] {
        auto q = m_db.query(sql);
        if (filter.stage)
            q->bindStatic(1, enumName(*filter.stage));
        else
            q->bindNull(1);
        q->bind(2, filter.from);
        q->bind(3, filter.to);
        qint64 n = 0;
        while (q->step()) {
            ++n;
            if (!row(*q))
                break;
        }
        return n;
    });
}

} // namespace fd
