// Simulated reps on one server (issue 17, "Tests": "two and then eight simulated reps work the
// same server at random for a bounded time … No update may be lost: every refused save must be a
// conflict the test expected. Every change must appear in the audit log, and `check` must pass at
// the end"). Each rep is a core-level client (tests/support/TeamSim.h) with a login of its own
// made through the team API, on a connection and a thread of its own; the work is bounded by a
// number of operations per rep, drawn from a seeded RNG. [postgres]: the throwaway cluster of
// tests/pg/with-cluster.sh (ctest "core pg: …"). Logins are cluster-wide: named after the schema.
#include "common/Clock.h"
#include "service/Customers.h"
#include "service/Maintenance.h"
#include "service/Team.h"
#include "service/Tickets.h"
#include "storage/Database.h"
#include "storage/postgres/PgTeam.h"
#include "support/PgTestSchema.h"
#include "support/TeamSim.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace fd;
using namespace fd::test::sim;

namespace {

// A FunnelDesk schema with 3 customers and 6 new tickets, and `reps` logins (every fourth, the
// first among them, a manager) each with a client seeded from `seed`.
struct Desk {
    test::PgTestSchema schema;
    OwnedDatabase owner;
    Pool pool;
    std::vector<std::unique_ptr<Client>> clients;
    qint64 auditFrom = 0;

    Desk(int reps, unsigned seed)
    {
        pg::Connection made = schema.initialised();
        REQUIRE(pg::Team::claimOwner(made));
        Result<OwnedDatabase> opened = Session::open(schema.location(), {});
        REQUIRE(opened);
        owner = std::move(*opened);
        for (int i = 0; i < 3; ++i) {
            auto customer = Customers(*owner, Clock::system())
                                .add(test::customerNamed(QStringLiteral("Sim %1").arg(i)));
            REQUIRE(customer);
            pool.addCustomer(customer->value);
            for (int j = 0; j < 2; ++j) {
                Ticket ticket;
                ticket.customerId = customer->value;
                ticket.subject = QStringLiteral("Seeded %1.%2").arg(i).arg(j);
                auto added = Tickets(*owner, Clock::system()).add(ticket);
                REQUIRE(added);
                pool.addTicket(added->value, fieldsOf(ticket));
            }
        }
        for (int i = 0; i < reps; ++i) {
            const QString login = schema.name() + QStringLiteral("_rep%1").arg(i);
            const QString name = QStringLiteral("Rep %1").arg(i);
            const AgentRole role = i % 4 == 0 ? AgentRole::Manager : AgentRole::Rep;
            const Result<qint64> agent = Team(*owner).addLogin(login, name, role, std::nullopt);
            INFO((agent ? QString() : QString(agent.error())).toStdString());
            REQUIRE(agent);
            clients.push_back(
                std::make_unique<Client>(schema.location(QStringLiteral("user=") + login), login,
                                         *agent, name, seed + static_cast<unsigned>(i)));
        }
        pool.setHot(6); // the seeded tickets: most of the work is on them
        auditFrom = lastAuditId(*owner);
    }

    std::vector<Client*> all() const
    {
        std::vector<Client*> out;
        for (const auto& client : clients)
            out.push_back(client.get());
        return out;
    }

    QStringList problems() { return lostUpdates(*owner, all(), pool, auditFrom); }

    std::size_t count(std::size_t (*of)(const ClientLog&)) const
    {
        std::size_t n = 0;
        for (const auto& client : clients)
            n += of(client->log());
        return n;
    }
    std::size_t saves() const
    {
        return count([](const ClientLog& log) { return log.saves.size(); });
    }
    std::size_t refusals() const
    {
        return count([](const ClientLog& log) { return log.refusals.size(); });
    }
    std::size_t busy() const
    {
        return count(
            [](const ClientLog& log) { return static_cast<std::size_t>(log.busy.size()); });
    }
    // What the run did, for the test's log.
    std::string summary() const
    {
        QStringList busyText;
        for (const auto& client : clients)
            busyText << client->log().busy;
        return QStringLiteral(
                   "%1 saves accepted, %2 refused as conflicts, %3 writes refused as busy%4")
            .arg(saves())
            .arg(refusals())
            .arg(busy())
            .arg(busyText.isEmpty() ? QString()
                                    : QStringLiteral(":\n") + busyText.join(QLatin1Char('\n')))
            .toStdString();
    }

    // No update lost, every change in the audit log, and `check` passes.
    void requireSound()
    {
        const QStringList found = problems();
        INFO(found.join(QLatin1Char('\n')).toStdString());
        CHECK(found.isEmpty());
        const Result<QStringList> checked = service::Maintenance(*owner).check();
        REQUIRE(checked);
        INFO(checked->join(QLatin1Char('\n')).toStdString());
        CHECK(checked->isEmpty());
        CHECK(saves() > 0);
    }
};

} // namespace

TEST_CASE(
    "postgres team sim: two reps at once lose no update, and every change is in the audit log",
    "[postgres][team][sim]")
{
    Desk desk(2, 1702);
    run(desk.all(), desk.pool, 150, false);
    desk.requireSound();
    WARN("two reps: " << desk.summary());
}

TEST_CASE(
    "postgres team sim: eight reps at once lose no update, and every change is in the audit log",
    "[postgres][team][sim]")
{
    Desk desk(8, 8017);
    run(desk.all(), desk.pool, 60, false);
    desk.requireSound();
    WARN("eight reps: " << desk.summary());
}

TEST_CASE("postgres team sim: two reps taking turns have saves refused, each a conflict the "
          "server's version explains",
          "[postgres][team][sim]")
{
    Desk desk(2, 42);
    run(desk.all(), desk.pool, 120, true); // one step each in turn: the same run every time
    desk.requireSound();
    CHECK(desk.refusals() > 0);
}

TEST_CASE(
    "postgres team sim: a rep that saves over a ticket without the version it opened is caught",
    "[postgres][team][sim]")
{
    Desk desk(2, 42);
    desk.clients[1]->saveWithoutVersion();
    run(desk.all(), desk.pool, 120, true);
    const QStringList found = desk.problems();
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(found.isEmpty());
    CHECK(found.filter(QStringLiteral("lost update")).size() > 0);
}
