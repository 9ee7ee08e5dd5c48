#include "storage/TaskRepository.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <string>

namespace fd {

namespace {

constexpr const char* kColumns = "t.id, t.customer_id, c.name, t.owner_id, a.name, t.title, "
                                 "t.kind, t.due_day, t.origin, t.occasion, t.step, "
                                 "t.created_at, t.done_at, t.done_by, t.touchpoint_id";

Task readTask(const Statement& q)
{
    Task t;
    t.id = q.int64(0);
    t.customerId = q.int64(1);
    t.customerName = q.text(2);
    if (!q.isNull(3))
        t.ownerId = q.int64(3);
    t.ownerName = q.text(4);
    t.title = q.text(5);
    if (!q.isNull(6))
        t.kind = enumFromUtf8<TouchpointKind>(q.utf8(6));
    t.dueDay = q.date(7);
    t.origin = q.text(8);
    t.occasion = q.text(9);
    t.step = static_cast<int>(q.int64(10));
    t.createdAt = q.int64(11);
    t.doneAt = q.isNull(12) ? 0 : q.int64(12);
    if (!q.isNull(13))
        t.doneBy = q.int64(13);
    if (!q.isNull(14))
        t.touchpointId = q.int64(14);
    return t;
}

// The WHERE clause of a filter, its parameters numbered from 1 in the order bindFilter binds them.
std::string whereOf(const TaskFilter& f)
{
    std::string where = " WHERE 1 = 1";
    if (f.openOnly)
        where += " AND t.done_at IS NULL";
    if (f.ownerId)
        where += " AND t.owner_id = ?";
    if (f.dueBefore)
        where += " AND t.due_day < ?";
    if (f.dueUntil)
        where += " AND t.due_day <= ?";
    if (f.kind)
        where += " AND t.kind = ?";
    return where;
}

int bindFilter(Statement& q, const TaskFilter& f)
{
    int n = 0;
    if (f.ownerId)
        q.bind(++n, *f.ownerId);
    if (f.dueBefore)
        q.bind(++n, *f.dueBefore);
    if (f.dueUntil)
        q.bind(++n, *f.dueUntil);
    if (f.kind)
        q.bindStatic(++n, enumName(*f.kind));
    return n;
}

// Whether the open tasks of each due day (023_task_day.sql) answer `f`: on a server, every open
// task, or those due before or by a day; not one owner's or one kind's (the counts hold neither).
bool byDays(const Database& db, const TaskFilter& f)
{
    return db.backend() == Database::Backend::Postgres && f.openOnly && !f.ownerId && !f.kind;
}

// The due-day bounds of `f` on `column`, their parameters numbered from `first` in the order
// bindDays binds them.
std::string dayBounds(std::string_view column, const TaskFilter& f, int first)
{
    std::string where;
    if (f.dueBefore)
        where += " AND " + std::string(column) + " < ?" + std::to_string(first++);
    if (f.dueUntil)
        where += " AND " + std::string(column) + " <= ?" + std::to_string(first++);
    return where;
}

void bindDays(Statement& q, const TaskFilter& f, int first)
{
    if (f.dueBefore)
        q.bind(first++, *f.dueBefore);
    if (f.dueUntil)
        q.bind(first++, *f.dueUntil);
}

// On a server, for a filter byDays(): the ids of ?1 open tasks from offset ?2 by due day then id,
// the bounds' parameters from ?3. d: each day's running sum of open tasks, in due-day order; b:
// the first day whose sum passes the offset, and how many open tasks come before it. The walk
// starts at that day in task_open_due and skips only the rest of the offset: at most one day's
// open tasks instead of the offset's. An offset at or past the count finds no day: the bound is
// NULL, and no row is read. One statement, one snapshot: the rows are those OFFSET gives, also
// while others write. The tickets' way (TicketListRepository::windowByDays).
std::string idsByDays(const TaskFilter& f)
{
    return "WITH d AS (SELECT day, tasks, sum(tasks) OVER (ORDER BY day) AS upto FROM task_day "
           "WHERE true" +
           dayBounds("day", f, 3) +
           "), b AS (SELECT day, upto - tasks AS before FROM d WHERE upto > ?2 ORDER BY day LIMIT "
           "1) "
           "SELECT t.id FROM task t WHERE t.done_at IS NULL" +
           dayBounds("t.due_day", f, 3) +
           " AND t.due_day >= (SELECT day FROM b) ORDER BY t.due_day, t.id LIMIT ?1 "
           "OFFSET (SELECT (?2 - before)::bigint FROM b)";
}

} // namespace

qint64 TaskRepository::addPlanned(std::span<const PlannedTask> tasks)
{
    if (tasks.empty())
        return 0;
    // Up to 64 tasks a statement (a recompute that moves thousands of customers writes their
    // plans in a few hundred statements, not one round trip each on a server). Each row takes
    // its customer's owner, or the team's first active manager; a customer deleted meanwhile
    // adds nothing; a step of an occasion already there adds nothing (the unique key).
    constexpr std::size_t kRows = 64;
    const Dialect& d = m_db.dialect();
    const std::string tuple = "(" + d.typed("?", "bigint") + ", " + d.typed("?", "integer") + ", " +
                              d.typed("?", "text") + ", " + d.typed("?", "text") + ", " +
                              d.typed("?", "date") + ", " + d.typed("?", "text") + ", " +
                              d.typed("?", "text") + ", " + d.typed("?", "integer") + ", " +
                              d.typed("?", "bigint") + ", " + d.typed("?", "integer") + ")";
    auto sqlFor = [&](std::size_t rows) {
        std::string values;
        for (std::size_t r = 0; r < rows; ++r)
            values += (r ? ", " : "") + tuple;
        // VALUES' columns are column1… on both backends; the last is the row's place, so ids
        // follow the order given; WHERE true keeps SQLite from reading ON CONFLICT as the join's.
        // Without a statement journal (Dialect::insertRows): an import placing L's customers
        // wrote 341 MB of one for their 29,261 tasks.
        return d.insertRows("INSERT INTO task (customer_id, owner_id, title, kind, due_day, "
                            "origin, occasion, step, created_at) ") +
               "SELECT c.id, CASE WHEN v.column2 = 1 THEN (SELECT min(m.id) FROM agent m WHERE "
               "m.role = 'manager' "
               "AND m.active = 1) ELSE c.owner_id END, v.column3, v.column4, v.column5, v.column6, "
               "v.column7, v.column8, "
               "v.column9 FROM (VALUES " +
               values +
               ") AS v JOIN customer c ON c.id = v.column1 WHERE true ORDER BY v.column10 "
               "ON CONFLICT (customer_id, origin, occasion, step) DO NOTHING";
    };
    auto bind = [](Statement& q, int first, const PlannedTask& t) {
        q.bind(first, t.customerId);
        q.bind(first + 1, t.forManager);
        q.bind(first + 2, t.title);
        if (t.kind)
            q.bindStatic(first + 3, enumName(*t.kind));
        else
            q.bindNull(first + 3);
        q.bind(first + 4, t.dueDay);
        q.bind(first + 5, t.origin);
        q.bind(first + 6, t.occasion);
        q.bind(first + 7, t.step);
        q.bind(first + 8, t.createdAt);
    };
    constexpr int kColumns = 10;
    qint64 added = 0;
    std::size_t next = 0;
    while (next < tasks.size()) {
        const std::size_t rows = std::min(kRows, tasks.size() - next);
        auto q = m_db.query(sqlFor(rows));
        for (std::size_t r = 0; r < rows; ++r) {
            bind(*q, static_cast<int>(r) * kColumns + 1, tasks[next + r]);
            q->bind(static_cast<int>(r) * kColumns + kColumns, static_cast<int>(r));
        }
        q->exec();
        added += m_db.changes();
        next += rows;
    }
    return added;
}

Status TaskRepository::add(std::span<const PlannedTask> tasks)
{
    return m_db.guard([&] {
        Transaction tx(m_db);
        addPlanned(tasks);
        tx.commit();
    });
}

Result<std::vector<Task>> TaskRepository::list(const TaskFilter& filter, int limit, qint64 offset)
{
    return m_db.guard([&] {
        std::vector<Task> tasks;
        // On a server the open tasks of each day find the screen's day (idsByDays); else the
        // screen's ids come first from an index alone (task_open_due, task_open_owner,
        // task_due): an OFFSET deep into a million tasks skips index entries, not joined rows.
        const bool days = byDays(m_db, filter);
        const std::string ids = days ? idsByDays(filter)
                                     : "SELECT t.id FROM task t" + whereOf(filter) +
                                           " ORDER BY t.due_day, t.id LIMIT ? OFFSET ?";
        auto q = m_db.query(
            std::string("SELECT ") + kColumns + " FROM (" + ids +
            ") page JOIN task t ON t.id = page.id JOIN customer c ON c.id = t.customer_id "
            "LEFT JOIN agent a ON a.id = t.owner_id ORDER BY t.due_day, t.id");
        if (days) {
            q->bind(1, static_cast<qint64>(limit));
            q->bind(2, offset);
            bindDays(*q, filter, 3);
        } else {
            const int n = bindFilter(*q, filter);
            q->bind(n + 1, static_cast<qint64>(limit));
            q->bind(n + 2, offset);
        }
        while (q->step())
            tasks.push_back(readTask(*q));
        return tasks;
    });
}

Result<qint64> TaskRepository::count(const TaskFilter& filter)
{
    return m_db.guard([&] {
        // On a server the sum of the open tasks of each day in the filter's span (a few hundred
        // rows against count(*)'s walk of a million index entries).
        if (byDays(m_db, filter)) {
            auto q = m_db.query("SELECT coalesce(sum(tasks), 0)::bigint FROM task_day WHERE true" +
                                dayBounds("day", filter, 1));
            bindDays(*q, filter, 1);
            q->step();
            return q->int64(0);
        }
        auto q = m_db.query("SELECT count(*) FROM task t" + whereOf(filter));
        bindFilter(*q, filter);
        q->step();
        return q->int64(0);
    });
}

Result<qint64> TaskRepository::overdueCount(Stage stage, const QDate& today)
{
    return m_db.guard([&] {
        auto q = m_db.query("SELECT CAST(coalesce(sum(tasks), 0) AS bigint) FROM task_stage_day "
                            "WHERE stage = ? AND day < ?");
        q->bindStatic(1, enumName(stage));
        q->bind(2, today);
        q->step();
        return q->int64(0);
    });
}

Result<std::pair<qint64, std::vector<qint64>>> TaskRepository::overdueOf(Stage stage,
                                                                         const QDate& today)
{
    return m_db.guard([&] {
        std::pair<qint64, std::vector<qint64>> result;
        auto q = m_db.query(
            "SELECT t.customer_id, count(*) FROM task t CROSS JOIN customer c "
            "WHERE c.id = t.customer_id AND t.done_at IS NULL AND t.due_day < ? AND c.stage = ? "
            "AND c.status = 'active' GROUP BY t.customer_id ORDER BY t.customer_id");
        q->bind(1, today);
        q->bindStatic(2, enumName(stage));
        while (q->step()) {
            result.second.push_back(q->int64(0));
            result.first += q->int64(1);
        }
        return result;
    });
}

Result<std::optional<Task>> TaskRepository::find(qint64 id)
{
    return m_db.guard([&]() -> std::optional<Task> {
        auto q = m_db.query(std::string("SELECT ") + kColumns +
                            " FROM task t JOIN customer c ON c.id = t.customer_id LEFT JOIN agent "
                            "a ON a.id = t.owner_id "
                            "WHERE t.id = ?");
        q->bind(1, id);
        if (!q->step())
            return std::nullopt;
        return readTask(*q);
    });
}

bool TaskRepository::markDone(qint64 id, qint64 at, std::optional<qint64> by,
                              std::optional<qint64> touchpointId)
{
    auto q = m_db.query("UPDATE task SET done_at = ?, done_by = ?, touchpoint_id = ? WHERE id = ? "
                        "AND done_at IS NULL");
    q->bind(1, at);
    q->bind(2, by);
    q->bind(3, touchpointId);
    q->bind(4, id);
    q->exec();
    return m_db.changes() > 0;
}

} // namespace fd
