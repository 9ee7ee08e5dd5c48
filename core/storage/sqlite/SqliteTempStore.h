// Where a SQLite connection keeps its temporary data while a long write runs (PRAGMA temp_store,
// https://sqlite.org/pragma.html#pragma_temp_store), and how its index builds sort: RowLoad,
// BulkLoad and CopyAll (into a file) move the temp store to a file for their transaction. Every
// connection keeps it in memory otherwise (Schema.cpp).
//
// A temp store in a file is written to SQLite's temporary folder (SQLITE_TMPDIR, else TMPDIR,
// /var/tmp, /usr/tmp or /tmp: https://sqlite.org/tempfiles.html), not beside the database: on
// data set L an import held at most 77 MB of sorted runs there at once, generate 148 MB (its five
// million touchpoints), each file gone when its index is built (docs/PERFORMANCE.md, "Step 10:
// index builds sort on two cores"). A full temporary folder fails the write as a full disk would.
#pragma once

#include <QtGlobal>

namespace fd {

class Database;

namespace sqlite {

// The temp store in a file while it lives, back in memory after. Made before the transaction it
// serves: inside a transaction SQLite refuses the change, and with temporary tables or triggers
// in place a change would drop them, so there it stays in memory. Does nothing on another
// backend, and never throws: a temp store left in memory only costs speed.
//
// Why a file, for each writer:
// - RowLoad: SQLite 3.40 keeps an in-memory statement journal as a list of 1 KB chunks and walks
//   it from the start at each truncation, so nested savepoints cost time in proportion to every
//   page the load has changed (storage/RowLoad.h).
// - BulkLoad and CopyAll: SQLite's sorter gives runs of a sort to its helper threads (PRAGMA
//   threads) only when it may write them out, which it never does with the temp store in memory
//   (vdbesort.c: no run size is set then); every CREATE INDEX then sorts in one piece on the
//   calling thread (docs/PERFORMANCE.md, "Step 10: index builds sort on two cores").
class TempStoreOnFile {
public:
    explicit TempStoreOnFile(Database& db) noexcept;
    ~TempStoreOnFile();
    TempStoreOnFile(const TempStoreOnFile&) = delete;
    TempStoreOnFile& operator=(const TempStoreOnFile&) = delete;

private:
    Database& m_db;
    bool m_moved = false;
};

// While it lives, SQLite's sorter writes its runs out at 4 MB (its run size is the page cache,
// vdbesort.c), sorting each on a helper thread (PRAGMA threads = 2, set here) and merging them
// on two, while dirty pages may still fill the cache the connection had before any
// is written out (PRAGMA cache_spill, https://sqlite.org/pragma.html#pragma_cache_spill). With
// the whole cache as its run, each index sorts in one piece on the calling thread: on data set
// L, an import's index step took 3.6-3.7 s that way and 2.5-3.0 s in runs. Only with the temp
// store in a file (TempStoreOnFile). These settings only set how the connection works: nothing is
// written, which after a failure could land outside the transaction. The cache before comes
// back after, as do the threads the connection had (and SQLite's own spill threshold, 1).
// Throws SqlError when it begins.
class SortsInRuns {
public:
    explicit SortsInRuns(Database& db);
    ~SortsInRuns();
    SortsInRuns(const SortsInRuns&) = delete;
    SortsInRuns& operator=(const SortsInRuns&) = delete;

private:
    void restore() noexcept;

    Database& m_db;
    qint64 m_cacheSize = 0; // PRAGMA cache_size before: pages, or KiB when negative
    qint64 m_threads = 0;   // PRAGMA threads before
};

} // namespace sqlite
} // namespace fd
