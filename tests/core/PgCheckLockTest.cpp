// The locks of the checks FunnelDesk makes in C++ before a write (issue 17, Step 11, "several
// reps at once"; migration 020_check_lock.sql): no other customer has the email, no other agent
// the name or email, and a manual move reads the stage it moves from. They were advisory keys
// any login may take as a session lock, which no transaction and no idle timeout ends; a rep's
// psql holding them made every colleague's new customer, new agent and move of that customer
// fail after the lock timeout, for as long as that session lived. Now they are row locks, which
// a rep takes only inside a transaction and only through the owner's function. A blocked write
// is seen by its failing after the busy timeout (a bound on a hang, not a timing assertion):
// each CHECK of the first case fails on the code before 020.
// [postgres]: run through tests/pg/with-cluster.sh.
#include "domain/Agent.h"
#include "domain/Customer.h"
#include "service/Customers.h"
#include "service/Session.h"
#include "storage/AgentRepository.h"
#include "storage/Database.h"
#include "support/PgTeam3.h"
#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

using namespace fd;
using test::pgteam::Team3;

namespace {

// A customer with `email`, for the email check.
Customer withEmail(const QString& name, const QString& email)
{
    Customer c = test::customerNamed(name);
    c.email = email;
    return c;
}

// The manager's window, waiting at most a second for a lock.
OwnedDatabase managerWindow(Team3& team)
{
    Session::Options options;
    options.busyTimeoutMs = 1000;
    Result<OwnedDatabase> opened =
        Session::open(team.schema.location(QStringLiteral("user=") + team.managerLogin), options);
    REQUIRE(opened);
    return std::move(*opened);
}

} // namespace

TEST_CASE("check locks: a rep holding the old advisory keys stalls no colleague's new customer, "
          "new agent or move",
          "[postgres][team][guard]")
{
    Team3 team;
    pg::Connection rep = team.raw(team.repLogin);
    const QByteArray schema = team.schema.name().toUtf8();
    // The keys before 020: session locks, which no transaction of the rep's ends.
    const QByteArray stage = ".customer.stage." + QByteArray::number(team.customer);
    for (const QByteArray& key : {QByteArray(".customer.email"), QByteArray(".agent.key"), stage})
        REQUIRE(rep.exec("SELECT pg_advisory_lock(hashtext('" + schema + key + "'))"));

    OwnedDatabase boss = managerWindow(team);
    const FixedClock clock(test::testNow());
    const auto added =
        Customers(*boss, clock)
            .add(withEmail(QStringLiteral("Globex"), QStringLiteral("it@globex.test")));
    INFO((added ? QString() : QString(added.error())).toStdString());
    CHECK(added);
    Agent agent;
    agent.name = QStringLiteral("Nora Night");
    agent.email = QStringLiteral("nora@desk.test");
    const auto hired = AgentRepository(*boss).add(agent);
    INFO((hired ? QString() : QString(hired.error())).toStdString());
    CHECK(hired);
    // After the customer's first sale (2026-11-02), so that the move is its latest.
    const FixedClock later(test::testNow().addDays(250));
    const auto moved = Customers(*boss, later)
                           .move(team.customer, Stage::Retention, QStringLiteral("Renewed"),
                                 QStringLiteral("Max Manager"), std::nullopt);
    INFO((moved ? QString() : QString(moved.error())).toStdString());
    CHECK(moved);
    REQUIRE(rep.exec("SELECT pg_advisory_unlock_all()"));
}

TEST_CASE("check locks: the locks are rows no rep may read or lock; the owner's function takes "
          "them inside a "
          "transaction, which still holds a colleague's same check off",
          "[postgres][team][guard]")
{
    Team3 team;
    pg::Connection rep = team.raw(team.repLogin);
    for (const char* sql :
         {"SELECT 1 FROM fd_check_lock", "SELECT 1 FROM fd_check_lock FOR KEY SHARE"}) {
        INFO(sql);
        const auto done = rep.exec(sql);
        REQUIRE_FALSE(done);
        CHECK(done.error().sqlState == "42501");
    }
    // Only the names FunnelDesk checks.
    const auto unknown = rep.exec("SELECT fd_check_hold('ticket.subject')");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().sqlState == "22023");

    // The rep's own FunnelDesk takes the email check's lock: a colleague's email check waits
    // for that transaction, as two FunnelDesk saves of one email must.
    REQUIRE(rep.exec("BEGIN"));
    REQUIRE(rep.exec("SELECT fd_check_hold('customer.email')"));
    OwnedDatabase boss = managerWindow(team);
    const FixedClock clock(test::testNow());
    const Customer globex = withEmail(QStringLiteral("Globex"), QStringLiteral("it@globex.test"));
    const auto waited = Customers(*boss, clock).add(globex);
    REQUIRE_FALSE(waited);
    INFO(QString(waited.error()).toStdString());
    CHECK(waited.error().is(Error::Kind::Busy));
    // Not the agents' check, another row.
    Agent agent;
    agent.name = QStringLiteral("Nora Night");
    CHECK(AgentRepository(*boss).add(agent));
    REQUIRE(rep.exec("ROLLBACK"));
    const auto added = Customers(*boss, clock).add(globex);
    INFO((added ? QString() : QString(added.error())).toStdString());
    CHECK(added);
}
