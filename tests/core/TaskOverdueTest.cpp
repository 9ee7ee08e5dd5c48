// A stage's overdue tasks (issue 18: "Overdue tasks are counted on each stage dashboard"), on
// both backends: the open tasks due before today of the stage's active customers, and those
// customers; and the index that counts them (task_open_customer, schema v15), which the count
// and the health score's overdue factor read alone. Before v15 the count read every task's row:
// 1.4-2.1 s for the retention dashboard with a million tasks (docs/PERFORMANCE.md, "Step 12:
// overdue tasks").
#include "SchemaDowngrade.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/TaskRepository.h"
#include "support/TestSupport.h"
#include "TaskStagesFixture.h"

#include <catch2/catch.hpp>

#include <string>

using namespace fd;

namespace {

struct Overdue : test::TaskStages {
    // The query plan's text, one line per step.
    QString plan(const std::string& sql)
    {
        QStringList lines;
        const bool sqlite = db->backend() == Database::Backend::Sqlite;
        REQUIRE(db->guard([&] {
            auto q = db->query((sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql);
            q->bind(1, today);
            while (q->step())
                lines << q->text(sqlite ? 3 : 0);
        }));
        return lines.join(QLatin1Char('\n'));
    }
};

} // namespace

TEST_CASE("a stage's overdue tasks are the open tasks due before today of its active customers",
          "[tasks][health]")
{
    Overdue d;
    d.task(0, -3);       // overdue
    d.task(0, -1);       // overdue
    d.task(0, -5, true); // done
    d.task(0, 0);        // due today: not yet overdue
    d.task(1, 4);        // due later
    d.task(2, -9);       // churned customer
    d.task(3, -2);       // advocacy
    d.task(5, -40);
    d.task(5, -1);

    TaskRepository tasks(*d.db);
    const auto retention = tasks.overdueOf(Stage::Retention, d.today);
    REQUIRE(retention);
    CHECK(retention->first == 2);
    CHECK(retention->second == std::vector<qint64>{d.customers[0]});
    const auto advocacy = tasks.overdueOf(Stage::Advocacy, d.today);
    REQUIRE(advocacy);
    CHECK(advocacy->first == 3);
    CHECK(advocacy->second == std::vector<qint64>{d.customers[3], d.customers[5]});
    const auto tomorrow = tasks.overdueOf(Stage::Retention, d.today.addDays(1));
    REQUIRE(tomorrow);
    CHECK(tomorrow->first == 3); // today's task is overdue tomorrow
    const auto onboarding = tasks.overdueOf(Stage::Onboarding, d.today);
    REQUIRE(onboarding);
    CHECK(onboarding->first == 0);
    CHECK(onboarding->second.empty());
}

TEST_CASE("overdue tasks are counted from each customer's open tasks index alone", "[tasks]")
{
    Overdue d;
    const bool sqlite = d.db->backend() == Database::Backend::Sqlite;
    if (!sqlite) {
        // On a table this small the planner would read the table; the test asks whether the
        // index can answer alone.
        REQUIRE(d.db->guard([&] {
            d.db->execute("SET enable_seqscan = off");
            d.db->execute("SET enable_bitmapscan = off");
        }));
    }
    // The shapes of TaskRepository::overdueOf and of HealthRepository::facts' overdue factor.
    for (const std::string& sql :
         {std::string("SELECT t.customer_id, count(*) FROM task t CROSS JOIN customer c WHERE c.id "
                      "= t.customer_id AND t.done_at IS NULL AND t.due_day < ? AND c.stage = "
                      "'retention' AND c.status = 'active' GROUP BY t.customer_id ORDER BY "
                      "t.customer_id"),
          std::string("SELECT customer_id, count(*) FROM task WHERE done_at IS NULL AND due_day "
                      "< ? GROUP BY customer_id")}) {
        const QString text = d.plan(sql);
        INFO(sql << "\n" << text.toStdString());
        if (sqlite) {
            CHECK(text.contains(QLatin1String("COVERING INDEX task_open_customer")));
            CHECK_FALSE(text.contains(QLatin1String("TEMP B-TREE"))); // in customer order
        } else {
            CHECK(text.contains(QLatin1String("Index Only Scan using task_open_customer")));
        }
    }
}

// A server's upgrade from every older version: tests/cli/UpgradeCliTest.cpp.
TEST_CASE("a file of schema v14 gains each customer's open tasks index when it opens",
          "[tasks][sqlite-only]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("v14.sqlite"));
    {
        auto db = test::openDatabase(path);
        REQUIRE(db->guard([&] {
            test::downgradeToV16(*db);
            db->execute("DROP INDEX task_open_customer; PRAGMA user_version = 14;");
        }));
        CHECK(test::indexColumns(*db, "task_open_customer").isEmpty());
    }
    auto db = test::openDatabase(path);
    CHECK(Schema::version(*db) == Schema::kVersion);
    CHECK(test::indexColumns(*db, "task_open_customer") ==
          QStringList{QStringLiteral("customer_id"), QStringLiteral("due_day"),
                      QStringLiteral("done_at")});
}
