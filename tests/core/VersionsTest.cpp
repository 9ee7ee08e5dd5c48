// Issue 17, "No lost updates": every row a rep edits carries a version; a save names the
// version it edits and is refused, nothing written, when another rep saved the row since,
// with one sentence naming who changed what and when. Two connections on one database
// (a file, or a schema on the test server) stand for two reps.
#include "common/Clock.h"
#include "common/Translations.h"
#include "domain/Agent.h"
#include "domain/CannedReply.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "service/Customers.h"
#include "service/Team.h"
#include "service/Tickets.h"
#include "storage/AgentRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/TicketRepository.h"
#include "support/TestSupport.h"

#include "SchemaDowngrade.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

// Two reps on one database: Ava at `a`, Emma Hansen at `b` (b's acting agent).
struct TwoReps {
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("team.sqlite"));
    std::unique_ptr<Database> a = test::openDatabase(path);
    std::unique_ptr<Database> b = test::openDatabase(path);
    FixedClock clock{test::testNow().addSecs(42 * 60)}; // 2026-03-15 10:42 local (Europe/Berlin)
    qint64 ava = 0;
    qint64 emma = 0;
    qint64 customer = 0;

    TwoReps()
    {
        ava = agent(QStringLiteral("Ava Patel"));
        emma = agent(QStringLiteral("Emma Hansen"));
        b->setActingAgent(emma);
        auto added = Customers(*a, clock).add(test::customerNamed(QStringLiteral("Acme")));
        REQUIRE(added);
        customer = added->value;
    }

    qint64 agent(const QString& name)
    {
        Agent agent;
        agent.name = name;
        auto id = AgentRepository(*a).add(agent);
        REQUIRE(id);
        return *id;
    }

    qint64 ticket(TicketStatus status = TicketStatus::Open)
    {
        Ticket t;
        t.customerId = customer;
        t.subject = QStringLiteral("Printer on fire");
        t.status = status;
        auto id = Tickets(*a, clock).add(t);
        REQUIRE(id);
        return id->value;
    }

    static Ticket ticketAt(Database& db, qint64 id)
    {
        auto found = TicketRepository(db).find(id);
        REQUIRE(found);
        REQUIRE(*found);
        return **found;
    }

    static Customer customerAt(Database& db, qint64 id)
    {
        auto found = CustomerRepository(db).find(id);
        REQUIRE(found);
        REQUIRE(*found);
        return **found;
    }
};

} // namespace

TEST_CASE(
    "Versions: the second of two saves of one ticket is refused, naming who changed what and when",
    "[versions]")
{
    TwoReps reps;
    const qint64 id = reps.ticket();
    const Ticket openedA = TwoReps::ticketAt(*reps.a, id);
    const Ticket openedB = TwoReps::ticketAt(*reps.b, id);
    CHECK(openedA.version.number == 0);

    Ticket pending = openedB;
    pending.status = TicketStatus::Pending;
    REQUIRE(Tickets(*reps.b, reps.clock).update(pending, openedB));
    const Ticket afterB = TwoReps::ticketAt(*reps.a, id);
    CHECK(afterB.version.number == 1);
    CHECK(afterB.version.changedAt == reps.clock.now());
    CHECK(afterB.version.changedBy == reps.emma);

    Ticket urgent = openedA;
    urgent.priority = Priority::Urgent;
    urgent.assigneeId = reps.ava;
    const auto refused = Tickets(*reps.a, reps.clock).update(urgent, openedA);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().is(Error::Kind::Conflict));
    CHECK(refused.error() ==
          QStringLiteral("Ticket #%1 was changed by Emma Hansen at 10:42 (status → Pending) after "
                         "you opened it; your change was not saved.")
              .arg(id));
    // Nothing of A's was written: the row is B's, its version too.
    const Ticket stored = TwoReps::ticketAt(*reps.b, id);
    CHECK(stored.priority == Priority::Normal);
    CHECK_FALSE(stored.assigneeId);
    CHECK(stored.status == TicketStatus::Pending);
    CHECK(stored.version.number == 1);

    SECTION("a save after the reload lands, stamped with its rep; nobody known is someone else")
    {
        const Ticket reloaded = TwoReps::ticketAt(*reps.a, id);
        Ticket again = reloaded;
        again.priority = Priority::Urgent;
        REQUIRE(Tickets(*reps.a, reps.clock).update(again, reloaded));
        const Ticket saved = TwoReps::ticketAt(*reps.b, id);
        CHECK(saved.priority == Priority::Urgent);
        CHECK(saved.status == TicketStatus::Pending);
        CHECK(saved.version.number == 2);
        CHECK_FALSE(saved.version.changedBy); // a's connection knows no agent

        Ticket late = afterB; // B still holds the ticket as of its own save
        late.category = Category::Billing;
        const auto second = Tickets(*reps.b, reps.clock).update(late, afterB);
        REQUIRE_FALSE(second);
        CHECK(second.error() ==
              QStringLiteral("Ticket #%1 was changed by someone else at 10:42 (priority → Urgent) "
                             "after you opened it; your change was not saved.")
                  .arg(id));
    }
    SECTION("a change on another day names the day; several fields are listed")
    {
        const FixedClock tomorrow(reps.clock.now().addDays(1));
        const Ticket reloaded = TwoReps::ticketAt(*reps.b, id);
        Ticket more = reloaded;
        more.assigneeId = reps.ava;
        more.subject = QStringLiteral("Printer still on fire");
        REQUIRE(Tickets(*reps.b, reps.clock).update(more, reloaded));
        const auto refusedLater = Tickets(*reps.a, tomorrow).update(urgent, openedA);
        REQUIRE_FALSE(refusedLater);
        CHECK(refusedLater.error() ==
              QStringLiteral("Ticket #%1 was changed by Emma Hansen at 2026-03-15 10:42 (status → "
                             "Pending, assignee → "
                             "Ava Patel, subject → “Printer still on fire”) after you opened it; "
                             "your change was "
                             "not saved.")
                  .arg(id));
    }
}

TEST_CASE("Versions: replies are appended and never conflict; a reply that opens a new ticket is a "
          "change",
          "[versions]")
{
    TwoReps reps;
    SECTION("an open ticket: replies from both sides, and a save over them lands")
    {
        const qint64 id = reps.ticket(TicketStatus::Open);
        const Ticket openedA = TwoReps::ticketAt(*reps.a, id);
        TicketComment reply;
        reply.ticketId = id;
        reply.authorAgentId = reps.emma;
        reply.body = QStringLiteral("On it.");
        REQUIRE(Tickets(*reps.b, reps.clock).reply(reply));
        reply.authorAgentId = reps.ava;
        reply.body = QStringLiteral("Me too.");
        REQUIRE(Tickets(*reps.a, reps.clock).reply(reply));
        Ticket high = openedA;
        high.priority = Priority::High;
        REQUIRE(Tickets(*reps.a, reps.clock).update(high, openedA));
        auto thread = Tickets(*reps.a, reps.clock).thread(id);
        REQUIRE(thread);
        CHECK(thread->size() == 2);
    }
    SECTION("a new ticket answered is open: a rep who saw it new cannot save it back to new")
    {
        const qint64 id = reps.ticket(TicketStatus::New);
        const Ticket openedA = TwoReps::ticketAt(*reps.a, id);
        TicketComment reply;
        reply.ticketId = id;
        reply.authorAgentId = reps.emma;
        reply.body = QStringLiteral("On it.");
        REQUIRE(Tickets(*reps.b, reps.clock).reply(reply));
        Ticket high = openedA;
        high.priority = Priority::High;
        const auto refused = Tickets(*reps.a, reps.clock).update(high, openedA);
        REQUIRE_FALSE(refused);
        CHECK(refused.error() ==
              QStringLiteral("Ticket #%1 was changed by Emma Hansen at 10:42 (status → Open) after "
                             "you opened it; your change was not saved.")
                  .arg(id));
        CHECK(TwoReps::ticketAt(*reps.b, id).status == TicketStatus::Open);
    }
    SECTION("the SLA sweep is no rep's change: a save after it lands")
    {
        const qint64 id = reps.ticket(TicketStatus::Open);
        const Ticket openedA = TwoReps::ticketAt(*reps.a, id);
        const FixedClock later(reps.clock.now().addDays(10));
        auto swept = Tickets(*reps.b, later).sweepBreaches();
        REQUIRE(swept);
        REQUIRE(*swept == 1);
        Ticket high = openedA;
        high.priority = Priority::High;
        REQUIRE(Tickets(*reps.a, reps.clock).update(high, openedA));
        CHECK(TwoReps::ticketAt(*reps.b, id).resolutionBreachedAt.isValid()); // the sweep's, kept
    }
}

TEST_CASE("Versions: the second of two saves of one customer's profile is refused, nothing written",
          "[versions]")
{
    TwoReps reps;
    const Customer openedA = TwoReps::customerAt(*reps.a, reps.customer);
    const Customer openedB = TwoReps::customerAt(*reps.b, reps.customer);

    Customer owned = openedB;
    owned.ownerId = reps.emma;
    owned.plan = QStringLiteral("Enterprise");
    REQUIRE(Customers(*reps.b, reps.clock).update(owned, openedB));

    Customer churned = openedA;
    churned.status = CustomerStatus::Churned;
    churned.notes = QStringLiteral("Left for a rival.");
    const auto refused = Customers(*reps.a, reps.clock).update(churned, openedA);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().is(Error::Kind::Conflict));
    CHECK(refused.error() ==
          QStringLiteral("Acme (customer %1) was changed by Emma Hansen at 10:42 (plan → "
                         "“Enterprise”, owner → Emma Hansen) after you opened it; your change "
                         "was not saved.")
              .arg(reps.customer));
    const Customer stored = TwoReps::customerAt(*reps.b, reps.customer);
    CHECK(stored.status == CustomerStatus::Active);
    CHECK(stored.notes.isEmpty());
    CHECK(stored.plan == QStringLiteral("Enterprise"));
    CHECK(stored.version.number == 1);
    CHECK(stored.version.changedBy == reps.emma);

    // Reloaded, A's save lands; a manual move is no edit of the profile and keeps the version.
    const Customer reloaded = TwoReps::customerAt(*reps.a, reps.customer);
    REQUIRE(Customers(*reps.b, reps.clock)
                .move(reps.customer, Stage::Retention, QStringLiteral("call"),
                      QStringLiteral("Emma Hansen"), std::nullopt));
    Customer again = reloaded;
    again.notes = QStringLiteral("Left for a rival.");
    REQUIRE(Customers(*reps.a, reps.clock).update(again, reloaded));
    const Customer saved = TwoReps::customerAt(*reps.b, reps.customer);
    CHECK(saved.notes == QStringLiteral("Left for a rival."));
    CHECK(saved.ownerId == reps.emma);
    CHECK(saved.version.number == 2);
}

TEST_CASE("Versions: the second of two saves of one canned reply is refused, nothing written",
          "[versions]")
{
    TwoReps reps;
    CannedReply hi;
    hi.title = QStringLiteral("Hi");
    hi.body = QStringLiteral("Hello");
    auto id = Replies(*reps.a).add(hi);
    REQUIRE(id);
    auto listed = Replies(*reps.a).all();
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    const CannedReply opened = listed->front();

    CannedReply fromB = opened;
    fromB.body = QStringLiteral("Hello there, {customer.name}");
    REQUIRE(Replies(*reps.b).update(fromB, opened));

    CannedReply fromA = opened;
    fromA.title = QStringLiteral("Greeting");
    const auto refused = Replies(*reps.a).update(fromA, opened);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().is(Error::Kind::Conflict));
    auto now = Replies(*reps.a).all();
    REQUIRE(now);
    const CannedReply stored = now->front();
    CHECK(stored.title == QStringLiteral("Hi"));
    CHECK(stored.body == QStringLiteral("Hello there, {customer.name}"));
    CHECK(stored.version.number == 1);
    CHECK(stored.version.changedBy == reps.emma);
    // Stamped by the system clock: the time as the window writes it (today's, local).
    CHECK(refused.error() ==
          QStringLiteral("The canned reply “Hi” was changed by Emma Hansen at %1 (text → “Hello "
                         "there, {customer.name}”) after you opened it; your change was not "
                         "saved.")
              .arg(stored.version.changedAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
    // In German the sentence takes the canned reply (der Textbaustein) as it takes a ticket (das
    // Ticket): no pronoun of one gender after it.
    REQUIRE(installTranslations(QLocale(QLocale::German, QLocale::Germany)) == u"de"_s);
    const auto inGerman = Replies(*reps.a).update(fromA, opened);
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    REQUIRE_FALSE(inGerman);
    CHECK(inGerman.error().startsWith(u"Der Textbaustein „Hi“ wurde von Emma Hansen um "_s));
    CHECK(inGerman.error().contains(
        u"geändert, während Sie daran arbeiteten; Ihre Änderung wurde nicht gespeichert."_s));

    fromA = stored;
    fromA.title = QStringLiteral("Greeting");
    REQUIRE(Replies(*reps.a).update(fromA, stored));
}

TEST_CASE(
    "Versions: a schema v5 file upgrades to v6 with every row at version 0, and its rows save",
    "[sqlite-only][versions][migration]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("v5.sqlite"));
    qint64 ticketId = 0;
    {
        auto db = test::openDatabase(path);
        Agent ava;
        ava.name = QStringLiteral("Ava Patel");
        REQUIRE(AgentRepository(*db).add(ava));
        auto customer = CustomerRepository(*db).add(test::customerNamed(QStringLiteral("Acme")));
        REQUIRE(customer);
        Ticket t;
        t.customerId = *customer;
        t.subject = QStringLiteral("Old ticket");
        t.createdAt = test::testNow();
        auto id = TicketRepository(*db).add(t, test::testNow());
        REQUIRE(id);
        ticketId = *id;
        test::downgradeToV5(*db);
        REQUIRE(Schema::version(*db) == 5);
    }
    auto db = test::openDatabase(path);
    CHECK(Schema::version(*db) == Schema::kVersion);
    for (const char* table : {"agent", "customer", "contact", "ticket", "canned_reply"}) {
        CHECK(db->scalar(
                  std::string("SELECT count(*) FROM ") + table +
                  " WHERE version <> 0 OR changed_at IS NOT NULL OR changed_by IS NOT NULL") == 0);
    }
    const Ticket opened = TwoReps::ticketAt(*db, ticketId);
    Ticket solved = opened;
    solved.status = TicketStatus::Solved;
    REQUIRE(Tickets(*db, FixedClock(test::testNow())).update(solved, opened));
    CHECK(TwoReps::ticketAt(*db, ticketId).version.number == 1);
}
