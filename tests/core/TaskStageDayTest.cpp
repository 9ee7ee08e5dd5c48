// The open tasks of each stage's active customers by due day (schema v17's task_stage_day;
// PostgreSQL's 027_task_stage_day.sql), on both backends: the stage dashboards count their
// overdue tasks from it (TaskRepository::overdueCount), so every write that opens, closes or
// moves a task, and every move, churn, return or deletion of a customer, must carry it along.
// Each count is compared with TaskRepository::overdueOf, which reads the tasks themselves, and
// with `check`, which counts the table again from the tasks.
#include "metrics/DashboardMetrics.h"
#include "SchemaDowngrade.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Schema.h"
#include "storage/TaskRepository.h"
#include "support/TestSupport.h"
#include "TaskStagesFixture.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace fd;

namespace {

constexpr Stage kStages[] = {Stage::Onboarding, Stage::PostSales, Stage::Retention,
                             Stage::Advocacy};

struct StageDays : test::TaskStages {
    qint64 overdue(Stage stage, int daysFromToday = 0)
    {
        auto n = TaskRepository(*db).overdueCount(stage, today.addDays(daysFromToday));
        REQUIRE(n);
        return *n;
    }

    // Every stage's count, as of several days, is what the tasks themselves say, and `check`
    // finds the table as the tasks count it.
    void agree()
    {
        for (const Stage stage : kStages) {
            for (const int days : {-30, -3, 0, 1, 10, 400}) {
                CAPTURE(enumName(stage), days);
                auto read = TaskRepository(*db).overdueOf(stage, today.addDays(days));
                REQUIRE(read);
                CHECK(overdue(stage, days) == read->first);
            }
        }
        auto problems = IntegrityCheck::run(*db);
        REQUIRE(problems);
        CHECK(problems->filter(QStringLiteral("by stage")).isEmpty());
    }
};

} // namespace

TEST_CASE("a stage's overdue count follows every write that opens, closes or moves a task, and "
          "every move of its customer",
          "[tasks][health]")
{
    StageDays d;
    CHECK(d.overdue(Stage::Retention) == 0);
    const qint64 a = d.task(0, -3);  // overdue
    d.task(0, -1);                   // overdue
    d.task(0, -5, true);             // done
    const qint64 due = d.task(0, 0); // due today: overdue tomorrow
    d.task(1, 4);                    // due later
    d.task(2, -9);                   // a churned customer's
    d.task(3, -2);                   // advocacy
    d.task(5, -40);
    const qint64 last = d.task(5, -1);
    CHECK(d.overdue(Stage::Retention) == 2);
    CHECK(d.overdue(Stage::Retention, 1) == 3);
    CHECK(d.overdue(Stage::Advocacy) == 3);
    CHECK(d.overdue(Stage::Onboarding) == 0);
    d.agree();

    // Done, reopened, moved to another day, to another customer.
    REQUIRE(TaskRepository(*d.db).markDone(a, test::testNow().toSecsSinceEpoch(), std::nullopt,
                                           std::nullopt));
    CHECK(d.overdue(Stage::Retention) == 1);
    d.run("UPDATE task SET done_at = NULL WHERE id = ?", a);
    CHECK(d.overdue(Stage::Retention) == 2);
    d.run("UPDATE task SET due_day = ? WHERE id = ?", d.today.addDays(400), due);
    CHECK(d.overdue(Stage::Retention, 1) == 2);
    d.run("UPDATE task SET customer_id = ? WHERE id = ?", d.customers[3], a);
    CHECK(d.overdue(Stage::Retention) == 1);
    CHECK(d.overdue(Stage::Advocacy) == 4);
    d.agree();

    // The customer moves on, churns, comes back.
    d.run("UPDATE customer SET stage = ? WHERE id = ?", "advocacy", d.customers[0]);
    CHECK(d.overdue(Stage::Retention) == 0);
    CHECK(d.overdue(Stage::Advocacy) == 5);
    d.run("UPDATE customer SET status = ? WHERE id = ?", "churned", d.customers[3]);
    CHECK(d.overdue(Stage::Advocacy) == 3);
    d.run("UPDATE customer SET status = ? WHERE id = ?", "active", d.customers[2]);
    CHECK(d.overdue(Stage::Retention) == 1); // its task due nine days ago counts again
    d.agree();

    // Several rows in one statement (a server counts them per statement), then deletions: a task,
    // and a customer whose tasks go with it.
    REQUIRE(d.db->guard([&] {
        auto q = d.db->query("INSERT INTO task (customer_id, title, due_day, origin, occasion, "
                             "step, created_at) SELECT id, 'Review', ?, 'test', 'many', 1, 0 "
                             "FROM customer");
        q->bind(1, d.today.addDays(-7));
        q->exec();
    }));
    CHECK(d.overdue(Stage::Retention) == 3); // customers 1 and 2 (0 is in advocacy now)
    d.agree();
    d.run("DELETE FROM task WHERE id = ?", last);
    d.run("DELETE FROM task WHERE occasion = 'many' AND customer_id = ?", d.customers[1]);
    CHECK(d.overdue(Stage::Retention) == 2);
    d.run("DELETE FROM customer WHERE id = ?", d.customers[5]);
    CHECK(d.overdue(Stage::Advocacy) == 3); // customer 0's two, customer 4's one
    d.agree();
}

TEST_CASE("a stage dashboard counts its overdue tasks without reading them, and finds their "
          "customers when the count is opened",
          "[tasks][health][dashboard]")
{
    StageDays d;
    d.task(0, -3);
    d.task(0, -1);
    d.task(1, -2, true);
    d.task(2, -9); // churned
    d.task(4, -6);
    DashboardMetrics metrics(*d.db, d.clock);
    const Period period = Period::lastDays(d.clock.now(), 30);
    auto retention = metrics.retention(period);
    REQUIRE(retention);
    const Kpi* kpi = retention->kpi(QStringLiteral("overdue_tasks"));
    REQUIRE(kpi);
    CHECK(kpi->value == 2.0);
    CHECK(kpi->drill.deferred());
    CHECK(kpi->drill.ids.empty());
    auto found = metrics.customersFor(kpi->drill);
    REQUIRE(found);
    CHECK(*found == std::vector<qint64>{d.customers[0]});

    // Opened again after a write, the list is today's.
    d.run("UPDATE customer SET status = ? WHERE id = ?", "active", d.customers[2]);
    found = metrics.customersFor(kpi->drill);
    REQUIRE(found);
    CHECK(*found == std::vector<qint64>{d.customers[0], d.customers[2]});

    auto advocacy = metrics.advocacy(period);
    REQUIRE(advocacy);
    const Kpi* other = advocacy->kpi(QStringLiteral("overdue_tasks"));
    REQUIRE(other);
    CHECK(other->value == 1.0);
    found = metrics.customersFor(other->drill);
    REQUIRE(found);
    CHECK(*found == std::vector<qint64>{d.customers[4]});

    // The count is the summary's: a row added to it by hand (as `check` would name) is counted,
    // though no task changed.
    d.run("UPDATE task_stage_day SET tasks = tasks + 5 WHERE stage = 'advocacy' AND day = ?",
          d.today.addDays(-6));
    advocacy = metrics.advocacy(period);
    REQUIRE(advocacy);
    CHECK(advocacy->kpi(QStringLiteral("overdue_tasks"))->value == 6.0);
}

TEST_CASE("check names a count of open tasks by stage that differs from the tasks",
          "[tasks][check]")
{
    StageDays d;
    d.task(0, -3);
    d.task(4, 2);
    d.run("UPDATE task_stage_day SET tasks = tasks + 1 WHERE stage = 'advocacy' AND day = ?",
          d.today.addDays(2));
    auto problems = IntegrityCheck::run(*d.db);
    REQUIRE(problems);
    CHECK(problems->contains(QStringLiteral("1 daily counts of open tasks by stage differ from "
                                            "the tasks")));
}

TEST_CASE("a bulk load counts the open tasks of each stage as the triggers would",
          "[tasks][sqlite-only]")
{
    StageDays d;
    d.task(3, -1); // before the load: kept
    {
        BulkLoad load(*d.db);
        for (int i = 0; i < 40; ++i)
            d.task(static_cast<std::size_t>(i % 6), i % 9 - 4, i % 5 == 0);
        load.commit();
    }
    CHECK(d.overdue(Stage::Retention) > 0);
    d.agree();
    // The triggers are back: a task added after the load is counted.
    const qint64 before = d.overdue(Stage::Advocacy);
    d.task(4, -2);
    CHECK(d.overdue(Stage::Advocacy) == before + 1);
}

TEST_CASE("a file of schema v16 counts its open tasks by stage when it opens",
          "[tasks][sqlite-only][migration]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("v16.sqlite"));
    {
        StageDays d;
        d.task(0, -3);
        d.task(0, -2);
        d.task(1, -1, true);
        d.task(2, -1); // churned
        d.task(4, -8);
        REQUIRE(d.db->guard([&] { test::downgradeToV16(*d.db); }));
        d.db.reset();
        REQUIRE(QFile::copy(d.path, path));
    }
    auto db = test::openDatabase(path);
    CHECK(Schema::version(*db) == Schema::kVersion);
    const QDate today = test::testNow().toLocalTime().date();
    TaskRepository tasks(*db);
    CHECK(tasks.overdueCount(Stage::Retention, today).value_or(-1) == 2);
    CHECK(tasks.overdueCount(Stage::Advocacy, today).value_or(-1) == 1);
    auto problems = IntegrityCheck::run(*db);
    REQUIRE(problems);
    CHECK(problems->filter(QStringLiteral("by stage")).isEmpty());
}
