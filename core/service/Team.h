// The application layer for agents and canned replies (issue 16): the CLI and the GUI
// read and add them only through here.
#pragma once

#include "common/Result.h"
#include "domain/Agent.h"
#include "domain/CannedReply.h"

#include <optional>
#include <vector>

namespace fd {

class Database;

// Agents (PRODUCT.md: owners, assignees, the actor of a manual move).
class Team {
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
