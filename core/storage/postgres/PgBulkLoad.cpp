#include "storage/postgres/PgBulkLoad.h"

#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/postgres/PgCopy.h"
#include "storage/postgres/PgDatabase.h"
#include "storage/RowLoad.h"
#include "storage/SqlError.h"
#include "storage/TaskRepository.h"
#include "storage/TouchpointSummaries.h"
#include "storage/Transaction.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimeZone>

namespace fd::pg {

// QT_LOGGING_RULES="funneldesk.pgbulk.debug=true" times each step of finish().
Q_LOGGING_CATEGORY(lcPgBulk, "funneldesk.pgbulk", QtWarningMsg)

const char* const kDataTables[14] = {"agent",
                                     "customer",
                                     "contact",
                                     "ticket",
                                     "ticket_comment",
                                     "canned_reply",
                                     "touchpoint",
                                     "stage_transition",
                                     "touchpoint_day",
                                     "audit_log",
                                     "customer_health",
                                     "health_snapshot",
                                     "health_band_change",
                                     "task"};

namespace {

// The data tables that exist in the current schema, as the text array $1 of the catalog reads.
QByteArray tableArray()
{
    QByteArray list = "{";
    for (const char* table : kDataTables) {
        if (list.size() > 1)
            list += ',';
        list += table;
    }
    return list + '}';
}

// "schema.table" of each data table in the current schema, quoted, in kDataTables' order.
QList<QByteArray> existingTables(Connection& conn)
{
    const Rows rows = run(
        conn,
        "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM "
        "unnest($1::text[]) WITH ORDINALITY AS w(name, n) JOIN pg_class c ON c.relname = w.name "
        "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema() "
        "WHERE c.relkind IN ('r', 'p') ORDER BY w.n",
        {tableArray().constData()});
    QList<QByteArray> tables;
    for (int r = 0; r < rows.count(); ++r)
        tables << rows.text(r, 0).toUtf8();
    return tables;
}

// Drops the constraints of `types` (SQL list of pg_constraint.contype: "'f'") on the tables named
// in `tables` (a text array) in the current schema; value: the ALTER TABLE … ADD CONSTRAINT that
// makes each again, in name order.
QList<QByteArray> dropConstraints(Connection& conn, const char* types, const QByteArray& tables)
{
    const Rows found =
        run(conn,
            QByteArray("SELECT quote_ident(n.nspname) || '.' || quote_ident(t.relname), "
                       "quote_ident(c.conname), pg_get_constraintdef(c.oid) FROM pg_constraint c "
                       "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = "
                       "t.relnamespace WHERE c.contype IN (") +
                types +
                ") AND n.nspname = current_schema() AND t.relname = ANY ($1::text[]) "
                "ORDER BY 1, 2",
            {tables.constData()});
    QList<QByteArray> again;
    for (int r = 0; r < found.count(); ++r) {
        const QByteArray table = found.text(r, 0).toUtf8();
        const QByteArray name = found.text(r, 1).toUtf8();
        run(conn, "ALTER TABLE " + table + " DROP CONSTRAINT " + name);
        again << "ALTER TABLE " + table + " ADD CONSTRAINT " + name + ' ' +
                     found.text(r, 2).toUtf8();
    }
    return again;
}

QByteArray joined(const QList<QByteArray>& parts)
{
    QByteArray all;
    for (const QByteArray& part : parts) {
        if (!all.isEmpty())
            all += ", ";
        all += part;
    }
    return all;
}

// Drops the row triggers of the tables named in `tables` (a text array) that fire before an
// INSERT; value: the CREATE TRIGGER that makes each again. While a table has one, even disabled,
// COPY inserts its rows one at a time instead of a page's worth at once (PostgreSQL 15's
// copyfrom.c, CIM_SINGLE), and rows loaded FROZEN leave the visibility map unset.
// pg_trigger.tgtype: 1 row, 2 before, 4 insert.
QList<QByteArray> dropInsertRowTriggers(Connection& conn, const QByteArray& tables)
{
    const Rows found =
        run(conn,
            "SELECT quote_ident(t.tgname) || ' ON ' || quote_ident(n.nspname) || '.' || "
            "quote_ident(c.relname), pg_get_triggerdef(t.oid) FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema() AND c.relname = ANY "
            "($1::text[]) "
            "AND t.tgtype & 7 = 7 ORDER BY 1",
            {tables.constData()});
    QList<QByteArray> again;
    for (int r = 0; r < found.count(); ++r) {
        run(conn, "DROP TRIGGER " + found.text(r, 0).toUtf8());
        again << found.text(r, 1).toUtf8();
    }
    return again;
}

// Empties again with TRUNCATE the tables of `tables` ("schema.table", quoted) that are empty,
// so that COPY may load them FROZEN (Connection::setFreezable): a COPY into a table not
// truncated or created in the same subtransaction may not. Only under READ COMMITTED, where
// "empty" is read after the session's lock (a REPEATABLE READ snapshot may predate a row
// committed before it, which TRUNCATE would remove), and not a table that a foreign key of
// another table still references (TRUNCATE refuses it). Value: their bare names.
QList<QByteArray> truncateEmptyTables(Connection& conn, const QList<QByteArray>& tables)
{
    if (run(conn, "SELECT (current_setting('transaction_isolation') = 'read committed')::int")
            .int64(0, 0) != 1)
        return {};
    QList<QByteArray> empty;
    QList<QByteArray> bare;
    for (const QByteArray& table : tables) {
        if (run(conn,
                "SELECT (NOT EXISTS (SELECT FROM " + table +
                    ") AND NOT EXISTS (SELECT FROM pg_constraint "
                    "WHERE contype = 'f' AND confrelid = $1::regclass))::int",
                {table.constData()})
                .int64(0, 0) == 1) {
            empty << table;
            bare << table.mid(table.lastIndexOf('.') + 1);
        }
    }
    if (!empty.isEmpty())
        run(conn, "TRUNCATE " + joined(empty));
    return bare;
}

} // namespace

Connection& connectionOf(Database& db)
{
    Connection* conn = PgDatabase::connectionOf(db);
    if (!conn)
        throw SqlError(0, QCoreApplication::translate(
                              "fd::BulkLoad", "This database is not on a PostgreSQL server."));
    return *conn;
}

Rows run(Connection& conn, const QByteArray& sql, std::initializer_list<Value> params)
{
    Outcome<Rows> rows = conn.exec(sql, params);
    if (!rows)
        throw SqlError(0, rows.error().sentence, sql, rows.error().sqlState);
    return std::move(*rows);
}

BulkSession::BulkSession(Connection& conn, Summaries summaries, Keys keys)
    : m_conn(conn), m_summaries(summaries), m_tableList(existingTables(conn))
{
    if (m_tableList.isEmpty())
        return;
    m_tables = joined(m_tableList);
    // Changing triggers, keys and indexes needs the tables' owner; a role that may only
    // write rows loads them with everything kept, as a row load does (not copied summaries:
    // the triggers would add every row to them again).
    m_owner =
        summaries == Summaries::Copied ||
        run(conn,
            "SELECT bool_and(pg_has_role(c.relowner, 'USAGE')) FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relname = ANY "
            "($1::text[])",
            {tableArray().constData()})
                .int64(0, 0) != 0;
    run(conn, "SET LOCAL maintenance_work_mem = '512MB'");
    run(conn, "SET LOCAL max_parallel_maintenance_workers = 2");
    run(conn, "SET LOCAL work_mem = '256MB'"); // finish()'s aggregates (owner only)
    if (!m_owner) {
        lockForRowLoad(conn);
        return;
    }
    run(conn, "LOCK TABLE " + m_tables + " IN ACCESS EXCLUSIVE MODE");
    // The tables finish() fills whole, in the order a search sorted by customer reads them
    // (ticket_words, then customer_names: TicketListRepository), so that the two never wait on
    // each other's second lock (a deadlock).
    run(conn, "LOCK TABLE ticket_words, customer_names IN ACCESS EXCLUSIVE MODE");
    for (const QByteArray& table : m_tableList)
        run(conn, "ALTER TABLE " + table + " DISABLE TRIGGER USER");

    const QByteArray tables = tableArray();
    m_foreignKeys = dropConstraints(conn, "'f'", tables);
    m_triggers = dropInsertRowTriggers(conn, tables);
    // Not for the import (Keys::Kept), whose stage placement writes inside a savepoint
    // (StageFactsRepository::record), where COPY … FREEZE fails (SQLSTATE 55000).
    QList<QByteArray>
        freezable; // set on the connection last: a constructor that throws runs no destructor
    if (keys == Keys::Rebuilt)
        freezable = truncateEmptyTables(conn, m_tableList);
    // ticket_words' and customer_names' indexes too (014_search_order.sql,
    // 029_search_urgency.sql): finish() fills those tables whole.
    const QByteArray indexed = tables.chopped(1) + ",ticket_words,customer_names}";
    // The primary and unique keys, now that no foreign key needs them, unless the writer reads by
    // id as it loads: a row COPYed into a table with its key's index costs about twice a row
    // without it plus the index built once after (docs/PERFORMANCE.md, "Step 10: migrate L … keys
    // built once"). finish() adds them back before anything reads by key; a repeated id then
    // fails there, as it would have in the COPY, with the same SQLSTATE (23505), and everything
    // rolls back.
    if (keys == Keys::Rebuilt)
        m_keys = dropConstraints(conn, "'p', 'u'", indexed);
    const Rows indexes = run(
        conn,
        "SELECT quote_ident(n.nspname) || '.' || quote_ident(ic.relname), "
        "pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
        "JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
        "WHERE n.nspname = current_schema() AND t.relname = ANY ($1::text[]) AND NOT EXISTS "
        "(SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid "
        "AND k.contype IN ('p', 'u', 'x')) ORDER BY 1",
        {indexed.constData()});
    for (int r = 0; r < indexes.count(); ++r) {
        run(conn, "DROP INDEX " + indexes.text(r, 0).toUtf8());
        m_indexes << indexes.text(r, 1).toUtf8();
    }
    conn.setFreezable(std::move(freezable));
}

BulkSession::~BulkSession()
{
    m_conn.setFreezable({});
}

void BulkSession::finish(const TouchpointSummaries* given)
{
    m_conn.setFreezable({}); // the rows are in
    if (m_tableList.isEmpty())
        return;
    if (!m_owner) { // the triggers kept everything
        advanceSequences(m_conn);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const auto step = [&](const char* what) {
        qCDebug(lcPgBulk, "%s: %lld ms", what, timer.restart());
    };
    if (m_summaries == Summaries::Computed) {
        computeSummaries(given);
        step("customer summaries, touchpoint_day");
    }
    copyWhatTriggersKeep(step);
    for (const QByteArray& sql : m_keys) {
        run(m_conn, sql);
        step(sql.mid(sql.indexOf(" ADD CONSTRAINT ") + 1).constData());
    }
    for (const QByteArray& sql : m_indexes) {
        run(m_conn, sql);
        step(sql.left(sql.indexOf(" ON ")).constData());
    }
    // The open tasks of each stage's active customers by due day (027_task_stage_day.sql), once
    // customer's key is back: before it, the planner (no statistics yet) joined L's 158 tasks to
    // the customers by a scan of every customer for each task, 542 ms of a migrate.
    run(m_conn, "DELETE FROM task_stage_day");
    run(m_conn, TaskRepository::kStageDaysFromTasks);
    step("task_stage_day");
    // The key checks and what the transaction reads after (a migrate's check) with the session's
    // own work_mem: 256 MB chose hash joins that load a million rows where the indexes merge
    // (docs/PERFORMANCE.md, "The migrate's check with the server's work_mem").
    run(m_conn, "SET LOCAL work_mem TO DEFAULT");
    for (const QByteArray& sql : m_foreignKeys)
        run(m_conn, sql);
    step("foreign keys");
    for (const QByteArray& sql : m_triggers)
        run(m_conn, sql);
    for (const QByteArray& table : m_tableList)
        run(m_conn, "ALTER TABLE " + table + " ENABLE TRIGGER USER");
    advanceSequences(m_conn);
    run(m_conn, "SELECT nextval(s), pg_notify('funneldesk', '') FROM (SELECT "
                "to_regclass('fd_change') AS s) AS x "
                "WHERE s IS NOT NULL");
    run(m_conn, "ANALYZE " + m_tables + ", ticket_words, customer_names");
    step("sequences, ANALYZE");
}

// What the disabled triggers would have kept beside the rows, made again from them: the
// tickets and open tasks of each day, the customers' names and their counts, the tickets' search
// words and ticket_words. Before the keys and indexes are built again.
void BulkSession::copyWhatTriggersKeep(const std::function<void(const char*)>& step)
{
    // The tickets of each day (011_ticket_day.sql), which the disabled triggers would have
    // counted; a migrate's source has no such table (a file keeps none), so whatever the summaries.
    run(m_conn, "DELETE FROM ticket_day");
    run(m_conn, "INSERT INTO ticket_day (day, tickets) SELECT fd_ticket_day(created_at), count(*) "
                "FROM ticket GROUP BY 1");
    step("ticket_day");
    // The open tasks of each due day (023_task_day.sql), the same way.
    run(m_conn, "DELETE FROM task_day");
    run(m_conn, "INSERT INTO task_day (day, tasks) SELECT due_day, count(*) FROM task WHERE "
                "done_at IS NULL GROUP BY 1");
    step("task_day");
    // How many customers have each name (026_dashboard_reads.sql), the same way.
    run(m_conn, "DELETE FROM customer_name_count");
    run(m_conn, "INSERT INTO customer_name_count (folded, customers) SELECT fd_nocase(name), "
                "count(*) FROM customer GROUP BY 1");
    step("customer_name_count");
    // Each customer's name (029_search_urgency.sql), the same way; before its key is built again.
    run(m_conn, "TRUNCATE customer_names");
    run(m_conn, "INSERT INTO customer_names (id, name) SELECT id, name FROM customer");
    step("customer_names");
    // ticket.search where the rows came without it (text beyond ASCII: PgRowSink.cpp), as
    // the trigger ticket_search would have set it; before the GIN index exists.
    run(m_conn,
        "UPDATE ticket SET search = fd_ticket_search(subject, description) WHERE search IS NULL");
    step("ticket.search left to the server");
    // Each ticket's words for the search newest first (014_search_order.sql), which the disabled
    // triggers would have copied; before its GIN index exists again.
    run(m_conn, "TRUNCATE ticket_words");
    // In the order the rows were loaded (id order for generate and migrate), without a sort.
    run(m_conn, "INSERT INTO ticket_words (id, created_at, customer_id, assignee_id, status, "
                "priority, subject, first_response_at, solved_at, sla_paused_secs, "
                "sla_paused_since, first_response_breached_at, resolution_breached_at, search) "
                "SELECT id, created_at, customer_id, assignee_id, status, priority, subject, "
                "first_response_at, solved_at, sla_paused_secs, sla_paused_since, "
                "first_response_breached_at, resolution_breached_at, search FROM ticket");
    step("ticket_words");
}

void BulkSession::vacuumAfterCommit() noexcept
{
    if (!m_owner || m_tableList.isEmpty() || PQtransactionStatus(m_conn.native()) != PQTRANS_IDLE)
        return;
    QElapsedTimer timer;
    timer.start();
    // The rows are committed: a VACUUM that fails (the connection gone) loses nothing, and
    // autovacuum does the same later. Two passes:
    // - a whole VACUUM for a table with dead rows (what finish() updated: the customers'
    //   summaries; what was deleted or updated before the load), and for agent and audit_log,
    //   which migrate may update after finish() (the owner's agent, Team::claimOwner; its audit
    //   entry, held until the commit): a dead row needs the pass over the indexes before its page
    //   can be marked all-visible;
    // - VACUUM (INDEX_CLEANUP OFF) for the others, whose rows were only inserted: it marks their
    //   pages (those loaded frozen already are; what finish() filled by INSERT … SELECT, such as
    //   ticket_words, is not) and counts the table vacuumed, so that autovacuum does not come to
    //   VACUUM the load's rows again (013_autovacuum.sql: after 1 % of a large table's rows
    //   inserted; it still comes to ANALYZE them, as before), but it leaves out the pass over the
    //   indexes, which finds nothing to do without dead rows and reads every page of a GIN index:
    //   L's five largest tables loaded frozen took 0.73-0.76 s with it and 1.4-1.9 ms without,
    //   ticket_words 0.54 s and 0.24 s (docs/PERFORMANCE.md, "Run twenty-one, and two savings on
    //   a server's bulk work"; "Generate in batches of 1,000 customers").
    // The dead rows are the server's statistics (pg_stat_get_dead_tuples), which a backend sends
    // at most once a second (PostgreSQL 15): the load's counts are sent first. Where that is
    // refused, or the server counts nothing (track_counts off), a table with a page that
    // finish()'s ANALYZE found unmarked in the visibility map (pg_class.relallvisible against
    // relpages) gets the whole VACUUM instead.
    const Outcome<Rows> flushed = m_conn.exec(
        "SELECT current_setting('track_counts')::bool::int FROM pg_stat_force_next_flush()");
    const bool counted = flushed && flushed->count() == 1 && flushed->int64(0, 0) == 1;
    const QByteArray tables = tableArray().chopped(1) + ",ticket_words,customer_names}";
    const Outcome<Rows> lists = m_conn.exec(
        "SELECT string_agg(t.name, ', ' ORDER BY t.name) FILTER (WHERE t.whole), "
        "string_agg(t.name, ', ' ORDER BY t.name) FILTER (WHERE NOT t.whole) FROM (SELECT "
        "quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS name, "
        "c.relname IN ('agent', 'audit_log') OR CASE WHEN $2::bool THEN "
        "pg_stat_get_dead_tuples(c.oid) > 0 ELSE c.relallvisible < c.relpages END AS whole "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relname = ANY ($1::text[]) "
        "AND c.relkind IN ('r', 'p')) AS t",
        {tables.constData(), counted ? "true" : "false"});
    if (!lists) {
        qCWarning(lcPgBulk, "VACUUM after the load (finding its tables): %s",
                  qUtf8Printable(lists.error().sentence));
        return;
    }
    const std::pair<int, QByteArray> passes[] = {{0, "VACUUM "},
                                                 {1, "VACUUM (INDEX_CLEANUP OFF) "}};
    for (const auto& [column, vacuum] : passes) {
        if (lists->isNull(0, column))
            continue;
        const QByteArray names = lists->text(0, column).toUtf8();
        qCDebug(lcPgBulk, "%s%s", vacuum.constData(), names.constData());
        if (const Outcome<Rows> done = m_conn.exec(vacuum + names); !done)
            qCWarning(lcPgBulk, "VACUUM after the load: %s", qUtf8Printable(done.error().sentence));
    }
    qCDebug(lcPgBulk, "VACUUM after commit: %lld ms", timer.elapsed());
}

void BulkSession::computeSummaries(const TouchpointSummaries* given)
{
    // The customers' columns, unless the writer stored them with the rows (generate): an UPDATE
    // of every customer took 0.97 s of generate L and left a dead row for each, which the VACUUM
    // after the commit then had to clean from every index.
    if (!given || !given->customersWritten())
        updateCustomerSummaries(given);
    run(m_conn, "DELETE FROM touchpoint_day");
    if (given && copyTouchpointDays(*given)) {
        qCDebug(lcPgBulk, "touchpoint_day copied from the writer's counts");
        return;
    }
    run(m_conn, "INSERT INTO touchpoint_day (day, stage, kind, touchpoints) "
                "SELECT to_timestamp(t.occurred_at)::date, CASE c.status WHEN 'active' THEN "
                "c.stage ELSE 'churned' END, "
                "t.kind, count(*) FROM touchpoint t JOIN customer c ON c.id = t.customer_id GROUP "
                "BY 1, 2, 3");
}

void BulkSession::updateCustomerSummaries(const TouchpointSummaries* given)
{
    // The customers' touchpoint columns: the writer's, copied, or counted from the touchpoints.
    QByteArray touched =
        "(SELECT customer_id, max(occurred_at) AS last_touch, "
        "max(occurred_at) FILTER (WHERE kind = 'success_review') AS last_review, "
        "max(occurred_at) FILTER (WHERE kind IN ('testimonial', 'community_forum', 'meetup', "
        "'user_conference', 'referral')) AS last_advocacy, "
        "max(score) FILTER (WHERE kind = 'survey') AS best_survey FROM touchpoint GROUP BY "
        "customer_id)";
    if (given) {
        copyCustomerSummaries(*given);
        touched = "fd_bulk_touched";
    }
    // The customers' summaries before their indexes exist, so no index follows the update.
    run(m_conn,
        "UPDATE customer c SET open_tickets = coalesce(o.n, 0), last_touch_at = t.last_touch, "
        "last_review_at = t.last_review, last_advocacy_at = t.last_advocacy, best_survey = "
        "t.best_survey "
        "FROM customer k "
        "LEFT JOIN (SELECT customer_id, count(*) AS n FROM ticket "
        "WHERE status IN ('new', 'open', 'pending', 'on_hold') GROUP BY customer_id) o ON "
        "o.customer_id = k.id "
        "LEFT JOIN " +
            touched + " t ON t.customer_id = k.id WHERE c.id = k.id");
}

// `given`'s customers into the temporary table fd_bulk_touched (dropped at commit), in the
// columns of computeSummaries()'s count.
void BulkSession::copyCustomerSummaries(const TouchpointSummaries& given)
{
    run(m_conn, "CREATE TEMPORARY TABLE fd_bulk_touched (customer_id bigint, last_touch bigint, "
                "last_review bigint, "
                "last_advocacy bigint, best_survey bigint) ON COMMIT DROP");
    const std::string_view columns[] = {"customer_id", "last_touch", "last_review", "last_advocacy",
                                        "best_survey"};
    Outcome<Copy> copy = Copy::start(m_conn, "fd_bulk_touched", columns);
    if (!copy)
        throw SqlError(0, copy.error().sentence, "COPY fd_bulk_touched", copy.error().sqlState);
    const auto numberOrNull = [&copy](std::optional<qint64> value) {
        if (value)
            copy->number(*value);
        else
            copy->null();
    };
    given.forEachCustomer([&](const TouchpointSummaries::CustomerSummary& c) {
        copy->number(c.id);
        copy->number(c.lastTouch);
        numberOrNull(c.lastReview);
        numberOrNull(c.lastAdvocacy);
        numberOrNull(c.bestSurvey);
        copy->endRow();
    });
    if (Outcome<qint64> copied = copy->finish(); !copied)
        throw SqlError(0, copied.error().sentence, "COPY fd_bulk_touched", copied.error().sqlState);
    run(m_conn, "ANALYZE fd_bulk_touched");
}

// `given`'s touchpoint_day counts, when they are this session's days: its TimeZone names this
// process's zone (LocalDays counted in it). False, and nothing written, otherwise.
bool BulkSession::copyTouchpointDays(const TouchpointSummaries& given)
{
    const QString zone = run(m_conn, "SELECT current_setting('TimeZone')").text(0, 0);
    if (zone.isEmpty() || zone.toUtf8() != QTimeZone::systemTimeZoneId())
        return false;
    const std::string_view columns[] = {"day", "stage", "kind", "touchpoints"};
    Outcome<Copy> copy = Copy::start(m_conn, "touchpoint_day", columns);
    if (!copy)
        throw SqlError(0, copy.error().sentence, "COPY touchpoint_day", copy.error().sqlState);
    given.forEachDay([&](QDate day, std::string_view stage, std::string_view kind, qint64 n) {
        copy->text(day.toString(Qt::ISODate).toStdString());
        copy->text(stage);
        copy->text(kind);
        copy->number(n);
        copy->endRow();
    });
    if (Outcome<qint64> copied = copy->finish(); !copied)
        throw SqlError(0, copied.error().sentence, "COPY touchpoint_day", copied.error().sqlState);
    return true;
}

void lockForRowLoad(Connection& conn)
{
    // Not the audit log nor touchpoint_day: this lock needs UPDATE, DELETE or TRUNCATE on a
    // table, which nobody but their owner has on them, and only FunnelDesk's triggers (running
    // as the owner) write them (006_guard.sql, 015_team_stall.sql). A manager's import was
    // refused for it ("permission denied for table audit_log"). The triggers that write
    // touchpoint_day take the summaries' lock first, so its rows need no lock of their own.
    QList<QByteArray> tables = existingTables(conn);
    tables.removeIf([](const QByteArray& table) {
        return table.endsWith(".audit_log") || table.endsWith(".touchpoint_day");
    });
    if (!tables.isEmpty())
        run(conn, "LOCK TABLE " + joined(tables) + " IN SHARE ROW EXCLUSIVE MODE");
}

void advanceSequences(Connection& conn)
{
    const Rows identities = run(
        conn,
        "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), quote_ident(a.attname), "
        "pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), "
        "a.attname), has_sequence_privilege(pg_get_serial_sequence(quote_ident(n.nspname) || '.' "
        "|| quote_ident(c.relname), a.attname), 'SELECT') "
        "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.attidentity IN ('a', 'd') "
        "AND NOT a.attisdropped AND n.nspname = current_schema() "
        "AND c.relname = ANY ($1::text[]) ORDER BY 1",
        {tableArray().constData()});
    for (int r = 0; r < identities.count(); ++r) {
        const QByteArray table = identities.text(r, 0).toUtf8();
        const QByteArray column = identities.text(r, 1).toUtf8();
        // The next id is one past the highest, SQLite's rowid rule, and never below where the
        // sequence stands: the id of a row deleted from the top is not given again
        // (Dialect::nextId). A manager may not read audit_log's sequence (006_guard.sql), whose
        // rows are never deleted.
        const QByteArray sequence = identities.text(r, 2).toUtf8();
        QByteArray next = "coalesce(max(" + column + "), 0) + 1";
        if (identities.int64(r, 3) == 1) {
            next = "greatest(" + next +
                   ", (SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM " +
                   sequence + "))";
        }
        run(conn, "SELECT setval($1::regclass, " + next + ", false) FROM " + table,
            {identities.text(r, 2)});
    }
}

} // namespace fd::pg

namespace fd {

namespace {

// BulkLoad's body on PostgreSQL: the transaction, then the session inside it.
class PgBulkLoad final : public BulkLoad::Body {
public:
    PgBulkLoad(Database& db, BulkLoad::Reads reads)
        : m_transaction(db),
          m_session(pg::connectionOf(db), pg::BulkSession::Summaries::Computed,
                    reads == BulkLoad::Reads::ById ? pg::BulkSession::Keys::Kept
                                                   : pg::BulkSession::Keys::Rebuilt)
    {
    }
    void commit(TouchpointSummaries* touchpoints) override
    {
        m_session.finish(touchpoints);
        m_transaction.commit();
        m_session.vacuumAfterCommit();
    }
    bool triggersOff() const override { return m_session.triggersOff(); }

private:
    Transaction m_transaction;
    pg::BulkSession m_session;
};

} // namespace

std::unique_ptr<BulkLoad::Body> BulkLoad::postgresBody(Database& db, Reads reads)
{
    return std::make_unique<PgBulkLoad>(db, reads);
}

void RowLoad::serverBegun(Database& db)
{
    pg::lockForRowLoad(pg::connectionOf(db));
}

void RowLoad::serverCommitting(Database& db)
{
    pg::advanceSequences(pg::connectionOf(db));
}

} // namespace fd
