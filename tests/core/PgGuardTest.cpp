// What the server enforces against a rep's own login (issue 17, Step 11, "Audit log … Reps can
// add to the log but cannot alter or delete it; on PostgreSQL a GRANT enforces this" and "Each
// rep is someone"; migration 006_guard.sql): a rep with psql cannot add to the audit log but
// through FunnelDesk's triggers, cannot name another agent as the author of a reply, a saved
// edit or a manual move, and cannot setval a sequence; `check` reports a missing or disabled
// audit trigger. The ordinary paths (a rep's reply, a manager's import) still log as they should.
// Migration 010_audit_hold.sql: only the bulk path's fd_audit_pause pauses the log (a bare SET
// does not), a rep's every edit is a new version, a rep chooses no ids, and `check` names each
// broken guard (trigger, owner's-rights function, id room) in its own words.
// [postgres]: run through tests/pg/with-cluster.sh. Logins are cluster-wide: each test names
// its own after its schema.
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "service/Customers.h"
#include "service/Maintenance.h"
#include "service/Session.h"
#include "service/Team.h"
#include "service/Tickets.h"
#include "stages/StageEngine.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/postgres/PgTeam.h"
#include "storage/Transaction.h"
#include "support/ImportTestSupport.h"
#include "support/PgTeam3.h"
#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

using namespace fd;

using namespace fd::test::pgteam;

TEST_CASE("guard: a rep cannot write the audit log but through FunnelDesk's triggers, which log "
          "the rep's reply as "
          "the rep's",
          "[postgres][audit][guard]")
{
    Team3 team;
    pg::Connection rep = team.raw(team.repLogin);
    const qint64 before = number(
        team.schema.admin(), "SELECT count(*) FROM " + team.schema.name().toUtf8() + ".audit_log");
    requireRefused(
        rep, "INSERT INTO audit_log (at, agent_id, login, action, table_name, row_id, customer_id) "
             "VALUES (0, " +
                 id(team.ownerAgent) + ", 'funneldesk', 'delete', 'customer', 9, 9)");
    requireRefused(rep, "UPDATE audit_log SET agent_id = NULL");
    requireRefused(rep, "DELETE FROM audit_log");
    requireRefused(rep, "SELECT fd_audit_bulk('import', '*', 1)");
    CHECK(number(rep, "SELECT count(*) FROM audit_log") ==
          before); // reading it stays a rep's right

    // The ordinary path: a rep's reply, signed and logged as the rep's.
    OwnedDatabase mine = team.open(team.repLogin);
    TicketComment reply;
    reply.ticketId = team.ticket;
    reply.body = QStringLiteral("Try resetting the password.");
    reply.authorAgentId = team.repAgent;
    const Result<qint64> written = Tickets(*mine, FixedClock(test::testNow())).reply(reply);
    INFO((written ? QString() : QString(written.error())).toStdString());
    REQUIRE(written);
    AuditFilter filter;
    filter.ticketId = team.ticket;
    const auto entries = AuditLog(*mine).list(filter);
    REQUIRE(entries);
    const AuditEntry* logged = nullptr;
    for (const AuditEntry& e : *entries) {
        if (e.table == QStringLiteral("ticket_comment") && e.rowId == *written)
            logged = &e;
    }
    REQUIRE(logged);
    CHECK(logged->action == QStringLiteral("insert"));
    CHECK(logged->agentId == team.repAgent);
    CHECK(logged->login == team.repLogin);

    // A rep's bulk write is not paused, so it has no bulk entry to write: recordBulk writes
    // nothing and is not refused.
    const qint64 count = number(
        team.schema.admin(), "SELECT count(*) FROM " + team.schema.name().toUtf8() + ".audit_log");
    {
        Transaction tx(*mine);
        AuditLog(*mine).recordBulk(QStringLiteral("recompute stages"), QStringLiteral("customer"),
                                   3);
        tx.commit();
    }
    CHECK(number(team.schema.admin(),
                 "SELECT count(*) FROM " + team.schema.name().toUtf8() + ".audit_log") == count);
}

TEST_CASE("guard: a manager's import is one bulk entry by the manager's agent and login, taken "
          "from the session",
          "[postgres][audit][guard]")
{
    Team3 team;
    OwnedDatabase boss = team.open(team.managerLogin);
    Session(*boss).setActingAgent(
        team.repAgent); // a claim the server does not take from a login with an agent
    ImportOptions options;
    options.entity = ImportMapping::Entity::Customers;
    const auto imported = test::importCsv(
        *boss, "name,email\nBeta,beta@example.com\nGamma,gamma@example.com\n", options);
    INFO((imported ? QString() : QString(imported.error())).toStdString());
    REQUIRE(imported);
    CHECK(imported->imported == 2);
    const auto entries = AuditLog(*boss).list({});
    REQUIRE(entries);
    int bulk = 0;
    for (const AuditEntry& e : *entries) {
        CHECK_FALSE(
            (e.table == QStringLiteral("customer") && e.newValue == QStringLiteral("Beta")));
        if (e.action != QStringLiteral("bulk") || e.field != QStringLiteral("import"))
            continue;
        ++bulk;
        CHECK(e.newValue == QStringLiteral("2"));
        CHECK(e.agentId == team.managerAgent);
        CHECK(e.login == team.managerLogin);
        CHECK(e.at >= QDateTime::currentSecsSinceEpoch() - 600);
    }
    CHECK(bulk == 1);
}

TEST_CASE("guard: whatever a rep's client sends, a reply, a saved edit and a manual move are the "
          "rep's; a "
          "touchpoint keeps its agent; a manager may name another",
          "[postgres][guard]")
{
    Team3 team;
    pg::Connection rep = team.raw(team.repLogin);
    const QByteArray owner = id(team.ownerAgent);
    const QByteArray customer = id(team.customer);

    REQUIRE(rep.exec(
        "INSERT INTO ticket_comment (ticket_id, kind, author_agent_id, at, body) VALUES (" +
        id(team.ticket) + ", 'public_reply', " + owner + ", 0, 'forged')"));
    CHECK(number(rep, "SELECT author_agent_id FROM ticket_comment WHERE body = 'forged'") ==
          team.repAgent);

    const qint64 version = number(rep, "SELECT version FROM customer WHERE id = " + customer);
    REQUIRE(rep.exec("UPDATE customer SET notes = 'called', version = version + 1, changed_at = 0, "
                     "changed_by = " +
                     owner + " WHERE id = " + customer));
    CHECK(number(rep, "SELECT changed_by FROM customer WHERE id = " + customer) == team.repAgent);
    CHECK(number(rep, "SELECT changed_at FROM customer WHERE id = " + customer) >=
          QDateTime::currentSecsSinceEpoch() - 600); // the server's clock, not the 0 sent
    CHECK(number(rep, "SELECT version FROM customer WHERE id = " + customer) == version + 1);
    REQUIRE(rep.exec("UPDATE customer SET version = 0, changed_by = " + owner +
                     " WHERE id = " + customer));
    CHECK(number(rep, "SELECT version FROM customer WHERE id = " + customer) == version + 2);
    CHECK(number(rep, "SELECT changed_by FROM customer WHERE id = " + customer) == team.repAgent);
    REQUIRE(rep.exec("UPDATE ticket SET changed_by = " + owner + " WHERE id = " + id(team.ticket)));
    CHECK(number(rep, "SELECT changed_by FROM ticket WHERE id = " + id(team.ticket)) ==
          team.repAgent);

    const QByteArray move = "INSERT INTO stage_transition (customer_id, from_stage, to_stage, at, "
                            "actor, reason) VALUES (" +
                            customer + ", 'onboarding', 'post_sales', 0, ";
    REQUIRE(rep.exec(move + "'funneldesk', 'by the owner')"));
    CHECK(text(rep, "SELECT actor FROM stage_transition WHERE reason = 'by the owner'") ==
          QStringLiteral("Rhea Rep"));
    REQUIRE(rep.exec(move + "'postsales.settled', 'by a rule')")); // a recompute in a rep's session
    CHECK(text(rep, "SELECT actor FROM stage_transition WHERE reason = 'by a rule'") ==
          QStringLiteral("postsales.settled"));

    // A touchpoint's agent is who spoke to the customer: a rep may log a colleague's call.
    REQUIRE(rep.exec("INSERT INTO touchpoint (customer_id, kind, direction, occurred_at, agent_id, "
                     "summary) VALUES (" +
                     customer + ", 'phone', 'outbound', 0, " + owner + ", 'their call')"));
    CHECK(number(rep, "SELECT agent_id FROM touchpoint WHERE summary = 'their call'") ==
          team.ownerAgent);

    // Through FunnelDesk, a rep's manual move names the rep whatever agent it is given.
    OwnedDatabase mine = team.open(team.repLogin);
    const auto moved = StageEngine(*mine, Clock::system())
                           .setStage(team.customer, Stage::Advocacy, QStringLiteral("reference"),
                                     QStringLiteral("Max Manager"), std::nullopt);
    INFO((moved ? QString() : QString(moved.error())).toStdString());
    REQUIRE(moved);
    CHECK(text(rep, "SELECT actor FROM stage_transition WHERE to_stage = 'advocacy'") ==
          QStringLiteral("Rhea Rep"));

    // A manager is trusted to name another (an import of someone's replies, a correction).
    pg::Connection boss = team.raw(team.managerLogin);
    REQUIRE(boss.exec(
        "INSERT INTO ticket_comment (ticket_id, kind, author_agent_id, at, body) VALUES (" +
        id(team.ticket) + ", 'internal_note', " + id(team.repAgent) + ", 0, 'for Rhea')"));
    CHECK(number(boss, "SELECT author_agent_id FROM ticket_comment WHERE body = 'for Rhea'") ==
          team.repAgent);
}

TEST_CASE(
    "guard: a rep may not setval a sequence, and still inserts rows past an id a manager gave",
    "[postgres][guard]")
{
    Team3 team;
    pg::Connection rep = team.raw(team.repLogin);
    requireRefused(rep, "SELECT setval('fd_change', 1)");
    requireRefused(rep, "SELECT setval(pg_get_serial_sequence('customer', 'id'), 1)");
    CHECK(rep.exec("SELECT nextval('fd_change')")); // what fd_changed() needs
    REQUIRE(team.schema.connect().exec("INSERT INTO customer (id, name, since, stage_entered_at) "
                                       "VALUES (1000, 'Given', '2026-11-02', 0)"));
    // A NULL id (what FunnelDesk binds for "the database picks"): fd_fill_id moves the
    // sequence past 1000 (setval) with the owner's rights.
    CHECK(number(rep, "INSERT INTO customer (id, name, since, stage_entered_at) VALUES (NULL, "
                      "'Next', '2026-11-02', 0) "
                      "RETURNING id") == 1001);
    CHECK(number(rep, "INSERT INTO customer (id, name, since, stage_entered_at) VALUES (NULL, "
                      "'After', '2026-11-02', 0) "
                      "RETURNING id") == 1002);
}

TEST_CASE("guard: check names each broken guard in its own words: a trigger missing, disabled or "
          "calling another "
          "function, an owner's-rights function that lost them or its search_path, an id table out "
          "of ids, a rep "
          "role given INSERT on the log",
          "[postgres][guard]")
{
    Team3 team;
    const auto clean = service::Maintenance(*team.owner).check();
    REQUIRE(clean);
    CHECK(clean->isEmpty());
    pg::Connection admin = team.schema.connect();
    REQUIRE(admin.exec("ALTER TABLE ticket DISABLE TRIGGER ticket_audit"));
    REQUIRE(admin.exec("DROP TRIGGER customer_authorship ON customer"));
    REQUIRE(admin.exec("ALTER TABLE settings ENABLE REPLICA TRIGGER settings_audit"));
    REQUIRE(admin.exec("ALTER TABLE customer DISABLE TRIGGER customer_pin"));
    REQUIRE(admin.exec("ALTER TABLE touchpoint DISABLE TRIGGER touchpoint_id"));
    REQUIRE(admin.exec("ALTER FUNCTION fd_audit_row() SECURITY INVOKER"));
    REQUIRE(admin.exec("ALTER FUNCTION fd_audit_bulk(text, text, bigint) RESET search_path"));
    REQUIRE(admin.exec(
        "INSERT INTO stage_transition (id, customer_id, from_stage, to_stage, at, actor, reason) "
        "VALUES (9223372036854775807, " +
        id(team.customer) + ", 'retention', 'onboarding', 0, 'x', 'top')"));
    REQUIRE(admin.exec("SELECT set_config('client_min_messages', 'error', false)"));
    REQUIRE(admin.exec("DO $$ BEGIN EXECUTE format('GRANT INSERT ON audit_log TO %I', "
                       "fd_team_role('rep')); END $$"));
    const auto found = service::Maintenance(*team.owner).check();
    REQUIRE(found);
    INFO(found->join(QLatin1Char('\n')).toStdString());
    const QStringList expected = {
        QStringLiteral("The audit trigger “ticket_audit” on “ticket” is disabled, so the changes "
                       "it logs go unrecorded"),
        QStringLiteral("The audit trigger “settings_audit” on “settings” is disabled, so the "
                       "changes it logs go "
                       "unrecorded"),
        QStringLiteral("The authorship trigger “customer_authorship” on “customer” is missing, so "
                       "a rep's rows there "
                       "may name someone else as their author, and a rep's edit may keep the "
                       "version a colleague's "
                       "save is checked against"),
        QStringLiteral("The pin trigger “customer_pin” on “customer” is disabled, so a rep may pin "
                       "a customer's stage "
                       "or move a pinned customer"),
        QStringLiteral("The id trigger “touchpoint_id” on “touchpoint” is disabled, so new rows "
                       "there get no id from "
                       "FunnelDesk, and a rep may choose or change ids"),
        QStringLiteral(
            "The function “fd_audit_row” runs with the caller's rights, not the owner's (SECURITY "
            "DEFINER), so what it does for a rep fails"),
        QStringLiteral("The function “fd_audit_bulk” runs with the owner's rights without "
                       "FunnelDesk's search_path, "
                       "so a login's own tables may stand in for FunnelDesk's inside it"),
        QStringLiteral("A row of “stage_transition” has the largest id there can be, so no new row "
                       "can be added "
                       "there; give that row a smaller id"),
        QStringLiteral("The team's rep role may add entries to the audit log directly, so entries "
                       "may be forged; REVOKE INSERT ON %1.audit_log FROM \"%2\"")
            .arg(team.schema.name(), text(admin, "SELECT fd_team_role('rep')")),
    };
    for (const QString& sentence : expected)
        CHECK(found->contains(sentence));
    CHECK(found->size() == expected.size());
}

TEST_CASE("guard: a rep's temporary tables named agent and audit_log do not stand in for "
          "FunnelDesk's inside its "
          "functions",
          "[postgres][audit][guard]")
{
    Team3 team;
    pg::Connection rep = team.raw(team.repLogin);
    REQUIRE(rep.exec("CREATE TEMP TABLE agent (id bigint, name text, login text)"));
    REQUIRE(rep.exec("INSERT INTO agent VALUES (" + id(team.ownerAgent) + ", 'funneldesk', '" +
                     team.repLogin.toUtf8() + "')"));
    REQUIRE(rep.exec("CREATE TEMP TABLE audit_log (LIKE " + team.schema.name().toUtf8() +
                     ".audit_log)"));
    REQUIRE(rep.exec(
        "INSERT INTO ticket_comment (ticket_id, kind, author_agent_id, at, body) VALUES (" +
        id(team.ticket) + ", 'public_reply', " + id(team.ownerAgent) + ", 0, 'in disguise')"));
    CHECK(number(rep, "SELECT count(*) FROM pg_temp.audit_log") == 0);
    const QByteArray schema = team.schema.name().toUtf8();
    CHECK(number(rep, "SELECT author_agent_id FROM " + schema +
                          ".ticket_comment WHERE body = 'in disguise'") == team.repAgent);
    CHECK(number(team.schema.admin(),
                 "SELECT agent_id FROM " + schema + ".audit_log WHERE new_value = 'in disguise'") ==
          team.repAgent);
}

TEST_CASE("guard: a bare SET funneldesk.audit_paused pauses nobody's entries; fd_audit_pause, the "
          "bulk path's call, "
          "pauses a manager's for that transaction only and a rep's not at all",
          "[postgres][audit][guard]")
{
    Team3 team;
    const QByteArray customer = id(team.customer);
    const auto logged = [&](const QByteArray& notes) {
        return number(team.schema.admin(),
                      "SELECT count(*) FROM " + team.schema.name().toUtf8() +
                          ".audit_log WHERE field = 'notes' AND new_value = '" + notes + "'");
    };
    pg::Connection boss = team.raw(team.managerLogin);
    REQUIRE(boss.exec("SET funneldesk.audit_paused = 'on'"));
    REQUIRE(boss.exec("UPDATE customer SET notes = 'bare set' WHERE id = " + customer));
    CHECK(logged("bare set") == 1);
    REQUIRE(boss.exec("BEGIN"));
    CHECK(text(boss, "SELECT fd_audit_pause(true)") == QStringLiteral("t"));
    REQUIRE(boss.exec("UPDATE customer SET notes = 'bulk' WHERE id = " + customer));
    REQUIRE(boss.exec("COMMIT"));
    CHECK(logged("bulk") == 0);
    REQUIRE(boss.exec("SET funneldesk.audit_paused = 'on'"));
    REQUIRE(boss.exec("UPDATE customer SET notes = 'next transaction' WHERE id = " + customer));
    CHECK(logged("next transaction") == 1);

    pg::Connection rep = team.raw(team.repLogin);
    REQUIRE(rep.exec("BEGIN"));
    CHECK(text(rep, "SELECT fd_audit_pause(true)") == QStringLiteral("f"));
    REQUIRE(rep.exec("SET LOCAL funneldesk.audit_paused = 'on'"));
    REQUIRE(rep.exec("UPDATE customer SET notes = 'rep bulk' WHERE id = " + customer));
    REQUIRE(rep.exec("COMMIT"));
    CHECK(logged("rep bulk") == 1);
    requireRefused(rep, "INSERT INTO fd_audit_hold (xact) VALUES (txid_current())");
}

TEST_CASE("guard: a rep's UPDATE that names no version column is a new version by the rep, so a "
          "colleague's save of "
          "the version before is a conflict; FunnelDesk's own unstamped writes keep the version",
          "[postgres][guard]")
{
    Team3 team;
    pg::Connection rep = team.raw(team.repLogin);
    const QByteArray ticket = id(team.ticket);
    const FixedClock clock(test::testNow());
    const auto opened = Tickets(*team.owner, clock).find(team.ticket);
    REQUIRE(opened);
    REQUIRE(*opened);
    const qint64 version = (*opened)->version.number;
    REQUIRE(rep.exec("UPDATE ticket SET status = 'solved' WHERE id = " + ticket));
    CHECK(number(rep, "SELECT version FROM ticket WHERE id = " + ticket) == version + 1);
    CHECK(number(rep, "SELECT changed_by FROM ticket WHERE id = " + ticket) == team.repAgent);
    CHECK(number(rep, "SELECT changed_at FROM ticket WHERE id = " + ticket) >=
          QDateTime::currentSecsSinceEpoch() - 600);
    Ticket edited = **opened;
    edited.priority = Priority::High;
    const auto refused = Tickets(*team.owner, clock).update(edited, **opened);
    REQUIRE_FALSE(refused);
    INFO(QString(refused.error()).toStdString());
    CHECK(refused.error().is(Error::Kind::Conflict));

    // FunnelDesk's own writes that are no edit: a customer's summaries (a touchpoint), a first
    // response's time, the SLA sweep's breaches.
    const QByteArray customer = id(team.customer);
    const qint64 customerVersion =
        number(rep, "SELECT version FROM customer WHERE id = " + customer);
    REQUIRE(rep.exec(
        "INSERT INTO touchpoint (customer_id, kind, direction, occurred_at, summary) VALUES (" +
        customer + ", 'phone', 'outbound', 100, 'a call')"));
    CHECK(number(rep, "SELECT last_touch_at FROM customer WHERE id = " + customer) >= 100);
    CHECK(number(rep, "SELECT version FROM customer WHERE id = " + customer) == customerVersion);
    // (A first response is the time of an agent's public reply: 017_kept.sql.)
    REQUIRE(rep.exec("INSERT INTO ticket_comment (ticket_id, kind, at, body) SELECT id, "
                     "'public_reply', created_at + 60, "
                     "'On it.' FROM ticket WHERE id = " +
                     ticket));
    REQUIRE(rep.exec("UPDATE ticket SET first_response_at = created_at + 60 WHERE id = " + ticket));
    CHECK(number(rep, "SELECT version FROM ticket WHERE id = " + ticket) == version + 1);
    Ticket late;
    late.customerId = team.customer;
    late.subject = QStringLiteral("Export is slow");
    const auto added = Tickets(*team.owner, clock).add(late);
    REQUIRE(added);
    OwnedDatabase mine = team.open(team.repLogin);
    const FixedClock month(test::testNow().addDays(30));
    const auto swept = Tickets(*mine, month).sweepBreaches();
    REQUIRE(swept);
    CHECK(*swept == 1);
    CHECK(number(rep, "SELECT version FROM ticket WHERE id = " + id(added->value)) == 0);

    // A rep's save through FunnelDesk is one version up, as before.
    const auto fresh = Tickets(*mine, clock).find(team.ticket);
    REQUIRE(fresh);
    REQUIRE(*fresh);
    Ticket mineEdited = **fresh;
    mineEdited.priority = Priority::Urgent;
    const auto saved = Tickets(*mine, clock).update(mineEdited, **fresh);
    INFO((saved ? QString() : QString(saved.error())).toStdString());
    REQUIRE(saved);
    CHECK(number(rep, "SELECT version FROM ticket WHERE id = " + ticket) == version + 2);
}

TEST_CASE("guard: a rep may not choose or change a row's id, so nobody takes the last id from "
          "FunnelDesk; a manager "
          "still gives ids",
          "[postgres][guard]")
{
    Team3 team;
    pg::Connection rep = team.raw(team.repLogin);
    const QByteArray customer = id(team.customer);
    const QByteArray top = "9223372036854775807";
    requireRefused(
        rep, "INSERT INTO touchpoint (id, customer_id, kind, direction, occurred_at) VALUES (" +
                 top + ", " + customer + ", 'phone', 'inbound', 0)");
    requireRefused(
        rep,
        "INSERT INTO stage_transition (id, customer_id, from_stage, to_stage, at, actor, reason) "
        "VALUES (" +
            top + ", " + customer + ", 'onboarding', 'retention', 0, 'x', 'top')");
    const qint64 mine = number(
        rep, "INSERT INTO touchpoint (id, customer_id, kind, direction, occurred_at, summary) "
             "VALUES (NULL, " +
                 customer + ", 'phone', 'inbound', 0, 'mine') RETURNING id");
    requireRefused(rep, "UPDATE touchpoint SET id = " + top + " WHERE id = " + id(mine));
    CHECK(
        number(rep, "INSERT INTO touchpoint (customer_id, kind, direction, occurred_at) VALUES (" +
                        customer + ", 'phone', 'inbound', 0) RETURNING id") == mine + 1);
    pg::Connection boss = team.raw(team.managerLogin);
    CHECK(number(boss, "INSERT INTO touchpoint (id, customer_id, kind, direction, occurred_at) "
                       "VALUES (5000, " +
                           customer + ", 'phone', 'inbound', 0) RETURNING id") == 5000);
    const auto problems = service::Maintenance(*team.owner).check();
    REQUIRE(problems);
    CHECK(problems->join(QLatin1Char('\n')).toStdString().empty());
}
