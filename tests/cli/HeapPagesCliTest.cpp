// A subcommand that works in bulk starts again with glibc's malloc in huge pages; a point command
// does not (app/cli/main.cpp, Command::inBulk; common/HeapPages.h). Whether it did is read from
// the funneldesk.heap debug category, which the second start writes to. FUNNELDESK_HEAP_PAGES=force
// makes the start happen in every build (CI's is a sanitizer's, whose malloc ignores the switch),
// so what is tested here is the choice of commands; tests/core/HeapPagesTest.cpp tests the rest.
#include "support/CliRun.h"
#include "support/TestSupport.h"

using namespace fd;
using test::runCli;
using test::runCliOn;

namespace {

// The runner's own GLIBC_TUNABLES and marks of a first start, if any, neutralised: an empty
// GLIBC_TUNABLES gains the tunable alone, and an empty mark names no process.
QProcessEnvironment heapLog(const QString& tunables = {})
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("funneldesk.heap.debug=true"));
    env.insert(QStringLiteral("FUNNELDESK_HEAP_PAGES"), QStringLiteral("force"));
    env.insert(QStringLiteral("FUNNELDESK_GLIBC_TUNABLES"), QString());
    env.insert(QStringLiteral("GLIBC_TUNABLES"), tunables);
    return env;
}

constexpr auto kStartedAgain = "Started again with GLIBC_TUNABLES=glibc.malloc.hugetlb=1.";

} // namespace

TEST_CASE("A bulk subcommand starts again with huge pages and a point command does not",
          "[cli][heap-pages]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("heap.sqlite"));
    const auto added = runCliOn(db, {QStringLiteral("add"), QStringLiteral("customer"),
                                     QStringLiteral("--name"), QStringLiteral("Heap Co")});
    REQUIRE(added.exitCode == 0);
    const QString id = added.out.trimmed();

    SECTION("report, with --db before the command or as --db=, and an option before its name")
    {
        for (const QStringList& args :
             {QStringList{QStringLiteral("--db"), db, QStringLiteral("report"),
                          QStringLiteral("retention")},
              QStringList{QStringLiteral("--db=") + db, QStringLiteral("report"),
                          QStringLiteral("retention")},
              QStringList{QStringLiteral("report"), QStringLiteral("--from"),
                          QStringLiteral("2026-01-01"), QStringLiteral("retention"),
                          QStringLiteral("--db"), db}}) {
            const auto run = runCli(args, heapLog());
            INFO(run.err.toStdString());
            REQUIRE(run.exitCode == 0);
            CHECK(run.out.contains(QStringLiteral("In retention")));
            CHECK(run.err.contains(QLatin1String(kStartedAgain)));
        }
    }
    SECTION("the user's own tunables are kept in front")
    {
        const auto run = runCliOn(db, {QStringLiteral("stages"), QStringLiteral("recompute")},
                                  heapLog(QStringLiteral("glibc.malloc.arena_max=2")));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.err.contains(QLatin1String(
            "Started again with GLIBC_TUNABLES=glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1.")));
    }
    SECTION("point commands, small reports and the user's own choice run as they are")
    {
        for (const QStringList& args :
             {QStringList{QStringLiteral("stats")},
              QStringList{QStringLiteral("show"), QStringLiteral("customer"), id},
              QStringList{QStringLiteral("stages"), QStringLiteral("explain"), id},
              QStringList{QStringLiteral("report"), QStringLiteral("flow")},
              QStringList{QStringLiteral("report"), QStringLiteral("funnel")}}) {
            const auto run = runCliOn(db, args, heapLog());
            INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
            REQUIRE(run.exitCode == 0);
            CHECK_FALSE(run.err.contains(QLatin1String("Started again")));
        }
        const auto run = runCliOn(db, {QStringLiteral("report"), QStringLiteral("retention")},
                                  heapLog(QStringLiteral("glibc.malloc.hugetlb=0")));
        REQUIRE(run.exitCode == 0);
        CHECK_FALSE(run.err.contains(QLatin1String("Started again")));
    }
}
