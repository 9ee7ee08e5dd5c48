#include "storage/RowLoad.h"

#include "storage/Database.h"
#include "storage/sqlite/SqliteTempStore.h"
#include "storage/Transaction.h"

namespace fd {

RowLoad::Settings::Settings(Database& db) : m_db(db)
{
    // Another backend has no such setting: there a RowLoad is its transaction. Inside a
    // caller's transaction, or with temporary objects in place, it stays as it is.
    if (db.backend() == Database::Backend::Sqlite)
        m_changed = sqlite::moveTempStoreToFile(db);
}

RowLoad::Settings::~Settings()
{
    if (m_changed)
        sqlite::moveTempStoreToMemory(m_db);
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
