// Both programs start with glibc's huge-page switch for malloc (common/HeapPages.h): the value
// GLIBC_TUNABLES gets, and what a program started through fd::startWithHugePageHeap ends up with
// (tests/support/HeapPagesProbe.cpp, run as a process).
#include "common/HeapPages.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>

namespace {

constexpr auto kMadvise = "always [madvise] never\n";

// The probe's "key value" lines, run with `vars` added to a clean environment (no
// GLIBC_TUNABLES, no marks of a first start), and "process": the pid QProcess started.
QMap<QByteArray, QByteArray> probe(const QMap<QString, QString>& vars, const QString& loader = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"GLIBC_TUNABLES", "FUNNELDESK_GLIBC_TUNABLES",
                             "FUNNELDESK_PROCESS_NAME", "FUNNELDESK_HEAP_PAGES", "FD_PROBE_STARTS"})
        env.remove(QString::fromLatin1(name));
    for (auto it = vars.begin(); it != vars.end(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    if (loader.isEmpty())
        process.start(QStringLiteral(FUNNELDESK_HEAP_PAGES_PROBE_PATH), {});
    else
        process.start(loader, {QStringLiteral(FUNNELDESK_HEAP_PAGES_PROBE_PATH)});
    REQUIRE(process.waitForStarted());
    const qint64 pid = process.processId();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    QMap<QByteArray, QByteArray> lines{{"process", QByteArray::number(pid)}};
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            lines.insert(line.left(space), line.mid(space + 1));
    }
    return lines;
}

// The probe's own process name: its file name, cut to the kernel's 15 bytes.
QByteArray probeName()
{
    return QFileInfo(QStringLiteral(FUNNELDESK_HEAP_PAGES_PROBE_PATH)).fileName().toUtf8().left(15);
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
          "under its own name, with the user's environment, and once",
          "[heap-pages]")
{
    const QByteArray mode = fd::transparentHugePageModes();
    // Where glibc's malloc takes the switch and the kernel heeds madvise, the program starts
    // again by itself, and malloc marks its memory; elsewhere only FUNNELDESK_HEAP_PAGES=force
    // makes it start again (a sanitizer's build: CI), and nothing is marked.
    const bool restarts =
        fd::mallocTakesHugePageTunable() && fd::tunablesWithHugePages(nullptr, mode);
    INFO("THP mode: " << mode.trimmed().toStdString()
                      << ", glibc's malloc: " << fd::mallocTakesHugePageTunable());
    const QString force = QStringLiteral("force");

    SECTION("GLIBC_TUNABLES not set")
    {
        for (const bool forced : {false, true}) {
            QMap<QString, QString> vars;
            if (forced)
                vars.insert(QStringLiteral("FUNNELDESK_HEAP_PAGES"), force);
            const auto seen = probe(vars);
            INFO("forced: " << forced);
            CHECK(seen.value("pid") == seen.value("process"));
            CHECK(seen.value("starts") == (restarts || forced ? "2" : "1"));
            // What the program starts in its turn sees the user's environment, and ps its name.
            CHECK(seen.value("tunables") == "unset");
            CHECK(seen.value("first") == "unset");
            CHECK(seen.value("name_mark") == "unset");
            CHECK(seen.value("force") == "unset"); // removed by the second start
            CHECK(seen.value("name") == probeName());
            CHECK(seen.value("hg") == (restarts ? "1" : "0"));
            CHECK(seen.value("touched") == "1");
        }
    }
    SECTION("an empty GLIBC_TUNABLES comes back empty")
    {
        const auto seen = probe({{QStringLiteral("GLIBC_TUNABLES"), QString()},
                                 {QStringLiteral("FUNNELDESK_HEAP_PAGES"), force}});
        CHECK(seen.value("starts") == "2");
        CHECK(seen.value("tunables") == "");
        CHECK(seen.value("hg") == (restarts ? "1" : "0"));
    }
    SECTION("started through the dynamic loader, it runs as it is")
    {
        // /proc/self/exe is then the loader, which would take the command for its program.
        const QString loader = QStringLiteral("/lib64/ld-linux-x86-64.so.2");
        if (!QFile::exists(loader)) {
            WARN("No " << loader.toStdString() << " on this machine: not tested.");
            return;
        }
        const auto seen = probe({{QStringLiteral("FUNNELDESK_HEAP_PAGES"), force}}, loader);
        CHECK(seen.value("starts") == "1");
        CHECK(seen.value("tunables") == "unset");
        CHECK(seen.value("touched") == "1");
    }
    SECTION("the user's own tunables are kept")
    {
        const auto seen =
            probe({{QStringLiteral("GLIBC_TUNABLES"), QStringLiteral("glibc.malloc.arena_max=2")},
                   {QStringLiteral("FUNNELDESK_HEAP_PAGES"), force}});
        CHECK(seen.value("pid") == seen.value("process"));
        CHECK(seen.value("starts") == "2");
        CHECK(seen.value("tunables") == "glibc.malloc.arena_max=2");
        CHECK(seen.value("first") == "unset");
        CHECK(seen.value("hg") == (restarts ? "1" : "0"));
    }
    SECTION("a mark left by another process is not taken for a first start")
    {
        const auto seen = probe({{QStringLiteral("FUNNELDESK_GLIBC_TUNABLES"),
                                  QStringLiteral("1:set:glibc.malloc.hugetlb=0")},
                                 {QStringLiteral("FUNNELDESK_PROCESS_NAME"), QStringLiteral("x")},
                                 {QStringLiteral("FUNNELDESK_HEAP_PAGES"), force}});
        CHECK(seen.value("starts") == "2");
        CHECK(seen.value("tunables") == "unset");
        CHECK(seen.value("first") == "unset");
        CHECK(seen.value("name") == probeName());
    }
    SECTION("the user turned the switch off")
    {
        const auto seen =
            probe({{QStringLiteral("GLIBC_TUNABLES"), QStringLiteral("glibc.malloc.hugetlb=0")},
                   {QStringLiteral("FUNNELDESK_HEAP_PAGES"), force}});
        CHECK(seen.value("starts") == "1");
        CHECK(seen.value("tunables") == "glibc.malloc.hugetlb=0");
        CHECK(seen.value("hg") == "0");
    }
}
