#include "storage/RowLoad.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace fd {

RowLoad::RowLoad(Database& db)
    : m_db(db), m_tempStore(db), m_transaction(std::make_unique<Transaction>(db))
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
