// One rep must not stall the team (issue 17, Step 11, "several reps at once"; hostile pass of
// s17, migration 015_team_stall.sql): a rep's own login, in psql, takes the locks FunnelDesk's
// writers need and sits on them. The summaries' lock is a row only the owner's functions lock
// (not an advisory key any login may take); touchpoint_day is written only by the owner's
// functions; a rep's open transaction does not hold a manager's audit pause; the team's logins
// have idle-in-transaction and lock timeouts, which FunnelDesk's own bulk writes lift for their
// transaction. A blocked write is seen by its failing after the busy timeout (a bound on a hang,
// not a timing assertion): each CHECK below fails on the code before 013.
// [postgres]: run through tests/pg/with-cluster.sh.
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "service/Customers.h"
#include "service/Maintenance.h"
#include "service/Session.h"
#include "service/Tickets.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/PgTeam3.h"
#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

using namespace fd;
using test::pgteam::Team3;
using test::pgteam::text;

namespace {

// `sql` fails for want of a right (SQLSTATE 42501), not for any other reason.
void checkRefused(pg::Connection& conn, const QByteArray& sql)
{
    INFO(sql.toStdString());
    const auto done = conn.exec(sql);
    REQUIRE_FALSE(done);
    INFO(done.error().sentence.toStdString());
    CHECK(done.error().sqlState == "42501");
}

QStringList problems(Database& db)
{
    const auto found = service::Maintenance(db).check();
    REQUIRE(found);
    UNSCOPED_INFO(found->join(QLatin1Char('\n')).toStdString());
    return *found;
}

// The sum of touchpoint_day's counts, which is the number of touchpoints when it is right.
qint64 summed(pg::Connection& conn)
{
    return test::pgNumber(
        conn, "SELECT coalesce(sum(touchpoints), 0) - (SELECT count(*) FROM touchpoint) "
              "FROM touchpoint_day");
}

// A time after Team3's customer became one (2026-11-02), so that a manual move is its latest.
QDateTime afterSince()
{
    return test::testNow().addDays(250);
}

Touchpoint call(qint64 customer)
{
    Touchpoint t;
    t.customerId = customer;
    t.kind = TouchpointKind::Phone;
    t.direction = Direction::Outbound;
    t.occurredAt = test::testNow().addDays(-2);
    t.summary = QStringLiteral("Renewal call");
    return t;
}

} // namespace

TEST_CASE("stall: a rep holding the old advisory key of the summaries stalls no colleague's "
          "ticket, touchpoint or "
          "move; the summaries' lock is a row no rep may lock",
          "[postgres][team][guard]")
{
    Team3 team;
    pg::Connection rep = team.raw(team.repLogin);
    // 009_summary_lock.sql's key; a session lock, which no transaction of the rep's ends.
    REQUIRE(rep.exec("SELECT pg_advisory_lock(hashtext('" + team.schema.name().toUtf8() +
                     ".touchpoint_day'))"));

    OwnedDatabase boss = team.open(team.managerLogin);
    const FixedClock clock(afterSince());
    Ticket t;
    t.customerId = team.customer;
    t.subject = QStringLiteral("Printer on fire");
    const auto added =
        Tickets(*boss, clock).add(t); // ticket_day's trigger and the inbound touchpoint
    INFO((added ? QString() : QString(added.error())).toStdString());
    CHECK(added);
    const auto logged = Customers(*boss, clock).logTouchpoint(call(team.customer));
    INFO((logged ? QString() : QString(logged.error())).toStdString());
    CHECK(logged);
    const auto moved = Customers(*boss, clock)
                           .move(team.customer, Stage::Advocacy, QStringLiteral("Loves us"),
                                 QStringLiteral("Max Manager"), std::nullopt);
    INFO((moved ? QString() : QString(moved.error())).toStdString());
    CHECK(moved);

    // The lock itself, and the summary's rows, are out of a rep's reach.
    checkRefused(rep, "SELECT 1 FROM fd_summary_lock FOR KEY SHARE");
    checkRefused(rep, "SELECT 1 FROM fd_summary_lock FOR UPDATE");
    REQUIRE(rep.exec("BEGIN"));
    checkRefused(rep, "LOCK TABLE fd_summary_lock IN ACCESS SHARE MODE");
    REQUIRE(rep.exec("ROLLBACK"));
    checkRefused(rep, "SELECT fd_touchpoint_day_hold()");
    checkRefused(rep, "SELECT 1 FROM touchpoint_day FOR KEY SHARE");
    REQUIRE(rep.exec("SELECT pg_advisory_unlock_all()"));
    CHECK(problems(*team.owner).isEmpty());
}

TEST_CASE("stall: touchpoint_day is the owner's; a rep can neither write it nor add to it through "
          "its function, and a "
          "rep's and a manager's FunnelDesk still keep it right",
          "[postgres][team][guard]")
{
    Team3 team;
    pg::Connection rep = team.raw(team.repLogin);
    const QByteArray customer = QByteArray::number(team.customer);
    checkRefused(rep, "DELETE FROM touchpoint_day");
    checkRefused(rep, "UPDATE touchpoint_day SET touchpoints = touchpoints + 1");
    checkRefused(rep,
                 "INSERT INTO touchpoint_day (day, stage, kind, touchpoints) VALUES ('2026-01-01', "
                 "'onboarding', 'phone', 5)");
    checkRefused(rep, "SELECT fd_touchpoint_day_change(" + customer + ", 0, 'phone', 1000)");
    CHECK(summed(rep) == 0);

    // A rep's FunnelDesk: a touchpoint, a ticket (its inbound touchpoint), a manual move; and a
    // rep's raw touchpoint, whose trigger writes the summary with the owner's rights.
    OwnedDatabase mine = team.open(team.repLogin);
    const FixedClock clock(afterSince());
    const auto logged = Customers(*mine, clock).logTouchpoint(call(team.customer));
    INFO((logged ? QString() : QString(logged.error())).toStdString());
    REQUIRE(logged);
    Ticket t;
    t.customerId = team.customer;
    t.subject = QStringLiteral("Invoice missing");
    const auto added = Tickets(*mine, clock).add(t);
    INFO((added ? QString() : QString(added.error())).toStdString());
    REQUIRE(added);
    const auto moved = Customers(*mine, clock)
                           .move(team.customer, Stage::Retention, QStringLiteral("Renewed"),
                                 QStringLiteral("Rhea Rep"), std::nullopt);
    INFO((moved ? QString() : QString(moved.error())).toStdString());
    REQUIRE(moved);
    REQUIRE(rep.exec(
        "INSERT INTO touchpoint (customer_id, kind, direction, occurred_at, summary) VALUES (" +
        customer + ", 'email', 'inbound', 86400 * 3, 'raw')"));
    CHECK(test::pgNumber(rep, "SELECT count(*) FROM touchpoint") >= 3);
    CHECK(summed(rep) == 0);
    CHECK(problems(*mine).isEmpty());

    // A manager's delete of the customer takes its counts away first (the BEFORE DELETE trigger).
    pg::Connection boss = team.raw(team.managerLogin);
    REQUIRE(boss.exec("DELETE FROM customer WHERE id = " + customer));
    CHECK(test::pgNumber(boss, "SELECT coalesce(sum(touchpoints), 0) FROM touchpoint_day") == 0);
    CHECK(problems(*team.owner).isEmpty());
}

TEST_CASE("stall: a rep's transaction left open after fd_audit_pause(false) does not hold a "
          "manager's next pause",
          "[postgres][team][audit]")
{
    Team3 team;
    pg::Connection boss = team.raw(team.managerLogin);
    REQUIRE(
        boss.exec("SET lock_timeout = '10s'")); // a bound on the wait before 013, not an assertion
    // A finished bulk write leaves its row in fd_audit_hold for the next pause to clear.
    REQUIRE(boss.exec("BEGIN"));
    CHECK(text(boss, "SELECT fd_audit_pause(true)") == QStringLiteral("t"));
    REQUIRE(boss.exec("COMMIT"));
    const QByteArray hold = team.schema.name().toUtf8() + ".fd_audit_hold";
    REQUIRE(test::pgNumber(team.schema.admin(), "SELECT count(*) FROM " + hold) >= 1);

    pg::Connection rep = team.raw(team.repLogin);
    REQUIRE(rep.exec("BEGIN"));
    CHECK(text(rep, "SELECT fd_audit_pause(false)") == QStringLiteral("f"));
    // The rep's call cleared the finished rows and keeps them locked until it ends.
    REQUIRE(test::pgNumber(team.schema.admin(), "SELECT count(*) FROM (SELECT 1 FROM " + hold +
                                                    " FOR UPDATE SKIP LOCKED) AS free") == 0);

    REQUIRE(boss.exec("BEGIN"));
    const auto paused = boss.exec("SELECT fd_audit_pause(true)");
    INFO((paused ? QString() : paused.error().sentence).toStdString());
    CHECK(paused);
    (void)boss.exec("ROLLBACK");
    REQUIRE(rep.exec("ROLLBACK"));
}

TEST_CASE("stall: the team's logins get idle-in-transaction and lock timeouts; FunnelDesk keeps "
          "its own lock timeout "
          "and lifts the idle one for a bulk write's transaction",
          "[postgres][team]")
{
    Team3 team;
    for (const QString& login : {team.repLogin, team.managerLogin}) {
        pg::Connection raw = team.raw(login);
        INFO(login.toStdString());
        CHECK(text(raw, "SHOW idle_in_transaction_session_timeout") == QStringLiteral("1min"));
        CHECK(text(raw, "SHOW lock_timeout") == QStringLiteral("5s"));
    }
    pg::Connection owner = team.schema.connect(); // the owner runs init, migrate and upgrade: none
    CHECK(text(owner, "SHOW idle_in_transaction_session_timeout") == QStringLiteral("0"));

    Session::Options options;
    options.busyTimeoutMs = 1234;
    Result<OwnedDatabase> opened =
        Session::open(team.schema.location(QStringLiteral("user=") + team.managerLogin), options);
    REQUIRE(opened);
    Database& boss = **opened;
    const auto setting = [&boss](const char* name) {
        return boss.scalar(std::string("SELECT setting::bigint FROM pg_settings WHERE name = '") +
                           name + "'");
    };
    CHECK(setting("lock_timeout") == 1234);
    CHECK(setting("idle_in_transaction_session_timeout") == 60000);
    {
        Transaction tx(boss);
        CHECK(setting("idle_in_transaction_session_timeout") == 60000);
        AuditPause quiet(boss);
        CHECK(setting("idle_in_transaction_session_timeout") == 0);
    }
    CHECK(setting("idle_in_transaction_session_timeout") == 60000);
    {
        AuditPause quiet(boss);
        Transaction tx(boss);
        CHECK(setting("idle_in_transaction_session_timeout") == 0);
    }
}
