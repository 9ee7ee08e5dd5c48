// SLA clocks (PRODUCT.md §4): targets by priority, pauses while pending or on hold, and
// breaches recorded at the moment they happened.
#include "domain/Sla.h"
#include "domain/Ticket.h"
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
