// A kill at any moment loses nothing: funneldesk-cli generate, import and stages
// recompute are SIGKILLed at random moments, again and again; each time `check` passes and
// the operation landed whole or not at all, with what was there before intact.
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <csignal>

using namespace fd;

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
};

Outcome run(const QString& db, const QStringList& args)
{
    QProcess p;
    QStringList all{QStringLiteral("--db"), db};
    all += args;
    p.start(QStringLiteral(FUNNELDESK_CLI_PATH), test::cliArguments(all));
    REQUIRE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput())};
}

// Starts the command and kills it after `ms` milliseconds (if it is still running).
void killAfter(const QString& db, const QStringList& args, int ms)
{
    QProcess p;
    QStringList all{QStringLiteral("--db"), db};
    all += args;
    p.start(QStringLiteral(FUNNELDESK_CLI_PATH), test::cliArguments(all));
    REQUIRE(p.waitForStarted());
    if (!p.waitForFinished(ms)) {
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished();
    }
}

QString statsOf(const QString& db)
{
    const Outcome stats = run(db, {QStringLiteral("stats")});
    REQUIRE(stats.exitCode == 0);
    return stats.out;
}

void requireSound(const QString& db)
{
    const Outcome check = run(db, {QStringLiteral("check")});
    INFO(check.out.toStdString());
    REQUIRE(check.exitCode == 0);
}

} // namespace

// (One case for each: a generate writes a new file beside its target, an SQLite file's own way.)
TEST_CASE("Killing generate at any moment leaves a sound file, all or nothing",
          "[sqlite-only][cli][crash]")
{
    test::Scratch scratch;
    QRandomGenerator random(20261124);
    const QStringList generate{QStringLiteral("generate"), QStringLiteral("--customers"),
                               QStringLiteral("3000"),     QStringLiteral("--tickets"),
                               QStringLiteral("30000"),    QStringLiteral("--touchpoints"),
                               QStringLiteral("90000")};
    const QString db = scratch.file(QStringLiteral("g.sqlite"));
    int whole = 0;
    for (int round = 0; round < 8; ++round) {
        QFile::remove(db);
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        killAfter(db, generate, random.bounded(50, 1500));
        if (!QFile::exists(db)) {
            // Killed before the new file was renamed into place: nothing under its name,
            // at most its own temporary beside it (removed by the next generate).
            const QStringList left =
                QDir(QFileInfo(db).path())
                    .entryList({QStringLiteral("g.sqlite*")}, QDir::Files | QDir::Hidden);
            for (const QString& name : left)
                CHECK(name.startsWith(QStringLiteral("g.sqlite.generating-")));
            continue;
        }
        requireSound(db);
        const QString stats = statsOf(db);
        INFO(stats.toStdString());
        const bool nothing = stats.contains(QStringLiteral("customers 0\n")) &&
                             stats.contains(QStringLiteral("tickets 0\n"));
        const bool all = stats.contains(QStringLiteral("customers 3000\n")) &&
                         stats.contains(QStringLiteral("tickets 30000\n"));
        CHECK((nothing || all));
        whole += all ? 1 : 0;
    }
    WARN("generate rounds that finished before the kill: " << whole << " of 8");
    // The next generate clears what the killed ones left and makes the whole file.
    QFile::remove(db);
    REQUIRE(run(db, generate).exitCode == 0);
    CHECK(QDir(QFileInfo(db).path())
              .entryList({QStringLiteral("g.sqlite.generating-*")}, QDir::Files | QDir::Hidden)
              .isEmpty());
    CHECK(statsOf(db).contains(QStringLiteral("customers 3000\n")));
}

TEST_CASE("Killing import or recompute at any moment leaves the database before, or after",
          "[cli][crash]")
{
    test::Scratch scratch;
    QRandomGenerator random(20261124);
    const QStringList generate{QStringLiteral("generate"), QStringLiteral("--customers"),
                               QStringLiteral("3000"),     QStringLiteral("--tickets"),
                               QStringLiteral("30000"),    QStringLiteral("--touchpoints"),
                               QStringLiteral("90000")};
    const QString source = scratch.file(QStringLiteral("source.sqlite"));
    REQUIRE(run(source, generate).exitCode == 0);
    const QString csv = scratch.file(QStringLiteral("tickets.csv"));
    REQUIRE(run(source,
                {QStringLiteral("export"), QStringLiteral("tickets"), QStringLiteral("--out"), csv})
                .exitCode == 0);

    const QString db = scratch.file(QStringLiteral("i.sqlite"));
    REQUIRE(run(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Before")})
                .exitCode == 0);
    const QString before = statsOf(db);
    QString after;
    for (int round = 0; round < 8; ++round) {
        killAfter(db, {QStringLiteral("import"), QStringLiteral("tickets"), csv},
                  random.bounded(50, 2500));
        requireSound(db);
        const QString stats = statsOf(db);
        INFO(stats.toStdString());
        if (stats != before) { // it landed: whole
            CHECK(stats.contains(QStringLiteral("tickets 30000")));
            after = stats;
            break;
        }
    }
    // Recompute on the imported (or the original) file, killed mid-way: the stages
    // are either all as before or all recomputed; the file is sound either way.
    const QString target = after.isEmpty() ? source : db;
    for (int round = 0; round < 5; ++round) {
        killAfter(target, {QStringLiteral("stages"), QStringLiteral("recompute")},
                  random.bounded(20, 600));
        requireSound(target);
    }
    CHECK(statsOf(target).contains(QStringLiteral("customers")));
}
