#include "storage/AgentRepository.h"

#include "common/FrontEndHints.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/RowStamp.h"
#include "storage/Transaction.h"

namespace fd {

namespace {

constexpr std::string_view kColumns =
    "SELECT id, name, email, role, active, version, changed_at, changed_by FROM agent ";

Agent readAgent(const Statement& row)
{
    Agent agent;
    agent.id = row.int64(0);
    agent.name = row.text(1);
    agent.email = row.text(2);
    agent.role = enumFromString<AgentRole>(row.text(3)).value_or(AgentRole::Rep);
    agent.active = row.int64(4) != 0;
    agent.version = RowStamp::read(row, 5);
    return agent;
}

} // namespace

qint64 AgentRepository::insert(const Agent& agent)
{
    // The new id comes back the backend's way (Dialect::insertReturningId, issue 16).
    auto q = m_db.query(
        m_db.dialect().insertReturningId("INSERT INTO agent (name, email, role, active, id) "
                                         "VALUES (?, ?, ?, ?, ?)"));
    q->bind(1, agent.name);
    q->bind(2, agent.email.isEmpty() ? QString() : agent.email);
    q->bindStatic(3, enumName(agent.role));
    q->bind(4, agent.active);
    bindId(*q, 5, agent.id);
    return m_db.insertedId(*q);
}

Result<qint64> AgentRepository::add(const Agent& given)
{
    Agent agent = given;
    agent.name = given.name.trimmed();
    agent.email = Validation::normalisedEmail(given.email);
    if (const QString problem = Validation::check(agent); !problem.isEmpty())
        return failure(problem);
    const QString name = Validation::nameKey(agent.name);
    const QString email = Validation::emailKey(agent.email);
    return m_db.guard([&]() -> Result<qint64> {
        Transaction tx(m_db);
        // Two sessions adding one name or email at once: the second waits, then sees the first.
        if (const std::string wait = m_db.dialect().serialiseCheck("agent.key"); !wait.empty())
            m_db.query(wait)->step();
        // A few dozen agents: compared in C++, by the keys findByKey and the import use.
        auto q = m_db.query(std::string(kColumns) + "ORDER BY id");
        while (q->step()) {
            const Agent other = readAgent(*q);
            if (Validation::nameKey(other.name) == name)
                return failure(
                    tr("An agent named “%1” already exists; give the new one another name.")
                        .arg(other.name));
            if (!email.isEmpty() && Validation::emailKey(other.email) == email)
                return failure(
                    tr("The email “%1” already belongs to the agent %2; each agent needs "
                       "their own, because owners and imported rows find agents by it.")
                        .arg(other.email, other.name));
        }
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

Result<std::optional<Agent>> AgentRepository::findByKey(const QString& given)
{
    const QString key = given.trimmed();
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber)
        return find(id);
    const QString name = Validation::nameKey(key);
    const QString email = Validation::emailKey(key);
    return m_db.guard([&]() -> std::optional<Agent> {
        if (name.isEmpty())
            return std::nullopt;
        {
            auto q = m_db.query(std::string(kColumns) + "ORDER BY id");
            while (q->step()) {
                Agent agent = readAgent(*q);
                if (Validation::nameKey(agent.name) == name ||
                    Validation::emailKey(agent.email) == email)
                    return agent;
            }
        }
        // A server login, as the server spells it (agent.login; NULL on a file's agents).
        auto byLogin = m_db.query(std::string(kColumns) + "WHERE login = ?");
        byLogin->bind(1, key);
        if (byLogin->step())
            return readAgent(*byLogin);
        return std::nullopt;
    });
}

Result<Agent> AgentRepository::findActive(const QString& key)
{
    auto found = findByKey(key);
    if (!found)
        return failure(found.error());
    if (!*found) {
        // On a server agents come with their logins (team add); on a file, by themselves.
        const bool server = m_db.backend() == Database::Backend::Postgres;
        return failure(tr("There is no agent “%1”%2.")
                           .arg(key.trimmed(), hints::clause(server ? hints::Hint::AddLogin
                                                                    : hints::Hint::AddAgent)));
    }
    if (!(*found)->active)
        return failure(tr("Agent “%1” (id %2) is inactive; name an active agent.")
                           .arg((*found)->name)
                           .arg((*found)->id));
    return **found;
}

Result<std::vector<Agent>> AgentRepository::all()
{
    return m_db.guard([&] {
        std::vector<Agent> agents;
        auto q = m_db.query(std::string(kColumns) + "ORDER BY " + m_db.dialect().nocase("name"));
        while (q->step())
            agents.push_back(readAgent(*q));
        return agents;
    });
}

} // namespace fd
