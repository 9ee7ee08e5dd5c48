// The open tasks of each due day on a server (023_task_day.sql; issue 18: the list of every open
// task finds any screen from them, and counts them): every path that writes tasks keeps them
// equal to the task table, and `check` names a difference. A migrate (a bulk load: the triggers
// off, the table rebuilt from the copied tasks), a rep's task done (the triggers run with the
// owner's rights; the rep may not write the table itself), a manager's delete. A write that adds
// an open task takes the summaries' lock (015_team_stall.sql) as every summary writer does; one
// that adds none does not. [postgres]: run through tests/pg/with-cluster.sh.
#include "common/Clock.h"
#include "domain/Customer.h"
#include "service/Migrate.h"
#include "service/Session.h"
#include "service/Tasks.h"
#include "service/Team.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/postgres/PgConnection.h"
#include "support/PgTestSchema.h"
#include "support/ReadBack.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

// The due days whose count differs from the open tasks (a day at 0 without open tasks is none).
qint64 differing(Database& db)
{
    return db.scalar("SELECT count(*) FROM (SELECT due_day AS day, count(*) AS n FROM task WHERE "
                     "done_at IS NULL "
                     "GROUP BY 1) t FULL JOIN task_day d USING (day) WHERE coalesce(t.n, 0) <> "
                     "coalesce(d.tasks, 0)");
}

// Whether another session holds the summaries' lock (fd_summary_lock's row, 015_team_stall.sql).
bool summaryLockHeld(pg::Connection& other)
{
    REQUIRE(other.exec("BEGIN"));
    const auto taken = other.exec("SELECT 1 FROM fd_summary_lock FOR NO KEY UPDATE NOWAIT");
    REQUIRE(other.exec("ROLLBACK"));
    if (!taken)
        REQUIRE(taken.error().sqlState == "55P03"); // lock_not_available
    return !taken;
}

} // namespace

TEST_CASE("task_day: a migrate, a rep's task done and a manager's delete keep the open tasks of "
          "each day; check names "
          "a difference",
          "[postgres][tasks]")
{
    // A file with 300 tasks over 40 days, every third done.
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("tasks.sqlite"));
    {
        auto file = test::openSqliteFile(path);
        for (int i = 0; i < 5; ++i)
            REQUIRE(CustomerRepository(*file).add(
                test::customerNamed(QStringLiteral("Customer %1").arg(i))));
        file->execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
            "INSERT INTO task (customer_id, title, due_day, origin, occasion, step, created_at, "
            "done_at) "
            "SELECT 1 + i % 5, 'Call', date('2026-03-01', (i % 40) || ' days'), 'test', 'file', i, "
            "0, "
            "CASE WHEN i % 3 = 0 THEN 1 END FROM n");
    }
    test::PgTestSchema schema; // empty: migrate makes FunnelDesk's schema in it
    const auto migrated = service::Migrate::run(Location::file(path), schema.location());
    INFO((migrated ? QString() : QString(migrated.error())).toStdString());
    REQUIRE(migrated);
    auto opened = Session::open(schema.location(), {});
    REQUIRE(opened);
    OwnedDatabase owner = std::move(*opened);
    CHECK(owner->scalar("SELECT sum(tasks) FROM task_day") == 200);
    CHECK(owner->scalar("SELECT count(*) FROM task_day") == 40);
    CHECK(differing(*owner) == 0);
    const auto afterMigrate = IntegrityCheck::run(*owner);
    REQUIRE(afterMigrate);
    CHECK(afterMigrate->isEmpty());

    // A rep marks a task done through FunnelDesk: the trigger counts it; the table is not the
    // rep's to write.
    const QString login = schema.name() + QStringLiteral("_rep");
    REQUIRE(Team(*owner).addLogin(login, QStringLiteral("Rhea Rep"), AgentRole::Rep, std::nullopt));
    {
        auto asRep = Session::open(schema.location(QStringLiteral("user=") + login), {});
        REQUIRE(asRep);
        const FixedClock clock(test::testNow());
        const qint64 open = owner->scalar("SELECT min(id) FROM task WHERE done_at IS NULL");
        REQUIRE(Tasks(**asRep, clock).done(open, std::nullopt));
        pg::Connection raw = schema.connect(QStringLiteral("user=") + login);
        const auto written = raw.exec("UPDATE task_day SET tasks = tasks + 1");
        REQUIRE_FALSE(written);
        CHECK(written.error().sqlState == "42501");
        CHECK(raw.exec("SELECT sum(tasks) FROM task_day")); // but may read it
    }
    CHECK(owner->scalar("SELECT sum(tasks) FROM task_day") == 199);
    CHECK(differing(*owner) == 0);

    // A manager's delete over several days; a task moved and reopened.
    owner->execute("DELETE FROM task WHERE id % 7 = 1");
    owner->execute("UPDATE task SET due_day = due_day + 3, done_at = NULL WHERE id % 10 = 0");
    CHECK(owner->scalar("SELECT sum(tasks) FROM task_day") ==
          owner->scalar("SELECT count(*) FROM task WHERE done_at IS NULL"));
    CHECK(differing(*owner) == 0);
    CHECK(test::checkFindings(*owner, QStringLiteral("open tasks")).isEmpty());

    // check names a count that went wrong (here by hand).
    owner->execute(
        "UPDATE task_day SET tasks = tasks + 2 WHERE day = (SELECT max(day) FROM task_day)");
    owner->execute(
        "DELETE FROM task_day WHERE day = (SELECT min(day) FROM task_day WHERE tasks > 0)");
    const QStringList found = test::checkFindings(*owner, QStringLiteral("open tasks"));
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found ==
          QStringList{QStringLiteral("2 daily counts of open tasks differ from the tasks")});
}

TEST_CASE("task_day: a write that adds an open task takes the summaries' lock, one that adds none "
          "does not",
          "[postgres][tasks]")
{
    test::PgTestSchema schema;
    (void)schema.initialised();
    {
        auto opened = Session::open(schema.location(), {});
        REQUIRE(opened);
        REQUIRE(CustomerRepository(**opened).add(
            test::customerNamed(QStringLiteral("Acme")))); // no plan
    }
    pg::Connection writer = schema.connect();
    pg::Connection other = schema.connect();
    const QByteArray add = "INSERT INTO task (customer_id, title, due_day, origin, occasion, step, "
                           "created_at, done_at) "
                           "SELECT min(id), 'Call', DATE '2026-03-20', 'test', 'lock', 0, 0, ";

    // A done task, and a step that is there already (ON CONFLICT DO NOTHING, as addPlanned):
    // no open task added, no lock.
    REQUIRE(writer.exec("BEGIN"));
    REQUIRE(writer.exec(add + "1 FROM customer"));
    REQUIRE(writer.exec(add + "NULL FROM customer ON CONFLICT DO NOTHING"));
    CHECK_FALSE(summaryLockHeld(other));
    REQUIRE(writer.exec("ROLLBACK"));

    // An open task: held to the end of the transaction.
    REQUIRE(writer.exec("BEGIN"));
    REQUIRE(writer.exec(add + "NULL FROM customer"));
    CHECK(summaryLockHeld(other));
    REQUIRE(writer.exec("COMMIT"));
    CHECK_FALSE(summaryLockHeld(other));

    // Marking it done, and a change that leaves its day and openness alone.
    REQUIRE(writer.exec("BEGIN"));
    REQUIRE(writer.exec("UPDATE task SET title = 'Call back' WHERE occasion = 'lock'"));
    CHECK_FALSE(summaryLockHeld(other));
    REQUIRE(writer.exec("UPDATE task SET done_at = 5 WHERE occasion = 'lock'"));
    CHECK(summaryLockHeld(other));
    REQUIRE(writer.exec("COMMIT"));
    CHECK(test::pgNumber(writer, "SELECT coalesce(sum(tasks), 0) FROM task_day") == 0);
    CHECK(test::pgNumber(writer, "SELECT count(*) FROM task_day") == 1); // the day stays, at 0
}
