#include "storage/postgres/PgSchema.h"

#include "common/FrontEndHints.h"
#include "common/Quoted.h"
#include "storage/postgres/PgMigrationText.h"

#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgTeam.h"

#include <QFile>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace fd::pg {

namespace {

// Migration N (NNN_name.sql) takes the logical version `from` to `to`. 001 starts from an
// empty schema and creates SQLite's version 5 at once; the files of one later version run in
// order (002_list_order and 003_team are both version 6).
struct Migration {
    const char* resource;
    int to;
};
constexpr std::array<Migration, 34> kMigrations = {{
    {":/storage/postgres/migrations/001_initial.sql", 5},
    {":/storage/postgres/migrations/002_list_order.sql", 6},
    {":/storage/postgres/migrations/003_team.sql", 6},
    {":/storage/postgres/migrations/004_versions.sql", 6},
    {":/storage/postgres/migrations/005_audit.sql", 6},
    {":/storage/postgres/migrations/006_guard.sql", 7},
    {":/storage/postgres/migrations/007_open_search.sql", 7},
    {":/storage/postgres/migrations/008_team_enable.sql", 7},
    {":/storage/postgres/migrations/009_summary_lock.sql", 8},
    {":/storage/postgres/migrations/010_audit_hold.sql", 9},
    {":/storage/postgres/migrations/011_ticket_day.sql", 9},
    {":/storage/postgres/migrations/012_team_logins.sql", 9},
    {":/storage/postgres/migrations/013_autovacuum.sql", 10},
    {":/storage/postgres/migrations/014_search_order.sql", 10},
    {":/storage/postgres/migrations/015_team_stall.sql", 10},
    {":/storage/postgres/migrations/016_audit_pause.sql", 10},
    {":/storage/postgres/migrations/017_kept.sql", 10},
    {":/storage/postgres/migrations/018_text_rule.sql", 10},
    {":/storage/postgres/migrations/019_check.sql", 11},
    {":/storage/postgres/migrations/020_check_lock.sql", 11},
    {":/storage/postgres/migrations/021_first_reply.sql", 12},
    {":/storage/postgres/migrations/022_success.sql", 13},
    {":/storage/postgres/migrations/023_task_day.sql", 14},
    {":/storage/postgres/migrations/024_survey_id.sql", 14},
    {":/storage/postgres/migrations/025_task_customer.sql", 15},
    {":/storage/postgres/migrations/026_dashboard_reads.sql", 16},
    {":/storage/postgres/migrations/027_task_stage_day.sql", 17},
    {":/storage/postgres/migrations/028_search_sort.sql", 18},
    {":/storage/postgres/migrations/029_search_urgency.sql", 19},
    {":/storage/postgres/migrations/030_open_test.sql", 20},
    {":/storage/postgres/migrations/031_summary_rows.sql", 21},
    {":/storage/postgres/migrations/032_stage_move_days.sql", 22},
    {":/storage/postgres/migrations/033_team_own_roles.sql", 23},
    {":/storage/postgres/migrations/034_team_awaiting.sql", 24},
}};
static_assert(kMigrations.back().to == Schema::kVersion, "the newest migration creates kVersion");

// The version of the migration whose resource ends in `file`; 0 when there is none.
constexpr int versionOf(std::string_view file)
{
    for (const Migration& migration : kMigrations) {
        if (std::string_view(migration.resource).ends_with(file))
            return migration.to;
    }
    return 0;
}
// From this version on a bare funneldesk.audit_paused no longer pauses the audit log.
constexpr int kAuditHoldVersion = versionOf("/010_audit_hold.sql");
static_assert(kAuditHoldVersion > 0, "010_audit_hold.sql is a migration");
// From this version on a paused transaction that skipped rows leaves an entry of its own.
constexpr int kAuditPauseVersion = versionOf("/016_audit_pause.sql");
static_assert(kAuditPauseVersion > 0, "016_audit_pause.sql is a migration");

// The checks init() makes before it writes, in the transaction it writes in.
struct Rights {
    QString user;
    QString sqlUser;   // quote_ident(current_user), for SQL in a hint
    QString sqlSchema; // quote_ident(current_schema())
    bool createInSchema = false;
    bool utf8 = false;
    bool icu = false;
    bool zoneKnown = false;
};

Result<Rights> readRights(Connection& conn, const QString& zone)
{
    const Outcome<Rows> rows =
        conn.exec("SELECT current_user, has_schema_privilege(current_schema(), 'CREATE'), "
                  "current_setting('server_encoding') = 'UTF8', "
                  "EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'), "
                  "EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = $1), "
                  "quote_ident(current_user), coalesce(quote_ident(current_schema()), '')",
                  {zone});
    if (!rows)
        return failure(rows.error().sentence);
    Rights r;
    r.user = rows->text(0, 0);
    r.createInSchema = rows->int64(0, 1) != 0;
    r.utf8 = rows->int64(0, 2) != 0;
    r.icu = rows->int64(0, 3) != 0;
    r.zoneKnown = rows->int64(0, 4) != 0;
    r.sqlUser = rows->text(0, 5);
    r.sqlSchema = rows->text(0, 6);
    return r;
}

// Why init() may not go on here, or nothing.
QString refusal(const Schema::State& state)
{
    using Kind = Schema::State::Kind;
    if (state.schema.isEmpty()) {
        return Schema::
            tr("The search_path of database %1 names no schema that exists and that this user may "
               "use; create one, or set search_path, then try again.")
                .arg(quoted(state.database));
    }
    if (state.kind == Kind::NotFunnelDesk) {
        return Schema::tr(
                   "The %1 already holds tables or functions that are not FunnelDesk's; FunnelDesk "
                   "creates its schema only in an empty database or schema.")
            .arg(Schema::place(state));
    }
    if (state.kind == Kind::FunnelDesk && state.version > Schema::kVersion) {
        return Schema::
            tr("The %1 holds a FunnelDesk schema of version %2, newer than this FunnelDesk (which "
               "knows up to version %3); update FunnelDesk to use it.")
                .arg(Schema::place(state))
                .arg(state.version)
                .arg(Schema::kVersion);
    }
    if (state.kind == Kind::FunnelDesk) {
        return Schema::tr(
                   "The %1 already holds FunnelDesk's schema (version %2); open it instead of "
                   "creating it.")
            .arg(Schema::place(state))
            .arg(state.version);
    }
    return {};
}

QString refusal(const Schema::State& state, const Rights& rights, const QString& zone)
{
    if (!rights.createInSchema) {
        return Schema::
            tr("User %1 may not create tables in the %2; ask its administrator to GRANT CREATE ON "
               "SCHEMA %3 TO %4, or use a database of your own.")
                .arg(quoted(rights.user), Schema::place(state), rights.sqlSchema, rights.sqlUser);
    }
    if (!rights.utf8) {
        return Schema::
            tr("The %1 does not store text as UTF-8, which FunnelDesk needs; create the database "
               "with ENCODING 'UTF8'.")
                .arg(Schema::place(state));
    }
    if (!rights.icu) {
        return Schema::
            tr("The server of %1 was built without ICU (it has no collation “und-x-icu”), which "
               "FunnelDesk's search needs; use a server built with ICU.")
                .arg(Schema::place(state));
    }
    if (!rights.zoneKnown) {
        return Schema::
            tr("The server of %1 does not know the time zone %2; give an IANA time zone name such "
               "as Europe/Berlin.")
                .arg(Schema::place(state), quoted(zone));
    }
    return {};
}

// Runs, in order, every migration whose version is above `from` and at most `to` (from 0: all
// of them up to `to`, into an empty schema); the caller's transaction. Empty, or why not;
// `sqlState`, when given, gets the failed statement's SQLSTATE.
QString runMigrations(Connection& conn, int from, int to, QByteArray* sqlState = nullptr)
{
    for (const Migration& migration : kMigrations) {
        if (migration.to <= from || migration.to > to)
            continue;
        QFile file(QString::fromLatin1(migration.resource));
        if (!file.open(QIODevice::ReadOnly))
            return Schema::tr("this FunnelDesk was built without %1.").arg(file.fileName());
        const QString name = file.fileName().section(QLatin1Char('/'), -1);
        int number = 0;
        for (const QByteArray& sql : migrationStatements(file.readAll())) {
            ++number;
            if (auto done = conn.exec(sql); !done) {
                if (sqlState)
                    *sqlState = done.error().sqlState;
                return Schema::tr("%1, statement %2: %3")
                    .arg(name)
                    .arg(number)
                    .arg(done.error().sentence);
            }
        }
    }
    return {};
}

// Runs the migrations up to `version` and records it and the team's zone; the caller commits.
Status create(Connection& conn, const Schema::State& state, const QString& zone, int version)
{
    const auto failed = [&](const QString& why) {
        return failure(
            Schema::tr("Creating FunnelDesk's schema in the %1 failed, and nothing was created: %2")
                .arg(Schema::place(state), why));
    };
    // The functions the migrations create pin this path (SET search_path FROM CURRENT).
    if (auto path =
            conn.exec("SELECT set_config('search_path', quote_ident($1), true)", {state.schema});
        !path)
        return failed(path.error().sentence);
    if (const QString why = runMigrations(conn, 0, version); !why.isEmpty())
        return failed(why);
    if (auto meta = conn.exec(
            "INSERT INTO fd_meta (application, version) VALUES ('FunnelDesk', $1)", {version});
        !meta)
        return failed(meta.error().sentence);
    // The team's zone is part of making the schema, not a change for the audit log: from
    // 016_audit_pause.sql on a pause would leave an entry saying it skipped a settings insert,
    // so the trigger is off for it (init made the table: its owner may); from
    // 010_audit_hold.sql on only fd_audit_pause() paused it, before that the bare setting did.
    const QByteArray pause =
        version >= kAuditPauseVersion  ? "ALTER TABLE settings DISABLE TRIGGER settings_audit"
        : version >= kAuditHoldVersion ? "SELECT fd_audit_pause(true)"
                                       : "SELECT set_config('funneldesk.audit_paused', 'on', true)";
    if (auto quiet = conn.exec(pause); !quiet)
        return failed(quiet.error().sentence);
    if (auto team = conn.exec("INSERT INTO settings (key, value) VALUES ($1, $2)",
                              {Schema::kTimeZoneKey, zone});
        !team)
        return failed(team.error().sentence);
    if (version >= kAuditPauseVersion) {
        if (auto loud = conn.exec("ALTER TABLE settings ENABLE TRIGGER settings_audit"); !loud)
            return failed(loud.error().sentence);
    }
    return {};
}

// FunnelDesk's sentence with its kind (pg::Error is the server's).
using Sentence = fd::Error;

// SQLSTATE 55P03: a lock did not come within lock_timeout (upgrade()'s wait).
constexpr const char* kLockTimedOut = "55P03";

// "5 s", "0.3 s": a lock timeout for a sentence.
QString seconds(int ms)
{
    return Schema::tr("%1 s").arg(QString::number(ms / 1000.0, 'g', 3));
}

// upgrade()'s work in its transaction: the migrations above the stored version as the owner
// of FunnelDesk's tables (`ownerIdent`, quoted), so that what they make is the owner's as
// init's is; the version; the owner's manager agent, as init leaves it (Team::claimOwner).
// `timedOut`: a migration or the version's update waited longer than lock_timeout for a lock.
Status migrateAsOwner(Connection& conn, const Schema::State& state, const QByteArray& ownerIdent,
                      bool& timedOut)
{
    const auto failed = [&](const QString& why) {
        return failure(
            Schema::tr("Upgrading FunnelDesk's schema in the %1 from version %2 to %3 failed, and "
                       "nothing was changed: %4")
                .arg(Schema::place(state))
                .arg(state.version)
                .arg(Schema::kVersion)
                .arg(why));
    };
    if (auto role = conn.exec("SET LOCAL ROLE " + ownerIdent); !role)
        return failed(role.error().sentence);
    // The functions the migrations create pin this path (SET search_path FROM CURRENT).
    if (auto path =
            conn.exec("SELECT set_config('search_path', quote_ident($1), true)", {state.schema});
        !path)
        return failed(path.error().sentence);
    QByteArray sqlState;
    if (const QString why = runMigrations(conn, state.version, Schema::kVersion, &sqlState);
        !why.isEmpty()) {
        timedOut = sqlState == kLockTimedOut;
        return failed(why);
    }
    if (auto meta = conn.exec("UPDATE fd_meta SET version = $1 WHERE application = 'FunnelDesk'",
                              {Schema::kVersion});
        !meta) {
        timedOut = meta.error().sqlState == kLockTimedOut;
        return failed(meta.error().sentence);
    }
    if (const Status claimed = Team::claimOwner(conn); !claimed)
        return failed(claimed.error());
    return {};
}

// The other sessions that hold a lock on a table of the current schema, for the sentence of
// an upgrade that waited too long for one: "“ann” (FunnelDesk), “bob” (psql)", each login
// quoted in the sentence's language (quoted()); empty when none is seen any more. pg_locks and
// pg_stat_activity show any user every session's login and application name; the server's own
// workers (autovacuum), which have no login, are left out.
QString lockHolders(Connection& conn)
{
    const Outcome<Rows> rows = conn.exec(R"sql(
SELECT DISTINCT a.usename, coalesce(a.application_name, '')
FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.granted AND l.pid <> pg_backend_pid() AND a.usename IS NOT NULL
    AND l.relation IN (SELECT c.oid FROM pg_class c
    WHERE c.relnamespace = to_regnamespace(quote_ident(current_schema())))
ORDER BY 1, 2
)sql");
    if (!rows)
        return {};
    QStringList holders;
    for (int row = 0; row < rows->count(); ++row) {
        const QString application = rows->text(row, 1);
        holders << (application.isEmpty()
                        ? quoted(rows->text(row, 0))
                        : QStringLiteral("%1 (%2)").arg(quoted(rows->text(row, 0)), application));
    }
    return holders.join(QStringLiteral(", "));
}

// upgrade()'s sentence when a migration waited longer than lock_timeout for a table another
// session uses (Error::Kind::Busy); read after the rollback, so that it names who holds it.
Sentence tablesHeld(Connection& conn, const Schema::State& state, int lockTimeoutMs)
{
    const QString holders = lockHolders(conn);
    return {
        Schema::tr("Upgrading FunnelDesk's schema in the %1 from version %2 to %3 waited more than "
                   "%4 for tables "
                   "that another session is using (%5), and nothing was changed: close FunnelDesk "
                   "where it is "
                   "still open from before the update, or let that session finish, then try again.")
            .arg(Schema::place(state))
            .arg(state.version)
            .arg(Schema::kVersion)
            .arg(seconds(lockTimeoutMs),
                 holders.isEmpty()
                     ? Schema::tr("a FunnelDesk still open from before the update, or a long "
                                  "transaction")
                     : holders),
        Sentence::Kind::Busy};
}

// upgrade()'s refusal of a login that may not upgrade (Error::Kind::NoRight): who can, and how.
Sentence mayNotUpgrade(Connection& conn, const Schema::State& state, const QString& owner)
{
    return {Schema::tr("%1 holds FunnelDesk data of schema version %2, and this FunnelDesk needs "
                       "version %3; only "
                       "its owner %4 (or a member of that role, or a superuser) can upgrade it: "
                       "ask them to open it "
                       "once with this FunnelDesk%5, signed in as %4, then "
                       "try again; nothing was changed.")
                .arg(conn.display())
                .arg(state.version)
                .arg(Schema::kVersion)
                .arg(quoted(owner), hints::clause(hints::Hint::OpenToUpgrade)),
            Sentence::Kind::NoRight};
}

} // namespace

Result<Schema::State> Schema::beginLocked(Connection& conn)
{
    if (auto begun = conn.exec("BEGIN"); !begun)
        return failure(begun.error().sentence);
    // Two inits at once, or an init and a drop: the second waits here, then reads what the first
    // left.
    Result<State> state = [&conn]() -> Result<State> {
        if (auto locked = conn.exec("SELECT pg_advisory_xact_lock(hashtext('funneldesk init'))");
            !locked)
            return failure(locked.error().sentence);
        return inspect(conn);
    }();
    if (!state)
        (void)conn.exec("ROLLBACK");
    return state;
}

QString Schema::place(const State& state)
{
    return tr("database %1 (schema %2)").arg(quoted(state.database), quoted(state.schema));
}

Result<Schema::State> Schema::inspect(Connection& conn)
{
    // Objects of the schema's own: an extension's members (unaccent's, say) do not count, nor
    // the row and array types that come with every table.
    const Outcome<Rows> rows = conn.exec(R"sql(
SELECT current_database(), coalesce(current_schema(), ''), coalesce(quote_ident(current_schema()), ''),
  (SELECT count(*) FROM pg_class c WHERE c.relnamespace = n.oid AND NOT EXISTS (SELECT 1 FROM pg_depend d
     WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'))
  + (SELECT count(*) FROM pg_proc p WHERE p.pronamespace = n.oid AND NOT EXISTS (SELECT 1 FROM pg_depend d
     WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'))
  + (SELECT count(*) FROM pg_type t WHERE t.typnamespace = n.oid AND t.typrelid = 0 AND t.typcategory <> 'A'
     AND NOT EXISTS (SELECT 1 FROM pg_depend d
     WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'))
  + (SELECT count(*) FROM pg_ts_config f WHERE f.cfgnamespace = n.oid),
  EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid AND c.relname = 'fd_meta' AND c.relkind = 'r')
FROM (SELECT 1) AS one LEFT JOIN pg_namespace n ON n.nspname = current_schema()
)sql");
    if (!rows)
        return failure(rows.error().sentence);
    State state;
    state.database = rows->text(0, 0);
    state.schema = rows->text(0, 1);
    const QString schemaName = rows->text(0, 2);
    const qint64 objects = rows->int64(0, 3);
    const bool hasMeta = rows->int64(0, 4) != 0;
    if (objects == 0)
        return state;
    state.kind = State::Kind::NotFunnelDesk;
    if (!hasMeta)
        return state;
    const Outcome<Rows> meta = conn.exec("SELECT version FROM " + schemaName.toUtf8() +
                                         ".fd_meta WHERE application = 'FunnelDesk'");
    if (!meta && meta.error().sqlState == "42501")
        return failure(noRightToRead(conn.user(), conn.display()));
    if (!meta)
        return failure(meta.error().sentence);
    if (meta->count() == 1) {
        state.kind = State::Kind::FunnelDesk;
        state.version = static_cast<int>(meta->int64(0, 0));
    }
    return state;
}

QString Schema::noRightToRead(const QString& user, const QString& where)
{
    return tr("User %1 has no right to read FunnelDesk's tables in %2; ask the database's "
              "administrator to grant "
              "it.")
        .arg(quoted(user), where);
}

Status Schema::init(Connection& conn, const QString& timeZone)
{
    return initAtVersion(conn, kVersion, timeZone);
}

Status Schema::initAtVersion(Connection& conn, int version, const QString& timeZone)
{
    if (version < kMigrations.front().to || version > kVersion) {
        return failure(tr("FunnelDesk creates schema versions %1 to %2 on a server, not %3.")
                           .arg(kMigrations.front().to)
                           .arg(kVersion)
                           .arg(version));
    }
    QString zone = timeZone;
    if (zone.isEmpty())
        zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (zone.isEmpty())
        zone = QStringLiteral("UTC");

    const Result<State> state = beginLocked(conn);
    if (!state)
        return failure(state.error());
    const auto rollback = [&conn](const QString& sentence) {
        (void)conn.exec("ROLLBACK");
        return failure(sentence);
    };
    if (const QString why = refusal(*state); !why.isEmpty())
        return rollback(why);
    const Result<Rights> rights = readRights(conn, zone);
    if (!rights)
        return rollback(rights.error());
    if (const QString why = refusal(*state, *rights, zone); !why.isEmpty())
        return rollback(why);
    if (Status created = create(conn, *state, zone, version); !created)
        return rollback(created.error());
    if (auto committed = conn.exec("COMMIT"); !committed)
        return rollback(committed.error().sentence);
    return {};
}

Status Schema::upgrade(Connection& conn, int lockTimeoutMs)
{
    if (auto begun = conn.exec("BEGIN"); !begun)
        return failure(begun.error().sentence);
    const auto rollback = [&conn](const fd::Error& error) -> Status {
        (void)conn.exec("ROLLBACK");
        return failure(error);
    };
    // No wait without end: another FunnelDesk upgrading, or an older FunnelDesk's long
    // transaction on a table a migration alters (every later query on that table would queue
    // behind the migration's lock).
    const QByteArray timeout =
        "SET LOCAL lock_timeout = " + QByteArray::number(std::max(lockTimeoutMs, 1));
    if (auto set = conn.exec(timeout); !set)
        return rollback(set.error().sentence);
    // init's lock: a second client opening the old schema waits here, then finds it current.
    if (auto locked = conn.exec("SELECT pg_advisory_xact_lock(hashtext('funneldesk init'))");
        !locked) {
        if (locked.error().sqlState != kLockTimedOut)
            return rollback(locked.error().sentence);
        return rollback(fd::Error(
            tr("Another FunnelDesk has been upgrading or setting up FunnelDesk's schema on %1 "
               "for more than %2; nothing was changed here: try again in a moment.")
                .arg(conn.display(), seconds(lockTimeoutMs)),
            fd::Error::Kind::Busy));
    }
    const Result<State> state = inspect(conn);
    if (!state)
        return rollback(state.error());
    if (state->kind != State::Kind::FunnelDesk || state->version >= kVersion) {
        (void)conn.exec("ROLLBACK");
        return {};
    }
    const Outcome<Rows> owner = conn.exec(
        "SELECT r.rolname, quote_ident(r.rolname), pg_has_role(current_user, r.oid, 'MEMBER') "
        "FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
        "WHERE c.oid = to_regclass(quote_ident(current_schema()) || '.fd_meta')");
    if (!owner)
        return rollback(owner.error().sentence);
    if (owner->count() != 1)
        return rollback(
            tr("The %1 lost its table fd_meta while it was read; try again.").arg(place(*state)));
    if (owner->int64(0, 2) == 0)
        return rollback(mayNotUpgrade(conn, *state, owner->text(0, 0)));
    bool timedOut = false;
    if (Status done = migrateAsOwner(conn, *state, owner->text(0, 1).toUtf8(), timedOut); !done) {
        if (!timedOut)
            return rollback(done.error());
        (void)conn.exec("ROLLBACK");
        return failure(tablesHeld(conn, *state, lockTimeoutMs));
    }
    if (auto committed = conn.exec("COMMIT"); !committed)
        return rollback(committed.error().sentence);
    return {};
}

Result<QString> Schema::teamTimeZone(Connection& conn)
{
    const Outcome<Rows> rows =
        conn.exec("SELECT value FROM settings WHERE key = $1", {kTimeZoneKey});
    if (!rows)
        return failure(rows.error().sentence);
    return rows->count() == 0 ? QString() : rows->text(0, 0);
}

} // namespace fd::pg
