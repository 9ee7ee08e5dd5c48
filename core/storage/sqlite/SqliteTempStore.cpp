#include "storage/sqlite/SqliteTempStore.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

namespace fd::sqlite {

bool moveTempStoreToFile(Database& db)
{
    if (db.inTransaction() || db.scalar("SELECT count(*) FROM temp.sqlite_schema") != 0)
        return false;
    db.execute("PRAGMA temp_store = FILE;");
    return true;
}

void moveTempStoreToMemory(Database& db) noexcept
{
    try {
        db.execute("PRAGMA temp_store = MEMORY;");
    } catch (const SqlError&) {
    }
}

} // namespace fd::sqlite
