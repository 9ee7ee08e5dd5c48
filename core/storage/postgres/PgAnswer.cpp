// Connection's waits for the server's answer (PgConnection.h, issue 19): libpq's synchronous
// calls wait on the socket with no end, so a server that stops answering (paused, frozen)
// would hang the CLI and freeze the window. These send, then wait in slices, asking the server
// on a new connection whether it lives when a slice passes in silence.
#include "storage/postgres/PgConnection.h"

#include <QElapsedTimer>

#include <libpq-fe.h>

#include <cerrno>
#include <vector>

#include <poll.h>
#include <sys/socket.h>

namespace fd::pg {

namespace {

// Whether the server of `conn` answers a new connection within Connection::kPingSeconds: one
// that fails sooner had an answer (a refusal, "too many clients") and counts as alive; only
// silence until the timeout does not. The connection's own options (its password too) are
// reused, connect_timeout replaced.
bool serverAnswers(PGconn* conn)
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
    const QByteArray timeout = QByteArray::number(Connection::kPingSeconds);
    keys.push_back("connect_timeout");
    values.push_back(timeout.constData());
    keys.push_back(nullptr);
    values.push_back(nullptr);
    QElapsedTimer took;
    took.start();
    PGconn* ping = PQconnectdbParams(keys.data(), values.data(), 0);
    const bool ok = ping && PQstatus(ping) == CONNECTION_OK;
    PQfinish(ping);
    PQconninfoFree(options);
    return ok || took.elapsed() < Connection::kPingSeconds * 1000 - 100;
}

} // namespace

bool Connection::await(short events) const
{
    PGconn* conn = m_conn.get();
    const int socket = PQsocket(conn);
    if (socket < 0 || m_stalled)
        return false;
    QElapsedTimer silent; // since the last sign of the server: this wait began after one
    silent.start();
    for (;;) {
        pollfd watch{socket, events, 0};
        const int ready = ::poll(&watch, 1, kSilenceMs);
        if (ready > 0)
            return true;
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            return false;
        if (serverAnswers(conn))
            continue; // a long statement, or a lock it waits for: the server's own timeouts rule
        m_stalled = true;
        m_silentSeconds = static_cast<int>((silent.elapsed() + 500) / 1000);
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
    return PQsendQuery(m_conn.get(), sql) == 1 ? lastResult() : nullptr;
}

pg_result* Connection::prepare(const char* name, const char* sql) const
{
    return PQsendPrepare(m_conn.get(), name, sql, 0, nullptr) == 1 ? lastResult() : nullptr;
}

pg_result* Connection::runParams(const char* sql, int count, const char* const* values) const
{
    return PQsendQueryParams(m_conn.get(), sql, count, nullptr, values, nullptr, nullptr, 0) == 1
               ? lastResult()
               : nullptr;
}

pg_result* Connection::runPrepared(const char* name, int count, const char* const* values) const
{
    return PQsendQueryPrepared(m_conn.get(), name, count, values, nullptr, nullptr, 0) == 1
               ? lastResult()
               : nullptr;
}

bool Connection::putCopyData(const char* data, int size) const
{
    PGconn* conn = m_conn.get();
    for (;;) {
        const int put = PQputCopyData(conn, data, size);
        if (put == 1)
            return true; // queued; libpq sends it as the socket takes it
        if (put < 0 || !await(POLLOUT) || PQflush(conn) < 0)
            return false;
    }
}

bool Connection::putCopyEnd(const char* error) const
{
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
