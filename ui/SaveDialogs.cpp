#include "SaveDialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace fd::SaveDialogs {

namespace {

Asker& asker()
{
    static Asker instance;
    return instance;
}

QString settingsKey(Kind kind)
{
    switch (kind) {
    case Kind::Report:
        return QStringLiteral("saveDialogs/report");
    case Kind::Image:
        return QStringLiteral("saveDialogs/image");
    case Kind::Csv:
        return QStringLiteral("saveDialogs/csv");
    case Kind::Backup:
        return QStringLiteral("saveDialogs/backup");
    }
    return QStringLiteral("saveDialogs/other");
}

} // namespace

QString datedName(const QString& stem, const QDate& day, const QString& extension)
{
    return stem + QLatin1Char('-') + day.toString(Qt::ISODate) + QLatin1Char('.') + extension;
}

QString backupName(const QString& databasePath, const QDate& day)
{
    return QFileInfo(databasePath).fileName() + QLatin1Char('.') + day.toString(Qt::ISODate) + QStringLiteral(".backup.sqlite");
}

QString lastFolder(Kind kind, const QString& fallback)
{
    const QString remembered = QSettings().value(settingsKey(kind)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return QFileInfo(remembered).absoluteFilePath();
    if (!fallback.isEmpty() && QFileInfo(fallback).isDir())
        return QFileInfo(fallback).absoluteFilePath();
    return QDir::homePath();
}

void rememberFolder(Kind kind, const QString& savedPath)
{
    QSettings().setValue(settingsKey(kind), QFileInfo(savedPath).absolutePath());
}

QString askSavePath(QWidget* parent, Kind kind, const QString& caption, const QString& fileName,
                    const QString& filter, const QString& fallbackFolder, QFileDialog::Options options)
{
    const QString suggested = QDir(lastFolder(kind, fallbackFolder)).filePath(fileName);
    const QString chosen = asker() ? asker()(caption, suggested, filter)
                                   : QFileDialog::getSaveFileName(parent, caption, suggested, filter, nullptr, options);
    if (chosen.isEmpty())
        return {};
    const QString absolute = QFileInfo(chosen).absoluteFilePath();
    rememberFolder(kind, absolute);
    return absolute;
}

void setAsker(Asker replacement)
{
    asker() = std::move(replacement);
}

} // namespace fd::SaveDialogs
