#include "storage/Schema.h"

#include "common/Quoted.h"
#include "storage/AuditSchema.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/SchemaMigrations.h"
#include "storage/TouchpointSummaries.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QFileInfo>

namespace fd {

int Schema::version(Database& db)
{
    return static_cast<int>(db.scalar("PRAGMA user_version"));
}

Status Schema::prepare(Database& db, bool isNew, bool asItIs)
{
    const QString file = quotedPath(db.path());
    int applicationId = 0;
    int userVersion = 0;
    qint64 objects = 0;
    auto read = db.guard([&] {
        applicationId = static_cast<int>(db.scalar("PRAGMA application_id"));
        userVersion = static_cast<int>(db.scalar("PRAGMA user_version"));
        objects = db.scalar("SELECT count(*) FROM sqlite_schema");
    });
    if (!read)
        return read;

    const bool empty = applicationId == 0 && userVersion == 0 && objects == 0;
    if (!empty && applicationId != kApplicationId)
        return failure(tr("%1 is not a FunnelDesk database (it belongs to another application); "
                          "check the path.")
                           .arg(file));
    if (userVersion > kVersion)
        return failure(tr("%1 was written by a newer FunnelDesk (schema version %2; this program "
                          "knows up to %3); update FunnelDesk to open it.")
                           .arg(file)
                           .arg(userVersion)
                           .arg(kVersion));
    if (db.isReadOnly()) {
        if (empty)
            return failure(tr("%1 is empty, not a FunnelDesk database; open it for writing to "
                              "create one.")
                               .arg(file));
        // Of Kind::ReadOnly: SqliteDatabase::open upgrades it first when this user may write it.
        if (userVersion < kVersion && !asItIs)
            return failure(
                Error(tr("%1 uses an older schema (version %2), and this user may not write it or "
                         "its folder to upgrade it; have it opened once with this FunnelDesk by "
                         "someone who may write it, or copy it to a folder you can write to and "
                         "open the copy.")
                          .arg(file)
                          .arg(userVersion),
                      Error::Kind::ReadOnly));
        return db.guard(
            [&] { db.execute("PRAGMA foreign_keys = ON; PRAGMA mmap_size = 1073741824;"); });
    }
    if (empty && !isNew && QFileInfo(db.path()).size() > 0)
        return failure(tr("%1 is not a FunnelDesk database; check the path.").arg(file));

    return db.guard([&]() -> Status {
        db.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                   "PRAGMA foreign_keys = ON; PRAGMA mmap_size = 1073741824; "
                   "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
        if (userVersion == kVersion)
            return {};
        if (userVersion > 0) {
            // One backup before every migration, next to the file.
            const QString stamp =
                QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            const QString base = db.path() + QStringLiteral(".v%1-%2").arg(userVersion).arg(stamp);
            // An upgrade tried again within the second (after a failure) keeps the first copy.
            QString copy = base + QStringLiteral(".bak");
            for (int n = 2; QFileInfo::exists(copy); ++n)
                copy = base + QStringLiteral("-%1.bak").arg(n);
            if (auto saved = Backup::save(db, copy); !saved)
                return failure(tr("%1 was not upgraded, because backing it up first failed: %2")
                                   .arg(file, saved.error()));
        }
        migrate(db, userVersion);
        return {};
    });
}

void Schema::migrate(Database& db, int from)
{
    // One transaction around them all (each step a savepoint in it): an upgrade that fails at
    // any step leaves the file as it was, at its old version, not at one in between.
    Transaction all(db);
    for (int version = from + 1; version <= kVersion; ++version) {
        Transaction tx(db);
        db.execute(kSchemaMigrations[static_cast<std::size_t>(version - 1)]);
        if (version == 1) {
            db.execute(QByteArray("PRAGMA application_id = " + QByteArray::number(kApplicationId))
                           .constData());
        }
        if (version == 3)
            TouchpointSummaries::rebuild(db);
        if (version == 6)
            db.execute(kAuditMigrationSqlite);
        db.execute(QByteArray("PRAGMA user_version = " + QByteArray::number(version)).constData());
        tx.commit();
    }
    all.commit();
}

} // namespace fd
