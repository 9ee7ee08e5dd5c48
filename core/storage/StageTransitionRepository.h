#pragma once

#include "common/Result.h"
#include "domain/StageTransition.h"

#include <QCoreApplication>

#include <vector>

namespace fd {

class Database;

class StageTransitionRepository {
    Q_DECLARE_TR_FUNCTIONS(fd::StageTransitionRepository)

public:
    explicit StageTransitionRepository(Database& db) : m_db(db) {}

    // A customer's moves, oldest first.
    Result<std::vector<StageTransition>> forCustomer(qint64 customerId);

    // Bulk path for writers that hold their own transaction; throws SqlError.
    qint64 insert(const StageTransition& transition);

private:
    Database& m_db;
};

} // namespace fd
