#pragma once

// Faults a test makes a database show, on either backend (issue 16). Triggers are written
// differently in SQLite (a body of statements, RAISE) and PostgreSQL (a PL/pgSQL function
// that a trigger runs), so each helper issues its backend's SQL and no test writes a trigger
// of one dialect.
#include "storage/Database.h"

#include <string>

namespace fd::test {

// While it lives, `db` refuses every INSERT into `table` of a row for which `when` holds (a
// condition over the new row's columns that both dialects read, "new.subject = 'x'"), with an
// error whose message is `message` (plain words, no quote). SQLite: a TEMP trigger that
// RAISEs ABORT; PostgreSQL: a trigger on a function that RAISEs an exception. A bulk load on
// PostgreSQL turns user triggers off (storage/BulkLoad.h): refuse rows of a row load.
class RefusedInsert {
public:
    RefusedInsert(Database& db, std::string table, const std::string& when, const std::string& message);
    ~RefusedInsert();
    RefusedInsert(const RefusedInsert&) = delete;
    RefusedInsert& operator=(const RefusedInsert&) = delete;

private:
    Database& m_db;
    std::string m_table;
    std::string m_name;
};

// From now on, deleting a touchpoint leaves its customer's summary columns (last_touch_at, …)
// and the daily counts (touchpoint_day) as they were, as a database whose triggers were
// tampered with would: SQLite drops the trigger touchpoint_summary_delete; PostgreSQL, whose
// one trigger touchpoint_summary keeps them for every write, disables it.
void stopTouchpointSummaryOnDelete(Database& db);

} // namespace fd::test
