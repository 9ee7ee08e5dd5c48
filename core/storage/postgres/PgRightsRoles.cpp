#include "storage/postgres/PgRightsRoles.h"

#include "common/FrontEndHints.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Statement.h"

#include <string>

namespace fd::pg::rights {

QString quoted(const QString& text)
{
    return QStringLiteral("“%1”").arg(text);
}

// The schema and the database: the rep role (and so every team login) may use the schema
// (003_team.sql's GRANT, or PUBLIC's) and connect to the database (PUBLIC's by default, else a
// GRANT to the role: 033_team_own_roles.sql moves it), and neither role may CREATE in the
// schema. A GRANT its giver may not make only warns, so a schema or a database another login
// owns may leave the team without them.
void checkSchema(Database& db, QStringList& problems)
{
    auto schema =
        db.query("SELECT current_schema(), quote_ident(current_schema()), current_database(), "
                 "quote_ident(current_database()), quote_ident(fd_team_role('rep')), "
                 "has_schema_privilege(fd_team_role('rep'), current_schema(), 'CREATE')::int, "
                 "has_schema_privilege(fd_team_role('manager'), current_schema(), 'CREATE')::int, "
                 "has_schema_privilege(fd_team_role('rep'), current_schema(), 'USAGE')::int, "
                 "has_database_privilege(fd_team_role('rep'), current_database(), 'CONNECT')::int, "
                 "quote_ident(fd_team_role('manager'))");
    if (!schema->step())
        return;
    const QString rep = schema->text(4);
    if (schema->int64(5) != 0 || schema->int64(6) != 0)
        problems
            << IntegrityCheck::tr(
                   "The team's %1 role may CREATE in the schema %2, so its logins may add tables, "
                   "functions and types of their own beside FunnelDesk's; REVOKE CREATE ON SCHEMA "
                   "%3 FROM %4 (and from PUBLIC)")
                   .arg(schema->int64(5) != 0 ? QStringLiteral("rep") : QStringLiteral("manager"),
                        quoted(schema->text(0)), schema->text(1),
                        schema->int64(5) != 0 ? rep : schema->text(9));
    if (schema->int64(7) == 0)
        problems << IntegrityCheck::tr(
                        "The team's rep role may not use the schema %1 (neither it nor PUBLIC "
                        "holds USAGE there), so no team login can read FunnelDesk's tables; as "
                        "the schema's owner, GRANT USAGE ON SCHEMA %2 TO %3")
                        .arg(quoted(schema->text(0)), schema->text(1), rep);
    if (schema->int64(8) == 0)
        problems << IntegrityCheck::tr(
                        "The team's rep role may not connect to the database %1 (neither it nor "
                        "PUBLIC holds CONNECT there), so no team login can sign in; as the "
                        "database's owner, GRANT CONNECT ON DATABASE %2 TO %3")
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
        "SELECT k.kind, quote_ident(fd_team_role(k.kind)), (SELECT count(*) FROM agent WHERE "
        "login IS NOT NULL AND login <> fd_team_owner()) FROM (VALUES ('rep'), ('manager')) AS "
        "k(kind) WHERE to_regrole(quote_ident(fd_team_role(k.kind))) IS NULL AND EXISTS (SELECT "
        "1 FROM pg_roles o WHERE o.rolname = fd_team_owner() AND (o.rolcreaterole OR "
        "o.rolsuper)) ORDER BY k.kind DESC");
    while (q->step()) {
        if (q->int64(2) == 0)
            continue;
        problems << IntegrityCheck::tr(
                        "The team's %1 role %2 is not on the server, though %3 agents sign in "
                        "here with logins of their own, so check cannot tell what those logins "
                        "may do; if it was renamed, rename it back (ALTER ROLE … RENAME TO %2), "
                        "else the server's administrator must make it again (CREATE ROLE %2 "
                        "NOLOGIN), and check then names what it lacks")
                        .arg(q->text(0), q->text(1))
                        .arg(q->int64(2));
    }
}

// The memberships FunnelDesk's rights rest on: the manager role is a member of the rep role
// (003_team.sql), and each active agent's login is a member of its agent's role (team add, team
// enable; not the owner's, a member of the owner's role or a superuser, who need none, nor a
// login FunnelDesk did not make, which fd_team_unknown_logins names). A role dropped and made
// again has lost them.
void checkMemberships(Database& db, const TeamRoles& team, QStringList& problems)
{
    if (db.scalar("SELECT pg_has_role(to_regrole(quote_ident(fd_team_role('manager'))), "
                  "to_regrole(quote_ident(fd_team_role('rep'))), 'MEMBER')::int") == 0)
        problems << IntegrityCheck::tr(
                        "The team's manager role is not a member of its rep role, so managers "
                        "lack every right a rep has; GRANT %1 TO %2")
                        .arg(team.rep, team.manager);
    auto q = db.query(std::string("SELECT a.name, a.login, a.role FROM agent a JOIN pg_roles r ON "
                                  "r.rolname = a.login WHERE a.active = 1 AND a.role IN ('rep', "
                                  "'manager') AND NOT r.rolsuper AND NOT ") +
                      kOwnersLogin +
                      " AND NOT pg_has_role(r.oid, to_regrole(quote_ident(fd_team_role(a.role))), "
                      "'MEMBER') AND a.login NOT IN (SELECT u.login FROM fd_team_unknown_logins() "
                      "AS u) ORDER BY a.login");
    while (q->step())
        problems << IntegrityCheck::tr(
                        "The agent %1 is a %3, but their login %2 is not a member of the team's "
                        "%3 role, so it lacks a %3's rights here; disabling the login and enabling "
                        "it again gives them back%4")
                        .arg(quoted(q->text(0)), quoted(q->text(1)), q->text(2),
                             hints::clause(hints::Hint::ReenableLogin, {q->text(1)}));
}

} // namespace fd::pg::rights
