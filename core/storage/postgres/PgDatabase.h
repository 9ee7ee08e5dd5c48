#pragma once

#include "storage/Database.h"
#include "storage/postgres/PgConnection.h"

namespace fd {

// A FunnelDesk database on a PostgreSQL server: the PostgreSQL backend of Database (issue 16;
// plan docs/plans/step10-team-mode.md §2, §3b). One libpq connection (pg::Connection), whose
// current schema (the first of its search_path) holds FunnelDesk's tables as pg::Schema::init
// made them. Statements are prepared on the server (PgStatement); SQL differences come from
// PgDialect. path() is empty; display() names the server for people.
class PgDatabase final : public Database {
    Q_DECLARE_TR_FUNCTIONS(fd::PgDatabase)

public:
    // Connects to `where` (a server Location) and checks what its current schema holds, before
    // anything is written. Options::askPassword is asked when the server wants a password that
    // neither the Location nor libpq's PGPASSWORD and ~/.pgpass give. The session's TimeZone is
    // the team's (settings team.time_zone, pg::Schema R2), DateStyle ISO, lock_timeout
    // Options::busyTimeoutMs; Access::ReadOnly makes every transaction read-only
    // (default_transaction_read_only). Options::createIfMissing and createFolder do not apply:
    // a server's database is created by its administrator and filled by init (pg::Schema).
    // Errors, one sentence each, never holding the password: pg::Connection::open's (server
    // down, no answer in time, wrong or missing password, no such role or database, no right
    // to connect, too many connections); the schema holds no FunnelDesk tables yet (init
    // makes them); it holds tables that are not FunnelDesk's; its FunnelDesk schema is newer
    // than this FunnelDesk (Schema::kVersion); it is older and this open may not upgrade it
    // (pg::Schema::upgrade, which any open by its owner runs first, a read-only one too, waiting
    // no longer than Options::busyTimeoutMs for a lock; its refusal or failure is said, Busy
    // when it waited too long); the user may not read FunnelDesk's tables; with
    // Access::ReadWrite, the user may only read them (Error::Kind::ReadOnly).
    static Result<std::unique_ptr<Database>> open(const Location& where, const Options& options);

    ~PgDatabase() override;

    // The connection under `db`, or null when `db` is of another backend: for PostgreSQL-only
    // code in storage/postgres (COPY, bulk loads, tests), nothing else.
    static pg::Connection* connectionOf(Database& db);
    pg::Connection& connection() { return m_conn; }
    // The server as given, with the password asked for when there was one.
    Location location() const override { return m_where; }

    Backend backend() const override { return Backend::Postgres; }
    // Also the session's funneldesk.agent, which the audit triggers read
    // (migrations/005_audit.sql); a new connection must be told again. The audit log's pause is
    // the server's for one transaction at a time (010_audit_hold.sql's fd_audit_pause, which
    // pauses nothing for a rep): asked for now inside a transaction, else at each BEGIN while
    // paused; a bare funneldesk.audit_paused is not honoured. A paused transaction (a bulk
    // write) also has no idle-in-transaction timeout (015_team_stall.sql gives team logins one).
    void setActingAgent(std::optional<qint64> agentId) override;
    void setAuditPaused(bool paused) override;
    const Dialect& dialect() const override;

    // Runs `sql`, one or more statements without parameters (PQexec).
    void execute(const char* sql) override;
    // The id of the row the last INSERT on this session made, given or picked (the
    // fd.last_id the id triggers of 001_initial.sql keep); 0 when it has made none.
    qint64 lastInsertId() const override;
    // `insert` ends in RETURNING id (dialect().insertReturningId()): the id of its row.
    qint64 insertedId(Statement& insert) override;
    // SET lock_timeout: how long a statement waits for a row or table lock another
    // connection holds (0 waits 1 ms: SQLite's 0 does not wait at all).
    void setBusyTimeout(int ms) override;
    // Asks the server to stop the running statement (PQcancel; safe from any thread): it fails
    // with SQLSTATE 57014 and its transaction rolls back.
    void interrupt() override;
    qint64 changes() const override { return m_changes; }
    // The fd_change sequence's last_value: every committed write statement on any connection
    // bumps it, this connection's own included (001_initial.sql's change triggers).
    Result<qint64> dataVersion() override;
    int socket() const override { return m_conn.socket(); }
    // The login, its agent and whether it has a manager's rights, read when it opened
    // (pg::Team::rights, migrations/003_team.sql).
    TeamRights teamRights() const override { return m_rights; }
    Encryption encryption() const override { return m_conn.encryption(); }
    // LISTEN funneldesk; NOTIFYs of other sessions read without waiting (Database.h).
    Status listenForChanges() override;
    Result<int> takeNotifications() override;
    // pg_notify('funneldesk_presence', schema|message): heard only in this schema.
    Status sendPresence(const QString& message) override;
    std::vector<PresenceHeard> takePresence() override;
    // A new libpq connection made as open() made this one (no password asked: the one given
    // then is in location()), then put in place of the lost one; see Database::reconnect.
    Reconnector reconnector() const override;
    Status adopt(const std::shared_ptr<Reconnection>& made) override;
    // pg_try_advisory_lock / pg_advisory_unlock (Database::tryLockJob).
    Result<bool> tryLockJob(std::string_view job) override;
    void unlockJob(std::string_view job) noexcept override;
    Result<std::optional<JobHolder>> jobHolder(std::string_view job) override;

    // Open, or failed and waiting for its rollback (libpq's PQTRANS_INTRANS / INERROR).
    bool inTransaction() const override;
    // BEGIN (READ COMMITTED). PostgreSQL takes row locks as rows are written, not one lock for
    // the database as SQLite's BEGIN IMMEDIATE: writers that must not interleave lock what they
    // read (Step 11).
    void beginTransaction() override;
    // COMMIT; a transaction in which a statement failed is rolled back by the server instead,
    // which throws SqlError here (SQLSTATE 25P02) rather than reporting a commit.
    void commitTransaction() override;
    void executeQuietly(const char* sql) noexcept override;

    // The server's sentence (pg::Connection's wording), of kind ReadOnly for a read-only
    // transaction (25006); NoRight for a right the login's role lacks (42501: a rep's GRANTs,
    // or 003_team.sql's pin trigger), in FunnelDesk's sentence naming the login; Full for a full
    // disk or out of memory (53100, 53200); else Other. Busy, in FunnelDesk's own sentence naming
    // the server: a lock that did not come within the busy timeout (55P03, lock_timeout), a
    // deadlock or a serialization failure (40P01, 40001).
    Error describe(const SqlError& error) const override;

    // For PgStatement: the rows the last INSERT, UPDATE or DELETE touched.
    void noteChanges(pg_result* result); // the rows a command touched (PQcmdTuples), for changes()
    QByteArray nextStatementName() { return "fd_" + QByteArray::number(++m_statementCount); }
    // Throws the SqlError of a failed libpq call (`result` may be null), with `sql`.
    [[noreturn]] void fail(const pg_result* result, const QByteArray& sql) const;

protected:
    Statement prepare(std::string_view sql) override;

private:
    PgDatabase(pg::Connection conn, Location where, bool readOnly);
    Error noRight(const SqlError& error) const;
    // 017_kept.sql's refusal (SQLSTATE FDK01) in the client's words, naming the column.
    Error keptColumn(const SqlError& error) const;
    // 019_check.sql's refusal (SQLSTATE FDL06) of deleting an agent whose login still holds the
    // team's rights, in the client's words, naming the agent and its login.
    Error agentLoginHeld(const SqlError& error) const;
    static Result<pg::Connection> connectChecked(const Location& where, const Options& options,
                                                 std::optional<QString>* asked);

    pg::Connection m_conn;
    Location m_where;
    TeamRights m_rights;
    qint64 m_changes = 0;
    int m_statementCount = 0;
    int m_busyTimeoutMs = 0;  // as last set, for reconnect()
    bool m_listening = false; // LISTEN funneldesk, again after reconnect()
    // quote_ident(current_schema()) when it began listening: presence is per schema, and a
    // quoted name ends where its closing quote does, so "a" and "a|b" are not mistaken.
    QString m_schema;
    std::vector<std::pair<int, QString>>
        m_presence; // heard, not taken yet: (sender's pid, message)
};

} // namespace fd
