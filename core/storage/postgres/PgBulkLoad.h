// The PostgreSQL side of fd::BulkLoad and fd::RowLoad (storage/BulkLoad.h, storage/RowLoad.h;
// issue 16 "COPY for bulk writes: generate, import, migrate"; plan §2 rows 9, 33, 34, R3, R6,
// R7), on a pg::Connection inside a transaction its caller opened and commits. Nothing outside
// core/storage includes this.
#pragma once

#include "storage/postgres/PgConnection.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <initializer_list>

namespace fd {
class Database;
class TouchpointSummaries;
} // namespace fd

namespace fd::pg {

// The libpq connection of a PostgreSQL `Database` (storage/postgres/PgDatabase), for COPY and
// the bulk session. Throws SqlError for another backend.
Connection& connectionOf(Database& db);

// Runs one statement; a failure throws fd::SqlError whose message is pg::Error's one sentence
// and whose sqlState is the server's.
Rows run(Connection& conn, const QByteArray& sql, std::initializer_list<Value> params = {});

// FunnelDesk's tables that hold data, parents before children (the order LOCK takes them in).
// fd_meta and settings are left out: a bulk write never writes them, and readers need them.
extern const char* const kDataTables[14];

// Writing millions of rows into an empty FunnelDesk schema (the current schema), in the
// caller's transaction. The constructor, before any row is written:
// - LOCK TABLE every data table IN ACCESS EXCLUSIVE MODE, in one statement and a fixed order,
//   so concurrent writers (and readers) wait for the commit and two loads never deadlock;
// - SET LOCAL maintenance_work_mem 512 MB (plan R6), work_mem 256 MB (finish()'s aggregates; a
//   row load without the tables' ownership keeps it to the commit), two parallel maintenance
//   workers;
// - ALTER TABLE … DISABLE TRIGGER USER on each data table: no summary trigger per row and no
//   fd_change per statement;
// - drops the foreign keys, then the primary and unique keys (not with Keys::Kept), then every
//   other index (those of ticket_words too), keeping their definitions (pg_get_constraintdef,
//   pg_get_indexdef): each is built once over the whole table instead of row by row;
// - drops the row triggers that fire before an INSERT (kept by pg_get_triggerdef): with one on
//   the table, even disabled, COPY inserts row by row instead of a page at a time;
// - with Keys::Rebuilt (generate, migrate: no savepoint while the rows load), empties again
//   with TRUNCATE the tables that are empty, which Copy::start then loads FROZEN
//   (Connection::setFreezable): their rows land visible to all once committed and their pages
//   marked all-visible, so the VACUUM after the commit leaves out their indexes.
// finish(), after the last row:
// - the summaries the triggers would have kept, computed in SQL from the rows as
//   001_initial.sql's triggers compute them: customer.open_tickets (tickets new, open, pending,
//   on_hold), last_touch_at, last_review_at (success_review), last_advocacy_at (testimonial,
//   community_forum, meetup, user_conference, referral), best_survey (the best score of a
//   survey), and touchpoint_day rebuilt (local day in the session's TimeZone × the customer's
//   stage or 'churned' × kind); ticket_day rebuilt from the tickets whatever the summaries
//   (011_ticket_day.sql: the tickets of each UTC day), task_day from the tasks
//   (023_task_day.sql: the open tasks of each due day), customer_name_count and customer_names
//   from the customers (026_dashboard_reads.sql: how many have each name; 029_search_urgency.sql:
//   each one's name). When the writer built the touchpoint summaries as it wrote (`given`:
//   generate), the customers' columns are left as the writer stored them with the rows
//   (TouchpointSummaries::customersWritten) or else copied from `given` instead of read back
//   from 5 M touchpoints, and touchpoint_day is copied from `given` too when the session's
//   TimeZone is this process's zone (the days `given` counted); else SQL counts it;
// - ticket.search, which the trigger ticket_search would have set, for the rows that came
//   without it (the rows through RowSink bring it where their text is ASCII: PgSearchWords.h);
// - the primary and unique keys again (a repeated id fails here: SQLSTATE 23505), the other
//   indexes, task_stage_day from the tasks and customers once customer's key is back
//   (027_task_stage_day.sql: the open tasks of each stage by due day; before it, with no
//   statistics yet, the join scanned every customer for each task), then work_mem as the
//   session began (the server's, the role's or the connection's setting: the key checks and a
//   migrate's check merge the indexes) and the foreign keys (which checks every row's keys once);
// - the dropped triggers made again; ENABLE TRIGGER USER; every identity sequence set so its next
// id is max(id) + 1 (the rows
//   came with their own ids); fd_change bumped once and NOTIFY funneldesk (sent at commit);
// - ANALYZE of each data table, so the first queries are planned on real numbers.
// A role that does not own the tables (it may write rows, not change the schema) gets a row
// load instead: SHARE ROW EXCLUSIVE, triggers, keys and indexes kept, and in finish() the
// sequences moved past max(id) (which needs UPDATE on them), nothing else.
// Everything, the dropped indexes included, rolls back with the transaction, but for what
// PostgreSQL never rolls back: a sequence set by finish() stays set (ids skip, none repeats),
// and fd_change stays bumped (a window refreshes once for nothing). Throws SqlError.
//
// Summaries::Copied (migrate, storage/CopyAll.h: the rows bring their summaries, counted in
// the source's time zone): finish() keeps customer's summary columns and touchpoint_day as
// written and fills only ticket.search, ticket_words, ticket_day, task_day,
// customer_name_count, customer_names and task_stage_day; the session
// needs the tables' owner (a role that is not gets the server's refusal of ALTER TABLE, as the
// triggers would count every row again).
class BulkSession {
public:
    enum class Summaries {
        Computed, // computed in finish() from the rows, as above
        Copied,   // written with the rows: kept
    };
    enum class Keys {
        Rebuilt, // dropped and built once in finish(), empty tables loaded FROZEN (generate,
                 // migrate)
        Kept,    // kept through the load, for a writer that reads by id meanwhile (import)
    };
    explicit BulkSession(Connection& conn, Summaries summaries = Summaries::Computed,
                         Keys keys = Keys::Rebuilt);
    ~BulkSession();
    BulkSession(const BulkSession&) = delete;
    BulkSession& operator=(const BulkSession&) = delete;
    void finish(const TouchpointSummaries* given = nullptr);
    // Whether the user triggers are off until finish() (the tables' owner), rather than counting
    // every row as it goes in (a row load, for another role).
    bool triggersOff() const { return m_owner && !m_tableList.isEmpty(); }
    // After the caller's commit, outside any transaction: VACUUM of the tables loaded (the
    // owner's session only), which sets their visibility map. A bulk load leaves it unset until
    // autovacuum comes, minutes later, and until then every index-only scan reads the table
    // too: the overview of L migrated into a server painted in 2.2–2.4 s instead of 0.55–0.65
    // s, and the VACUUM takes 2.9 s (docs/PERFORMANCE.md). A whole VACUUM for the tables with
    // dead rows (the customers' summaries that finish() updated; where the server's statistics
    // cannot be sent first, every table with a page that finish()'s ANALYZE found unmarked in the
    // visibility map) and for agent and audit_log, which migrate may update after finish(); the
    // others get VACUUM (INDEX_CLEANUP OFF), which marks their pages and counts them vacuumed
    // (autovacuum does not come to VACUUM the load's rows) without the pass over their indexes,
    // which finds nothing to do without dead rows. A failure is logged, not thrown: the rows are
    // committed.
    void vacuumAfterCommit() noexcept;

private:
    void computeSummaries(const TouchpointSummaries* given);
    void updateCustomerSummaries(const TouchpointSummaries* given);
    // `step` logs the time each part took.
    void copyWhatTriggersKeep(const std::function<void(const char*)>& step);
    void copyCustomerSummaries(const TouchpointSummaries& given);
    bool copyTouchpointDays(const TouchpointSummaries& given);

    Connection& m_conn;
    Summaries m_summaries;
    QByteArray m_tables; // "a, b, …", schema-qualified and quoted
    QList<QByteArray> m_tableList;
    QList<QByteArray> m_keys;        // ALTER TABLE … ADD CONSTRAINT … PRIMARY KEY | UNIQUE …
    QList<QByteArray> m_indexes;     // CREATE INDEX …
    QList<QByteArray> m_foreignKeys; // ALTER TABLE … ADD CONSTRAINT …
    QList<QByteArray> m_triggers;    // CREATE TRIGGER … BEFORE … INSERT … FOR EACH ROW …
    bool m_owner = true;
};

// Row-by-row writing into a schema that already holds data (storage/RowLoad.h), in the
// caller's transaction: lock() takes SHARE ROW EXCLUSIVE on every data table, so writers wait
// while readers go on, before the caller plans ids "one past the highest" (plan R3); after
// the rows, advanceSequences() sets every identity sequence past max(id). Throw SqlError.
void lockForRowLoad(Connection& conn);
void advanceSequences(Connection& conn);

} // namespace fd::pg
