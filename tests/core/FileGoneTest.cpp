// A database file deleted, moved or replaced while it is open (issue 15, "No typed input is
// lost"; PRODUCT.md: bad input "loses nothing"): Database::hasMoved() tells, every write is
// refused with one sentence naming the file, and the open connection still saves a copy of
// everything in it. A backup that is cancelled leaves no temporary behind.
#include "domain/Customer.h"
#include "storage/Backup.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace fd;

namespace {

const QString kGone = QStringLiteral(
    "was deleted or moved while FunnelDesk had it open; nothing more can be saved to it.");

} // namespace

TEST_CASE(
    "A write to a file deleted, moved or replaced under its connection is refused, naming the file",
    "[sqlite-only][filegone]")
{
    test::Scratch scratch;
    const QString folder = scratch.file(QStringLiteral("del"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/d.sqlite");
    auto db = test::openDatabase(path);
    REQUIRE(CustomerRepository(*db).add(test::customerNamed(QStringLiteral("Saved before"))));
    CHECK_FALSE(db->hasMoved());

    SECTION("its folder deleted")
    {
        REQUIRE(QDir(folder).removeRecursively());
    }
    SECTION("the file renamed")
    {
        REQUIRE(QFile::rename(path, path + QStringLiteral(".moved")));
    }
    SECTION("another file put in its place")
    {
        auto other = test::openDatabase(scratch.file(QStringLiteral("other.sqlite")));
        other.reset();
        REQUIRE(QFile::remove(path));
        REQUIRE(QFile::copy(scratch.file(QStringLiteral("other.sqlite")), path));
    }

    CHECK(db->hasMoved());
    auto refused = CustomerRepository(*db).add(test::customerNamed(QStringLiteral("Typed after")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error() == QStringLiteral("“%1” %2").arg(QDir::toNativeSeparators(path), kGone));
    // A write outside a Transaction (autocommit) is refused at its commit.
    auto raw =
        db->guard([&] { db->execute("INSERT INTO settings(key, value) VALUES ('x', 'y')"); });
    REQUIRE_FALSE(raw);
    CHECK(raw.error().endsWith(kGone));
    // Everything saved before is still read, and a copy of it can be saved, at the old path too.
    CHECK(db->scalar("SELECT count(*) FROM customer") == 1);
    REQUIRE(QDir().mkpath(folder));
    QFile::remove(path);
    REQUIRE(Backup::save(*db, path));
    auto copy = test::openDatabase(path, Database::Access::ReadOnly);
    CHECK(copy->scalar("SELECT count(*) FROM customer WHERE name = 'Saved before'") == 1);
    CHECK(copy->scalar("SELECT count(*) FROM customer WHERE name = 'Typed after'") == 0);
}

TEST_CASE(
    "A write transaction under way when the file goes is refused at its commit and rolled back",
    "[sqlite-only][filegone]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("long.sqlite"));
    auto db = test::openDatabase(path);
    auto outcome = db->guard([&] {
        Transaction tx(*db);
        CustomerRepository(*db).add(test::customerNamed(QStringLiteral("Imported mid-run")));
        REQUIRE(QFile::remove(path)); // deleted while a long command runs
        tx.commit();
    });
    REQUIRE_FALSE(outcome);
    CHECK(outcome.error().endsWith(kGone));
    CHECK(db->scalar("SELECT count(*) FROM customer") == 0);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("A backup cancelled halfway removes its temporary files",
          "[sqlite-only][filegone][backup]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("big.sqlite"));
    auto db = test::openDatabase(path);
    // More than one step (4,096 pages) to copy.
    db->execute("CREATE TABLE filler(x BLOB); "
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                "INSERT INTO filler SELECT randomblob(4000) FROM n");
    std::atomic_bool cancelled{false};
    int steps = 0;
    QStringList midway;
    Backup::setStepHook([&](const std::atomic_bool& flag) {
        CHECK(&flag == &cancelled);
        if (++steps == 1) {
            midway = test::entries(Backup::rollingFolder(path));
            cancelled = true; // as a window closing does
        }
    });
    auto saved = Backup::saveRolling(*db, 7, &cancelled);
    Backup::setStepHook({});
    REQUIRE_FALSE(saved);
    CHECK(saved.error().contains(QStringLiteral("cancelled")));
    CHECK(steps == 1);
    CHECK_FALSE(midway.isEmpty()); // the temporary being written (and its journal)
    CHECK(test::entries(Backup::rollingFolder(path)).isEmpty());
}
