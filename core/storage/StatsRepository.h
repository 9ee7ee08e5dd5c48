#pragma once

#include "common/Result.h"
#include "domain/Counts.h"

namespace fd {

class Database;

class StatsRepository {
public:
    explicit StatsRepository(Database& db) : m_db(db) {}

    Result<DatabaseCounts> counts();
    Result<QuickCounts> quickCounts();

private:
    Database& m_db;
};

} // namespace fd
