// What the hostile test pass of issue 19 (Reliability) found the command line leaving behind or
// letting through: the temporaries of killed writers, which the next write of the same file now
// removes; -wal and -shm beside a database that only a read-only command opened; an argument
// that is not UTF-8, which was stored with U+FFFD in place of its bytes and is now refused.
#include "support/CliRun.h"
#include "support/Leftovers.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

using namespace fd;

namespace {

void ok(const QString& db, const QStringList& args)
{
    const test::CliRun run = test::runCliOn(db, args);
    INFO(args.join(QLatin1Char(' ')).toStdString() + ": " + run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

// Makes each file in the scratch folder, runs the command, and checks that exactly `gone` went.
void requireSwept(const test::Scratch& scratch, const QStringList& gone, const QStringList& kept,
                  const QString& db, const QStringList& args)
{
    for (const QString& name : gone + kept)
        test::touch(scratch.file(name));
    ok(db, args);
    const QStringList now = test::entries(scratch.dir().path());
    INFO(args.join(QLatin1Char(' ')).toStdString() + ": " +
         now.join(QLatin1Char(' ')).toStdString());
    for (const QString& name : gone)
        CHECK_FALSE(now.contains(name));
    for (const QString& name : kept)
        CHECK(now.contains(name));
}

// funneldesk-cli with `args` and then one more argument, the raw bytes `last`, under `locale`.
test::CliRun runWithRawLast(const QStringList& args, const QByteArray& last, const QString& locale)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("FUNNELDESK_RAW_ARGUMENT"), QString::fromLatin1(last.toHex()));
    env.remove(QStringLiteral("FUNNELDESK_DB"));
    process.setProcessEnvironment(env);
    // printf turns the hex into the bytes: no QString ever holds them.
    const QString script =
        QStringLiteral("exec \"$@\" \"$(printf \"$(printf '%s' \"$FUNNELDESK_RAW_ARGUMENT\" | sed "
                       "'s/../\\\\x&/g')\")\"");
    process.start(QStringLiteral("/bin/bash"),
                  QStringList{QStringLiteral("-c"), script, QStringLiteral("bash"),
                              QStringLiteral(FUNNELDESK_CLI_PATH)} +
                      test::cliArguments(args));
    return test::finished(process);
}

} // namespace

TEST_CASE("An export removes what killed exports of its file left, never a live one's",
          "[cli][leftovers]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("d.sqlite"));
    ok(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
            QStringLiteral("Kept")});
    const QString dead = QString::number(test::deadPid());
    const QString own = QString::number(::getpid()); // this test runner's: alive
    requireSwept(scratch,
                 {QStringLiteral(".out.csv.%1.Ab12Cd").arg(dead),
                  QStringLiteral(".out.csv.%1.Ab12Cd-wal").arg(dead)},
                 {QStringLiteral(".out.csv.%1.Ab12Cd").arg(own), QStringLiteral(".out.csv.Ab12Cd"),
                  QStringLiteral(".other.csv.%1.Ab12Cd").arg(dead)},
                 db,
                 {QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--out"),
                  scratch.file(QStringLiteral("out.csv"))});
    CHECK(QFileInfo::exists(scratch.file(QStringLiteral("out.csv"))));
}

TEST_CASE("backup, generate, migrate and restore remove what killed runs for their file left",
          "[sqlite-only][cli][leftovers]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("d.sqlite"));
    ok(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
            QStringLiteral("Kept")});
    const QString dead = QString::number(test::deadPid());
    const QString own = QString::number(::getpid());
    requireSwept(scratch,
                 {QStringLiteral(".b.sqlite.%1.Ab12Cd").arg(dead),
                  QStringLiteral(".b.sqlite.%1.Ab12Cd-journal").arg(dead)},
                 {QStringLiteral(".b.sqlite.%1.Ab12Cd").arg(own)}, db,
                 {QStringLiteral("backup"), scratch.file(QStringLiteral("b.sqlite"))});
    requireSwept(scratch,
                 {QStringLiteral("g.sqlite.generating-%1").arg(dead),
                  QStringLiteral("g.sqlite.generating-%1-wal").arg(dead)},
                 {QStringLiteral("g.sqlite.generating-%1").arg(own)},
                 scratch.file(QStringLiteral("g.sqlite")),
                 {QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("5")});
    requireSwept(scratch, {QStringLiteral("m.sqlite.migrating-%1").arg(dead)},
                 {QStringLiteral("m.sqlite.migrating-%1").arg(own)}, db,
                 {QStringLiteral("migrate"), QStringLiteral("--to"),
                  scratch.file(QStringLiteral("m.sqlite"))});
    requireSwept(scratch,
                 {QStringLiteral(".d.sqlite.restoring-%1").arg(dead),
                  QStringLiteral(".d.sqlite.restoring-%1.v4-20261203-120000.bak").arg(dead)},
                 {QStringLiteral(".d.sqlite.restoring-%1").arg(own)}, db,
                 {QStringLiteral("restore"), scratch.file(QStringLiteral("b.sqlite"))});
}

TEST_CASE("Read-only commands leave the database's folder as they found it",
          "[sqlite-only][cli][leftovers]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("d.sqlite"));
    ok(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
            QStringLiteral("Kept")});
    ok(db, {QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"),
            QStringLiteral("1"), QStringLiteral("--subject"), QStringLiteral("Help")});
    const QStringList alone{QStringLiteral("d.sqlite")};
    REQUIRE(test::entries(scratch.dir().path()) == alone);
    for (const QStringList& command :
         {QStringList{QStringLiteral("stats")}, QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("export"), QStringLiteral("tickets")},
          QStringList{QStringLiteral("report"), QStringLiteral("funnel")},
          QStringList{QStringLiteral("show"), QStringLiteral("customer"), QStringLiteral("1")},
          QStringList{QStringLiteral("stages"), QStringLiteral("explain"), QStringLiteral("1")},
          QStringList{QStringLiteral("tasks"), QStringLiteral("list")}}) {
        ok(db, command);
        INFO(command.join(QLatin1Char(' ')).toStdString());
        CHECK(test::entries(scratch.dir().path()) == alone);
    }

    SECTION("while a writer has the file open, its -wal and -shm stay")
    {
        auto writer = test::openDatabase(db);
        REQUIRE(writer->guard([&] { return writer->scalar("SELECT count(*) FROM customer"); }) ==
                1);
        const QStringList before = test::entries(scratch.dir().path());
        REQUIRE(before.contains(QStringLiteral("d.sqlite-wal")));
        ok(db, {QStringLiteral("stats")});
        CHECK(test::entries(scratch.dir().path()) == before);
    }
}

TEST_CASE("An argument that is not UTF-8 is refused in one sentence naming it, and nothing is "
          "written",
          "[cli][leftovers]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("d.sqlite"));
    ok(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
            QStringLiteral("Kept")});
    const QStringList addTicket{QStringLiteral("--db"),       db,
                                QStringLiteral("add"),        QStringLiteral("ticket"),
                                QStringLiteral("--customer"), QStringLiteral("1")};
    for (const QString& locale : {QStringLiteral("C.UTF-8"), QStringLiteral("C")}) {
        INFO(locale.toStdString());
        test::requireOneSentence(
            runWithRawLast(addTicket + QStringList{QStringLiteral("--subject")}, "\xff", locale),
            QStringLiteral("Argument 8, the one after --subject, is not valid UTF-8 text"));
        test::requireOneSentence(runWithRawLast(addTicket, "--subject=ok\xc3(", locale),
                                 QStringLiteral("Argument 7, the value of --subject, is not valid "
                                                "UTF-8 text"));
        test::requireOneSentence(runWithRawLast(QStringList{QStringLiteral("--db"), db},
                                                "st\xe2\x82"
                                                "ats",
                                                locale),
                                 QStringLiteral("Argument 3 is not valid UTF-8 text"));
    }
    const test::CliRun stats = test::runCliOn(db, {QStringLiteral("stats")});
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.out.contains(QStringLiteral("tickets 0")));
    // Valid UTF-8 passes as before.
    const test::CliRun valid = runWithRawLast(addTicket + QStringList{QStringLiteral("--subject")},
                                              "Gr\xc3\xbc\xc3\x9f"
                                              "e",
                                              QStringLiteral("C.UTF-8"));
    INFO(valid.err.toStdString());
    CHECK(valid.exitCode == 0);
}
