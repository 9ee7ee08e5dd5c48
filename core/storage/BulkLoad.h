#pragma once

#include <QByteArray>
#include <QList>

#include <memory>

namespace fd {

class Database;
class TouchpointSummaries;
class Transaction;

// One transaction that writes millions of rows into an empty database. While it lasts,
// the connection uses a rollback journal (WAL would write every page twice), a 256 MB
// page cache and no foreign-key checks (a bulk writer's keys are right by construction;
// `check` verifies them); the secondary indexes and triggers are dropped and, in
// commit(), recreated from their own stored SQL, and what triggers would have kept (the
// ticket search index, the customers' summary columns) rebuilt in one pass each: building
// once is several times cheaper than updating row by row.
// Without commit() everything rolls back, the schema included, and the connection gets
// its usual settings back either way. Throws SqlError.
// SQLite only so far: its body is storage/sqlite/BulkLoad.cpp (plan §2 #34 has PostgreSQL's).
class BulkLoad {
public:
    explicit BulkLoad(Database& db);
    ~BulkLoad();
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

    // `touchpoints`: the touchpoint summaries, when the writer built them as it wrote;
    // otherwise they are rebuilt from the touchpoints.
    void commit(TouchpointSummaries* touchpoints = nullptr);

private:
    class Settings {
    public:
        explicit Settings(Database& db);
        ~Settings();

    private:
        Database& m_db;
        bool m_leftWal = false;
    };

    Database& m_db;
    Settings m_settings; // declared before the transaction: restored after it ends
    std::unique_ptr<Transaction> m_transaction;
    QList<QByteArray> m_indexes;
    QList<QByteArray> m_triggers;
};

} // namespace fd
