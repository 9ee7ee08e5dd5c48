#pragma once

#include <memory>
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
