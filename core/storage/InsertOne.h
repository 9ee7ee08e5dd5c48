#pragma once

#include "storage/Database.h"
#include "storage/Dialect.h"

#include <string>
#include <string_view>

namespace fd {

// Inserts one row and gives its new id the backend's way (Dialect::insertReturningId and
// Database::insertedId; issue 16): SQLite reads the last rowid, PostgreSQL takes RETURNING id.
// `head` is "INSERT INTO table (col, …) VALUES " as for insertRows() (MultiRowInsert.h), and
// `bindRow(statement, 1, row)` binds the row's `columns` values (an id column bound NULL
// through bindId() lets the database pick the id, on both backends). Throws SqlError.
template <typename Row, typename BindRow>
qint64 insertOne(Database& db, std::string_view head, int columns, const Row& row,
                 BindRow&& bindRow)
{
    std::string sql(head);
    sql += "(?";
    for (int c = 1; c < columns; ++c)
        sql += ",?";
    sql += ')';
    auto q = db.query(db.dialect().insertReturningId(sql));
    bindRow(*q, 1, row);
    return db.insertedId(*q);
}

} // namespace fd
