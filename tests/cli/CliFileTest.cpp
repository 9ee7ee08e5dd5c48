// funneldesk-cli on an SQLite file's own troubles: restoring a backup, and a damaged or truncated
// file, each one sentence and never a crash (split from CliTest.cpp).
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sqlite3.h>

using namespace fd;

namespace {

using Run = test::CliRun;
using test::requireOneSentence;

Run cli(const QString& db, QStringList args)
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    return test::runCli(args, {});
}

} // namespace

TEST_CASE("restore puts a checked backup back and refuses a broken one",
          "[sqlite-only][cli][backup]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("live.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Acme")})
                .exitCode == 0);
    const QString copy = scratch.file(QStringLiteral("copy.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("backup"), copy}).exitCode == 0);
    REQUIRE(cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Later")})
                .exitCode == 0);
    const Run restored = cli(db, {QStringLiteral("restore"), copy});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(cli(db, {QStringLiteral("stats")}).out.contains(QStringLiteral("customers 1\n")));

    const QString text = scratch.file(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a backup");
    }
    requireOneSentence(cli(db, {QStringLiteral("restore"), text}), QStringLiteral("notes.txt"));
    requireOneSentence(
        cli(db, {QStringLiteral("restore"), scratch.file(QStringLiteral("missing.sqlite"))}),
        QStringLiteral("missing.sqlite"));
    CHECK(cli(db, {QStringLiteral("restore")}).exitCode == 2);
}

TEST_CASE(
    "restore waits for another program's lock as long as a write does, then says who holds it",
    "[sqlite-only][cli][backup][restore]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("live.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Acme")})
                .exitCode == 0);
    const QString copy = scratch.file(QStringLiteral("copy.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("backup"), copy}).exitCode == 0);
    REQUIRE(cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Later")})
                .exitCode == 0);
    auto holder = test::openDatabase(db);
    {
        Transaction hold(*holder);
        holder->execute("INSERT INTO settings (key, value) VALUES ('held', '1')");
        // FUNNELDESK_BUSY_TIMEOUT_MS is 200 for the tests: it ends instead of waiting forever.
        const Run refused = cli(db, {QStringLiteral("restore"), copy});
        requireOneSentence(refused, QStringLiteral("live.sqlite” is locked by another program"));
        CHECK(
            refused.err.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())));
    }
    holder.reset();
    CHECK(cli(db, {QStringLiteral("stats")})
              .out.contains(QStringLiteral("customers 2\n"))); // nothing changed
}

TEST_CASE("restore reads an older backup without changing it, and upgrades the database instead",
          "[sqlite-only][cli][backup][restore]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("live.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Acme")})
                .exitCode == 0);
    REQUIRE(QDir().mkpath(scratch.file(QStringLiteral("old"))));
    const QString v1 = scratch.file(QStringLiteral("old/v1.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(FUNNELDESK_TEST_FIXTURES "/schema-v1.sqlite"), v1));
    QFile::setPermissions(v1, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = test::fileBytes(v1);

    const Run restored = cli(db, {QStringLiteral("restore"), v1});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(test::fileBytes(v1) == before);
    CHECK(QDir(scratch.file(QStringLiteral("old"))).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("v1.sqlite")});
    CHECK(cli(db, {QStringLiteral("stats")}).out.startsWith(QStringLiteral("customers 40\n")));
    CHECK(cli(db, {QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("A damaged or truncated file gets one sentence, never a crash",
          "[sqlite-only][cli][damage]")
{
    test::Scratch scratch;
    const QString good = scratch.file(QStringLiteral("good.sqlite"));
    REQUIRE(cli(good, {QStringLiteral("generate"), QStringLiteral("--customers"),
                       QStringLiteral("300"), QStringLiteral("--tickets"), QStringLiteral("3000"),
                       QStringLiteral("--touchpoints"), QStringLiteral("9000")})
                .exitCode == 0);
    const QByteArray bytes = test::fileBytes(good);
    REQUIRE(bytes.size() > 40 * 4096);
    const QStringList commands[] = {{QStringLiteral("check")},
                                    {QStringLiteral("stats")},
                                    {QStringLiteral("stages"), QStringLiteral("recompute")},
                                    {QStringLiteral("export"), QStringLiteral("tickets")},
                                    {QStringLiteral("report"), QStringLiteral("funnel")}};

    SECTION("random pages overwritten")
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 4; ++round) {
            QByteArray damaged = bytes;
            for (int page = 0; page < 6; ++page) {
                const qsizetype at =
                    4096 * random.bounded(1, static_cast<int>(damaged.size() / 4096));
                for (qsizetype i = 0; i < 4096; ++i)
                    damaged[at + i] = static_cast<char>(random.bounded(256));
            }
            const QString path = scratch.file(QStringLiteral("damaged-%1.sqlite").arg(round));
            QFile file(path);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(damaged);
            file.close();
            bool found = false;
            for (const QStringList& command : commands) {
                const Run run = cli(path, command);
                INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
                CHECK(run.exitCode != -2); // no crash
                if (run.exitCode != 0) {
                    CHECK(run.exitCode == 1);
                    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
                    CHECK(run.err.contains(path));
                }
                found = found || run.exitCode != 0;
            }
            CHECK(found); // check at least says so
        }
    }
    SECTION("cut in half")
    {
        const QString path = scratch.file(QStringLiteral("half.sqlite"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes.left(bytes.size() / 2));
        file.close();
        const Run run = cli(path, {QStringLiteral("check")});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(run.err.contains(QStringLiteral("half.sqlite")));
    }
}
