// The command line's own contract (issue 14): one exit-code rule for every option, an
// option given once, each subcommand's --help printed, and a 1 after a saved change says
// that the change was saved.
#include "storage/Database.h"
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace fd;

namespace {

using Run = test::CliRun;

Run cli(const QString& db, const QStringList& args)
{
    return test::runCliOn(db, args);
}

// A fresh file with one customer (id 1).
QString withCustomer(const test::Scratch& scratch)
{
    const QString db = scratch.file(QStringLiteral("usage.sqlite"));
    const Run added = cli(db, {QStringLiteral("add"), QStringLiteral("customer"),
                               QStringLiteral("--name"), QStringLiteral("Acme")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    return db;
}

qint64 tickets(const QString& path)
{
    auto db = test::openDatabase(path, Database::Access::ReadOnly);
    return db->scalar("SELECT count(*) FROM ticket");
}

void requireUsage(const Run& run, const QString& fragment)
{
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(fragment));
    CHECK(run.out.isEmpty());
}

} // namespace

TEST_CASE("An option that takes one value is refused when given twice with different values",
          "[cli][usage]")
{
    test::Scratch scratch;
    const QString db = withCustomer(scratch);
    requireUsage(
        cli(db, {QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"),
                 QStringLiteral("1"), QStringLiteral("--customer"), QStringLiteral("2"),
                 QStringLiteral("--subject"), QStringLiteral("Help")}),
        QStringLiteral("--customer is given more than once (“1” and “2”)"));
    CHECK(tickets(db) == 0);
    requireUsage(cli(db, {QStringLiteral("export"), QStringLiteral("tickets"),
                          QStringLiteral("--out"), scratch.file(QStringLiteral("a.csv")),
                          QStringLiteral("--out"), scratch.file(QStringLiteral("b.csv"))}),
                 QStringLiteral("--out is given more than once"));
    CHECK_FALSE(QFile::exists(scratch.file(QStringLiteral("a.csv"))));
    CHECK_FALSE(QFile::exists(scratch.file(QStringLiteral("b.csv"))));
    const QString other = scratch.file(QStringLiteral("other.sqlite"));
    requireUsage(test::runCli({QStringLiteral("--db"), other, QStringLiteral("--db"), db,
                               QStringLiteral("add"), QStringLiteral("agent"),
                               QStringLiteral("--name"), QStringLiteral("Twice")}),
                 QStringLiteral("--db is given more than once"));
    CHECK_FALSE(QFile::exists(other));
    requireUsage(cli(db, {QStringLiteral("stages"), QStringLiteral("recompute"),
                          QStringLiteral("--as-of"), QStringLiteral("2024-01-01"),
                          QStringLiteral("--as-of"), QStringLiteral("2024-02-01")}),
                 QStringLiteral("--as-of is given more than once"));

    // The same value twice is no contradiction; lists (--rule, --set, --map) collect.
    const Run same =
        cli(db, {QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"),
                 QStringLiteral("1"), QStringLiteral("--customer"), QStringLiteral("1"),
                 QStringLiteral("--subject"), QStringLiteral("Help")});
    INFO(same.err.toStdString());
    CHECK(same.exitCode == 0);
    CHECK(tickets(db) == 1);
    const Run two =
        cli(db, {QStringLiteral("stages"), QStringLiteral("preview"), QStringLiteral("--rule"),
                 QStringLiteral("postsales.settled.min_days=40"), QStringLiteral("--rule"),
                 QStringLiteral("retention.regress.min_tickets=6")});
    INFO(two.err.toStdString());
    CHECK(two.exitCode == 0);
}

TEST_CASE("A stage rule value outside its range or an unknown rule key is usage, as every option's",
          "[cli][usage]")
{
    test::Scratch scratch;
    const QString db = withCustomer(scratch);
    for (const QString& subcommand : {QStringLiteral("rules"), QStringLiteral("preview")}) {
        const QString option = subcommand == QLatin1String("rules") ? QStringLiteral("--set")
                                                                    : QStringLiteral("--rule");
        requireUsage(cli(db, {QStringLiteral("stages"), subcommand, option,
                              QStringLiteral("retention.regress.min_tickets=-1")}),
                     QStringLiteral("retention.regress.min_tickets must be a whole number"));
        requireUsage(
            cli(db, {QStringLiteral("stages"), subcommand, option, QStringLiteral("foo.bar=1")}),
            QStringLiteral("“foo.bar” is not a stage rule parameter"));
    }
    const Run rules = cli(db, {QStringLiteral("stages"), QStringLiteral("rules")});
    CHECK(rules.out.contains(
        QStringLiteral("retention.regress.min_tickets 5\n"))); // nothing was saved
}

TEST_CASE("export refuses --to before --from, as report does", "[cli][usage]")
{
    test::Scratch scratch;
    const QString db = withCustomer(scratch);
    for (const QString& command : {QStringLiteral("export"), QStringLiteral("report")}) {
        const QString what = command == QLatin1String("export") ? QStringLiteral("tickets")
                                                                : QStringLiteral("funnel");
        requireUsage(cli(db, {command, what, QStringLiteral("--from"), QStringLiteral("2026-11-20"),
                              QStringLiteral("--to"), QStringLiteral("2026-11-01")}),
                     QStringLiteral("--to must not be before --from."));
    }
}

TEST_CASE("Each stages subcommand prints its --help", "[cli][usage]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("none.sqlite"));
    for (const QString& subcommand :
         {QStringLiteral("recompute"), QStringLiteral("explain"), QStringLiteral("set"),
          QStringLiteral("preview"), QStringLiteral("rules")}) {
        const Run help = cli(db, {QStringLiteral("stages"), subcommand, QStringLiteral("--help")});
        INFO(subcommand.toStdString());
        CHECK(help.exitCode == 0);
        CHECK(help.out.startsWith(QStringLiteral("Usage: funneldesk-cli stages ") + subcommand));
    }
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("A full standard output after a saved change says that the change was saved",
          "[cli][usage]")
{
    test::Scratch scratch;
    const QString db = withCustomer(scratch);
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(FUNNELDESK_CLI_PATH),
                  test::cliArguments({QStringLiteral("--db"), db, QStringLiteral("add"),
                                      QStringLiteral("ticket"), QStringLiteral("--customer"),
                                      QStringLiteral("1"), QStringLiteral("--subject"),
                                      QStringLiteral("Help")}));
    const Run run = test::finished(process);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(run.err.contains(
        QStringLiteral("The changes to “%1” were saved.").arg(test::databaseAt(db).display())));
    CHECK(tickets(db) == 1);

    // A command that only reads says no such thing.
    QProcess reader;
    reader.setStandardOutputFile(QStringLiteral("/dev/full"));
    reader.start(QStringLiteral(FUNNELDESK_CLI_PATH),
                 test::cliArguments({QStringLiteral("--db"), db, QStringLiteral("stats")}));
    const Run read = test::finished(reader);
    CHECK(read.exitCode == 1);
    CHECK_FALSE(read.err.contains(QStringLiteral("were saved")));
}
