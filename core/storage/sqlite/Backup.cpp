#include "storage/Backup.h"

#include "common/LeftoverFiles.h"
#include "common/OutputFile.h"
#include "common/Quoted.h"

#include "storage/IntegrityCheck.h"
#include "storage/Schema.h"
#include "storage/SqlError.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <optional>

namespace fd {

namespace {

Backup::StepHook& stepHook()
{
    static Backup::StepHook hook;
    return hook;
}

// The sentence for a database that is not an SQLite file (Backup is SQLite's online backup).
Error notAFile()
{
    return Backup::tr(
        "Only a FunnelDesk file can be backed up or restored here; a database on a server "
        "is backed up with the server's own tools.");
}

struct Connection {
    sqlite3* db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
};

// What integrity_check says is wrong with the copy just written (`db`), for the sentence of
// the failed backup; nothing when it passes.
std::optional<QString> integrityProblem(sqlite3* db)
{
    sqlite3_stmt* check = nullptr;
    QString verdict;
    int rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &check, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(check);
    if (rc == SQLITE_ROW)
        verdict = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(check, 0)));
    else
        verdict = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(check);
    if (rc != SQLITE_ROW)
        return Backup::tr("checking the copy failed (%1)").arg(verdict);
    // Problems one a line, after a line "*** in database main ***"; a page integrity_check
    // could not read is an error of the check, not damage.
    static const QLatin1String unreadable("unable to get the page. error code=");
    QStringList problems = verdict.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    problems.removeIf(
        [](const QString& line) { return line.startsWith(QLatin1String("*** in database")); });
    for (const QString& line : std::as_const(problems)) {
        if (const qsizetype at = line.indexOf(unreadable); at >= 0)
            return Backup::tr("reading the copy back failed (%1)")
                .arg(QString::fromUtf8(sqlite3_errstr(line.mid(at + unreadable.size()).toInt())));
    }
    if (problems != QStringList{QStringLiteral("ok")})
        return Backup::tr("the copy did not pass integrity_check (%1)")
            .arg(problems.join(QStringLiteral("; ")));
    return std::nullopt;
}

bool isBusy(int rc)
{
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

// sqlite3_backup_step(`pages` a step) until it is done, fails, `stop` is set, or another
// connection's lock has kept it from going on for longer than `busyMs` (the busy timeout of
// the database whose lock it waits for, as a statement's would end): then SQLITE_BUSY or
// SQLITE_LOCKED is returned. SQLite's busy handler does not cover the backup API's steps.
int stepAll(sqlite3_backup* backup, int pages, int busyMs, const std::atomic_bool& stop,
            const std::function<void()>& afterStep = {})
{
    // Measured from the last step that got on: a step's own wait in the busy handler (the
    // destination's, https://www.sqlite.org/c3ref/backup_finish.html) counts too.
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, pages);
        if (isBusy(rc)) {
            if (sinceProgress.elapsed() >= busyMs)
                return rc;
            sqlite3_sleep(20);
        } else {
            sinceProgress.restart();
        }
        if (afterStep)
            afterStep();
    } while ((rc == SQLITE_OK || isBusy(rc)) && !stop);
    return rc;
}

int busyTimeoutOf(const Database& db)
{
    return static_cast<const SqliteDatabase&>(db).busyTimeoutMs();
}

} // namespace

void Backup::setStepHook(StepHook hook)
{
    stepHook() = std::move(hook);
}

Status Backup::save(Database& source, const QString& target, bool replaceExisting,
                    const QList<ProtectedFile>& alsoProtected, const std::atomic_bool* cancelled)
{
    static const std::atomic_bool never{false};
    const std::atomic_bool& stop = cancelled ? *cancelled : never;
    sqlite3* const from = SqliteDatabase::handleOf(source);
    if (!from)
        return failure(notAFile());
    QList<ProtectedFile> protectedFiles;
    if (!source.hasMoved())
        protectedFiles.append({source.path(), tr("the database being backed up"), true});
    protectedFiles += alsoProtected;
    auto opened = OutputFile::open(target, protectedFiles);
    if (!opened)
        return failure(opened.error());
    OutputFile& out = **opened;
    if (out.temporaryPath().isEmpty())
        return failure(
            tr("%1 is not a regular file; a backup must be one.").arg(quotedPath(target)));
    if (!replaceExisting && QFileInfo::exists(target))
        return failure(tr("%1 already exists; choose another name or remove it first.")
                           .arg(quotedPath(target)));
    const QString partial = out.temporaryPath();
    const QByteArray partialName = QFile::encodeName(partial);

    auto fail = [&](const QString& why) {
        out.cancel();
        for (const char* suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(partial + QLatin1String(suffix));
        return failure(tr("Backing up %1 to %2 failed: %3; the original is unchanged.")
                           .arg(quotedPath(source.path()), quotedPath(target), why));
    };

    {
        Connection copy;
        int rc = sqlite3_open_v2(partialName.constData(), &copy.db,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
        if (rc != SQLITE_OK)
            return fail(QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_backup* backup = sqlite3_backup_init(copy.db, "main", from, "main");
        if (!backup)
            return fail(QString::fromUtf8(sqlite3_errmsg(copy.db)));
        rc = stepAll(backup, 4096, busyTimeoutOf(source), stop, [&] {
            if (stepHook())
                stepHook()(stop);
        });
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE && stop)
            return fail(tr("it was cancelled"));
        if (isBusy(rc)) {
            // Only the database being backed up is shared: the copy is this connection's own.
            (void)fail(QString());
            return failure(source.describe(SqlError(rc, QString::fromUtf8(sqlite3_errstr(rc)))));
        }
        if (rc != SQLITE_DONE)
            return fail(QString::fromUtf8(sqlite3_errstr(rc)));

        if (const auto problem = integrityProblem(copy.db))
            return fail(*problem);
        // Fold the copy's WAL back into the file before it is closed and moved.
        rc = sqlite3_exec(copy.db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return fail(QString::fromUtf8(sqlite3_errmsg(copy.db)));
        rc = sqlite3_close(copy.db);
        copy.db = nullptr;
        if (rc != SQLITE_OK)
            return fail(QString::fromUtf8(sqlite3_errstr(rc)));
    }
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(partial + QLatin1String(suffix));
    // The copy was written by SQLite through the temporary's path; commit() fsyncs it (the
    // same file), renames it into place and syncs the folder.
    if (!replaceExisting && QFileInfo::exists(target))
        return fail(tr("%1 appeared meanwhile").arg(quotedPath(target)));
    if (auto committed = out.commit(); !committed)
        return failure(committed.error());
    return {};
}

namespace {

// Where an older backup is copied to be upgraded: a file beside the database it goes into,
// ".NAME.restoring-PID" (common/LeftoverFiles.h), removed with everything SQLite and the
// upgrade wrote beside it (-wal, -shm, the .bak). What killed restores left is removed first.
class Scratch {
public:
    explicit Scratch(const QString& besideOf)
    {
        const QFileInfo info(besideOf);
        m_folder = info.absolutePath();
        m_name = QFileInfo(temporary_names::kRestoring.pathFor(besideOf)).fileName();
        temporary_names::kRestoring.removeDeadWriters(info.absoluteFilePath());
    }
    ~Scratch() { clear(); }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;

    QString path() const { return QDir(m_folder).filePath(m_name); }
    // The scratch file and every name that goes on from it with '-' or '.' (not the scratch
    // of a process whose id merely starts with this one's).
    void clear() const
    {
        const QDir folder(m_folder);
        for (const QString& name : filesStartingWith(folder, m_name)) {
            if (name.size() == m_name.size() || name.at(m_name.size()) == QLatin1Char('-') ||
                name.at(m_name.size()) == QLatin1Char('.'))
                QFile::remove(folder.filePath(name));
        }
    }

private:
    QString m_folder;
    QString m_name;
};

// Copies `from` (open, any schema) to the new file `to` through SQLite's backup API.
Status copyInto(sqlite3* from, const QString& to, const QString& shownFrom)
{
    Connection copy;
    const QByteArray name = QFile::encodeName(to);
    int rc =
        sqlite3_open_v2(name.constData(), &copy.db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    sqlite3_backup* backup =
        rc == SQLITE_OK ? sqlite3_backup_init(copy.db, "main", from, "main") : nullptr;
    if (backup) {
        static const std::atomic_bool never{false};
        rc = stepAll(backup, -1, defaultBusyTimeoutMs(), never);
        sqlite3_backup_finish(backup);
    }
    if (!backup || rc != SQLITE_DONE)
        return failure(
            Backup::tr("Copying the backup %1 to %2 to upgrade it failed: %3; nothing was changed.")
                .arg(quotedPath(shownFrom), quotedPath(to),
                     copy.db ? QString::fromUtf8(sqlite3_errmsg(copy.db))
                             : QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

// A backup that may be put in place: opens as a FunnelDesk file and passes every check. The
// backup itself is only ever read (Options::upgrade false): one of an older schema is copied
// to `scratch`, beside the database it is for, and upgraded and checked there.
Result<std::unique_ptr<Database>> checkedBackup(const QString& from, const Scratch& scratch)
{
    auto source = SqliteDatabase::openInput(from);
    if (!source)
        return failure(source.error());
    auto version = (*source)->guard([&] { return Schema::version(**source); });
    if (!version)
        return failure(version.error());
    if (*version < Schema::kVersion) {
        scratch.clear();
        if (auto copied = copyInto(SqliteDatabase::handleOf(**source), scratch.path(), from);
            !copied)
            return failure(copied.error());
        source->reset();
        Database::Options writable;
        writable.createIfMissing = false;
        source = Database::open(scratch.path(), writable); // upgrades the copy
        if (!source)
            return failure(
                Backup::tr("The backup %1 could not be upgraded to this FunnelDesk's schema: %2")
                    .arg(quotedPath(from), source.error()));
    }
    auto problems = IntegrityCheck::run(**source);
    if (!problems)
        return failure(problems.error());
    if (!problems->isEmpty())
        return failure(Backup::tr("The backup %1 is damaged (%2); choose another one.")
                           .arg(quotedPath(from), problems->first()));
    return source;
}

// The scratch copy at `path`, written again with pages of `pageSize` bytes: SQLite's backup API
// refuses to copy pages of another size into a file in WAL, as an open FunnelDesk file is
// ("attempt to write a readonly database"), and a file filled in bulk has larger pages than one
// made empty (BulkLoad::kPageSize). The copy leaves WAL first: its page size changes only by a
// VACUUM outside it (https://www.sqlite.org/pragma.html#pragma_page_size).
Status repaged(const QString& path, qint64 pageSize, const QString& shownFrom)
{
    Connection copy;
    const QByteArray name = QFile::encodeName(path);
    int rc = sqlite3_open_v2(name.constData(), &copy.db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    const QByteArray sql =
        "PRAGMA journal_mode = DELETE; PRAGMA page_size = " + QByteArray::number(pageSize) +
        "; VACUUM;";
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(copy.db, sql.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return failure(Backup::tr("Copying the backup %1 to %2 to give it the open database's "
                                  "page size failed: %3; nothing was changed.")
                           .arg(quotedPath(shownFrom), quotedPath(path),
                                copy.db ? QString::fromUtf8(sqlite3_errmsg(copy.db))
                                        : QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

// checkedBackup's answer with pages of the target's size: as it is when they already are, else a
// scratch copy written again (repaged()).
Result<std::unique_ptr<Database>> withPagesOf(Database& target, std::unique_ptr<Database> source,
                                              const QString& from, const Scratch& scratch)
{
    qint64 want = 0;
    qint64 have = 0;
    if (auto read = target.guard([&] { want = target.scalar("PRAGMA page_size"); }); !read)
        return failure(read.error());
    if (auto read = source->guard([&] { have = source->scalar("PRAGMA page_size"); }); !read)
        return failure(read.error());
    if (want == have)
        return source;
    if (source->path() != scratch.path()) { // the backup itself is only read
        scratch.clear();
        if (auto copied = copyInto(SqliteDatabase::handleOf(*source), scratch.path(), from);
            !copied)
            return failure(copied.error());
    }
    source.reset(); // the last connection to the copy: its WAL is checkpointed and removed
    if (auto done = repaged(scratch.path(), want, from); !done)
        return failure(done.error());
    auto reopened = SqliteDatabase::openInput(scratch.path());
    if (!reopened)
        return failure(reopened.error());
    return std::move(*reopened);
}

} // namespace

Status Backup::restore(Database& target, const QString& from)
{
    sqlite3* const into = SqliteDatabase::handleOf(target);
    if (!into)
        return failure(notAFile());
    if (OutputFile::isSameFile(from, target.path()))
        return failure(tr("%1 is the open database itself; restore needs a backup of it, such as "
                          "one in %2.")
                           .arg(quotedPath(from), quotedPath(rollingFolder(target.path()))));
    const Scratch scratch(target.path());
    auto checked = checkedBackup(from, scratch);
    if (!checked)
        return failure(checked.error());
    auto source = withPagesOf(target, std::move(*checked), from, scratch);
    if (!source)
        return failure(source.error());
    sqlite3_backup* backup =
        sqlite3_backup_init(into, "main", SqliteDatabase::handleOf(**source), "main");
    if (!backup)
        return failure(tr("Restoring %1 failed: %2; nothing was changed.")
                           .arg(quotedPath(from), QString::fromUtf8(sqlite3_errmsg(into))));
    static const std::atomic_bool never{false};
    // All pages in one step: one transaction. Waits for another program's lock on the target
    // as long as a statement on it would, then says who holds it.
    const int rc = stepAll(backup, -1, busyTimeoutOf(target), never);
    sqlite3_backup_finish(backup);
    if (isBusy(rc))
        return failure(target.describe(SqlError(rc, QString::fromUtf8(sqlite3_errstr(rc)))));
    if (rc != SQLITE_DONE)
        return failure(tr("Restoring %1 into %2 failed: %3; nothing was changed.")
                           .arg(quotedPath(from), quotedPath(target.path()),
                                QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

QString Backup::rollingFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".backups");
}

QStringList Backup::rollingBackups(const QString& databasePath)
{
    const QDir folder(rollingFolder(databasePath));
    QStringList paths;
    const QString base = QFileInfo(databasePath).completeBaseName();
    for (const QString& name :
         folder.entryList({base + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name))
        paths << folder.filePath(name);
    return paths;
}

bool Backup::savedToday(const QString& databasePath)
{
    const QStringList all = rollingBackups(databasePath);
    return !all.isEmpty() && QFileInfo(all.last()).lastModified().date() == QDate::currentDate();
}

Result<QString> Backup::saveRolling(Database& source, int keep, const std::atomic_bool* cancelled)
{
    const QString folder = rollingFolder(source.path());
    if (!QDir().mkpath(folder))
        return failure(tr("Cannot create the backup folder %1.").arg(quotedPath(folder)));
    const QString target = QDir(folder).filePath(
        QFileInfo(source.path()).completeBaseName() + QLatin1Char('-') +
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
        QStringLiteral(".sqlite"));
    if (auto saved = save(source, target, false, {}, cancelled); !saved)
        return failure(saved.error());
    QStringList all = rollingBackups(source.path());
    while (all.size() > keep)
        QFile::remove(all.takeFirst());
    return target;
}

Result<QString> Backup::replaceWithBackup(const QString& databasePath, const QString& backup)
{
    {
        const Scratch scratch(databasePath);
        auto source = checkedBackup(backup, scratch);
        if (!source)
            return failure(source.error());
    }
    const QString aside = databasePath + QStringLiteral(".damaged-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // The copy is complete and on disk under a temporary name before the damaged file moves.
    auto opened = OutputFile::open(databasePath, {{backup, tr("the backup being restored"), true}});
    if (!opened)
        return failure(opened.error());
    OutputFile& out = **opened;
    QFile from(backup);
    if (!from.open(QIODevice::ReadOnly))
        return failure(
            tr("Cannot read the backup %1: %2.").arg(quotedPath(backup), from.errorString()));
    while (!from.atEnd()) {
        const QByteArray chunk = from.read(qint64{1} << 20);
        if (chunk.isEmpty() || out.device().write(chunk) != chunk.size())
            break;
    }
    if (from.error() != QFileDevice::NoError)
        return failure(
            tr("Cannot read the backup %1: %2.").arg(quotedPath(backup), from.errorString()));
    if (auto synced = out.sync(); !synced)
        return failure(synced.error());
    if (QFileInfo::exists(databasePath) && !QFile::rename(databasePath, aside)) {
        out.cancel();
        return failure(tr("Cannot move the damaged %1 aside; nothing was changed.")
                           .arg(quotedPath(databasePath)));
    }
    for (const char* suffix : {"-wal", "-shm"})
        QFile::rename(databasePath + QLatin1String(suffix), aside + QLatin1String(suffix));
    if (auto committed = out.commit(); !committed)
        return failure(
            tr("Cannot put the backup in place of %1 (the damaged file is kept as %2): %3")
                .arg(quotedPath(databasePath), quotedPath(aside), committed.error()));
    return aside;
}

} // namespace fd
