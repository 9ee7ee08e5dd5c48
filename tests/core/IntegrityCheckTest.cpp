// IntegrityCheck (`check`): sound data passes, and each broken invariant is named with its count,
// on either backend (a server counts the tickets' and touchpoints' two in one pass).
#include "storage/IntegrityCheck.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "storage/CustomerRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TouchpointRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

QDateTime utc(int y, int m, int d, int h = 9)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

struct Fixture {
    test::Scratch scratch;
    std::unique_ptr<Database> db = test::openDatabase(scratch.file(QStringLiteral("check.sqlite")));

    qint64 customer(const QString& name)
    {
        auto id = CustomerRepository(*db).add(test::customerNamed(name));
        REQUIRE(id);
        return *id;
    }
};

} // namespace

TEST_CASE("The integrity check passes sound data and names broken invariants", "[repository]")
{
    Fixture f;
    const qint64 id = f.customer(QStringLiteral("Acme Corp"));
    Ticket t;
    t.customerId = id;
    t.subject = QStringLiteral("Question");
    t.createdAt = utc(2025, 8, 1);
    const auto first = TicketRepository(*f.db).add(t, t.createdAt);
    REQUIRE(first);
    auto sound = IntegrityCheck::run(*f.db);
    REQUIRE(sound);
    CHECK(sound->isEmpty());

    // After `sql`, the check names one problem, which says `words`.
    const auto onlyProblem = [&](const char* sql, const char* words) {
        f.db->execute(sql);
        auto problems = IntegrityCheck::run(*f.db);
        REQUIRE(problems);
        REQUIRE(problems->size() == 1);
        CHECK(problems->front().contains(QLatin1String(words)));
    };
    SECTION("a stage changed behind the history's back")
    {
        onlyProblem("UPDATE customer SET stage = 'advocacy'", "latest stage transition");
    }
    SECTION("a ticket without its touchpoint")
    {
        onlyProblem("DELETE FROM touchpoint", "inbound touchpoint");
    }
    SECTION("tickets without exactly one inbound touchpoint, and touchpoints of another "
            "customer, each counted")
    {
        // A server counts both in one pass over the tickets and their touchpoints
        // (kTicketTouchpointsPostgres), a file in two statements: the same counts either way.
        // The first ticket loses its touchpoint; the second's and a reply of it move to another
        // customer (two touchpoints of one ticket); the third gets a second inbound touchpoint
        // of its channel at its arrival, of the other customer; a touchpoint of no ticket moved
        // there too is neither.
        const qint64 other = f.customer(QStringLiteral("Other Corp"));
        const auto ticket = [&](const char* subject, const QDateTime& at) {
            Ticket u = t;
            u.subject = QString::fromLatin1(subject);
            u.createdAt = at;
            const auto added = TicketRepository(*f.db).add(u, at);
            REQUIRE(added);
            return *added;
        };
        const auto touch = [&](std::optional<qint64> of, Direction direction, const QDateTime& at) {
            Touchpoint p;
            p.customerId = id;
            p.kind = t.channel;
            p.direction = direction;
            p.occurredAt = at;
            p.ticketId = of;
            const auto added = TouchpointRepository(*f.db).add(p);
            REQUIRE(added);
            return *added;
        };
        const qint64 second = ticket("Another question", utc(2025, 8, 2));
        const qint64 third = ticket("A third question", utc(2025, 8, 3));
        touch(second, Direction::Outbound, utc(2025, 8, 2, 10));
        const qint64 twin = touch(third, Direction::Inbound, utc(2025, 8, 3));
        const qint64 loose = touch(std::nullopt, Direction::Inbound, utc(2025, 8, 4));
        const auto run = [&](const QString& sql) { f.db->execute(sql.toUtf8().constData()); };
        run(QStringLiteral("DELETE FROM touchpoint WHERE ticket_id = %1").arg(*first));
        run(QStringLiteral("UPDATE touchpoint SET customer_id = %1 WHERE ticket_id = %2 OR id IN "
                           "(%3, %4)")
                .arg(other)
                .arg(second)
                .arg(twin)
                .arg(loose));
        const auto problems = IntegrityCheck::run(*f.db);
        REQUIRE(problems);
        const auto named = [&](const char* words) {
            QStringList found;
            for (const QString& p : *problems) {
                if (p.contains(QLatin1String(words)))
                    found << p;
            }
            return found;
        };
        CHECK(named("inbound touchpoint") ==
              QStringList{QStringLiteral(
                  "2 tickets lack exactly one inbound touchpoint of their channel")});
        CHECK(named("another customer") ==
              QStringList{
                  QStringLiteral("3 touchpoints belong to another customer than their ticket")});
    }
}
