// Step 14, the desktop: FunnelDesk keeps its settings, its data and any cache where the
// platform expects them (XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME through QStandardPaths
// and QSettings), never in the folder it was started from nor in a dot-folder of the home made
// up by hand; and a FunnelDesk file is known to the desktop by its own MIME type
// (packaging/linux/org.funneldesk.FunnelDesk.mime.xml: the SQLite header with FunnelDesk's
// application_id, or the name *.funneldesk), which the .desktop file opens with funneldesk %f.
#include "storage/Schema.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>

using namespace fd;

namespace {

// Every file under `folder`, relative to it.
QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files += QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

TEST_CASE(
    "Settings, data and caches land in the XDG folders, nothing in the working folder or the home",
    "[ui][xdg]")
{
    test::Scratch scratch;
    const QString root = scratch.file(QStringLiteral("places"));
    const QString home = root + QStringLiteral("/home");
    const QString config = root + QStringLiteral("/config");
    const QString data = root + QStringLiteral("/data");
    const QString cache = root + QStringLiteral("/cache");
    const QString work = root + QStringLiteral("/work");
    for (const QString& folder : {home, config, data, cache, work})
        REQUIRE(QDir().mkpath(folder));

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FUNNELDESK_DB"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("XDG_DATA_HOME"), data);
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), scratch.file(QStringLiteral("places-runtime")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(work);
    // The first start with nothing remembered: the default file is made, opened, shown.
    const QString shot = scratch.file(QStringLiteral("places.png"));
    child.start(QStringLiteral(FUNNELDESK_GUI_PATH), {QStringLiteral("--screenshot"), shot});
    REQUIRE(child.waitForFinished(120000));
    INFO(QString::fromLocal8Bit(child.readAllStandardError()).toStdString());
    REQUIRE(child.exitCode() == 0);
    REQUIRE(QFileInfo::exists(shot));

    // The database in the data folder, the settings (the file just opened among the recent
    // ones) in the config folder.
    CHECK(QFileInfo::exists(data + QStringLiteral("/funneldesk/funneldesk.sqlite")));
    QFile settings(config + QStringLiteral("/FunnelDesk/funneldesk.conf"));
    REQUIRE(settings.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(settings.readAll()).contains(QStringLiteral("funneldesk.sqlite")));
    // Nothing beside where it was started, nothing loose in the home.
    INFO("work: " << filesUnder(work).join(QLatin1String(", ")).toStdString());
    CHECK(filesUnder(work).isEmpty());
    INFO("home: " << filesUnder(home).join(QLatin1String(", ")).toStdString());
    CHECK(filesUnder(home).isEmpty());
    // Whatever is in the data folder is FunnelDesk's own.
    for (const QString& file : filesUnder(data)) {
        INFO(file.toStdString());
        CHECK(file.startsWith(QLatin1String("funneldesk/")));
    }
    for (const QString& file : filesUnder(config)) {
        INFO(file.toStdString());
        CHECK(file.startsWith(QLatin1String("FunnelDesk/")));
    }
}

// Run by the test below in a child process whose XDG_DATA_DIRS holds only a MIME database built
// from freedesktop.org's definitions and FunnelDesk's: FUNNELDESK_MIME_FILE is of the type
// FUNNELDESK_MIME_TYPE.
TEST_CASE("(child) the file's MIME type", "[.mime-probe]")
{
    const QString file = qEnvironmentVariable("FUNNELDESK_MIME_FILE");
    const QString expected = qEnvironmentVariable("FUNNELDESK_MIME_TYPE");
    REQUIRE_FALSE(file.isEmpty());
    const QMimeType type = QMimeDatabase().mimeTypeForFile(file);
    INFO(file.toStdString() << " is " << type.name().toStdString() << " ("
                            << type.comment().toStdString() << ")");
    CHECK(type.name() == expected);
}

TEST_CASE("A FunnelDesk file is application/vnd.funneldesk+sqlite to the desktop, by its content "
          "or its name",
          "[ui][sqlite-only][mime]")
{
    const QString updater = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    const QString system = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
    if (updater.isEmpty() || !QFileInfo::exists(system)) {
        WARN("skipped: shared-mime-info (update-mime-database) is not installed");
        return;
    }
    test::Scratch scratch;
    const QString dirs = scratch.file(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(dirs + QStringLiteral("/mime/packages")));
    REQUIRE(QFile::copy(system, dirs + QStringLiteral("/mime/packages/freedesktop.org.xml")));
    REQUIRE(QFile::copy(
        QStringLiteral(FUNNELDESK_SOURCE_DIR "/packaging/linux/org.funneldesk.FunnelDesk.mime.xml"),
        dirs + QStringLiteral("/mime/packages/org.funneldesk.FunnelDesk.xml")));
    QProcess update; // quiet: it says the folder is not among the XDG_DATA_DIRS of this process
    update.setProcessChannelMode(QProcess::MergedChannels);
    update.start(updater, {dirs + QStringLiteral("/mime")});
    REQUIRE(update.waitForFinished(60000));
    INFO(QString::fromLocal8Bit(update.readAll()).toStdString());
    REQUIRE(update.exitCode() == 0);

    // A real FunnelDesk file under a name that says nothing, one named *.funneldesk, and an
    // SQLite file of another program.
    const QString ours = test::demoFile(scratch, QStringLiteral("customers-2026.db"), 3, 3, 3);
    const QString named = scratch.file(QStringLiteral("team.funneldesk"));
    REQUIRE(QFile::copy(ours, named));
    const QString other = scratch.file(QStringLiteral("other.db"));
    {
        auto db = test::openDatabase(ours, Database::Access::ReadOnly);
        REQUIRE(db->scalar("PRAGMA application_id") == Schema::kApplicationId);
    }
    REQUIRE(QProcess::execute(QStringLiteral("sqlite3"),
                              {other, QStringLiteral("CREATE TABLE t(x);")}) == 0);

    const std::pair<QString, QString> cases[] = {
        {ours, QStringLiteral("application/vnd.funneldesk+sqlite")},
        {named, QStringLiteral("application/vnd.funneldesk+sqlite")},
        {other, QStringLiteral("application/vnd.sqlite3")}};
    for (const auto& [file, type] : cases) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_DIRS"), dirs);
        env.insert(QStringLiteral("XDG_DATA_HOME"), scratch.file(QStringLiteral("nothing")));
        env.insert(QStringLiteral("FUNNELDESK_MIME_FILE"), file);
        env.insert(QStringLiteral("FUNNELDESK_MIME_TYPE"), type);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("[mime-probe]"), QStringLiteral("-r"), QStringLiteral("compact")});
        REQUIRE(child.waitForFinished(60000));
        INFO(QString::fromLocal8Bit(child.readAllStandardOutput()).toStdString());
        CHECK(child.exitCode() == 0);
    }
}
