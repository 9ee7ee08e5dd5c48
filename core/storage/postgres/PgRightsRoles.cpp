#include "storage/postgres/PgRightsRoles.h"

#include "common/Quoted.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Statement.h"

#include <string>

namespace fd::pg::rights {

// The schema and the database: the rep role (and so every team login) may use the schema
// (003_team.sql's GRANT, or PUBLIC's) and connect to the database (PUBLIC's by default, else a
// GRANT to the role: 033_team_own_roles.sql moves it), and neither role may CREATE in the
// schema. A GRANT its giver may not make only warns, so a schema or a database another login
// owns may leave the team without them.
void checkSchema(Database& db, const TeamRoles& team, QStringList& problems)
{
    auto schema =
        db.query("SELECT current_schema(), quote_ident(current_schema()), current_database(), "
                 "quote_ident(current_database()), "
                 "has_schema_privilege(fd_team_role('rep'), current_schema(), 'CREATE')::int, "
                 "has_schema_privilege(fd_team_role('manager'), current_schema(), 'CREATE')::int, "
                 "has_schema_privilege(fd_team_role('rep'), current_schema(), 'USAGE')::int, "
                 "has_database_privilege(fd_team_role('rep'), current_database(), 'CONNECT')::int");
    if (!schema->step())
        return;
    const QString& rep = team.rep;
    if (schema->int64(4) != 0 || schema->int64(5) != 0)
        problems
            << IntegrityCheck::tr(
                   "The team's %1 role may CREATE in the schema %2, so its logins may add tables, "
                   "functions and types of their own beside FunnelDesk's; REVOKE CREATE ON SCHEMA "
                   "%3 FROM %4, PUBLIC")
                   .arg(schema->int64(4) != 0 ? QStringLiteral("rep") : QStringLiteral("manager"),
                        quoted(schema->text(0)), schema->text(1),
                        schema->int64(4) != 0 ? rep : team.manager);
    if (schema->int64(6) == 0)
        problems << IntegrityCheck::tr(
                        "The team's rep role may not use the schema %1 (neither it nor PUBLIC "
                        "holds USAGE there), so no team login can read FunnelDesk's tables; the "
                        "schema's owner can run: GRANT USAGE ON SCHEMA %2 TO %3")
                        .arg(quoted(schema->text(0)), schema->text(1), rep);
    if (schema->int64(7) == 0)
        problems << IntegrityCheck::tr(
                        "The team's rep role may not connect to the database %1 (neither it nor "
                        "PUBLIC holds CONNECT there), so no team login can sign in; the "
                        "database's owner can run: GRANT CONNECT ON DATABASE %2 TO %3")
                        .arg(quoted(schema->text(2)), schema->text(3), rep);
}

// The team's two roles; nullopt when either does not exist.
std::optional<TeamRoles> teamRoles(Database& db)
{
    auto names = db.query("SELECT quote_ident(fd_team_role('rep')), "
                          "quote_ident(fd_team_role('manager')), (SELECT count(*) FROM pg_roles "
                          "WHERE rolname IN (fd_team_role('rep'), fd_team_role('manager')))");
    if (!names->step() || names->int64(2) != 2)
        return std::nullopt;
    return TeamRoles{names->text(0), names->text(1)};
}

// Each team role that is not on the server (renamed or dropped), though agents other than the
// owner sign in here with logins of their own: their rights are nowhere check looks. A database
// whose owner may not create roles never had them (003_team.sql; 033_team_own_roles.sql names
// roles that do not exist), and a migrate may copy agents with logins into it: nothing to say
// there.
void checkMissingRoles(Database& db, QStringList& problems)
{
    auto q = db.query(
        "SELECT k.kind, quote_ident(fd_team_role(k.kind)), (SELECT count(*) FROM agent a JOIN "
        "pg_roles r ON r.rolname = a.login WHERE a.active = 1 AND a.login <> fd_team_owner()) "
        "FROM (VALUES ('rep'), ('manager')) AS "
        "k(kind) WHERE to_regrole(quote_ident(fd_team_role(k.kind))) IS NULL AND EXISTS (SELECT "
        "1 FROM pg_roles o WHERE o.rolname = fd_team_owner() AND (o.rolcreaterole OR "
        "o.rolsuper)) ORDER BY k.kind DESC");
    while (q->step()) {
        if (q->int64(2) == 0)
            continue;
        problems << IntegrityCheck::tr(
                        "The team's %1 role %2 is not on the server, though %3 agents sign in "
                        "here with logins of their own, so check cannot tell what those logins "
                        "may do; if it was renamed, rename it back with ALTER ROLE … RENAME TO "
                        "%2, else (dropped, or never made by an owner who could not create roles "
                        "then) the server's administrator can run, and check then names what it "
                        "lacks: CREATE ROLE %2 NOLOGIN")
                        .arg(q->text(0), q->text(1))
                        .arg(q->int64(2));
    }
}

// The membership FunnelDesk's rights rest on: the manager role is a member of the rep role, and
// inherits its rights (003_team.sql). A role dropped and made again has lost it. False when
// it is missing: the matrix then leaves out what the manager role lacks with the rep role's
// rights, which this one GRANT gives back. (Each active agent's login in its agent's role is
// IntegrityCheck's, through 034_team_awaiting.sql's fd_team_lost_logins.)
bool checkManagerInRep(Database& db, const TeamRoles& team, QStringList& problems)
{
    auto q = db.query("SELECT pg_has_role(m.oid, r.oid, 'MEMBER')::int, "
                      "pg_has_role(m.oid, r.oid, 'USAGE')::int FROM pg_roles m, pg_roles r WHERE "
                      "m.rolname = fd_team_role('manager') AND r.rolname = fd_team_role('rep')");
    if (!q->step() || q->int64(1) != 0)
        return true;
    if (q->int64(0) == 0)
        problems << IntegrityCheck::tr(
                        "The team's manager role is not a member of its rep role, so managers "
                        "lack every right a rep has; GRANT %1 TO %2")
                        .arg(team.rep, team.manager);
    else
        problems << IntegrityCheck::tr(
                        "The team's manager role is a member of its rep role but does not "
                        "inherit its rights (NOINHERIT), so managers lack every right a rep has; "
                        "ALTER ROLE %1 INHERIT")
                        .arg(team.manager);
    return false;
}

} // namespace fd::pg::rights
