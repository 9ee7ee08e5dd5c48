// The server stopped (pg_ctl stop -m immediate) or paused (SIGSTOP) in the middle of an import,
// a stage recompute and a migrate (issue 19, "PostgreSQL faults"): each ends in one sentence and
// exit 1, and once the server runs again nothing of it is there and `check` passes. The middle
// is made certain, not guessed: a test session holds a table the operation writes late, and the
// server goes while the operation waits for it (pg_blocking_pids).
// [postgres]: run through tests/pg/with-cluster.sh.
#include "support/CliRun.h"
#include "support/PgServerFaults.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>

using namespace fd;
using namespace fd::test;

namespace {

void ok(const QString& db, const QStringList& args)
{
    const CliRun run = runCliOn(db, args);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

QString stats(const QString& db)
{
    const CliRun run = runCliOn(db, {QStringLiteral("stats")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out;
}

// `args` on `db`, started; the server stopped or paused once it waits for `table` of `schema`,
// which a session holds in SHARE mode; the run as it ended. The server runs again after.
CliRun interrupted(const PgTestSchema& schema, const QString& db, const QStringList& args,
                   const QByteArray& table, bool pause)
{
    pg::Connection holder = schema.connect();
    REQUIRE(holder.exec("BEGIN"));
    REQUIRE(holder.exec("LOCK TABLE " + table + " IN SHARE MODE"));
    const qint64 holderPid = pgNumber(holder, "SELECT pg_backend_pid()");
    QProcess process;
    process.start(QStringLiteral(FUNNELDESK_CLI_PATH),
                  cliArguments(QStringList{QStringLiteral("--db"), db} + args));
    REQUIRE(process.waitForStarted());
    {
        pg::Connection watcher = pgConnect();
        REQUIRE(sawWaitingFor(watcher, holderPid));
    }
    if (pause) {
        ServerPause paused;
        REQUIRE(process.waitForFinished(60000)); // a bound on a hang, not a timing assertion
    } else {
        ServerStop stopped;
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(stopped.restart());
    }
    (void)holder.exec("ROLLBACK"); // gone with a stopped server; released after a pause
    return finished(process);
}

void requireStall(const CliRun& run, bool paused)
{
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.count(QLatin1Char('\n')) == 1); // one sentence, one line
    if (paused)
        CHECK(QRegularExpression(QStringLiteral("did not answer for ([5-9]|\\d\\d) seconds"))
                  .match(run.err)
                  .hasMatch());
    else
        CHECK(run.err.contains(QStringLiteral("was lost")));
}

} // namespace

TEST_CASE("The server stopped or paused in the middle of an import, a recompute or a migrate: one "
          "sentence, exit 1, "
          "nothing of it there after",
          "[cli][postgres][faults]")
{
    const bool pause = GENERATE(false, true);
    CAPTURE(pause);
    FilesAsFiles files; // the source of the migrate and the generated data are files
    Scratch scratch;
    const QString source = scratch.file(QStringLiteral("source.sqlite"));
    ok(source,
       {QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("200"),
        QStringLiteral("--tickets"), QStringLiteral("1000"), QStringLiteral("--touchpoints"),
        QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("3")});
    const QString other = scratch.file(QStringLiteral("other.sqlite"));
    ok(other, {QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("100"),
               QStringLiteral("--tickets"), QStringLiteral("800"), QStringLiteral("--touchpoints"),
               QStringLiteral("800"), QStringLiteral("--seed"), QStringLiteral("4")});
    const QString csv = scratch.file(QStringLiteral("tickets.csv"));
    ok(other, {QStringLiteral("export"), QStringLiteral("tickets"), QStringLiteral("--out"), csv});
    PgTestSchema schema;
    const QString db = cliDb(schema);
    ok(source, {QStringLiteral("migrate"), QStringLiteral("--to"), db});
    const QString before = stats(db);

    SECTION("import: new customers are written before the tickets wait")
    {
        requireStall(interrupted(schema, db,
                                 {QStringLiteral("import"), QStringLiteral("tickets"), csv},
                                 "ticket", pause),
                     pause);
    }
    SECTION("stage recompute: customers are moved before their transitions wait")
    {
        ok(db, {QStringLiteral("settings"), QStringLiteral("set"),
                QStringLiteral("stage_rule.postsales.settled.min_days=10")});
        requireStall(interrupted(schema, db,
                                 {QStringLiteral("stages"), QStringLiteral("recompute")},
                                 "stage_transition", pause),
                     pause);
    }
    SECTION("migrate into a FunnelDesk schema without rows: customers are copied before the "
            "tickets wait")
    {
        PgTestSchema target;
        const QString to = cliDb(target);
        ok(to, {QStringLiteral("init")});
        const QString empty = stats(to);
        requireStall(interrupted(target, source,
                                 {QStringLiteral("migrate"), QStringLiteral("--to"), to}, "ticket",
                                 pause),
                     pause);
        CHECK(stats(to) == empty);
    }
    CHECK(stats(db) == before);
    ok(db, {QStringLiteral("check")});
}
