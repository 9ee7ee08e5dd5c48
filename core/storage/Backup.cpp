#include "storage/Backup.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fd {

namespace {

QString quoted(const QString& path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}

bool syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

struct Connection {
    sqlite3* db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
};

} // namespace

Status Backup::save(Database& source, const QString& target)
{
    if (QFileInfo::exists(target))
        return failure(tr("%1 already exists; choose another name or remove it first.")
                           .arg(quoted(target)));
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    const QByteArray partialName = QFile::encodeName(partial);
    {
        const int fd = ::open(partialName.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC,
                              S_IRUSR | S_IWUSR);
        if (fd < 0)
            return failure(tr("Cannot write the backup %1: %2.")
                               .arg(quoted(target), QString::fromLocal8Bit(strerror(errno))));
        ::close(fd);
    }

    auto fail = [&](const QString& why) {
        QFile::remove(partial);
        return failure(tr("Backing up %1 to %2 failed: %3; the original is unchanged.")
                           .arg(quoted(source.path()), quoted(target), why));
    };

    {
        Connection copy;
        int rc = sqlite3_open_v2(partialName.constData(), &copy.db,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
        if (rc != SQLITE_OK)
            return fail(QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_backup* backup = sqlite3_backup_init(copy.db, "main", source.handle(), "main");
        if (!backup)
            return fail(QString::fromUtf8(sqlite3_errmsg(copy.db)));
        do {
            rc = sqlite3_backup_step(backup, 4096);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(20);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            return fail(QString::fromUtf8(sqlite3_errstr(rc)));

        sqlite3_stmt* check = nullptr;
        QString verdict;
        if (sqlite3_prepare_v2(copy.db, "PRAGMA integrity_check", -1, &check, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(check) == SQLITE_ROW) {
            verdict = QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(check, 0)));
        }
        sqlite3_finalize(check);
        if (verdict != QLatin1String("ok"))
            return fail(tr("the copy did not pass integrity_check (%1)").arg(verdict));
        // Fold the copy's WAL back into the file before it is closed and moved.
        sqlite3_exec(copy.db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    }

    if (!syncPath(partial, O_RDONLY))
        return fail(tr("it could not be flushed to disk"));
    if (::rename(partialName.constData(), QFile::encodeName(target).constData()) != 0)
        return fail(QString::fromLocal8Bit(strerror(errno)));
    syncPath(QFileInfo(target).absolutePath(), O_RDONLY | O_DIRECTORY);
    return {};
}

} // namespace fd
