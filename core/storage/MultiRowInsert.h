#pragma once

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/RowSink.h"

#include <memory>
#include <span>
#include <string>

namespace fd {

// Inserts many rows with one statement per chunk ("VALUES (…), (…), …"): for narrow rows
// most of an INSERT's cost is the statement's own start and finish, not the row. `head` is
// "INSERT INTO table (col, …) VALUES "; `bindRow(statement, firstIndex, row)` binds one
// row's `columns` values starting at `firstIndex`. Throws SqlError, like every bulk path.
// On PostgreSQL a batch of kCopyFrom rows or more goes through COPY (storage/RowSink.h; the
// rows must then give any id column they list); fewer rows, and every row on SQLite, through
// these INSERTs (SQLite's path is unchanged: one backend() call per batch).
inline constexpr std::size_t kCopyFrom = 8;

// The rows as INSERT statements of up to 64 rows each ("VALUES (…), (…), … <tail>"), on every
// backend: for a statement COPY cannot run, such as an upsert (`tail` "ON CONFLICT … DO UPDATE
// …"). Throws SqlError.
template <typename Row, typename BindRow>
void insertRowsByStatement(Database& db, std::string_view head, std::string_view tail, int columns,
                           std::span<const Row> rows, BindRow&& bindRow)
{
    constexpr std::size_t kRowsPerStatement = 64;
    auto sqlFor = [&](std::size_t count) {
        std::string tuple = "(?";
        for (int c = 1; c < columns; ++c)
            tuple += ",?";
        tuple += ')';
        std::string sql = db.dialect().insertRows(head); // SQLite: OR FAIL
        for (std::size_t r = 0; r < count; ++r) {
            if (r > 0)
                sql += ',';
            sql += tuple;
        }
        if (!tail.empty())
            sql.append(" ").append(tail);
        return sql;
    };
    std::size_t next = 0;
    if (rows.size() >= kRowsPerStatement) {
        auto q = db.query(sqlFor(kRowsPerStatement));
        for (; next + kRowsPerStatement <= rows.size(); next += kRowsPerStatement) {
            for (std::size_t r = 0; r < kRowsPerStatement; ++r)
                bindRow(*q, static_cast<int>(r) * columns + 1, rows[next + r]);
            q->exec();
        }
    }
    if (next < rows.size()) {
        auto q = db.query(sqlFor(1));
        for (; next < rows.size(); ++next) {
            bindRow(*q, 1, rows[next]);
            q->exec();
        }
    }
}

// The rows upserted into each of `into` (RowSink::Upsert: a head as insertRowsByStatement's, all
// naming the same columns in the same order, a key and what a row that meets it sets), inside the
// caller's transaction. `isThere(t, row)`: whether the caller believes row's key is in into[t]
// already (say, from a read before its transaction); a wrong belief costs time, never a row. On
// PostgreSQL a batch of kCopyFrom rows or more is COPYed once into a temporary table and written
// to each table by two INSERT … SELECT, the rows believed there (an upsert) and the others (a
// plain insert), RowSink::openUpsert: a few statements in all instead of one a 64 rows and table,
// each planned and run apart (94,479 health scores into two tables: 2,982 statements). Fewer
// rows, and every row on SQLite, through insertRowsByStatement's upserts, table by table
// (`isThere` unused). The rows must not repeat a key: one statement may not change a row twice
// (SQLSTATE 21000). Throws SqlError.
template <typename Row, typename BindRow, typename IsThere>
void upsertRows(Database& db, std::span<const RowSink::Upsert> into, int columns,
                std::span<const Row> rows, BindRow&& bindRow, IsThere&& isThere)
{
    if (rows.size() >= kCopyFrom && db.backend() != Database::Backend::Sqlite) {
        if (std::unique_ptr<RowSink> sink = RowSink::openUpsert(db, into, columns)) {
            for (const Row& row : rows) {
                bindRow(sink->row(), 1, row);
                for (std::size_t t = 0; t < into.size(); ++t)
                    sink->row().bind(columns + 1 + static_cast<int>(t),
                                     static_cast<bool>(isThere(t, row)));
                sink->endRow();
            }
            sink->finish();
            return;
        }
    }
    for (const RowSink::Upsert& target : into) {
        const std::string tail = "ON CONFLICT (" + std::string(target.key) + ") DO UPDATE SET " +
                                 std::string(target.update);
        insertRowsByStatement(db, target.head, tail, columns, rows, bindRow);
    }
}

template <typename Row, typename BindRow>
void insertRows(Database& db, std::string_view head, int columns, std::span<const Row> rows,
                BindRow&& bindRow)
{
    if (rows.size() >= kCopyFrom && db.backend() != Database::Backend::Sqlite) {
        if (std::unique_ptr<RowSink> sink = RowSink::open(db, head, columns)) {
            for (const Row& row : rows) {
                bindRow(sink->row(), 1, row);
                sink->endRow();
            }
            sink->finish();
            return;
        }
    }
    insertRowsByStatement(db, head, {}, columns, rows, std::forward<BindRow>(bindRow));
}

} // namespace fd
