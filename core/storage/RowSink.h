#pragma once

#include <memory>
#include <span>
#include <string_view>

namespace fd {

class Database;
class Statement;

// Many rows of one table written the backend's fastest way where that is not an INSERT:
// PostgreSQL's COPY … FROM STDIN (issue 16; plan §2 #9, R5, R6). insertRows
// (storage/MultiRowInsert.h) uses it for a batch of rows on such a backend; SQLite has none
// and keeps its multi-row INSERTs. Its body is storage/postgres/PgRowSink.cpp.
//
// Per row: bind its values to row() with Statement's bind calls, indexes 1..columns in any
// order (each exactly once; a NULL as bindNull), then endRow(). After the last row, finish()
// hands the server the end of the data and waits for its verdict on every row. While a sink is
// open the connection runs nothing else. Going without finish() abandons every row (and, in a
// transaction, fails it: roll back). Throws SqlError: a refused row as one sentence naming
// its row number and table, an unbound column, a lost connection.
//
// Rows through a sink run the table's triggers as INSERTs do (statement triggers once per
// sink); an identity column listed must be given a value (no "database picks" through NULL).
class RowSink {
public:
    // `head` is insertRows' "INSERT INTO table (col, …) VALUES " with `columns` columns.
    // nullptr when the backend writes rows with INSERTs (SQLite).
    static std::unique_ptr<RowSink> open(Database& db, std::string_view head, int columns);
    // An upsert's target (upsertRows, storage/MultiRowInsert.h): `head` as open()'s, `key` the
    // columns of the unique key the rows may meet ("customer_id, day"), `update` what a row that
    // meets one sets ("score = excluded.score, …"): INSERT … ON CONFLICT (key) DO UPDATE SET
    // update.
    struct Upsert {
        std::string_view head;
        std::string_view key;
        std::string_view update;
    };
    // The same rows upserted into each of `into` (their heads name the same columns in the same
    // order): COPYed once into a temporary table of those columns (their types as the first
    // head's table has them, no constraint) and one flag per target, then at finish() written to
    // each table in order, and the temporary table dropped. A row binds head's columns at 1 to
    // `columns`, then at columns + 1 + t whether the caller believes its key is in into[t]
    // already (a bool). Per table, inside a savepoint: the rows believed there as one INSERT …
    // SELECT … ON CONFLICT DO UPDATE, the others as a plain INSERT … SELECT (an upsert costs the
    // server a speculative insertion a row; health_snapshot, 94,479 rows: 0.75-0.87 against
    // 0.62-0.74 s). A belief gone wrong costs time, never a row: a row believed there that is not
    // gets inserted by the upsert; a key believed new that is there (another transaction's,
    // meanwhile), SQLSTATE 23505, takes it back to the savepoint and every row as one upsert. For
    // a caller inside its transaction (a CREATE outside one would be gone, ON COMMIT DROP, before
    // the COPY). Needs the right to make temporary tables (every login has TEMPORARY on a
    // database unless its owner revoked it from PUBLIC). A refused row fails its INSERT with the
    // server's sentence (a CHECK, a foreign key, a key repeated among the rows: SQLSTATE 21000).
    // nullptr when the backend has no COPY (SQLite).
    static std::unique_ptr<RowSink> openUpsert(Database& db, std::span<const Upsert> into,
                                               int columns);

    virtual ~RowSink() = default;
    RowSink(const RowSink&) = delete;
    RowSink& operator=(const RowSink&) = delete;

    virtual Statement& row() = 0;
    virtual void endRow() = 0;
    virtual void finish() = 0;

protected:
    RowSink() = default;
};

} // namespace fd
