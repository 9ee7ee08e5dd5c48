#pragma once

#include "common/Result.h"
#include "domain/Agent.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace fd {

class Database;

class AgentRepository {
    Q_DECLARE_TR_FUNCTIONS(fd::AgentRepository)

public:
    explicit AgentRepository(Database& db) : m_db(db) {}

    // Stores the name and email trimmed; refuses, with one sentence naming the agent that
    // has it, what Validation::check(Agent) refuses (a name of digits only), a name another
    // agent has (by Validation::nameKey: any case, any spacing) and an email another agent
    // has (by Validation::emailKey), so that findByKey names one agent (issue 14 §6).
    Result<qint64> add(const Agent& agent);
    Result<std::optional<Agent>> find(qint64 id);
    // Finds an agent, active or not, by id, name or email as typed (on the command line, in
    // a dialog): the key is trimmed; digits only are an id; otherwise names compare by
    // Validation::nameKey and emails by Validation::emailKey, then (an agent with a server
    // login) logins exactly as the server spells them. Lowest id first if old data holds two.
    Result<std::optional<Agent>> findByKey(const QString& key);
    // findByKey for a new write (an owner, assignee, touchpoint agent or stage-move actor):
    // fails with one sentence when no agent has the key or when the agent is inactive
    // (active = 0) — the one place that refusal is made (issue 14 §6). The first ends with
    // the front end's hint on adding one: hints::Hint::AddAgent on a file, AddLogin on a
    // server (where agents come with their logins).
    Result<Agent> findActive(const QString& key);
    Result<std::vector<Agent>> all();

    // Bulk path for writers that hold their own transaction; throws SqlError. A positive
    // id is kept (bulk writers plan ids ahead), otherwise SQLite picks the next one.
    qint64 insert(const Agent& agent);

private:
    Database& m_db;
};

} // namespace fd
