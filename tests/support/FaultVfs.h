#pragma once

// I/O faults at every write (issue 19, "Reliability"): an sqlite3_vfs that wraps the default
// one ("unix") and fails the Nth write, fsync or truncate, or the Nth read, of every file
// SQLite opens through it (the database, its -wal and -journal, temporary files). Test code
// only: the core tests register it in-process (FaultVfs), the CLI tests through a preloaded
// library (support/FaultPreload.cpp). Plain C++ and SQLite, no Qt.
//
// While the shim is the default VFS, SQLite maps no file into memory (the shim's files offer
// no xFetch), so every page read goes through xRead and can be failed; and no fsync reaches the
// disk (a sync is counted, and failed when its turn comes, but otherwise succeeds at once).

namespace fd::test {

enum class FaultKind {
    Write, // the Nth xWrite, xSync or xTruncate fails: SQLITE_IOERR_WRITE, _FSYNC or _TRUNCATE
    Full,  // the same calls, counted the same way, fail with SQLITE_FULL (a disk that is full)
    Read,  // the Nth xRead fails with SQLITE_IOERR_READ
};

// The shim's one state (process-wide: SQLite's VFS list is). Counting and failing are
// thread-safe: a recompute reads on two connections and two threads.
namespace faults {
// Registers the shim as the default VFS, over the default there was; idempotent.
void install();
// Puts the default VFS there was back (connections opened meanwhile keep the shim, disarmed).
void uninstall();
// From now on, counts the calls of `kind` from zero and fails call number `n` (1-based).
void arm(FaultKind kind, int n);
// Fails nothing more; the counts stay readable.
void disarm();
// The calls of the armed kind since arm(), the failed one included.
int calls();
// Whether the armed fault has been returned to SQLite.
bool hit();
// "write", "full", "read".
const char* name(FaultKind kind);
// The statement journals (SQLITE_OPEN_SUBJOURNAL) opened through the shim since install(): a
// connection whose temporary storage is a file (PRAGMA temp_store = FILE, as in a BulkLoad)
// opens one when a statement's or a savepoint's undo record outgrows memory (64 KiB;
// https://www.sqlite.org/tempfiles.html, "Statement Journal Files"); with temp_store = MEMORY
// it never does.
int statementJournalsOpened();
} // namespace faults

// The shim registered as the default VFS for as long as the object lives (one at a time).
class FaultVfs {
public:
    FaultVfs() { faults::install(); }
    ~FaultVfs()
    {
        faults::disarm();
        faults::uninstall();
    }
    FaultVfs(const FaultVfs&) = delete;
    FaultVfs& operator=(const FaultVfs&) = delete;
};

} // namespace fd::test
