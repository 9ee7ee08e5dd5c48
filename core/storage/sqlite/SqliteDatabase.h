#pragma once

#include "storage/Database.h"

struct sqlite3;

namespace fd {

// A FunnelDesk database in an SQLite file: the SQLite backend of Database.
// open() identifies the file (application_id and user_version), refuses what it cannot
// safely use, and migrates older schemas; nothing is written to a file it refuses.
class SqliteDatabase final : public Database {
public:
    // Opens `path`. Access::ReadWrite refuses, before touching anything, a file this user
    // may not write or whose folder they may not write (SQLite writes its -wal and -shm files
    // beside the file). Access::ReadOnly also reads a file in a folder this user cannot write
    // to: SQLite reads a WAL database through its -wal and -shm files and can create them
    // only with write access to the folder (https://www.sqlite.org/wal.html, "Read-Only
    // Databases"), so such a file is read
    //  - as usual when both files are there and readable (SQLite >= 3.22 then reads them
    //    without writing, and sees what a writer saves meanwhile);
    //  - else with immutable=1 (https://www.sqlite.org/uri.html) when there is no -wal
    //    file, or one with no change in it: everything saved is in the file itself. It
    //    reads without locks, so a writer who opens the file later is not noticed;
    //  - else not at all, with the sentence that says to copy it: its -wal holds changes
    //    SQLite cannot read here (no -shm), and immutable=1 would silently miss them; or a
    //    rollback journal beside it is not empty (an unfinished change to undo first).
    // A file of an older schema is upgraded on open (Schema::prepare: a backup beside it, then
    // the migrations); with Access::ReadOnly too when this user may write the file and its
    // folder (it is opened writable once for that, then read-only), else it is refused with
    // the sentence that says who can upgrade it.
    // The ReadWrite refusals of a file or folder this user may not write are of
    // Error::Kind::ReadOnly; SQLite's own errors are worded and kinded by describe().
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    // Opens a file the user hands in only to be read (a backup to restore, migrate's source):
    // as open() with Access::ReadOnly, but it is never written: an older schema is not upgraded
    // (no backup beside it, no migration) but opened as it is, for copying and checking only
    // (Schema::version() says which it is).
    static Result<std::unique_ptr<Database>> openInput(const QString& path);

    ~SqliteDatabase() override;

    // The SQLite connection under `db`, or null when `db` is of another backend: for the
    // SQLite-only code in storage/sqlite (Backup's online backup API, tests), nothing else.
    static sqlite3* handleOf(const Database& db);
    sqlite3* handle() const { return m_db; }
    // How long a statement waits for another connection's lock (Options::busyTimeoutMs, or
    // as setBusyTimeout() last set it), in milliseconds: for the waits SQLite's busy handler
    // does not cover (Backup's sqlite3_backup_step), so that they end as a statement's would.
    int busyTimeoutMs() const { return m_busyTimeoutMs; }

    Backend backend() const override { return Backend::Sqlite; }
    const Dialect& dialect() const override;
    bool isInReadOnlyFolder() const override { return m_inReadOnlyFolder; }
    bool readsWithoutLocks() const override { return m_withoutLocks; }

    void execute(const char* sql) override;
    qint64 lastInsertId() const override;
    qint64 insertedId(Statement& insert) override;
    void setBusyTimeout(int ms) override;
    void interrupt() override;
    qint64 changes() const override;
    // SQLite's change counter for this connection (PRAGMA data_version,
    // https://www.sqlite.org/pragma.html#pragma_data_version): this connection's own commits
    // leave it as it was. A look at the WAL index, no table read. A file read without locks
    // (readsWithoutLocks()) never reports a change.
    Result<qint64> dataVersion() override;

    bool inTransaction() const override;
    // BEGIN IMMEDIATE (so the busy handler applies before anything is read); refused with
    // movedSentence() (SQLITE_READONLY_DBMOVED) when the file is no longer at its path.
    void beginTransaction() override;
    // COMMIT; refused as beginTransaction() is when the file is gone, even for a transaction
    // that wrote nothing, so a command never "succeeds" into a file that is gone.
    void commitTransaction() override;
    void executeQuietly(const char* sql) noexcept override;

    // Deleted, renamed or moved away, or replaced by another file (SQLite's
    // SQLITE_FCNTL_HAS_MOVED, https://www.sqlite.org/c3ref/c_fcntl_begin_atomic_write.html:
    // one stat of the path, compared by inode). Every commit on a read-write connection is
    // refused (a commit hook) with movedSentence().
    bool hasMoved() const override;

    Error describe(const SqlError& error) const override;

protected:
    Statement prepare(std::string_view sql) override;

private:
    SqliteDatabase(sqlite3* db, QString path, bool readOnly);
    // open(); `mayUpgrade`: a read-only open of an older file may open it writable once first;
    // `asItIs`: a read-only open of an older file opens it as it is (openInput()).
    static Result<std::unique_ptr<Database>> openFile(const QString& path, const Options& options,
                                                      bool mayUpgrade, bool asItIs = false);
    // The connection to `path` with its settings and SQL functions (the file exists), or the
    // sentence of why SQLite could not open it.
    static Result<std::unique_ptr<SqliteDatabase>>
    connect(const QString& path, const Options& options, bool readOnly, bool withoutLocks);
    // An older file opened to be read: upgraded by a writable open first, then opened as asked.
    static Result<std::unique_ptr<Database>> upgradeThenOpen(const QString& path,
                                                             const Options& options);

    sqlite3* m_db = nullptr;
    bool m_inReadOnlyFolder = false;
    bool m_withoutLocks = false;
    // A read-only connection to a file and folder this user may write, which had no -wal and
    // -shm when it opened: it removes the ones it made when it closes (issue 19, Reliability:
    // stats, export or check left them beside the file), unless another program has it open.
    bool m_removeWalOnClose = false;
    int m_busyTimeoutMs = 0;
};

} // namespace fd
