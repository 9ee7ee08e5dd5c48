#include "storage/sqlite/SqliteDatabase.h"

#include "common/FrontEndHints.h"
#include "common/Quoted.h"
#include "storage/Schema.h"
#include "storage/SqlError.h"
#include "storage/sqlite/SqliteDialect.h"
#include "storage/sqlite/SqliteFunctions.h"
#include "storage/sqlite/SqliteStatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace fd {

namespace {

QString holders(const QString& path);

// The room SQLite needs for a WAL index (its -shm), in bytes.
constexpr qint64 kWalIndexBytes = qint64{32} * 1024;

// Whether the filesystem holding `path` has no room left for this user (statvfs: less than
// the 32 KiB SQLite needs for a WAL index): an I/O error there, of a read too (SQLite makes
// its -wal and -shm files to read a WAL database), is the full disk.
bool noSpaceLeft(const QString& path)
{
    struct statvfs fs {};
    if (::statvfs(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &fs) != 0)
        return false;
    return static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize <
           static_cast<unsigned long long>(kWalIndexBytes);
}

// After an open that failed: removes the -wal and -shm files this open made (there before it:
// left alone) when nothing can be in them, an empty -wal and an -shm smaller than one WAL index
// page (never mapped), and no other program has the database or them open.
void removeLeftovers(const QString& path, bool hadWal, bool hadShm)
{
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const bool emptyWal = !hadWal && QFileInfo::exists(wal) && QFileInfo(wal).size() == 0;
    const bool unusedShm =
        !hadShm && QFileInfo::exists(shm) && QFileInfo(shm).size() < kWalIndexBytes;
    if ((!emptyWal && !unusedShm) || !holders(path).isEmpty())
        return;
    if (emptyWal && (hadShm || !QFileInfo::exists(shm) || unusedShm))
        QFile::remove(wal);
    if (unusedShm && !QFileInfo::exists(wal))
        QFile::remove(shm);
}

// Root may write anywhere, so the file's own mode is what says "read-only" here: a
// file nobody may write is treated as read-only for everyone.
bool isWritableFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info {};
    if (::stat(native.constData(), &info) != 0)
        return false;
    if ((info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        return false;
    return ::access(native.constData(), W_OK) == 0;
}

// Whether this user may create files in `folder`: root may, except on a read-only mount.
bool isWritableFolder(const QString& folder)
{
    return ::access(QFile::encodeName(folder).constData(), W_OK) == 0;
}

// A -wal file of no more than its 32-byte header holds no change
// (https://www.sqlite.org/fileformat2.html#walformat).
constexpr qint64 kWalHeaderBytes = 32;

// How a read-only connection reads a file in a folder it cannot write to (the rule is
// SqliteDatabase::open()'s): true with immutable=1, false as usual, or why it cannot be read.
Result<bool> readWithoutLocks(const QString& path)
{
    const QString walPath = path + QStringLiteral("-wal");
    const QFileInfo wal(walPath);
    const QFileInfo shm(path + QStringLiteral("-shm"));
    if (wal.isReadable() && shm.isReadable())
        return false;
    const QString folder = QFileInfo(path).absolutePath();
    if (wal.exists() && wal.size() > kWalHeaderBytes)
        return failure(
            Database::tr("%1 cannot be read here: its latest changes are still in %2, and "
                         "reading them needs the right to write to its folder %3; copy both "
                         "files to a folder you can write to and open the copy.")
                .arg(quotedPath(path), quotedPath(walPath), quotedPath(folder)));
    const QString journalPath = path + QStringLiteral("-journal");
    if (QFileInfo(journalPath).size() > 0)
        return failure(
            Database::tr("%1 cannot be read here: a change to it was left unfinished in %2, "
                         "and undoing it needs the right to write to its folder %3; copy both "
                         "files to a folder you can write to and open the copy.")
                .arg(quotedPath(path), quotedPath(journalPath), quotedPath(folder)));
    return true;
}

// `path` as an SQLite URI that opens it immutable: every byte but unreserved ones and '/'
// percent-encoded, so a name with '?', '#' or '%' stays one file name.
QByteArray immutableUri(const QString& path)
{
    return "file:" + QFile::encodeName(QFileInfo(path).absoluteFilePath()).toPercentEncoding("/") +
           "?immutable=1";
}

bool createPrivateFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

// Refuses a commit to a file that is no longer at its path (Database::hasMoved()): SQLite
// turns the COMMIT into a ROLLBACK and the statement fails with SQLITE_CONSTRAINT_COMMITHOOK,
// which describe() words as movedSentence(). One stat per write transaction.
int refuseCommitToMovedFile(void* database)
{
    return static_cast<const SqliteDatabase*>(database)->hasMoved() ? 1 : 0;
}

// A file that does not exist yet: made, empty and private to this user, if `options` allow.
Status createMissing(const QString& path, const QFileInfo& info, const DatabaseOptions& options)
{
    if (options.access == DatabaseAccess::ReadOnly || !options.createIfMissing)
        return failure(Database::tr("%1 does not exist; check the path%2.")
                           .arg(quotedPath(path), hints::clause(hints::Hint::CreateDatabase)));
    const QString parent = info.absolutePath();
    if (!QFileInfo(parent).isDir() && !options.createFolder)
        return failure(
            Database::tr("Cannot create %1: the folder %2 does not exist; create it first or "
                         "choose another path.")
                .arg(quotedPath(path), quotedPath(parent)));
    if (!QDir().mkpath(parent) || !createPrivateFile(path))
        return failure(Database::tr("Cannot create %1: %2; choose a folder you can write to.")
                           .arg(quotedPath(path), QString::fromLocal8Bit(strerror(errno))));
    return {};
}

// A file to be opened for writing that this user cannot write, or whose folder it cannot
// (SQLite writes the -wal and -shm files beside it): refused, as ReadOnly.
Status refuseUnwritable(const QString& path, const QString& folder, bool inReadOnlyFolder)
{
    if (inReadOnlyFolder)
        return failure(
            Error(Database::tr(
                      "%1 cannot be changed, because its folder %2 is not writable for you "
                      "(FunnelDesk writes its -wal and -shm files beside it); copy the file to a "
                      "folder you can write to, or only read it (stats, show, export and report "
                      "can).")
                      .arg(quotedPath(path), quotedPath(folder)),
                  Error::Kind::ReadOnly));
    if (!isWritableFile(path))
        return failure(Error(
            Database::tr("%1 is read-only; make it writable (chmod u+w) or work on a copy, or only "
                         "read it (stats, show, export and report can).")
                .arg(quotedPath(path)),
            Error::Kind::ReadOnly));
    return {};
}

// How `path` may be opened: refused (a writable open of a file or folder this user cannot
// write), or whether a read-only one reads it without locks (readWithoutLocks()).
Result<bool> lockingFor(const QString& path, bool readOnly, bool inReadOnlyFolder)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!readOnly) {
        if (auto writable = refuseUnwritable(path, folder, inReadOnlyFolder); !writable)
            return failure(writable.error());
        return false;
    }
    return inReadOnlyFolder ? readWithoutLocks(path) : Result<bool>(false);
}

// Removes the -wal and -shm files beside `path` that a read-only connection, just closed,
// made: SQLite removes them when the last connection that may write closes
// (https://www.sqlite.org/wal.html#persistence_of_wal_mode_files), never a read-only one. So a
// writable connection reads the header (which opens the WAL) and closes. When another program
// has the file open, it is not the last and leaves them, as they are in use; with a -journal
// beside the file (not a WAL database, or a change left unfinished) nothing is opened, so
// that reading never rolls anything back.
void removeWalByClosing(const QString& path)
{
    if (QFileInfo::exists(path + QStringLiteral("-journal")) ||
        (!QFileInfo::exists(path + QStringLiteral("-wal")) &&
         !QFileInfo::exists(path + QStringLiteral("-shm"))))
        return;
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK)
        sqlite3_exec(raw, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    sqlite3_close_v2(raw);
}

// The connection's settings: the busy timeout, extended result codes, the commit hook that
// refuses a commit to a file that was moved (not read-only), and the SQL functions. SQLite's
// result code of registering those.
int configure(sqlite3* raw, SqliteDatabase* db, int busyTimeoutMs, bool readOnly)
{
    db->setBusyTimeout(busyTimeoutMs); // SQLite's, and the one Backup's steps wait as long as
    sqlite3_extended_result_codes(raw, 1);
    if (!readOnly)
        sqlite3_commit_hook(raw, refuseCommitToMovedFile, db);
    auto* self = static_cast<Database*>(db);
    return registerSqlFunctions(raw, self);
}

} // namespace

SqliteDatabase::SqliteDatabase(sqlite3* db, QString path, bool readOnly)
    : Database(std::move(path), readOnly), m_db(db)
{
}

SqliteDatabase::~SqliteDatabase()
{
    dropStatements(); // finalize before closing
    const bool removeWal = m_removeWalOnClose && !hasMoved();
    sqlite3_close_v2(m_db);
    if (removeWal)
        removeWalByClosing(path());
}

sqlite3* SqliteDatabase::handleOf(const Database& db)
{
    return db.backend() == Backend::Sqlite ? static_cast<const SqliteDatabase&>(db).m_db : nullptr;
}

const Dialect& SqliteDatabase::dialect() const
{
    return SqliteDialect::instance();
}

Result<std::unique_ptr<Database>> SqliteDatabase::open(const QString& path, const Options& options)
{
    return openFile(path, options, true);
}

Result<std::unique_ptr<Database>> SqliteDatabase::openInput(const QString& path)
{
    Options readOnly;
    readOnly.access = Access::ReadOnly;
    readOnly.createIfMissing = false;
    return openFile(path, readOnly, false, true);
}

Result<std::unique_ptr<Database>>
SqliteDatabase::openFile(const QString& path, const Options& options, bool mayUpgrade, bool asItIs)
{
    if (path.isEmpty())
        return failure(Database::tr("No database file was given%1.")
                           .arg(hints::clause(hints::Hint::NoDatabase)));

    const QFileInfo info(path);
    bool created = false;
    if (info.isDir())
        return failure(
            Database::tr("%1 is a folder, not a FunnelDesk database file.").arg(quotedPath(path)));
    if (!info.exists()) {
        if (auto made = createMissing(path, info, options); !made)
            return failure(made.error());
        created = true;
    }

    const bool readOnly = options.access == Access::ReadOnly;
    const bool inReadOnlyFolder = !isWritableFolder(info.absolutePath());
    const auto withoutLocks = lockingFor(path, readOnly, inReadOnlyFolder);
    if (!withoutLocks)
        return failure(withoutLocks.error());

    const bool hadWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool hadShm = QFileInfo::exists(path + QStringLiteral("-shm"));
    auto db = connect(path, options, readOnly, *withoutLocks);
    if (!db) {
        if (created)
            QFile::remove(path);
        return failure(db.error());
    }
    (*db)->m_inReadOnlyFolder = readOnly && inReadOnlyFolder;
    // What a read-only connection makes beside a file it could write, it removes on close.
    (*db)->m_removeWalOnClose = readOnly && !inReadOnlyFolder && !*withoutLocks && !hadWal &&
                                !hadShm && isWritableFile(path);

    auto ready = Schema::prepare(**db, created, readOnly && asItIs);
    if (!ready) {
        db->reset();
        if (created)
            QFile::remove(path);
        else
            removeLeftovers(path, hadWal, hadShm);
        // An older file read by someone who may write it: upgraded first, as a writable open
        // does (a backup, then the migrations), then read (issue 17 review: `stats` after an
        // update). Schema::prepare refuses a read-only open of an older file as ReadOnly.
        if (mayUpgrade && readOnly && !inReadOnlyFolder &&
            ready.error().is(Error::Kind::ReadOnly) && isWritableFile(path)) {
            return upgradeThenOpen(path, options);
        }
        return failure(ready.error());
    }
    if (auto unmapped = options.mapMemory ? Status() : (*db)->guard([&] {
            (*db)->execute("PRAGMA mmap_size = 0");
        });
        !unmapped)
        return failure(unmapped.error());
    return std::unique_ptr<Database>(std::move(*db));
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::connect(const QString& path,
                                                                const Options& options,
                                                                bool readOnly, bool withoutLocks)
{
    // Memory statistics cost a global mutex on every allocation; nothing reads them.
    [[maybe_unused]] static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);

    sqlite3* raw = nullptr;
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
                      SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE |
                      (withoutLocks ? SQLITE_OPEN_URI : 0);
    const QByteArray name = withoutLocks ? immutableUri(path) : QFile::encodeName(path);
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    std::unique_ptr<SqliteDatabase> db(new SqliteDatabase(raw, path, readOnly));
    db->m_withoutLocks = withoutLocks;
    if (rc != SQLITE_OK) {
        const SqlError error(rc, QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
        return failure(db->describe(error));
    }
    const int registered = configure(raw, db.get(), options.busyTimeoutMs, readOnly);
    if (registered != SQLITE_OK)
        return failure(db->describe(SqlError(registered, QString::fromUtf8(sqlite3_errmsg(raw)))));
    return db;
}

Result<std::unique_ptr<Database>> SqliteDatabase::upgradeThenOpen(const QString& path,
                                                                  const Options& options)
{
    Options writable = options;
    writable.access = Access::ReadWrite;
    writable.createIfMissing = false;
    if (auto upgraded = openFile(path, writable, false); !upgraded)
        return failure(upgraded.error());
    return openFile(path, options, false);
}

Statement SqliteDatabase::prepare(std::string_view sql)
{
    return Statement(std::make_unique<SqliteStatement>(m_db, sql));
}

void SqliteDatabase::execute(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        throw SqlError(sqlite3_extended_errcode(m_db), text, QByteArray(sql));
    }
}

bool SqliteDatabase::hasMoved() const
{
    int moved = 0;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK)
        return false; // a VFS that cannot tell: nothing to report
    return moved != 0;
}

Result<qint64> SqliteDatabase::dataVersion()
{
    return guard([this] { return scalar("PRAGMA data_version"); });
}

void SqliteDatabase::setBusyTimeout(int ms)
{
    sqlite3_busy_timeout(m_db, ms);
    m_busyTimeoutMs = ms;
}

void SqliteDatabase::interrupt()
{
    sqlite3_interrupt(m_db);
}

qint64 SqliteDatabase::changes() const
{
    return sqlite3_changes64(m_db);
}

qint64 SqliteDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 SqliteDatabase::insertedId(Statement& insert)
{
    insert.exec();
    return lastInsertId();
}

bool SqliteDatabase::inTransaction() const
{
    return !sqlite3_get_autocommit(m_db);
}

void SqliteDatabase::beginTransaction()
{
    // Nothing is begun on a file that is no longer at its path (the commit hook would
    // refuse it at the end; a long job is told before it starts).
    if (hasMoved())
        throw SqlError(SQLITE_READONLY_DBMOVED, movedSentence());
    execute("BEGIN IMMEDIATE");
}

void SqliteDatabase::commitTransaction()
{
    // A transaction that wrote nothing meets no commit hook: refused here all the same (one
    // stat), so a command never "succeeds" into a file that is gone.
    if (hasMoved())
        throw SqlError(SQLITE_READONLY_DBMOVED, movedSentence());
    execute("COMMIT");
}

void SqliteDatabase::executeQuietly(const char* sql) noexcept
{
    sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
}

namespace {

// The other processes that have the file (or its WAL) open, as "name, pid N" (Linux /proc;
// empty elsewhere or when none is visible).
QString holders(const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return {};
    const QStringList names = {canonical, canonical + QStringLiteral("-wal"),
                               canonical + QStringLiteral("-shm")};
    const QString self = QString::number(QCoreApplication::applicationPid());
    QStringList found;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString& pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        if (pid.toLongLong(&numeric) <= 0 || !numeric || pid == self)
            continue;
        const QDir fds(proc.filePath(pid + QStringLiteral("/fd")));
        for (const QFileInfo& fd :
             fds.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
            if (!names.contains(fd.symLinkTarget()))
                continue;
            QFile comm(proc.filePath(pid + QStringLiteral("/comm")));
            const QString name = comm.open(QIODevice::ReadOnly)
                                     ? QString::fromLocal8Bit(comm.readAll()).trimmed()
                                     : QString();
            found << Database::tr("%1, pid %2").arg(name, pid);
            break;
        }
        if (found.size() >= 3)
            break;
    }
    return found.join(QStringLiteral("; "));
}

} // namespace

Error SqliteDatabase::describe(const SqlError& error) const
{
    if (error.isRefusal())
        return error.message();
    const QString file = quotedPath(path());
    const int code = error.nativeCode(); // SQLite's extended result code
    const int primaryCode = code & 0xff; // https://www.sqlite.org/rescode.html
    const auto fullDisk = [&]() -> Error {
        return {
            Database::tr("The disk holding %1 is full; nothing was saved. Free some space and try "
                         "again.")
                .arg(file),
            Error::Kind::Full};
    };
    // Refused by Transaction or the commit hook, or an I/O error on a file that is gone.
    if (code == SQLITE_READONLY_DBMOVED || code == SQLITE_CONSTRAINT_COMMITHOOK ||
        ((primaryCode == SQLITE_IOERR || primaryCode == SQLITE_CANTOPEN) && hasMoved()))
        return movedSentence();
    switch (primaryCode) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: {
        const QString who = holders(path());
        return {
            who.isEmpty()
                ? Database::tr(
                      "%1 is locked by another program; close it or wait for it to finish, then "
                      "try again (nothing was changed).")
                      .arg(file)
                : Database::tr(
                      "%1 is locked by another program (%2); close it or wait for it to finish, "
                      "then try again (nothing was changed).")
                      .arg(file, who),
            Error::Kind::Busy};
    }
    case SQLITE_FULL:
        return fullDisk();
    case SQLITE_READONLY:
        return {
            Database::tr("%1 is read-only; nothing was saved. Make it writable or work on a copy.")
                .arg(file),
            Error::Kind::ReadOnly};
    case SQLITE_NOTADB:
        return {Database::tr(
                    "%1 is not a FunnelDesk database (it is not an SQLite file); check the path.")
                    .arg(file),
                Error::Kind::Damaged};
    case SQLITE_CORRUPT:
        if (m_withoutLocks)
            return Database::
                tr("%1 changed while FunnelDesk was reading it without locks (its folder is not "
                   "writable for you, so it cannot lock it); open it again to read it as it is "
                   "now.")
                    .arg(file);
        return {Database::tr("%1 is damaged (%2); restore it from a backup.")
                    .arg(file, error.message()),
                Error::Kind::Damaged};
    case SQLITE_CANTOPEN:
        return Database::tr("Cannot open %1 (%2); check that the file and its folder exist and are "
                            "readable.")
            .arg(file, error.message());
    case SQLITE_IOERR:
        // A read fails this way too on a full disk (SQLite cannot make its -wal and -shm).
        if (noSpaceLeft(path()))
            return fullDisk();
        return Database::tr("Reading or writing %1 failed (%2); nothing was saved.")
            .arg(file, error.message());
    case SQLITE_CONSTRAINT:
        return Database::tr("%1 refused the change: %2.").arg(file, error.message());
    default:
        return Database::tr("Database error in %1: %2.").arg(file, error.message());
    }
}

} // namespace fd
