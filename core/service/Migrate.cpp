#include "service/Migrate.h"

#include "common/LeftoverFiles.h"
#include "common/OutputFile.h"
#include "common/Quoted.h"
#include "service/Maintenance.h"
#include "storage/AuditLog.h"
#include "storage/CopyAll.h"
#include "storage/Database.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgDatabase.h"
#include "storage/postgres/PgSchema.h"
#include "storage/postgres/PgTeam.h"
#include "storage/Schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace fd::service {

// QT_LOGGING_RULES="funneldesk.migrate.debug=true" times each step of the copy.
Q_LOGGING_CATEGORY(lcMigrate, "funneldesk.migrate", QtWarningMsg)

namespace {

QString shown(const Location& where)
{
    return where.isFile() ? QDir::toNativeSeparators(where.path()) : where.display();
}

// The new file under its temporary name beside the target ("NAME.migrating-PID", after what
// killed runs for the same target left is removed: common/LeftoverFiles.h), removed with
// whatever SQLite left beside it unless place() renamed it into place. Registered with
// TemporaryFiles, so a signal that ends the program removes it too.
class NewFile {
public:
    explicit NewFile(const QString& target)
        : m_target(target), m_temporary(temporary_names::kMigrating.pathFor(target))
    {
        remove(); // left by a killed run with the same process id
        temporary_names::kMigrating.removeDeadWriters(target);
        m_handle = TemporaryFiles::add(m_temporary);
    }
    ~NewFile()
    {
        if (!m_placed)
            remove();
        TemporaryFiles::release(m_handle);
    }
    NewFile(const NewFile&) = delete;
    NewFile& operator=(const NewFile&) = delete;

    const QString& path() const { return m_temporary; }
    // Renames the closed file into place; never over a file that appeared meanwhile.
    Status place()
    {
        if (!QFile::rename(m_temporary, m_target))
            return failure(
                Migrate::tr("Cannot create %1: another file of that name appeared while migrating; "
                            "nothing was written.")
                    .arg(quotedPath(m_target)));
        m_placed = true;
        // An empty -wal or -shm a close could not remove: the rows are in the file.
        for (const char* suffix : {"-wal", "-shm"})
            QFile::remove(m_temporary + QLatin1String(suffix));
        return {};
    }

private:
    static void remove(const QString& path)
    {
        for (const char* suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    void remove() const { remove(m_temporary); }
    QString m_target;
    QString m_temporary;
    int m_handle = -1;
    bool m_placed = false;
};

// `ask`, asked at most once per server: the connection that checks a target and the Database
// that then writes to it want the same password.
Migrate::PasswordPrompt askedOnce(const Migrate::PasswordPrompt& ask)
{
    if (!ask)
        return {};
    auto given = std::make_shared<std::map<QString, std::optional<QString>>>();
    return [ask, given](const QString& display) {
        auto known = given->find(display);
        if (known == given->end())
            known = given->emplace(display, ask(display)).first;
        return known->second;
    };
}

Result<std::unique_ptr<Database>> openSource(const Location& source,
                                             const Migrate::PasswordPrompt& askPassword)
{
    if (source.isFile() && !QFileInfo(source.path()).isFile())
        return failure(Migrate::tr("There is no FunnelDesk file %1 to migrate.")
                           .arg(quotedPath(source.path())));
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.createIfMissing = false;
    options.askPassword = askPassword;
    return Database::open(source, options);
}

QString versionMismatch(const Location& source, int sourceVersion, const QString& target,
                        int targetVersion)
{
    // The advice names the side to act on: one newer than this build was made by a newer
    // FunnelDesk, which this one cannot bring down; otherwise the older one is brought up by
    // opening it here.
    const QString sourceName = quoted(shown(source));
    const bool sourceNewer = sourceVersion > targetVersion;
    const int newer = std::max(sourceVersion, targetVersion);
    const QString advice =
        newer > Schema::kVersion
            ? Migrate::tr("%1 was made by a newer FunnelDesk (this one knows versions up to %2): "
                          "run the migrate with that FunnelDesk.")
                  .arg(sourceNewer ? sourceName : target)
                  .arg(Schema::kVersion)
            : Migrate::tr("open %1 with this FunnelDesk to bring it up to date first.")
                  .arg(sourceNewer ? target : sourceName);
    return Migrate::tr("%1 has FunnelDesk's schema version %2 and %3 version %4; migrate copies "
                       "only between databases of the same version: %5")
        .arg(sourceName)
        .arg(sourceVersion)
        .arg(target)
        .arg(targetVersion)
        .arg(advice);
}

// A file target: refused when anything is there; else a new FunnelDesk file under `file`'s
// temporary name.
Result<std::unique_ptr<Database>> openNewFile(const QString& target, const NewFile& file)
{
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink())
        return failure(
            Migrate::tr(
                "%1 already exists; migrate writes a new FunnelDesk file and never touches one "
                "that exists.")
                .arg(quotedPath(target)));
    if (!QFileInfo(info.absolutePath()).isDir())
        return failure(
            Migrate::tr("Cannot create %1: the folder %2 does not exist; create it first or choose "
                        "another path.")
                .arg(quotedPath(target), quotedPath(info.absolutePath())));
    Database::Options options;
    options.access = Database::Access::ReadWrite;
    return Database::open(file.path(), options);
}

// The target, opened: the Database the rows go to, and for a server whose schema was made
// here the connection that made it (kept to drop it again when the copy fails: init commits
// on its own).
struct Target {
    std::unique_ptr<Database> db;
    std::optional<pg::Connection> maker; // set when the schema was made here
    bool initOwner = false; // it holds init's owner agent (pg::Team::ownerRows), to drop
};

// Undoes the schema made for a copy that failed; `why` is what the user is told either way.
Error undoSchema(Target& to, const Error& why)
{
    to.db.reset();
    if (!to.maker)
        return why;
    const Status dropped = pg::Schema::dropEmpty(*to.maker);
    to.maker.reset();
    if (dropped)
        return why;
    return Migrate::tr("%1 FunnelDesk's empty schema made for the copy stays behind: %2")
        .arg(why, dropped.error());
}

// A server target: its current schema empty (FunnelDesk's is then made there, as `init`
// does) or FunnelDesk's of `sourceVersion` without rows. The server's, the schema's and the
// database's refusals go out unchanged.
Result<Target> openServer(const Location& source, int sourceVersion, const Location& target,
                          const Migrate::PasswordPrompt& askPassword)
{
    pg::ConnectOptions connect;
    connect.askPassword = askPassword;
    auto conn = pg::Connection::open(target, connect);
    if (!conn)
        return failure(conn.error());
    const auto state = pg::Schema::inspect(*conn);
    if (!state)
        return failure(state.error());
    const QString place = Migrate::tr("database %1 (schema %2) on %3")
                              .arg(quoted(state->database), quoted(state->schema), conn->display());
    using Kind = pg::Schema::State::Kind;
    if (state->kind == Kind::NotFunnelDesk)
        return failure(
            Migrate::tr(
                "The %1 already holds tables or functions that are not FunnelDesk's; migrate "
                "copies only into an empty database or schema.")
                .arg(place));
    const int targetVersion =
        state->kind == Kind::FunnelDesk ? state->version : pg::Schema::kVersion;
    if (targetVersion != sourceVersion)
        return failure(versionMismatch(source, sourceVersion, Migrate::tr("the %1").arg(place),
                                       targetVersion));
    Target server;
    if (state->kind == Kind::Empty) {
        if (const Status made = pg::Schema::init(*conn); !made)
            return failure(made.error());
        server.maker = std::move(*conn);
    }
    Database::Options options;
    options.access = Database::Access::ReadWrite;
    options.askPassword = askPassword;
    auto db = Database::open(target, options);
    if (!db)
        return failure(undoSchema(server, db.error()));
    server.db = std::move(*db);
    auto rows = server.db->guard([&] { return CopyAll::dataRows(*server.db); });
    if (!rows)
        return failure(undoSchema(server, rows.error()));
    // init made its owner an agent (issue 17): that is no data, the copy's owner is claimed again.
    const Result<qint64> owner = pg::Team::ownerRows(*server.db);
    if (!owner)
        return failure(undoSchema(server, owner.error()));
    server.initOwner = *owner > 0;
    if (*rows > *owner)
        return failure(
            Migrate::tr(
                "The %1 already holds FunnelDesk's data (%2 rows); migrate copies only into an "
                "empty database, so that nothing there is mixed or lost.")
                .arg(place)
                .arg(*rows - *owner));
    return server;
}

// The copy itself, in one transaction on `to` that commits only when `check` passes.
// `beforeCopy` and `beforeCheck`, when set, run in that transaction before the first row is
// copied and after the rows are in (a failure rolls all back).
Result<std::vector<Migrate::Table>> copyAll(Database& from, Database& to,
                                            const Migrate::Progress& progress,
                                            const std::atomic_bool* cancelled, const QString& what,
                                            const std::function<Status()>& beforeCopy = {},
                                            const std::function<Status()>& beforeCheck = {})
{
    const auto failed = [&](const QString& why) {
        return failure(
            Migrate::tr("Migrating %1 failed, and nothing was written: %2").arg(what, why));
    };
    QElapsedTimer timer;
    timer.start();
    const auto step = [&](const char* done) {
        qCDebug(lcMigrate, "%s: %lld ms", done, timer.restart());
    };
    try {
        // The copied rows are the source's; its audit log comes along and the target's
        // triggers log none of them (settings, which a bulk session leaves triggers on, too).
        AuditPause quiet(to);
        CopyAll copy(from, to);
        if (beforeCopy) {
            if (const Status done = beforeCopy(); !done)
                return failed(done.error());
        }
        std::vector<CopyAll::Copied> copied = copy.copy(progress, cancelled);
        step("rows");
        copy.finish();
        step("indexes, triggers, search, sequences");
        // The copy is one entry of the target's audit log, after the source's own entries.
        qint64 rows = 0;
        for (const CopyAll::Copied& table : copied)
            rows += table.rows;
        AuditLog(to).recordBulk(QStringLiteral("migrate"), QStringLiteral("*"), rows);
        if (beforeCheck) {
            if (const Status done = beforeCheck(); !done)
                return failed(done.error());
        }
        const Result<QStringList> problems = Maintenance(to).check();
        step("check");
        if (!problems)
            return failed(problems.error());
        if (!problems->isEmpty())
            return failed(Migrate::tr("the copy failed %Ln check(s), the first: %1", nullptr,
                                      int(problems->size()))
                              .arg(problems->constFirst()));
        if (cancelled != nullptr && cancelled->load())
            throw CopyAll::Cancelled{};
        copy.commit();
        step("commit");
        std::vector<Migrate::Table> tables;
        tables.reserve(copied.size());
        for (const CopyAll::Copied& table : copied)
            tables.push_back({QString::fromLatin1(table.table), table.rows});
        return tables;
    } catch (const CopyAll::Cancelled&) {
        return failure(Migrate::tr("Migrating %1 was cancelled; nothing was written.").arg(what));
    } catch (const CopyAll::SourceError& error) {
        return failed(from.describe(*error.error));
    } catch (const SqlError& error) {
        return failed(to.describe(error));
    }
}

// Every row into the file itself before it is closed and renamed: SQLite ignores a
// checkpoint that fails as the last connection closes, which would leave the rows in
// the temporary name's -wal and rename a file without them into place.
Status foldIntoFile(Database& db, const NewFile& file, const QString& what)
{
    bool busy = false;
    const Status folded = db.guard([&] {
        auto q = db.query("PRAGMA wal_checkpoint(TRUNCATE)");
        busy = q->step() && q->int64(0) != 0;
    });
    if (!folded || busy)
        return failure(Migrate::tr("Migrating %1 failed, and nothing was written: %2")
                           .arg(what, folded
                                          ? Migrate::tr("another program kept the new file %1 open")
                                                .arg(quotedPath(file.path()))
                                          : QString(folded.error())));
    return {};
}

// On a server, the login that runs the migrate is its first manager (issue 17), with an
// agent: the copy's agent of its name, else one added; in the copy's transaction.
Status claimOwnerAgent(Database& db, Migrate::Report& report)
{
    pg::Connection* conn = PgDatabase::connectionOf(db);
    if (conn == nullptr)
        return {};
    auto owner = pg::Team::claimOwnerAgent(*conn, report.ownerAdded, report.ownerFormerLogin,
                                           report.loginsLeftOut);
    if (!owner)
        return failure(owner.error());
    report.owner = owner->login;
    report.ownerAgent = owner->name;
    auto without = pg::Team::withoutLogin(db);
    if (!without)
        return failure(without.error());
    report.agentsWithoutLogin = *without;
    return {};
}

} // namespace

Result<Migrate::Report> Migrate::run(const Location& source, const Location& target,
                                     const PasswordPrompt& askPassword, const Progress& progress,
                                     const std::atomic_bool* cancelled)
{
    QElapsedTimer timer;
    timer.start();
    if (source == target || (source.isFile() && target.isFile() &&
                             OutputFile::isSameFile(source.path(), target.path())))
        return failure(tr("%1 is the database being migrated; copy it to a new file or to an empty "
                          "database on "
                          "a server instead.")
                           .arg(quoted(shown(target))));
    const PasswordPrompt ask = askedOnce(askPassword);
    auto from = openSource(source, ask);
    if (!from)
        return failure(from.error());
    const auto sourceVersion = (*from)->guard([&] { return CopyAll::schemaVersion(**from); });
    if (!sourceVersion)
        return failure(sourceVersion.error());

    std::unique_ptr<NewFile> file;
    Target to;
    if (target.isFile()) {
        file = std::make_unique<NewFile>(target.path());
        auto opened = openNewFile(target.path(), *file);
        if (!opened)
            return failure(opened.error());
        to.db = std::move(*opened);
        const auto targetVersion = to.db->guard([&] { return CopyAll::schemaVersion(*to.db); });
        if (!targetVersion)
            return failure(targetVersion.error());
        if (*targetVersion != *sourceVersion)
            return failure(
                versionMismatch(source, *sourceVersion, tr("a new file"), *targetVersion));
    } else {
        auto opened = openServer(source, *sourceVersion, target, ask);
        if (!opened)
            return failure(opened.error());
        to = std::move(*opened);
    }

    const QString what = tr("%1 to %2").arg(quoted(shown(source)), quoted(shown(target)));
    Report report;
    std::function<Status()> claimOwner;
    if (target.isServer())
        claimOwner = [&] { return claimOwnerAgent(*to.db, report); };
    std::function<Status()> dropInitOwner;
    if (to.initOwner)
        dropInitOwner = [&] { return pg::Team::dropOwnerRows(*to.db); };
    auto tables = copyAll(**from, *to.db, progress, cancelled, what, dropInitOwner, claimOwner);
    if (!tables)
        return failure(undoSchema(to, tables.error()));
    if (file) {
        if (const Status folded = foldIntoFile(*to.db, *file, what); !folded)
            return failure(folded.error());
    }
    to.db.reset(); // closed: a file's -wal is folded into it and removed
    if (file) {
        if (const Status placed = file->place(); !placed)
            return failure(placed.error());
    }
    report.tables = std::move(*tables);
    for (const Table& table : report.tables)
        report.rows += table.rows;
    report.target = shown(target);
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace fd::service
