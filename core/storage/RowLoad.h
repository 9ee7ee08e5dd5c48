#pragma once

#include "storage/sqlite/SqliteTempStore.h"

#include <memory>

namespace fd {

class Database;
class Transaction;

// One transaction that writes many rows into a database that already has data, row by
// row with every index and trigger kept (an empty database takes BulkLoad instead).
//
// While it lasts, the connection keeps its statement journal in a temporary file rather
// than in memory (`PRAGMA temp_store = FILE`; restored to MEMORY afterwards). The writers
// inside nest savepoints (Transaction) in this transaction; each page a savepoint first
// changes is copied to the statement journal, and every statement with a trigger or a
// multi-row write ends by truncating that journal back to where it started. SQLite 3.40
// keeps an in-memory journal as a list of 1 KB chunks and walks it from the start on each
// truncation, so statements cost time in proportion to all the pages changed so far in the
// enclosing savepoint: quadratic in the import's size, and twice as slow again when the
// v5 ticket_created index (eleven columns) made each ticket touch more pages (issue 15).
// A journal in a file is never truncated that way. (Not changed inside a caller's
// transaction, nor while the connection has temporary tables or triggers: a change drops them.)
// Without commit() everything rolls back. Throws SqlError.
// Its body is storage/sqlite/RowLoad.cpp. On PostgreSQL (plan R3) it takes SHARE ROW EXCLUSIVE
// on every data table when it begins, so other writers wait while readers go on and ids planned
// "one past the highest" stay free, and commit() moves each identity sequence past max(id)
// (storage/postgres/PgBulkLoad.cpp, pg::lockForRowLoad and pg::advanceSequences).
class RowLoad {
public:
    explicit RowLoad(Database& db);
    ~RowLoad();
    RowLoad(const RowLoad&) = delete;
    RowLoad& operator=(const RowLoad&) = delete;

    void commit();

private:
    // PostgreSQL's part (storage/postgres/PgBulkLoad.cpp): after BEGIN, and before COMMIT.
    static void serverBegun(Database& db);
    static void serverCommitting(Database& db);

    Database& m_db;
    sqlite::TempStoreOnFile m_tempStore; // declared before the transaction: undone after it ends
    std::unique_ptr<Transaction> m_transaction;
};

} // namespace fd
