// I/O faults at every write and read of the operations on whole files (issue 19): a backup,
// a restore, a migrate from file to file and the schema upgrade of
// tests/fixtures/schema-v1.sqlite, each with its Nth write, fsync or truncate failed (an I/O
// error, then a full disk) and with its Nth read failed, N = 1, 2, 3 … until it meets no fault.
// A failing round ends in one sentence, leaves every file as it was and no file beside them;
// the last round completes.
#include "demo/Generator.h"
#include "service/Maintenance.h"
#include "service/Migrate.h"
#include "service/Tickets.h"
#include "storage/Schema.h"
#include "support/FaultRounds.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

using namespace fd;
using test::FaultKind;

namespace {

// A small desk: a dozen customers, written once per case and copied for each round.
QString pristineDesk(const test::Scratch& scratch,
                     const QString& name = QStringLiteral("pristine.sqlite"))
{
    const QString path = scratch.file(name);
    auto db = test::openSqliteFile(path);
    GeneratorOptions options;
    options.customers = 12;
    options.tickets = 40;
    options.touchpoints = 100;
    options.seed = 19;
    REQUIRE(Generator::run(*db, options, FixedClock(test::testNow())));
    return path;
}

// The names in the folder of `path`, the SQLite files at `path` being worked on left out
// (a -wal or -shm is there while its file is open).
QStringList besides(const test::Scratch& scratch)
{
    QStringList names = test::entries(scratch.dir().path());
    names.removeIf([](const QString& name) {
        return name.endsWith(QLatin1String("-shm")) || name.endsWith(QLatin1String("-wal"));
    });
    return names;
}

const auto kKinds = {FaultKind::Write, FaultKind::Full, FaultKind::Read};

} // namespace

TEST_CASE("A fault at any write or read of a backup leaves no copy and the original as it was",
          "[sqlite-only][faults]")
{
    const FaultKind kind = GENERATE(values(kKinds));
    test::Scratch scratch;
    const QString pristine = pristineDesk(scratch);
    const QByteArray before = test::contentDigest(pristine);
    const QString path = scratch.file(QStringLiteral("desk.sqlite"));
    const QString copy = scratch.file(QStringLiteral("copy.sqlite"));
    std::unique_ptr<Database> db;
    QStringList folder;
    test::FaultVfs vfs;

    test::FaultOperation backup;
    backup.setUp = [&] {
        QFile::remove(copy);
        test::copyFresh(pristine, path);
        db = test::openSqliteFile(path);
        folder = besides(scratch);
    };
    backup.run = [&] { return service::Maintenance(*db).saveCopy(copy); };
    backup.verify = [&](bool succeeded) {
        db.reset();
        REQUIRE(test::contentDigest(path) == before);
        if (succeeded) {
            REQUIRE(test::contentDigest(copy) == before);
            test::requireSoundFile(copy);
        } else {
            REQUIRE_FALSE(QFileInfo::exists(copy));
            REQUIRE(besides(scratch) == folder); // no temporary left
        }
        test::requireSoundAfter(path, false); // its digest is the pristine one's
    };
    test::everyFault("backup", kind, backup, kind == FaultKind::Write ? 1 : 2);
}

TEST_CASE("A fault at any write or read of a restore leaves the file as it was",
          "[sqlite-only][faults]")
{
    const FaultKind kind = GENERATE(values(kKinds));
    test::Scratch scratch;
    const QString pristine = pristineDesk(scratch);
    const QByteArray before = test::contentDigest(pristine);
    // The backup: the same desk with one ticket more, so a restore changes something.
    const QString backupPath = scratch.file(QStringLiteral("backup.sqlite"));
    {
        test::copyFresh(pristine, backupPath);
        auto db = test::openSqliteFile(backupPath);
        Ticket t;
        t.customerId = db->scalar("SELECT min(id) FROM customer");
        t.subject = QStringLiteral("Only in the backup");
        t.status = TicketStatus::Open;
        REQUIRE(Tickets(*db, FixedClock(test::testNow())).add(t));
    }
    const QByteArray backupDigest = test::contentDigest(backupPath);
    REQUIRE(backupDigest != before);
    const QString path = scratch.file(QStringLiteral("desk.sqlite"));
    std::unique_ptr<Database> db;
    test::FaultVfs vfs;

    test::FaultOperation restore;
    restore.setUp = [&] {
        test::copyFresh(pristine, path);
        db = test::openSqliteFile(path);
    };
    restore.run = [&] { return service::Maintenance(*db).restore(backupPath); };
    restore.verify = [&](bool succeeded) {
        // The connection reads on, the restored rows or the old ones.
        CHECK(db->scalar("SELECT count(*) FROM ticket") == (succeeded ? 41 : 40));
        db.reset();
        REQUIRE(test::contentDigest(path) == (succeeded ? backupDigest : before));
        REQUIRE(test::contentDigest(backupPath) == backupDigest);
        test::requireSoundAfter(path, succeeded);
    };
    test::everyFault("restore", kind, restore, kind == FaultKind::Write ? 1 : 3);
}

TEST_CASE("A fault at any write or read of a migrate from file to file leaves no target",
          "[sqlite-only][faults]")
{
    const FaultKind kind = GENERATE(values(kKinds));
    test::Scratch scratch;
    const QString source = pristineDesk(scratch);
    const QByteArray before = test::contentDigest(source);
    const QString target = scratch.file(QStringLiteral("moved.sqlite"));
    QStringList folder;
    test::FaultVfs vfs;

    test::FaultOperation migrate;
    migrate.setUp = [&] {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(target + QLatin1String(suffix));
        folder = besides(scratch);
    };
    migrate.run = [&]() -> Status {
        auto report = service::Migrate::run(Location::file(source), Location::file(target));
        if (!report)
            return failure(report.error());
        return {};
    };
    migrate.verify = [&](bool succeeded) {
        REQUIRE(test::contentDigest(source) == before);
        if (succeeded) {
            // Every row copied; the copy's audit log says so in one entry more.
            const QStringList audit{QStringLiteral("audit_log")};
            REQUIRE(test::contentDigest(target, audit) == test::contentDigest(source, audit));
            test::requireSoundFile(target);
        } else {
            REQUIRE_FALSE(QFileInfo::exists(target));
            REQUIRE(besides(scratch) == folder); // no temporary left
        }
    };
    // Hundreds of calls: the write-side calls shared out between I/O errors (odd Ns) and a
    // full disk (even Ns), the reads every 5th.
    test::everyFault("migrate file to file", kind, migrate, kind == FaultKind::Read ? 5 : 2,
                     kind == FaultKind::Full ? 2 : 1);
}

TEST_CASE("A fault at any write or read of the schema upgrade leaves the version-1 file as it was",
          "[sqlite-only][faults][migration]")
{
    const FaultKind kind = GENERATE(values(kKinds));
    test::Scratch scratch;
    const QString fixture = QStringLiteral(FUNNELDESK_TEST_FIXTURES "/schema-v1.sqlite");
    const QByteArray before = test::contentDigest(fixture);
    const QString path = scratch.file(QStringLiteral("old.sqlite"));
    QStringList folder;
    test::FaultVfs vfs;

    test::FaultOperation upgrade;
    upgrade.setUp = [&] {
        for (const QString& name : test::entries(scratch.dir().path()))
            QFile::remove(scratch.file(name));
        test::copyFresh(fixture, path);
        folder = besides(scratch);
    };
    upgrade.run = [&]() -> Status {
        auto db = Database::open(path);
        if (!db)
            return failure(db.error());
        REQUIRE(Schema::version(**db) == Schema::kVersion);
        return {};
    };
    upgrade.verify = [&](bool succeeded) {
        if (!succeeded) {
            // Every row and schema object as in the fixture, which `check` passes once upgraded
            // (the last round shows): a page structure that SQLite finds sound is all that is
            // left to ask, and asking `check` would upgrade the file a second time each round.
            REQUIRE(test::contentDigest(path) == before);
            test::requirePagesSound(path);
            // The backup taken before the upgrade may stay (it is whole, or it is not there).
            QStringList now = besides(scratch);
            now.removeIf([](const QString& name) { return name.endsWith(QLatin1String(".bak")); });
            REQUIRE(now == folder);
            return;
        }
        test::requireSoundFile(path);
        auto db = test::openSqliteFile(path);
        CHECK(Schema::version(*db) == Schema::kVersion);
    };
    // As for migrate: odd Ns an I/O error, even Ns a full disk, the reads every 5th.
    test::everyFault("schema upgrade of schema-v1.sqlite", kind, upgrade,
                     kind == FaultKind::Read ? 5 : 2, kind == FaultKind::Full ? 2 : 1);
}
