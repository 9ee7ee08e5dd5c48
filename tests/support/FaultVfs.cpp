#include "support/FaultVfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

namespace fd::test::faults {

namespace {

std::atomic<int> g_kind{-1}; // a FaultKind while armed, -1 otherwise
std::atomic<int> g_target{0};
std::atomic<int> g_calls{0};
std::atomic<bool> g_hit{false};
std::atomic<int> g_statementJournals{0};

sqlite3_vfs* g_real = nullptr; // the VFS wrapped (the default when installed)
bool g_installed = false;

// One file: our header, then the wrapped VFS's own file (szOsFile covers both).
struct File {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* file)
{
    return reinterpret_cast<File*>(file)->real;
}

// Counts one call of `kind` when that kind is armed: whether this is the one to fail.
bool failsNow(FaultKind kind)
{
    if (g_kind.load() != static_cast<int>(kind))
        return false;
    const int call = g_calls.fetch_add(1) + 1;
    if (call != g_target.load())
        return false;
    g_hit = true;
    return true;
}

// The write-side fault for a call whose I/O error is `ioCode`: that code, SQLITE_FULL, or none.
int writeFault(int ioCode)
{
    const int kind = g_kind.load();
    if (kind == static_cast<int>(FaultKind::Write) && failsNow(FaultKind::Write))
        return ioCode;
    if (kind == static_cast<int>(FaultKind::Full) && failsNow(FaultKind::Full))
        return SQLITE_FULL;
    return SQLITE_OK;
}

int fileClose(sqlite3_file* file)
{
    sqlite3_file* r = real(file);
    const int rc = r->pMethods->xClose(r);
    file->pMethods = nullptr;
    return rc;
}

int fileRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    if (failsNow(FaultKind::Read))
        return SQLITE_IOERR_READ;
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}

int fileWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = writeFault(SQLITE_IOERR_WRITE))
        return rc;
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}

int fileTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    if (const int rc = writeFault(SQLITE_IOERR_TRUNCATE))
        return rc;
    return real(file)->pMethods->xTruncate(real(file), size);
}

// Counted and failed like the others, but never passed on: these tests are about errors, not
// power loss, and thousands of rounds of fsyncs would make them wait on the disk.
int fileSync(sqlite3_file* /*file*/, int /*flags*/)
{
    return writeFault(SQLITE_IOERR_FSYNC);
}

int fileSize(sqlite3_file* file, sqlite3_int64* size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}

int fileLock(sqlite3_file* file, int level)
{
    return real(file)->pMethods->xLock(real(file), level);
}

int fileUnlock(sqlite3_file* file, int level)
{
    return real(file)->pMethods->xUnlock(real(file), level);
}

int fileCheckReservedLock(sqlite3_file* file, int* out)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}

int fileControl(sqlite3_file* file, int op, void* arg)
{
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}

int fileSectorSize(sqlite3_file* file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int fileDeviceCharacteristics(sqlite3_file* file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int fileShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out)
{
    return real(file)->pMethods->xShmMap(real(file), region, size, extend, out);
}

int fileShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}

void fileShmBarrier(sqlite3_file* file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}

int fileShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

// Version 2: the shared-memory methods WAL needs, and no xFetch, so SQLite maps nothing and
// reads every page with xRead.
const sqlite3_io_methods kMethods = {
    2,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    nullptr,
    nullptr,
};

int vfsOpen(sqlite3_vfs* /*vfs*/, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    if (flags & SQLITE_OPEN_SUBJOURNAL)
        ++g_statementJournals;
    auto* self = reinterpret_cast<File*>(file);
    self->real = reinterpret_cast<sqlite3_file*>(self + 1);
    const int rc = g_real->xOpen(g_real, name, self->real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, failed open or not.
    self->base.pMethods = self->real->pMethods ? &kMethods : nullptr;
    return rc;
}

int vfsDelete(sqlite3_vfs* /*vfs*/, const char* name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}

int vfsAccess(sqlite3_vfs* /*vfs*/, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}

int vfsFullPathname(sqlite3_vfs* /*vfs*/, const char* name, int size, char* out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}

void* vfsDlOpen(sqlite3_vfs* /*vfs*/, const char* name)
{
    return g_real->xDlOpen(g_real, name);
}

void vfsDlError(sqlite3_vfs* /*vfs*/, int size, char* out)
{
    g_real->xDlError(g_real, size, out);
}

void (*vfsDlSym(sqlite3_vfs* /*vfs*/, void* handle, const char* symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}

void vfsDlClose(sqlite3_vfs* /*vfs*/, void* handle)
{
    g_real->xDlClose(g_real, handle);
}

int vfsRandomness(sqlite3_vfs* /*vfs*/, int size, char* out)
{
    return g_real->xRandomness(g_real, size, out);
}

int vfsSleep(sqlite3_vfs* /*vfs*/, int microseconds)
{
    return g_real->xSleep(g_real, microseconds);
}

int vfsCurrentTime(sqlite3_vfs* /*vfs*/, double* out)
{
    return g_real->xCurrentTime(g_real, out);
}

int vfsGetLastError(sqlite3_vfs* /*vfs*/, int size, char* out)
{
    return g_real->xGetLastError(g_real, size, out);
}

int vfsCurrentTimeInt64(sqlite3_vfs* /*vfs*/, sqlite3_int64* out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

sqlite3_vfs g_vfs = {};

} // namespace

void install()
{
    if (g_installed)
        return;
    if (!g_real) {
        g_real = sqlite3_vfs_find(nullptr);
        g_vfs.iVersion = 2; // up to xCurrentTimeInt64; no system-call overrides
        g_vfs.szOsFile = static_cast<int>(sizeof(File)) + g_real->szOsFile;
        g_vfs.mxPathname = g_real->mxPathname;
        g_vfs.zName = "funneldesk-faults";
        g_vfs.xOpen = vfsOpen;
        g_vfs.xDelete = vfsDelete;
        g_vfs.xAccess = vfsAccess;
        g_vfs.xFullPathname = vfsFullPathname;
        g_vfs.xDlOpen = vfsDlOpen;
        g_vfs.xDlError = vfsDlError;
        g_vfs.xDlSym = vfsDlSym;
        g_vfs.xDlClose = vfsDlClose;
        g_vfs.xRandomness = vfsRandomness;
        g_vfs.xSleep = vfsSleep;
        g_vfs.xCurrentTime = vfsCurrentTime;
        g_vfs.xGetLastError = vfsGetLastError;
        g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    }
    sqlite3_vfs_register(&g_vfs, 1);
    g_statementJournals = 0;
    g_installed = true;
}

void uninstall()
{
    if (!g_installed)
        return;
    sqlite3_vfs_unregister(&g_vfs); // the VFS registered before it is the default again
    g_installed = false;
}

void arm(FaultKind kind, int n)
{
    g_kind = -1;
    g_calls = 0;
    g_hit = false;
    g_target = std::max(n, 1);
    g_kind = static_cast<int>(kind);
}

void disarm()
{
    g_kind = -1;
}

int calls()
{
    return g_calls.load();
}

bool hit()
{
    return g_hit.load();
}

const char* name(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Write:
        return "write";
    case FaultKind::Full:
        return "full";
    case FaultKind::Read:
        return "read";
    }
    return "?";
}

int statementJournalsOpened()
{
    return g_statementJournals.load();
}

} // namespace fd::test::faults
