// The tickets of each day on a server (011_ticket_day.sql; issue 16, "Speed": "All tickets"
// finds any screen from them): every path that writes tickets keeps them equal to the ticket
// table, and `check` names a difference. A generate (a bulk load: its triggers off, the table
// rebuilt), a rep's new ticket (the triggers run with the owner's rights; the rep may not
// write the table itself), a manager's delete, a ticket's creation time moved. A migrate is a
// bulk load too (its check at the end compares the table). [postgres]: run through
// tests/pg/with-cluster.sh.
#include "common/Clock.h"
#include "demo/Generator.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "service/Customers.h"
#include "service/Session.h"
#include "service/Team.h"
#include "service/Tickets.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgTeam.h"
#include "support/PgTestSchema.h"
#include "support/ReadBack.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

// The days whose count differs from the tickets (a day at 0 without tickets is none).
qint64 differing(Database& db)
{
    return db.scalar(
        "SELECT count(*) FROM (SELECT fd_ticket_day(created_at) AS day, count(*) AS n FROM ticket "
        "GROUP BY 1) t FULL JOIN ticket_day d USING (day) "
        "WHERE coalesce(t.n, 0) <> coalesce(d.tickets, 0)");
}

} // namespace

TEST_CASE("ticket_day: generate, a rep's ticket, a manager's delete and a moved creation time keep "
          "the tickets of each "
          "day; check names a difference",
          "[postgres]")
{
    test::PgTestSchema schema;
    const FixedClock clock(test::testNow());
    pg::Connection made = schema.initialised();
    {
        auto generated = Database::open(schema.location(), Database::Options{});
        REQUIRE(generated);
        GeneratorOptions options;
        options.customers = 30;
        options.tickets = 300;
        options.touchpoints = 1200;
        options.seed = 5;
        REQUIRE(Generator::run(**generated, options, clock));
    }
    REQUIRE(pg::Team::claimOwner(made)); // as a migrate does, after the rows
    auto opened = Session::open(schema.location(), {});
    REQUIRE(opened);
    OwnedDatabase owner = std::move(*opened);
    CHECK(owner->scalar("SELECT sum(tickets) FROM ticket_day") == 300);
    CHECK(owner->scalar("SELECT count(*) FROM ticket_day") > 20);
    CHECK(differing(*owner) == 0);
    const auto generated = IntegrityCheck::run(*owner);
    REQUIRE(generated);
    CHECK(generated->isEmpty()); // nothing at all

    // A rep's ticket, through FunnelDesk and as raw SQL: the triggers count it; the table is
    // not the rep's to write.
    const QString login = schema.name() + QStringLiteral("_rep");
    REQUIRE(Team(*owner).addLogin(login, QStringLiteral("Rhea Rep"), AgentRole::Rep, std::nullopt));
    {
        auto asRep = Session::open(schema.location(QStringLiteral("user=") + login), {});
        REQUIRE(asRep);
        Ticket t;
        t.customerId = owner->scalar("SELECT min(id) FROM customer");
        t.subject = QStringLiteral("Export fails");
        REQUIRE(Tickets(**asRep, clock).add(t));
        pg::Connection raw = schema.connect(QStringLiteral("user=") + login);
        const auto written = raw.exec("UPDATE ticket_day SET tickets = tickets + 1");
        REQUIRE_FALSE(written);
        CHECK(written.error().sqlState == "42501");
    }
    CHECK(owner->scalar("SELECT sum(tickets) FROM ticket_day") == 301);
    CHECK(differing(*owner) == 0);

    // A manager's delete (several days in one statement), and creation times moved.
    owner->execute("DELETE FROM ticket WHERE customer_id = (SELECT max(customer_id) FROM ticket)");
    owner->execute("UPDATE ticket SET created_at = created_at - 3 * 86400 WHERE id % 10 = 1");
    owner->execute("UPDATE ticket SET created_at = created_at + 5 WHERE id % 10 = 2");
    CHECK(owner->scalar("SELECT sum(tickets) FROM ticket_day") ==
          owner->scalar("SELECT count(*) FROM ticket"));
    CHECK(differing(*owner) == 0);
    CHECK(test::checkFindings(*owner, QStringLiteral("daily ticket counts")).isEmpty());

    // check names a count that went wrong (here by hand).
    owner->execute("UPDATE ticket_day SET tickets = tickets + 2 WHERE day = (SELECT max(day) FROM "
                   "ticket_day)");
    owner->execute("DELETE FROM ticket_day WHERE day = (SELECT min(day) FROM ticket_day)");
    CHECK(test::checkFindings(*owner, QStringLiteral("daily ticket counts")) ==
          QStringList{QStringLiteral("2 daily ticket counts differ from the tickets")});
}
