// What the signed-in login may do on an open FunnelDesk database (issue 17, "Who is working"
// and "Rights enforced by the server"). The server enforces every right (roles, GRANTs and
// triggers of storage/postgres/migrations/003_team.sql); this mirrors what it read when the
// connection opened, so the GUI greys out what the role cannot do and the CLI refuses before
// long work. Core's storage fills it (Database::teamRights()); the GUI and the CLI read it
// through service/Session.h (Session::rights()).
#pragma once

#include <QString>

#include <optional>

namespace fd {

struct TeamRights {
    // A server database with FunnelDesk's team roles. False on a SQLite file (then everything
    // below allows all, and "Me" is picked as before).
    bool team = false;
    // The server's login (current_user); empty on a file.
    QString login;
    // The agent mapped to the login (agent.login); nullopt when none is (the login was not
    // added with `team add`, or on a file).
    std::optional<qint64> agentId;
    // May do a manager's work: change stage rules and SLA targets (settings), canned replies
    // and agents, pin customers, import, restore, delete, `team add|disable`. True on a file.
    bool manager = true;
    // On the team at all: a rep or a manager (a member of the database's rep role). False for a
    // login the server lets in that FunnelDesk never added (one a DBA gave SELECT, say). True on
    // a file.
    bool member = true;
};

// The other session that holds a team job's lock (issue 17, "Once per team"; Database::jobHolder,
// TeamJob::holder): read from the server's pg_locks and pg_stat_activity.
struct JobHolder {
    qint64 pid = 0;      // the server process of that session: the same session turn after turn
    QString login;       // the session's login (pg_stat_activity.usename)
    QString application; // the program it named (application_name), "" when none
    // When that session connected, UTC seconds (backend_start); nullopt where the server does
    // not show it: another login's session, to a role without pg_read_all_stats.
    std::optional<qint64> connectedAt;
};

} // namespace fd
