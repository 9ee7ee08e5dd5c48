// pg::Schema::dropEmpty (PgSchema.h): undoes init for a migrate whose copy failed.
#include "storage/postgres/PgSchema.h"

#include "storage/postgres/PgConnection.h"

namespace fd::pg {

namespace {

// Whether any table of the connection's schema holds a row, but the ones init fills
// (fd_team_login: the owner's login), the audit log (of rows all gone again), fd_audit_hold
// (the ids of transactions that paused the audit log, init's among them: bookkeeping, not
// data), fd_summary_lock and fd_check_lock (their locks' rows, 015_team_stall.sql,
// 020_check_lock.sql), fd_team_roles (the team's role names, 033_team_own_roles.sql). The server's
// sentence when it cannot tell.
Result<bool> holdsRows(Connection& conn)
{
    const Outcome<Rows> tables =
        conn.exec("SELECT format('SELECT EXISTS (SELECT 1 FROM %I.%I)', schemaname, tablename) "
                  "FROM pg_tables "
                  "WHERE schemaname = current_schema() AND tablename NOT IN ('fd_meta', "
                  "'settings', 'audit_log', "
                  "'fd_team_login', 'fd_audit_hold', 'fd_summary_lock', 'fd_check_lock', "
                  "'fd_team_roles')");
    if (!tables)
        return failure(tables.error().sentence);
    for (int t = 0; t < tables->count(); ++t) {
        const Outcome<Rows> any = conn.exec(tables->text(t, 0).toUtf8());
        if (!any)
            return failure(any.error().sentence);
        if (any->int64(0, 0) != 0)
            return true;
    }
    return false;
}

// What inspect() counts, dropped with CASCADE (a table takes its indexes, triggers, identity
// sequences and row types along; IF EXISTS: an earlier drop may have taken it).
Status dropObjects(Connection& conn)
{
    const Outcome<Rows> drops = conn.exec(R"sql(
WITH here AS (SELECT to_regnamespace(quote_ident(current_schema())) AS oid)
SELECT statement FROM (
  SELECT CASE c.relkind WHEN 'S' THEN 2 WHEN 'v' THEN 1 WHEN 'm' THEN 1 ELSE 0 END AS rank,
    format('DROP %s IF EXISTS %s CASCADE', CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
      WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, c.oid::regclass) AS statement
  FROM pg_class c, here WHERE c.relnamespace = here.oid AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
      AND d.deptype IN ('e', 'i', 'a'))
  UNION ALL
  SELECT 3, format('DROP ROUTINE IF EXISTS %s CASCADE', p.oid::regprocedure)
  FROM pg_proc p, here WHERE p.pronamespace = here.oid AND NOT EXISTS (SELECT 1 FROM pg_depend d
    WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
  UNION ALL
  SELECT 4, format('DROP TEXT SEARCH CONFIGURATION IF EXISTS %s CASCADE', f.oid::regconfig)
  FROM pg_ts_config f, here WHERE f.cfgnamespace = here.oid
  UNION ALL
  SELECT 5, format('DROP TYPE IF EXISTS %s CASCADE', t.oid::regtype)
  FROM pg_type t, here WHERE t.typnamespace = here.oid AND t.typrelid = 0 AND t.typcategory <> 'A'
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
      AND d.deptype = 'e')
) AS drops ORDER BY rank
)sql");
    if (!drops)
        return failure(drops.error().sentence);
    for (int d = 0; d < drops->count(); ++d) {
        if (auto dropped = conn.exec(drops->text(d, 0).toUtf8()); !dropped)
            return failure(dropped.error().sentence);
    }
    return {};
}

// The team's two roles (fd_team_role) kept in the transaction's settings before the schema,
// and fd_team_role with it, is dropped.
constexpr const char* kKeepTeamRoles = R"sql(
SELECT set_config('funneldesk.drop_rep', fd_team_role('rep'), true),
       set_config('funneldesk.drop_manager', fd_team_role('manager'), true)
WHERE to_regprocedure(quote_ident(current_schema()) || '.fd_team_role(text)') IS NOT NULL
)sql";

// Then dropped, once the schema's GRANTs to them are gone (the emptied schema's own USAGE too):
// they stay when something else uses them still (a GRANT in another database or schema), or when
// the owner may not drop roles. Left behind, the next init of this name would find them
// (033_team_own_roles.sql).
constexpr const char* kDropTeamRoles = R"sql(
DO $d$
BEGIN
    IF coalesce(current_setting('funneldesk.drop_rep', true), '') <> ''
            AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_setting('funneldesk.drop_rep'))
            AND EXISTS (SELECT 1 FROM pg_roles
                        WHERE rolname = current_setting('funneldesk.drop_manager')) THEN
        -- The schema stays (emptied), and with it its USAGE for the roles.
        EXECUTE format('REVOKE ALL ON SCHEMA %I FROM %I, %I', current_schema(),
                       current_setting('funneldesk.drop_manager'),
                       current_setting('funneldesk.drop_rep'));
        EXECUTE format('DROP ROLE %I, %I', current_setting('funneldesk.drop_manager'),
                       current_setting('funneldesk.drop_rep'));
    END IF;
EXCEPTION WHEN dependent_objects_still_exist OR insufficient_privilege THEN
    NULL;
END $d$
)sql";

} // namespace

Status Schema::dropEmpty(Connection& conn)
{
    const Result<State> state = beginLocked(conn);
    if (!state)
        return failure(state.error());
    const auto rollback = [&conn](const QString& sentence) {
        (void)conn.exec("ROLLBACK");
        return failure(sentence);
    };
    if (state->kind != State::Kind::FunnelDesk)
        return rollback(tr("The %1 does not hold FunnelDesk's schema; nothing was dropped.")
                            .arg(place(*state)));
    const Result<bool> rows = holdsRows(conn);
    if (!rows)
        return rollback(rows.error());
    if (*rows)
        return rollback(
            tr("The %1 holds FunnelDesk's data; nothing was dropped.").arg(place(*state)));
    for (const char* step : {kKeepTeamRoles, "SET LOCAL client_min_messages = warning"}) {
        if (auto done = conn.exec(step); !done)
            return rollback(done.error().sentence);
    }
    if (const Status dropped = dropObjects(conn); !dropped)
        return rollback(dropped.error());
    if (auto dropped = conn.exec(kDropTeamRoles); !dropped)
        return rollback(dropped.error().sentence);
    const Result<State> after = inspect(conn);
    if (!after)
        return rollback(after.error());
    if (after->kind != State::Kind::Empty)
        return rollback(tr("The %1 could not be emptied; nothing was dropped.").arg(place(*state)));
    if (auto committed = conn.exec("COMMIT"); !committed)
        return rollback(committed.error().sentence);
    return {};
}

} // namespace fd::pg
