// The application layer for agents and canned replies (issue 16): the CLI and the GUI
// read and add them only through here.
#pragma once

#include "common/Result.h"
#include "domain/Agent.h"
#include "domain/CannedReply.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace fd {

class Database;

// One login of a team on a server (`team list`).
struct TeamLogin {
    qint64 agentId = 0;
    QString name;  // the agent's
    QString login; // the server's role that logs in
    AgentRole role = AgentRole::Rep;
    bool active = true;     // the agent is active
    bool canLogIn = false;  // the server lets the login connect (false once disabled)
    bool hasRights = false; // the login is a member of its role here (false once disabled)
};

// What `team disable` did: its agent is inactive and it has no rights here in every case.
enum class LoginDisabled {
    SignedOut,  // the login may no longer connect to the server (NOLOGIN, cluster-wide)
    RightsOnly, // it may still connect: FunnelDesk did not make it, or it belongs to other roles
    NotPlain,   // it may still connect, as a role with CREATEDB, REPLICATION or BYPASSRLS,
                // which enableLogin() refuses too (SUPERUSER and CREATEROLE: disable refuses)
    WasLocked,  // the server did not let it connect before either
};
// What `team enable` did.
enum class LoginEnabled {
    Already, // nothing: it could connect and act here
    Login,   // it may connect again (team disable had taken that) and act here
    Rights,  // it acts here again; it could connect all along (a member of other roles)
};

// Agents (PRODUCT.md: owners, assignees, the actor of a manual move), and on a server the
// logins that sign in as them (issue 17, "Who is working": `team add|list|disable`).
class Team {
    Q_DECLARE_TR_FUNCTIONS(fd::Team)

public:
    // `db` must outlive this object.
    explicit Team(Database& db) : m_db(db) {}

    // value: the new agent's id. Errors: a name of digits only, a name or email another
    // agent has (issue 14 §6: any case, any spacing), the database's.
    Result<qint64> add(const Agent& agent);
    // Empty when no agent has the id.
    Result<std::optional<Agent>> find(qint64 id);
    // The active agent with `key` as typed (an id, a name or an email, trimmed) for a new
    // write: an owner, assignee, touchpoint agent or move actor. Errors: no agent has the
    // key; the agent is inactive (issue 14 §6); the database's.
    Result<Agent> findActive(const QString& key);
    // Every agent, active or not, by name (any case).
    Result<std::vector<Agent>> all();

    // The logins (server only; on a file each of these says in one sentence that teams are a
    // server feature). addLogin makes `login` a server login of `role` and its agent `name`,
    // all or nothing; `password` as pg::Team::add (nullopt: none; the server stores only a
    // verifier computed here). Value: the agent's id. Errors, one sentence each: an empty or
    // reserved login (pg_…, funneldesk_…, or a name the server keeps: public, none), one with a
    // character beyond ASCII letters, digits and . _ - @ (Validation::loginProblem), an empty
    // name or one of digits only, an agent of that name or login, a login that exists on the
    // server and that FunnelDesk did not make for this database (only the owner adopts one,
    // with linkLogin: migrations/012_team_logins.sql), the owner's role or a group role, a
    // caller that is not a manager (Error::Kind::NoRight), the server's.
    Result<qint64> addLogin(const QString& login, const QString& name, AgentRole role,
                            const std::optional<QString>& password);
    // Gives the existing agent `agent` (its id or name) that has no login yet, e.g. one a
    // migrate copied from a file, the server login `login` of `role` (nullopt: the agent's
    // own), made or taken as addLogin does; the agent becomes active. Value: the agent as it
    // is now. An existing login that FunnelDesk did not make is taken only when the caller is
    // the database's owner (or a member of its role), who adopts it; a manager is refused.
    // Errors, one sentence each: as addLogin's for the login; no such agent; it has a login
    // already; another agent has `login`.
    Result<TeamLogin> linkLogin(const QString& login, const QString& agent,
                                std::optional<AgentRole> role,
                                const std::optional<QString>& password);
    // Every agent that has a login, by name; `all`: every agent (login empty where none).
    Result<std::vector<TeamLogin>> logins(bool all = false);
    // `login` can no longer act here and its agent becomes inactive; a login made for this
    // database alone (made by team add) can no longer connect. Value: which it was. Errors: no
    // agent signs in as it; it is the owner's or the caller's own; it is SUPERUSER or CREATEROLE
    // (nothing written: such a login keeps or takes back any right); a group role; a login
    // FunnelDesk neither made nor was given by the owner; not a manager's (NoRight).
    Result<LoginDisabled> disableLogin(const QString& login);
    // Undoes disableLogin: `login` acts here again with its agent's role, the agent is active,
    // and it may connect again when team disable took that. Errors, one sentence each: no agent
    // signs in as it; the owner's; a group role; a login FunnelDesk neither made nor was given
    // by the owner; a login that is gone, not a plain login (a server attribute: the sentence
    // gives the ALTER ROLE that takes it away), or locked by the server's administrator; a login
    // that does not inherit its role's rights (NOINHERIT); not a manager's (NoRight).
    Result<LoginEnabled> enableLogin(const QString& login);
    // "Teams are a server feature; “PATH” is a FunnelDesk file, where agents have no logins."
    static QString serverOnly(const QString& path);

private:
    Database& m_db;
};

// Canned replies: the reply box reads them, the Canned replies dialog edits them.
class Replies {
public:
    explicit Replies(Database& db) : m_db(db) {}

    // Every canned reply, by title.
    Result<std::vector<CannedReply>> all();
    // value: the new reply's id. Errors: an empty title or body, the database's.
    Result<qint64> add(const CannedReply& reply);
    // The title and body of reply.id. `opened` is the reply as read (all()): the save edits
    // its version; when someone saved it since, nothing is written and the error, of
    // Error::Kind::Conflict, names who changed what and when (Conflicts). Errors besides as
    // add's, or the reply no longer exists.
    Status update(const CannedReply& reply, const CannedReply& opened);
    Status remove(qint64 id);
    // `body` with {customer.name}, {agent.name} and {ticket.id} filled in; other braces
    // are left as written.
    static QString fill(const QString& body, const QString& customerName, const QString& agentName,
                        qint64 ticketId);

private:
    Database& m_db;
};

} // namespace fd
