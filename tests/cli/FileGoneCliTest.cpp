// A long command (an import) whose database file is deleted while it runs ends with the one
// sentence that says so and exit 1, instead of "succeeding" into a file that no longer exists
// (issue 15; PRODUCT.md: bad input "loses nothing"). Database's commit hook refuses the commit.
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

using namespace fd;

namespace {

// Whether process `pid` has `path` open (Linux /proc).
bool hasOpen(qint64 pid, const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QFileInfo& fd :
         fds.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        if (fd.symLinkTarget() == canonical)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("An import whose file is deleted mid-run says so and exits 1",
          "[sqlite-only][cli][filegone]")
{
    test::Scratch scratch;
    const QString folder = scratch.file(QStringLiteral("del"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/d.sqlite");
    REQUIRE(test::runCliOn(path, {QStringLiteral("generate"), QStringLiteral("--customers"),
                                  QStringLiteral("50")})
                .exitCode == 0);
    const QString csv = scratch.file(QStringLiteral("customers.csv"));
    REQUIRE(test::runCliOn(path, {QStringLiteral("export"), QStringLiteral("customers"),
                                  QStringLiteral("--out"), csv})
                .exitCode == 0);

    // This test holds the write lock, so the command waits at its write transaction with the
    // file open: the file is deleted while it runs, whatever the machine's speed.
    auto holder = test::openDatabase(path);
    auto lock = std::make_unique<Transaction>(*holder);
    QProcess process;
    test::startCli(
        process,
        {QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("customers"), csv},
        60000);
    REQUIRE(process.waitForStarted());
    QDeadlineTimer guard(60000); // against a hang only
    while (!hasOpen(process.processId(), path) && !guard.hasExpired() &&
           process.state() == QProcess::Running)
        QThread::msleep(10);
    REQUIRE(hasOpen(process.processId(), path));
    REQUIRE(QDir(folder).removeRecursively());
    lock.reset(); // rolled back: the command goes on
    holder.reset();

    const auto run = test::finished(process);
    test::requireOneSentence(
        run, QStringLiteral("“%1” was deleted or moved while FunnelDesk had it open; nothing more "
                            "can be saved to it.")
                 .arg(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFileInfo::exists(folder)); // nothing made anew where it was
}
