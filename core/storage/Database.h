#pragma once

#include "common/DatabaseOptions.h"
#include "common/Encryption.h"
#include "common/Location.h"
#include "common/Result.h"
#include "common/TeamRights.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace fd {

class Dialect;
class Location;
class Reconnection; // a backend's new connection, made by Database::reconnector()
class SqlError;

template <typename T> struct IsResult : std::false_type {
};
template <typename T> struct IsResult<tl::expected<T, Error>> : std::true_type {
};
// guard() of a function that already returns a Result keeps that Result.
template <typename R> using GuardResult = std::conditional_t<IsResult<R>::value, R, Result<R>>;

// An open FunnelDesk database of any backend (issue 16; plan docs/plans/step10-team-mode.md
// §3b): the interface every repository, Transaction and the bulk paths use. One connection,
// used from one thread at a time (a window's is opened on a worker thread and then handed to
// the window's). The backends: storage/sqlite/SqliteDatabase (a file) and
// storage/postgres/PgDatabase (a server). SQL is written in SQLite's dialect with `?`/`?N`
// parameters; what differs between backends comes from dialect(). Errors inside throw SqlError;
// guard() turns them into the Result's one sentence (describe()).
class Database {
    Q_DECLARE_TR_FUNCTIONS(fd::Database)

public:
    // The kinds, access and options of opening (common/DatabaseOptions.h, where the GUI and
    // the CLI name them without this header).
    using Backend = DatabaseBackend;
    using Access = DatabaseAccess;
    using Options = DatabaseOptions;

    // Opens what `where` names (common/Location.h): a file path opens an SQLite file exactly as
    // open(path, options) does; a PostgreSQL server is refused for now with one sentence that
    // says this FunnelDesk cannot open a server database yet (issue 16 is under way).
    static Result<std::unique_ptr<Database>> open(const Location& where, const Options& options);

    // Opens the SQLite file `path` (storage/sqlite/SqliteDatabase.h says how). Access::ReadWrite
    // refuses, before touching anything, a file this user may not write or whose folder they
    // may not write (SQLite writes its -wal and -shm files beside the file); Access::ReadOnly
    // also reads a file in a folder this user cannot write to, without locks when it must
    // (readsWithoutLocks()), or refuses it with the sentence that says to copy it. A file of an
    // older schema is upgraded first whenever this user may write it and its folder, by a
    // read-only open too (as a server's owner's open upgrades it, PgDatabase::open). The ReadWrite
    // refusals of a file or folder this user may not write are of Error::Kind::ReadOnly;
    // SQLite's own errors are worded and kinded by describe().
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path)
    {
        return open(path, Options{});
    }

    virtual ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    virtual Backend backend() const = 0;
    // The SQL that differs between backends (storage/Dialect.h).
    virtual const Dialect& dialect() const = 0;

    // The SQLite file's path as given to open(); empty for a server.
    const QString& path() const { return m_path; }
    // What was opened, to open it again (a background job's own connection): the file, or the
    // server with the password given when it was asked for (held in memory only).
    virtual Location location() const;
    // For people: the file's path, or user@host:port/database.
    QString display() const;
    bool isReadOnly() const { return m_readOnly; }
    // Read-only because this user may not write the file's folder (a colleague's file, a
    // read-only share, a mounted backup): copying the file elsewhere is what makes it
    // writable. Always false for a server.
    virtual bool isInReadOnlyFolder() const { return false; }
    // Opened with SQLite's immutable=1: it reads without locks, so a change someone else
    // saves meanwhile is not noticed (see open()). Always false for a server.
    virtual bool readsWithoutLocks() const { return false; }

    // The agent on whose behalf this connection writes (issue 17, "Who is working"): the
    // author of audit entries and of a row's last change. nullopt while nobody is known (a
    // SQLite file before "Me" is chosen; a script). Set by the application layer (Session):
    // on a server from the signed-in login's agent, on a file from the agent at the keyboard.
    virtual void setActingAgent(std::optional<qint64> agentId) { m_actingAgent = agentId; }
    std::optional<qint64> actingAgent() const { return m_actingAgent; }
    // What the signed-in login may do (common/TeamRights.h), as the server read it when the
    // connection opened: on a server the login, its agent and whether it has a manager's
    // rights; on a file everything (TeamRights{}).
    virtual TeamRights teamRights() const { return {}; }
    // Whether this connection to a server is encrypted, and how (common/Encryption.h); a file's
    // never is. Read from libpq each time: a reconnect may differ (sslmode=prefer).
    virtual Encryption encryption() const { return {}; }
    // Whether the audit log's triggers skip this connection's writes (storage/AuditSchema.h):
    // only while a bulk write runs that records itself as one entry (storage/AuditLog.h,
    // AuditPause). SQLite: read by the fd_audit_on() function; PostgreSQL: asked of the server
    // for each transaction, and only a manager's is granted (PgDatabase::setAuditPaused).
    // Throws SqlError if the server cannot be told.
    virtual void setAuditPaused(bool paused) { m_auditPaused = paused; }
    bool auditPaused() const { return m_auditPaused; }

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
    virtual void execute(const char* sql) = 0;
    qint64 scalar(std::string_view sql);
    // The id of the row the last INSERT on this connection made (SQLite's last rowid).
    virtual qint64 lastInsertId() const = 0;
    // Runs `insert`, a statement prepared from dialect().insertReturningId(…) and bound, resets
    // it, and gives the new row's id.
    virtual qint64 insertedId(Statement& insert) = 0;
    // How long a statement waits for another connection's lock before it fails.
    virtual void setBusyTimeout(int ms) = 0;
    // Makes the statement running on this connection stop with an error, from any thread:
    // how a background job is cancelled (its transaction then rolls back).
    virtual void interrupt() = 0;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    virtual qint64 changes() const = 0;
    // A change counter: a number, meaningless in itself, that differs from the last one read
    // when ANOTHER connection (another process, or a BackgroundTask's own connection) has
    // committed a change since; this connection's own commits may leave it as it was. Cheap.
    // SQLite: PRAGMA data_version (SqliteDatabase.h). The storage error's sentence if the
    // database cannot be read.
    virtual Result<qint64> dataVersion() = 0;
    // The connection's socket for watching notifications (PostgreSQL's LISTEN, Step 11); -1
    // for a backend that has none (SQLite). It changes with reconnect().
    virtual int socket() const { return -1; }

    // Live changes (issue 17, "Live"). On a server, every committed write to FunnelDesk's
    // tables sends one notification per transaction at its commit (001_initial.sql's
    // fd_changed: NOTIFY funneldesk; a rolled-back one sends none; a bulk load sends one at
    // its end, BulkSession::finish). listenForChanges() subscribes this connection (LISTEN
    // funneldesk; kept across reconnect()); takeNotifications() then reads what arrived
    // without waiting for the server (PQconsumeInput, PQnotifies) and gives how many
    // transactions of OTHER sessions committed since the last call (this session's own are
    // left out). Errors: the connection lost (Error::Kind::ConnectionLost), the server's
    // sentence. SQLite: nothing to subscribe to, always 0 (a file is watched by polling
    // dataVersion()).
    virtual Result<void> listenForChanges() { return {}; }
    virtual Result<int> takeNotifications() { return 0; }
    // Who shows which ticket (service/Presence.h): sendPresence tells every other session
    // listening on this database (schema) `message` at once, outside any transaction (NOTIFY
    // funneldesk_presence; nothing is stored); takePresence gives what others said that
    // takeNotifications read since the last call, oldest first, each with its sender and the
    // name the server vouches for (PresenceHeard). SQLite: nobody to tell or hear.
    struct PresenceHeard {
        QString sender;  // the sending session (its server process id)
        QString message; // as sent
        // Who sent it, as the server knows the sending session's login (issue 17 hostile pass:
        // any login may NOTIFY any text, so a rep could show "Also viewing" under a manager's
        // name): the name of the agent that signs in as that login, else the login itself.
        // Empty for a session of the database's owner, who acts as any agent it picks, so
        // the message's own name stands.
        QString vouched;
        bool gone = false; // the sending session had ended when this was read: it said so last
    };
    virtual Result<void> sendPresence(const QString& message)
    {
        (void)message;
        return {};
    }
    virtual std::vector<PresenceHeard> takePresence() { return {}; }
    // Opens the connection again after it was lost (issue 17: "reconnects by itself"), as it
    // was opened: the same Location (with the password asked for at sign-in, held in memory
    // only), access, busy timeout, LISTEN and acting agent; every cached statement is
    // dropped. The same errors as open(); the old connection stays in use until one
    // succeeds. SQLite: nothing to do. In two steps for a window, whose thread must not wait
    // on a server that does not answer: reconnector() gives the connecting, which holds
    // copies only (it may outlive this Database) and runs on any thread; adopt(), on this
    // connection's thread, puts what it made in place of the lost connection.
    using Reconnector = std::function<Result<std::shared_ptr<Reconnection>>()>;
    virtual Reconnector reconnector() const
    {
        return
            [] { return Result<std::shared_ptr<Reconnection>>(std::shared_ptr<Reconnection>()); };
    }
    virtual Result<void> adopt(const std::shared_ptr<Reconnection>& made)
    {
        (void)made;
        return {};
    }
    Result<void> reconnect();

    // Work the team needs done once at a time, not once per open window (issue 17, "Once per
    // team": the SLA sweep). tryLockJob takes the server's session-level advisory lock of
    // `job` for this database (pg_try_advisory_lock on two keys hashed from the database and
    // schema, and from `job`), without waiting: false while another session holds it.
    // unlockJob releases it (the lock also goes with the connection). SQLite: always true,
    // nothing held (a file's writers already take turns).
    virtual Result<bool> tryLockJob(std::string_view job)
    {
        (void)job;
        return true;
    }
    virtual void unlockJob(std::string_view job) noexcept { (void)job; }
    // The other session that holds `job`'s lock now (pg_locks: the advisory lock on tryLockJob's
    // keys, granted, not this session's; joined with pg_stat_activity). nullopt when none does,
    // and always on SQLite. Errors: the database's sentence.
    virtual Result<std::optional<JobHolder>> jobHolder(std::string_view job)
    {
        (void)job;
        return std::optional<JobHolder>();
    }

    // Transactions, for Transaction only (it nests savepoints with execute()).
    // Whether a transaction is open on this connection.
    virtual bool inTransaction() const = 0;
    // Begins a write transaction that holds the database's write lock from the start, or
    // throws SqlError (SQLite: a file no longer at its path is refused, movedSentence()).
    virtual void beginTransaction() = 0;
    // Commits the open transaction, or throws SqlError (and it stays open to roll back).
    virtual void commitTransaction() = 0;
    // Runs `sql` and ignores any error: for rolling back in a destructor, where the first
    // error is the one to report and nothing may escape.
    virtual void executeQuietly(const char* sql) noexcept = 0;

    // Whether the file this connection opened is no longer at path() (SQLite, see
    // SqliteDatabase.h); a server database is never gone this way. The connection still reads
    // everything in it, so a copy can be saved (Backup::save); every commit on a read-write
    // connection is refused with movedSentence(), as is Transaction's BEGIN.
    virtual bool hasMoved() const { return false; }
    // "“PATH” was deleted or moved while FunnelDesk had it open; nothing more can be saved
    // to it." (issue 15: no typed input is lost; the window offers to save a copy), of
    // Error::Kind::Gone: the window routes on the kind, not on the words.
    Error movedSentence() const;
    // The same sentence for a file at `path` that another connection (a background job)
    // found gone when it came to open it.
    static Error movedSentence(const QString& path);

    // The one sentence that tells the user what went wrong with this database, with its kind:
    // Gone (movedSentence()), Busy (locked by another program), ReadOnly, Full; else Other.
    virtual Error describe(const SqlError& error) const = 0;

    // Runs `work` and turns a storage error into the Result's sentence.
    template <typename F> auto guard(F&& work) -> GuardResult<decltype(work())>;

    // How long a statement waits for a lock when no timeout is given:
    // FUNNELDESK_BUSY_TIMEOUT_MS or 5 s.
    static int defaultBusyTimeoutMs() { return fd::defaultBusyTimeoutMs(); }

protected:
    Database(QString path, bool readOnly);
    // A new prepared statement for `sql` (query() caches it). Throws SqlError.
    virtual Statement prepare(std::string_view sql) = 0;
    // Finalises every cached statement: a backend calls it before it closes its connection.
    void dropStatements() { m_statements.clear(); }

private:
    QString m_path;
    bool m_readOnly = false;
    std::optional<qint64> m_actingAgent;
    bool m_auditPaused = false;
    std::unordered_map<std::string, Statement> m_statements;
};

} // namespace fd

#include "storage/SqlError.h"

namespace fd {

template <typename F> auto Database::guard(F&& work) -> GuardResult<decltype(work())>
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
