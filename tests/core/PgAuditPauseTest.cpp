// A hostile tester's findings on the audit log on the server (issue 17, Step 11, "Every change is
// recorded ... who, when"; migration 016_audit_pause.sql), as a manager's and a rep's raw SQL:
// - a manager who is not the owner paused the log (fd_audit_pause) and deleted tickets, and
//   nothing said so: now a paused transaction leaves an entry naming who paused and what went
//   unlogged, whether or not it wrote its own bulk entry; FunnelDesk's bulk paths still leave
//   their one entry each, which now also says what went unlogged;
// - a rep's INSERT gave a row the largest version there is, and no edit of it could be saved;
// - a manager's raw UPDATE set changed_by, changed_at and version at will;
// - a rep's INSERT reused the id of a ticket a manager had deleted, mixing their histories (now
//   only an id the rep's own session drew, see 016_audit_pause.sql).
// [postgres]: run through tests/pg/with-cluster.sh.
#include "demo/Generator.h"
#include "service/Customers.h"
#include "storage/AuditLog.h"
#include "support/ImportTestSupport.h"
#include "support/PgTeam3.h"

#include <catch2/catch.hpp>

using namespace fd;
using namespace fd::test::pgteam;

namespace {

// The 'bulk' entries of `schema`, oldest first, one a line: "field|old_value|new_value|login|agent"
// ('-' for NULL).
std::string bulkEntries(test::PgTestSchema& schema)
{
    const auto rows = schema.admin().exec(
        "SELECT concat_ws('|', field, coalesce(old_value, '-'), coalesce(new_value, '-'), login, "
        "coalesce(agent_id::text, '-')) FROM " +
        schema.name().toUtf8() + ".audit_log WHERE action = 'bulk' ORDER BY id");
    REQUIRE(rows);
    QStringList entries;
    for (int r = 0; r < rows->count(); ++r)
        entries << rows->text(r, 0);
    return entries.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST_CASE("audit pause: a manager's paused deletes leave an entry naming who paused and what went "
          "unlogged, however "
          "the transaction ends",
          "[postgres][audit][guard]")
{
    Team3 team;
    pg::Connection boss = team.raw(team.managerLogin);
    const std::string who =
        QStringLiteral("|%1|%2").arg(team.managerLogin).arg(team.managerAgent).toStdString();
    const QByteArray ticket = id(team.ticket);

    // The ticket takes its touchpoint along (ON DELETE CASCADE), unlogged too.
    SECTION("no bulk entry of its own")
    {
        REQUIRE(boss.exec("BEGIN"));
        REQUIRE(boss.exec("SELECT fd_audit_pause(true)"));
        REQUIRE(boss.exec("DELETE FROM ticket WHERE id = " + ticket));
        REQUIRE(boss.exec("COMMIT"));
        CHECK(bulkEntries(team.schema) == "pause|ticket delete, touchpoint delete|-" + who);
    }
    SECTION("a resume before the commit, then more unlogged writes")
    {
        REQUIRE(boss.exec("BEGIN"));
        REQUIRE(boss.exec("SELECT fd_audit_pause(true)"));
        REQUIRE(boss.exec("DELETE FROM ticket WHERE id = " + ticket));
        REQUIRE(boss.exec("SELECT fd_audit_pause(false)"));
        REQUIRE(boss.exec("UPDATE customer SET notes = 'logged' WHERE id = " + id(team.customer)));
        REQUIRE(boss.exec("SELECT fd_audit_pause(true)"));
        REQUIRE(
            boss.exec("UPDATE customer SET notes = 'unlogged' WHERE id = " + id(team.customer)));
        REQUIRE(boss.exec("COMMIT"));
        CHECK(bulkEntries(team.schema) ==
              "pause|ticket delete, touchpoint delete, customer update|-" + who);
        CHECK(number(boss, "SELECT count(*) FROM audit_log WHERE new_value = 'logged'") == 1);
    }
    SECTION("the deferred entry made immediate")
    {
        REQUIRE(boss.exec("BEGIN"));
        REQUIRE(boss.exec("SET CONSTRAINTS ALL IMMEDIATE"));
        REQUIRE(boss.exec("SELECT fd_audit_pause(true)"));
        REQUIRE(boss.exec("DELETE FROM ticket WHERE id = " + ticket));
        REQUIRE(boss.exec("INSERT INTO canned_reply (title, body) VALUES ('Hi', 'Hello')"));
        REQUIRE(boss.exec("COMMIT"));
        CHECK(bulkEntries(team.schema) ==
              "pause|ticket delete, touchpoint delete, canned_reply insert|-" + who);
    }
    SECTION("a bulk entry of any name")
    {
        REQUIRE(boss.exec("BEGIN"));
        REQUIRE(boss.exec("SELECT fd_audit_pause(true)"));
        REQUIRE(boss.exec("DELETE FROM ticket WHERE id = " + ticket));
        REQUIRE(boss.exec("SELECT fd_audit_bulk('import', 'customer', 0)"));
        REQUIRE(boss.exec("COMMIT"));
        CHECK(bulkEntries(team.schema) == "import|ticket delete, touchpoint delete|0" + who);
    }
    SECTION("rolled back: nothing happened, nothing is said")
    {
        REQUIRE(boss.exec("BEGIN"));
        REQUIRE(boss.exec("SELECT fd_audit_pause(true)"));
        REQUIRE(boss.exec("DELETE FROM ticket WHERE id = " + ticket));
        REQUIRE(boss.exec("ROLLBACK"));
        CHECK(bulkEntries(team.schema).empty());
        CHECK(number(boss, "SELECT count(*) FROM ticket WHERE id = " + ticket) == 1);
    }
    // Only the owner's functions write the note.
    requireRefused(boss, "UPDATE fd_audit_hold SET skipped = '{}'");
}

TEST_CASE("audit pause: a manager's import and the owner's generate keep their one bulk entry, "
          "which says what went "
          "unlogged",
          "[postgres][audit]")
{
    Team3 team;
    OwnedDatabase boss = team.open(team.managerLogin);
    ImportOptions options;
    options.entity = ImportMapping::Entity::Customers;
    const auto imported = test::importCsv(
        *boss, "name,email\nBeta,beta@example.com\nGamma,gamma@example.com\n", options);
    INFO((imported ? QString() : QString(imported.error())).toStdString());
    REQUIRE(imported);
    const std::string who =
        QStringLiteral("|%1|%2").arg(team.managerLogin).arg(team.managerAgent).toStdString();
    // A manager's import is a row load with every trigger on (it may not switch them off).
    CHECK(bulkEntries(team.schema) == "import|customer insert|2" + who);

    // The owner's generate (into an empty schema) switches the triggers off (PgBulkLoad.cpp):
    // nothing was skipped.
    test::PgTestSchema fresh;
    fresh.initialised();
    Result<OwnedDatabase> own = Session::open(fresh.location(), {});
    REQUIRE(own);
    GeneratorOptions small;
    small.customers = 3;
    small.tickets = 6;
    small.touchpoints = 9;
    const Status generated = Generator::run(**own, small, FixedClock(test::testNow()));
    INFO((generated ? QString() : QString(generated.error())).toStdString());
    REQUIRE(generated);
    CHECK(QString::fromStdString(bulkEntries(fresh)).startsWith(QStringLiteral("generate|-|18|")));
}

TEST_CASE("audit pause: a rep's INSERT cannot give a row the last version there is; only the "
          "server bumps it",
          "[postgres][guard]")
{
    Team3 team;
    pg::Connection rep = team.raw(team.repLogin);
    const QByteArray top = "9223372036854775807";
    const qint64 added =
        number(rep, "INSERT INTO ticket (customer_id, subject, created_at, version) VALUES (" +
                        id(team.customer) + ", 'Stuck', 0, " + top + ") RETURNING id");
    CHECK(number(rep, "SELECT version FROM ticket WHERE id = " + id(added)) == 0);
    REQUIRE(rep.exec("UPDATE ticket SET version = " + top + " WHERE id = " + id(added)));
    CHECK(number(rep, "SELECT version FROM ticket WHERE id = " + id(added)) == 1);

    // The row stays editable through FunnelDesk.
    OwnedDatabase mine = team.open(team.repLogin);
    const FixedClock clock(test::testNow());
    const auto opened = Tickets(*mine, clock).find(added);
    REQUIRE(opened);
    REQUIRE(*opened);
    Ticket edited = **opened;
    edited.priority = Priority::High;
    const auto saved = Tickets(*mine, clock).update(edited, **opened);
    INFO((saved ? QString() : QString(saved.error())).toStdString());
    REQUIRE(saved);
    CHECK(number(rep, "SELECT version FROM ticket WHERE id = " + id(added)) == 2);
}

TEST_CASE("audit pause: a manager's raw UPDATE is stamped by the server as a rep's is; the owner's "
          "is not",
          "[postgres][guard]")
{
    Team3 team;
    pg::Connection boss = team.raw(team.managerLogin);
    const QByteArray customer = id(team.customer);
    const qint64 version = number(boss, "SELECT version FROM customer WHERE id = " + customer);
    REQUIRE(boss.exec(
        "UPDATE customer SET notes = 'quiet', version = 0, changed_at = 0, changed_by = " +
        id(team.repAgent) + " WHERE id = " + customer));
    CHECK(number(boss, "SELECT version FROM customer WHERE id = " + customer) == version + 1);
    CHECK(number(boss, "SELECT changed_by FROM customer WHERE id = " + customer) ==
          team.managerAgent);
    CHECK(number(boss, "SELECT changed_at FROM customer WHERE id = " + customer) >=
          QDateTime::currentSecsSinceEpoch() - 600); // the server's clock, not the 0 sent
    const qint64 reply = number(
        boss, "INSERT INTO canned_reply (title, body, version, changed_by, changed_at) VALUES "
              "('Hi', 'Hello', 99, " +
                  id(team.repAgent) + ", 0) RETURNING id");
    CHECK(number(boss, "SELECT version FROM canned_reply WHERE id = " + id(reply)) == 0);
    CHECK(number(boss, "SELECT changed_by FROM canned_reply WHERE id = " + id(reply)) ==
          team.managerAgent);

    // A manager's save through FunnelDesk: one version up, by the manager, as before.
    OwnedDatabase mine = team.open(team.managerLogin);
    const FixedClock clock(test::testNow());
    const auto opened = Customers(*mine, clock).find(team.customer);
    REQUIRE(opened);
    REQUIRE(*opened);
    Customer edited = **opened;
    edited.notes = QStringLiteral("called back");
    const auto saved = Customers(*mine, clock).update(edited, **opened);
    INFO((saved ? QString() : QString(saved.error())).toStdString());
    REQUIRE(saved);
    CHECK(number(boss, "SELECT version FROM customer WHERE id = " + customer) == version + 2);
    CHECK(number(boss, "SELECT changed_by FROM customer WHERE id = " + customer) ==
          team.managerAgent);

    // The owner (here the superuser that ran init) is trusted with the stamp: a repair.
    pg::Connection owner = team.schema.connect();
    REQUIRE(
        owner.exec("UPDATE customer SET version = 40, changed_by = NULL WHERE id = " + customer));
    CHECK(number(owner, "SELECT version FROM customer WHERE id = " + customer) == 40);
}

TEST_CASE("audit pause: a rep cannot give a new ticket the id of one a manager deleted, so each "
          "ticket's history "
          "stays its own; the rep's own ids still go in",
          "[postgres][guard]")
{
    Team3 team;
    pg::Connection rep = team.raw(team.repLogin);
    pg::Connection boss = team.raw(team.managerLogin);
    const QByteArray customer = id(team.customer);
    const QByteArray insert =
        "INSERT INTO ticket (customer_id, subject, created_at) VALUES (" + customer + ", ";
    const qint64 gone = number(rep, insert + "'Gone', 0) RETURNING id");
    REQUIRE(boss.exec("DELETE FROM ticket WHERE id = " + id(gone)));
    // Another session of the rep (the session that drew an id may give it again: the server
    // cannot tell a row it deleted since from one never written).
    pg::Connection later = team.raw(team.repLogin);
    requireRefused(later, "INSERT INTO ticket (id, customer_id, subject, created_at) VALUES (" +
                              id(gone) + ", " + customer + ", 'Reused', 0)");
    CHECK(
        number(rep, "SELECT count(*) FROM audit_log WHERE table_name = 'ticket' AND ticket_id = " +
                        id(gone)) == 2);

    // Ids the rep's session drew: left out (one row or several), or taken with nextval first.
    CHECK(number(rep, insert + "'Next', 0) RETURNING id") > gone);
    REQUIRE(rep.exec(insert + "'Two', 0), (" + customer + ", 'Three', 0)"));
    const qint64 drawn = number(rep, "SELECT nextval(pg_get_serial_sequence('ticket', 'id'))");
    CHECK(number(rep, "INSERT INTO ticket (id, customer_id, subject, created_at) VALUES (" +
                          id(drawn) + ", " + customer + ", 'Drawn', 0) RETURNING id") == drawn);
    // A manager still gives ids (an import's).
    CHECK(number(boss, "INSERT INTO ticket (id, customer_id, subject, created_at) VALUES (9000, " +
                           customer + ", 'Given', 0) RETURNING id") == 9000);
}
