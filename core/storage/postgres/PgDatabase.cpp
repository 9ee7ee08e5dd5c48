#include "storage/postgres/PgDatabase.h"

#include "common/FrontEndHints.h"
#include "common/Quoted.h"

#include "storage/postgres/PgDialect.h"
#include "storage/postgres/PgSchema.h"
#include "storage/postgres/PgStatement.h"
#include "storage/postgres/PgTeam.h"

#include <libpq-fe.h>

#include <map>
#include <optional>
#include <utility>

namespace fd {

// What PgDatabase::reconnector() makes: a connection readied as open() readies one.
class Reconnection {
public:
    std::optional<pg::Connection> conn;
};

namespace {

// Two int4 keys: the database and schema, then the job, so that two FunnelDesk databases on
// one server (or two schemas of one database) never share a job's lock.
constexpr const char* kJobKeyDatabase = "hashtext(current_database() || '.' || current_schema())";
constexpr const char* kJobKeyJob = "hashtext($1)";

QByteArray jobKeys()
{
    return QByteArray(kJobKeyDatabase) + ", " + kJobKeyJob;
}

// The other session holding the job's lock. pg_locks names a two-key advisory lock by classid
// (the first key, as an oid), objid (the second) and objsubid 2
// (https://www.postgresql.org/docs/15/view-pg-locks.html).
QByteArray jobHolderSql()
{
    return QByteArray(
               "SELECT l.pid, coalesce(a.usename, ''), coalesce(a.application_name, ''), "
               "extract(epoch FROM a.backend_start)::bigint FROM pg_locks l "
               "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND "
               "l.granted "
               "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
               "AND l.classid = (") +
           kJobKeyDatabase + ")::oid AND l.objid = (" + kJobKeyJob +
           ")::oid AND l.objsubid = 2 AND l.pid <> pg_backend_pid() ORDER BY a.backend_start LIMIT "
           "1";
}

// A libpq failure in the client's error channel: a lost connection keeps its kind, which the
// window's reconnect and the CLI's sentence look for.
Error errorOf(const pg::Error& error)
{
    return Error(error.sentence,
                 error.connectionLost ? Error::Kind::ConnectionLost : Error::Kind::Other);
}

// Refuses, before anything is written, a schema that is not a FunnelDesk database this build
// can use, and upgrades an older one (pg::Schema::upgrade); the sentence names the database as
// people know it (user@host:port/database).
Status checkSchema(pg::Connection& conn, const Database::Options& options)
{
    const Result<pg::Schema::State> state = pg::Schema::inspect(conn);
    if (!state)
        return failure(state.error());
    const QString where = conn.display();
    if (state->schema.isEmpty()) {
        return failure(
            PgDatabase::tr(
                "The search_path of %1 names no schema that exists and that this user may "
                "use; name FunnelDesk's schema in the connection (options=-csearch_path=…).")
                .arg(where));
    }
    switch (state->kind) {
    case pg::Schema::State::Kind::Empty:
        return failure(
            PgDatabase::tr(
                "Schema %1 of %2 holds no FunnelDesk tables yet; create them there first "
                "(FunnelDesk's init), or copy a FunnelDesk file into it (migrate).")
                .arg(quoted(state->schema), where));
    case pg::Schema::State::Kind::NotFunnelDesk:
        return failure(
            PgDatabase::tr(
                "Schema %1 of %2 holds tables that are not FunnelDesk's; FunnelDesk uses a "
                "schema of its own. Name another database or schema.")
                .arg(quoted(state->schema), where));
    case pg::Schema::State::Kind::FunnelDesk:
        break;
    }
    if (state->version > pg::Schema::kVersion) {
        return failure(
            PgDatabase::tr(
                "%1 holds FunnelDesk data of a newer version (schema %2; this FunnelDesk "
                "reads up to %3); open it with a newer FunnelDesk.")
                .arg(where)
                .arg(state->version)
                .arg(pg::Schema::kVersion));
    }
    // An older schema is upgraded here, as an SQLite file is on open, or refused in one sentence;
    // a read-only open too, before its session is made read-only (connectChecked).
    if (state->version < pg::Schema::kVersion)
        return pg::Schema::upgrade(conn, options.busyTimeoutMs);
    return {};
}

// Whether this user may read, and write, FunnelDesk's tables (the ticket table stands for all:
// pg::Schema::init grants nothing per table yet, and Step 11's roles grant them together).
Status checkRights(pg::Connection& conn, Database::Access access)
{
    const pg::Outcome<pg::Rows> rights =
        conn.exec("SELECT has_table_privilege('ticket', 'SELECT'), "
                  "has_table_privilege('ticket', 'INSERT'), current_user");
    if (!rights)
        return failure(rights.error().sentence);
    const QString user = quoted(rights->text(0, 2));
    if (rights->int64(0, 0) == 0)
        return failure(pg::Schema::noRightToRead(rights->text(0, 2), conn.display()));
    if (access == Database::Access::ReadWrite && rights->int64(0, 1) == 0) {
        return failure(
            Error(PgDatabase::tr(
                      "User %1 may read FunnelDesk's tables in %2 but not change them; open it "
                      "read-only, or ask the database's administrator for the right to write.")
                      .arg(user, conn.display()),
                  Error::Kind::ReadOnly));
    }
    return {};
}

} // namespace

PgDatabase::PgDatabase(pg::Connection conn, Location where, bool readOnly)
    : Database(QString(), readOnly), m_conn(std::move(conn)), m_where(std::move(where))
{
}

PgDatabase::~PgDatabase()
{
    dropStatements();
}

// Connects to `where` and readies the session as open() says (schema, rights, the team's
// TimeZone, read-only); `asked` gets the password asked for, if one was.
Result<pg::Connection> PgDatabase::connectChecked(const Location& where, const Options& options,
                                                  std::optional<QString>* asked)
{
    pg::ConnectOptions connect;
    if (options.askPassword && asked) {
        connect.askPassword = [&](const QString& display) {
            *asked = options.askPassword(display);
            return *asked;
        };
    }
    connect.timeZone = QStringLiteral("UTC"); // until the team's zone is read below
    Result<pg::Connection> opened = pg::Connection::open(where, connect);
    if (!opened)
        return failure(opened.error());
    pg::Connection conn = std::move(*opened);
    if (Status schema = checkSchema(conn, options); !schema)
        return failure(schema.error());
    if (Status rights = checkRights(conn, options.access); !rights)
        return failure(rights.error());
    const Result<QString> zone = pg::Schema::teamTimeZone(conn);
    if (!zone)
        return failure(zone.error());
    if (!zone->isEmpty()) {
        if (auto set = conn.exec("SELECT set_config('TimeZone', $1, false)", {*zone}); !set)
            return failure(set.error().sentence);
    }
    if (options.access == Access::ReadOnly) {
        if (auto set = conn.exec("SET default_transaction_read_only = on"); !set)
            return failure(set.error().sentence);
    }
    return conn;
}

Result<std::unique_ptr<Database>> PgDatabase::open(const Location& where, const Options& options)
{
    std::optional<QString>
        asked; // kept with the Location, so a job's connection needs no second ask
    Result<pg::Connection> conn = connectChecked(where, options, &asked);
    if (!conn)
        return failure(conn.error());
    Result<TeamRights> rights = pg::Team::rights(*conn);
    if (!rights)
        return failure(rights.error());
    const Location reopen = asked && !asked->isEmpty() ? where.withPassword(*asked) : where;
    std::unique_ptr<PgDatabase> db(
        new PgDatabase(std::move(*conn), reopen, options.access == Access::ReadOnly));
    db->m_rights = std::move(*rights);
    Result<void> timeout = db->guard([&] { db->setBusyTimeout(options.busyTimeoutMs); });
    if (!timeout)
        return failure(timeout.error());
    return std::unique_ptr<Database>(std::move(db));
}

Database::Reconnector PgDatabase::reconnector() const
{
    Options options;
    options.access = isReadOnly() ? Access::ReadOnly : Access::ReadWrite;
    return [where = m_where, options]() -> Result<std::shared_ptr<Reconnection>> {
        Result<pg::Connection> conn = connectChecked(where, options, nullptr);
        if (!conn)
            return failure(conn.error());
        return std::make_shared<Reconnection>(Reconnection{std::move(*conn)});
    };
}

Status PgDatabase::adopt(const std::shared_ptr<Reconnection>& made)
{
    if (!made || !made->conn)
        return {};
    dropStatements(); // prepared on the old session: gone with it
    m_conn = std::move(*made->conn);
    made->conn.reset();
    m_changes = 0;
    return guard([&] {
        setBusyTimeout(m_busyTimeoutMs);
        if (m_listening)
            execute("LISTEN funneldesk; LISTEN funneldesk_presence");
        setActingAgent(actingAgent()); // whatever the backend keeps of it in the session
    });
}

Status PgDatabase::listenForChanges()
{
    return guard([&] {
        execute("LISTEN funneldesk; LISTEN funneldesk_presence");
        const pg::Outcome<pg::Rows> schema = m_conn.exec("SELECT quote_ident(current_schema())");
        m_schema = schema && schema->count() == 1 ? schema->text(0, 0) : QString();
        m_listening = true;
    });
}

Result<int> PgDatabase::takeNotifications()
{
    PGconn* conn = m_conn.native();
    if (PQconsumeInput(conn) == 0 || PQstatus(conn) != CONNECTION_OK) {
        return failure(errorOf(m_conn.failureOf(nullptr)));
    }
    // A notification is only a hint to read the database again, never a fact: any login may
    // NOTIFY on any channel (that cannot be revoked; 006_guard.sql), so a rep's forged NOTIFY
    // funneldesk costs a re-read and changes nothing shown. Its payload is never read.
    // Presence messages are such claims too: they say only who is looking, and are never stored.
    const int self = PQbackendPID(conn);
    const QString mine = m_schema + QLatin1Char('|');
    int others = 0;
    while (PGnotify* notice = PQnotifies(conn)) {
        if (notice->be_pid != self) {
            if (qstrcmp(notice->relname, "funneldesk_presence") != 0) {
                ++others;
            } else if (const QString text = QString::fromUtf8(notice->extra);
                       text.startsWith(mine)) {
                m_presence.emplace_back(notice->be_pid, text.mid(mine.size()));
            }
        }
        PQfreemem(notice);
    }
    return others;
}

Status PgDatabase::sendPresence(const QString& message)
{
    const pg::Outcome<pg::Rows> sent = m_conn.exec(
        "SELECT pg_notify('funneldesk_presence', quote_ident(current_schema()) || '|' || $1)",
        {message});
    if (!sent)
        return failure(errorOf(sent.error()));
    return {};
}

std::vector<Database::PresenceHeard> PgDatabase::takePresence()
{
    const std::vector<std::pair<int, QString>> heard = std::exchange(m_presence, {});
    if (heard.empty())
        return {};
    // Each sender's login as the server knows it (pg_stat_activity shows every session's pid
    // and user to every login), the agent that signs in as it, and whether it is the owner's.
    QStringList pids;
    for (const auto& [pid, message] : heard)
        pids << QString::number(pid);
    const pg::Outcome<pg::Rows> who = m_conn.exec(
        "SELECT a.pid, a.usename, ag.name, pg_has_role(a.usename, c.relowner, 'MEMBER') "
        "FROM pg_stat_activity a JOIN pg_class c ON c.oid = 'fd_meta'::regclass "
        "LEFT JOIN agent ag ON ag.login = a.usename WHERE a.pid = ANY($1::int[])",
        {QString(QLatin1Char('{') + pids.join(QLatin1Char(',')) + QLatin1Char('}'))});
    std::map<int, std::optional<QString>> vouched; // by pid; nullopt: the owner's session
    if (who) {
        for (int row = 0; row < who->count(); ++row) {
            const QString agent = who->text(row, 2);
            vouched[static_cast<int>(who->int64(row, 0))] =
                who->int64(row, 3) == 1
                    ? std::optional<QString>()
                    : std::optional<QString>(agent.isEmpty() ? who->text(row, 1) : agent);
        }
    }
    std::vector<PresenceHeard> out;
    out.reserve(heard.size());
    for (const auto& [pid, message] : heard) {
        PresenceHeard said{QString::number(pid), message, {}, false};
        if (const auto found = vouched.find(pid); found == vouched.end())
            said.gone = true; // or unreadable (the connection failed): believed only in a leave
        else if (found->second)
            said.vouched = *found->second;
        out.push_back(std::move(said));
    }
    return out;
}

Result<bool> PgDatabase::tryLockJob(std::string_view job)
{
    const QString name = QString::fromUtf8(job.data(), static_cast<qsizetype>(job.size()));
    const pg::Outcome<pg::Rows> taken =
        m_conn.exec("SELECT pg_try_advisory_lock(" + jobKeys() + ")", {name});
    if (!taken)
        return failure(errorOf(taken.error()));
    return taken->int64(0, 0) == 1;
}

void PgDatabase::unlockJob(std::string_view job) noexcept
{
    const QString name = QString::fromUtf8(job.data(), static_cast<qsizetype>(job.size()));
    (void)m_conn.exec("SELECT pg_advisory_unlock(" + jobKeys() + ")", {name});
}

Result<std::optional<JobHolder>> PgDatabase::jobHolder(std::string_view job)
{
    const QString name = QString::fromUtf8(job.data(), static_cast<qsizetype>(job.size()));
    const pg::Outcome<pg::Rows> held = m_conn.exec(jobHolderSql(), {name});
    if (!held)
        return failure(errorOf(held.error()));
    if (held->count() == 0)
        return std::optional<JobHolder>();
    JobHolder holder{held->int64(0, 0), held->text(0, 1), held->text(0, 2), std::nullopt};
    if (!held->isNull(0, 3))
        holder.connectedAt = held->int64(0, 3);
    return std::optional<JobHolder>(holder);
}

pg::Connection* PgDatabase::connectionOf(Database& db)
{
    auto* pg = dynamic_cast<PgDatabase*>(&db);
    return pg ? &pg->m_conn : nullptr;
}

const Dialect& PgDatabase::dialect() const
{
    return PgDialect::instance();
}

Statement PgDatabase::prepare(std::string_view sql)
{
    return Statement(std::make_unique<PgStatement>(*this, sql));
}

void PgDatabase::fail(const pg_result* result, const QByteArray& sql) const
{
    const pg::Error error = m_conn.failureOf(result);
    throw SqlError(error.connectionLost ? 1 : 0, error.sentence, sql, error.sqlState);
}

void PgDatabase::execute(const char* sql)
{
    PGresult* result = m_conn.run(sql);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const pg::Error error = m_conn.failureOf(result);
        PQclear(result);
        throw SqlError(error.connectionLost ? 1 : 0, error.sentence, QByteArray(sql),
                       error.sqlState);
    }
    noteChanges(result);
    PQclear(result);
}

void PgDatabase::noteChanges(pg_result* result)
{
    const char* touched = PQcmdTuples(result);
    if (touched && *touched)
        m_changes = QByteArray(touched).toLongLong();
}

qint64 PgDatabase::lastInsertId() const
{
    PGresult* result = m_conn.run("SELECT current_setting('fd.last_id', true)");
    qint64 id = 0;
    if (result && PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1)
        id = QByteArray(PQgetvalue(result, 0, 0)).toLongLong();
    PQclear(result);
    return id;
}

qint64 PgDatabase::insertedId(Statement& insert)
{
    const qint64 id = insert.step() ? insert.int64(0) : 0;
    insert.reset();
    return id;
}

void PgDatabase::setActingAgent(std::optional<qint64> agentId)
{
    Database::setActingAgent(agentId);
    // Quietly: a lost connection says so at the next statement. The id is a bound parameter, as
    // every value is (issue 19, Security); "" when nobody is known.
    (void)m_conn.exec("SELECT set_config('funneldesk.agent', $1, false)",
                      {agentId ? pg::Value(*agentId) : pg::Value("")});
}

// A bulk write's transaction (import, generate, migrate, a recompute: the audit log's pause):
// the server's pause, and no idle-in-transaction timeout for the rest of it. The team's logins
// have one (migrations/015_team_stall.sql); a bulk write may read its file or source database
// for long between two statements, and must not be ended for that.
constexpr const char* kBulkPause =
    "SELECT fd_audit_pause(true), set_config('idle_in_transaction_session_timeout', '0', true)";

void PgDatabase::setAuditPaused(bool paused)
{
    Database::setAuditPaused(paused);
    if (!inTransaction())
        return; // the next transaction's BEGIN asks for the pause
    if (paused)
        execute(kBulkPause);
    else // from a destructor, maybe after a failure: an aborted transaction ends the pause itself
        executeQuietly("SELECT fd_audit_pause(false)");
}

void PgDatabase::setBusyTimeout(int ms)
{
    m_busyTimeoutMs = ms;
    const QByteArray sql = "SET lock_timeout = " + QByteArray::number(std::max(ms, 1));
    execute(sql.constData());
}

void PgDatabase::interrupt()
{
    m_conn.cancel();
}

Result<qint64> PgDatabase::dataVersion()
{
    return guard([&] { return scalar("SELECT last_value FROM fd_change"); });
}

bool PgDatabase::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_conn.native());
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

void PgDatabase::beginTransaction()
{
    execute("BEGIN");
    // The server's pause holds for one transaction (migrations/010_audit_hold.sql).
    if (auditPaused())
        execute(kBulkPause);
}

void PgDatabase::commitTransaction()
{
    if (PQtransactionStatus(m_conn.native()) == PQTRANS_INERROR) {
        throw SqlError(0,
                       tr("A statement failed inside this change on %1, so the server rolled all "
                          "of it back; nothing "
                          "of it was saved.")
                           .arg(display()),
                       "COMMIT", "25P02");
    }
    execute("COMMIT");
}

void PgDatabase::executeQuietly(const char* sql) noexcept
{
    PQclear(m_conn.run(sql));
}

Error PgDatabase::noRight(const SqlError& error) const
{
    // The pin trigger's own sentence says what was refused; the server's "permission denied
    // for table settings" is put in FunnelDesk's words.
    const QString& said = error.message();
    const qsizetype colon = said.indexOf(QLatin1String(": "));
    const QString server =
        colon < 0 ? said : said.mid(colon + 2).section(QLatin1String(" (SQLSTATE"), 0, 0);
    if (!server.startsWith(QLatin1String("permission denied")))
        return {server.endsWith(QLatin1Char('.')) ? server : server + QLatin1Char('.'),
                Error::Kind::NoRight};
    if (m_rights.manager) {
        return {tr("%1 may not make this change on %2 (the server said: %3).")
                    .arg(quoted(m_rights.login), display(), server),
                Error::Kind::NoRight};
    }
    // A login the server lets in but FunnelDesk never added (a reviewer's role with SELECT
    // only, refused by `check`, was called "a rep" asked to make a change).
    if (!m_rights.member) {
        return {tr("%1 is not on the team of %2, neither a rep nor a manager, so it may not do "
                   "this (the server said: %3); the database's owner adds logins with “team add”.")
                    .arg(quoted(m_rights.login), display(), server),
                Error::Kind::NoRight};
    }
    return {tr("%1, a rep, may not make this change on %2 (the server said: %3); it needs a "
               "manager's rights.")
                .arg(quoted(m_rights.login), display(), server),
            Error::Kind::NoRight};
}

Error PgDatabase::keptColumn(const SqlError& error) const
{
    // The trigger's sentence: "FunnelDesk keeps ticket.first_response_at itself (…); …".
    const QString& said = error.message();
    const qsizetype from = said.indexOf(QLatin1String("keeps "));
    const qsizetype to = from < 0 ? -1 : said.indexOf(QLatin1String(" itself"), from);
    const QString what = to < 0 ? QStringLiteral("?") : said.mid(from + 6, to - from - 6);
    return {tr("FunnelDesk keeps %1 itself, from the replies, the status changes, the stage moves "
               "and the SLA "
               "targets; %2, a rep, may not change it directly on %3 (nothing was changed).")
                .arg(what, quoted(m_rights.login), display()),
            Error::Kind::NoRight};
}

Error PgDatabase::agentLoginHeld(const SqlError& error) const
{
    // The trigger's sentence: "The agent NAME signs in as LOGIN, which still holds the team's
    // rights here; …". Should a name hold those very words, the server's sentence is shown.
    const QString& said = error.message();
    const QLatin1String agentAt("The agent "), loginAt(" signs in as "),
        endAt(", which still holds");
    const qsizetype agent = said.indexOf(agentAt);
    const qsizetype login = agent < 0 ? -1 : said.indexOf(loginAt, agent + agentAt.size());
    const qsizetype end = login < 0 ? -1 : said.indexOf(endAt, login + loginAt.size());
    if (end < 0 || said.indexOf(loginAt, login + loginAt.size()) >= 0)
        return noRight(error);
    const QString name = said.mid(agent + agentAt.size(), login - agent - agentAt.size());
    const QString role = said.mid(login + loginAt.size(), end - login - loginAt.size());
    return {tr("The agent %1 signs in as %2, which still holds the team's rights on %3; disable "
               "that login first%4, or ask the database's owner to delete the agent (nothing was "
               "changed).")
                .arg(quoted(name), quoted(role), display(),
                     hints::clause(hints::Hint::DisableLogin, {role})),
            Error::Kind::NoRight};
}

Error PgDatabase::describe(const SqlError& error) const
{
    if (error.isRefusal())
        return error.message();
    const QByteArray& state = error.sqlState();
    if (state ==
        "55P03") { // lock_timeout (the busy timeout): another session holds what this needs
        return {tr("The data this needs on the PostgreSQL server at %1 is held by another session; "
                   "try again in a "
                   "moment (nothing was changed).")
                    .arg(display()),
                Error::Kind::Busy};
    }
    if (state == "40P01" || state == "40001") { // a deadlock, or a serialization failure
        return {tr("Another session changed the same data on the PostgreSQL server at %1 at the "
                   "same moment; try "
                   "again (nothing was changed).")
                    .arg(display()),
                Error::Kind::Busy};
    }
    if (state == "42501") // a right the login's role lacks (003_team.sql)
        return noRight(error);
    // the delete of an agent whose login keeps the team's rights, by another than the owner
    if (state == "FDL06") // (migrations/019_check.sql)
        return agentLoginHeld(error);
    if (state ==
        "FDK01") // a column FunnelDesk derives, written by a rep directly (migrations/017_kept.sql)
        return keptColumn(error);
    Error::Kind kind = Error::Kind::Other;
    if (state == "25006")
        kind = Error::Kind::ReadOnly;
    else if (state == "53100" || state == "53200")
        kind = Error::Kind::Full;
    else if (error.nativeCode() == 1) // fail(): the connection was lost (pg::Error::connectionLost)
        kind = Error::Kind::ConnectionLost;
    return {error.message(), kind};
}

} // namespace fd
