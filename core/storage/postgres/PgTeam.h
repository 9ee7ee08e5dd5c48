// Logins, roles and rights of a FunnelDesk database on a PostgreSQL server (issue 17, Step 11,
// "Who is working" and "Rights enforced by the server"). The roles, GRANTs, the pin trigger and
// the functions this calls are migrations/003_team.sql's, 008_team_enable.sql's,
// 012_team_logins.sql's (the logins they act on), 019_check.sql's, 033_team_own_roles.sql's and
// 034_team_awaiting.sql's; service/Team.h is the front door.
#pragma once

#include "common/Result.h"
#include "common/TeamRights.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

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
        QString role;           // "rep" or "manager" (agent.role)
        bool active = true;     // agent.active
        bool canLogIn = false;  // pg_roles.rolcanlogin (false: disabled, or the login was dropped)
        bool hasRights = false; // the login is a member of its role's group role here
    };
    // What `team disable` did to the login (its agent is inactive in every case).
    enum class Disabled {
        SignedOut,  // it may no longer log in to the server (NOLOGIN, fd_team_nologin)
        RightsOnly, // it lost its rights here but may still log in: not made by FunnelDesk, or a
                    // member of other roles (012's fd_team_disable)
        NotPlain,   // the same, as a role with a server attribute (CREATEDB, REPLICATION,
                    // BYPASSRLS), which team enable refuses too
        WasLocked,  // it lost its rights here; the server did not let it log in before either
    };
    // What `team enable` did (migrations/008_team_enable.sql's fd_team_enable value).
    enum class Enabled {
        Already, // nothing: it could log in and act here
        Login,   // it may log in again (team disable had taken that) and act here
        Rights,  // it acts here again; it could log in all along (a member of other roles)
    };

    // What the connection's login may do (TeamRights): read once when a PgDatabase opens.
    // team is false when the database has no team roles (its owner may not create roles).
    // Errors: the server's sentence.
    static Result<TeamRights> rights(Connection& conn);

    // The connection's login (the owner that ran init or migrate; 003_team.sql already made
    // it a manager) gets its agent: an agent without a login of the same name (any case) is
    // given it (with `takeNamed`, an agent of that name that signs in as another login too),
    // else, when `addIfMissing`, a new manager agent named after it is added, unless an agent
    // with another login has that name (then the login has no agent here, rather than a
    // failed upgrade). Nothing when an agent already has the login. init and upgrade pass
    // (true, false); migrate calls claimOwnerAgent (the copy may hold one agent more than the
    // source).
    static Status claimOwner(Connection& conn, bool addIfMissing = true, bool takeNamed = false);
    // claimOwner(conn, true, true) for a copy a migrate made (issue 17: the login that ran it
    // is the first manager, with an agent; issue 17 review: a copy's agent of its name is that
    // person, whatever login the copied row named, since the file's logins were another
    // server's). Value, the owner's agent as it is now; `added` says whether it was added (else
    // an agent of the login's name, or with the login, was there); `formerLogin`, the other
    // login the agent of its name had in the copy, replaced by the owner's (else empty);
    // `leftOut`, each copied agent that signed in with a login this server does not have, as
    // "Name (login)", by name (the login is cleared: the team functions could never act on it,
    // and check would call it gone, refusing the copy). Runs in the connection's transaction,
    // if one is open.
    static Result<Member> claimOwnerAgent(Connection& conn, bool& added, QString& formerLogin,
                                          QStringList& leftOut);

    // Makes `login` a login of role `role` ("rep" or "manager") and adds its agent `name`, in
    // one transaction. `password`: given, the server stores only its SCRAM-SHA-256 verifier,
    // computed here (the password never reaches the server); nullopt: the login has none (its
    // administrator sets one, or the server trusts the socket). An existing login is taken only
    // when FunnelDesk made it for this database before (fd_team_login, 012_team_logins.sql),
    // and keeps its password. Value: the new agent's id. Errors, one sentence each: the login
    // asking is no manager (Error::Kind::NoRight); an agent of that name or login exists; the
    // login exists and FunnelDesk did not make it (the owner can link it: link()); the owner's
    // role; a group role; a name the server keeps (public, none); the database has no team
    // roles; the server's.
    static Result<qint64> add(Database& db, const QString& login, const QString& name,
                              const QString& role, const std::optional<QString>& password);
    // Gives the existing agent `agentKey` (its id, or its name in any case) that has no login
    // yet (one a migrate copied from a file) the login `login` of role `role` (nullopt: the
    // agent's own role), made or taken as add() does; the agent becomes active. Value: the
    // agent, as it is now. An existing login FunnelDesk did not make is adopted only when the
    // connection's login is the owner (or a member of the owner's role); a manager's is refused.
    // Errors, one sentence each: no such agent (or it was deleted while the call waited for
    // another team change); it has a login; another agent has `login`; as add()'s.
    static Result<Member> link(Database& db, const QString& login, const QString& agentKey,
                               const std::optional<QString>& role,
                               const std::optional<QString>& password);
    // Every agent with a login, by name (any case); `all`: every agent, those without a login
    // (login empty, canLogIn and hasRights false) too.
    static Result<std::vector<Member>> members(Database& db, bool all = false);
    // The front end's clause that tells how to give `login` to an agent (Hint::LoginToAgent), or
    // nothing for a name team add refuses (Validation::loginProblem, e.g. a first "-"), so that
    // no sentence gives a command that fails.
    static QString giveToAgentHint(const QString& login);
    // `login` no longer acts here (its roles are revoked) and its agent is inactive; a plain
    // login that belongs to no other role may no longer log in (NOLOGIN, cluster-wide). Value:
    // which of these it was (NOLOGIN only for a login FunnelDesk made). Errors: no agent has the
    // login; it is the owner's or the caller's; it is SUPERUSER or CREATEROLE, which keep or take
    // back any right (what was done is rolled back); a group role; a login not in
    // fd_team_login; not a manager (NoRight).
    static Result<Disabled> disable(Database& db, const QString& login);
    // Undoes disable(): `login` is a member of its agent's role here again, its agent active,
    // and it may log in again when disable() took that (never a login the server's
    // administrator locked, nor a group role). Errors, one sentence each: no agent has the
    // login; it is the owner's; a group role; a login not in fd_team_login; the login is gone,
    // not a plain login or locked by the administrator (an agent's login with a server attribute
    // is told the ALTER ROLE that takes it away); a login that does not inherit its
    // role's rights (NOINHERIT), which enabled would still not work; not a manager (NoRight).
    static Result<Enabled> enable(Database& db, const QString& login);
    // The rows init wrote for its owner (claimOwner): the agent of the connection's login and
    // the audit log's entries of that agent's row. A migrate into a schema that init made takes
    // these as no data; dropOwnerRows() removes them in the caller's transaction before the copy
    // brings the source's agents (claimOwnerAgent then maps or adds the owner again).
    static Result<qint64> ownerRows(Database& db);
    static Status dropOwnerRows(Database& db);
    // How many active agents have no login (agent.login NULL; those a migrate copied from a
    // file): whom `team add --agent` may give one.
    static Result<qint64> withoutLogin(Database& db);
};

} // namespace pg
} // namespace fd
