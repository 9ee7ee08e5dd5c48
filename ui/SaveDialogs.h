// Every "save as" question in the window: a suggested file name, in the folder the user
// last saved that kind of file in (issue 15: "Save dialogs suggest a file name and
// remember the last folder").
#pragma once

#include <QDate>
#include <QFileDialog>
#include <QString>

#include <functional>

namespace fd::SaveDialogs {

// What is saved; each kind remembers its own folder (QSettings "saveDialogs/<kind>").
enum class Kind { Report, Image, Csv, Backup };

// "<stem>-<yyyy-MM-dd>.<extension>", e.g. "onboarding-2026-11-30.pdf"; `day` is a local day.
QString datedName(const QString& stem, const QDate& day, const QString& extension);

// A backup's name beside its database: "<file>.<yyyy-MM-dd>.backup.sqlite" (the name only).
QString backupName(const QString& databasePath, const QDate& day);

// The folder a file of `kind` was last saved in (if it still exists); before the first,
// `fallback`, else the home folder. Absolute.
QString lastFolder(Kind kind, const QString& fallback = {});
// Remembers the folder of `savedPath` for the next question about `kind`.
void rememberFolder(Kind kind, const QString& savedPath);

// Asks where to save, starting in lastFolder(kind, fallbackFolder) with `fileName` filled
// in; remembers the folder chosen. The absolute path, or empty when cancelled.
QString askSavePath(QWidget* parent, Kind kind, const QString& caption, const QString& fileName,
                    const QString& filter, const QString& fallbackFolder = {},
                    QFileDialog::Options options = {});

// Tests: answers in place of the dialog, given the suggested absolute path (empty: the
// user cancelled). An empty function brings the dialog back.
using Asker = std::function<QString(const QString& caption, const QString& suggestedPath, const QString& filter)>;
void setAsker(Asker asker);

} // namespace fd::SaveDialogs
