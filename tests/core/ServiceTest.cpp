// core/service (issue 16): every write and the re-evaluation of its customer land in one
// transaction, whole or not at all, and Written says what moved in one place.
#include "domain/Contact.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "service/Customers.h"
#include "service/Tickets.h"
#include "stages/StageEngine.h"
#include "storage/CustomerRepository.h"
#include "storage/TicketRepository.h"
#include "support/StageDesk.h"
#include "support/StorageFaults.h"

#include <catch2/catch.hpp>

#include <optional>

using namespace fd;

namespace {

struct Desk : test::StageDesk {
    Customers customers{*db, clock};
    Tickets tickets{*db, clock};

    // From now on every stage move is refused by the database, after the write itself
    // succeeded: the failure in the middle of a write and its re-evaluation.
    void refuseMoves()
    {
        refusal.emplace(*db, "stage_transition", "NEW.from_stage IS NOT NULL",
                        "moves refused by the test");
    }
    std::optional<test::RefusedInsert> refusal;
};

// What Written must say about `moves`, read back from the stored history.
void requireReported(Desk& d, const WrittenFacts& written, qint64 id, std::size_t movesBefore)
{
    const auto history = d.history(id);
    REQUIRE(history.size() == movesBefore + written.moves.size());
    REQUIRE_FALSE(written.moves.empty());
    QStringList stored;
    for (std::size_t i = movesBefore; i < history.size(); ++i)
        stored << history[i].reason;
    CHECK(written.reasons() == stored);
    CHECK(d.stage(id) == written.moves.back().to);
    CHECK(written.sentences() ==
          QStringList{WrittenFacts::moveSentence(written.customerName, written.moves.back())});
}

} // namespace

TEST_CASE("Service: each write re-evaluates its customer and reports the move", "[service]")
{
    Desk d;
    const qint64 id = d.customer(120);
    d.touch(id, TouchpointKind::Phone,
            d.daysAgo(100)); // the history says Retention; the stage still says Onboarding
    REQUIRE(d.stage(id) == Stage::Onboarding);
    const std::size_t before = d.history(id).size();

    SECTION("log a touchpoint")
    {
        Touchpoint p;
        p.customerId = id;
        p.kind = TouchpointKind::Email;
        p.occurredAt = d.daysAgo(1);
        auto written = d.customers.logTouchpoint(p);
        REQUIRE(written);
        CHECK(written->value > 0);
        CHECK(written->customerName == QStringLiteral("Acme"));
        requireReported(d, *written, id, before);
        CHECK(written->moves.back().to == Stage::Retention);
    }
    SECTION("add a contact")
    {
        Contact c;
        c.customerId = id;
        c.name = QStringLiteral("Ann");
        c.addedAt = d.clock.now();
        auto written = d.customers.addContact(c);
        REQUIRE(written);
        requireReported(d, *written, id, before);
    }
    SECTION("update the profile: the sentence names the customer by its new name")
    {
        auto c = CustomerRepository(*d.db).find(id);
        REQUIRE((c && *c));
        Customer renamed = **c;
        renamed.name = QStringLiteral("Acme Two");
        auto written = d.customers.update(renamed, **c);
        REQUIRE(written);
        CHECK(written->customerName == QStringLiteral("Acme Two"));
        requireReported(d, *written, id, before);
        CHECK(written->sentences().front().startsWith(QStringLiteral("Acme Two moved from ")));
    }
    SECTION("add a ticket: created now by the service's clock")
    {
        Ticket t;
        t.customerId = id;
        t.subject = QStringLiteral("Help");
        t.status = TicketStatus::Open;
        auto written = d.tickets.add(t);
        REQUIRE(written);
        requireReported(d, *written, id, before);
        auto stored = TicketRepository(*d.db).find(written->value);
        REQUIRE((stored && *stored));
        CHECK((*stored)->createdAt == d.clock.now());
    }
    SECTION("update a ticket")
    {
        Ticket t;
        t.customerId = id;
        t.subject = QStringLiteral("Help");
        t.status = TicketStatus::Open;
        t.createdAt = d.daysAgo(2);
        auto ticketId = TicketRepository(*d.db).add(t, d.clock.now()); // past the service
        REQUIRE(ticketId);
        auto stored = TicketRepository(*d.db).find(*ticketId);
        REQUIRE((stored && *stored));
        Ticket solved = **stored;
        solved.status = TicketStatus::Solved;
        auto written = d.tickets.update(solved, **stored);
        REQUIRE(written);
        requireReported(d, *written, id, before);
    }
    SECTION("add a customer whose first sale was long ago")
    {
        // Onboarding then completes on the days alone, so the add itself moves it.
        REQUIRE(StageEngine(*d.db, d.clock)
                    .saveRules({QStringLiteral("onboarding.complete.min_touchpoints=0")}));
        Customer c;
        c.name = QStringLiteral("Old Friend");
        c.since = test::testNow().date().addDays(-400);
        auto written = d.customers.add(c);
        REQUIRE(written);
        CHECK(written->customerName == QStringLiteral("Old Friend"));
        requireReported(d, *written, written->value, 1); // after its entry into the funnel
    }
    SECTION("a manual move")
    {
        auto written = d.customers.move(id, Stage::Advocacy, QStringLiteral("happy"),
                                        QStringLiteral("Ava Patel"), true);
        REQUIRE(written);
        REQUIRE(written->value);
        CHECK(written->moves.size() == 1);
        requireReported(d, *written, id, before);
        CHECK(written->sentences() ==
              QStringList{
                  QStringLiteral("Acme moved from Onboarding to Advocacy by Ava Patel: happy")});
        auto again = d.customers.move(id, Stage::Advocacy, QStringLiteral("still"),
                                      QStringLiteral("Ava Patel"), std::nullopt);
        REQUIRE(again);
        CHECK_FALSE(again->value);
        CHECK(again->sentences().isEmpty());
    }
}

// Moved from StageEngineTest with StageEngine::record, the service's transaction before it.
TEST_CASE("Service: a change re-evaluates its customer at once, in the same transaction",
          "[service][stages]")
{
    Desk d;
    const qint64 id = d.customer(120);
    CHECK(d.stage(id) == Stage::Onboarding);
    Touchpoint call;
    call.customerId = id;
    call.kind = TouchpointKind::Phone;
    call.occurredAt = d.daysAgo(100);
    auto result = d.customers.logTouchpoint(call);
    REQUIRE(result);
    REQUIRE(result->moves.size() == 2);
    CHECK(result->moves[1].to == Stage::Retention);
    CHECK(d.stage(id) == Stage::Retention);

    SECTION("a failed write leaves no move behind")
    {
        Touchpoint bad = call;
        bad.score = 42;
        auto failed = d.customers.logTouchpoint(bad);
        REQUIRE_FALSE(failed);
        CHECK(d.history(id).size() == 3);
    }
    SECTION("an urgent ticket sends it back to post-sales")
    {
        Ticket t;
        t.customerId = id;
        t.subject = QStringLiteral("Everything is down");
        t.priority = Priority::Urgent;
        t.status = TicketStatus::Open;
        t.createdAt = d.clock.now().toUTC();
        auto moved = d.tickets.add(t);
        REQUIRE(moved);
        REQUIRE(moved->moves.size() == 1);
        CHECK(moved->moves[0].actor == QStringLiteral("retention.regress"));
        CHECK(moved->moves[0].reason ==
              QStringLiteral("Retention → Post-sales: an open urgent ticket."));
    }
}

TEST_CASE("Service: a failure between the write and its moves leaves nothing written", "[service]")
{
    Desk d;
    const qint64 id = d.customer(120);
    d.touch(id, TouchpointKind::Phone, d.daysAgo(100));
    const qint64 touchpoints = d.count("SELECT COUNT(*) FROM touchpoint");
    const qint64 customers = d.count("SELECT COUNT(*) FROM customer");
    const qint64 tickets = d.count("SELECT COUNT(*) FROM ticket");
    const qint64 contacts = d.count("SELECT COUNT(*) FROM contact");
    const std::size_t before = d.history(id).size();
    d.refuseMoves();

    SECTION("a touchpoint")
    {
        Touchpoint p;
        p.customerId = id;
        p.kind = TouchpointKind::Email;
        p.occurredAt = d.daysAgo(1);
        auto written = d.customers.logTouchpoint(p);
        REQUIRE_FALSE(written);
        CHECK(d.count("SELECT COUNT(*) FROM touchpoint") == touchpoints);
    }
    SECTION("a ticket (and its touchpoint)")
    {
        Ticket t;
        t.customerId = id;
        t.subject = QStringLiteral("Help");
        auto written = d.tickets.add(t);
        REQUIRE_FALSE(written);
        CHECK(d.count("SELECT COUNT(*) FROM ticket") == tickets);
        CHECK(d.count("SELECT COUNT(*) FROM touchpoint") == touchpoints);
    }
    SECTION("a contact")
    {
        Contact c;
        c.customerId = id;
        c.name = QStringLiteral("Ann");
        c.addedAt = d.clock.now();
        REQUIRE_FALSE(d.customers.addContact(c));
        CHECK(d.count("SELECT COUNT(*) FROM contact") == contacts);
    }
    SECTION("a profile")
    {
        auto c = CustomerRepository(*d.db).find(id);
        REQUIRE((c && *c));
        Customer renamed = **c;
        renamed.name = QStringLiteral("Acme Two");
        REQUIRE_FALSE(d.customers.update(renamed, **c));
        auto stored = CustomerRepository(*d.db).find(id);
        REQUIRE((stored && *stored));
        CHECK((*stored)->name == QStringLiteral("Acme"));
    }
    SECTION("a new customer")
    {
        REQUIRE(StageEngine(*d.db, d.clock)
                    .saveRules({QStringLiteral("onboarding.complete.min_touchpoints=0")}));
        Customer c;
        c.name = QStringLiteral("Old Friend");
        c.since = test::testNow().date().addDays(-400);
        REQUIRE_FALSE(d.customers.add(c));
        CHECK(d.count("SELECT COUNT(*) FROM customer") == customers);
    }
    CHECK(d.stage(id) == Stage::Onboarding);
    CHECK(d.history(id).size() == before);
    CHECK_FALSE(d.db->scalar("SELECT COUNT(*) FROM stage_transition WHERE from_stage IS NOT NULL") >
                0);
}

TEST_CASE("Service: a refused commit leaves neither the write nor its moves", "[service]")
{
    Desk d;
    const qint64 id = d.customer(120);
    d.touch(id, TouchpointKind::Phone, d.daysAgo(100));
    const qint64 touchpoints = d.count("SELECT COUNT(*) FROM touchpoint");
    const std::size_t before = d.history(id).size();
    // A move now writes a row whose foreign key is checked only at COMMIT, and fails it:
    // the write and the re-evaluation succeed, the commit is refused.
    d.db->execute("CREATE TABLE move_audit (customer_id BIGINT REFERENCES customer (id) DEFERRABLE "
                  "INITIALLY DEFERRED)");
    test::AlsoAfterInsert audit(*d.db, "stage_transition", "NEW.from_stage IS NOT NULL",
                                "INSERT INTO move_audit VALUES (-1)");
    Touchpoint p;
    p.customerId = id;
    p.kind = TouchpointKind::Email;
    p.occurredAt = d.daysAgo(1);
    auto written = d.customers.logTouchpoint(p);
    REQUIRE_FALSE(written);
    CHECK_FALSE(written.error().isEmpty());
    CHECK(d.count("SELECT COUNT(*) FROM touchpoint") == touchpoints);
    CHECK(d.count("SELECT COUNT(*) FROM move_audit") == 0);
    CHECK(d.history(id).size() == before);
    CHECK(d.stage(id) == Stage::Onboarding);
    // The connection is usable afterwards: nothing of the refused transaction is left open.
    audit.drop();
    auto again = d.customers.logTouchpoint(p);
    REQUIRE(again);
    CHECK(d.stage(id) == Stage::Retention);
}

TEST_CASE("Service: rules that fight are reported in the sentences, nothing moved", "[service]")
{
    Desk d;
    const qint64 id = d.customer(300);
    d.touch(id, TouchpointKind::Phone, d.daysAgo(299));
    Ticket first;
    first.customerId = id;
    first.subject = QStringLiteral("Help");
    first.status = TicketStatus::Solved;
    first.createdAt = d.daysAgo(3);
    first.solvedAt = d.daysAgo(3).addSecs(3600);
    REQUIRE(d.tickets.add(first)); // onboarding → post-sales → retention
    REQUIRE(d.stage(id) == Stage::Retention);
    // Issue 14 §4: retention.regress.min_tickets=1 with postsales.settled.max_tickets=5 fight.
    REQUIRE(StageEngine(*d.db, d.clock)
                .saveRules({QStringLiteral("retention.regress.min_tickets=1"),
                            QStringLiteral("postsales.settled.max_tickets=5")}));
    const std::size_t before = d.history(id).size();

    Ticket t;
    t.customerId = id;
    t.subject = QStringLiteral("Another");
    t.status = TicketStatus::Open;
    auto written = d.tickets.add(t);
    REQUIRE(written);
    CHECK(written->moves.empty());
    REQUIRE(written->unstable.size() == 1);
    CHECK(written->unstable[0].customerId == id);
    const QString sentence =
        StageEngine::unstableSentence(written->unstable[0], QStringLiteral("Acme"));
    CHECK(sentence.contains(QStringLiteral("Acme (customer %1) was left in Retention").arg(id)));
    CHECK(written->sentences() == QStringList{sentence});
    CHECK(written->reasons() == QStringList{sentence});
    CHECK(d.history(id).size() == before);
    CHECK(d.stage(id) == Stage::Retention);
}

TEST_CASE("Service: a move is named once, the reason's own move part not repeated", "[service]")
{
    StageTransition rule;
    rule.from = Stage::Onboarding;
    rule.to = Stage::PostSales;
    rule.reason = QStringLiteral("Onboarding → Post-sales: 40 days since first sale.");
    CHECK(WrittenFacts::moveSentence(QStringLiteral("Acme"), rule) ==
          QStringLiteral("Acme moved from Onboarding to Post-sales: 40 days since first sale."));
    StageTransition manual = rule;
    manual.reason = QStringLiteral("Onboarding → Post-sales by Rita:");
    CHECK(WrittenFacts::moveSentence(QStringLiteral("Acme"), manual) ==
          QStringLiteral("Acme moved from Onboarding to Post-sales by Rita"));
    StageTransition other = rule;
    other.reason = QStringLiteral("imported");
    CHECK(WrittenFacts::moveSentence(QStringLiteral("Acme"), other) ==
          QStringLiteral("Acme moved to Post-sales: imported"));

    WrittenFacts facts;
    facts.customerName = QStringLiteral("Acme");
    CHECK(facts.sentences().isEmpty());
    CHECK(facts.reasons().isEmpty());
    StageTransition second;
    second.from = Stage::PostSales;
    second.to = Stage::Retention;
    second.reason = QStringLiteral("Post-sales → Retention: settled.");
    facts.moves = {rule, second};
    // One sentence for the customer's stage now; the log keeps every step.
    CHECK(facts.sentences() ==
          QStringList{QStringLiteral("Acme moved from Post-sales to Retention: settled.")});
    CHECK(facts.reasons() == QStringList{rule.reason, second.reason});
}

TEST_CASE("Service: the SLA sweep records breaches as of the service's clock", "[service]")
{
    Desk d;
    const qint64 id = d.customer(10);
    Ticket t;
    t.customerId = id;
    t.subject = QStringLiteral("Down");
    t.priority = Priority::Urgent;
    t.status = TicketStatus::Open;
    REQUIRE(d.tickets.add(t)); // created now
    auto none = d.tickets.sweepBreaches();
    REQUIRE(none);
    CHECK(*none == 0);
    d.clock.set(d.clock.now().addDays(10)); // far past any urgent target
    auto swept = d.tickets.sweepBreaches();
    REQUIRE(swept);
    CHECK(*swept == 1);
}
