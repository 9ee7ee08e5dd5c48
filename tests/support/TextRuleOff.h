#pragma once

// For the tests of rows that break FunnelDesk's text rule (a rep's psql before the server kept
// it, another program writing into a SQLite file): on a server, the text constraints of
// storage/postgres/migrations/018_text_rule.sql are dropped from the test's schema first, as in
// a schema upgraded with such rows in it. A SQLite file has no such constraints.
#include "storage/Database.h"
#include "storage/Statement.h"

namespace fd::test {

inline void allowAnyText(Database& db)
{
    if (db.backend() != Database::Backend::Postgres)
        return;
    db.execute(
        "DO $$ DECLARE c record; BEGIN FOR c IN SELECT conrelid::regclass AS tbl, conname FROM "
        "pg_constraint "
        "WHERE connamespace = current_schema()::regnamespace AND conname LIKE 'fd\\_text\\_%' LOOP "
        "EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tbl, c.conname); END LOOP; END $$");
}

} // namespace fd::test
