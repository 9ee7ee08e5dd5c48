// Part of `check` on a server (PgRights.h): the team's roles themselves, for PgRights.cpp only.
// - Whether they exist, and when one does not though agents sign in with logins of their own.
// - The membership their rights rest on (the manager role in the rep role).
// - The schema's and the database's rights: USAGE and CONNECT the rep role needs, CREATE
//   neither role may hold.
// Each appends one sentence per problem to `problems` (IntegrityCheck's words); a hint's SQL
// names objects quoted and schema-qualified, so that it works pasted into psql.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace fd {
class Database;
}

namespace fd::pg::rights {

// Whether the role r is the owner's or a member of the owner's role (for a superuser, always):
// what the owner may do, such a login may, and the team functions treat it as the owner.
inline constexpr const char* kOwnersLogin =
    "pg_has_role(r.oid, (SELECT o.relowner FROM pg_class o WHERE "
    "o.oid = 'fd_meta'::regclass), 'MEMBER')";

// The team's two roles as SQL names them (quote_ident), for the hints.
struct TeamRoles {
    QString rep;
    QString manager;
    const QString& of(const QString& kind) const
    {
        return kind == QLatin1String("manager") ? manager : rep;
    }
    bool operator==(const TeamRoles&) const = default;
};

// The team's two roles (fd_team_role); nullopt when either does not exist on the server.
std::optional<TeamRoles> teamRoles(Database& db);

// When a role is missing: each one, unless no agent other than the owner has a login of its own,
// or the owner may not create roles (then there never were any).
void checkMissingRoles(Database& db, QStringList& problems);

// The manager role a member of the rep role that inherits its rights (not NOINHERIT); false,
// with its sentence, when it is not.
bool checkManagerInRep(Database& db, const TeamRoles& team, QStringList& problems);

// The rep role may use the schema and connect to the database; neither role may CREATE there.
void checkSchema(Database& db, const TeamRoles& team, QStringList& problems);

} // namespace fd::pg::rights
