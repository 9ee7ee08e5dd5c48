// Logins, roles and rights of a FunnelDesk database on a PostgreSQL server (issue 17, Step 11,
// "Who is working" and "Rights enforced by the server"). The roles, GRANTs, the pin trigger and
// the functions this calls are migrations/003_team.sql's; service/Team.h is the front door.
#pragma once

#include "common/Result.h"
#include "common/TeamRights.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace fd {

class Database;

namespace pg {

class Connection;

class Team {
    Q_DECLARE_TR_FUNCTIONS(fd::pg::Team)

public:
    // One login of the team: its agent and whether the server still lets it log in.
    struct Member {
        qint64 agentId = 0;
        QString name;
        QString login;
        QString role;      // "rep" or "manager" (agent.role)
        bool active = true; // agent.active
        bool canLogIn = false; // pg_roles.rolcanlogin (false: disabled, or the login was dropped)
    };

    // What the connection's login may do (TeamRights): read once when a PgDatabase opens.
    // team is false when the database has no team roles (its owner may not create roles).
    // Errors: the server's sentence.
    static Result<TeamRights> rights(Connection& conn);

    // The connection's login (the owner that ran init or migrate; 003_team.sql already made
    // it a manager) gets its agent: an agent without a login of the same name (any case) is
    // given it, else, when `addIfMissing`, a new manager agent named after it is added.
    // Nothing when an agent already has the login. migrate passes false: the copy holds
    // exactly the source's rows (a round trip file → server → file gives the same file).
    static Status claimOwner(Connection& conn, bool addIfMissing = true);

    // Makes `login` a login of role `role` ("rep" or "manager") and adds its agent `name`, in
    // one transaction. `password`: given, the server stores only its SCRAM-SHA-256 verifier,
    // computed here (the password never reaches the server); nullopt: the login has none (its
    // administrator sets one, or the server trusts the socket). A login that exists already
    // keeps its password. Value: the new agent's id. Errors: the login asking is no manager
    // (Error::Kind::NoRight); an agent of that name or login exists; the database has no
    // team roles; the server's.
    static Result<qint64> add(Database& db, const QString& login, const QString& name, const QString& role,
                              const std::optional<QString>& password);
    // Every agent with a login, by name (any case).
    static Result<std::vector<Member>> members(Database& db);
    // `login` may no longer log in (NOLOGIN) nor act here, and its agent is inactive. Errors:
    // no agent has the login; it is the owner's or the caller's; not a manager (NoRight).
    static Status disable(Database& db, const QString& login);
};

} // namespace pg
} // namespace fd
