#include "SaveDialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace fd::SaveDialogs {

namespace {

Asker& asker()
{
    static Asker instance;
    return instance;
}

const char* const kFolderKey = "saveDialogs/lastFolder";

} // namespace

QString datedName(const QString& stem, const QDate& day, const QString& extension)
{
    return stem + QLatin1Char('-') + day.toString(Qt::ISODate) + QLatin1Char('.') + extension;
}

QString backupName(const QString& databasePath, const QDate& day)
{
    return QFileInfo(databasePath).fileName() + QLatin1Char('.') + day.toString(Qt::ISODate) +
           QStringLiteral(".backup.sqlite");
}

QString lastFolder(const QString& fallback)
{
    const QString remembered = QSettings().value(QLatin1String(kFolderKey)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return QFileInfo(remembered).absoluteFilePath();
    if (!fallback.isEmpty() && QFileInfo(fallback).isDir())
        return QFileInfo(fallback).absoluteFilePath();
    return QDir::homePath();
}

QString writableFolder()
{
    const QString remembered = QSettings().value(QLatin1String(kFolderKey)).toString();
    if (const QFileInfo folder(remembered);
        !remembered.isEmpty() && folder.isDir() && folder.isWritable())
        return folder.absoluteFilePath();
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (data.isEmpty() || !QDir().mkpath(data))
        return {};
    return QFileInfo(data).absoluteFilePath();
}

void rememberFolder(const QString& savedPath)
{
    QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(savedPath).absolutePath());
}

QString unusedName(const QString& folder, const QString& fileName)
{
    const QDir dir(folder);
    if (!QFileInfo::exists(dir.filePath(fileName)))
        return fileName;
    const QFileInfo info(fileName);
    const QString stem = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 2;; ++n) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(n) + suffix;
        if (!QFileInfo::exists(dir.filePath(candidate)))
            return candidate;
    }
}

QString askSavePath(QWidget* parent, Kind kind, const QString& caption, const QString& fileName,
                    const QString& filter, const QString& fallbackFolder,
                    QFileDialog::Options options)
{
    const QString folder = lastFolder(fallbackFolder);
    const QString suggested =
        QDir(folder).filePath(kind == Kind::Database ? unusedName(folder, fileName) : fileName);
    if (kind == Kind::Database)
        options |= QFileDialog::DontConfirmOverwrite;
    const QString chosen = asker() ? asker()(caption, suggested, filter)
                                   : QFileDialog::getSaveFileName(parent, caption, suggested,
                                                                  filter, nullptr, options);
    if (chosen.isEmpty())
        return {};
    const QString absolute = QFileInfo(chosen).absoluteFilePath();
    rememberFolder(absolute);
    return absolute;
}

void setAsker(Asker replacement)
{
    asker() = std::move(replacement);
}

} // namespace fd::SaveDialogs
