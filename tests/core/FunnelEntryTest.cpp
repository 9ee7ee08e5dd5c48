// The entry into the funnel is made in one place (FunnelEntry, domain/StageTransition.h):
// a customer added through the repository (the window, the CLI, an import) and the demo's
// customers begin their history with the very transition it makes.
#include "demo/Generator.h"
#include "domain/Customer.h"
#include "domain/StageTransition.h"
#include "storage/CustomerRepository.h"
#include "storage/StageTransitionRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

void requireSame(const StageTransition& stored, const StageTransition& made)
{
    CHECK_FALSE(stored.from.has_value());
    CHECK(stored.customerId == made.customerId);
    CHECK(stored.to == made.to);
    CHECK(stored.at == made.at);
    CHECK(stored.actor == made.actor);
    CHECK(stored.reason == made.reason);
}

} // namespace

TEST_CASE("A customer added and a demo customer enter the funnel by the same transition",
          "[stages][funnel-entry]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("entry.sqlite")));

    Customer first;
    first.name = QStringLiteral("Onboarded Ltd");
    first.since = QDate(2026, 3, 1);
    auto onboarding = CustomerRepository(*db).add(first);
    REQUIRE(onboarding);
    Customer later;
    later.name = QStringLiteral("Migrated Ltd");
    later.since = QDate(2025, 6, 1);
    later.stage = Stage::Retention;
    later.stageEnteredAt = QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
    auto retention = CustomerRepository(*db).add(later);
    REQUIRE(retention);

    auto history = StageTransitionRepository(*db).forCustomer(*onboarding);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    requireSame(history->front(), FunnelEntry::of(*onboarding, Stage::Onboarding, first.since,
                                                  first.since.startOfDay().toUTC()));
    CHECK(history->front().actor == QStringLiteral("funnel.entry"));
    CHECK(history->front().reason ==
          QStringLiteral("Entered Onboarding with the first sale on 2026-03-01."));
    history = StageTransitionRepository(*db).forCustomer(*retention);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    requireSame(history->front(),
                FunnelEntry::of(*retention, Stage::Retention, later.since, later.stageEnteredAt));
    CHECK(history->front().reason ==
          QStringLiteral("Entered Retention when the customer was added."));

    // The demo's customers: each history begins with the entry into onboarding at the first sale.
    auto demo = test::openDatabase(scratch.file(QStringLiteral("demo.sqlite")));
    GeneratorOptions options;
    options.customers = 12;
    options.tickets = 20;
    options.touchpoints = 40;
    REQUIRE(Generator::run(*demo, options, FixedClock(test::testNow())));
    for (qint64 id = 1; id <= 12; ++id) {
        CAPTURE(id);
        auto customer = CustomerRepository(*demo).find(id);
        REQUIRE(customer);
        REQUIRE(customer->has_value());
        auto moves = StageTransitionRepository(*demo).forCustomer(id);
        REQUIRE(moves);
        REQUIRE_FALSE(moves->empty());
        const QDate since = (*customer)->since;
        requireSame(moves->front(),
                    FunnelEntry::of(id, Stage::Onboarding, since, since.startOfDay().toUTC()));
    }
}
