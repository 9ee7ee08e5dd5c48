// funneldesk-cli generate refuses what it cannot do before touching anything, derives the
// counts not given, and leaves no file, half-written database or journal behind when it
// fails or is interrupted (issue 14 §5).
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>
#include <unistd.h>

using namespace fd;

namespace {

test::CliRun generate(const QString& db, const QStringList& args)
{
    return test::runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("generate")} + args);
}

// Every file in the folder: nothing may be left beside a refused or failed target.
QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Bad usage: exit 2, the one sentence and the hint to --help, nothing on stdout.
void requireUsage(const test::CliRun& run, const QString& fragment)
{
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.err.section(QLatin1Char('\n'), 0, 0).contains(fragment));
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 1);
    CHECK(run.out.isEmpty());
}

} // namespace

TEST_CASE("generate refuses counts it cannot make, before touching anything", "[cli][generate]")
{
    test::Scratch scratch;
    const QString folder = scratch.file(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(folder));
    const QString db = QDir(folder).filePath(QStringLiteral("g.sqlite"));

    // Issue 14: a billion customers grew by 300 MB/s and died of std::bad_alloc.
    requireUsage(generate(db, {QStringLiteral("--customers"), QStringLiteral("1000000000")}),
                 QStringLiteral("At most 1000000 customers (--customers) fit a demo on a "
                                "workstation (ten times data set L), "
                                "not 1000000000."));
    requireUsage(
        generate(db, {QStringLiteral("--customers"), QStringLiteral("100"),
                      QStringLiteral("--tickets"), QStringLiteral("99999999999999999999999")}),
        QStringLiteral("--tickets"));
    requireUsage(generate(db, {QStringLiteral("--touchpoints"), QStringLiteral("50000001")}),
                 QStringLiteral("At most 50000000 touchpoints (--touchpoints)"));
    requireUsage(generate(db, {QStringLiteral("--customers"), QStringLiteral("0")}),
                 QStringLiteral("Generate at least one customer (--customers)."));
    requireUsage(generate(db, {QStringLiteral("--customers"), QStringLiteral("-5")}),
                 QStringLiteral("--customers"));
    requireUsage(generate(db, {QStringLiteral("--customers"), QStringLiteral("1e5")}),
                 QStringLiteral("--customers needs a whole number, not “1e5”"));
    requireUsage(generate(db, {QStringLiteral("--tickets"), QStringLiteral("10"),
                               QStringLiteral("--touchpoints"), QStringLiteral("9")}),
                 QStringLiteral("A demo needs at least as many touchpoints (--touchpoints) as "
                                "tickets (--tickets), not 9 "
                                "for 10: every ticket records a touchpoint of its channel."));
    CHECK(filesIn(folder).join(QLatin1Char(' ')).toStdString() == "");
}

TEST_CASE("generate --customers alone makes tickets and touchpoints in data set L's proportions",
          "[cli][generate]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("g.sqlite"));
    const test::CliRun run = generate(db, {QStringLiteral("--customers"), QStringLiteral("10")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // No progress unless asked (stderr is no terminal here): the summary line alone.
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(run.err.contains(
        QStringLiteral("Generated 10 customers, 100 tickets and 500 touchpoints")));
    // The file is whole under its own name; nothing else is left beside it.
    if (test::onSqlite())
        CHECK(filesIn(scratch.dir().path()).join(QLatin1Char(' ')).toStdString() == "g.sqlite");
    const test::CliRun stats = test::runCli({QStringLiteral("--db"), db, QStringLiteral("stats")});
    CHECK(stats.out.startsWith(QStringLiteral("customers 10\n")));
    CHECK(stats.out.contains(QStringLiteral("\ntickets 100\n")));
    CHECK(stats.out.contains(QStringLiteral("\ntouchpoints 500\n")));
}

TEST_CASE("generate into a folder it cannot write to leaves nothing behind",
          "[sqlite-only][cli][generate]")
{
    test::Scratch scratch;
    const QString folder = scratch.file(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(folder));
    const QString db = QDir(folder).filePath(QStringLiteral("g.sqlite"));
    constexpr QFileDevice::Permissions kReadAndEnter =
        QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
        QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QFile::setPermissions(scratch.dir().path(), kReadAndEnter | QFileDevice::WriteOwner);
    const bool asRoot = ::geteuid() == 0;
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (asRoot && setpriv.isEmpty()) {
        WARN("Skipped: running as root without setpriv to become a user who may not write the "
             "folder");
        return;
    }
    // Root may write anywhere: as root the command runs as nobody on root's 0755 folder.
    QFile::setPermissions(
        folder, kReadAndEnter | (asRoot ? QFileDevice::WriteOwner : QFileDevice::Permissions()));
    QProcess process;
    const QStringList args{QStringLiteral("--db"), db, QStringLiteral("generate"),
                           QStringLiteral("--customers"), QStringLiteral("20")};
    if (asRoot)
        process.start(setpriv,
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"),
                                  QStringLiteral(FUNNELDESK_CLI_PATH)} +
                          args);
    else
        process.start(QStringLiteral(FUNNELDESK_CLI_PATH), test::cliArguments(args));
    const test::CliRun run = test::finished(process);
    QFile::setPermissions(folder, kReadAndEnter | QFileDevice::WriteOwner);
    test::requireOneSentence(run, QStringLiteral("not writable"));
    CHECK(filesIn(folder).join(QLatin1Char(' ')).toStdString() == "");
}

TEST_CASE("Ctrl+C during generate leaves no file and no journal", "[cli][generate]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("g.sqlite"));
    QProcess process;
    process.start(QStringLiteral(FUNNELDESK_CLI_PATH),
                  test::cliArguments({QStringLiteral("--db"), db, QStringLiteral("generate"),
                                      QStringLiteral("--customers"), QStringLiteral("20000"),
                                      QStringLiteral("--progress")}));
    REQUIRE(process.waitForStarted());
    // Interrupted once the first rows are written, long before the last.
    QByteArray said;
    while (!said.contains("Generating: ") && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        said += process.readAllStandardError();
    }
    REQUIRE(said.contains("Generating: "));
    REQUIRE_FALSE(said.contains("100%"));
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    const test::CliRun run = test::finished(process);
    INFO(QString(QString::fromUtf8(said) + run.err).toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.trimmed()
              .section(QLatin1Char('\r'), -1)
              .contains(QStringLiteral("cancelled; nothing was written")));
    CHECK(filesIn(scratch.dir().path()).join(QLatin1Char(' ')).toStdString() == "");
}

TEST_CASE("A killed generate leaves its target absent, and the next generate clears what it left",
          "[sqlite-only][cli][generate]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("g.sqlite"));
    QProcess process;
    process.start(QStringLiteral(FUNNELDESK_CLI_PATH),
                  test::cliArguments({QStringLiteral("--db"), db, QStringLiteral("generate"),
                                      QStringLiteral("--customers"), QStringLiteral("20000"),
                                      QStringLiteral("--progress")}));
    REQUIRE(process.waitForStarted());
    QByteArray said;
    while (!said.contains("Generating: ") && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        said += process.readAllStandardError();
    }
    REQUIRE_FALSE(said.contains("100%"));
    ::kill(static_cast<pid_t>(process.processId()), SIGKILL); // nothing can clean up after this
    process.waitForFinished();
    CHECK_FALSE(QFile::exists(db));
    const QStringList left = filesIn(scratch.dir().path());
    INFO(left.join(QLatin1Char(' ')).toStdString());
    REQUIRE(left.filter(QStringLiteral("g.sqlite.generating-")).size() >= 1);

    const test::CliRun again = generate(db, {QStringLiteral("--customers"), QStringLiteral("10")});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(filesIn(scratch.dir().path()).join(QLatin1Char(' ')).toStdString() == "g.sqlite");
}

TEST_CASE("generate into a folder that does not exist makes no folder",
          "[sqlite-only][cli][generate]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("missing/g.sqlite"));
    test::requireOneSentence(generate(db, {QStringLiteral("--customers"), QStringLiteral("10")}),
                             QStringLiteral("does not exist"));
    CHECK_FALSE(QFileInfo::exists(scratch.file(QStringLiteral("missing"))));
}
