// Success plans and their tasks (issue 18), on both backends: a stage's plan is created once
// per entry — on a new customer's entry, on a move, never again on a recompute — with due days
// from the entry's local day; marking a task done records its touchpoint and brings a
// recurring review back; My tasks groups overdue, today and this week; plans are edited with
// their steps checked.
#include "common/Clock.h"
#include "domain/Agent.h"
#include "domain/Customer.h"
#include "service/Customers.h"
#include "service/Tasks.h"
#include "stages/StageEngine.h"
#include "storage/AgentRepository.h"
#include "storage/Database.h"
#include "success/HealthEngine.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

qint64 addAgent(Database& db, const QString& name)
{
    Agent a;
    a.name = name;
    auto id = AgentRepository(db).add(a);
    REQUIRE(id);
    return *id;
}

qint64 addCustomer(Database& db, const Clock& clock, const QString& name, const QDate& since,
                   qint64 owner)
{
    Customer c = test::customerNamed(name);
    c.since = since;
    c.ownerId = owner;
    auto added = Customers(db, clock).add(c);
    REQUIRE(added);
    return added->value;
}

std::vector<Task> tasksOf(Database& db, const Clock& clock, qint64 customer, bool openOnly = true)
{
    TaskFilter all;
    all.openOnly = openOnly;
    auto found = Tasks(db, clock).list(all, 1000);
    REQUIRE(found);
    std::vector<Task> mine;
    for (const Task& t : *found)
        if (t.customerId == customer)
            mine.push_back(t);
    return mine;
}

} // namespace

TEST_CASE("a new customer gets its stage's plan once, due from its entry day, for its owner",
          "[tasks]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("plans.sqlite")));
    const FixedClock clock(test::testNow());
    const QDate today = test::testNow().date();
    const qint64 rita = addAgent(*db, QStringLiteral("Rita"));
    const qint64 acme = addCustomer(*db, clock, QStringLiteral("Acme"), today.addDays(-5), rita);

    // Onboarding entered 5 days ago: the kickoff of day 3 is past and left out; the others are due
    // 7, 14 and 30 days after the entry day.
    auto tasks = tasksOf(*db, clock, acme);
    REQUIRE(tasks.size() == 3);
    CHECK(tasks[0].title == QStringLiteral("Product walkthrough"));
    CHECK(tasks[0].dueDay == today.addDays(2));
    CHECK(tasks[0].kind == TouchpointKind::LiveChat);
    CHECK(tasks[0].ownerId == rita);
    CHECK(tasks[0].ownerName == QStringLiteral("Rita"));
    CHECK(tasks[0].origin == QStringLiteral("plan:onboarding"));
    CHECK(tasks[1].dueDay == today.addDays(9));
    CHECK(tasks[2].dueDay == today.addDays(25));

    // Recomputes and re-evaluations (a touchpoint) make none again.
    REQUIRE(StageEngine(*db, clock).recompute());
    REQUIRE(StageEngine(*db, clock).recompute());
    CHECK(tasksOf(*db, clock, acme).size() == 3);
    CHECK(db->scalar("SELECT count(*) FROM task") == 3);
}

TEST_CASE(
    "a move makes the new stage's plan, a customer passing a stage at once gets only the last",
    "[tasks]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("plans.sqlite")));
    FixedClock clock(test::testNow());
    const QDate today = test::testNow().date();
    const qint64 rita = addAgent(*db, QStringLiteral("Rita"));
    // First sale 400 days ago: every onboarding step is past, none is made.
    const qint64 old = addCustomer(*db, clock, QStringLiteral("Old"), today.addDays(-400), rita);
    CHECK(tasksOf(*db, clock, old).empty());
    // A touchpoint moves it through post-sales to retention in one re-evaluation: the review only.
    Touchpoint call;
    call.customerId = old;
    call.kind = TouchpointKind::Phone;
    call.occurredAt = test::testNow().addSecs(-3600);
    auto logged = Customers(*db, clock).logTouchpoint(call);
    REQUIRE(logged);
    REQUIRE_FALSE(logged->moves.empty());
    CHECK(logged->moves.back().to == Stage::Retention);
    auto tasks = tasksOf(*db, clock, old);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].title == QStringLiteral("Success review"));
    CHECK(tasks[0].kind == TouchpointKind::SuccessReview);
    CHECK(tasks[0].dueDay == today.addDays(90));

    // A manual move back to onboarding and on to retention again is a new entry: a new review.
    clock.set(test::testNow().addDays(1));
    REQUIRE(Customers(*db, clock)
                .move(old, Stage::Onboarding, QStringLiteral("Restarted"), QStringLiteral("Rita"),
                      std::nullopt));
    REQUIRE(Customers(*db, clock)
                .move(old, Stage::Retention, QStringLiteral("Back"), QStringLiteral("Rita"),
                      std::nullopt));
    tasks = tasksOf(*db, clock, old);
    CHECK(tasks.size() == 6); // the first review, onboarding's four, the second review
    CHECK(tasks.back().dueDay == today.addDays(91));
}

TEST_CASE("a task done records its touchpoint, lowers the overdue count, and a review comes back",
          "[tasks]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("plans.sqlite")));
    FixedClock clock(test::testNow());
    const QDate today = test::testNow().date();
    const qint64 rita = addAgent(*db, QStringLiteral("Rita"));
    const qint64 acme = addCustomer(*db, clock, QStringLiteral("Acme"), today, rita);
    auto tasks = tasksOf(*db, clock, acme);
    REQUIRE(tasks.size() == 4);
    const Task kickoff = tasks[0];

    // Ten days on the kickoff (day 3) and the walkthrough (day 7) are overdue.
    clock.set(test::testNow().addDays(10));
    auto before = HealthEngine(*db, clock).explain(acme);
    REQUIRE(before);
    CHECK(before->facts.overdueTasks == 2);
    auto overdue = Tasks(*db, clock).list(Tasks(*db, clock).overdue());
    REQUIRE(overdue);
    CHECK(overdue->size() == 2);

    auto done = Tasks(*db, clock).done(kickoff.id, rita);
    REQUIRE(done);
    REQUIRE(done->value);
    auto q = db->query(
        "SELECT kind, direction, agent_id, summary, occurred_at FROM touchpoint WHERE id = ?");
    q->bind(1, *done->value);
    REQUIRE(q->step());
    CHECK(q->text(0) == QStringLiteral("phone"));
    CHECK(q->text(1) == QStringLiteral("outbound"));
    CHECK(q->int64(2) == rita);
    CHECK(q->text(3) == QStringLiteral("Kickoff call"));
    CHECK(q->int64(4) == clock.now().toSecsSinceEpoch());
    auto after = HealthEngine(*db, clock).explain(acme);
    REQUIRE(after);
    CHECK(after->facts.overdueTasks == 1);
    CHECK(tasksOf(*db, clock, acme).size() == 3); // a one-off does not come back

    auto twice = Tasks(*db, clock).done(kickoff.id, rita);
    REQUIRE_FALSE(twice);
    CHECK(twice.error() == QStringLiteral("Task %1 was done already on %2.")
                               .arg(kickoff.id)
                               .arg(today.addDays(10).toString(Qt::ISODate)));
    auto missing = Tasks(*db, clock).done(9999, rita);
    REQUIRE_FALSE(missing);
    CHECK(missing.error() == QStringLiteral("Task 9999 does not exist."));

    // A review done comes back 90 days after the day it was done, once.
    const qint64 old = addCustomer(*db, clock, QStringLiteral("Old"), today.addDays(-400), rita);
    Touchpoint call;
    call.customerId = old;
    call.kind = TouchpointKind::Phone;
    call.occurredAt = clock.now().addSecs(-60);
    REQUIRE(Customers(*db, clock).logTouchpoint(call));
    auto reviews = tasksOf(*db, clock, old);
    REQUIRE(reviews.size() == 1);
    clock.set(test::testNow().addDays(40));
    auto reviewed = Tasks(*db, clock).done(reviews[0].id, rita);
    REQUIRE(reviewed);
    reviews = tasksOf(*db, clock, old);
    REQUIRE(reviews.size() == 1);
    CHECK(reviews[0].dueDay == today.addDays(130));
    CHECK(reviews[0].occasion.startsWith(QStringLiteral("after:")));
    auto kinds = db->query(
        "SELECT count(*) FROM touchpoint WHERE customer_id = ? AND kind = 'success_review'");
    kinds->bind(1, old);
    REQUIRE(kinds->step());
    CHECK(kinds->int64(0) == 1);
}

TEST_CASE("My tasks groups an owner's open tasks as overdue, today and this week", "[tasks]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("plans.sqlite")));
    // testNow() is Sunday 2026-03-15; entries on Monday the 2nd and Wednesday the 11th.
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    const qint64 rita = addAgent(*db, QStringLiteral("Rita"));
    const qint64 bo = addAgent(*db, QStringLiteral("Bo"));
    addCustomer(*db, clock, QStringLiteral("Acme"), QDate(2026, 3, 2),
                rita); // due 5th, 9th, 16th, 1 Apr
    addCustomer(*db, clock, QStringLiteral("Bolt"), QDate(2026, 3, 2), bo);
    clock.set(
        QDateTime(QDate(2026, 3, 9), QTime(9, 0))); // Monday: the 5th is overdue, the 9th today
    auto mine = Tasks(*db, clock).mine(rita);
    REQUIRE(mine);
    REQUIRE(mine->overdue.size() == 1);
    CHECK(mine->overdue[0].dueDay == QDate(2026, 3, 5));
    REQUIRE(mine->dueToday.size() == 1);
    CHECK(mine->dueToday[0].title == QStringLiteral("Product walkthrough"));
    CHECK(mine->thisWeek.empty()); // the 16th is next week
    clock.set(QDateTime(QDate(2026, 3, 10), QTime(9, 0)));
    mine = Tasks(*db, clock).mine(rita);
    REQUIRE(mine);
    CHECK(mine->overdue.size() == 2);
    CHECK(mine->dueToday.empty());
    clock.set(QDateTime(QDate(2026, 3, 13), QTime(9, 0))); // Friday: the 16th is Monday next
    mine = Tasks(*db, clock).mine(rita);
    REQUIRE(mine);
    CHECK(mine->thisWeek.empty());
    clock.set(QDateTime(QDate(2026, 3, 14), QTime(9, 0)));
    mine = Tasks(*db, clock).mine(bo);
    REQUIRE(mine);
    CHECK(mine->overdue.size() == 2);
    CHECK(mine->overdue[0].ownerId == bo);
}

TEST_CASE("plans are edited as steps, checked, and the next entry uses them", "[tasks]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("plans.sqlite")));
    const FixedClock clock(test::testNow());
    Tasks tasks(*db, clock);
    const auto refused = GENERATE(table<QString, QString>({
        {QStringLiteral("3:phone"), QStringLiteral("is not of the form DAYS:KIND:TITLE")},
        {QStringLiteral("x:phone:Call"),
         QStringLiteral("needs its days as a whole number from 0 to 3650")},
        {QStringLiteral("every 0:phone:Call"),
         QStringLiteral("needs its days as a whole number from 1 to 3650")},
        {QStringLiteral("3:fax:Call"),
         QStringLiteral("names “fax”, which is not a touchpoint kind")},
        {QStringLiteral("3:phone: "), QStringLiteral("needs a title")},
        {QStringLiteral("3:phone:Call\tnow"), QStringLiteral("")},
    }));
    const Status saved = tasks.savePlan(Stage::Onboarding,
                                        {QStringLiteral("1:email:Welcome"), std::get<0>(refused)});
    REQUIRE_FALSE(saved);
    CHECK(saved.error().contains(std::get<1>(refused)));
    auto plans = tasks.plans();
    REQUIRE(plans);
    CHECK(plans->of(Stage::Onboarding) == SuccessPlans::defaults().of(Stage::Onboarding));

    REQUIRE(tasks.savePlan(Stage::Onboarding, {QStringLiteral("1:email:Welcome"),
                                               QStringLiteral("10:none:Look at usage")}));
    plans = tasks.plans();
    REQUIRE(plans);
    REQUIRE(plans->of(Stage::Onboarding).size() == 2);
    CHECK(SuccessPlanSettings::stepText(plans->of(Stage::Onboarding)[1]) ==
          QStringLiteral("10:none:Look at usage"));
    const qint64 rita = addAgent(*db, QStringLiteral("Rita"));
    const qint64 acme =
        addCustomer(*db, clock, QStringLiteral("Acme"), test::testNow().date(), rita);
    auto made = tasksOf(*db, clock, acme);
    REQUIRE(made.size() == 2);
    CHECK(made[0].title == QStringLiteral("Welcome"));
    CHECK_FALSE(made[1].kind);
    auto done = tasks.done(made[1].id, rita); // no kind: no touchpoint
    REQUIRE(done);
    CHECK_FALSE(done->value);

    // A plan stored wrongly by another program is named, not ignored.
    db->query("UPDATE settings SET value = '3:fax:Call' WHERE key = 'plan.onboarding'")->exec();
    auto broken = tasks.plans();
    REQUIRE_FALSE(broken);
    CHECK(broken.error().startsWith(QStringLiteral(
        "The saved success plan of Onboarding is invalid: The plan step “3:fax:Call”")));
}
