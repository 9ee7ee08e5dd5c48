#pragma once

#include "common/Result.h"
#include "domain/CustomerFacts.h"
#include "domain/StageTransition.h"
#include "success/SuccessPlans.h"

#include <optional>
#include <span>
#include <vector>

namespace fd {

class Database;
class StoredEvents;

// The reads and writes of the stage engine. Facts for every customer come from one scan
// of the tickets and one of the touchpoints (on two connections, in parallel), not from
// a query per customer; on a PostgreSQL server the server counts them, one GROUP BY per
// table (storage/postgres/PgStageFacts.h), to the same facts, edge for edge.
class StageFactsRepository {
public:
    explicit StageFactsRepository(Database& db) : m_db(db) {}

    // Facts for every customer (churned and pinned ones included, marked).
    Result<std::vector<CustomerFacts>> all(const FactWindows& windows);
    // Scan on this connection only (no reader beside it): for a caller inside a write
    // transaction whose rows must be seen.
    void setOneConnection(bool one) { m_oneConnection = one; }
    // Facts for one customer, through its indexes: for re-evaluating it after a change.
    // Counted here row by row on every backend, as all() counts on SQLite.
    Result<std::optional<CustomerFacts>> one(qint64 customerId, const FactWindows& windows);

    // The customers `only` (sorted ids; every customer if null) with their tickets
    // created and touchpoints that happened at or before `until` (UTC seconds), each
    // customer's sorted by time: one scan of each table (through the customer indexes
    // over the range of ids, when they exist), on this connection. Sorted by id.
    // `stored`: the tickets and touchpoints as a bulk writer stored them, taken instead of
    // the two scans (it must hold every one of these customers'; domain/StoredEvents.h).
    Result<std::vector<CustomerHistory>> histories(const std::vector<qint64>* only, qint64 until,
                                                   const StoredEvents* stored = nullptr);

    // Writes the moves in order and sets each customer's stage to its last move (once per
    // run of one customer's moves), in one transaction. `asOneAuditEntry`: a bulk write (a
    // recompute of many customers), logged as one audit entry with the number of moves instead
    // of a stage change per customer (storage/AuditSchema.h); the moves are in stage_transition.
    // `planned`: the success-plan tasks of these moves (StageEngine; success/SuccessPlans.h),
    // added in the same transaction (TaskRepository::addPlanned).
    // The moves were decided from rows read before this transaction: a customer whose stage is
    // no longer its first move's `from` (or, for a move into the funnel, that has a move
    // already) was moved by another session meanwhile, and none of its moves or tasks are
    // written. Its id goes to `changedMeanwhile` when given. The customers' rows are read
    // under the row's write lock (Dialect::lockedForWrite: on PostgreSQL a second recompute
    // waits for the first and then reads its stages; SQLite's write transaction is one at a
    // time), so two recomputes never write the same move twice. `others` set to
    // Others::CannotSeeThem skips that check, for customers the caller's own transaction created
    // and moves (an import's new customers): no other session sees them before it commits. On
    // data set L's import the check and its copies of 274,330 moves cost about 0.16 s
    // (docs/PERFORMANCE.md, "CI's test command, fourth round, and the import's placement").
    enum class Others { MayHaveMovedThem, CannotSeeThem };
    Status record(const std::vector<StageTransition>& moves, bool asOneAuditEntry = false,
                  std::span<const PlannedTask> planned = {},
                  std::vector<qint64>* changedMeanwhile = nullptr,
                  Others others = Others::MayHaveMovedThem);
    // Sets the manual pin without moving the customer.
    Status setPinned(qint64 customerId, bool pinned);
    // Makes every other transaction that decides this customer's stage wait until the one
    // under way ends: run inside it, before the customer's stage is read (StageEngine::setStage,
    // service's writeAndReevaluate). On a server two reps' moves of one customer at once read
    // the same stage and each wrote its move from there (a history that names a stage the
    // customer had left, a move to where it already was) or deadlocked (issue 17, found by
    // PgTeamSimTest). PostgreSQL: the customer's row locked as its UPDATE would (FOR NO KEY
    // UPDATE); SQLite needs nothing (BEGIN IMMEDIATE: one writer at a time).
    Status holdCustomer(qint64 customerId);

private:
    Database& m_db;
    bool m_oneConnection = false;
};

} // namespace fd
