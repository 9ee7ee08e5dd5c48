// SLA clocks (PRODUCT.md §4): targets by priority, pauses while pending or on hold, and
// breaches recorded at the moment they happened.
#include "domain/Sla.h"
#include "demo/Generator.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "storage/CustomerRepository.h"
#include "storage/Statement.h"
#include "storage/TicketRepository.h"
#include "support/ImportTestSupport.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

const QDateTime kCreated(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

QDateTime hoursLater(double hours)
{
    return kCreated.addSecs(static_cast<qint64>(hours * 3600));
}

Ticket ticket(Priority priority)
{
    Ticket t;
    t.id = 1;
    t.customerId = 1;
    t.subject = QStringLiteral("Cannot log in");
    t.priority = priority;
    t.status = TicketStatus::Open;
    t.createdAt = kCreated;
    return t;
}

} // namespace

TEST_CASE("first response targets follow the priority", "[sla]")
{
    struct Row {
        Priority priority;
        double hours; // of the target
    };
    const auto row = GENERATE(Row{Priority::Urgent, 1}, Row{Priority::High, 4},
                              Row{Priority::Normal, 8}, Row{Priority::Low, 24});
    const SlaTargets targets;
    Ticket t = ticket(row.priority);

    const SlaStatus before = Sla::evaluate(t, targets, hoursLater(row.hours - 0.1));
    CHECK(before.firstResponse.state == SlaClock::State::Running);
    CHECK(before.firstResponse.due == hoursLater(row.hours));

    const SlaStatus after = Sla::evaluate(t, targets, hoursLater(row.hours + 0.1));
    CHECK(after.firstResponse.state == SlaClock::State::Breached);
    CHECK(after.firstResponse.breachedAt == hoursLater(row.hours));

    t.firstResponseAt = hoursLater(row.hours - 0.5);
    CHECK(Sla::evaluate(t, targets, hoursLater(row.hours * 10)).firstResponse.state ==
          SlaClock::State::Met);
}

TEST_CASE("the resolution clock pauses while pending or on hold", "[sla]")
{
    const SlaTargets targets; // normal: 72 h to resolve
    Ticket t = ticket(Priority::Normal);
    t.firstResponseAt = hoursLater(1);

    // Waiting on the customer for two days after 10 hours of work.
    Sla::changeStatus(t, TicketStatus::Pending, targets, hoursLater(10));
    CHECK(t.slaPausedSince == hoursLater(10));
    const SlaStatus paused = Sla::evaluate(t, targets, hoursLater(58));
    CHECK(paused.resolution.state == SlaClock::State::Paused);
    CHECK(paused.resolution.due == hoursLater(58 + 62)); // 62 h of the 72 h are left

    Sla::changeStatus(t, TicketStatus::Open, targets, hoursLater(58));
    CHECK(t.slaPausedSecs == 48 * 3600);
    CHECK_FALSE(t.slaPausedSince.isValid());
    CHECK(Sla::evaluate(t, targets, hoursLater(100)).resolution.state == SlaClock::State::Running);
    CHECK(Sla::evaluate(t, targets, hoursLater(100)).resolution.due == hoursLater(120));

    // Past the moved deadline the breach is dated at the deadline, not when it was seen.
    CHECK(Sla::recordBreaches(t, targets, hoursLater(130)));
    CHECK(t.resolutionBreachedAt == hoursLater(120));
    CHECK_FALSE(t.firstResponseBreachedAt.isValid());
    CHECK_FALSE(Sla::recordBreaches(t, targets, hoursLater(140))); // recorded once
}

TEST_CASE("solving stops the clocks and reopening clears solved_at", "[sla]")
{
    const SlaTargets targets;
    Ticket t = ticket(Priority::Urgent); // 1 h / 4 h
    Sla::changeStatus(t, TicketStatus::Solved, targets, hoursLater(0.5));
    CHECK(t.solvedAt == hoursLater(0.5));
    const SlaStatus solved = Sla::evaluate(t, targets, hoursLater(50));
    CHECK(solved.firstResponse.state == SlaClock::State::Met); // solved inside the hour
    CHECK(solved.resolution.state == SlaClock::State::Met);

    Sla::changeStatus(t, TicketStatus::Open, targets, hoursLater(6));
    CHECK_FALSE(t.solvedAt.isValid());
    CHECK(Sla::evaluate(t, targets, hoursLater(6)).resolution.state == SlaClock::State::Breached);
}

TEST_CASE("a breach that happened before a pause is recorded when the pause starts", "[sla]")
{
    const SlaTargets targets;
    Ticket t = ticket(Priority::High); // 4 h / 24 h
    Sla::changeStatus(t, TicketStatus::OnHold, targets, hoursLater(5));
    CHECK(t.firstResponseBreachedAt == hoursLater(4));
    CHECK_FALSE(t.resolutionBreachedAt.isValid());
}

TEST_CASE("targets come from settings and ignore nonsense", "[sla]")
{
    const SlaTargets targets = SlaTargets::fromSettings({
        {QStringLiteral("sla.urgent.first_response_hours"), QStringLiteral("2")},
        {QStringLiteral("sla.low.resolution_hours"), QStringLiteral("-3")},
        {QStringLiteral("sla.high.resolution_hours"), QStringLiteral("soon")},
    });
    CHECK(targets.firstResponseSecs(Priority::Urgent) == 2 * 3600);
    CHECK(targets.resolutionSecs(Priority::Low) == 120 * 3600);
    CHECK(targets.resolutionSecs(Priority::High) == 24 * 3600);
}

TEST_CASE("SLA texts a rep reads", "[sla]")
{
    SlaClock running;
    running.due = hoursLater(2.25);
    CHECK(Sla::describe(running, kCreated) == QStringLiteral("due in 2 h 15 min"));
    SlaClock breached;
    breached.state = SlaClock::State::Breached;
    breached.breachedAt = kCreated;
    CHECK(Sla::describe(breached, hoursLater(75)) == QStringLiteral("breached 3 d 3 h ago"));
    CHECK(Sla::duration(20) == QStringLiteral("1 min"));
}

// ---- Issue 14 §2: one rule (Sla::settle) for a ticket written whole, on every path ----

namespace {

QString iso(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

// Every column the SLA rule writes, as one line to compare.
QString slaFields(const Ticket& t)
{
    return QStringLiteral(
               "%1 solved=%2 paused=%3s since=%4 first_response_breached=%5 resolution_breached=%6")
        .arg(toString(t.status), iso(t.solvedAt))
        .arg(t.slaPausedSecs)
        .arg(iso(t.slaPausedSince), iso(t.firstResponseBreachedAt), iso(t.resolutionBreachedAt));
}

// The three tickets of the issue, urgent (1 h / 4 h), created 25 days before `now`: open;
// solved 10 h after creation; pending. None has a response.
struct IssueTicket {
    const char* name;
    TicketStatus status;
    bool solved;
};
constexpr IssueTicket kIssueTickets[] = {{"open", TicketStatus::Open, false},
                                         {"solved after 10 h", TicketStatus::Solved, true},
                                         {"pending", TicketStatus::Pending, false}};

Ticket issueTicket(const IssueTicket& which, const QDateTime& now, qint64 customerId = 1)
{
    Ticket t;
    t.customerId = customerId;
    t.subject = QStringLiteral("Everything is down");
    t.priority = Priority::Urgent;
    t.status = which.status;
    t.createdAt =
        QDateTime::fromSecsSinceEpoch(now.addDays(-25).toSecsSinceEpoch() / 60 * 60, Qt::UTC);
    if (which.solved)
        t.solvedAt = t.createdAt.addSecs(10 * 3600);
    return t;
}

std::vector<Ticket> allTickets(Database& db)
{
    std::vector<Ticket> result;
    auto q = db.query(std::string("SELECT ") + std::string(TicketRepository::kColumns) +
                      " FROM ticket t ORDER BY t.id");
    while (q->step())
        result.push_back(TicketRepository::read(*q));
    return result;
}

} // namespace

TEST_CASE("settle: a ticket written whole records what happened to it", "[sla][settle]")
{
    const SlaTargets targets;
    const QDateTime now = test::testNow().toUTC();
    const auto which = GENERATE(0, 1, 2);
    const IssueTicket& issue = kIssueTickets[which];
    INFO(issue.name);
    Ticket t = issueTicket(issue, now);
    const QDateTime created = t.createdAt;
    // Whatever the caller left in the SLA columns is derived again.
    t.slaPausedSecs = 99;
    t.resolutionBreachedAt = created.addDays(3);
    Sla::settle(t, targets, now);

    // Never answered: the first response was due an hour in, by every path.
    CHECK(t.firstResponseBreachedAt == created.addSecs(3600));
    CHECK(t.slaPausedSecs == 0);
    if (issue.status == TicketStatus::Pending) {
        // Paused since its last known event (no response: its creation), so the
        // resolution clock never ran out.
        CHECK(t.slaPausedSince == created);
        CHECK_FALSE(t.resolutionBreachedAt.isValid());
        CHECK(Sla::evaluate(t, targets, now).resolution.state == SlaClock::State::Paused);
    } else {
        CHECK_FALSE(t.slaPausedSince.isValid());
        CHECK(t.resolutionBreachedAt == created.addSecs(4 * 3600));
    }
    CHECK(t.solvedAt == (issue.solved ? created.addSecs(10 * 3600) : QDateTime()));
}

TEST_CASE("settle: the edges of a ticket written whole", "[sla][settle]")
{
    const SlaTargets targets;
    SECTION("solved before its first response: the solve stopped the first-response clock")
    {
        Ticket t = ticket(Priority::Normal); // 8 h / 72 h
        t.status = TicketStatus::Solved;
        t.solvedAt = hoursLater(2);
        t.firstResponseAt = hoursLater(30); // a reply after the solve
        Sla::settle(t, targets, hoursLater(100));
        CHECK_FALSE(t.firstResponseBreachedAt.isValid());
        CHECK(Sla::evaluate(t, targets, hoursLater(100)).firstResponse.state ==
              SlaClock::State::Met);
    }
    SECTION("solved without a solve time: solved at its last known event")
    {
        Ticket t = ticket(Priority::Urgent);
        t.status = TicketStatus::Closed;
        t.firstResponseAt = hoursLater(0.5);
        Sla::settle(t, targets, hoursLater(1000));
        CHECK(t.solvedAt == hoursLater(0.5));
        CHECK_FALSE(t.firstResponseBreachedAt.isValid());
        CHECK_FALSE(t.resolutionBreachedAt.isValid());
    }
    SECTION("an open status clears a solve time")
    {
        Ticket t = ticket(Priority::Low);
        t.solvedAt = hoursLater(1);
        Sla::settle(t, targets, hoursLater(2));
        CHECK_FALSE(t.solvedAt.isValid());
    }
    SECTION("pending after a response: paused since the response; a breach before it stays")
    {
        Ticket t = ticket(Priority::Urgent); // 1 h / 4 h
        t.status = TicketStatus::OnHold;
        t.firstResponseAt = hoursLater(6);
        Sla::settle(t, targets, hoursLater(500));
        CHECK(t.slaPausedSince == hoursLater(6));
        CHECK(t.firstResponseBreachedAt == hoursLater(1));
        CHECK(t.resolutionBreachedAt == hoursLater(4)); // ran out before the pause
    }
    SECTION(
        "dated ahead of the clock: a running clock records nothing yet, a stopped one its outcome")
    {
        Ticket open = ticket(Priority::Urgent);
        Sla::settle(open, targets, hoursLater(-2));
        CHECK_FALSE(open.firstResponseBreachedAt.isValid());
        CHECK_FALSE(open.resolutionBreachedAt.isValid());
        Sla::settle(open, targets, hoursLater(1.5)); // the sweep, once the hour has passed
        CHECK(open.firstResponseBreachedAt == hoursLater(1));

        Ticket solved = ticket(Priority::Urgent);
        solved.status = TicketStatus::Solved;
        solved.solvedAt = hoursLater(10);
        Sla::settle(solved, targets, hoursLater(-2));
        CHECK(solved.resolutionBreachedAt == hoursLater(4));
    }
}

TEST_CASE("the same ticket gets the same SLA columns through every way of writing it",
          "[sla][settle]")
{
    const SlaTargets targets;
    const QDateTime now = test::testNow().toUTC();
    test::Scratch scratch;
    auto added = test::openDatabase(scratch.file(QStringLiteral("add.sqlite")));
    Customer c;
    c.name = QStringLiteral("Acme Corp");
    c.email = QStringLiteral("ops@acme.example");
    c.since = now.date().addDays(-60);
    const qint64 acme = *CustomerRepository(*added).add(c);

    // The import: the same three rows, as a file says them.
    QByteArray csv = "external_ref,customer_email,subject,priority,status,created_at,solved_at\n";
    for (const IssueTicket& issue : kIssueTickets) {
        const Ticket t = issueTicket(issue, now);
        csv += QStringLiteral("T-%1,ops@acme.example,%2,urgent,%3,%4,%5\n")
                   .arg(&issue - kIssueTickets)
                   .arg(t.subject, toString(t.status), iso(t.createdAt),
                        t.solvedAt.isValid() ? iso(t.solvedAt) : QString())
                   .toUtf8();
    }
    auto imported = test::openDatabase(scratch.file(QStringLiteral("import.sqlite")));
    auto summary = test::importCsv(*imported, csv); // at testNow()
    INFO((summary ? QString() : QString(summary.error())).toStdString());
    REQUIRE(summary);
    REQUIRE(summary->imported == 3);
    const std::vector<Ticket> fromImport = allTickets(*imported);
    REQUIRE(fromImport.size() == 3);

    for (const IssueTicket& issue : kIssueTickets) {
        INFO(issue.name);
        const auto index = static_cast<std::size_t>(&issue - kIssueTickets);
        Ticket settled = issueTicket(issue, now, acme);
        Sla::settle(settled, targets, now);
        // TicketRepository::add (the CLI's `add ticket` and the window's new ticket call it).
        auto id = TicketRepository(*added).add(issueTicket(issue, now, acme), now);
        REQUIRE(id);
        auto stored = TicketRepository(*added).find(*id);
        REQUIRE((stored && *stored));
        CHECK(slaFields(**stored) == slaFields(settled));
        CHECK(slaFields(fromImport[index]) == slaFields(settled));
    }
    // Nothing later undoes them: the sweep finds nothing more to record.
    CHECK(*TicketRepository(*added).recordBreaches(now) == 0);
}

TEST_CASE("the generator writes every ticket as the one rule says", "[sla][settle][generator]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("g.sqlite")));
    const FixedClock clock(test::testNow());
    GeneratorOptions options;
    options.customers = 200;
    options.tickets = 2000;
    options.touchpoints = 8000;
    REQUIRE(Generator::run(*db, options, clock));
    const QDateTime now = clock.now().toUTC();
    int paused = 0;
    int breached = 0;
    for (const Ticket& t : allTickets(*db)) {
        Ticket again = t;
        Sla::settle(again, SlaTargets{}, now);
        INFO("ticket " << t.id);
        REQUIRE(slaFields(t) == slaFields(again));
        paused += t.slaPausedSince.isValid() ? 1 : 0;
        breached += t.firstResponseBreachedAt.isValid() || t.resolutionBreachedAt.isValid() ? 1 : 0;
    }
    CHECK(paused > 0);
    CHECK(breached > 0);
}

TEST_CASE("a status change pauses from the moment of the change", "[sla][settle]")
{
    const QDateTime now = test::testNow().toUTC();
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("u.sqlite")));
    Customer c;
    c.name = QStringLiteral("Acme Corp");
    c.since = now.date().addDays(-60);
    const qint64 acme = *CustomerRepository(*db).add(c);
    Ticket t = issueTicket(kIssueTickets[0], now, acme);
    t.createdAt =
        now.addSecs(-3 * 3600); // urgent: the first response is 2 h late, resolution 1 h to go
    const qint64 id = *TicketRepository(*db).add(t, now);
    t.id = id;
    t.status = TicketStatus::Pending;
    REQUIRE(TicketRepository(*db).update(t, now)); // the window's status change
    const Ticket stored = **TicketRepository(*db).find(id);
    CHECK(stored.slaPausedSince == now);
    CHECK(stored.firstResponseBreachedAt == t.createdAt.addSecs(3600));
    CHECK_FALSE(stored.resolutionBreachedAt.isValid());
}
