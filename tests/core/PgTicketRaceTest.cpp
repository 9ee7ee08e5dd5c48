// Writes that read a ticket and put the whole row back (a save, a first reply's time, the SLA
// sweep's clocks) on a server, where another session can write the same row between the read
// and the write (issue 17, "No lost updates"). The other session here is a raw transaction
// that sets a first response's time without a new version, as TicketRepository::respond does,
// and stays open until the save is seen waiting: the save must wait for it and keep its time.

#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "service/Customers.h"
#include "service/Session.h"
#include "service/Tickets.h"
#include "support/ImportTestSupport.h"
#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

#include <QThread>

#include <optional>
#include <thread>

using namespace fd;

namespace {

OwnedDatabase openSchema(const test::PgTestSchema& schema)
{
    Result<OwnedDatabase> opened = Session::open(schema.location(), {});
    INFO((opened ? QString() : QString(opened.error())).toStdString());
    REQUIRE(opened);
    return std::move(*opened);
}

qint64 number(pg::Connection& conn, const QByteArray& sql)
{
    const auto rows = conn.exec(sql);
    INFO(sql.toStdString());
    REQUIRE(rows);
    REQUIRE(rows->count() == 1);
    return rows->isNull(0, 0) ? -1 : rows->int64(0, 0);
}

// Polls until a session waits for the session `pid` (a minute at most: a bound on a hang, not
// a timing assertion).
bool sawWaitingFor(pg::Connection& conn, qint64 pid)
{
    const QByteArray sql =
        "SELECT count(*) FROM pg_stat_activity WHERE " + QByteArray::number(pid) + " = ANY (pg_blocking_pids(pid))";
    for (int poll = 0; poll < 6000; ++poll) {
        if (number(conn, sql) > 0)
            return true;
        QThread::msleep(10);
    }
    return false;
}

} // namespace

TEST_CASE("postgres tickets: a save waits for another session's write of the same ticket and keeps it; a first "
          "reply's time is never undone",
          "[postgres][tickets]")
{
    test::PgTestSchema schema;
    (void)schema.initialised();
    OwnedDatabase db = openSchema(schema);
    const FixedClock clock(test::testNow());
    Customer acme;
    acme.name = QStringLiteral("Acme");
    acme.since = QDate(2026, 11, 2);
    const auto customer = Customers(*db, clock).add(acme);
    REQUIRE(customer);
    Ticket t;
    t.customerId = customer->value;
    t.subject = QStringLiteral("Login fails");
    const auto added = Tickets(*db, clock).add(t);
    REQUIRE(added);
    const auto opened = Tickets(*db, clock).find(added->value);
    REQUIRE(opened);
    REQUIRE(*opened);
    REQUIRE_FALSE((*opened)->firstResponseAt.isValid());
    const QByteArray id = QByteArray::number(added->value);

    // The other session: a first response's time written, not yet committed.
    pg::Connection other = schema.connect();
    REQUIRE(other.exec("BEGIN"));
    const qint64 otherPid = number(other, "SELECT pg_backend_pid()");
    const qint64 answeredAt = test::testNow().toSecsSinceEpoch() + 60;
    REQUIRE(other.exec("UPDATE ticket SET first_response_at = " + QByteArray::number(answeredAt) + " WHERE id = " + id));

    Ticket edited = **opened;
    edited.priority = Priority::High;
    std::optional<Result<Written<void>>> saved;
    // Opened here: Catch2's assertions are not thread-safe, and the polling below asserts.
    OwnedDatabase mine = openSchema(schema);
    std::thread rep([&] { saved = Tickets(*mine, clock).update(edited, **opened); });
    pg::Connection watch = schema.connect();
    const bool waited = sawWaitingFor(watch, otherPid);
    REQUIRE(other.exec("COMMIT"));
    rep.join();
    CHECK(waited);
    REQUIRE(saved);
    INFO((*saved ? QString() : QString(saved->error())).toStdString());
    REQUIRE(*saved);

    CHECK(number(watch, "SELECT first_response_at FROM ticket WHERE id = " + id) == answeredAt);
    CHECK(number(watch, "SELECT (priority = 'high')::int FROM ticket WHERE id = " + id) == 1);
}
