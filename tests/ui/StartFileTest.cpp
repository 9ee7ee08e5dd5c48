// Issue 15 (hostile tester, final round): `funneldesk FILE` (what the file manager's Open
// runs: the .desktop file's `Exec=funneldesk %f`) showed the welcome screen or the last file
// instead of FILE. A path named alone is --db's: opened, or refused in the same words.
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

using namespace fd;

namespace {

struct GuiRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// The GUI binary with a home of its own (nothing remembered, no default file yet).
GuiRun runGui(const QString& home, const QStringList& args)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FUNNELDESK_DB"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QStringLiteral(FUNNELDESK_GUI_PATH), args);
    GuiRun run;
    if (!child.waitForFinished(120000)) {
        child.kill();
        child.waitForFinished();
        return run;
    }
    run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    run.out = QString::fromLocal8Bit(child.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(child.readAllStandardError());
    return run;
}

} // namespace

TEST_CASE("funneldesk FILE opens FILE, as --db FILE does", "[ui][startfile]")
{
    test::Scratch scratch;
    const QString file =
        test::demoFile(scratch, QStringLiteral("opened from the file manager.sqlite"), 20, 20, 20);
    const QString home = scratch.file(QStringLiteral("home"));
    REQUIRE(QDir().mkpath(home));
    const QString defaultFile = home + QStringLiteral("/data/funneldesk/funneldesk.sqlite");

    for (const QString& named : {file, QUrl::fromLocalFile(file).toString()}) {
        INFO(named.toStdString());
        const QString shot = scratch.file(QStringLiteral("shot.png"));
        QFile::remove(shot);
        const GuiRun run = runGui(home, {QStringLiteral("--screenshot"), shot, named});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("painted in")));
        CHECK(QFileInfo::exists(shot));
        // FILE was the one opened: no default file was made in its place.
        CHECK_FALSE(QFileInfo::exists(defaultFile));
        QFile settings(home + QStringLiteral("/config/FunnelDesk/funneldesk.conf"));
        REQUIRE(settings.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(settings.readAll())
                  .contains(QStringLiteral("opened from the file manager.sqlite")));
    }
}

TEST_CASE("funneldesk FILE refuses what --db FILE refuses, in the same words", "[ui][startfile]")
{
    test::Scratch scratch;
    const QString home = scratch.file(QStringLiteral("home"));
    REQUIRE(QDir().mkpath(home));
    const QString notes = scratch.file(QStringLiteral("notes.txt"));
    {
        QFile text(notes);
        REQUIRE(text.open(QIODevice::WriteOnly));
        REQUIRE(text.write("This is not a database, just some notes.\n") > 0);
    }
    const QString shot = scratch.file(QStringLiteral("shot.png"));
    const GuiRun alone = runGui(home, {QStringLiteral("--screenshot"), shot, notes});
    const GuiRun withDb =
        runGui(home, {QStringLiteral("--screenshot"), shot, QStringLiteral("--db"), notes});
    INFO(alone.err.toStdString());
    CHECK(withDb.exitCode == 1);
    CHECK(alone.exitCode == withDb.exitCode);
    CHECK_FALSE(alone.err.trimmed().isEmpty());
    CHECK(alone.err == withDb.err);
    CHECK_FALSE(QFileInfo::exists(shot));

    // Two files, or a file and --db: which one is meant is not guessed.
    const QString other = test::demoFile(scratch, QStringLiteral("other.sqlite"), 5, 5, 5);
    const GuiRun both =
        runGui(home, {QStringLiteral("--screenshot"), shot, QStringLiteral("--db"), other, notes});
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(QStringLiteral("opens one database at a time")));
    CHECK(runGui(home, {QStringLiteral("--screenshot"), shot, other, notes}).exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(shot));
}

TEST_CASE("A server address given to the window is never taken for a file to create",
          "[start][server]")
{
    test::Scratch scratch;
    const QString home = scratch.file(QStringLiteral("home"));
    REQUIRE(QDir().mkpath(home));
    const QString shot = scratch.file(QStringLiteral("shot.png"));
    // Run from the scratch folder, where a file named after the text would appear.
    const QString before = QDir::currentPath();
    REQUIRE(QDir::setCurrent(scratch.dir().path()));
    const GuiRun uri =
        runGui(home, {QStringLiteral("--screenshot"), shot, QStringLiteral("--db"),
                      QStringLiteral("postgresql://rep:SECRET@127.0.0.1:1/funneldesk")});
    const GuiRun keyValue =
        runGui(home, {QStringLiteral("--screenshot"), shot,
                      QStringLiteral("host=127.0.0.1 port=1 dbname=funneldesk")});
    const GuiRun broken =
        runGui(home, {QStringLiteral("--screenshot"), shot, QStringLiteral("--db"),
                      QStringLiteral("host=db nosuchkey=1 password=SECRET")});
    REQUIRE(QDir::setCurrent(before));
    INFO(uri.err.toStdString());
    CHECK(uri.exitCode == 1);
    // Opened as a server: nothing listens on port 1, and that is what the window says.
    CHECK(uri.err.contains(QStringLiteral("Cannot reach the PostgreSQL server at 127.0.0.1:1")));
    CHECK_FALSE(uri.err.contains(QStringLiteral("SECRET")));
    CHECK(keyValue.exitCode == 1);
    CHECK(
        keyValue.err.contains(QStringLiteral("Cannot reach the PostgreSQL server at 127.0.0.1:1")));
    INFO(broken.err.toStdString());
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(QStringLiteral("invalid connection option")));
    CHECK_FALSE(broken.err.contains(QStringLiteral("SECRET")));
    // Nothing was created where the program ran, nor in its home.
    CHECK(QDir(scratch.dir().path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    CHECK(QDir(home + QStringLiteral("/data"))
              .entryList(QDir::Files | QDir::NoDotAndDotDot)
              .isEmpty());
}
