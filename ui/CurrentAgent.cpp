#include "CurrentAgent.h"

#include "common/Location.h"

#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

namespace fd {

namespace {

const QString kKey = QStringLiteral("agent/perFile"); // file key → agent id

} // namespace

CurrentAgent& CurrentAgent::instance()
{
    static CurrentAgent notifier;
    return notifier;
}

QString CurrentAgent::fileKey(const QString& databasePath)
{
    // A server's database by its Location key (user, host, port, database; never a password):
    // one remembered agent per database, not one for every server.
    if (const Result<Location> where = Location::parse(databasePath); where && where->isServer())
        return where->key();
    const QFileInfo info(databasePath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

std::optional<qint64> CurrentAgent::remembered(const QString& databasePath)
{
    const QVariantMap files = QSettings().value(kKey).toMap();
    const QVariant id = files.value(fileKey(databasePath));
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

void CurrentAgent::remember(const QString& databasePath, qint64 agentId)
{
    QSettings settings;
    QVariantMap files = settings.value(kKey).toMap();
    files.insert(fileKey(databasePath), agentId);
    settings.setValue(kKey, files);
    emit instance().changed(fileKey(databasePath));
}

void CurrentAgent::forget(const QString& databasePath)
{
    QSettings settings;
    QVariantMap files = settings.value(kKey).toMap();
    files.remove(fileKey(databasePath));
    settings.setValue(kKey, files);
    emit instance().changed(fileKey(databasePath));
}

void CurrentAgent::added(const QString& databasePath)
{
    emit instance().agentAdded(fileKey(databasePath));
}

} // namespace fd
