// Copying every row of one FunnelDesk database into another, of either backend (issue 16,
// "New commands": migrate; plan §3a Transfers). The storage half of service/Migrate: the one
// place that lists FunnelDesk's tables and their columns, and the only SQL migrate runs.
//
// Rows are read through the source's Database (in one read snapshot, so a writer elsewhere
// cannot tear the copy) and written through the target's with insertRows, table by table in
// the order of their foreign keys, explicit ids kept, inside ONE transaction on the target:
// without commit() nothing stays. While the copy runs, the target's summary triggers are
// off (SQLite: dropped and recreated from their stored SQL, with the secondary indexes;
// PostgreSQL: pg::BulkSession with Summaries::Copied, which also drops the secondary indexes
// and foreign keys until finish()), because the summaries are copied as they
// are: customer.open_tickets, last_touch_at, last_review_at, last_advocacy_at, best_survey
// and touchpoint_day: one pass instead of a trigger per row, and touchpoint_day's local days
// stay those of the zone they were counted in (a rebuild would count them in the target's).
// A copy of a sound database is therefore sound; `check` (IntegrityCheck) verifies them.
// What is NOT copied but made again: SQLite's ticket_fts (rebuilt from the tickets), and
// PostgreSQL's ticket.search (from subject and description: its trigger, or the bulk load,
// sets it) and fd_meta (init's).
// settings are merged: a key in both takes the source's value (team.time_zone included: the
// source's days were counted in that zone).
// Errors throw: SqlError of the target, SourceError around one of the source, Cancelled.
#pragma once

#include "storage/sqlite/SqliteTempStore.h"

#include <QByteArray>
#include <QtGlobal>

#include <atomic>
#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace fd {

class Database;
class SqlError;
class Transaction;
namespace pg {
class BulkSession;
}

class CopyAll {
public:
    enum class Kind { Integer, Text }; // how a column is read and bound; dates are ISO text
    struct Column {
        const char* name;
        Kind kind;
    };
    struct Table {
        const char* name;
        std::span<const Column> columns;
        const char* order; // ORDER BY of the read: the key, so a file is written in key order
        bool hasIdentity;  // an `id` whose sequence continues after max(id) on PostgreSQL
        bool merge;        // upsert on `key` (settings) instead of insert
    };
    // Every table FunnelDesk keeps (schema v13 and v14, storage/Schema.cpp and
    // storage/postgres/migrations/), parents before children. Not the summaries that a copy
    // rebuilds from these: a server's ticket_day, ticket_words, task_day, customer_name_count
    // and customer_names (PgBulkLoad.cpp), nor those a file keeps too (rebuiltSummaries()).
    static std::span<const Table> tables();
    // The summaries both backends keep that a copy counts again from the copied rows instead of
    // copying them: task_stage_day (schema v17; finish(), pg::BulkSession::finish()).
    static std::span<const char* const> rebuiltSummaries();

    struct Copied {
        const char* table;
        qint64 rows;
    };
    // An error that the SOURCE's database raised (its describe() words it).
    struct SourceError {
        std::shared_ptr<SqlError> error;
    };
    // `cancelled` was set: the copy stopped at its next batch and rolls back.
    struct Cancelled {};

    // done, total: rows copied so far and rows in all (counted once at the start).
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Opens the source's read snapshot and the target's transaction, and switches the target's
    // triggers and secondary indexes (PostgreSQL: and foreign keys) off (see above). Throws.
    CopyAll(Database& source, Database& target);
    ~CopyAll(); // rolls back unless commit() ran; ends the source's snapshot
    CopyAll(const CopyAll&) = delete;
    CopyAll& operator=(const CopyAll&) = delete;

    // The logical schema version of `db` (SQLite's user_version, PostgreSQL's fd_meta).
    static int schemaVersion(Database& db);
    // Rows in every table tables() lists, settings left out (a new database has some).
    static qint64 dataRows(Database& db);

    // Copies every table; rows per table, in tables() order. Checks `cancelled` every batch.
    std::vector<Copied> copy(const Progress& progress = {},
                             const std::atomic_bool* cancelled = nullptr);
    // Puts back what copy() switched off: indexes, foreign keys (PostgreSQL, checked then) and
    // triggers, the search index (SQLite; PostgreSQL's ticket.search where rows lacked it),
    // each identity sequence after max(id) and the planner's statistics (PostgreSQL). Runs
    // in the transaction, so a check can read the result before commit().
    void finish();
    void commit();

private:
    qint64 copyTable(const Table& table, qint64 done, qint64 total, const Progress& progress,
                     const std::atomic_bool* cancelled);

    // The source's read transaction, ended (rolled back: it wrote nothing) when it goes, also
    // when the constructor fails after it.
    class Snapshot {
    public:
        explicit Snapshot(Database& db);
        ~Snapshot();
        void end(); // once the copy is committed: a server source's snapshot would keep VACUUM back
        Snapshot(const Snapshot&) = delete;
        Snapshot& operator=(const Snapshot&) = delete;

    private:
        Database& m_db;
        bool m_ended = false;
    };

    Database& m_source;
    Database& m_target;
    Snapshot m_snapshot;
    // A SQLite target's temporary data in a file, so that finish()'s index builds sort on two
    // threads (storage/sqlite/SqliteTempStore.h); made before the transaction, undone after it.
    sqlite::TempStoreOnFile m_tempStore;
    std::unique_ptr<Transaction> m_transaction;
    std::vector<QByteArray> m_recreate; // SQLite: the dropped indexes' and triggers' SQL
    std::unique_ptr<pg::BulkSession>
        m_session; // PostgreSQL: triggers, indexes and keys off until finish()
};

} // namespace fd
