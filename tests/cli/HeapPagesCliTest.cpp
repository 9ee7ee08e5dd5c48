// A command that works in bulk starts again with glibc's malloc in huge pages; a point command
// does not (app/cli/main.cpp, Command::inBulk; common/HeapPages.h). Whether it did is read from
// the funneldesk.heap debug category, which the second start writes to.
#include "common/HeapPages.h"
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <QFile>

using namespace fd;
using test::runCli;
using test::runCliOn;

namespace {

QProcessEnvironment heapLog(const QString& tunables = {})
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("funneldesk.heap.debug=true"));
    if (!tunables.isEmpty())
        env.insert(QStringLiteral("GLIBC_TUNABLES"), tunables);
    return env;
}

bool startsAgain()
{
    QFile modes(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    const QByteArray mode = modes.open(QIODevice::ReadOnly) ? modes.readAll() : QByteArray();
    return mallocTakesHugePageTunable() && tunablesWithHugePages(nullptr, mode);
}

constexpr auto kStartedAgain = "Started again with GLIBC_TUNABLES=glibc.malloc.hugetlb=1.";

} // namespace

TEST_CASE("A bulk command starts again with huge pages and a point command does not",
          "[cli][heap-pages]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("heap.sqlite"));
    const auto added = runCliOn(db, {QStringLiteral("add"), QStringLiteral("customer"),
                                     QStringLiteral("--name"), QStringLiteral("Heap Co")});
    REQUIRE(added.exitCode == 0);
    const bool again = startsAgain();
    INFO("starts again: " << again);

    SECTION("report, with --db before the command or as --db=")
    {
        for (const QStringList& args :
             {QStringList{QStringLiteral("--db"), db, QStringLiteral("report"),
                          QStringLiteral("funnel")},
              QStringList{QStringLiteral("--db=") + db, QStringLiteral("report"),
                          QStringLiteral("funnel")}}) {
            const auto run = runCli(args, heapLog());
            INFO(run.err.toStdString());
            REQUIRE(run.exitCode == 0);
            CHECK(run.out.contains(QStringLiteral("Onboarding")));
            CHECK(run.err.contains(QLatin1String(kStartedAgain)) == again);
        }
    }
    SECTION("the user's own tunables are kept in front")
    {
        const auto run = runCliOn(db, {QStringLiteral("stages"), QStringLiteral("recompute")},
                                  heapLog(QStringLiteral("glibc.malloc.arena_max=2")));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.err.contains(QLatin1String(
                  "Started again with "
                  "GLIBC_TUNABLES=glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1.")) == again);
    }
    SECTION("point commands and the user's own choice run as they are")
    {
        for (const QStringList& args :
             {QStringList{QStringLiteral("stats")},
              QStringList{QStringLiteral("show"), QStringLiteral("customer"),
                          added.out.trimmed()}}) {
            const auto run = runCliOn(db, args, heapLog());
            INFO(run.err.toStdString());
            REQUIRE(run.exitCode == 0);
            CHECK_FALSE(run.err.contains(QLatin1String("Started again")));
        }
        const auto run = runCliOn(db, {QStringLiteral("report"), QStringLiteral("funnel")},
                                  heapLog(QStringLiteral("glibc.malloc.hugetlb=0")));
        REQUIRE(run.exitCode == 0);
        CHECK_FALSE(run.err.contains(QLatin1String("Started again")));
    }
}
