// Every "save as" question in the window: a suggested file name for the kind of file, in
// the folder the user last saved any file in (issue 15: "Save dialogs suggest a file name
// and remember the last folder"; hostile tester #5: one folder for every kind, not one per
// kind). New databases are asked here too.
#pragma once

#include <QDate>
#include <QFileDialog>
#include <QString>

#include <functional>

namespace fd::SaveDialogs {

// What is saved. Every kind shares one remembered folder (QSettings "saveDialogs/lastFolder");
// a Database is a new file, so its suggested name is one not taken in that folder, and the
// dialog does not offer to replace one (the caller refuses an existing file in its words).
enum class Kind { Report, Image, Csv, Backup, Database };

// "<stem>-<yyyy-MM-dd>.<extension>", e.g. "onboarding-2026-11-30.pdf"; `day` is a local day.
QString datedName(const QString& stem, const QDate& day, const QString& extension);

// A backup's name beside its database: "<file>.<yyyy-MM-dd>.backup.sqlite" (the name only).
QString backupName(const QString& databasePath, const QDate& day);

// The folder the last file of any kind was saved in (if it still exists); before the
// first, `fallback`, else the home folder. Absolute.
QString lastFolder(const QString& fallback = {});
// A folder to write a file the user did not ask a place for (the import's rejected rows):
// the folder the last file of any kind was saved in, if it exists and can be written;
// else the application's data folder (QStandardPaths::AppDataLocation, made if missing).
// Never the folder of a file read (a read-only share, a USB stick: hostile tester, final
// round). Absolute; empty only if the data folder cannot be made.
QString writableFolder();
// Remembers the folder of `savedPath` for the next question, whatever its kind.
void rememberFolder(const QString& savedPath);

// `fileName` if no file of that name is in `folder`, else "<stem>-2.<ext>", "-3", … the
// first free one.
QString unusedName(const QString& folder, const QString& fileName);

// Asks where to save, starting in lastFolder(fallbackFolder) with `fileName` filled in
// (for Kind::Database, unusedName() of it); remembers the folder chosen. The absolute
// path, or empty when cancelled.
QString askSavePath(QWidget* parent, Kind kind, const QString& caption, const QString& fileName,
                    const QString& filter, const QString& fallbackFolder = {},
                    QFileDialog::Options options = {});

// Tests: answers in place of the dialog, given the suggested absolute path (empty: the
// user cancelled). An empty function brings the dialog back.
using Asker = std::function<QString(const QString& caption, const QString& suggestedPath,
                                    const QString& filter)>;
void setAsker(Asker asker);

} // namespace fd::SaveDialogs
