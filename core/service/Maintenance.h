// The application layer for looking after a database (issue 16): counts, the integrity check,
// backups and restores. The CLI's stats, check, backup and restore, and the window's status
// bar, automatic backups and "Save a copy as…" call only this. Counts and the check read any
// backend; copies are of a file (a server is backed up with the server's own tools).
#pragma once

#include "common/OutputFile.h"
#include "common/Result.h"
#include "domain/Counts.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

namespace fd {

class Database;

namespace service {

class Maintenance {
    Q_DECLARE_TR_FUNCTIONS(fd::service::Maintenance)

public:
    // `db` must outlive this object.
    explicit Maintenance(Database& db) : m_db(db) {}

    Result<DatabaseCounts> counts();
    Result<QuickCounts> quickCounts();
    // The file's own check (integrity_check, foreign_key_check, the search index) and
    // FunnelDesk's invariants: one sentence per problem found; empty when sound. Errors: the
    // database's sentence when the check itself could not run.
    Result<QStringList> check();

    // A whole, checked copy of the open file at `target` (Backup::save: never over the file
    // itself or anything in `alsoProtected`; `replaceExisting` as there; stops once
    // `*cancelled`). The path written.
    Status saveCopy(const QString& target, bool replaceExisting = false,
                    const QList<ProtectedFile>& alsoProtected = {},
                    const std::atomic_bool* cancelled = nullptr);
    // Replaces everything in the open file with the checked backup at `from`, in one transaction.
    Status restore(const QString& from);
    // Today's automatic copy beside the file (NAME.backups), keeping the newest `keep`. Its path.
    Result<QString> saveRolling(int keep = 7, const std::atomic_bool* cancelled = nullptr);

    // Automatic copies of the file at `databasePath`, newest last; whether one was taken today
    // (local day); and, for a file that cannot be opened, moving it aside
    // (NAME.damaged-STAMP) and putting a checked copy of `backup` in its place (the path it was
    // moved to). A path, not an open database: these work on a file that does not open.
    static QStringList rollingBackups(const QString& databasePath);
    static bool savedToday(const QString& databasePath);
    static Result<QString> replaceWithBackup(const QString& databasePath, const QString& backup);

private:
    Database& m_db;
};

} // namespace service
} // namespace fd
