#include "storage/sqlite/SqliteSearchIndex.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace fd::sqlite {

namespace {

// FTS5's own default for 'hashsize' (FTS5_DEFAULT_HASHSIZE, fts5_config.c), which a file without
// the setting uses.
constexpr qint64 kDefaultHashBytes = qint64{1024} * 1024;

void setHashBytes(Database& db, qint64 bytes)
{
    auto set = db.query("INSERT INTO ticket_fts (ticket_fts, rank) VALUES ('hashsize', ?1)");
    set->bind(1, bytes);
    set->step();
}

} // namespace

void rebuildSearchIndex(Database& db)
{
    Transaction tx(db);
    qint64 before = kDefaultHashBytes;
    {
        auto q = db.query("SELECT v FROM ticket_fts_config WHERE k = 'hashsize'");
        if (q->step())
            before = q->int64(0);
    }
    const bool larger = before < kRebuildHashBytes;
    if (larger)
        setHashBytes(db, kRebuildHashBytes);
    db.execute("INSERT INTO ticket_fts (ticket_fts) VALUES ('rebuild')");
    // Written back through FTS5, so that this connection's copy of the settings follows.
    if (larger)
        setHashBytes(db, before);
    tx.commit();
}

} // namespace fd::sqlite
