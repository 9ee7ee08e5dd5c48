// What a killed writer leaves is removed by the next write of the same file, and a read-only
// connection leaves the folder as it found it (issue 19, Reliability: kill -9 of an export, a
// backup or a generate left hidden temporaries; stats, export or check left -wal and -shm).
#include "common/LeftoverFiles.h"
#include "common/OutputFile.h"
#include "storage/Backup.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "support/Leftovers.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

using namespace fd;

namespace {

// Makes each file in `folder`, runs `write`, and checks that exactly `gone` were removed.
template <typename Write>
void requireSwept(const test::Scratch& scratch, const QStringList& gone, const QStringList& kept,
                  Write write)
{
    for (const QString& name : gone + kept)
        test::touch(scratch.file(name));
    write();
    const QStringList now = test::entries(scratch.dir().path());
    INFO(now.join(QLatin1Char(' ')).toStdString());
    for (const QString& name : gone)
        CHECK_FALSE(now.contains(name));
    for (const QString& name : kept)
        CHECK(now.contains(name));
}

} // namespace

TEST_CASE("OutputFile removes what killed writers of its file left, never a live writer's",
          "[output][leftovers]")
{
    test::Scratch scratch;
    const QString dead = QString::number(test::deadPid());
    const QString own = QString::number(::getpid());
    const QStringList gone = {
        QStringLiteral(".out.csv.%1.Ab12Cd").arg(dead),
        QStringLiteral(".out.csv.%1.Ab12Cd-wal").arg(dead),
        QStringLiteral(".out.csv.%1.xY9zQ0-journal").arg(dead), // a sibling alone
    };
    const QStringList kept = {
        QStringLiteral(".out.csv.%1.Zz99Yy").arg(own),      // a live writer's
        QStringLiteral(".out.csv.Ab12Cd"),                  // no process id: whose?
        QStringLiteral(".other.csv.%1.Ab12Cd").arg(dead),   // another file's
        QStringLiteral(".out.csv.%1.Ab12CdE").arg(dead),    // not our shape
        QStringLiteral(".out.csv.%1.Ab12Cd.bak").arg(dead), // not our shape
        QStringLiteral("out.csv.%1.Ab12Cd").arg(dead),      // not hidden: not ours
    };
    requireSwept(scratch, gone, kept, [&] {
        REQUIRE(OutputFile::writeWhole(scratch.file(QStringLiteral("out.csv")), {},
                                       [](QIODevice& device) -> Status {
                                           device.write("a,b\r\n");
                                           return {};
                                       }));
    });
    CHECK(QFileInfo::exists(scratch.file(QStringLiteral("out.csv"))));

    SECTION("its own temporary carries its process id")
    {
        auto out = OutputFile::open(scratch.file(QStringLiteral("next.csv")));
        REQUIRE(out);
        CHECK(QFileInfo((*out)->temporaryPath())
                  .fileName()
                  .startsWith(QStringLiteral(".next.csv.%1.").arg(own)));
    }
}

TEST_CASE("The temporary names of generate, migrate and restore are swept by their own shape",
          "[leftovers]")
{
    test::Scratch scratch;
    const QString dead = QString::number(test::deadPid());
    const QString own = QString::number(::getpid());
    const QString target = scratch.file(QStringLiteral("d.sqlite"));
    CHECK(temporary_names::kGenerating.pathFor(target) ==
          target + QStringLiteral(".generating-") + own);
    requireSwept(scratch,
                 {QStringLiteral("d.sqlite.generating-%1").arg(dead),
                  QStringLiteral("d.sqlite.generating-%1-shm").arg(dead),
                  QStringLiteral("d.sqlite.migrating-%1").arg(dead),
                  QStringLiteral(".d.sqlite.restoring-%1").arg(dead),
                  QStringLiteral(".d.sqlite.restoring-%1.v4-20261203-120000.bak").arg(dead)},
                 {QStringLiteral("d.sqlite.generating-%1").arg(own),
                  QStringLiteral("d.sqlite.migrating-%1").arg(own),
                  QStringLiteral(".d.sqlite.restoring-%1").arg(own),
                  QStringLiteral("d.sqlite.generating-%1.bak").arg(dead),
                  QStringLiteral("d.sqlite.generating-x%1").arg(dead),
                  QStringLiteral("e.sqlite.migrating-%1").arg(dead)},
                 [&] {
                     CHECK(temporary_names::kGenerating.removeDeadWriters(target) == 2);
                     CHECK(temporary_names::kMigrating.removeDeadWriters(target) == 1);
                     CHECK(temporary_names::kRestoring.removeDeadWriters(target) == 2);
                 });
}

TEST_CASE("A name that is a temporary's but for a final newline is not swept", "[leftovers]")
{
    // QRegularExpression's '$' also matches before a final "\n": such a name is someone else's.
    test::Scratch scratch;
    const QString dead = QString::number(test::deadPid());
    const QString target = scratch.file(QStringLiteral("d.sqlite"));
    requireSwept(scratch, {},
                 {QStringLiteral("d.sqlite.generating-%1\n").arg(dead),
                  QStringLiteral(".d.sqlite.restoring-%1\n").arg(dead),
                  QStringLiteral(".d.sqlite.%1.Ab12Cd\n").arg(dead)},
                 [&] {
                     CHECK(temporary_names::kGenerating.removeDeadWriters(target) == 0);
                     CHECK(temporary_names::kRestoring.removeDeadWriters(target) == 0);
                     CHECK(temporary_names::kOutput.removeDeadWriters(target) == 0);
                 });
}

TEST_CASE("A restore into a database whose name has wildcard characters clears its own scratch "
          "and nothing else",
          "[sqlite-only][leftovers][restore]")
{
    // The scratch ".a[1].sqlite.restoring-PID" as a QDir wildcard lists ".a1.sqlite.restoring-…"
    // instead: its own files stayed, and another name of the same length was removed.
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a[1].sqlite")));
    const QString backup = scratch.file(QStringLiteral("v1.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(FUNNELDESK_TEST_FIXTURES "/schema-v1.sqlite"), backup));
    QFile::setPermissions(backup, QFile::ReadOwner | QFile::WriteOwner);
    const QString other =
        QStringLiteral(".a1.sqlite.restoring-%1").arg(::getpid()) + QStringLiteral("00.v4.bak");
    test::touch(scratch.file(other));
    REQUIRE(Backup::restore(*db, backup));
    const QStringList now = test::entries(scratch.dir().path());
    INFO(now.join(QLatin1Char(' ')).toStdString());
    CHECK(now.contains(other));
    CHECK(now.filter(QStringLiteral(".a[1].sqlite.restoring-")).isEmpty());
}

TEST_CASE("A backup removes what killed backups of its target left", "[sqlite-only][leftovers]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("d.sqlite")));
    REQUIRE(CustomerRepository(*db).add(test::customerNamed(QStringLiteral("Kept"))));
    const QString dead = QString::number(test::deadPid());
    requireSwept(scratch,
                 {QStringLiteral(".b.sqlite.%1.Ab12Cd").arg(dead),
                  QStringLiteral(".b.sqlite.%1.Ab12Cd-journal").arg(dead)},
                 {QStringLiteral(".b.sqlite.%1.Ab12Cd").arg(::getpid())},
                 [&] { REQUIRE(Backup::save(*db, scratch.file(QStringLiteral("b.sqlite")))); });
}

TEST_CASE("A read-only connection leaves no -wal or -shm it made, and keeps the ones it found",
          "[sqlite-only][leftovers]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("d.sqlite"));
    {
        auto db = test::openDatabase(path);
        REQUIRE(CustomerRepository(*db).add(test::customerNamed(QStringLiteral("Kept"))));
    }
    REQUIRE(test::entries(scratch.dir().path()) == QStringList{QStringLiteral("d.sqlite")});
    const auto count = [](Database& db) {
        return db.guard([&] { return db.scalar("SELECT count(*) FROM customer"); });
    };
    {
        auto reader = test::openDatabase(path, Database::Access::ReadOnly);
        CHECK(count(*reader) == 1);
        // While it is open SQLite has them; a read-only connection cannot remove them.
        CHECK(QFileInfo::exists(path + QStringLiteral("-shm")));
    }
    CHECK(test::entries(scratch.dir().path()) == QStringList{QStringLiteral("d.sqlite")});

    SECTION("a writer has the file open: its -wal and -shm stay, and it goes on")
    {
        auto writer = test::openDatabase(path);
        REQUIRE(count(*writer) == 1);
        const QStringList before = test::entries(scratch.dir().path());
        REQUIRE(before.contains(QStringLiteral("d.sqlite-wal")));
        {
            auto reader = test::openDatabase(path, Database::Access::ReadOnly);
            CHECK(count(*reader) == 1);
        }
        CHECK(test::entries(scratch.dir().path()) == before);
        REQUIRE(CustomerRepository(*writer).add(test::customerNamed(QStringLiteral("After"))));
        CHECK(count(*writer) == 2);
    }
}
