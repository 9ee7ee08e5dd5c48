// One connection to a PostgreSQL server through libpq (issue 16; plan §3b, R8, R9): connect
// with a Location, run statements with bound parameters, and say in ONE sentence why a
// connection or a statement failed. The PostgreSQL `Database` backend is built on this;
// nothing outside core/storage/postgres includes it.
#pragma once

#include "common/Encryption.h"
#include "common/Location.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string_view>

#include <tl/expected.hpp>

struct pg_cancel;
struct pg_conn;
struct pg_result;

namespace fd::pg {

// A statement's parameter, sent as text with no type, so the server infers it ($1, $2, …).
// A default-constructed value is SQL NULL. Booleans are sent as 1/0 (boolean input accepts it).
class Value {
public:
    Value() = default; // NULL
    Value(std::nullopt_t) {}
    Value(const QString& text) : m_text(text.toUtf8()) {}
    Value(const char* text) : m_text(text) {}
    Value(qint64 number) : m_text(QByteArray::number(number)) {}
    Value(int number) : m_text(QByteArray::number(number)) {}
    Value(bool flag) : m_text(flag ? "1" : "0") {}
    bool isNull() const { return m_text.isNull(); }
    const QByteArray& text() const { return m_text; }

private:
    QByteArray m_text; // null QByteArray: SQL NULL
};

// A statement's result: rows of text values (libpq's text format), freed with the object.
class Rows {
public:
    Rows() = default;
    explicit Rows(pg_result* result);
    int count() const; // rows returned
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const; // "" for NULL
    qint64 int64(int row, int column) const; // 0 for NULL or non-numeric text; t/f read as 1/0
    qint64 affected() const;                 // rows an INSERT/UPDATE/DELETE touched (PQcmdTuples)

private:
    struct Free {
        void operator()(pg_result* result) const;
    };
    std::unique_ptr<pg_result, Free> m_result;
};

// Why a statement failed: the sentence for the user, and what the code needs to decide.
struct Error {
    QString sentence;            // one translated sentence, never holding the password
    QByteArray sqlState;         // five characters, e.g. "23505"; empty when the server sent none
    QString said;                // the server's primary message alone, without its full stop
    bool connectionLost = false; // the server went away: this connection is finished
};

template <typename T> using Outcome = tl::expected<T, Error>;

struct ConnectOptions {
    // Asked once when the server wants a password and none was given (nor found by libpq in
    // PGPASSWORD or ~/.pgpass): the Location's display() goes in, the password or nothing
    // (cancelled) comes out. Empty: never ask (the CLI without a terminal).
    std::function<std::optional<QString>(const QString& display)> askPassword;
    // The session's TimeZone (an IANA name); empty: this machine's zone. Local-day SQL reads it.
    QString timeZone;
    // Seconds to wait for the server to answer, over the whole connection attempt (every host of
    // a list); a connect_timeout in the Location wins (libpq's rule: at least 2).
    int timeoutSeconds = 15;
};

class Connection {
    Q_DECLARE_TR_FUNCTIONS(fd::pg::Connection)

public:
    // Connects to the server `where` names (isServer() must be true) with its options exactly
    // as given (libpq reads PG* variables and ~/.pgpass for what is missing; sslmode is left to
    // them), client_encoding UTF8, fallback_application_name "FunnelDesk"; then sets the
    // session's TimeZone (ConnectOptions::timeZone) and DateStyle ISO, YMD.
    // Errors, one sentence each naming the server as host:port (or its socket) and never the
    // password: the server is not running or refuses connections; it did not answer in time;
    // a wrong password; a password is needed and none was given; no such role (or it may not
    // log in); no such database; no right to connect to it; it is starting up or shutting
    // down; too many connections; anything else with the server's own words.
    static Result<Connection> open(const Location& where, const ConnectOptions& options = {});

    Connection(Connection&&) noexcept;
    Connection& operator=(Connection&&) noexcept;
    ~Connection();

    // Runs one statement with $1, $2, … bound to `params` (text, typed by the server).
    // Errors: the server's message as one sentence with its SQLSTATE in Error; a lost server
    // (it stopped, or the network broke) as its own sentence with connectionLost set.
    Outcome<Rows> exec(const QByteArray& sql, std::initializer_list<Value> params = {});

    // For people: user@host:port/database as connected (libpq's own view after defaults).
    QString display() const;
    // The role this connection logged in as (PQuser): usable inside an aborted transaction.
    QString user() const;
    int serverVersion() const; // e.g. 150018
    // Whether this connection is encrypted: TLS (PQsslInUse, with PQsslAttribute's "protocol")
    // or GSSAPI (PQgssEncInUse); not encrypted when closed.
    Encryption encryption() const;
    int socket() const; // for watching LISTEN/NOTIFY (Step 11); -1 when closed
    bool isLost() const;
    // Asks the server to stop the statement this connection is running; safe from any thread
    // while exec() runs in another (PQcancel). That statement then fails with SQLSTATE 57014
    // and the connection stays usable; its sentence says it stopped as asked. A 57014 this
    // connection did not ask for (the server's statement_timeout, an administrator's
    // pg_cancel_backend) gives the server's reason instead. False when the request could not
    // be sent.
    bool cancel() const;
    // Why a statement this connection ran through libpq directly failed, worded as exec()
    // words it: for the backend built on this (PgStatement's prepared statements, COPY).
    // `result` may be null (libpq's connection message is used then).
    Error failureOf(const pg_result* result) const;
    // libpq's handle, for the backend that is built on this (prepared statements, COPY).
    pg_conn* native() const { return m_conn.get(); }

    // libpq's synchronous calls (PQexec, PQprepare, PQexecParams, PQexecPrepared, PQgetResult,
    // PQputCopyData, PQputCopyEnd), each sent and waited for on the non-blocking connection so
    // that a server which stops answering never hangs the caller (issue 19: a server paused
    // with SIGSTOP, a host that froze): after kSilenceMs of silence the server is asked, on a
    // new connection with connect_timeout kPingSeconds, whether it is alive; alive (a long
    // statement, a lock) the wait goes on, silent it ends: the socket is shut, the call fails
    // as on a lost connection, and stalled() is true until the connection is dropped. A stall
    // therefore ends within about kSilenceMs + kPingSeconds (5 s) of the server's last word;
    // more when a statement was slow but the server answered the earlier asks. The sentence
    // gives the silence measured (silentSeconds()). A thread with a WaitHook (common/WaitHook.h,
    // the window's UI thread) is called back every WaitHook::kSliceMs of the wait, the ask
    // included, so it can paint and say that it waits. Results are libpq's (null
    // when none came; failureOf(null) then says why); run() keeps PQexec's rule: the first
    // error, else the last result, stopping at COPY.
    static constexpr int kSilenceMs = 3000;
    static constexpr int kPingSeconds = 2;
    pg_result* run(const char* sql) const;
    pg_result* prepare(const char* name, const char* sql) const;
    pg_result* runParams(const char* sql, int count, const char* const* values) const;
    pg_result* runPrepared(const char* name, int count, const char* const* values) const;
    pg_result* nextResult() const;
    bool putCopyData(const char* data, int size) const; // false: the connection failed
    bool putCopyEnd(const char* error) const;           // `error` null: the copy succeeded
    bool stalled() const { return m_stalled; }
    // While the calling thread is inside its WaitHook's call (common/WaitHook.h: a wait of
    // this thread for some statement's answer lets the thread paint), every call above is
    // refused before anything is sent: the results are null (false for the copy calls) and
    // failureOf() gives the sentence "FunnelDesk is still waiting for the PostgreSQL server at
    // … to answer an earlier request, so this one was not sent; try it again …". Statements refused
    // so far on the calling thread: refusals().
    static int refusals();
    // After a stall: how long the socket was silent before the wait ended, in seconds rounded
    // to the nearest (at least kSilenceMs / 1000 + kPingSeconds: the ask's 0.1 s slack rounds up).
    int silentSeconds() const { return m_silentSeconds; }

    // The tables (bare names, as Copy::start is given them) that a bulk session emptied with
    // TRUNCATE in the open transaction, outside any savepoint (pg::BulkSession): Copy::start
    // loads them with COPY … FREEZE. Cleared by the session when it ends.
    void setFreezable(QList<QByteArray> tables) { m_freezable = std::move(tables); }
    bool freezable(std::string_view table) const
    {
        return m_freezable.contains(QByteArray(table.data(), qsizetype(table.size())));
    }

private:
    struct Finish {
        void operator()(pg_conn* conn) const;
        void operator()(pg_cancel* cancel) const;
    };
    explicit Connection(pg_conn* conn);
    // Waits for the socket to be ready for `events` (poll's), asking whether the server lives
    // after each kSilenceMs of silence; false once it is found silent (the socket is shut then).
    // With a hook installed on the thread (WaitHook.h) the polls are kSliceMs long, each
    // silent one tells the hook (the ask whether the server lives too); without, as before.
    bool await(short events) const;
    // True (and counted) when the calling thread is inside its wait hook: nothing may be sent.
    static bool refuseInsideHook();
    // Flushes what libpq holds to send, then reads until a result is whole.
    bool flushAndRead() const;
    pg_result* lastResult() const;
    std::unique_ptr<pg_conn, Finish> m_conn;
    mutable bool m_stalled = false;  // set by a const wait, as libpq's handle changes under const
    mutable int m_silentSeconds = 0; // with m_stalled
    std::unique_ptr<pg_cancel, Finish> m_cancel; // made once connected
    // Set by cancel() from another thread, cleared as each statement is sent (a cancel sent
    // between statements was for none), taken by the statement's failure (shared: Connection
    // moves).
    std::shared_ptr<std::atomic_bool> m_cancelSent = std::make_shared<std::atomic_bool>(false);
    QList<QByteArray> m_freezable;
};

} // namespace fd::pg
