// funneldesk-cli tasks list|done and plans list|set (issue 18) on either backend: a new
// customer's onboarding plan listed for its owner, a task done with its touchpoint, a plan
// saved by a manager and checked step by step, and bad usage in one sentence.
#include "storage/Database.h"
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

using Run = test::CliRun;

Run cli(const QString& db, const QStringList& args)
{
    return test::runCliOn(db, args);
}

void require(const Run& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

QString day(int fromToday)
{
    return QDate::currentDate().addDays(fromToday).toString(Qt::ISODate);
}

QString desk(test::Scratch& scratch)
{
    const QString db = scratch.file(QStringLiteral("tasks.sqlite"));
    require(cli(db, {QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--name"),
                     QStringLiteral("Rita"), QStringLiteral("--role"), QStringLiteral("manager")}));
    require(cli(db, {QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--name"),
                     QStringLiteral("Bo")}));
    require(cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Acme"), QStringLiteral("--since"), day(-5),
                     QStringLiteral("--owner"), QStringLiteral("Rita")}));
    return db;
}

} // namespace

TEST_CASE("tasks list shows a new customer's plan, tasks done records its touchpoint",
          "[cli][tasks]")
{
    test::Scratch scratch;
    const QString db = desk(scratch);
    const Run all = cli(db, {QStringLiteral("tasks"), QStringLiteral("list")});
    require(all);
    // Entered five days ago: the kickoff (day 3) is past and not made.
    CHECK(all.out == QStringLiteral("id\tdue\tcustomer_id\tcustomer\ttask\trecords\towner\n"
                                    "1\t%1\t1\tAcme\tProduct walkthrough\tlive_chat\tRita\n"
                                    "2\t%2\t1\tAcme\tTraining session\tin_person\tRita\n"
                                    "3\t%3\t1\tAcme\tOnboarding check-in\tphone\tRita\n")
                         .arg(day(2), day(9), day(25)));
    const Run bo = cli(db, {QStringLiteral("tasks"), QStringLiteral("list"),
                            QStringLiteral("--agent"), QStringLiteral("Bo")});
    require(bo);
    CHECK(bo.out == QStringLiteral("id\tdue\tcustomer_id\tcustomer\ttask\trecords\towner\n"));
    const Run overdue =
        cli(db, {QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--overdue")});
    require(overdue);
    CHECK(overdue.out.count(QLatin1Char('\n')) == 1);
    const Run limited = cli(db, {QStringLiteral("tasks"), QStringLiteral("list"),
                                 QStringLiteral("--limit"), QStringLiteral("1")});
    require(limited);
    CHECK(limited.err.contains(QStringLiteral("Showing 1 of 3 tasks; --limit N shows more.")));

    const Run done = cli(db, {QStringLiteral("tasks"), QStringLiteral("done"), QStringLiteral("1"),
                              QStringLiteral("--agent"), QStringLiteral("Rita")});
    require(done);
    CHECK(done.out.startsWith(QStringLiteral("Task 1 done; touchpoint ")));
    auto opened = test::openDatabase(db, Database::Access::ReadOnly);
    CHECK(opened->scalar("SELECT count(*) FROM touchpoint WHERE kind = 'live_chat' AND summary = "
                         "'Product walkthrough'") == 1);
    // Nobody named: the task's owner did it (Rita, agent 1), and its touchpoint says so.
    require(cli(db, {QStringLiteral("tasks"), QStringLiteral("done"), QStringLiteral("2")}));
    CHECK(opened->scalar("SELECT done_by FROM task WHERE id = 2") == 1);
    CHECK(opened->scalar("SELECT t.agent_id FROM touchpoint t JOIN task k ON k.touchpoint_id = "
                         "t.id WHERE k.id = 2") == 1);
    const Run again =
        cli(db, {QStringLiteral("tasks"), QStringLiteral("done"), QStringLiteral("1")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.startsWith(QStringLiteral("Task 1 was done already on %1.").arg(day(0))));
    const Run mine =
        cli(db, {QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--mine")});
    if (test::onSqlite()) { // a file has no logins; on a server the test's login is the owner, no
                            // agent's
        CHECK(mine.exitCode == 1);
        CHECK(mine.err.startsWith(QStringLiteral("--mine needs to know who you are")));
    }
}

TEST_CASE("tasks ics writes the success reviews as calendar events, --all every open task",
          "[cli][tasks]")
{
    test::Scratch scratch;
    const QString db = desk(scratch);
    require(cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Old"), QStringLiteral("--since"), day(-400),
                     QStringLiteral("--owner"), QStringLiteral("Bo")}));
    require(
        cli(db, {QStringLiteral("add"), QStringLiteral("touchpoint"), QStringLiteral("--customer"),
                 QStringLiteral("2"), QStringLiteral("--kind"), QStringLiteral("phone")}));
    const QString file = scratch.file(QStringLiteral("reviews.ics"));
    const Run reviews =
        cli(db, {QStringLiteral("tasks"), QStringLiteral("ics"), QStringLiteral("--out"), file});
    require(reviews);
    CHECK(reviews.err.contains(QStringLiteral("Wrote 1 tasks to ")));
    const QByteArray text = test::fileBytes(file);
    CHECK(text.count("BEGIN:VEVENT") == 1);
    CHECK(text.contains("SUMMARY:Success review: Old\r\n"));
    CHECK(text.contains(
        QStringLiteral("DTSTART;VALUE=DATE:%1")
            .arg(QDate::currentDate().addDays(90).toString(QStringLiteral("yyyyMMdd")))
            .toUtf8()));
    const Run all =
        cli(db, {QStringLiteral("tasks"), QStringLiteral("ics"), QStringLiteral("--all"),
                 QStringLiteral("--out"), QStringLiteral("-")});
    require(all);
    CHECK(all.out.count(QStringLiteral("BEGIN:VEVENT")) ==
          4); // Acme's three onboarding steps and Old's review
    const Run bo = cli(db, {QStringLiteral("tasks"), QStringLiteral("ics"), QStringLiteral("--all"),
                            QStringLiteral("--agent"), QStringLiteral("Bo"),
                            QStringLiteral("--out"), QStringLiteral("-")});
    require(bo);
    CHECK(bo.out.count(QStringLiteral("BEGIN:VEVENT")) == 1);
    const Run missing = cli(db, {QStringLiteral("tasks"), QStringLiteral("ics")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("tasks ics needs --out FILE")));
}

TEST_CASE("plans list shows every stage's steps, plans set saves a checked plan for a manager",
          "[cli][tasks]")
{
    test::Scratch scratch;
    const QString db = desk(scratch);
    const Run list = cli(db, {QStringLiteral("plans"), QStringLiteral("list")});
    require(list);
    CHECK(list.out.startsWith(
        QStringLiteral("onboarding\n  3:phone:Kickoff call\n  7:live_chat:Product walkthrough\n")));
    CHECK(
        list.out.contains(QStringLiteral("retention\n  every 90:success_review:Success review\n")));

    const Run set =
        cli(db, {QStringLiteral("plans"), QStringLiteral("set"), QStringLiteral("advocacy"),
                 QStringLiteral("7:email:Ask for a case study"),
                 QStringLiteral("every 180:meetup:Invite to a meetup")});
    require(set);
    CHECK(set.out == QStringLiteral("Saved the plan of Advocacy: 2 steps.\n"));
    const Run after = cli(db, {QStringLiteral("plans"), QStringLiteral("list")});
    require(after);
    CHECK(after.out.endsWith(QStringLiteral(
        "advocacy\n  7:email:Ask for a case study\n  every 180:meetup:Invite to a meetup\n")));

    const auto usage = GENERATE(table<QStringList, QString>({
        {{QStringLiteral("plans")}, QStringLiteral("plans needs a subcommand: list or set.")},
        {{QStringLiteral("plans"), QStringLiteral("set")},
         QStringLiteral("plans set needs a stage, then its steps")},
        {{QStringLiteral("plans"), QStringLiteral("set"), QStringLiteral("churn")},
         QStringLiteral("“churn” is not a stage")},
        {{QStringLiteral("plans"), QStringLiteral("set"), QStringLiteral("advocacy"),
          QStringLiteral("soon:email:Ask")},
         QStringLiteral(
             "The plan step “soon:email:Ask” needs its days as a whole number from 0 to 3650.")},
        {{QStringLiteral("tasks")}, QStringLiteral("tasks needs a subcommand: list, done or ics.")},
        {{QStringLiteral("tasks"), QStringLiteral("done")},
         QStringLiteral("tasks done needs one task id.")},
        {{QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--limit"),
          QStringLiteral("0")},
         QStringLiteral("--limit needs a whole number from 1 to 1000000, not “0”.")},
    }));
    const Run run = cli(db, std::get<0>(usage));
    CAPTURE(std::get<0>(usage));
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(std::get<1>(usage)));
    const Run unchanged = cli(db, {QStringLiteral("plans"), QStringLiteral("list")});
    CHECK(unchanged.out == after.out);
    // No steps: an empty plan.
    const Run empty =
        cli(db, {QStringLiteral("plans"), QStringLiteral("set"), QStringLiteral("post_sales")});
    require(empty);
    CHECK(empty.out == QStringLiteral("Saved the plan of Post-sales: 0 steps.\n"));
    const Run emptied = cli(db, {QStringLiteral("plans"), QStringLiteral("list")});
    CHECK(emptied.out.contains(QStringLiteral("post_sales\nretention\n")));
}
