#include "storage/postgres/PgRights.h"
#include "storage/postgres/PgRightsRoles.h"

#include "common/FrontEndHints.h"
#include "common/Quoted.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Statement.h"

#include <map>
#include <optional>
#include <string>

namespace fd::pg {

namespace {

using rights::kOwnersLogin;
using rights::TeamRoles;

struct Expected {
    const char* relation;
    const char* rep;     // what the rep role holds
    const char* manager; // what the manager role holds, the rep role's included
};

// What a fresh init gives the team's roles (003_team.sql's GRANTs; 005's on audit_log, of which
// 006_guard.sql took INSERT back, and UPDATE on the sequences but for managers; 011's and 014's
// SELECT on ticket_day and ticket_words; 015_team_stall.sql's take-back of touchpoint_day;
// 022_success.sql's on the health tables and tasks; 023_task_day.sql's SELECT on task_day;
// 026_dashboard_reads.sql's on customer_name_count; 027_task_stage_day.sql's on task_stage_day;
// 029_search_urgency.sql's on customer_names; 033_team_own_roles.sql's SELECT on fd_team_roles
// to PUBLIC).
// The tables of 008, 009, 010, 012 and 020 (fd_team_nologin, fd_summary_lock, fd_audit_hold,
// fd_team_login, fd_check_lock) are the owner's alone. Sequences first; each in
// privilegesSql()'s order.
constexpr Expected kExpected[] = {
    {"agent_id_seq", "USAGE,SELECT", "USAGE,SELECT,UPDATE"},
    {"audit_log_id_seq", "", "UPDATE"},
    {"canned_reply_id_seq", "USAGE,SELECT", "USAGE,SELECT,UPDATE"},
    {"contact_id_seq", "USAGE,SELECT", "USAGE,SELECT,UPDATE"},
    {"customer_id_seq", "USAGE,SELECT", "USAGE,SELECT,UPDATE"},
    {"fd_change", "USAGE,SELECT", "USAGE,SELECT,UPDATE"},
    {"stage_transition_id_seq", "USAGE,SELECT", "USAGE,SELECT,UPDATE"},
    {"task_id_seq", "USAGE,SELECT", "USAGE,SELECT,UPDATE"},
    {"ticket_comment_id_seq", "USAGE,SELECT", "USAGE,SELECT,UPDATE"},
    {"ticket_id_seq", "USAGE,SELECT", "USAGE,SELECT,UPDATE"},
    {"touchpoint_id_seq", "USAGE,SELECT", "USAGE,SELECT,UPDATE"},
    {"agent", "SELECT", "SELECT,INSERT,UPDATE,DELETE"},
    {"audit_log", "SELECT", "SELECT"},
    {"canned_reply", "SELECT", "SELECT,INSERT,UPDATE,DELETE"},
    {"contact", "SELECT,INSERT,UPDATE", "SELECT,INSERT,UPDATE,DELETE"},
    {"customer", "SELECT,INSERT,UPDATE", "SELECT,INSERT,UPDATE,DELETE"},
    {"customer_name_count", "SELECT", "SELECT"},
    {"customer_names", "SELECT", "SELECT"},
    {"customer_health", "SELECT,INSERT,UPDATE", "SELECT,INSERT,UPDATE"},
    {"fd_audit_hold", "", ""},
    {"fd_check_lock", "", ""},
    {"fd_meta", "SELECT", "SELECT"},
    {"fd_summary_lock", "", ""},
    {"fd_team_login", "", ""},
    {"fd_team_nologin", "", ""},
    {"fd_team_roles", "SELECT", "SELECT"},
    {"health_band_change", "SELECT,INSERT,UPDATE", "SELECT,INSERT,UPDATE"},
    {"health_snapshot", "SELECT,INSERT,UPDATE", "SELECT,INSERT,UPDATE"},
    {"settings", "SELECT", "SELECT,INSERT,UPDATE,DELETE"},
    {"stage_transition", "SELECT,INSERT", "SELECT,INSERT,DELETE"},
    {"task", "SELECT,INSERT,UPDATE", "SELECT,INSERT,UPDATE,DELETE"},
    {"task_day", "SELECT", "SELECT"},
    {"task_stage_day", "SELECT", "SELECT"},
    {"ticket", "SELECT,INSERT,UPDATE", "SELECT,INSERT,UPDATE,DELETE"},
    {"ticket_comment", "SELECT,INSERT", "SELECT,INSERT,DELETE"},
    {"ticket_day", "SELECT", "SELECT"},
    {"ticket_words", "SELECT", "SELECT"},
    {"touchpoint", "SELECT,INSERT,UPDATE", "SELECT,INSERT,UPDATE,DELETE"},
    {"touchpoint_day", "SELECT", "SELECT"},
};

// The functions FunnelDesk keeps from the team (REVOKE ... FROM PUBLIC), and whether managers
// may run them (the team commands, the bulk path's audit entries): 003, 006, 008, 012, 015, 019,
// 033, 034;
// besides these, every trigger function that runs with the owner's rights (031), found in the
// catalog by checkFunctions.
struct KeptFunction {
    const char* signature;
    bool manager;
};
constexpr KeptFunction kKeptFunctions[] = {
    {"fd_audit_bulk(text,text,bigint)", true},
    {"fd_team_add(text,text,text,text)", true},
    {"fd_team_disable(text)", true},
    {"fd_team_enable(text)", true},
    {"fd_team_link(text,bigint,text,text)", true},
    {"fd_agent_session_limits()", false},
    {"fd_team_changed(text)", false},
    {"fd_team_check_login(text,text,boolean)", false},
    {"fd_team_do_add(text,text,text,text)", false},
    {"fd_team_do_disable(text)", false},
    {"fd_team_do_enable(text)", false},
    {"fd_team_do_link(text,bigint,text,text)", false},
    {"fd_team_is_group(text)", false},
    {"fd_team_known(text,text)", false},
    {"fd_team_new_login(text)", false},
    {"fd_team_note_rights()", false},
    {"fd_team_orphan_needs_owner(text)", false},
    {"fd_team_own_roles(boolean)", false},
    {"fd_team_session_limits(text)", false},
    {"fd_touchpoint_day_change(bigint,bigint,text,integer)", false},
    {"fd_touchpoint_day_hold()", false},
};

QStringList privileges(const QString& list)
{
    return list.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// The privileges the role `role` (an SQL expression: a name or an oid) holds on the relation
// `c`, comma-separated in the order of the arrays, "" for none: has_any_column_privilege for the
// ones a column GRANT may give, so that UPDATE (value) on settings counts too. What the server's
// pg_read_all_data (SELECT) or pg_write_all_data (INSERT, UPDATE, DELETE) gives a role that uses
// it is left out unless the relation's ACL gives it too (to the role, a role it uses, or PUBLIC):
// checkServerRoles names the server role once, and no REVOKE on the relation would take it.
std::string heldSql(const char* role)
{
    const std::string r(role);
    const std::string aclGives =
        "EXISTS (SELECT 1 FROM aclexplode(c.relacl) a WHERE a.privilege_type = u.p AND "
        "(a.grantee = 0 OR pg_has_role(" +
        r + ", a.grantee, 'USAGE')))";
    const std::string notFromServerRoles =
        " AND (u.p <> 'SELECT' OR NOT pg_has_role(" + r + ", 'pg_read_all_data', 'USAGE') OR " +
        aclGives + ") AND (u.p NOT IN ('INSERT', 'UPDATE', 'DELETE') OR NOT pg_has_role(" + r +
        ", 'pg_write_all_data', 'USAGE') OR " + aclGives + ")";
    return "(SELECT coalesce(string_agg(u.p, ',' ORDER BY u.n), '') FROM unnest(CASE WHEN "
           "c.relkind = 'S' THEN "
           "ARRAY['USAGE', 'SELECT', 'UPDATE'] ELSE ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', "
           "'TRUNCATE', "
           "'REFERENCES', 'TRIGGER'] END) WITH ORDINALITY AS u(p, n) WHERE CASE WHEN c.relkind = "
           "'S' THEN "
           "has_sequence_privilege(" +
           r +
           ", c.oid, u.p) WHEN u.p IN ('SELECT', 'INSERT', 'UPDATE', 'REFERENCES') "
           "THEN has_any_column_privilege(" +
           r + ", c.oid, u.p) ELSE has_table_privilege(" + r + ", c.oid, u.p) END" +
           notFromServerRoles + ")";
}

// The schema's tables, views and sequences, as pg_class `c`.
constexpr const char* kRelations =
    "c.relnamespace = to_regnamespace(quote_ident(current_schema())) AND c.relkind IN ('r', 'p', "
    "'v', 'm', 'S', 'f')";

// The relation `c` as SQL names it: schema-qualified, quoted where needed.
constexpr const char* kSqlName = "quote_ident(current_schema()) || '.' || quote_ident(c.relname)";
// The function `p` (pg_proc) as SQL names it: schema-qualified and quoted, with its arguments.
constexpr const char* kFunctionSqlName =
    "quote_ident(current_schema()) || '.' || quote_ident(p.proname) || '(' || "
    "pg_get_function_identity_arguments(p.oid) || ')'";

// The team's logins: the roles that are members of the rep role, directly or through another
// (a manager's login through the manager role), as team(oid); the team's roles among them.
constexpr const char* kTeamCte = R"sql(
WITH RECURSIVE team(oid) AS (
    SELECT m.member FROM pg_auth_members m WHERE m.roleid = to_regrole(quote_ident(fd_team_role('rep')))
    UNION SELECT m.member FROM pg_auth_members m JOIN team ON m.roleid = team.oid)
)sql";

// The team role a login of kTeamCte belongs to, 'manager' or 'rep', by its memberships
// (pg_auth_members): pg_has_role() calls every superuser a member of every role.
constexpr const char* kKindOfLogin =
    "CASE WHEN EXISTS (WITH RECURSIVE up(oid) AS (SELECT m.roleid FROM pg_auth_members m WHERE "
    "m.member = r.oid UNION SELECT m.roleid FROM pg_auth_members m JOIN up ON m.member = up.oid) "
    "SELECT 1 FROM up WHERE up.oid = to_regrole(quote_ident(fd_team_role('manager')))) THEN "
    "'manager' ELSE 'rep' END";

// What the rep role (first) and the manager role hold, by relation.
using Actual = std::map<QString, std::pair<QStringList, QStringList>>;

// Why `privilege` on `relation` beyond FunnelDesk's GRANTs matters, after "so ".
QString whyExtra(const QString& relation, const QString& privilege, bool sequence)
{
    if (sequence)
        return privilege == QLatin1String("UPDATE")
                   ? IntegrityCheck::tr(
                         "its logins may move the sequence, so that ids are chosen or collide")
                   : IntegrityCheck::tr(
                         "its logins may draw or read ids that FunnelDesk alone gives");
    if (relation == QLatin1String("audit_log") && privilege != QLatin1String("SELECT"))
        return IntegrityCheck::tr("entries may be forged, altered or removed");
    if (privilege == QLatin1String("SELECT"))
        return IntegrityCheck::tr(
            "its logins may read what FunnelDesk keeps to the database's owner");
    if (privilege == QLatin1String("TRUNCATE"))
        return IntegrityCheck::tr(
            "its logins may empty the table at once, which no row trigger and no audit "
            "entry records");
    if (privilege == QLatin1String("REFERENCES"))
        return IntegrityCheck::tr(
            "its logins may make tables of their own that keep its rows from being deleted "
            "or changed");
    if (privilege == QLatin1String("TRIGGER"))
        return IntegrityCheck::tr(
            "its logins may put triggers of their own on it, which run with the rights of "
            "whoever writes it next, the owner too");
    return IntegrityCheck::tr(
        "its logins may change it directly, beyond what FunnelDesk lets the role do there");
}

// `relation` is the table's name as check shows it, `sqlName` as SQL names it (schema-qualified
// and quoted where needed, for a hint pasted into psql whatever its search_path).
// `sqlRole` is the role's name as SQL names it.
QString extraSentence(const QString& kind, const QString& relation, const QString& sqlName,
                      const QString& privilege, bool sequence, const QString& sqlRole)
{
    // 006_guard.sql's REVOKE, named in the words check has used since.
    if (kind == QLatin1String("rep") && relation == QLatin1String("audit_log") &&
        privilege == QLatin1String("INSERT"))
        return IntegrityCheck::tr(
                   "The team's rep role may add entries to the audit log directly, so entries "
                   "may be forged; REVOKE INSERT ON %1 FROM %2")
            .arg(sqlName, sqlRole);
    return IntegrityCheck::
        tr("The team's %1 role holds %2 on %3, which FunnelDesk does not grant it, so %4; REVOKE "
           "%2 ON %5 FROM %6")
            .arg(kind, privilege, quoted(relation), whyExtra(relation, privilege, sequence),
                 sqlName, sqlRole);
}

QString missingSentence(const QString& kind, const QString& relation, const QString& sqlName,
                        const QString& privilege, const QString& sqlRole)
{
    return IntegrityCheck::tr(
               "The team's %1 role lacks %2 on %3, which FunnelDesk grants it, so what its logins "
               "do there fails; GRANT %2 ON %4 TO %5")
        .arg(kind, privilege, quoted(relation), sqlName, sqlRole);
}

// The matrix against kExpected. A manager's privilege the rep role holds too (or lacks too,
// where both should hold it) is the rep role's sentence only; without `managerInRep` what the
// manager role lacks of the rep role's is checkManagerInRep's one sentence.
Actual checkMatrix(Database& db, const TeamRoles& team, bool managerInRep, QStringList& problems)
{
    Actual actual;
    std::map<QString, const Expected*> expected;
    for (const Expected& row : kExpected)
        expected[QString::fromLatin1(row.relation)] = &row;
    auto q = db.query(RightsMatrix::privilegesSql());
    while (q->step()) {
        const QString relation = q->text(0);
        const bool sequence = q->int64(3) != 0;
        const QString sqlName = q->text(4);
        const auto found = expected.find(relation);
        const QStringList wantRep = found == expected.end()
                                        ? QStringList()
                                        : privileges(QString::fromLatin1(found->second->rep));
        const QStringList wantManager =
            found == expected.end() ? QStringList()
                                    : privileges(QString::fromLatin1(found->second->manager));
        const QStringList rep = privileges(q->text(1));
        const QStringList manager = privileges(q->text(2));
        actual[relation] = {rep, manager};
        const QString repKind = QStringLiteral("rep");
        const QString managerKind = QStringLiteral("manager");
        for (const QString& privilege : rep) {
            if (!wantRep.contains(privilege))
                problems << extraSentence(repKind, relation, sqlName, privilege, sequence,
                                          team.rep);
        }
        for (const QString& privilege : wantRep) {
            if (!rep.contains(privilege))
                problems << missingSentence(repKind, relation, sqlName, privilege, team.rep);
        }
        for (const QString& privilege : manager) {
            if (!wantManager.contains(privilege) && !rep.contains(privilege))
                problems << extraSentence(managerKind, relation, sqlName, privilege, sequence,
                                          team.manager);
        }
        for (const QString& privilege : wantManager) {
            if (!manager.contains(privilege) &&
                !(wantRep.contains(privilege) && (!rep.contains(privilege) || !managerInRep)))
                problems << missingSentence(managerKind, relation, sqlName, privilege,
                                            team.manager);
        }
    }
    return actual;
}

// Each privilege a team login (not the owner nor a member of its role, not a superuser:
// checkLogins names those) holds
// beyond what its role holds: a GRANT to the login itself, or through another role.
void checkLoginPrivileges(Database& db, const Actual& roles, QStringList& problems)
{
    auto q =
        db.query(std::string(kTeamCte) + "SELECT r.rolname, " + kKindOfLogin +
                 ", c.relname, (c.relkind = 'S')::int, " + heldSql("r.oid") +
                 ", quote_ident(r.rolname), " + kSqlName +
                 " FROM pg_roles r JOIN team ON team.oid = r.oid CROSS "
                 "JOIN pg_class c WHERE " +
                 kRelations + " AND NOT r.rolsuper AND NOT " + kOwnersLogin +
                 " AND r.rolname NOT IN (fd_team_role('rep'), fd_team_role('manager')) ORDER BY 1, "
                 "c.relkind, 3");
    while (q->step()) {
        const QString kind = q->text(1);
        const QString relation = q->text(2);
        const auto role = roles.find(relation);
        const QStringList own =
            role == roles.end()
                ? QStringList()
                : (kind == QLatin1String("manager") ? role->second.second : role->second.first);
        for (const QString& privilege : privileges(q->text(4))) {
            if (!own.contains(privilege))
                problems
                    << IntegrityCheck::tr(
                           "The login %1 of the team's %2 role holds %3 on %4 beyond its role's "
                           "rights, which FunnelDesk does not grant it, so %5; REVOKE %3 ON %6 "
                           "FROM %7")
                           .arg(quoted(q->text(0)), kind, privilege, quoted(relation),
                                whyExtra(relation, privilege, q->int64(3) != 0), q->text(6),
                                q->text(5));
        }
    }
}

// kKeptFunctions as an SQL VALUES list of (sig, manager), made of its literals alone (no run-time
// text reaches SQL).
std::string keptValues()
{
    std::string values;
    for (const KeptFunction& function : kKeptFunctions)
        values += std::string(values.empty() ? "" : ", ") + "('" + function.signature + "', " +
                  (function.manager ? "true" : "false") + ")";
    return values;
}

// Each of FunnelDesk's functions (fd_…) a team role needs and may not run: for the rep role
// every one kKeptFunctions does not keep from it, for the manager role besides the kept ones a
// manager may run; not a trigger's (the server checks EXECUTE when a trigger is made, not when
// it fires). A server that takes EXECUTE from PUBLIC by default (ALTER DEFAULT PRIVILEGES)
// before init leaves the team so. One sentence per role; what the rep role lacks is not said
// again for the manager role, nor, without `managerInRep`, what the manager role lacks of the
// rep role's (checkManagerInRep's one sentence gives it back).
void checkNeededFunctions(Database& db, const TeamRoles& team, bool managerInRep,
                          QStringList& problems)
{
    auto q = db.query(
        "SELECT k.role, count(*), array_to_string((array_agg(p.proname::text ORDER BY "
        "p.proname, p.oid))[1:5], ', '), string_agg(" +
        std::string(kFunctionSqlName) +
        ", ', ' ORDER BY p.proname, p.oid) FROM pg_proc p LEFT JOIN (VALUES " + keptValues() +
        ") AS v(sig, manager) ON to_regprocedure(v.sig) = p.oid CROSS JOIN (VALUES ('rep'), "
        "('manager')) AS k(role) WHERE p.pronamespace = "
        "to_regnamespace(quote_ident(current_schema())) AND p.proname LIKE 'fd\\_%' AND "
        "p.prorettype <> 'trigger'::regtype AND NOT has_function_privilege(fd_team_role(k.role), "
        "p.oid, 'EXECUTE') AND CASE WHEN k.role = 'rep' THEN v.sig IS NULL ELSE v.manager OR "
        "(v.sig IS NULL AND " +
        std::string(managerInRep ? "true" : "false") +
        " AND has_function_privilege(fd_team_role('rep'), p.oid, 'EXECUTE')) END "
        "GROUP BY k.role ORDER BY k.role DESC");
    while (q->step()) {
        const qint64 count = q->int64(1);
        QString names = q->text(2);
        if (count > 5)
            names += QStringLiteral(", …");
        problems << IntegrityCheck::tr(
                        "The team's %1 role may not run %2 of FunnelDesk's functions that its "
                        "logins need (%3), so what they do with them fails; GRANT EXECUTE ON "
                        "FUNCTION %4 TO %5")
                        .arg(q->text(0))
                        .arg(count)
                        .arg(names, q->text(3), team.of(q->text(0)));
    }
}

// Each function of kKeptFunctions a team role may run beyond what FunnelDesk grants it.
void checkFunctions(Database& db, const TeamRoles& team, QStringList& problems)
{
    const std::string values = keptValues();
    // And every trigger function of the schema that runs with the owner's rights: the server
    // checks EXECUTE when a trigger is made, not when it fires, so a rep who may run one could
    // attach it to a temporary table of its own and have it write, as the owner, from rows it
    // made up (031_summary_rows.sql keeps each from PUBLIC).
    auto q = db.query(
        "SELECT k.sig, k.manager, has_function_privilege(fd_team_role('rep'), f, 'EXECUTE'), "
        "has_function_privilege(fd_team_role('manager'), f, 'EXECUTE'), (SELECT " +
        std::string(kFunctionSqlName) +
        " FROM pg_proc p WHERE p.oid = f) FROM (SELECT sig, "
        "manager FROM (VALUES " +
        values +
        ") AS v(sig, manager) UNION SELECT p.oid::regprocedure::text, false FROM pg_proc p "
        "WHERE p.pronamespace = to_regnamespace(quote_ident(current_schema())) AND p.prosecdef "
        "AND p.prorettype = 'trigger'::regtype) AS k, to_regprocedure(k.sig) AS f WHERE f IS "
        "NOT NULL ORDER BY 1");
    while (q->step()) {
        const bool rep = q->int64(2) != 0;
        const bool manager = q->int64(3) != 0;
        const QString name = q->text(0).section(QLatin1Char('('), 0, 0);
        QString kind;
        if (rep)
            kind = QStringLiteral("rep");
        else if (manager && q->int64(1) == 0)
            kind = QStringLiteral("manager");
        else
            continue;
        problems
            << IntegrityCheck::tr(
                   "The team's %1 role may run the function %2, which FunnelDesk keeps from it, "
                   "so its logins may do through it, with the owner's rights, what FunnelDesk "
                   "keeps from them; REVOKE EXECUTE ON FUNCTION %3 FROM %4")
                   .arg(kind, quoted(name), q->text(4), team.of(kind));
    }
}

// What a predefined role of the server that checkServerRoles names lets its members do.
QString whatServerRoleDoes(const QString& role)
{
    if (role == QLatin1String("pg_read_all_data"))
        return IntegrityCheck::tr(
            "reads every table, the audit log and the team's logins included");
    if (role == QLatin1String("pg_write_all_data"))
        return IntegrityCheck::tr("writes every table, whatever FunnelDesk grants");
    if (role == QLatin1String("pg_read_server_files"))
        return IntegrityCheck::tr("reads the server's files");
    if (role == QLatin1String("pg_write_server_files"))
        return IntegrityCheck::tr("writes the server's files");
    return IntegrityCheck::tr("runs programs on the server as its operating system user");
}

// Each team role, and each team login (as checkLogins'), that holds a predefined role of the
// server reaching past FunnelDesk's rights: every table's rows, or the server's files and
// programs (PostgreSQL's documentation, "Predefined Roles"). Held means a member, inheriting or
// not: a NOINHERIT login may still SET ROLE to it. One that holds it through a team role is that
// role's sentence (the manager role through the rep role too). The hint revokes it from each
// role that is granted it directly and that the login or team role is a member of.
void checkServerRoles(Database& db, QStringList& problems)
{
    auto q = db.query(
        std::string(kTeamCte) +
        ", holder AS (SELECT r.oid, r.rolname, r.rolname IN (fd_team_role('rep'), "
        "fd_team_role('manager')) AS team_role, CASE WHEN r.rolname = fd_team_role('manager') "
        "THEN 'manager' WHEN r.rolname = fd_team_role('rep') THEN 'rep' ELSE " +
        kKindOfLogin +
        " END AS kind, p.oid AS server_oid, p.rolname AS server_role FROM pg_roles "
        "r CROSS JOIN pg_roles p WHERE p.rolname IN ('pg_read_all_data', 'pg_write_all_data', "
        "'pg_read_server_files', 'pg_write_server_files', 'pg_execute_server_program') AND "
        "pg_has_role(r.oid, p.oid, 'MEMBER') AND (r.rolname IN (fd_team_role('rep'), "
        "fd_team_role('manager')) OR r.oid IN (SELECT oid FROM team) AND r.rolcanlogin AND NOT "
        "r.rolsuper AND NOT " +
        kOwnersLogin +
        " AND r.rolname <> fd_team_owner())) SELECT h.rolname, h.kind, h.server_role, "
        "h.team_role::int, (SELECT string_agg(quote_ident(x.rolname), ', ' ORDER BY x.rolname) "
        "FROM pg_auth_members m JOIN pg_roles x ON x.oid = m.member WHERE m.roleid = "
        "h.server_oid AND pg_has_role(h.oid, x.oid, 'MEMBER')) FROM holder h WHERE NOT EXISTS "
        "(SELECT 1 FROM holder t WHERE t.team_role AND t.oid <> h.oid AND t.server_oid = "
        "h.server_oid AND pg_has_role(h.oid, t.oid, 'MEMBER')) ORDER BY h.team_role DESC, 1, 3");
    while (q->step()) {
        const QString role = q->text(2);
        problems << (q->int64(3) != 0
                         ? IntegrityCheck::tr(
                               "The team's %1 role holds the server's role %2, which %3, so each "
                               "of its logins may do far more than FunnelDesk lets a %1; REVOKE "
                               "%2 FROM %4")
                               .arg(q->text(1), role, whatServerRoleDoes(role), q->text(4))
                         : IntegrityCheck::tr(
                               "The login %1 of the team's %2 role holds the server's role %3, "
                               "which %4, so whoever signs in as it may do far more than "
                               "FunnelDesk lets a %2; REVOKE %3 FROM %5")
                               .arg(quoted(q->text(0)), q->text(1), role, whatServerRoleDoes(role),
                                    q->text(4)));
    }
}

// Each team login (a member of the rep role, directly or not; not the owner, nor a member of the
// owner's role unless a superuser) that holds a role attribute beyond a plain login's, and each rep
// agent's login that is a member of the manager role (the team's roles themselves written into
// agent.login are fd_team_unknown_logins' to name).
void checkLogins(Database& db, QStringList& problems)
{
    auto q = db.query(
        std::string(kTeamCte) + "SELECT r.rolname, " + kKindOfLogin +
        ", concat_ws(', ', CASE WHEN r.rolsuper THEN 'SUPERUSER' END, "
        "CASE WHEN r.rolcreaterole THEN 'CREATEROLE' END, CASE WHEN r.rolcreatedb THEN 'CREATEDB' "
        "END, "
        "CASE WHEN r.rolbypassrls THEN 'BYPASSRLS' END, CASE WHEN r.rolreplication THEN "
        "'REPLICATION' END) "
        "FROM pg_roles r JOIN team ON team.oid = r.oid "
        "WHERE r.rolname NOT IN (fd_team_role('rep'), fd_team_role('manager'), fd_team_owner()) "
        "AND (r.rolsuper OR NOT " +
        kOwnersLogin +
        ") "
        "AND (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolbypassrls OR "
        "r.rolreplication) ORDER BY 1");
    while (q->step())
        problems
            << IntegrityCheck::tr(
                   "The login %1 of the team's %2 role holds %3 on the server, so whoever signs in "
                   "as it may do far more than FunnelDesk lets a %2 (a superuser anything, "
                   "CREATEROLE give itself any role, the owner's too, CREATEDB make databases, "
                   "BYPASSRLS read past row security, REPLICATION copy every table); take them "
                   "with ALTER ROLE")
                   .arg(quoted(q->text(0)), q->text(1), q->text(2));
    auto rep = db.query("SELECT a.name, a.login FROM agent a JOIN pg_roles r ON r.rolname = "
                        "a.login WHERE a.role = 'rep' "
                        "AND NOT r.rolsuper AND a.login NOT IN (fd_team_owner(), "
                        "fd_team_role('rep'), fd_team_role('manager')) "
                        "AND pg_has_role(r.oid, to_regrole(quote_ident(fd_team_role('manager'))), "
                        "'MEMBER') ORDER BY a.login");
    while (rep->step())
        problems
            << IntegrityCheck::tr(
                   "The agent %1 is a rep, but their login %2 is a member of the team's manager "
                   "role, so it holds a manager's rights on the server; disabling the login and "
                   "enabling it again gives it a rep's rights again%3")
                   .arg(quoted(rep->text(0)), quoted(rep->text(1)),
                        hints::clause(hints::Hint::ReenableLogin, {rep->text(1)}));
}

} // namespace

std::string RightsMatrix::privilegesSql()
{
    return "SELECT c.relname, " + heldSql("fd_team_role('rep')") + ", " +
           heldSql("fd_team_role('manager')") + ", (c.relkind = 'S')::int, " + kSqlName +
           " FROM pg_class c WHERE " + kRelations + " ORDER BY c.relkind, c.relname";
}

void RightsMatrix::check(Database& db, QStringList& problems)
{
    // Each statement reads the roles' names (fd_team_role) afresh: a move committed between two
    // of them mixes the old pair's rights with the new's. The names read the same before and
    // after mean no move came between, since a move always makes new names.
    constexpr int kAttempts = 3;
    for (int attempt = 1; attempt <= kAttempts; ++attempt) {
        const std::optional<TeamRoles> before = rights::teamRoles(db);
        if (!before) {
            rights::checkMissingRoles(db, problems);
            return;
        }
        QStringList found;
        rights::checkSchema(db, *before, found);
        const bool managerInRep = rights::checkManagerInRep(db, *before, found);
        const Actual roles = checkMatrix(db, *before, managerInRep, found);
        checkLoginPrivileges(db, roles, found);
        checkFunctions(db, *before, found);
        checkNeededFunctions(db, *before, managerInRep, found);
        checkLogins(db, found);
        checkServerRoles(db, found);
        if (rights::teamRoles(db) == before) {
            problems << found;
            return;
        }
    }
    problems << IntegrityCheck::tr(
                    "The team's roles were moved to new ones each of the %1 times check read "
                    "their rights (a team change does that while they are shared with another "
                    "database or schema); run check again")
                    .arg(kAttempts);
}

std::vector<RightsMatrix::Held> RightsMatrix::expected()
{
    std::vector<Held> all;
    for (const Expected& row : kExpected)
        all.push_back({QString::fromLatin1(row.relation), QString::fromLatin1(row.rep),
                       QString::fromLatin1(row.manager)});
    return all;
}

} // namespace fd::pg
