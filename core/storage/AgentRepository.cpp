#include "storage/AgentRepository.h"

#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace fd {

namespace {

constexpr std::string_view kColumns = "SELECT id, name, email, role, active FROM agent ";

Agent readAgent(const Statement& row)
{
    Agent agent;
    agent.id = row.int64(0);
    agent.name = row.text(1);
    agent.email = row.text(2);
    agent.role = enumFromString<AgentRole>(row.text(3)).value_or(AgentRole::Rep);
    agent.active = row.int64(4) != 0;
    return agent;
}

} // namespace

qint64 AgentRepository::insert(const Agent& agent)
{
    auto q = m_db.query("INSERT INTO agent (name, email, role, active, id) VALUES (?, ?, ?, ?, ?)");
    q->bind(1, agent.name);
    q->bind(2, agent.email.isEmpty() ? QString() : agent.email);
    q->bindStatic(3, enumName(agent.role));
    q->bind(4, agent.active);
    bindId(*q, 5, agent.id);
    q->exec();
    return m_db.lastInsertId();
}

Result<qint64> AgentRepository::add(const Agent& given)
{
    Agent agent = given;
    agent.name = given.name.trimmed();
    agent.email = Validation::normalisedEmail(given.email);
    if (const QString problem = Validation::check(agent); !problem.isEmpty())
        return failure(problem);
    return m_db.guard([&]() -> Result<qint64> {
        Transaction tx(m_db);
        auto q = m_db.query("SELECT 1 FROM agent WHERE name = ? COLLATE NOCASE");
        q->bind(1, agent.name);
        if (q->step())
            return failure(tr("An agent named “%1” already exists.").arg(agent.name));
        const qint64 id = insert(agent);
        tx.commit();
        return id;
    });
}

Result<std::optional<Agent>> AgentRepository::find(qint64 id)
{
    return m_db.guard([&]() -> std::optional<Agent> {
        auto q = m_db.query(std::string(kColumns) + "WHERE id = ?");
        q->bind(1, id);
        if (!q->step())
            return std::nullopt;
        return readAgent(*q);
    });
}

Result<std::optional<Agent>> AgentRepository::findByKey(const QString& key)
{
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber)
        return find(id);
    return m_db.guard([&]() -> std::optional<Agent> {
        auto q = m_db.query(std::string(kColumns) +
                            "WHERE name = ?1 COLLATE NOCASE OR email = ?1 ORDER BY id LIMIT 1");
        q->bind(1, key);
        if (!q->step())
            return std::nullopt;
        return readAgent(*q);
    });
}

Result<std::vector<Agent>> AgentRepository::all()
{
    return m_db.guard([&] {
        std::vector<Agent> agents;
        auto q = m_db.query(std::string(kColumns) + "ORDER BY name COLLATE NOCASE");
        while (q->step())
            agents.push_back(readAgent(*q));
        return agents;
    });
}

} // namespace fd
