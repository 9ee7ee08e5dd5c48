// Triggers that tests add to a database to make a write fail where they choose (issue 16):
// each written in the SQL of the database's backend, so a test that injects a failure runs on
// SQLite and on PostgreSQL alike. SQLite: CREATE TRIGGER … BEGIN …; END. PostgreSQL: a PL/pgSQL
// function `<name>_fn` in the database's schema and a row trigger that executes it.
// `condition` is an SQL expression over NEW's columns that both backends read alike
// ("NEW.from_stage IS NOT NULL"); `message` and `statement` hold no quote or '?'.
#pragma once

#include "storage/Database.h"

#include <QByteArray>

namespace fd::test {

namespace detail {

inline bool onServer(const Database& db)
{
    return db.backend() != Database::Backend::Sqlite;
}

// A row trigger `name` on `table` (`timing` "BEFORE" or "AFTER" INSERT) that runs `body` for
// the rows for which `condition` holds: on SQLite `sqliteBody` inside BEGIN … END, on
// PostgreSQL `plpgsqlBody` inside the function's BEGIN … END.
inline void addTrigger(Database& db, const QByteArray& name, const QByteArray& timing, const QByteArray& table,
                       const QByteArray& condition, const QByteArray& sqliteBody, const QByteArray& plpgsqlBody)
{
    if (!onServer(db)) {
        db.execute(QByteArray("CREATE TRIGGER " + name + ' ' + timing + " INSERT ON " + table + " WHEN " + condition +
                              " BEGIN " + sqliteBody + " END")
                       .constData());
        return;
    }
    db.execute(QByteArray("CREATE FUNCTION " + name + "_fn() RETURNS trigger LANGUAGE plpgsql AS $fd$ BEGIN " +
                          plpgsqlBody + " END $fd$")
                   .constData());
    db.execute(QByteArray("CREATE TRIGGER " + name + ' ' + timing + " INSERT ON " + table + " FOR EACH ROW WHEN (" +
                          condition + ") EXECUTE FUNCTION " + name + "_fn()")
                   .constData());
}

} // namespace detail

// From now on an insert into `table` of a row for which `condition` holds fails with
// `message` (SQLite: RAISE(ABORT, …); PostgreSQL: RAISE EXCEPTION …), and its statement with it.
inline void refuseInserts(Database& db, const char* name, const char* table, const char* condition,
                          const char* message)
{
    const QByteArray text(message);
    detail::addTrigger(db, name, "BEFORE", table, condition, "SELECT RAISE(ABORT, '" + text + "');",
                       "RAISE EXCEPTION '" + text + "';");
}

// From now on, after an insert into `table` of a row for which `condition` holds, `statement`
// (one SQL statement that both backends read alike, without its ';') runs too.
inline void alsoRunAfterInsert(Database& db, const char* name, const char* table, const char* condition,
                               const char* statement)
{
    const QByteArray text(statement);
    detail::addTrigger(db, name, "AFTER", table, condition, text + ';', text + "; RETURN NULL;");
}

// Removes a trigger that refuseInserts() or alsoRunAfterInsert() added on `table`.
inline void dropTrigger(Database& db, const char* name, const char* table)
{
    const QByteArray trigger(name);
    if (!detail::onServer(db)) {
        db.execute(QByteArray("DROP TRIGGER " + trigger).constData());
        return;
    }
    db.execute(QByteArray("DROP TRIGGER " + trigger + " ON " + table + "; DROP FUNCTION " + trigger + "_fn()")
                   .constData());
}

} // namespace fd::test
