#pragma once

#include <memory>

namespace fd {

class Database;
class TouchpointSummaries;

// One transaction that writes millions of rows into an empty database, on either backend;
// without commit() everything rolls back, the schema included (on SQLite the file keeps the
// larger pages it was given first, empty as before). Throws SqlError.
//
// SQLite (storage/sqlite/BulkLoad.cpp): the file gets pages of kPageSize bytes first, unless
// another connection keeps it in WAL or the VACUUM that does it fails (a warning; the load goes
// on); while it lasts, the connection uses a rollback journal
// (WAL would write every page twice), a 256 MB page cache, its temporary data in a file
// (storage/sqlite/SqliteTempStore.h: the index builds then sort in runs on two threads) and no
// foreign-key checks (a bulk writer's keys are right by construction; `check` verifies them);
// the secondary indexes and triggers are dropped and, in commit(), recreated from their own
// stored SQL, and what triggers would have kept (the ticket search index, the customers' summary
// columns, the open tasks of each stage by due day) rebuilt in one pass each: building once is
// several times cheaper than updating row by row. The connection gets its usual settings back
// either way.
//
// PostgreSQL (storage/postgres/PgBulkLoad.h, pg::BulkSession; plan §2 #34, R3, R6): the data
// tables locked until the commit, so other writers wait; user triggers off, foreign keys and
// secondary indexes dropped and made again in commit(), the summaries the triggers keep
// computed in SQL, every identity sequence moved past max(id), fd_change bumped once, ANALYZE.
// Rows go in through insertRows (storage/MultiRowInsert.h), which COPYs on PostgreSQL.
class BulkLoad {
public:
    // SQLite: the page size, in bytes, of a file filled in bulk (import into an empty file,
    // generate); SQLite's default is 4096. Measured on data set L (docs/PERFORMANCE.md, "Step
    // 10: a file filled in bulk gets 16 KiB pages").
    static constexpr int kPageSize = 16384;
    // Whether the writer reads rows back by id while it loads (the CSV importer merges a
    // ticket's later rows into it, and moves a customer once per row): then a server keeps the
    // primary keys through the load instead of building them once at the end, or each such
    // read would scan the table (pg::BulkSession::Keys).
    enum class Reads { None, ById };
    // SQLite: which secondary indexes wait for commit(). All: each is built once at the end,
    // the cheapest for a writer that is never idle (generate). SelectiveKept: a partial index
    // whose WHERE picks rows by their values (open tickets, low CSAT ratings, surveys: not one
    // that only asks `x IS NOT NULL`, which may hold every row; not UNIQUE, which could refuse a
    // state halfway through the load) stays and is kept row by row, for a writer
    // that waits on its reader (the CSV import): building one at the end reads the whole table
    // again (docs/PERFORMANCE.md, "Step 10: the import keeps its selective indexes"). Their WHEREs
    // test no IN list of more than two values, which SQLite 3.40 tests through a temporary b-tree
    // for each row, kept or built (schema v20, Dialect::openTicket).
    // A server ignores it.
    enum class Indexes { All, SelectiveKept };
    explicit BulkLoad(Database& db, Reads reads = Reads::None, Indexes indexes = Indexes::All);
    ~BulkLoad();
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

    // `touchpoints`: the touchpoint summaries, when the writer built them as it wrote (generate)
    // or counted what it kept (the CSV import, TouchpointSummaries::countKept); otherwise they
    // are rebuilt from the touchpoints. PostgreSQL copies the customers' columns from them
    // (neither backend writes them when the writer stored them with each customer:
    // TouchpointSummaries::customersWritten), and the day counts when the session's time zone
    // is this process's (pg::BulkSession), else counts on the server.
    void commit(TouchpointSummaries* touchpoints = nullptr);
    // Whether the triggers that keep the summaries are off until commit(), which then writes what
    // they would have kept: always on SQLite; on a server for the tables' owner, not for another
    // role, whose rows the triggers count as they go in (pg::BulkSession). A writer that stores
    // the customers' summary columns with their rows (TouchpointSummaries::customersWritten) may
    // do so only then: the triggers would add every open ticket to its customer again.
    bool triggersOff() const;

    // What each backend does; the constructor picks one (storage/sqlite/BulkLoad.cpp).
    class Body {
    public:
        virtual ~Body() = default;
        virtual void commit(TouchpointSummaries* touchpoints) = 0;
        virtual bool triggersOff() const = 0;
    };

private:
    static std::unique_ptr<Body> sqliteBody(Database& db,
                                            Indexes indexes); // storage/sqlite/BulkLoad.cpp
    static std::unique_ptr<Body> postgresBody(Database& db,
                                              Reads reads); // storage/postgres/PgBulkLoad.cpp

    std::unique_ptr<Body> m_body;
};

} // namespace fd
