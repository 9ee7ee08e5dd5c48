// Opening a file for a window: on a worker thread, with the event loop going on and a
// dialog that says what is happening when it takes more than a moment.
#include "OpenDatabase.h"
#include "MainWindow.h"

#include "storage/Database.h"
#include "storage/Schema.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <atomic>

#include <unistd.h>

using namespace fd;

namespace {

QProgressDialog* visibleProgressDialog()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QProgressDialog*>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

constexpr QFileDevice::Permissions kReadAndEnter = QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                   QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                                   QFileDevice::ReadOther | QFileDevice::ExeOther;

// Run by a user who may not write the file's folder: the window opens it read-only and its
// banner says why and what to do; the window is saved as `shot`.
void openInReadOnlyFolder(const QString& path, const QString& shot)
{
    QFile probe(path + QStringLiteral(".probe"));
    REQUIRE_FALSE(probe.open(QIODevice::WriteOnly)); // write access is really gone
    QString problem;
    auto db = openDatabaseForWindow(path, problem);
    INFO(problem.toStdString());
    REQUIRE(db);
    CHECK(db->isReadOnly());
    CHECK(db->isInReadOnlyFolder());
    CHECK(db->readsWithoutLocks());
    MainWindow window(std::move(db));
    window.resize(1280, 800);
    window.show();
    auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(
        banner->text().startsWith(QStringLiteral("This file is in a folder you cannot write to")));
    CHECK(banner->text().contains(QStringLiteral("copy it to a folder of yours")));
    CHECK(banner->text().contains(QStringLiteral("open it again")));
    QTest::qWait(300); // the dashboard counts in the background
    REQUIRE(window.grab().save(shot, "PNG"));
}

} // namespace

TEST_CASE("(run as nobody by the read-only folder test)", "[.read-only-folder]")
{
    const QString path = qEnvironmentVariable("FUNNELDESK_TEST_READ_ONLY_FOLDER_DB");
    if (path.isEmpty()) {
        SUCCEED("Run only by the test below, as nobody, with the file to open.");
        return;
    }
    openInReadOnlyFolder(path, qEnvironmentVariable("FUNNELDESK_TEST_READ_ONLY_FOLDER_SHOT"));
}

TEST_CASE("Long work before a window can go on keeps the event loop running and says so", "[ui]")
{
    // The work waits for a timer of this thread: it ends only if this thread is not blocked.
    std::atomic_bool released = false;
    bool dialogShown = false;
    QTimer::singleShot(1000, [&] {
        if (QProgressDialog* dialog = visibleProgressDialog()) {
            dialogShown = true;
            test::screenshot(*dialog, QStringLiteral("busy-dialog"));
        }
        released = true;
    });
    bool workDone = false;
    runWhileResponsive(
        QStringLiteral(
            "Opening “/home/rep/big.sqlite”…\n\nA file from an older FunnelDesk is brought "
            "up to date once, at its first open; on a large file that takes a "
            "minute or two."),
        [&] {
            while (!released)
                QThread::msleep(10);
            workDone = true;
        });
    CHECK(workDone);
    CHECK(dialogShown);
    CHECK_FALSE(visibleProgressDialog());

    SECTION("work that is over in a moment shows no dialog")
    {
        bool looked = false;
        bool quickShown = false;
        QTimer::singleShot(150, [&] {
            looked = true;
            quickShown = visibleProgressDialog() != nullptr;
        });
        runWhileResponsive(QStringLiteral("Opening"), [] { QThread::msleep(250); });
        CHECK(looked);
        CHECK_FALSE(quickShown);
    }
}

TEST_CASE("A window opens an older file brought up to date, from a worker thread",
          "[ui][migration]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("v1.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(FUNNELDESK_TEST_FIXTURES "/schema-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    QString problem;
    auto db = openDatabaseForWindow(path, problem);
    INFO(problem.toStdString());
    REQUIRE(db);
    CHECK_FALSE(db->isReadOnly());
    CHECK(Schema::version(*db) == Schema::kVersion);
    // The connection made on the worker thread serves this one.
    CHECK(db->scalar("SELECT count(*) FROM customer") == 40);
}

TEST_CASE("A file that cannot be opened says why, with no dialog left behind", "[ui]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("junk.sqlite"));
    QFile junk(path);
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'x'));
    junk.close();

    QString problem;
    auto db = openDatabaseForWindow(path, problem);
    CHECK_FALSE(db);
    CHECK(problem.contains(QStringLiteral("junk.sqlite")));
    CHECK_FALSE(visibleProgressDialog());
}

TEST_CASE(
    "A file in a folder the user cannot write to opens read-only, with a banner that says why",
    "[ui][sqlite-only]")
{
    test::Scratch scratch;
    // The scratch folder is the owner's only; the one who may not write must still enter it.
    QFile::setPermissions(scratch.dir().path(), kReadAndEnter | QFileDevice::WriteOwner);
    REQUIRE(QDir().mkpath(scratch.file(QStringLiteral("share"))));
    const QString folder = scratch.file(QStringLiteral("share"));
    const QString path = test::demoFile(scratch, QStringLiteral("share/team.sqlite"), 60, 300, 900);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QDir().mkpath(QStringLiteral(FUNNELDESK_SCREENSHOT_DIR));
    const QString shot = QStringLiteral(FUNNELDESK_SCREENSHOT_DIR "/read-only-folder.png");

    if (::geteuid() != 0) {
        struct Writable { // again at the end, so the scratch folder can be removed
            QString folder;
            ~Writable() { QFile::setPermissions(folder, kReadAndEnter | QFileDevice::WriteOwner); }
        } again{folder};
        QFile::setPermissions(folder, kReadAndEnter);
        openInReadOnlyFolder(path, shot);
    } else {
        // Root may write to any folder whatever its mode: this test program runs the case
        // above again as nobody (uid and gid 65534, through util-linux's setpriv), on a
        // folder that stays root's, 0755.
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty()) {
            WARN("Skipped: running as root without setpriv (util-linux) to become an unprivileged "
                 "user");
            return;
        }
        const QString shots = scratch.file(QStringLiteral("shots"));
        REQUIRE(QDir().mkpath(shots));
        QFile::setPermissions(shots, kReadAndEnter | QFileDevice::WriteOwner |
                                         QFileDevice::WriteGroup | QFileDevice::WriteOther);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FUNNELDESK_TEST_READ_ONLY_FOLDER_DB"), path);
        env.insert(QStringLiteral("FUNNELDESK_TEST_READ_ONLY_FOLDER_SHOT"),
                   shots + QStringLiteral("/shot.png"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(setpriv,
                    {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                     QStringLiteral("--clear-groups"), QCoreApplication::applicationFilePath(),
                     QStringLiteral("(run as nobody by the read-only folder test)")});
        REQUIRE(child.waitForFinished(120000));
        const QString said = QString::fromLocal8Bit(child.readAll());
        INFO(said.toStdString());
        REQUIRE(child.exitStatus() == QProcess::NormalExit);
        REQUIRE(child.exitCode() == 0);
        REQUIRE(said.contains(QStringLiteral("All tests passed")));
        QFile::remove(shot);
        REQUIRE(QFile::copy(shots + QStringLiteral("/shot.png"), shot));
    }
    // Nothing (-wal, -shm) was left beside the file.
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("team.sqlite")});
}
