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
    QString name;          // the agent's
    QString login;         // the server's role that logs in
    AgentRole role = AgentRole::Rep;
    bool active = true;    // the agent is active
    bool canLogIn = false; // the server lets the login connect (false once disabled)
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
    // reserved login (pg_…, funneldesk_…), an empty name or one of digits only, an agent of
    // that name or login, a login that is not a manager's (Error::Kind::NoRight), the server's.
    Result<qint64> addLogin(const QString& login, const QString& name, AgentRole role,
                            const std::optional<QString>& password);
    // Every agent that has a login, by name.
    Result<std::vector<TeamLogin>> logins();
    // `login` can no longer connect nor act here; its agent becomes inactive. Errors: no agent
    // signs in as it; it is the owner's or the caller's own; not a manager's (NoRight).
    Status disableLogin(const QString& login);
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
    static QString fill(const QString& body, const QString& customerName, const QString& agentName, qint64 ticketId);

private:
    Database& m_db;
};

} // namespace fd
