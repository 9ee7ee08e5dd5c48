// The temporary names FunnelDesk writes under, each carrying its writer's process id, and the
// one sweep that removes what a killed writer left (issue 19, Reliability: kill -9 of an export,
// a backup or a generate left hidden temporaries that nothing removed).
#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

namespace fd {

// The files (hidden ones too) in `folder` whose names begin with `prefix`, exactly and case by
// case. `prefix` goes to QDir as a wildcard only when it holds none of QDir's wildcard
// characters ('*', '?', '['), and every name listed is checked again: QDir's match could list
// another file ("a[1].sqlite*" lists ".a1.sqlite…"). Empty when the folder cannot be listed.
QStringList filesStartingWith(const QDir& folder, const QString& prefix);

// A temporary's name is "<lead><target's file name><tag><PID><tail>" in the target's folder:
//   ".x.csv.4711.Ab3dEf"      OutputFile (lead ".", tag ".", tail "." + mkostemp's six letters)
//   "g.sqlite.generating-4711" generate,  "c.sqlite.migrating-4711" migrate (no lead, no tail)
//   ".d.sqlite.restoring-4711" the scratch copy a restore upgrades an older backup in
// Each may have SQLite's -journal, -wal and -shm beside it.
struct TemporaryName {
    QString lead;
    QString tag;
    // How many characters of [A-Za-z0-9] follow the PID after a '.' (mkostemp's XXXXXX: 6);
    // 0 for none.
    int randomLetters = 0;
    // Every name that goes on with '-' or '.' is the writer's too (the restore scratch's
    // upgrade backup ".d.sqlite.restoring-4711.v4-20261203-120000.bak"), not only SQLite's
    // -journal, -wal and -shm.
    bool ownsLongerNames = false;

    // The name this process writes for `target` (an absolute or relative path), with
    // `randomLetters` X's for mkostemp when it has any.
    QString pathFor(const QString& target) const;
    // Removes, beside `target`, every file of exactly this shape (and its -journal, -wal and
    // -shm, also when alone; any longer name when ownsLongerNames) whose writer is gone: kill(PID,
    // 0) fails with ESRCH. A live process's files, this process's included, and every other name
    // are left alone. Returns how many files were removed. Errors (a folder that cannot be listed,
    // a file that cannot be removed) are ignored: the leftovers are clutter, never a final name.
    int removeDeadWriters(const QString& target) const;
};

namespace temporary_names {
inline const TemporaryName kOutput{QStringLiteral("."), QStringLiteral("."), 6};
inline const TemporaryName kGenerating{QString(), QStringLiteral(".generating-"), 0};
inline const TemporaryName kMigrating{QString(), QStringLiteral(".migrating-"), 0};
inline const TemporaryName kRestoring{QStringLiteral("."), QStringLiteral(".restoring-"), 0, true};
} // namespace temporary_names

} // namespace fd
