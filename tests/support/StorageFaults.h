#pragma once

// Faults a test makes a database show, on either backend (issue 16). Triggers are written
// differently in SQLite (a body of statements, RAISE) and PostgreSQL (a PL/pgSQL function
// that a trigger runs), so each helper issues its backend's SQL and no test writes a trigger
// of one dialect.
#include "storage/Database.h"

#include <string>

namespace fd::test {

// A row trigger a test adds for as long as the object lives: each backend's own SQL (SQLite: a
// TEMP trigger with a body of statements; PostgreSQL: a PL/pgSQL function and a row trigger
// that runs it), so no test writes a trigger of one dialect. `when` is a condition over the
// new row's columns that both dialects read ("new.subject = 'x'"); texts hold no quote.
// A bulk load on PostgreSQL turns user triggers off (storage/BulkLoad.h): fault rows of a row
// load.
class TestTrigger {
public:
    TestTrigger(const TestTrigger&) = delete;
    TestTrigger& operator=(const TestTrigger&) = delete;
    ~TestTrigger();
    // Drops the trigger now (the destructor then does nothing).
    void drop();

protected:
    // `timing` "BEFORE" or "AFTER"; `sqliteBody` runs inside SQLite's BEGIN … END,
    // `plpgsqlBody` inside the function's BEGIN … END.
    TestTrigger(Database& db, std::string table, const char* timing, const std::string& when,
                const std::string& sqliteBody, const std::string& plpgsqlBody);

private:
    Database& m_db;
    std::string m_table;
    std::string m_name;
    bool m_dropped = false;
};

// While it lives, `db` refuses every INSERT into `table` of a row for which `when` holds, with
// an error whose message is `message` (SQLite: RAISE(ABORT, …); PostgreSQL: RAISE EXCEPTION).
class RefusedInsert : public TestTrigger {
public:
    RefusedInsert(Database& db, std::string table, const std::string& when,
                  const std::string& message);
};

// While it lives, after each INSERT into `table` of a row for which `when` holds, `statement`
// (one statement both backends read alike, without its ';') runs too, in the same transaction.
class AlsoAfterInsert : public TestTrigger {
public:
    AlsoAfterInsert(Database& db, std::string table, const std::string& when,
                    const std::string& statement);
};

// From now on, deleting a touchpoint leaves its customer's summary columns (last_touch_at, …)
// and the daily counts (touchpoint_day) as they were, as a database whose triggers were
// tampered with would: SQLite drops the trigger touchpoint_summary_delete; PostgreSQL, whose
// row trigger touchpoint_summary keeps them for every deleted and updated row (new rows are
// touchpoint_summary_added's, once per statement), disables it.
void stopTouchpointSummaryOnDelete(Database& db);

} // namespace fd::test
