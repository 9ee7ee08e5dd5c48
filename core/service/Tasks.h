// The application layer for success-plan and playbook tasks (issue 18): My tasks, the task
// lists, marking a task done, and the plans' templates. The CLI's `tasks` and `plans` and the
// window call only this.
#pragma once

#include "common/Result.h"
#include "domain/Task.h"
#include "service/Written.h"
#include "success/SuccessPlans.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

namespace fd {

class Clock;
class Database;

// An owner's open tasks up to the end of this week (Monday to Sunday, local), grouped.
struct MyTasks {
    QDate today;
    std::vector<Task> overdue;  // due before today, the oldest first
    std::vector<Task> dueToday; // due today
    std::vector<Task> thisWeek; // due after today, up to Sunday
};

class Tasks {
    Q_DECLARE_TR_FUNCTIONS(fd::Tasks)

public:
    // `db` and `clock` must outlive this object; the clock says what today is.
    Tasks(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Up to `limit` tasks from `offset`, by due day then id.
    Result<std::vector<Task>> list(const TaskFilter& filter, int limit = 200, qint64 offset = 0);
    Result<qint64> count(const TaskFilter& filter);
    // `ownerId`'s open tasks overdue, due today and due later this week (at most `limit` each).
    Result<MyTasks> mine(qint64 ownerId, int limit = 500);
    // The filter of open tasks due before today.
    TaskFilter overdue() const;

    // Marks the task done now by `agentId` (none: its owner) and records the touchpoint its kind
    // names (an outbound touchpoint of that kind, the task's title as its summary), in one
    // transaction with the customer's stage re-evaluated; a recurring plan step (the retention
    // review) comes back its days after today. Value: the touchpoint's id, none when the task names
    // no kind. Errors: "Task N does not exist.", "Task N was done already on DAY.", the database's.
    Result<Written<std::optional<qint64>>> done(qint64 taskId, std::optional<qint64> agentId);

    // The plans in use (the defaults where none is saved).
    Result<SuccessPlans> plans();
    // Saves `stage`'s plan (SuccessPlanSettings::parseStep for each; no step: an empty plan).
    // Tasks already created stay as they are.
    Status savePlan(Stage stage, const QStringList& steps);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace fd
