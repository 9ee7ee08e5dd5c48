// What FunnelDesk derives itself, a rep may not write directly on a server (issue 17, Step 11,
// "Rights enforced by the server" and "Every change is recorded"; migration 017_kept.sql): a
// hostile tester's rep with psql changed first_response_at, the breach times, search, created_at,
// solved_at, the SLA pauses and contact.added_at with no audit entry and no new version. Each is
// refused (SQLSTATE FDK01) unless it changes as FunnelDesk's own paths change it, and those paths
// still work for a rep; every time in UTC seconds lies in the years 1 to 9999, and an upgrade that
// finds a row outside them says which. [postgres]: run through tests/pg/with-cluster.sh.
#include "common/Clock.h"
#include "domain/Contact.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "service/Customers.h"
#include "service/Maintenance.h"
#include "service/Session.h"
#include "service/Team.h"
#include "service/Tickets.h"
#include "storage/Database.h"
#include "storage/postgres/PgTeam.h"
#include "support/PgOldSchema.h"
#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

// A schema made by init as the superuser (its owner and first manager), a rep login "<schema>_rep"
// (Kai Rep), and one customer with a contact and an open ticket of the owner's, created at
// testNow().
struct KeptTeam {
    test::PgTestSchema schema;
    OwnedDatabase owner;
    QString repLogin;
    qint64 repAgent = 0;
    qint64 customer = 0;
    qint64 contact = 0;
    qint64 ticket = 0;

    KeptTeam()
    {
        pg::Connection made = schema.initialised();
        REQUIRE(pg::Team::claimOwner(made));
        owner = open();
        repLogin = schema.name() + QStringLiteral("_rep");
        const Result<qint64> rep = Team(*owner).addLogin(repLogin, QStringLiteral("Kai Rep"),
                                                         AgentRole::Rep, std::nullopt);
        INFO((rep ? QString() : QString(rep.error())).toStdString());
        REQUIRE(rep);
        repAgent = *rep;
        const FixedClock clock(test::testNow());
        Customer acme;
        acme.name = QStringLiteral("Acme");
        acme.since = QDate(2026, 3, 1);
        const auto added = Customers(*owner, clock).add(acme);
        REQUIRE(added);
        customer = added->value;
        Contact ann;
        ann.customerId = customer;
        ann.name = QStringLiteral("Ann");
        ann.addedAt = test::testNow();
        const auto person = Customers(*owner, clock).addContact(ann);
        REQUIRE(person);
        contact = person->value;
        ticket = newTicket(*owner, QStringLiteral("Login fails"));
    }

    qint64 newTicket(Database& db, const QString& subject) const
    {
        Ticket t;
        t.customerId = customer;
        t.subject = subject;
        const auto opened = Tickets(db, FixedClock(test::testNow())).add(t);
        INFO((opened ? QString() : QString(opened.error())).toStdString());
        REQUIRE(opened);
        return opened->value;
    }

    OwnedDatabase open(const QString& login = {}) const
    {
        Result<OwnedDatabase> opened = Session::open(
            schema.location(login.isEmpty() ? QString() : QStringLiteral("user=") + login), {});
        INFO((opened ? QString() : QString(opened.error())).toStdString());
        REQUIRE(opened);
        return std::move(*opened);
    }

    pg::Connection raw(const QString& login) const
    {
        return schema.connect(QStringLiteral("user=") + login);
    }
};

QByteArray id(qint64 value)
{
    return QByteArray::number(value);
}

void requireKept(pg::Connection& conn, const QByteArray& sql)
{
    INFO(sql.toStdString());
    const auto done = conn.exec(sql);
    REQUIRE_FALSE(done);
    CHECK(done.error().sqlState == "FDK01");
    CHECK(done.error().sentence.contains(QStringLiteral("FunnelDesk keeps ")));
}

// What a rep's raw writes could have changed unseen: the log's entries, the rows' versions and
// every column of the ticket, the customer and the contact.
std::string trace(pg::Connection& conn, qint64 ticket, qint64 customer, qint64 contact)
{
    const auto rows =
        conn.exec("SELECT (SELECT count(*) FROM audit_log) || ' ' || "
                  "(SELECT to_jsonb(k)::text FROM ticket k WHERE id = $1) || ' ' || "
                  "(SELECT to_jsonb(c)::text FROM customer c WHERE id = $2) || ' ' || "
                  "(SELECT to_jsonb(p)::text FROM contact p WHERE id = $3)",
                  {ticket, customer, contact});
    REQUIRE(rows);
    return rows->text(0, 0).toStdString();
}

} // namespace

TEST_CASE("kept: a rep's raw UPDATE of what FunnelDesk derives is refused, and leaves everything "
          "as it was",
          "[postgres][guard][kept]")
{
    KeptTeam team;
    // Both breaches recorded on the owner's ticket: the sweep a month later.
    REQUIRE(Tickets(*team.owner, FixedClock(test::testNow().addDays(30))).sweepBreaches());
    const qint64 fresh = team.newTicket(*team.owner, QStringLiteral("Export is slow"));
    pg::Connection rep = team.raw(team.repLogin);
    const QByteArray ticket = " WHERE id = " + id(team.ticket);
    const std::string before = trace(rep, team.ticket, team.customer, team.contact);

    requireKept(rep, "UPDATE ticket SET first_response_at = created_at + 60" + ticket);
    requireKept(rep, "UPDATE ticket SET first_response_breached_at = NULL" + ticket);
    requireKept(rep, "UPDATE ticket SET resolution_breached_at = NULL" + ticket);
    requireKept(
        rep, "UPDATE ticket SET first_response_breached_at = NULL, resolution_breached_at = NULL, "
             "first_response_at = created_at + 60, search = NULL" +
                 ticket);
    requireKept(rep, "UPDATE ticket SET first_response_breached_at = created_at + 1 WHERE id = " +
                         id(fresh));
    requireKept(rep, "UPDATE ticket SET created_at = created_at - 86400" + ticket);
    requireKept(rep, "UPDATE ticket SET solved_at = created_at + 60" + ticket);
    requireKept(rep, "UPDATE ticket SET status = 'solved', solved_at = created_at - 60" + ticket);
    requireKept(rep, "UPDATE ticket SET sla_paused_secs = 999999" + ticket);
    requireKept(rep, "UPDATE ticket SET status = 'open', sla_paused_since = created_at" + ticket);
    requireKept(rep,
                "UPDATE ticket SET status = 'pending', sla_paused_since = created_at - 1" + ticket);
    const QByteArray customer = " WHERE id = " + id(team.customer);
    requireKept(rep, "UPDATE customer SET open_tickets = 0" + customer);
    requireKept(rep, "UPDATE customer SET last_touch_at = NULL" + customer);
    requireKept(rep, "UPDATE customer SET stage_entered_at = 0" + customer);
    requireKept(rep, "UPDATE customer SET stage = 'advocacy'" + customer);
    requireKept(rep, "UPDATE contact SET added_at = 0 WHERE id = " + id(team.contact));
    CHECK(trace(rep, team.ticket, team.customer, team.contact) == before);

    // search is the server's: whatever is sent, it is the subject's and description's words.
    REQUIRE(rep.exec("UPDATE ticket SET search = to_tsvector('simple', 'forged')" + ticket));
    CHECK(test::pgNumber(rep, "SELECT count(*) FROM ticket WHERE search IS DISTINCT FROM "
                              "fd_ticket_search(subject, description)") == 0);
    CHECK(trace(rep, team.ticket, team.customer, team.contact) == before);

    // A pause that ends claims at most the time since it began, by the server's clock.
    REQUIRE(
        rep.exec("UPDATE ticket SET status = 'pending', sla_paused_since = created_at WHERE id = " +
                 id(fresh)));
    requireKept(
        rep,
        "UPDATE ticket SET status = 'open', sla_paused_since = NULL, sla_paused_secs = 315360000 "
        "WHERE id = " +
            id(fresh));

    // Through FunnelDesk's client the refusal is one sentence of its own, a missing right.
    OwnedDatabase mine = team.open(team.repLogin);
    const Status written = mine->guard([&] { mine->execute("UPDATE ticket SET created_at = 0"); });
    REQUIRE_FALSE(written);
    INFO(QString(written.error()).toStdString());
    CHECK(written.error().is(Error::Kind::NoRight));
    CHECK(QString(written.error())
              .startsWith(
                  QStringLiteral(
                      "FunnelDesk keeps ticket.created_at itself, from the replies, the status "
                      "changes, the stage moves and the SLA targets; “%1”, a rep, may not change "
                      "it directly on ")
                      .arg(team.repLogin)));

    // A disabled guard is named by check.
    REQUIRE(team.schema.connect().exec("ALTER TABLE ticket DISABLE TRIGGER ticket_kept"));
    const auto found = service::Maintenance(*team.owner).check();
    REQUIRE(found);
    INFO(found->join(QLatin1Char('\n')).toStdString());
    CHECK(found->contains(QStringLiteral(
        "The trigger “ticket_kept” on “ticket” is disabled, so a rep may write what "
        "FunnelDesk derives there (first response, breaches, solve time, SLA pauses, "
        "stage date, summaries) without a trace")));
}

TEST_CASE("kept: a rep's own paths still write what FunnelDesk derives: a reply's first response, "
          "a pause and its "
          "end, a solve, the SLA sweep, a touchpoint's summaries, a manual move; check then finds "
          "nothing",
          "[postgres][guard][kept]")
{
    KeptTeam team;
    OwnedDatabase mine = team.open(team.repLogin);
    const QDateTime start = test::testNow();
    const qint64 ticket = team.newTicket(*mine, QStringLiteral("Invoice missing"));

    test::replyAt(*mine, ticket, team.repAgent, start.addSecs(600),
                  QStringLiteral("Looking into it."));

    const auto step = [&](TicketStatus status, qint64 afterSecs) {
        const auto read = Tickets(*mine, FixedClock(start)).find(ticket);
        REQUIRE(read);
        REQUIRE(*read);
        Ticket changed = **read;
        changed.status = status;
        const auto saved =
            Tickets(*mine, FixedClock(start.addSecs(afterSecs))).update(changed, **read);
        INFO((saved ? QString() : QString(saved.error())).toStdString());
        REQUIRE(saved);
    };
    step(TicketStatus::Pending, 3600);
    step(TicketStatus::Open, 7200);
    // Two days on: the sweep of the rep's session records the owner's ticket's breaches.
    const auto swept = Tickets(*mine, FixedClock(start.addDays(2))).sweepBreaches();
    INFO((swept ? QString() : QString(swept.error())).toStdString());
    REQUIRE(swept);
    CHECK(*swept >= 1);
    step(TicketStatus::Solved, 10800);

    Touchpoint call;
    call.customerId = team.customer;
    call.kind = TouchpointKind::Phone;
    call.occurredAt = start.addSecs(900);
    const auto logged = Customers(*mine, FixedClock(start.addSecs(900))).logTouchpoint(call);
    INFO((logged ? QString() : QString(logged.error())).toStdString());
    REQUIRE(logged);
    const auto moved = Customers(*mine, FixedClock(start.addSecs(1200)))
                           .move(team.customer, Stage::PostSales, QStringLiteral("kick-off done"),
                                 QStringLiteral("Kai Rep"), std::nullopt);
    INFO((moved ? QString() : QString(moved.error())).toStdString());
    REQUIRE(moved);

    pg::Connection rep = team.raw(team.repLogin);
    const QByteArray where = " FROM ticket WHERE id = " + id(ticket);
    CHECK(test::pgNumber(rep, "SELECT first_response_at - created_at" + where) == 600);
    CHECK(test::pgNumber(rep, "SELECT sla_paused_secs" + where) == 3600);
    CHECK(test::pgNumber(rep, "SELECT solved_at - created_at" + where) == 10800);
    CHECK(test::pgNumber(rep, "SELECT count(*) FROM ticket WHERE id = " + id(team.ticket) +
                                  " AND first_response_breached_at IS NOT NULL") == 1);
    CHECK(test::pgNumber(rep, "SELECT count(*) FROM customer WHERE stage = 'post_sales' AND "
                              "last_touch_at IS NOT NULL") == 1);
    const auto checked = service::Maintenance(*team.owner).check();
    REQUIRE(checked);
    INFO(checked->join(QLatin1Char('\n')).toStdString());
    CHECK(checked->isEmpty());
}

TEST_CASE("kept: a rep's reply saved after a later one moves the first response earlier, to a "
          "reply's time only, "
          "never later",
          "[postgres][guard][kept]")
{
    KeptTeam team;
    OwnedDatabase mine = team.open(team.repLogin);
    const QDateTime start = test::testNow();
    const auto replyAt = [&](qint64 afterSecs) {
        test::replyAt(*mine, team.ticket, team.repAgent, start.addSecs(afterSecs));
    };
    pg::Connection rep = team.raw(team.repLogin);
    const QByteArray where = " WHERE id = " + id(team.ticket);
    replyAt(900);
    replyAt(300); // stamped earlier by its rep's clock, saved after
    CHECK(test::pgNumber(rep, "SELECT first_response_at - created_at FROM ticket" + where) == 300);
    // A reply the rep's psql dates before the ticket arrived is stored, but no first response.
    REQUIRE(rep.exec(
        "INSERT INTO ticket_comment (ticket_id, kind, author_agent_id, at, body) SELECT id, "
        "'public_reply', " +
        id(team.repAgent) + ", created_at - 60, 'Backdated.' FROM ticket" + where));

    const std::string before = trace(rep, team.ticket, team.customer, team.contact);
    requireKept(rep, "UPDATE ticket SET first_response_at = created_at + 900" +
                         where); // a reply's, but later
    requireKept(rep, "UPDATE ticket SET first_response_at = created_at + 100" +
                         where); // earlier, no reply's
    requireKept(rep, "UPDATE ticket SET first_response_at = created_at - 60" +
                         where); // a reply's, before arrival
    requireKept(rep, "UPDATE ticket SET first_response_at = NULL" + where);
    CHECK(trace(rep, team.ticket, team.customer, team.contact) == before);

    // check names the backdated reply, and only it: the first response is otherwise the earliest.
    const auto checked = service::Maintenance(*team.owner).check();
    REQUIRE(checked);
    CHECK(*checked == QStringList{QStringLiteral(
                          "1 tickets have a first response time that disagrees with their "
                          "agents' public replies (none, or later than the first reply)")});
    REQUIRE(team.schema.connect().exec("DELETE FROM ticket_comment WHERE body = 'Backdated.'"));
    const auto again = service::Maintenance(*team.owner).check();
    REQUIRE(again);
    INFO(again->join(QLatin1Char('\n')).toStdString());
    CHECK(again->isEmpty());
}

TEST_CASE("kept: the server refuses a time beyond the years 1 to 9999, a rep's or the owner's",
          "[postgres][guard][kept]")
{
    KeptTeam team;
    pg::Connection rep = team.raw(team.repLogin);
    const auto inserted =
        rep.exec("INSERT INTO ticket (customer_id, subject, created_at) VALUES (" +
                 id(team.customer) + ", 'Far away', 9223372036854775807)");
    REQUIRE_FALSE(inserted);
    CHECK(inserted.error().sqlState == "23514");
    const auto touched =
        rep.exec("INSERT INTO touchpoint (customer_id, kind, occurred_at) VALUES (" +
                 id(team.customer) + ", 'phone', -62135596801)");
    REQUIRE_FALSE(touched);
    CHECK(touched.error().sqlState == "23514");
    const auto moved = team.schema.connect().exec(
        "UPDATE ticket SET created_at = 253402300800 WHERE id = " + id(team.ticket));
    REQUIRE_FALSE(moved);
    CHECK(moved.error().sqlState == "23514");
    const auto paused = team.schema.connect().exec(
        "UPDATE ticket SET sla_paused_secs = -1 WHERE id = " + id(team.ticket));
    REQUIRE_FALSE(paused);
    CHECK(paused.error().sqlState == "23514");
}

TEST_CASE("kept: an upgrade that finds a time beyond the years 1 to 9999 stops with a sentence "
          "naming the row",
          "[postgres][upgrade][kept]")
{
    test::OldSchema old;
    test::makeOld(old, 9);
    pg::Connection conn = old.schema.connect(QStringLiteral("user=") + old.owner);
    const qint64 ticket = test::pgNumber(conn, "SELECT min(id) FROM ticket");
    REQUIRE(
        conn.exec("UPDATE ticket SET created_at = 9223372036854775807 WHERE id = " + id(ticket)));
    {
        const auto opened =
            Database::open(old.schema.location(QStringLiteral("user=") + old.owner), {});
        REQUIRE_FALSE(opened);
        INFO(QString(opened.error()).toStdString());
        CHECK(QString(opened.error())
                  .contains(
                      QStringLiteral(
                          "The row %1 of ticket has created_at = 9223372036854775807, outside the "
                          "times FunnelDesk keeps")
                          .arg(ticket)));
    }
    REQUIRE(conn.exec("UPDATE ticket SET created_at = 1767225600 WHERE id = " + id(ticket)));
    const auto opened =
        Database::open(old.schema.location(QStringLiteral("user=") + old.owner), {});
    INFO((opened ? QString() : QString(opened.error())).toStdString());
    CHECK(opened);
}
