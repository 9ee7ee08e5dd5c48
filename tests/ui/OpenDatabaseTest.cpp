// Opening a file for a window: on a worker thread, with the event loop going on and a
// dialog that says what is happening when it takes more than a moment.
#include "OpenDatabase.h"

#include "storage/Database.h"
#include "storage/Schema.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

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

} // namespace

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
    runWhileResponsive(QStringLiteral("Opening “/home/rep/big.sqlite”…\n\nA file from an older FunnelDesk is brought "
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

TEST_CASE("A window opens an older file brought up to date, from a worker thread", "[ui][migration]")
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
