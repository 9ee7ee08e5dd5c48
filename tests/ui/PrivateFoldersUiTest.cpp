// Hostile tester: under umask 000 the window made g.sqlite.backups (its automatic backups)
// drwxrwxrwx, so another user could delete or plant backups, and ~/.config/FunnelDesk 0777
// with funneldesk.conf 0666, where another user could plant `recent=/tmp/evil/evil.sqlite`
// for a plain `funneldesk` to open. funneldesk adds 077 to its umask first thing
// (common/ProcessPrivacy.h): every folder and file it creates is 0700 / 0600 at the widest.
#include "support/PrivateTree.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

using namespace fd;

TEST_CASE("Every folder and file the window creates is private under umask 000",
          "[ui][security][umask]")
{
    test::Scratch scratch;
    const QString home = scratch.file(QStringLiteral("home"));
    const QString desk = scratch.file(QStringLiteral("desk"));
    REQUIRE(QDir().mkpath(home));
    REQUIRE(QDir().mkpath(desk));
    const QString db = desk + QStringLiteral("/g.sqlite");
    // The window's first open of a new file: it makes the file, remembers it in its settings,
    // and saves the day's automatic backup 3 s later.
    QProcess gui;
    test::startUnderUmask0(gui, QStringLiteral(FUNNELDESK_GUI_PATH), {QStringLiteral("--db"), db},
                           home);
    const QString backups = db + QStringLiteral(".backups");
    const QString settings = home + QStringLiteral("/.config/FunnelDesk/funneldesk.conf");
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && gui.state() == QProcess::Running &&
           !(QFileInfo::exists(settings) && !QDir(backups).entryList(QDir::Files).isEmpty()))
        QThread::msleep(100);
    QThread::msleep(500); // the backup's file is whole
    const bool ran = gui.state() == QProcess::Running;
    gui.terminate();
    if (!gui.waitForFinished(10000)) {
        gui.kill();
        gui.waitForFinished();
    }
    INFO(gui.readAllStandardError().toStdString());
    REQUIRE(ran);
    REQUIRE(QFileInfo::exists(settings));
    REQUIRE_FALSE(QDir(backups).entryList(QDir::Files).isEmpty());
    const auto created = test::createdUnder(home) + test::createdUnder(desk);
    test::requirePrivate(created);
    // What the tester saw world-writable is among them.
    QStringList paths;
    for (const auto& entry : created)
        paths << entry.first;
    CHECK(paths.contains(backups));
    CHECK(paths.contains(home + QStringLiteral("/.config/FunnelDesk")));
    CHECK(paths.contains(settings));
}
