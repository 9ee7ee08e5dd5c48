#include "support/StorageFaults.h"

#include <atomic>

namespace fd::test {

namespace {

bool onServer(const Database& db)
{
    return db.backend() == Database::Backend::Postgres;
}

} // namespace

TestTrigger::TestTrigger(Database& db, std::string table, const char* timing,
                         const std::string& when, const std::string& sqliteBody,
                         const std::string& plpgsqlBody)
    : m_db(db), m_table(std::move(table))
{
    static std::atomic_int made = 0;
    m_name = "fd_test_trigger_" + std::to_string(++made);
    std::string sql;
    if (onServer(db)) {
        sql = "CREATE FUNCTION " + m_name + "() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN " +
              plpgsqlBody + " END$$; CREATE TRIGGER " + m_name + ' ' + timing + " INSERT ON " +
              m_table + " FOR EACH ROW WHEN (" + when + ") EXECUTE FUNCTION " + m_name + "()";
    } else {
        sql = "CREATE TEMP TRIGGER " + m_name + ' ' + timing + " INSERT ON " + m_table + " WHEN " +
              when + " BEGIN " + sqliteBody + " END";
    }
    m_db.execute(sql.c_str());
}

TestTrigger::~TestTrigger()
{
    if (m_dropped)
        return;
    const std::string sql = onServer(m_db) ? "DROP TRIGGER IF EXISTS " + m_name + " ON " + m_table +
                                                 "; DROP FUNCTION IF EXISTS " + m_name + "()"
                                           : "DROP TRIGGER IF EXISTS " + m_name;
    m_db.executeQuietly(sql.c_str());
}

void TestTrigger::drop()
{
    const std::string sql = onServer(m_db) ? "DROP TRIGGER " + m_name + " ON " + m_table +
                                                 "; DROP FUNCTION " + m_name + "()"
                                           : "DROP TRIGGER " + m_name;
    m_db.execute(sql.c_str());
    m_dropped = true;
}

RefusedInsert::RefusedInsert(Database& db, std::string table, const std::string& when,
                             const std::string& message)
    : TestTrigger(db, std::move(table), "BEFORE", when, "SELECT RAISE(ABORT, '" + message + "');",
                  "RAISE EXCEPTION '" + message + "';")
{
}

AlsoAfterInsert::AlsoAfterInsert(Database& db, std::string table, const std::string& when,
                                 const std::string& statement)
    : TestTrigger(db, std::move(table), "AFTER", when, statement + ';',
                  statement + "; RETURN NULL;")
{
}

void stopTouchpointSummaryOnDelete(Database& db)
{
    db.execute(onServer(db) ? "ALTER TABLE touchpoint DISABLE TRIGGER touchpoint_summary"
                            : "DROP TRIGGER touchpoint_summary_delete");
}

} // namespace fd::test
