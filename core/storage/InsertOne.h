#pragma once

#include "storage/Database.h"
#include "storage/Dialect.h"

#include <string>
#include <string_view>

namespace fd {

// Inserts one row and gives its new id the backend's way (Dialect::insertReturningId and
// Database::insertedId; issue 16): SQLite reads the last rowid, PostgreSQL takes RETURNING id.
// `head` is "INSERT INTO table (col, …) VALUES " as for insertRows() (MultiRowInsert.h), and
// `bindRow(statement, 1, row)` binds the row's `columns` values. When `idTable` is given, the
// last column is that table's id, bound with bindId(): NULL there asks for the next id
// (Dialect::newId). Throws SqlError.
template <typename Row, typename BindRow>
qint64 insertOne(Database& db, std::string_view head, int columns, const Row& row,
                 BindRow&& bindRow, std::string_view idTable = {}) {
    const Dialect& dialect = db.dialect();
    std::string sql(head);
    sql += '(';
    for (int c = 0; c < columns; ++c) {
        if (c > 0)
            sql += ',';
        sql +=
            c + 1 == columns && !idTable.empty() ? dialect.newId(idTable, "?") : std::string("?");
    }
    sql += ')';
    auto q = db.query(dialect.insertReturningId(sql));
    bindRow(*q, 1, row);
    return db.insertedId(*q);
}

} // namespace fd
