#include "storage/Backup.h"
#include "domain/Customer.h"
#include "storage/CustomerRepository.h"
#include "storage/Schema.h"
#include "storage/StatsRepository.h"
#include "support/TestSupport.h"
#include "support/TinyDisk.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

#include <string>
#include <tuple>

using namespace fd;

TEST_CASE("A backup is a complete, sound copy under its final name", "[sqlite-only][backup]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("live.sqlite")));
    REQUIRE(CustomerRepository(*db).add(test::customerNamed(QStringLiteral("Acme Corp"))));

    const QString target = scratch.file(QStringLiteral("copy.sqlite"));
    REQUIRE(Backup::save(*db, target));
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));
    CHECK((QFileInfo(target).permissions() & (QFile::ReadOther | QFile::WriteOther)) == 0);

    auto copy = test::openDatabase(target, Database::Access::ReadOnly);
    auto counts = StatsRepository(*copy).counts();
    REQUIRE(counts);
    CHECK(counts->customers == 1);
    CHECK(counts->transitions == 1);

    SECTION("an existing target is never overwritten")
    {
        const QByteArray before = test::fileBytes(target);
        auto again = Backup::save(*db, target);
        REQUIRE_FALSE(again);
        CHECK(again.error().contains(QStringLiteral("already exists")));
        CHECK(test::fileBytes(target) == before);
    }
}

TEST_CASE("Restoring puts a backup's contents back, and a damaged backup is refused",
          "[sqlite-only][backup]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("live.sqlite")));
    REQUIRE(CustomerRepository(*db).add(test::customerNamed(QStringLiteral("Acme Corp"))));
    const QString backup = scratch.file(QStringLiteral("backup.sqlite"));
    REQUIRE(Backup::save(*db, backup));
    REQUIRE(
        CustomerRepository(*db).add(test::customerNamed(QStringLiteral("Added after the backup"))));
    REQUIRE(db->scalar("SELECT count(*) FROM customer") == 2);

    REQUIRE(Backup::restore(*db, backup));
    CHECK(db->scalar("SELECT count(*) FROM customer") == 1);
    CHECK(db->scalar("SELECT count(*) FROM customer WHERE name = 'Acme Corp'") == 1);

    // A backup with a page overwritten by garbage.
    const QString damaged = scratch.file(QStringLiteral("damaged.sqlite"));
    REQUIRE(QFile::copy(backup, damaged));
    {
        QFile file(damaged);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(2 * 4096);
        file.write(QByteArray(4096, '\x5a'));
    }
    REQUIRE(CustomerRepository(*db).add(test::customerNamed(QStringLiteral("Kept"))));
    auto refused = Backup::restore(*db, damaged);
    REQUIRE_FALSE(refused);
    CHECK(db->scalar("SELECT count(*) FROM customer") == 2); // nothing changed

    // The open database itself, by its path or a link to it, is no backup: "Restored" would lie.
    const QString link = scratch.file(QStringLiteral("link.sqlite"));
    REQUIRE(QFile::link(db->path(), link));
    for (const QString& self : {db->path(), link, scratch.file(QStringLiteral("./live.sqlite"))}) {
        auto itself = Backup::restore(*db, self);
        REQUIRE_FALSE(itself);
        CHECK(itself.error().contains(QStringLiteral("is the open database itself")));
    }
}

TEST_CASE("Restoring an older backup upgrades the database, never the backup",
          "[sqlite-only][backup][restore]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("live.sqlite")));
    REQUIRE(
        CustomerRepository(*db).add(test::customerNamed(QStringLiteral("Replaced by the backup"))));
    const QString fixture = QStringLiteral(FUNNELDESK_TEST_FIXTURES "/schema-v1.sqlite");
    const auto restoredFrom = [&](const QString& backup) {
        const QByteArray before = test::fileBytes(backup);
        const QStringList beside =
            QDir(QFileInfo(backup).absolutePath()).entryList(QDir::Files | QDir::Hidden);
        auto restored = Backup::restore(*db, backup);
        INFO((restored ? QString() : restored.error()).toStdString());
        REQUIRE(restored);
        // The backup is only read: its bytes and its folder are as they were (no upgrade, no
        // .bak beside it), and nothing of the upgrade's copy is left beside the database.
        CHECK(test::fileBytes(backup) == before);
        CHECK(QDir(QFileInfo(backup).absolutePath()).entryList(QDir::Files | QDir::Hidden) ==
              beside);
        CHECK(QDir(scratch.dir().path())
                  .entryList({QStringLiteral("*restoring*")}, QDir::Files | QDir::Hidden)
                  .isEmpty());
        CHECK(Schema::version(*db) == Schema::kVersion);
        CHECK(db->scalar("SELECT count(*) FROM customer") == 40);
        CHECK(db->scalar("SELECT count(*) FROM customer WHERE name = 'Replaced by the backup'") ==
              0);
    };

    SECTION("in a folder this user may write")
    {
        REQUIRE(QDir().mkpath(scratch.file(QStringLiteral("old"))));
        const QString backup = scratch.file(QStringLiteral("old/v1.sqlite"));
        REQUIRE(QFile::copy(fixture, backup));
        QFile::setPermissions(backup, QFile::ReadOwner | QFile::WriteOwner);
        restoredFrom(backup);
    }
    SECTION("on a read-only disk")
    {
        test::TinyDisk disk(scratch.file(QStringLiteral("mounted")), 2048);
        if (!disk.mounted()) {
            WARN("skipped: mounting a tmpfs is not allowed here");
            return;
        }
        const QString backup = scratch.file(QStringLiteral("mounted/v1.sqlite"));
        REQUIRE(QFile::copy(fixture, backup));
        REQUIRE(disk.makeReadOnly());
        restoredFrom(backup);
    }
}

TEST_CASE("Automatic backups keep the newest seven, and a damaged file can be replaced by one",
          "[sqlite-only][backup]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("desk.sqlite"));
    {
        auto db = test::openDatabase(path);
        REQUIRE(CustomerRepository(*db).add(test::customerNamed(QStringLiteral("Acme Corp"))));
        CHECK_FALSE(Backup::savedToday(path));
        for (int i = 0; i < 9; ++i) {
            auto saved = Backup::saveRolling(*db);
            REQUIRE(saved);
            CHECK(saved->startsWith(Backup::rollingFolder(path)));
        }
        CHECK(Backup::rollingBackups(path).size() == 7);
        CHECK(Backup::savedToday(path));
    }
    // The file is damaged beyond opening: the newest backup takes its place, the damaged
    // file is kept aside.
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("this is not a database any more");
    }
    auto aside = Backup::replaceWithBackup(path, Backup::rollingBackups(path).last());
    REQUIRE(aside);
    CHECK(test::fileBytes(*aside).startsWith("this is not a database"));
    auto db = test::openDatabase(path);
    CHECK(db->scalar("SELECT count(*) FROM customer") == 1);
}

TEST_CASE("A backup restores into a file of another page size, both ways (a file filled in bulk "
          "has larger pages)",
          "[sqlite-only][backup][restore]")
{
    test::Scratch scratch;
    // A file of 4 KiB pages, SQLite's default, and one made again with 16 KiB pages as a bulk
    // load makes it (BulkLoad::kPageSize), each with a customer of its own.
    const auto made = [&](const char* file, const char* name, qint64 pageSize) {
        auto db = test::openDatabase(scratch.file(QString::fromUtf8(file)));
        REQUIRE(CustomerRepository(*db).add(test::customerNamed(QString::fromUtf8(name))));
        if (pageSize != db->scalar("PRAGMA page_size"))
            db->execute(("PRAGMA journal_mode = DELETE; PRAGMA page_size = " +
                         std::to_string(pageSize) + "; VACUUM; PRAGMA journal_mode = WAL;")
                            .c_str());
        REQUIRE(db->scalar("PRAGMA page_size") == pageSize);
        return db;
    };
    auto small = made("small.sqlite", "Small Co", 4096);
    auto large = made("large.sqlite", "Large Co", 16384);
    const QString smallBackup = scratch.file(QStringLiteral("small-backup.sqlite"));
    const QString largeBackup = scratch.file(QStringLiteral("large-backup.sqlite"));
    REQUIRE(Backup::save(*small, smallBackup));
    REQUIRE(Backup::save(*large, largeBackup));

    for (const auto& [into, from, name, pageSize] :
         {std::tuple{small.get(), &largeBackup, "Large Co", qint64{4096}},
          std::tuple{large.get(), &smallBackup, "Small Co", qint64{16384}}}) {
        INFO("into pages of " << pageSize);
        const auto restored = Backup::restore(*into, *from);
        INFO((restored ? QString() : QString(restored.error())).toStdString());
        REQUIRE(restored);
        CHECK(into->scalar("SELECT count(*) FROM customer") == 1);
        CHECK(
            into->scalar(("SELECT count(*) FROM customer WHERE name = '" + std::string(name) + "'")
                             .c_str()) == 1);
        CHECK(into->scalar("PRAGMA page_size") == pageSize); // the open file keeps its pages
        // The backup itself is only read.
        auto backup = test::openDatabase(*from, Database::Access::ReadOnly);
        CHECK(backup->scalar("SELECT count(*) FROM customer") == 1);
    }
}
