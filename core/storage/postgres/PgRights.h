// `check` on a server (storage/IntegrityCheck.cpp): what the team's roles and logins may do,
// against what FunnelDesk's migrations grant them.
// - The schema and the database: the rep role may use the schema and connect to the database,
//   and neither role may CREATE in the schema.
// - The rights matrix: for every table and sequence of the schema, the privileges the team's rep
//   role and manager role hold (a manager's through the rep role too), against the ones a freshly
//   initialised schema gives them (003_team.sql, 005_audit.sql, 006_guard.sql, 011, 014, 015:
//   touchpoint_day is read-only for both, fd_team_login and the locks nobody's but the owner's).
//   Each privilege held beyond them is named with why it matters, each one missing with what
//   fails; a manager's privilege that comes with the rep role's is named once, for the rep role.
//   The functions FunnelDesk keeps from a role (the team functions, fd_audit_bulk, the
//   owner's helpers) are named when that role may run them; FunnelDesk's other functions
//   (fd_…, not triggers') when a role may not, one sentence per role.
// - The team's logins (members of the rep or manager role, not the owner): each one that is a
//   superuser or holds CREATEROLE, CREATEDB, BYPASSRLS or REPLICATION, each privilege one holds
//   beyond its role's (a GRANT to the login itself), and each rep agent's login that is a member
//   of the manager role (the role membership is what the server enforces).
// Nothing to say when the team has no roles (an owner without CREATEROLE made the schema).
// A team change may move the team to roles of new names while check reads them
// (033_team_own_roles.sql); the rights are then read again, and after three moves check says
// so in one sentence rather than name rights of two pairs of roles at once.
// The expected matrix lives in PgRights.cpp; tests/core/PgCheckTest.cpp compares it with a fresh
// init's, so a migration that changes a GRANT must change it too.
#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace fd {
class Database;
}

namespace fd::pg {

class RightsMatrix {
public:
    // What the rep role and the manager role hold on one relation: privileges in the order of
    // kPrivilegesSql, comma-separated, "" for none.
    struct Held {
        QString relation;
        QString rep;
        QString manager;
    };

    // The SQL of every table's and sequence's privileges for both roles: rows (relation, rep,
    // manager) as Held says, then whether it is a sequence (1/0) and its schema-qualified SQL
    // name. Needs the team's roles.
    static std::string privilegesSql();

    // Appends a sentence for each privilege, function and login attribute beyond the expected,
    // and each privilege missing.
    static void check(Database& db, QStringList& problems);

    // For the tests: the matrix check() expects.
    static std::vector<Held> expected();
};

} // namespace fd::pg
