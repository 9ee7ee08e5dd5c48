// Rows of a server schema as text, and one statement run on both backends, for the tests that
// compare PostgreSQL's schema with SQLite's (tests/core/PgSchemaTest.cpp, PgReadPathsTest.cpp).
#pragma once

#include "storage/Database.h"
#include "storage/postgres/PgConnection.h"

#include <catch2/catch.hpp>

#include <QStringList>

namespace fd::test {

// Every row of `sql` as "a|b|c", NULL as "NULL".
inline QStringList rowsOf(pg::Connection& conn, const char* sql)
{
    const pg::Outcome<pg::Rows> rows = conn.exec(sql);
    INFO(sql << (rows ? "" : rows.error().sentence.toStdString()));
    REQUIRE(rows);
    QStringList result;
    for (int r = 0; r < rows->count(); ++r) {
        QStringList cells;
        for (int c = 0; c < rows->columns(); ++c)
            cells << (rows->isNull(r, c) ? QStringLiteral("NULL") : rows->text(r, c));
        result << cells.join(QLatin1Char('|'));
    }
    return result;
}

// `sql` on the server and on the file, each required to succeed.
inline void execBoth(pg::Connection& conn, Database& db, const char* sql)
{
    INFO(sql);
    const pg::Outcome<pg::Rows> done = conn.exec(sql);
    INFO((done ? QString() : done.error().sentence).toStdString());
    REQUIRE(done);
    REQUIRE(db.guard([&] { db.execute(sql); }));
}

} // namespace fd::test
