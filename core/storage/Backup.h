#pragma once

#include "common/OutputFile.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace fd {

class Database;

// Copies a live database with SQLite's online backup API: through OutputFile (a temporary
// name in the target's folder, checked with integrity_check, fsynced, then renamed into
// place), so `target` is either a complete, sound copy or does not exist. Its body is
// storage/sqlite/Backup.cpp; a database on a server is refused with one sentence.
class Backup {
    Q_DECLARE_TR_FUNCTIONS(fd::Backup)

public:
    // Refuses a `target` that is `source` or one of its -wal/-shm/-journal files by any path
    // or link, or any of `alsoProtected`, or that is not a regular file; one that exists,
    // unless `replaceExisting` (then it is replaced by the rename, and kept if the copy fails).
    // A source no longer at its path (Database::hasMoved()) does not protect that path: a
    // copy may be saved where it was. Stops between steps (4,096 pages) once `*cancelled`,
    // and then removes its temporary files and says the backup was cancelled.
    static Status save(Database& source, const QString& target, bool replaceExisting = false,
                       const QList<ProtectedFile>& alsoProtected = {},
                       const std::atomic_bool* cancelled = nullptr);
    // Tests: runs on save()'s thread after each step, with save()'s cancel flag (a false one
    // when none was given). An empty function removes it.
    using StepHook = std::function<void(const std::atomic_bool& cancelled)>;
    static void setStepHook(StepHook hook);

    // Replaces everything in `target` with the backup at `from`, after checking that the
    // backup is a sound FunnelDesk file (integrity_check, keys, invariants): one
    // transaction on the live file, so readers beside it see the old or the new whole. A
    // backup whose pages differ in size from the live file's (a file filled in bulk has larger
    // ones: BulkLoad::kPageSize) is copied beside the file and written again with the live
    // file's page size first; the live file keeps its own.
    static Status restore(Database& target, const QString& from);

    // Automatic backups, in a folder next to the file ("NAME.backups"), newest last.
    static QString rollingFolder(const QString& databasePath);
    static QStringList rollingBackups(const QString& databasePath);
    // A new automatic backup; only the newest `keep` are kept. Its path. `cancelled` as
    // for save().
    static Result<QString> saveRolling(Database& source, int keep = 7,
                                       const std::atomic_bool* cancelled = nullptr);
    // Whether the newest automatic backup was taken today (local time).
    static bool savedToday(const QString& databasePath);
    // For a file that cannot be opened: moves it aside (NAME.damaged-STAMP) and puts a
    // checked copy of `backup` in its place. The path it was moved to.
    static Result<QString> replaceWithBackup(const QString& databasePath, const QString& backup);
};

} // namespace fd
