// Issue 15: open queues list the most urgent first: SLA breached longest ago, then due
// soonest, then tickets with no clock running; ties by priority, then age.
#include "domain/Customer.h"
#include "domain/Sla.h"
#include "domain/Ticket.h"
#include "storage/CustomerRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TicketListRepository.h"
#include "storage/TicketRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace fd;
using Queue = TicketListQuery::Queue;

namespace {

struct Desk {
    test::Scratch scratch;
    std::unique_ptr<Database> db = test::openDatabase(scratch.file(QStringLiteral("u.sqlite")));
    qint64 customer = 0;
    const QDateTime start = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

    Desk()
    {
        Customer c;
        c.name = QStringLiteral("Acme Corp");
        c.since = QDate(2026, 1, 5);
        customer = *CustomerRepository(*db).add(c);
    }

    // A ticket created `hour` hours after `start`, answered `answeredAfter` hours after
    // that when given, written as it happened (the SLA settled at its creation).
    qint64 add(int hour, Priority priority, TicketStatus status = TicketStatus::Open,
               std::optional<int> answeredAfter = std::nullopt)
    {
        Ticket t;
        t.customerId = customer;
        t.subject = QStringLiteral("Ticket at %1 h").arg(hour);
        t.status = status;
        t.priority = priority;
        t.createdAt = start.addSecs(hour * 3600LL);
        if (answeredAfter)
            t.firstResponseAt = t.createdAt.addSecs(*answeredAfter * 3600LL);
        auto id = TicketRepository(*db).add(t, t.firstResponseAt.isValid() ? t.firstResponseAt
                                                                           : t.createdAt);
        REQUIRE(id);
        return *id;
    }

    std::vector<qint64> urgent(Queue queue = Queue::AllOpen, bool descending = false)
    {
        TicketListQuery q;
        q.queue = queue;
        q.sortColumn = TicketListQuery::Column::Urgency;
        q.descending = descending;
        auto ids = TicketListRepository(*db).ids(q);
        REQUIRE(ids);
        return *ids;
    }
};

// The same order from Sla::evaluate, ticket by ticket: the moment the earliest clock that is
// running or breached passes its target; none for a ticket with no such clock, and then
// the paused by the resolution time they have left.
std::vector<qint64> orderBySla(const std::vector<TicketRow>& rows, const SlaTargets& targets,
                               const QDateTime& now)
{
    struct Key {
        qint64 at;
        qint64 left; // paused: the resolution time left
        int priority;
        qint64 created;
        qint64 id;
    };
    std::vector<Key> keys;
    for (const TicketRow& row : rows) {
        const SlaStatus s = Sla::evaluate(row.ticket, targets, now);
        qint64 at = std::numeric_limits<qint64>::max();
        for (const SlaClock& c : {s.firstResponse, s.resolution}) {
            if (c.state == SlaClock::State::Breached)
                at = std::min(at, c.breachedAt.toSecsSinceEpoch());
            else if (c.state == SlaClock::State::Running)
                at = std::min(at, c.due.toSecsSinceEpoch());
        }
        const qint64 left = row.ticket.solvedAt.isValid() ? std::numeric_limits<qint64>::max()
                            : s.resolution.state == SlaClock::State::Paused
                                ? now.secsTo(s.resolution.due)
                                : 0;
        keys.push_back({at, left, static_cast<int>(row.ticket.priority),
                        row.ticket.createdAt.toSecsSinceEpoch(), row.ticket.id});
    }
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        return std::tie(a.at, a.left, b.priority, a.created, a.id) <
               std::tie(b.at, b.left, a.priority, b.created, b.id);
    });
    std::vector<qint64> ids;
    for (const Key& k : keys)
        ids.push_back(k.id);
    return ids;
}

} // namespace

TEST_CASE("Open queues sort most urgent first: breached longest ago, then due soonest, then no "
          "clock, ties by priority",
          "[core][tickets][urgency]")
{
    Desk d;
    // Default targets: first response urgent 1 h, high 4 h, normal 8 h, low 24 h;
    // resolution high 24 h, normal 72 h.
    const qint64 paused =
        d.add(0, Priority::Urgent, TicketStatus::Pending, 0); // answered, paused: no clock
    const qint64 normalAt0 = d.add(0, Priority::Normal);      // first response due at 8 h
    const qint64 urgentAt0 = d.add(0, Priority::Urgent);      // due at 1 h
    const qint64 answeredHigh =
        d.add(0, Priority::High, TicketStatus::Open, 1);   // resolution due at 24 h
    const qint64 normalAt2 = d.add(2, Priority::Normal);   // due at 10 h
    const qint64 highAt5 = d.add(5, Priority::High);       // due at 9 h
    const qint64 tieFirst = d.add(4, Priority::Normal);    // due at 12 h
    const qint64 tieSecond = d.add(4, Priority::Normal);   // due at 12 h, a later id
    const qint64 lowAt11 = d.add(11, Priority::Low);       // due at 35 h
    const qint64 urgentAt34 = d.add(34, Priority::Urgent); // due at 35 h: urgent wins the tie
    const qint64 solved =
        d.add(0, Priority::Urgent, TicketStatus::Solved, 0); // not open: not listed

    const std::vector<qint64> expected{urgentAt0, normalAt0,    highAt5,    normalAt2, tieFirst,
                                       tieSecond, answeredHigh, urgentAt34, lowAt11,   paused};
    CHECK(d.urgent() == expected);
    // Descending: the exact reverse.
    CHECK(d.urgent(Queue::AllOpen, true) ==
          std::vector<qint64>(expected.rbegin(), expected.rend()));
    auto all = d.urgent(Queue::All);
    CHECK(std::find(all.begin(), all.end(), solved) != all.end());
    CHECK(all.back() ==
          solved); // a solved ticket has no clock running either: after every open one
}

TEST_CASE(
    "The urgency order follows the file's SLA targets and recorded breaches, as Sla::evaluate does",
    "[core][tickets][urgency]")
{
    Desk d;
    // Urgent tickets get 30 hours to answer and 40 to solve in this file: an urgent ticket is
    // no longer the most urgent.
    REQUIRE(SettingsRepository(*d.db).setValue(SlaTargets::key(Priority::Urgent, true),
                                               QStringLiteral("30")));
    REQUIRE(SettingsRepository(*d.db).setValue(SlaTargets::key(Priority::Urgent, false),
                                               QStringLiteral("40")));
    const qint64 urgent = d.add(0, Priority::Urgent);
    const qint64 normal = d.add(1, Priority::Normal);
    CHECK(d.urgent() == std::vector<qint64>{normal, urgent});

    // Many tickets in every state, some written long after they happened (their breaches
    // recorded): the SQL order is Sla::evaluate's.
    std::mt19937 random(15);
    const TicketStatus statuses[] = {TicketStatus::New, TicketStatus::Open, TicketStatus::Pending,
                                     TicketStatus::OnHold};
    for (int i = 0; i < 300; ++i) {
        Ticket t;
        t.customerId = d.customer;
        t.subject = QStringLiteral("Generated %1").arg(i);
        t.status = statuses[random() % 4];
        t.priority = static_cast<Priority>(random() % 4);
        t.createdAt = d.start.addSecs(static_cast<qint64>(random() % (200 * 3600)));
        if (random() % 2)
            t.firstResponseAt = t.createdAt.addSecs(static_cast<qint64>(random() % (40 * 3600)));
        const QDateTime written = t.createdAt.addSecs(static_cast<qint64>(random() % (300 * 3600)));
        REQUIRE(TicketRepository(*d.db).add(t, std::max(written, t.firstResponseAt)));
    }
    auto targets = TicketRepository(*d.db).slaTargets();
    REQUIRE(targets);
    const std::vector<qint64> ids = d.urgent();
    REQUIRE(ids.size() == 302);
    auto rows = TicketListRepository(*d.db).rows(ids);
    REQUIRE(rows);
    // Long after every deadline: a clock still running then has breached at its due time.
    CHECK(ids == orderBySla(*rows, *targets, d.start.addYears(1)));
}
