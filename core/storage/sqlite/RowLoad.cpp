#include "storage/RowLoad.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace fd {

RowLoad::Settings::Settings(Database& db) : m_db(db)
{
    // The temp store can only change outside a transaction, and changing it drops every
    // temporary table and trigger: inside a caller's transaction, or with temporary
    // objects in place, the setting stays as it is. Another backend has no such setting:
    // there a RowLoad is its transaction.
    if (db.backend() == Database::Backend::Sqlite && !db.inTransaction() &&
        db.scalar("SELECT count(*) FROM temp.sqlite_schema") == 0) {
        m_db.execute("PRAGMA temp_store = FILE;");
        m_changed = true;
    }
}

RowLoad::Settings::~Settings()
{
    if (!m_changed)
        return;
    try {
        m_db.execute("PRAGMA temp_store = MEMORY;");
    } catch (const SqlError&) {
        // Only sorts and temporary tables use it; they work either way.
    }
}

RowLoad::RowLoad(Database& db)
    : m_db(db), m_settings(db), m_transaction(std::make_unique<Transaction>(db))
{
    if (db.backend() == Database::Backend::Postgres)
        serverBegun(db);
}

RowLoad::~RowLoad() = default;

void RowLoad::commit()
{
    if (m_db.backend() == Database::Backend::Postgres)
        serverCommitting(m_db);
    m_transaction->commit();
}

} // namespace fd
