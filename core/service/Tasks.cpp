#include "service/Tasks.h"

#include "common/DateTimeText.h"
#include "service/WriteUnit.h"
#include "storage/SettingsRepository.h"
#include "storage/TaskRepository.h"
#include "storage/TouchpointRepository.h"

namespace fd {

using service_detail::writeAndReevaluate;

namespace {

QDate todayOf(const Clock& clock)
{
    return PlanTasks::localDay(clock.now().toSecsSinceEpoch());
}

} // namespace

Result<std::vector<Task>> Tasks::list(const TaskFilter& filter, int limit, qint64 offset)
{
    return TaskRepository(m_db).list(filter, limit, offset);
}

Result<qint64> Tasks::count(const TaskFilter& filter)
{
    return TaskRepository(m_db).count(filter);
}

TaskFilter Tasks::overdue() const
{
    TaskFilter f;
    f.dueBefore = todayOf(m_clock);
    return f;
}

Result<MyTasks> Tasks::mine(qint64 ownerId, int limit)
{
    MyTasks mine;
    mine.today = todayOf(m_clock);
    const QDate sunday = mine.today.addDays(7 - mine.today.dayOfWeek());
    TaskFilter f;
    f.ownerId = ownerId;
    f.dueBefore = mine.today;
    auto overdue = TaskRepository(m_db).list(f, limit);
    if (!overdue)
        return failure(overdue.error());
    mine.overdue = std::move(*overdue);
    f.dueBefore.reset();
    f.dueUntil = sunday;
    // Due today and later this week: from today's first task on, as one range.
    auto week = TaskRepository(m_db).list(f, limit + static_cast<int>(mine.overdue.size()));
    if (!week)
        return failure(week.error());
    for (Task& t : *week) {
        if (t.dueDay < mine.today)
            continue;
        (t.dueDay == mine.today ? mine.dueToday : mine.thisWeek).push_back(std::move(t));
    }
    return mine;
}

Result<Written<std::optional<qint64>>> Tasks::done(qint64 taskId, std::optional<qint64> agentId)
{
    auto task = TaskRepository(m_db).find(taskId);
    if (!task)
        return failure(task.error());
    if (!*task)
        return failure(tr("Task %1 does not exist.").arg(taskId));
    if ((*task)->done())
        return failure(tr("Task %1 was done already on %2.")
                           .arg(taskId)
                           .arg(formatDate(PlanTasks::localDay((*task)->doneAt))));
    auto plans = this->plans();
    if (!plans)
        return failure(plans.error());
    const Task t = **task;
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    if (!agentId) // nobody named: the task's owner did it
        agentId = t.ownerId;
    return writeAndReevaluate(m_db, m_clock, t.customerId, [&]() -> Result<std::optional<qint64>> {
        std::optional<qint64> touchpoint;
        if (t.kind) {
            Touchpoint p;
            p.customerId = t.customerId;
            p.kind = *t.kind;
            p.direction = Direction::Outbound;
            p.occurredAt = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
            p.agentId = agentId;
            p.summary = t.title;
            auto added = TouchpointRepository(m_db).add(p);
            if (!added)
                return failure(added.error());
            touchpoint = *added;
        }
        auto marked = m_db.guard([&] {
            if (!TaskRepository(m_db).markDone(t.id, now, agentId, touchpoint))
                return false;
            // A recurring step of a plan comes back: the one its origin and step name now.
            const auto stage = t.origin.startsWith(QLatin1String("plan:"))
                                   ? enumFromString<Stage>(t.origin.mid(5))
                                   : std::nullopt;
            if (stage && t.step >= 0 &&
                static_cast<std::size_t>(t.step) < plans->of(*stage).size()) {
                const PlanStep& step = plans->of(*stage)[static_cast<std::size_t>(t.step)];
                if (auto next = PlanTasks::next(step, t.customerId, t.origin, t.step, t.id,
                                                PlanTasks::localDay(now), now))
                    TaskRepository(m_db).addPlanned(std::span<const PlannedTask>(&*next, 1));
            }
            return true;
        });
        if (!marked)
            return failure(marked.error());
        if (!*marked)
            return failure(
                tr("Task %1 was done meanwhile by another session; nothing was recorded.")
                    .arg(t.id));
        return touchpoint;
    });
}

Result<SuccessPlans> Tasks::plans()
{
    auto settings = SettingsRepository(m_db).all();
    if (!settings)
        return failure(settings.error());
    return SuccessPlanSettings::fromSettings(*settings);
}

Status Tasks::savePlan(Stage stage, const QStringList& steps)
{
    auto parsed = SuccessPlanSettings::parseSteps(steps);
    if (!parsed)
        return failure(parsed.error());
    return SettingsRepository(m_db).setValue(SuccessPlanSettings::settingsKey(stage),
                                             SuccessPlanSettings::settingsValue(*parsed));
}

} // namespace fd
