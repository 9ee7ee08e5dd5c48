#pragma once

#include "common/Result.h"
#include "domain/StageTransition.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <span>
#include <unordered_set>
#include <vector>

namespace fd {

class Database;

class StageTransitionRepository {
    Q_DECLARE_TR_FUNCTIONS(fd::StageTransitionRepository)

public:
    explicit StageTransitionRepository(Database& db) : m_db(db) {}

    struct ExportFilter {
        QDateTime from; // UTC, inclusive; null: no lower bound
        QDateTime to;   // UTC, exclusive; null: no upper bound
        std::optional<Stage> toStage;
    };
    // The history with each customer's name, oldest first, one row at a time.
    Status forEach(const ExportFilter& filter,
                   const std::function<void(const StageTransition&, const QString& name)>& row);

    // The stage a customer was in at a moment, from its history; none before it entered
    // the funnel.
    Result<std::optional<Stage>> stageAt(qint64 customerId, const QDateTime& at);

    // Customers with a move later than `at`.
    Result<std::unordered_set<qint64>> customersMovedAfter(const QDateTime& at);
    // A customer's moves, oldest first.
    Result<std::vector<StageTransition>> forCustomer(qint64 customerId);

    // Bulk path for writers that hold their own transaction; throws SqlError.
    qint64 insert(const StageTransition& transition);
    void insert(std::span<const StageTransition> transitions); // many rows per statement

private:
    Database& m_db;
};

} // namespace fd
