// Connection's waits for the server's answer (PgConnection.h, issue 19): libpq's synchronous
// calls wait on the socket with no end, so a server that stops answering (paused, frozen)
// would hang the CLI and freeze the window. These send, then wait in slices, asking the server
// on a new connection whether it lives when a slice passes in silence.
#include "storage/postgres/PgConnection.h"

#include "common/WaitHook.h"

#include <QElapsedTimer>

#include <libpq-fe.h>

#include <algorithm>
#include <cerrno>
#include <vector>

#include <poll.h>
#include <sys/socket.h>

namespace fd::pg {

namespace {

// The server as libpq names it, for the hook's status line: host:port, or the socket's folder.
QString serverOf(PGconn* conn)
{
    const char* host = PQhost(conn);
    const char* port = PQport(conn);
    QString server = QString::fromUtf8(host && *host ? host : "localhost");
    if (port && *port && !server.startsWith(QLatin1Char('/')))
        server += QLatin1Char(':') + QString::fromUtf8(port);
    return server;
}

// One wait of a statement for its answer: the clock since it began and what the thread's hook
// (WaitHook.h) has been told. Without a hook every poll is as long as the wait allows.
class Wait {
public:
    explicit Wait(PGconn* conn) : m_conn(conn), m_hooked(WaitHook::current() != nullptr)
    {
        m_clock.start();
    }
    ~Wait()
    {
        if (m_told)
            WaitHook::notifyEnded();
    }
    Wait(const Wait&) = delete;
    Wait& operator=(const Wait&) = delete;

    qint64 elapsed() const { return m_clock.elapsed(); }
    // How long the next poll may block, when the wait allows `leftMs` more.
    int slice(qint64 leftMs) const
    {
        leftMs = std::max<qint64>(leftMs, 0);
        return static_cast<int>(m_hooked ? std::min<qint64>(WaitHook::kSliceMs, leftMs) : leftMs);
    }
    // Tells the hook; `giveUpMs`: when, from the wait's start, silence ends the wait.
    void tell(qint64 giveUpMs, bool asking)
    {
        if (!m_hooked)
            return;
        if (m_server.isEmpty())
            m_server = serverOf(m_conn);
        m_told = true;
        WaitHook::notify({m_server, elapsed(), static_cast<int>((giveUpMs + 999) / 1000), asking});
    }

private:
    PGconn* m_conn;
    bool m_hooked;
    bool m_told = false;
    QString m_server;
    QElapsedTimer m_clock;
};

// Polls `socket` for `events` up to `ms`: 1 ready, 0 not yet, -1 failed.
int pollFor(int socket, short events, int ms)
{
    for (;;) {
        pollfd watch{socket, events, 0};
        const int ready = ::poll(&watch, 1, ms);
        if (ready >= 0)
            return ready > 0 ? 1 : 0;
        if (errno != EINTR)
            return -1;
    }
}

// Whether the server of `conn` answers a new connection within Connection::kPingSeconds: one
// that fails sooner had an answer (a refusal, "too many clients") and counts as alive; only
// silence until the timeout does not. The connection's own options (its password too) are
// reused, connect_timeout dropped: the ask is made without blocking (PQconnectStartParams,
// PQconnectPoll) and timed here, in the wait's slices, so a hooked thread is never left
// longer than one. `wait` (the statement's) is told as it goes; `giveUpMs` is when it ends.
bool serverAnswers(PGconn* conn, Wait& wait, qint64 giveUpMs)
{
    PQconninfoOption* options = PQconninfo(conn);
    if (!options)
        return true; // out of memory: not the server's fault, keep waiting
    std::vector<const char*> keys;
    std::vector<const char*> values;
    for (const PQconninfoOption* o = options; o->keyword; ++o) {
        if (o->val && *o->val && qstrcmp(o->keyword, "connect_timeout") != 0) {
            keys.push_back(o->keyword);
            values.push_back(o->val);
        }
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    const qint64 limitMs = qint64{Connection::kPingSeconds} * 1000;
    QElapsedTimer took;
    took.start();
    PGconn* ping = PQconnectStartParams(keys.data(), values.data(), 0);
    PQconninfoFree(options);
    PostgresPollingStatusType state =
        ping && PQstatus(ping) != CONNECTION_BAD ? PGRES_POLLING_WRITING : PGRES_POLLING_FAILED;
    while (state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED && took.elapsed() < limitMs) {
        const short events = state == PGRES_POLLING_READING ? POLLIN : POLLOUT;
        const int ready = pollFor(PQsocket(ping), events, wait.slice(limitMs - took.elapsed()));
        if (ready != 0)
            state = PQconnectPoll(ping); // ready, or poll failed: libpq says what the socket is
        else
            wait.tell(giveUpMs, true);
    }
    const bool ok = state == PGRES_POLLING_OK;
    const bool answered = state == PGRES_POLLING_FAILED && took.elapsed() < limitMs - 100;
    PQfinish(ping);
    return ok || answered;
}

} // namespace

thread_local int t_refusals = 0; // statements refused on this thread (refusals())

bool Connection::refuseInsideHook()
{
    if (!WaitHook::insideHook())
        return false;
    ++t_refusals;
    return true;
}

int Connection::refusals()
{
    return t_refusals;
}

bool Connection::await(short events) const
{
    PGconn* conn = m_conn.get();
    const int socket = PQsocket(conn);
    if (socket < 0 || m_stalled)
        return false;
    Wait wait(conn);           // since the last sign of the server: this wait began after one
    qint64 askAt = kSilenceMs; // ms from the wait's start: ask whether the server lives
    for (;;) {
        const qint64 giveUpMs = askAt + qint64{kPingSeconds} * 1000;
        const int ready = pollFor(socket, events, wait.slice(askAt - wait.elapsed()));
        if (ready != 0)
            return ready > 0;
        if (wait.elapsed() < askAt) {
            wait.tell(giveUpMs, false);
            continue;
        }
        if (serverAnswers(conn, wait, giveUpMs)) {
            // a long statement, or a lock it waits for: the server's own timeouts rule
            askAt = wait.elapsed() + kSilenceMs;
            continue;
        }
        m_stalled = true;
        m_silentSeconds = static_cast<int>((wait.elapsed() + 500) / 1000);
        ::shutdown(socket, SHUT_RDWR); // libpq reads the end of the connection next
        return false;
    }
}

bool Connection::flushAndRead() const
{
    PGconn* conn = m_conn.get();
    for (;;) {
        const int left = PQflush(conn);
        if (left == 0)
            break;
        if (left < 0)
            return false;
        // Reading while the send waits keeps the server from blocking on its own output.
        if (!await(POLLIN | POLLOUT) || !PQconsumeInput(conn))
            return false;
    }
    while (PQisBusy(conn)) {
        if (!await(POLLIN) || !PQconsumeInput(conn))
            return false;
    }
    return true;
}

pg_result* Connection::nextResult() const
{
    if (refuseInsideHook())
        return nullptr;
    flushAndRead(); // on failure PQgetResult gives libpq's error result, or null
    return PQgetResult(m_conn.get());
}

pg_result* Connection::lastResult() const
{
    PGresult* kept = nullptr;
    while (PGresult* next = nextResult()) {
        const ExecStatusType status = PQresultStatus(next);
        if (kept && PQresultStatus(kept) == PGRES_FATAL_ERROR) {
            PQclear(next); // the first error is the one that matters
            continue;
        }
        PQclear(kept);
        kept = next;
        if (status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH)
            break;
    }
    return kept;
}

pg_result* Connection::run(const char* sql) const
{
    if (refuseInsideHook())
        return nullptr;
    m_cancelSent->store(false);
    return PQsendQuery(m_conn.get(), sql) == 1 ? lastResult() : nullptr;
}

pg_result* Connection::prepare(const char* name, const char* sql) const
{
    if (refuseInsideHook())
        return nullptr;
    m_cancelSent->store(false);
    return PQsendPrepare(m_conn.get(), name, sql, 0, nullptr) == 1 ? lastResult() : nullptr;
}

pg_result* Connection::runParams(const char* sql, int count, const char* const* values) const
{
    if (refuseInsideHook())
        return nullptr;
    m_cancelSent->store(false);
    return PQsendQueryParams(m_conn.get(), sql, count, nullptr, values, nullptr, nullptr, 0) == 1
               ? lastResult()
               : nullptr;
}

pg_result* Connection::runPrepared(const char* name, int count, const char* const* values) const
{
    if (refuseInsideHook())
        return nullptr;
    m_cancelSent->store(false);
    return PQsendQueryPrepared(m_conn.get(), name, count, values, nullptr, nullptr, 0) == 1
               ? lastResult()
               : nullptr;
}

bool Connection::putCopyData(const char* data, int size) const
{
    if (refuseInsideHook())
        return false;
    PGconn* conn = m_conn.get();
    // While it waits for room on the socket it reads what the server sends (notices), as
    // libpq's non-blocking mode asks: a server whose own output is full stops reading.
    const auto room = [&] {
        return await(POLLIN | POLLOUT) && PQconsumeInput(conn) == 1 && PQflush(conn) >= 0;
    };
    for (;;) {
        const int put = PQputCopyData(conn, data, size);
        if (put == 1)
            break;
        if (put < 0 || !room())
            return false;
    }
    // Queued, and handed to the socket before the caller makes more: without a connection
    // that blocks, libpq would grow its buffer for as long as the caller is faster than the
    // server (a migrate's COPY of five million touchpoints is a gigabyte).
    for (;;) {
        const int left = PQflush(conn);
        if (left == 0)
            return true;
        if (left < 0 || !room())
            return false;
    }
}

bool Connection::putCopyEnd(const char* error) const
{
    if (refuseInsideHook())
        return false;
    PGconn* conn = m_conn.get();
    for (;;) {
        const int put = PQputCopyEnd(conn, error);
        if (put == 1)
            break;
        if (put < 0 || !await(POLLOUT) || PQflush(conn) < 0)
            return false;
    }
    return flushAndRead();
}

} // namespace fd::pg
