// The audit log (issue 17, "Audit log, on both backends"): each kind of ordinary write leaves
// its entries with the right old and new values, by the acting agent, in the write's own
// transaction; a bulk write leaves one entry; SQLite refuses changing or removing entries.
#include "storage/AuditLog.h"
#include "demo/Generator.h"
#include "domain/Agent.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "service/Audit.h"
#include "service/Customers.h"
#include "service/Session.h"
#include "service/Team.h"
#include "service/Tickets.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SettingsRepository.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"

#include "SchemaDowngrade.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

std::vector<AuditEntry> entries(Database& db, AuditFilter filter = {})
{
    auto all = AuditLog(db).list(filter);
    REQUIRE(all);
    return *all;
}

const AuditEntry* find(const std::vector<AuditEntry>& all, const QString& action,
                       const QString& table, const QString& field = QString())
{
    for (const AuditEntry& e : all) {
        if (e.action == action && e.table == table && (field.isNull() || e.field == field))
            return &e;
    }
    return nullptr;
}

} // namespace

TEST_CASE("every ordinary write leaves its audit entries, by the acting agent", "[audit]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));
    const FixedClock clock(test::testNow());
    Agent ada;
    ada.name = QStringLiteral("Ada");
    auto adaId = Team(*db).add(ada);
    REQUIRE(adaId);
    Session(*db).setActingAgent(*adaId);

    Customer c;
    c.name = QStringLiteral("Acme");
    c.since = QDate(2026, 1, 5);
    auto added = Customers(*db, clock).add(c);
    REQUIRE(added);
    auto opened = Customers(*db, clock).find(added->value);
    REQUIRE(opened);
    REQUIRE(*opened);
    c = **opened;
    c.name = QStringLiteral("Acme Ltd");
    c.ownerId = *adaId;
    REQUIRE(Customers(*db, clock).update(c, **opened));

    Ticket t;
    t.customerId = c.id;
    t.subject = QStringLiteral("Login fails");
    auto ticket = Tickets(*db, clock).add(t);
    REQUIRE(ticket);
    auto found = Tickets(*db, clock).find(ticket->value);
    REQUIRE(found);
    REQUIRE(*found);
    Ticket open = **found;
    open.status = TicketStatus::Open;
    REQUIRE(Tickets(*db, clock).update(open, **found));
    REQUIRE(SettingsRepository(*db).setValue(QStringLiteral("sla.first_response.urgent"),
                                             QStringLiteral("2")));

    const auto all = entries(*db);
    const AuditEntry* agentAdded = find(all, QStringLiteral("insert"), QStringLiteral("agent"));
    REQUIRE(agentAdded);
    CHECK(agentAdded->newValue == QStringLiteral("Ada"));
    CHECK_FALSE(agentAdded->agentId); // nobody was acting yet

    const AuditEntry* customerAdded =
        find(all, QStringLiteral("insert"), QStringLiteral("customer"));
    REQUIRE(customerAdded);
    CHECK(customerAdded->rowId == c.id);
    CHECK(customerAdded->customerId == c.id);
    CHECK(customerAdded->agentId == *adaId);
    CHECK(customerAdded->agentName == QStringLiteral("Ada"));
    CHECK(customerAdded->newValue == QStringLiteral("Acme"));
    CHECK(customerAdded->at >= QDateTime::currentSecsSinceEpoch() - 600);

    const AuditEntry* renamed =
        find(all, QStringLiteral("update"), QStringLiteral("customer"), QStringLiteral("name"));
    REQUIRE(renamed);
    CHECK(renamed->oldValue == QStringLiteral("Acme"));
    CHECK(renamed->newValue == QStringLiteral("Acme Ltd"));
    const AuditEntry* owner =
        find(all, QStringLiteral("update"), QStringLiteral("customer"), QStringLiteral("owner_id"));
    REQUIRE(owner);
    CHECK(owner->oldValue.isNull());
    CHECK(owner->newValue == QString::number(*adaId));
    // Fields the update wrote unchanged are not logged.
    CHECK_FALSE(
        find(all, QStringLiteral("update"), QStringLiteral("customer"), QStringLiteral("plan")));

    const AuditEntry* status =
        find(all, QStringLiteral("update"), QStringLiteral("ticket"), QStringLiteral("status"));
    REQUIRE(status);
    CHECK(status->oldValue == QStringLiteral("new"));
    CHECK(status->newValue == QStringLiteral("open"));
    CHECK(status->ticketId == ticket->value);
    CHECK(status->customerId == c.id);

    const AuditEntry* setting = find(all, QStringLiteral("insert"), QStringLiteral("settings"),
                                     QStringLiteral("sla.first_response.urgent"));
    REQUIRE(setting);
    CHECK(setting->newValue == QStringLiteral("2"));

    AuditFilter byTicket;
    byTicket.ticketId = ticket->value;
    for (const AuditEntry& e : entries(*db, byTicket))
        CHECK(e.ticketId == ticket->value);
    AuditFilter byCustomer;
    byCustomer.customerId = c.id;
    CHECK(entries(*db, byCustomer).size() > entries(*db, byTicket).size());
}

TEST_CASE("a write that rolls back leaves no audit entry", "[audit]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));
    const auto before = entries(*db).size();
    {
        Transaction tx(*db);
        db->execute("INSERT INTO canned_reply (title, body) VALUES ('Hi', 'Hello')");
        CHECK(entries(*db).size() == before + 1); // inside the transaction
    }                                             // rolled back
    CHECK(entries(*db).size() == before);
}

TEST_CASE("a bulk write is one audit entry naming the operation and its count", "[audit]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));
    GeneratorOptions options;
    options.customers = 50;
    options.tickets = 200;
    options.touchpoints = 600;
    REQUIRE(Generator::run(*db, options, FixedClock(test::testNow())));
    const auto all = entries(*db);
    REQUIRE(all.size() == 1);
    CHECK(all.front().action == QStringLiteral("bulk"));
    CHECK(all.front().field == QStringLiteral("generate"));
    CHECK(all.front().newValue == QStringLiteral("850"));

    // A paused connection writes no entries for its rows (in a transaction: on a server the
    // pause is the transaction's, 010_audit_hold.sql). On a server a pause that wrote no bulk
    // entry of its own still says who paused and what went unlogged (016_audit_pause.sql).
    {
        AuditPause quiet(*db);
        Transaction tx(*db);
        db->execute("INSERT INTO canned_reply (title, body) VALUES ('Hi', 'Hello')");
        tx.commit();
    }
    const bool server = db->backend() == Database::Backend::Postgres;
    const auto paused = entries(*db);
    REQUIRE(paused.size() == (server ? 2U : 1U));
    if (server) {
        CHECK(paused.back().action == QStringLiteral("bulk"));
        CHECK(paused.back().field == QStringLiteral("pause"));
        CHECK(paused.back().oldValue == QStringLiteral("canned_reply insert"));
    }
    db->execute("INSERT INTO canned_reply (title, body) VALUES ('Bye', 'Goodbye')");
    CHECK(entries(*db).size() == paused.size() + 1);
}

TEST_CASE("the audit log's entries cannot be changed or removed on SQLite", "[audit][sqlite-only]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));
    db->execute("INSERT INTO canned_reply (title, body) VALUES ('Hi', 'Hello')");
    REQUIRE(entries(*db).size() == 1);
    auto changed = db->guard([&] { db->execute("UPDATE audit_log SET new_value = 'Bye'"); });
    REQUIRE_FALSE(changed);
    CHECK(changed.error().contains(QStringLiteral("cannot be changed")));
    auto removed = db->guard([&] { db->execute("DELETE FROM audit_log"); });
    REQUIRE_FALSE(removed);
    CHECK(entries(*db).size() == 1);
    CHECK(entries(*db).front().newValue == QStringLiteral("Hi"));
}

TEST_CASE("service::Audit lists by local days and refuses a customer and a ticket together",
          "[audit]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));
    db->execute("INSERT INTO canned_reply (title, body) VALUES ('Hi', 'Hello')");
    service::Audit audit(*db);
    service::Audit::Query today;
    today.from = QDate::currentDate();
    today.to = QDate::currentDate();
    auto listed = audit.list(today);
    REQUIRE(listed);
    CHECK(listed->size() == 1);
    CHECK(service::AuditText::change(listed->front(), {}) == QStringLiteral("Added: Hi"));
    service::Audit::Query yesterday;
    yesterday.to = QDate::currentDate().addDays(-1);
    listed = audit.list(yesterday);
    REQUIRE(listed);
    CHECK(listed->empty());
    service::Audit::Query both;
    both.customerId = 1;
    both.ticketId = 1;
    CHECK_FALSE(audit.list(both));
}

TEST_CASE("A schema v5 file upgrades to v6: an empty audit log that then records writes",
          "[audit][sqlite-only][migration]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("v5.sqlite"));
    {
        auto db = test::openDatabase(path);
        db->execute("INSERT INTO canned_reply (title, body) VALUES ('Hi', 'Hello')");
        test::downgradeToV5(*db);
        REQUIRE(Schema::version(*db) == 5);
        db->execute("UPDATE canned_reply SET title = 'Hello there'"); // written with no log
    }
    auto db = test::openDatabase(path);
    CHECK(Schema::version(*db) == Schema::kVersion);
    CHECK(entries(*db).empty());
    db->execute("UPDATE canned_reply SET title = 'Hey'");
    const auto all = entries(*db);
    REQUIRE(all.size() == 1);
    CHECK(all.front().oldValue == QStringLiteral("Hello there"));
    CHECK(all.front().newValue == QStringLiteral("Hey"));
}
