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

    // Stores the name and email trimmed; refuses, with one sentence, what
    // Validation::check(Agent) refuses and a name another agent has (any case).
    Result<qint64> add(const Agent& agent);
    Result<std::optional<Agent>> find(qint64 id);
    // Finds an agent by id, name or email (as typed on the command line).
    Result<std::optional<Agent>> findByKey(const QString& key);
    Result<std::vector<Agent>> all();

    // Bulk path for writers that hold their own transaction; throws SqlError. A positive
    // id is kept (bulk writers plan ids ahead), otherwise SQLite picks the next one.
    qint64 insert(const Agent& agent);

private:
    Database& m_db;
};

} // namespace fd
