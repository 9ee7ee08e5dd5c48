// Both programs start with glibc's huge-page switch for malloc (common/HeapPages.h): the value
// GLIBC_TUNABLES gets, and what a program started through fd::startWithHugePageHeap ends up with
// (tests/support/HeapPagesProbe.cpp, run as a process).
#include "common/HeapPages.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>

namespace {

constexpr auto kMadvise = "always [madvise] never\n";

// The probe's "key value" lines, run with GLIBC_TUNABLES set to `tunables` (or removed).
QMap<QByteArray, QByteArray> probe(const std::optional<QByteArray>& tunables, qint64* pid)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GLIBC_TUNABLES"));
    env.remove(QStringLiteral("FUNNELDESK_GLIBC_TUNABLES"));
    env.remove(QStringLiteral("FD_PROBE_STARTS"));
    if (tunables)
        env.insert(QStringLiteral("GLIBC_TUNABLES"), QString::fromUtf8(*tunables));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FUNNELDESK_HEAP_PAGES_PROBE_PATH), {});
    REQUIRE(process.waitForStarted());
    *pid = process.processId();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    QMap<QByteArray, QByteArray> lines;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            lines.insert(line.left(space), line.mid(space + 1));
    }
    return lines;
}

QByteArray thpMode()
{
    QFile modes(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    return modes.open(QIODevice::ReadOnly) ? modes.readAll() : QByteArray();
}

} // namespace

TEST_CASE("GLIBC_TUNABLES gains glibc.malloc.hugetlb=1 only under THP mode madvise and only once",
          "[heap-pages]")
{
    CHECK(fd::tunablesWithHugePages(nullptr, kMadvise) == QByteArray("glibc.malloc.hugetlb=1"));
    CHECK(fd::tunablesWithHugePages("", kMadvise) == QByteArray("glibc.malloc.hugetlb=1"));
    // The user's tunables stay, in their order.
    CHECK(
        fd::tunablesWithHugePages("glibc.malloc.arena_max=2:glibc.malloc.tcache_count=0",
                                  kMadvise) ==
        QByteArray("glibc.malloc.arena_max=2:glibc.malloc.tcache_count=0:glibc.malloc.hugetlb=1"));
    // Already set, by a first start or by the user (=0 to run under valgrind): left as it is.
    CHECK_FALSE(fd::tunablesWithHugePages("glibc.malloc.hugetlb=1", kMadvise));
    CHECK_FALSE(
        fd::tunablesWithHugePages("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=0", kMadvise));
    CHECK_FALSE(fd::tunablesWithHugePages("glibc.malloc.hugetlb", kMadvise));
    // A longer name is another tunable.
    CHECK(fd::tunablesWithHugePages("glibc.malloc.hugetlbx=1", kMadvise) ==
          QByteArray("glibc.malloc.hugetlbx=1:glibc.malloc.hugetlb=1"));
    // glibc ignores the switch under "always"; "never", or no file, has no huge pages.
    CHECK_FALSE(fd::tunablesWithHugePages(nullptr, "[always] madvise never\n"));
    CHECK_FALSE(fd::tunablesWithHugePages(nullptr, "always madvise [never]\n"));
    CHECK_FALSE(fd::tunablesWithHugePages(nullptr, ""));
}

TEST_CASE("A program started with the huge-page switch runs again in the same process, "
          "with huge pages and the user's environment",
          "[heap-pages]")
{
    const QByteArray mode = thpMode();
    const bool restarts =
        fd::mallocTakesHugePageTunable() && fd::tunablesWithHugePages(nullptr, mode);
    INFO("THP mode: " << mode.trimmed().toStdString()
                      << ", glibc's malloc: " << fd::mallocTakesHugePageTunable());

    SECTION("GLIBC_TUNABLES not set")
    {
        qint64 pid = 0;
        const auto seen = probe(std::nullopt, &pid);
        CHECK(seen.value("pid").toLongLong() == pid);
        CHECK(seen.value("starts") == (restarts ? "2" : "1"));
        // What the program starts in its turn sees the user's environment.
        CHECK(seen.value("tunables") == "unset");
        CHECK(seen.value("first") == "unset");
        CHECK(seen.value("touched") == "1");
        if (restarts)
            CHECK(seen.value("huge_kb").toLongLong() > 0);
    }
    SECTION("the user's own tunables")
    {
        qint64 pid = 0;
        const auto seen = probe(QByteArray("glibc.malloc.arena_max=2"), &pid);
        CHECK(seen.value("pid").toLongLong() == pid);
        CHECK(seen.value("starts") == (restarts ? "2" : "1"));
        CHECK(seen.value("tunables") == "glibc.malloc.arena_max=2");
        CHECK(seen.value("first") == "unset");
        if (restarts)
            CHECK(seen.value("huge_kb").toLongLong() > 0);
    }
    SECTION("the user turned the switch off")
    {
        qint64 pid = 0;
        const auto seen = probe(QByteArray("glibc.malloc.hugetlb=0"), &pid);
        CHECK(seen.value("starts") == "1");
        CHECK(seen.value("tunables") == "glibc.malloc.hugetlb=0");
        // Under "madvise", memory nobody marked gets no huge page.
        if (restarts)
            CHECK(seen.value("huge_kb").toLongLong() == 0);
    }
}
