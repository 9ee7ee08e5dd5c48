#include "storage/postgres/PgConnection.h"

#include "common/Quoted.h"
#include "common/WaitHook.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimeZone>

#include <libpq-fe.h>

#include <algorithm>
#include <cerrno>
#include <vector>

#include <poll.h>

namespace fd::pg {

namespace {

// The server's notices and warnings ("terminating connection due to immediate shutdown
// command", a NOTICE of a migration): libpq prints them on stderr by default, a second line
// beside FunnelDesk's one sentence. They go to this category, off unless asked for
// (QT_LOGGING_RULES="funneldesk.pg.notice.debug=true").
Q_LOGGING_CATEGORY(lcNotice, "funneldesk.pg.notice", QtWarningMsg)

void noticed(void*, const char* message)
{
    qCDebug(lcNotice, "%s", message);
}

using Refusal = fd::Error; // core's error with its kind; pg::Error is a failed statement's

// The server as a person knows it (Location::serverName, as in the title bar); a socket's
// folder is quoted in sentences.
QString serverName(const PGconn* conn, bool quote = true)
{
    const QString host = QString::fromUtf8(PQhost(conn));
    const QString name = Location::serverName(host, QString::fromUtf8(PQport(conn)));
    const bool socket = host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@'));
    return quote && socket ? quoted(name) : name;
}

// libpq's message for a failed connection, in the verbose form (set before the server could
// answer), e.g. `connection to server at "h", port 5432 failed: FATAL:  28P01: password …`.
// The server's SQLSTATE is the first "XXXXX:" after a severity; libpq's own failures
// (refused, unknown host) have none. A SQLSTATE always holds a digit ("FATAL" does not).
struct ConnectFailure {
    QString sqlState;
    QString message; // the server's words, or libpq's reason
};

ConnectFailure readFailure(const PGconn* conn)
{
    const QString text = QString::fromUtf8(PQerrorMessage(conn));
    static const QRegularExpression withState(
        QStringLiteral(R"(:\s+(?=[0-9A-Z]{0,4}[0-9])([0-9A-Z]{5}):\s+([^\n]*))"));
    const QRegularExpressionMatch match = withState.match(text);
    if (match.hasMatch())
        return {match.captured(1), match.captured(2).trimmed()};
    QString first = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    const qsizetype failed = first.lastIndexOf(QLatin1String("failed: "));
    if (failed >= 0)
        first = first.mid(failed + 8);
    return {{}, first};
}

// The sslmode libpq used for `conn`: the Location's, else PGSSLMODE, else libpq's "prefer".
QString sslModeOf(PGconn* conn)
{
    QString mode;
    PQconninfoOption* options = PQconninfo(conn);
    for (const PQconninfoOption* o = options; o && o->keyword; ++o) {
        if (qstrcmp(o->keyword, "sslmode") == 0 && o->val)
            mode = QString::fromUtf8(o->val);
    }
    PQconninfoFree(options);
    return mode;
}

QString withoutFullStop(QString text)
{
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

// ---------------------------------------------------------------------------------------------

Rows::Rows(pg_result* result) : m_result(result)
{
}

void Rows::Free::operator()(pg_result* result) const
{
    PQclear(result);
}

int Rows::count() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

int Rows::columns() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

bool Rows::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result.get(), row, column) != 0;
}

QString Rows::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column),
                             PQgetlength(m_result.get(), row, column));
}

qint64 Rows::int64(int row, int column) const
{
    if (isNull(row, column))
        return 0;
    const char* value = PQgetvalue(m_result.get(), row, column);
    if (qstrcmp(value, "t") == 0)
        return 1;
    if (qstrcmp(value, "f") == 0)
        return 0;
    return QByteArray(value).toLongLong();
}

qint64 Rows::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result.get())).toLongLong() : 0;
}

// ---------------------------------------------------------------------------------------------

void Connection::Finish::operator()(pg_conn* conn) const
{
    PQfinish(conn);
}

void Connection::Finish::operator()(pg_cancel* cancel) const
{
    PQfreeCancel(cancel);
}

Connection::Connection(pg_conn* conn) : m_conn(conn)
{
}
Connection::Connection(Connection&&) noexcept = default;
Connection& Connection::operator=(Connection&&) noexcept = default;
Connection::~Connection() = default;

namespace {

struct Attempt {
    PGconn* conn = nullptr; // owned by the caller
    bool timedOut = false;
};

// One connection attempt through libpq's non-blocking API, so that the whole attempt (every
// host of a list) has one deadline and the error verbosity is set before the server answers.
Attempt attempt(const Location& where, const QString& password, int timeoutSeconds)
{
    std::vector<QByteArray> keys;
    std::vector<QByteArray> values;
    // TCP keepalives that notice a server gone without a word (a pulled cable, a host that
    // froze) within about a minute of silence: 30 s idle, then 3 probes 10 s apart; the
    // system's default waits two hours before its first probe. libpq takes the last value
    // of a key, so a keepalives_* option of the Location, given below, wins. Ignored on a
    // Unix socket. (libpq's "Parameter Key Words": keepalives_idle, _interval, _count.)
    for (const auto& [key, value] :
         {std::pair{"keepalives_idle", "30"}, std::pair{"keepalives_interval", "10"},
          std::pair{"keepalives_count", "3"}}) {
        keys.emplace_back(key);
        values.emplace_back(value);
    }
    for (const Location::Option& o : where.options()) {
        if (o.first != QLatin1String("client_encoding") &&
            o.first != QLatin1String("fallback_application_name")) {
            keys.push_back(o.first.toUtf8());
            values.push_back(o.second.toUtf8());
        }
    }
    keys.emplace_back("client_encoding"); // FunnelDesk reads and writes UTF-8
    values.emplace_back("UTF8");
    keys.emplace_back("fallback_application_name"); // application_name or PGAPPNAME win
    values.emplace_back("FunnelDesk");
    if (!password.isEmpty()) {
        keys.emplace_back("password");
        values.push_back(password.toUtf8());
    }
    std::vector<const char*> keyPointers;
    std::vector<const char*> valuePointers;
    for (size_t i = 0; i < keys.size(); ++i) {
        keyPointers.push_back(keys[i].constData());
        valuePointers.push_back(values[i].constData());
    }
    keyPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);

    Attempt result;
    result.conn = PQconnectStartParams(keyPointers.data(), valuePointers.data(), 0);
    if (!result.conn)
        return result;
    PQsetErrorVerbosity(result.conn, PQERRORS_VERBOSE);
    if (PQstatus(result.conn) == CONNECTION_BAD)
        return result;
    const QDeadlineTimer deadline{std::chrono::seconds(timeoutSeconds)};
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED) {
        pollfd watch{PQsocket(result.conn),
                     static_cast<short>(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        const int ready = ::poll(&watch, 1, static_cast<int>(deadline.remainingTime()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0) {
            result.timedOut = true;
            return result;
        }
        state = PQconnectPoll(result.conn);
    }
    return result;
}

// The sentence for a connection the server refused with SQLSTATE `failure.sqlState` (not
// empty): the password, the user, the database, the right to connect, the server's state, or
// else the server's own words.
QString serverRefusal(const ConnectFailure& failure, const QString& server, const QString& user,
                      const QString& database)
{
    const QString& state = failure.sqlState;
    if (state == QLatin1String("28P01"))
        return Connection::tr("The PostgreSQL server at %1 refused the password for user %2; "
                              "check the password and the user name, then try again.")
            .arg(server, user);
    if (state == QLatin1String("28000") && failure.message.contains(QLatin1String("pg_hba.conf")))
        return Connection::tr(
                   "The PostgreSQL server at %1 does not let user %2 connect to database %3 from "
                   "here (pg_hba.conf); ask its administrator to allow it.")
            .arg(server, user, database);
    // The server's own words tell a role without LOGIN (a login `team disable` turned off) from
    // one that does not exist, where its messages are in English (lc_messages).
    if (state == QLatin1String("28000") &&
        failure.message.contains(QLatin1String("not permitted to log in")))
        return Connection::tr(
                   "The PostgreSQL server at %1 does not let user %2 log in, though the user "
                   "exists: it was made without LOGIN (a team's group role is), or a manager "
                   "disabled it with FunnelDesk's team disable, and can enable it again (team "
                   "enable).")
            .arg(server, user);
    if (state == QLatin1String("28000"))
        return Connection::tr(
                   "The PostgreSQL server at %1 has no user (role) %2 that may log in; check the "
                   "user name, or ask its administrator to create it (or, if a manager disabled "
                   "it, to enable it again).")
            .arg(server, user);
    if (state == QLatin1String("3D000"))
        return Connection::tr("The PostgreSQL server at %1 has no database %2; check its name, "
                              "or create it first (createdb).")
            .arg(server, database);
    if (state == QLatin1String("42501"))
        return Connection::tr(
                   "User %1 has no right to connect to database %2 on the PostgreSQL server at "
                   "%3; ask its administrator to grant CONNECT.")
            .arg(user, database, server);
    if (state == QLatin1String("57P03"))
        return Connection::tr("The PostgreSQL server at %1 is starting up or shutting down; try "
                              "again in a moment.")
            .arg(server);
    // 53300 is the server's limit, a database's (CONNECTION LIMIT) or a user's; the server's
    // own words tell the last two apart where its messages are in English.
    if (state == QLatin1String("53300") &&
        failure.message.contains(QLatin1String("too many connections for role")))
        return Connection::tr(
                   "The PostgreSQL server at %2 lets user %1 open no more connections: its "
                   "CONNECTION LIMIT is reached, or is 0 (the server's administrator may have "
                   "locked it out); close a window or a program that uses it, or ask the "
                   "administrator.")
            .arg(user, server);
    if (state == QLatin1String("53300") &&
        failure.message.contains(QLatin1String("too many connections for database")))
        return Connection::tr(
                   "The PostgreSQL server at %2 lets database %1 take no more connections: its "
                   "CONNECTION LIMIT is reached, or is 0 (the server's administrator may have "
                   "closed it); try again later, or ask the administrator.")
            .arg(database, server);
    if (state == QLatin1String("53300"))
        return Connection::tr(
                   "The PostgreSQL server at %1 has too many connections open; try again later, "
                   "or ask its administrator to allow more.")
            .arg(server);
    return Connection::tr("The PostgreSQL server at %1 refused the connection: %2 (SQLSTATE %3).")
        .arg(server, withoutFullStop(failure.message), state);
}

// The sentence for a connection that failed without an SQLSTATE, on this side: no password
// given, a TLS connection sslmode does not accept, or no server reached.
QString clientFailure(PGconn* conn, const ConnectFailure& failure, const QString& server,
                      const QString& user)
{
    if (PQconnectionNeedsPassword(conn))
        return Connection::tr(
                   "The PostgreSQL server at %1 asks for user %2’s password and none was given; "
                   "enter it when asked, or put it in ~/.pgpass or PGPASSWORD.")
            .arg(server, user);
    const QString mode = sslModeOf(conn);
    const bool aboutCertificate =
        failure.message.contains(QLatin1String("certificate"), Qt::CaseInsensitive);
    // The server offered TLS, but its certificate is not signed by sslrootcert's roots, or
    // (verify-full) not made for the host's name; or there is no root to check it with.
    if (mode.startsWith(QLatin1String("verify-")) && aboutCertificate)
        return Connection::tr(
                   "The PostgreSQL server at %1 offered an encrypted connection whose certificate "
                   "sslmode=%2 does not accept (%3), so nothing was sent; check sslrootcert, or "
                   "ask the server's administrator about its certificate.")
            .arg(server, mode, withoutFullStop(failure.message));
    // sslmode=require or verify-*: libpq refuses to go on unencrypted (issue 19, Security).
    if ((mode == QLatin1String("require") || mode.startsWith(QLatin1String("verify-"))) &&
        (failure.message.contains(QLatin1String("SSL"), Qt::CaseInsensitive) || aboutCertificate))
        return Connection::tr(
                   "The PostgreSQL server at %1 gave no encrypted connection, which sslmode=%2 "
                   "requires (%3), so nothing was sent; ask its administrator to turn SSL on, or "
                   "about its certificate.")
            .arg(server, mode, withoutFullStop(failure.message));
    return Connection::tr("Cannot reach the PostgreSQL server at %1 (%2); check that it is "
                          "running and that the host and port are right.")
        .arg(server, withoutFullStop(failure.message));
}

Refusal connectSentence(PGconn* conn, const Attempt& attempt, int timeoutSeconds,
                        const QString& password, const Location& where)
{
    if (!conn)
        return {Connection::tr("Cannot connect to a PostgreSQL server: out of memory.")};
    // No host nor port when libpq stopped before choosing one (a service not found in
    // pg_service.conf): named as given, not ":" (reviewer: --db service=nope).
    const bool chosen = !QByteArray(PQhost(conn)).isEmpty() || !QByteArray(PQport(conn)).isEmpty();
    const QString server = chosen ? serverName(conn) : where.display();
    const QString user = quoted(QString::fromUtf8(PQuser(conn)));
    const QString database = quoted(QString::fromUtf8(PQdb(conn)));
    if (attempt.timedOut) {
        return {Connection::tr(
                    "The PostgreSQL server at %1 did not answer within %2 s; check the host, the "
                    "port and the network.")
                    .arg(server)
                    .arg(timeoutSeconds)};
    }
    const ConnectFailure failure = readFailure(conn);
    const QString sentence = failure.sqlState.isEmpty()
                                 ? clientFailure(conn, failure, server, user)
                                 : serverRefusal(failure, server, user, database);
    // A refused password is of its own kind: the window asks for it again.
    return {Location::masked(sentence, password), failure.sqlState == QLatin1String("28P01")
                                                      ? Refusal::Kind::PasswordRefused
                                                      : Refusal::Kind::Other};
}

// A failed statement: the server's words and SQLSTATE, or the lost connection. `asked`: this
// connection sent a cancel request (a 57014 then stopped as asked, else for the server's reason).
Error statementError(const PGconn* conn, const PGresult* result, bool asked)
{
    Error error;
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    error.sqlState = state ? QByteArray(state) : QByteArray();
    QString message =
        primary
            ? QString::fromUtf8(primary)
            : QString::fromUtf8(PQerrorMessage(conn)).section(QLatin1Char('\n'), 0, 0).trimmed();
    message = withoutFullStop(message);
    error.said = Location::masked(message, QString::fromUtf8(PQpass(conn)));
    error.connectionLost = PQstatus(conn) == CONNECTION_BAD || error.sqlState.startsWith("08") ||
                           error.sqlState == "57P01" || error.sqlState == "57P02";
    const QString server = serverName(conn);
    if (error.connectionLost) {
        error.sentence =
            Connection::tr(
                "The connection to the PostgreSQL server at %1 was lost (%2); check that "
                "the server is running, then open it again.")
                .arg(server, message);
    } else if (error.sqlState == "57014" && asked) {
        error.sentence =
            Connection::tr("The PostgreSQL server at %1 stopped the statement, as asked.")
                .arg(server);
    } else if (error.sqlState == "57014") {
        error.sentence =
            Connection::tr("The PostgreSQL server at %1 stopped the statement before it ended "
                           "(%2): a time limit set on the server, or its administrator, ended it.")
                .arg(server, message);
    } else {
        error.sentence =
            Connection::tr("The PostgreSQL server at %1 refused a statement: %2 (SQLSTATE %3).")
                .arg(server, message, QString::fromLatin1(error.sqlState));
    }
    error.sentence = Location::masked(error.sentence, QString::fromUtf8(PQpass(conn)));
    return error;
}

} // namespace

Result<Connection> Connection::open(const Location& where, const ConnectOptions& options)
{
    if (!where.isServer())
        return failure(tr("%1 is a file, not a PostgreSQL server.").arg(quoted(where.path())));
    QString password = where.password();
    // libpq's own connect_timeout, when the Location gives one, as libpq reads it (at least 2 s).
    int timeout = options.timeoutSeconds;
    bool given = false;
    const int fromLocation = where.option(QStringLiteral("connect_timeout")).toInt(&given);
    if (given && fromLocation > 0)
        timeout = std::max(2, fromLocation);
    bool asked = false;
    for (;;) {
        const Attempt tried = attempt(where, password, timeout);
        Connection connection(tried.conn);
        if (tried.conn && !tried.timedOut && PQstatus(tried.conn) == CONNECTION_OK) {
            PQsetErrorVerbosity(tried.conn, PQERRORS_DEFAULT);
            // Every call waits for its answer in slices (PgAnswer.cpp): none hangs on a silent
            // server.
            PQsetnonblocking(tried.conn, 1);
            PQsetNoticeProcessor(tried.conn, noticed, nullptr);
            QString zone = options.timeZone;
            if (zone.isEmpty())
                zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
            if (zone.isEmpty())
                zone = QStringLiteral("UTC");
            const Outcome<Rows> set = connection.exec("SELECT set_config('TimeZone', $1, false), "
                                                      "set_config('DateStyle', 'ISO, YMD', false)",
                                                      {zone});
            if (!set)
                return failure(set.error().sentence);
            connection.m_cancel.reset(PQgetCancel(tried.conn));
            return connection;
        }
        if (tried.conn && !tried.timedOut && PQconnectionNeedsPassword(tried.conn) &&
            password.isEmpty() && options.askPassword && !asked) {
            asked = true;
            const std::optional<QString> given = options.askPassword(where.display());
            if (given && !given->isEmpty()) {
                password = *given;
                continue;
            }
        }
        return failure(connectSentence(tried.conn, tried, timeout, password, where));
    }
}

Outcome<Rows> Connection::exec(const QByteArray& sql, std::initializer_list<Value> params)
{
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const Value& v : params)
        values.push_back(v.isNull() ? nullptr : v.text().constData());
    PGresult* result = runParams(sql.constData(), static_cast<int>(values.size()), values.data());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return Rows(result);
    Error error = failureOf(result);
    PQclear(result);
    return tl::unexpected<Error>(std::move(error));
}

Error Connection::failureOf(const pg_result* result) const
{
    const bool asked = m_cancelSent->exchange(false);
    Error error = statementError(m_conn.get(), result, asked);
    if (WaitHook::insideHook() && !m_stalled) { // refused unsent (PgAnswer.cpp)
        error = Error{};
        error.sentence = tr("FunnelDesk is still waiting for the PostgreSQL server at %1 to "
                            "answer an earlier request, so this one was not sent; try it "
                            "again once the server has answered.")
                             .arg(serverName(m_conn.get()));
        return error;
    }
    if (m_stalled) {
        error.connectionLost = true;
        error.sentence =
            tr("The PostgreSQL server at %1 did not answer for %2 seconds, nor a new connection; "
               "FunnelDesk stopped waiting and nothing unfinished was saved: check the server, "
               "then "
               "open it again.")
                .arg(serverName(m_conn.get()))
                .arg(m_silentSeconds);
    }
    return error;
}

QString Connection::display() const
{
    const PGconn* conn = m_conn.get();
    return user() + QLatin1Char('@') + serverName(conn, false) + QLatin1Char('/') +
           QString::fromUtf8(PQdb(conn));
}

QString Connection::user() const
{
    return QString::fromUtf8(PQuser(m_conn.get()));
}

int Connection::serverVersion() const
{
    return PQserverVersion(m_conn.get());
}

Encryption Connection::encryption() const
{
    PGconn* conn = m_conn.get();
    if (conn && PQsslInUse(conn) == 1) {
        const char* protocol = PQsslAttribute(conn, "protocol");
        return {true, protocol ? QString::fromLatin1(protocol) : QStringLiteral("TLS")};
    }
    if (conn && PQgssEncInUse(conn) == 1)
        return {true, QStringLiteral("GSSAPI")};
    return {};
}

int Connection::socket() const
{
    return PQsocket(m_conn.get());
}

bool Connection::cancel() const
{
    char why[256] = {};
    if (!m_cancel)
        return false;
    m_cancelSent->store(true);
    return PQcancel(m_cancel.get(), why, sizeof why) != 0;
}

bool Connection::isLost() const
{
    return PQstatus(m_conn.get()) != CONNECTION_OK;
}

} // namespace fd::pg
