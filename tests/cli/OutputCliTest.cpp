// Issue 14 §1: a file funneldesk-cli writes for the user never destroys one and never lies.
// Every target that is the open database or an input is refused, every failed write is one
// sentence and exit 1 with the old file byte-identical and no temporary left beside it.
#include "support/CliRun.h"
#include "support/TestSupport.h"
#include "support/TinyDisk.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <unistd.h>

using namespace fd;
using test::requireOneSentence;

namespace {

using Run = test::CliRun;

Run cli(const QString& db, const QStringList& args)
{
    return test::runCliOn(db, args);
}

// Standard output sent to `path` (/dev/full) or, with an empty path, closed by the reader
// as soon as the program starts.
Run cliWithStdout(const QString& db, const QStringList& args, const QString& path)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FUNNELDESK_DB"));
    process.setProcessEnvironment(env);
    if (!path.isEmpty())
        process.setStandardOutputFile(path);
    process.start(QStringLiteral(FUNNELDESK_CLI_PATH),
                  test::cliArguments(QStringList{QStringLiteral("--db"), db} + args));
    if (path.isEmpty()) {
        REQUIRE(process.waitForStarted());
        process.closeReadChannel(QProcess::StandardOutput);
    }
    return test::finished(process);
}

// Every name in `folder`, hidden ones (temporaries) included; not SQLite's -wal and -shm,
// which a read-only connection may leave beside the database.
QStringList entries(const QString& folder)
{
    QStringList names = test::entries(folder);
    names.removeIf([](const QString& name) {
        return name.endsWith(QLatin1String(".sqlite-wal")) ||
               name.endsWith(QLatin1String(".sqlite-shm"));
    });
    return names;
}

// A database with a few of everything; its -wal folded in, so its bytes are all in the file.
QString smallDatabase(const test::Scratch& scratch, int tickets = 40)
{
    const QString db = scratch.file(QStringLiteral("desk.sqlite"));
    const Run gen =
        cli(db, {QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("20"),
                 QStringLiteral("--tickets"), QString::number(tickets),
                 QStringLiteral("--touchpoints"), QString::number(std::max(tickets, 40)),
                 QStringLiteral("--seed"), QStringLiteral("5")});
    INFO(gen.err.toStdString());
    REQUIRE(gen.exitCode == 0);
    return db;
}

void requireUnchanged(const QString& db, const QByteArray& before, const QStringList& folderBefore)
{
    CHECK(test::fileBytes(db) == before);
    CHECK(entries(QFileInfo(db).absolutePath()) == folderBefore);
}

} // namespace

TEST_CASE("export and report refuse the open database as their output, by any path",
          "[sqlite-only][cli][output]")
{
    test::Scratch scratch;
    const QString db = smallDatabase(scratch);
    REQUIRE(QDir().mkdir(scratch.file(QStringLiteral("sub"))));
    const QByteArray before = test::fileBytes(db);

    QString target;
    SECTION("the same name")
    {
        target = db;
    }
    SECTION("a ../ path")
    {
        target = scratch.file(QStringLiteral("sub/../desk.sqlite"));
    }
    SECTION("its -wal file")
    {
        target = db + QStringLiteral("-wal");
    }
    SECTION("a symbolic link")
    {
        target = scratch.file(QStringLiteral("alias.sqlite"));
        REQUIRE(QFile::link(db, target));
    }
    const QStringList withLink = entries(scratch.file(QStringLiteral(".")));
    requireOneSentence(cli(db, {QStringLiteral("export"), QStringLiteral("customers"),
                                QStringLiteral("--out"), target}),
                       QStringLiteral("the open database"));
    requireUnchanged(db, before, withLink);
    requireOneSentence(
        cli(db, {QStringLiteral("report"), QStringLiteral("retention"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--out"), target}),
        QStringLiteral("the open database"));
    requireUnchanged(db, before, withLink);
    CHECK(cli(db, {QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("backup refuses the open database as its target, through a link or ../",
          "[sqlite-only][cli][output][backup]")
{
    test::Scratch scratch;
    const QString db = smallDatabase(scratch);
    REQUIRE(QDir().mkdir(scratch.file(QStringLiteral("sub"))));
    const QString link = scratch.file(QStringLiteral("sub/link.sqlite"));
    REQUIRE(QFile::link(db, link));
    const QByteArray before = test::fileBytes(db);
    const QStringList folder = entries(scratch.file(QStringLiteral(".")));
    for (const QString& target : {link, scratch.file(QStringLiteral("sub/../desk.sqlite")),
                                  QString(db + QStringLiteral("-shm"))}) {
        INFO(target.toStdString());
        requireOneSentence(cli(db, {QStringLiteral("backup"), target}),
                           QStringLiteral("desk.sqlite"));
        requireUnchanged(db, before, folder);
    }
    // A folder as the target.
    requireOneSentence(cli(db, {QStringLiteral("backup"), scratch.file(QStringLiteral("sub"))}),
                       QStringLiteral("folder"));
    requireUnchanged(db, before, folder);
}

TEST_CASE("import refuses --rejects naming the file being imported", "[cli][output][import]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("desk.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Acme")})
                .exitCode == 0);
    const QString input = scratch.file(QStringLiteral("customers.csv"));
    {
        QFile file(input);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("name,since\r\nGood Co,2025-01-02\r\n,not a date\r\n");
    }
    const QByteArray inputBefore = test::fileBytes(input);
    const QString stats = cli(db, {QStringLiteral("stats")}).out;
    REQUIRE(QDir().mkdir(scratch.file(QStringLiteral("sub"))));
    const QString viaDots = scratch.file(QStringLiteral("sub/../customers.csv"));
    for (const QString& rejects : {input, viaDots}) {
        requireOneSentence(
            cli(db, {QStringLiteral("import"), QStringLiteral("customers"), input,
                     QStringLiteral("--skip-invalid"), QStringLiteral("--rejects"), rejects}),
            QStringLiteral("the file being imported"));
        CHECK(test::fileBytes(input) == inputBefore);
        CHECK(cli(db, {QStringLiteral("stats")}).out == stats);
    }
    if (test::onSqlite()) { // a server's database is no file to overwrite
        requireOneSentence(
            cli(db, {QStringLiteral("import"), QStringLiteral("customers"), input,
                     QStringLiteral("--skip-invalid"), QStringLiteral("--rejects"), db}),
            QStringLiteral("the open database"));
        CHECK(cli(db, {QStringLiteral("stats")}).out == stats);
    }
    CHECK(cli(db, {QStringLiteral("import"), QStringLiteral("customers"), input,
                   QStringLiteral("--skip-invalid"), QStringLiteral("--rejects"), QString()})
              .exitCode == 2);
}

TEST_CASE("A full device or a full standard output is one sentence and exit 1",
          "[cli][output][disk]")
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full"))) {
        WARN("No /dev/full here: skipped.");
        return;
    }
    test::Scratch scratch;
    const QString db = smallDatabase(scratch);
    const QString full = QString::fromLocal8Bit(std::strerror(ENOSPC));
    requireOneSentence(cli(db, {QStringLiteral("export"), QStringLiteral("tickets"),
                                QStringLiteral("--out"), QStringLiteral("/dev/full")}),
                       full);
    requireOneSentence(cli(db, {QStringLiteral("report"), QStringLiteral("funnel"),
                                QStringLiteral("--out"), QStringLiteral("/dev/full")}),
                       full);
    CHECK(QFileInfo(QStringLiteral("/dev/full")).exists());
    CHECK_FALSE(QFileInfo(QStringLiteral("/dev/full")).isFile());

    // A rejects file that fills up: the path and the reason, whether it fails at the end (a
    // few rejects, held until the file is made whole) or partway (more than its buffer holds).
    const QString stats = cli(db, {QStringLiteral("stats")}).out;
    for (const int bad : {1, 30000}) {
        INFO(bad << " rejected rows");
        const QString input = scratch.file(QStringLiteral("bad-%1.csv").arg(bad));
        {
            QFile file(input);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write("name,since\r\nGood Co,2025-01-02\r\n");
            for (int row = 0; row < bad; ++row)
                file.write(",not a date\r\n");
        }
        const Run run = cli(db, {QStringLiteral("import"), QStringLiteral("customers"), input,
                                 QStringLiteral("--skip-invalid"), QStringLiteral("--rejects"),
                                 QStringLiteral("/dev/full")});
        requireOneSentence(
            run, QStringLiteral("Nothing was imported: Writing “/dev/full” failed: %1").arg(full));
        CHECK(cli(db, {QStringLiteral("stats")}).out == stats);
    }

    for (const QStringList& args :
         {QStringList{QStringLiteral("export"), QStringLiteral("tickets")},
          QStringList{QStringLiteral("report"), QStringLiteral("funnel")},
          QStringList{QStringLiteral("stats")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run run = cliWithStdout(db, args, QStringLiteral("/dev/full"));
        requireOneSentence(run, QStringLiteral("standard output"));
        CHECK(run.err.contains(full));
    }
}

TEST_CASE("A reader that closes the pipe ends the program quietly", "[cli][output]")
{
    test::Scratch scratch;
    const QString db = smallDatabase(scratch, 3000); // far more than a pipe holds
    const Run run =
        cliWithStdout(db, {QStringLiteral("export"), QStringLiteral("tickets")}, QString());
    CHECK(run.exitCode == 0); // not killed by SIGPIPE
    CHECK(run.err.isEmpty());
}

TEST_CASE("report on a full disk keeps the report that was there", "[cli][output][disk]")
{
    test::Scratch scratch;
    const QString db = smallDatabase(scratch);
    const QString folder = scratch.file(QStringLiteral("tiny"));
    REQUIRE(QDir().mkdir(folder));
    const test::TinyDisk disk(folder, 64);
    if (!disk.mounted()) {
        WARN("Cannot mount a tmpfs here (needs root and mount rights): the full-disk case is "
             "skipped.");
        return;
    }

    const QString report = QDir(folder).filePath(QStringLiteral("r.csv"));
    const QStringList args{QStringLiteral("report"),   QStringLiteral("retention"),
                           QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--out"),    report};
    REQUIRE(cli(db, args).exitCode == 0);
    const QByteArray good = test::fileBytes(report);
    REQUIRE_FALSE(good.isEmpty());
    {
        QFile fill(QDir(folder).filePath(QStringLiteral("filler")));
        REQUIRE(fill.open(QIODevice::WriteOnly));
        while (fill.write(QByteArray(4096, 'f')) == 4096 && fill.flush()) {
        }
    }
    const QStringList before = entries(folder);
    const Run run = cli(db, args);
    requireOneSentence(run, QString::fromLocal8Bit(std::strerror(ENOSPC)));
    CHECK(run.err.contains(QStringLiteral("r.csv")));
    CHECK(test::fileBytes(report) == good);
    CHECK(entries(folder) == before);
}

TEST_CASE("An empty --out is bad usage, and a folder or a missing folder is refused",
          "[cli][output]")
{
    test::Scratch scratch;
    const QString db = smallDatabase(scratch);
    const QStringList folder = entries(scratch.file(QStringLiteral(".")));
    for (const QString& command : {QStringLiteral("export"), QStringLiteral("report")}) {
        const QString what = command == QLatin1String("export") ? QStringLiteral("tickets")
                                                                : QStringLiteral("funnel");
        const Run empty = cli(db, {command, what, QStringLiteral("--out"), QString()});
        CHECK(empty.exitCode == 2);
        CHECK(empty.out.isEmpty());
        CHECK(empty.err.contains(QStringLiteral("--out")));
        requireOneSentence(
            cli(db, {command, what, QStringLiteral("--out"), scratch.file(QStringLiteral("."))}),
            QStringLiteral("is a folder"));
        requireOneSentence(cli(db, {command, what, QStringLiteral("--out"),
                                    scratch.file(QStringLiteral("nodir/x.csv"))}),
                           QStringLiteral("nodir"));
    }
    CHECK(entries(scratch.file(QStringLiteral("."))) == folder);
}

TEST_CASE("A database named in a folder that does not exist is refused, and no folder is made",
          "[sqlite-only][cli][output]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("nodir/x.sqlite"));
    requireOneSentence(cli(db, {QStringLiteral("add"), QStringLiteral("customer"),
                                QStringLiteral("--name"), QStringLiteral("Acme")}),
                       QStringLiteral("nodir"));
    CHECK_FALSE(QFileInfo::exists(scratch.file(QStringLiteral("nodir"))));
    CHECK(entries(scratch.file(QStringLiteral("."))).isEmpty());

    // The default location (no --db, no FUNNELDESK_DB) is FunnelDesk's own: its folder is made.
    QProcessEnvironment home;
    home.insert(QStringLiteral("XDG_DATA_HOME"), scratch.file(QStringLiteral("data")));
    home.insert(QStringLiteral("HOME"), scratch.file(QStringLiteral("home")));
    const Run first = test::runCli({QStringLiteral("add"), QStringLiteral("customer"),
                                    QStringLiteral("--name"), QStringLiteral("Acme")},
                                   home);
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(QFileInfo::exists(scratch.file(QStringLiteral("data/funneldesk/funneldesk.sqlite"))));
}

TEST_CASE("An output in a folder the user cannot write to is refused and nothing is left",
          "[sqlite-only][cli][output]")
{
    if (::geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
        WARN("Running as root without setpriv: no folder can be made unwritable, skipped.");
        return;
    }
    test::Scratch scratch;
    const QString db = smallDatabase(scratch);
    const QString readOnly = scratch.file(QStringLiteral("ro"));
    REQUIRE(QDir().mkdir(readOnly));
    const QString old = QDir(readOnly).filePath(QStringLiteral("t.csv"));
    {
        QFile file(old);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("the old export\n");
    }
    // Readable by everyone, writable by root only; run as nobody.
    const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                      QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                      QFileDevice::ExeOther;
    REQUIRE(QFile::setPermissions(scratch.file(QStringLiteral(".")), open));
    REQUIRE(QFile::setPermissions(readOnly, open & ~QFileDevice::WriteOwner));
    REQUIRE(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ReadOther));
    REQUIRE(QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadOther | QFileDevice::WriteOther));
    const QStringList before = entries(readOnly);
    const auto asNobody = [&db](const QString& out) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("FUNNELDESK_DB"));
        process.setProcessEnvironment(env);
        const QStringList args{QStringLiteral("--db"),   db,
                               QStringLiteral("export"), QStringLiteral("tickets"),
                               QStringLiteral("--out"),  out};
        if (::geteuid() == 0)
            process.start(
                QStandardPaths::findExecutable(QStringLiteral("setpriv")),
                QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                            QStringLiteral("--clear-groups"), QStringLiteral(FUNNELDESK_CLI_PATH)} +
                    args);
        else
            process.start(QStringLiteral(FUNNELDESK_CLI_PATH), test::cliArguments(args));
        return test::finished(process);
    };
    const Run run = asNobody(old);
    QFile::setPermissions(readOnly, open);
    requireOneSentence(run, QStringLiteral("t.csv"));
    CHECK(test::fileBytes(old) == "the old export\n");
    CHECK(entries(readOnly) == before);

    // A read-only file in a folder anyone may write to: not replaced by the rename either.
    const QString shared = scratch.file(QStringLiteral("shared"));
    REQUIRE(QDir().mkdir(shared));
    REQUIRE(
        QFile::setPermissions(shared, open | QFileDevice::WriteGroup | QFileDevice::WriteOther));
    const QString kept = QDir(shared).filePath(QStringLiteral("kept.csv"));
    {
        QFile file(kept);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("keep me\n");
    }
    REQUIRE(QFile::setPermissions(kept, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));
    requireOneSentence(asNobody(kept), QStringLiteral("read-only"));
    CHECK(test::fileBytes(kept) == "keep me\n");
    CHECK(entries(shared) == QStringList{QStringLiteral("kept.csv")});
}

TEST_CASE("report records the SLA breaches due by now before it counts (issue 14 §2)",
          "[cli][report]")
{
    test::Scratch scratch;
    const QString db = smallDatabase(scratch, 300);
    const char* kBreached =
        "SELECT count(*) FROM ticket WHERE status IN ('new', 'open', 'pending', 'on_hold') AND "
        "(first_response_breached_at IS NOT NULL OR resolution_breached_at IS NOT NULL)";
    qint64 breached = 0;
    {
        auto open = test::openDatabase(db);
        breached = open->scalar(kBreached);
        open->execute(
            "UPDATE ticket SET first_response_breached_at = NULL, resolution_breached_at = NULL");
        REQUIRE(open->scalar(kBreached) == 0);
    }
    if (breached == 0) {
        WARN("The generated data has no open ticket past its SLA: nothing to sweep, skipped.");
        return;
    }
    const Run run = cli(db, {QStringLiteral("report"), QStringLiteral("funnel")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(test::openDatabase(db, Database::Access::ReadOnly)->scalar(kBreached) == breached);
}
