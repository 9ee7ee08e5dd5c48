// DataChanges and this window's own background jobs: a job's commit, noticed through the file's
// counter or the server's notification before the job's finish reaches the UI thread, is
// announced once, by the job's author (CI found two refreshes on a loaded machine).
#include "DataChanges.h"
#include "BackgroundTask.h"

#include "domain/Customer.h"
#include "storage/CustomerRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace fd;

namespace {

// A job that adds a customer on its own connection, then takes `lingerMs` more before it
// finishes: as slow as a descheduled thread on a busy machine.
BackgroundTask* addThenLinger(Database& db, const QString& name, int lingerMs, bool fail = false)
{
    return BackgroundTask::start(
        db, QStringLiteral("Adding"),
        [name, lingerMs, fail](Database& own, const BackgroundTask::Report&,
                               const std::atomic_bool&) -> Result<QString> {
            auto added = CustomerRepository(own).add(test::customerNamed(name));
            if (!added)
                return failure(added.error());
            QThread::msleep(static_cast<unsigned long>(lingerMs));
            if (fail)
                return failure(QStringLiteral("The job failed after its write."));
            return QString();
        },
        nullptr);
}

} // namespace

TEST_CASE(
    "A background job's write is announced once, by its author, however late its finish arrives",
    "[ui][current][changes][ui-pg]")
{
    test::Scratch scratch;
    const QString path = test::demoFile(scratch, QStringLiteral("changes.sqlite"), 20, 20, 40);
    auto db = test::openDatabase(path);
    DataChanges changes(*db);
    changes.setPollInterval(50);
    QSignalSpy changed(&changes, &DataChanges::changed);

    SECTION("a job that finishes 700 ms after its commit, then announced: one refresh")
    {
        BackgroundTask* task = addThenLinger(*db, QStringLiteral("Lingering Ltd"), 700);
        QObject::connect(task, &BackgroundTask::finished, &changes, [&changes](bool ok) {
            if (ok)
                changes.announce();
        });
        QSignalSpy finished(task, &BackgroundTask::finished);
        REQUIRE(finished.wait(30000));
        QTest::qWait(600); // looks that must not announce the job's write again
        CHECK(changed.size() == 1);
    }

    SECTION("a job that fails after its commit announces nothing: the change found is announced")
    {
        BackgroundTask* task = addThenLinger(*db, QStringLiteral("Failing Ltd"), 300, true);
        QSignalSpy finished(task, &BackgroundTask::finished);
        REQUIRE(finished.wait(30000));
        REQUIRE_FALSE(finished.at(0).at(0).toBool());
        QTest::qWait(600);
        CHECK(changed.size() == 1);
    }

    SECTION("a job that runs on is held back at most 2 s: the change is announced before it ends")
    {
        BackgroundTask* task = addThenLinger(*db, QStringLiteral("Slow Ltd"), 3500);
        QSignalSpy finished(task, &BackgroundTask::finished);
        QTest::qWait(2800);
        CHECK(changed.size() == 1);
        CHECK(finished.isEmpty());
        REQUIRE(finished.wait(30000));
    }

    SECTION("another file's job holds nothing back")
    {
        const QString other = test::demoFile(scratch, QStringLiteral("other.sqlite"), 5, 5, 10);
        auto otherDb = test::openDatabase(other);
        BackgroundTask* elsewhere = addThenLinger(*otherDb, QStringLiteral("Elsewhere Ltd"), 1500);
        QSignalSpy elsewhereDone(elsewhere, &BackgroundTask::finished);
        auto added = CustomerRepository(*test::openDatabase(path))
                         .add(test::customerNamed(QStringLiteral("Direct Ltd")));
        REQUIRE(added);
        QTest::qWait(700);
        CHECK(changed.size() == 1);
        REQUIRE(elsewhereDone.wait(30000));
    }
}
