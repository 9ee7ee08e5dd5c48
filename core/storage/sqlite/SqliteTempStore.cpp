#include "storage/sqlite/SqliteTempStore.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QByteArray>

#include <algorithm>

namespace fd::sqlite {

TempStoreOnFile::TempStoreOnFile(Database& db) noexcept : m_db(db)
{
    if (db.backend() != Database::Backend::Sqlite)
        return;
    try {
        if (db.inTransaction() || db.scalar("SELECT count(*) FROM temp.sqlite_schema") != 0)
            return;
        db.execute("PRAGMA temp_store = FILE;");
        m_moved = true;
    } catch (const SqlError&) {
        // Left in memory: the sorts are slower, nothing else changes.
    }
}

TempStoreOnFile::~TempStoreOnFile()
{
    if (!m_moved)
        return;
    try {
        m_db.execute("PRAGMA temp_store = MEMORY;");
    } catch (const SqlError&) {
        // Only sorts and temporary tables use it; they work either way.
    }
}

SortsInRuns::SortsInRuns(Database& db)
    : m_db(db), m_cacheSize(db.scalar("PRAGMA cache_size")), m_threads(db.scalar("PRAGMA threads"))
{
    // The spill threshold in KiB (negative): SQLite also reads the value as on or off, and a
    // positive page count that is a multiple of 256 reads as off (pragma.c, getSafetyLevel).
    const qint64 spillKib =
        m_cacheSize < 0 ? m_cacheSize : -(m_cacheSize * db.scalar("PRAGMA page_size") / 1024);
    try {
        m_db.execute(QByteArray("PRAGMA threads = 2; PRAGMA cache_spill = " +
                                QByteArray::number(std::min(spillKib, qint64{-1})) +
                                "; PRAGMA cache_size = -4096;")
                         .constData());
    } catch (const SqlError&) {
        restore(); // the destructor of an object never made does not run
        throw;
    }
}

SortsInRuns::~SortsInRuns()
{
    restore();
}

void SortsInRuns::restore() noexcept
{
    try {
        m_db.execute(QByteArray("PRAGMA cache_size = " + QByteArray::number(m_cacheSize) +
                                "; PRAGMA cache_spill = 1; PRAGMA threads = " +
                                QByteArray::number(m_threads) + ';')
                         .constData());
    } catch (const SqlError&) {
        // The connection goes on with a small cache; the caller's own settings end it.
    }
}

} // namespace fd::sqlite
