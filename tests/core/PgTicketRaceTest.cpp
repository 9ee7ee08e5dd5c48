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

} // namespace

TEST_CASE("postgres tickets: a save waits for another session's write of the same ticket and keeps "
          "it; a first "
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
    const qint64 otherPid = test::pgNumber(other, "SELECT pg_backend_pid()");
    const qint64 answeredAt = test::testNow().toSecsSinceEpoch() + 60;
    REQUIRE(other.exec("UPDATE ticket SET first_response_at = " + QByteArray::number(answeredAt) +
                       " WHERE id = " + id));

    Ticket edited = **opened;
    edited.priority = Priority::High;
    std::optional<Result<Written<void>>> saved;
    // Opened here: Catch2's assertions are not thread-safe, and the polling below asserts.
    OwnedDatabase mine = openSchema(schema);
    std::thread rep([&] { saved = Tickets(*mine, clock).update(edited, **opened); });
    pg::Connection watch = schema.connect();
    const bool waited = test::sawWaitingFor(watch, otherPid);
    REQUIRE(other.exec("COMMIT"));
    rep.join();
    CHECK(waited);
    REQUIRE(saved);
    INFO((*saved ? QString() : QString(saved->error())).toStdString());
    REQUIRE(*saved);

    CHECK(test::pgNumber(watch, "SELECT first_response_at FROM ticket WHERE id = " + id) ==
          answeredAt);
    CHECK(test::pgNumber(watch, "SELECT (priority = 'high')::int FROM ticket WHERE id = " + id) ==
          1);
}
