#pragma once

#include "common/Result.h"
#include "domain/Task.h"
#include "success/SuccessPlans.h"

#include <optional>
#include <span>
#include <vector>

namespace fd {

class Database;

// The tasks of success plans and playbooks (issue 18; schema v13's task table, and on a server
// v14's task_day).
class TaskRepository {
public:
    // The rows of task_stage_day (schema v17; PostgreSQL 027_task_stage_day.sql) counted from the
    // tasks, as its triggers count them: an INSERT … SELECT in both dialects, for a writer that
    // loaded rows without the triggers (BulkLoad, CopyAll into a file, pg::BulkSession) to run
    // after emptying the table.
    static constexpr const char* kStageDaysFromTasks =
        "INSERT INTO task_stage_day (stage, day, tasks) SELECT c.stage, t.due_day, count(*) FROM "
        "task t JOIN customer c ON c.id = t.customer_id WHERE t.done_at IS NULL AND c.status = "
        "'active' GROUP BY c.stage, t.due_day";

    explicit TaskRepository(Database& db) : m_db(db) {}

    // Adds each planned task for its customer's owner (or the first active manager: forManager)
    // now, unless the same step of the same occasion is there already (the task table's unique
    // key: each fires once); the number added. Throws SqlError; for a caller inside its
    // transaction (StageFactsRepository::record, Tasks::done, HealthRepository::write).
    qint64 addPlanned(std::span<const PlannedTask> tasks);
    // The same, in a transaction of its own. Errors: the database's sentence.
    Status add(std::span<const PlannedTask> tasks);

    // Up to `limit` tasks from `offset`, sorted by due day then id, with the customer's and the
    // owner's names. On a server, a filter of open tasks of any owner and kind (every open task,
    // overdue, due by a day) finds the screen's due day from the open tasks of each day
    // (023_task_day.sql) and walks only that day's: ≤ 50 ms a screen anywhere in a million
    // (issue 18); other filters, and every filter on a file, walk their index to `offset`.
    // Errors: the database's sentence.
    Result<std::vector<Task>> list(const TaskFilter& filter, int limit = 200, qint64 offset = 0);
    // How many tasks `filter` lists; on a server the sum of the open tasks of each day for the
    // filters list() finds by day. Errors: the database's sentence.
    Result<qint64> count(const TaskFilter& filter);
    Result<std::optional<Task>> find(qint64 id);
    // How many open tasks due before `today` (a local day) the active customers of `stage` have:
    // the sum of the stage's rows before that day in the open tasks of each stage by due day
    // (schema v17's task_stage_day, kept by triggers), a few hundred rows however many tasks
    // there are. The stage dashboards' "Overdue tasks"; overdueOf() read 333,329 tasks' customers
    // for it, 75-90 ms with a million tasks on data set L (docs/PERFORMANCE.md, "Step 10: overdue
    // tasks counted by day"). Errors: the database's sentence.
    Result<qint64> overdueCount(Stage stage, const QDate& today);
    // The open tasks due before `today` (a local day) of the active customers of `stage`: how
    // many, and their customers (sorted ids): the customers behind overdueCount() when a rep
    // opens it, and the health report's. Errors: the database's sentence.
    // Reads each customer's open tasks index (task_open_customer, schema v15) from end to end
    // and looks up the customer of each overdue task: on a file that is one pass whatever the
    // stage's size, where a seek per customer of a stage costs about 3.5 µs each (retention on
    // data set L with a million tasks: 60,215 seeks, 0.21 s, against the pass's 0.09 s). A
    // server's planner picks its own join order (docs/PERFORMANCE.md, "Step 12: overdue tasks").
    Result<std::pair<qint64, std::vector<qint64>>> overdueOf(Stage stage, const QDate& today);
    // Marks an open task done; false when it was done already (nothing changed). Throws
    // SqlError, for Tasks::done's transaction.
    bool markDone(qint64 id, qint64 at, std::optional<qint64> by,
                  std::optional<qint64> touchpointId);

private:
    Database& m_db;
};

} // namespace fd
