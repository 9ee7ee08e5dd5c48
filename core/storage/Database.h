#pragma once

#include "common/Result.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>

struct sqlite3;

namespace fd {

class SqlError;

template <typename T>
struct IsResult : std::false_type {};
template <typename T>
struct IsResult<tl::expected<T, Error>> : std::true_type {};
// guard() of a function that already returns a Result keeps that Result.
template <typename R>
using GuardResult = std::conditional_t<IsResult<R>::value, R, Result<R>>;

// An open FunnelDesk database: one SQLite connection, used from one thread at a time (a
// window's is opened on a worker thread and then handed to the window's).
// open() identifies the file (application_id and user_version), refuses what it cannot
// safely use, and migrates older schemas; nothing is written to a file it refuses.
class Database {
    Q_DECLARE_TR_FUNCTIONS(fd::Database)

public:
    enum class Access { ReadOnly, ReadWrite };

    struct Options {
        Access access = Access::ReadWrite;
        int busyTimeoutMs = defaultBusyTimeoutMs();
        bool createIfMissing = true;
        // Creates a missing folder too: for FunnelDesk's own default location only
        // (DataLocation.h). A path the user names must be in a folder that exists, else
        // open() says which folder is missing (issue 14 §1: nothing is created by mistake).
        bool createFolder = false;
        // Reads through a memory map (fast scans for bulk work) or through SQLite's bounded
        // page cache only: a long-running window keeps its resident memory small.
        bool mapMemory = true;
    };

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
    // The ReadWrite refusals of a file or folder this user may not write are of
    // Error::Kind::ReadOnly; SQLite's own errors are worded and kinded by describe().
    static Result<std::unique_ptr<Database>> open(const QString& path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString& path)
    {
        return open(path, Options{});
    }

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Read-only because this user may not write the file's folder (a colleague's file, a
    // read-only share, a mounted backup): copying the file elsewhere is what makes it writable.
    bool isInReadOnlyFolder() const { return m_inReadOnlyFolder; }
    // Opened with SQLite's immutable=1: it reads without locks, so a change someone else
    // saves meanwhile is not noticed (see open()).
    bool readsWithoutLocks() const { return m_withoutLocks; }
    sqlite3* handle() const { return m_db; }

    // A cached prepared statement, reset and ready to bind. Statements are reused for
    // the life of the connection; the returned guard resets it again when it goes.
    class Query {
    public:
        explicit Query(Statement& statement) : m_statement(&statement) {}
        ~Query() { m_statement->reset(); }
        Query(const Query&) = delete;
        Query& operator=(const Query&) = delete;
        Statement* operator->() const { return m_statement; }
        Statement& operator*() const { return *m_statement; }

    private:
        Statement* m_statement;
    };
    Query query(std::string_view sql);

    // Runs one or more statements that take no parameters.
    void execute(const char* sql);
    qint64 scalar(std::string_view sql);
    qint64 lastInsertId() const;
    // How long a statement waits for another connection's lock before it fails.
    void setBusyTimeout(int ms);
    // Makes the statement running on this connection stop with an error, from any thread:
    // how a background job is cancelled (its transaction then rolls back).
    void interrupt();
    // Rows changed by the last INSERT, UPDATE or DELETE.
    qint64 changes() const;
    // SQLite's change counter for this connection (PRAGMA data_version,
    // https://www.sqlite.org/pragma.html#pragma_data_version): a number, meaningless in
    // itself, that differs from the last one read when ANOTHER connection (another process,
    // or a BackgroundTask's own connection) has committed a change to the file since; this
    // connection's own commits leave it as it was. Cheap: a look at the WAL index, no table
    // read. A file read without locks (readsWithoutLocks()) never reports a change. The
    // storage error's sentence if the file cannot be read.
    Result<qint64> dataVersion();

    // Whether the file this connection opened is no longer at path(): deleted, renamed or
    // moved away, or replaced by another file (SQLite's SQLITE_FCNTL_HAS_MOVED,
    // https://www.sqlite.org/c3ref/c_fcntl_begin_atomic_write.html: one stat of the path,
    // compared by inode). The connection still reads everything in it, so a copy can be
    // saved (Backup::save); nothing more can be saved to it: every commit on a read-write
    // connection is refused (a commit hook) with movedSentence(), as is Transaction's BEGIN.
    bool hasMoved() const;
    // "“PATH” was deleted or moved while FunnelDesk had it open; nothing more can be saved
    // to it." (issue 15: no typed input is lost; the window offers to save a copy), of
    // Error::Kind::Gone: the window routes on the kind, not on the words.
    Error movedSentence() const;
    // The same sentence for a file at `path` that another connection (a background job)
    // found gone when it came to open it.
    static Error movedSentence(const QString& path);

    // The one sentence that tells the user what went wrong with this file, with its kind:
    // Gone (movedSentence()), Busy (locked by another program), ReadOnly, Full; else Other.
    Error describe(const SqlError& error) const;

    // Runs `work` and turns a storage error into the Result's sentence.
    template <typename F>
    auto guard(F&& work) -> GuardResult<decltype(work())>;

    // SQLITE_BUSY timeout used when none is given: FUNNELDESK_BUSY_TIMEOUT_MS or 5 s.
    static int defaultBusyTimeoutMs();

private:
    Database(sqlite3* db, QString path, bool readOnly);

    sqlite3* m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    bool m_inReadOnlyFolder = false;
    bool m_withoutLocks = false;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
};

} // namespace fd

#include "storage/SqlError.h"

namespace fd {

template <typename F>
auto Database::guard(F&& work) -> GuardResult<decltype(work())>
{
    try {
        if constexpr (std::is_void_v<decltype(work())>) {
            work();
            return {};
        } else {
            return work();
        }
    } catch (const SqlError& error) {
        return failure(describe(error));
    }
}

} // namespace fd
