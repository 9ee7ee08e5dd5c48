#include "service/Maintenance.h"

#include "storage/Backup.h"
#include "storage/IntegrityCheck.h"
#include "storage/StatsRepository.h"

namespace fd::service {

Result<DatabaseCounts> Maintenance::counts()
{
    return StatsRepository(m_db).counts();
}

Result<QuickCounts> Maintenance::quickCounts()
{
    return StatsRepository(m_db).quickCounts();
}

Result<QStringList> Maintenance::check()
{
    return IntegrityCheck::run(m_db);
}

Status Maintenance::saveCopy(const QString& target, bool replaceExisting,
                             const QList<ProtectedFile>& alsoProtected,
                             const std::atomic_bool* cancelled)
{
    return Backup::save(m_db, target, replaceExisting, alsoProtected, cancelled);
}

Status Maintenance::restore(const QString& from)
{
    return Backup::restore(m_db, from);
}

Result<QString> Maintenance::saveRolling(int keep, const std::atomic_bool* cancelled)
{
    return Backup::saveRolling(m_db, keep, cancelled);
}

QStringList Maintenance::rollingBackups(const QString& databasePath)
{
    return Backup::rollingBackups(databasePath);
}

bool Maintenance::savedToday(const QString& databasePath)
{
    return Backup::savedToday(databasePath);
}

Result<QString> Maintenance::replaceWithBackup(const QString& databasePath, const QString& backup)
{
    return Backup::replaceWithBackup(databasePath, backup);
}

} // namespace fd::service
