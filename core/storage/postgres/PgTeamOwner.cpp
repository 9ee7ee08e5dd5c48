// pg::Team's side of the session's own login and of the database's owner: the rights a
// connection has (rights), the owner's agent after init and migrate (claimOwner,
// claimOwnerAgent), and the owner's rows a migrate leaves out (ownerRows, dropOwnerRows).
// PgTeam.cpp has the team commands.
#include "storage/postgres/PgTeam.h"

#include "storage/Database.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgDatabase.h"

namespace fd::pg {

Result<TeamRights> Team::rights(Connection& conn)
{
    const Outcome<Rows> rows =
        conn.exec("SELECT current_user, fd_is_manager(), "
                  "(SELECT id FROM agent WHERE login = current_user AND active = 1), "
                  "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep')), "
                  "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_team_role('rep') "
                  "AND pg_has_role(current_user, oid, 'USAGE'))");
    if (!rows)
        return failure(rows.error().sentence);
    TeamRights rights;
    rights.login = rows->text(0, 0);
    rights.manager = rows->int64(0, 1) != 0;
    if (!rows->isNull(0, 2))
        rights.agentId = rows->int64(0, 2);
    rights.team = rows->int64(0, 3) != 0;
    // Without the team's roles the database works as one login, and every login is its team.
    rights.member = !rights.team || rights.manager || rows->int64(0, 4) != 0;
    return rights;
}

Status Team::claimOwner(Connection& conn, bool addIfMissing, bool takeNamed)
{
    // ON CONFLICT: the name is an agent's that signs in as another login (and !takeNamed).
    const Outcome<Rows> claimed = conn.exec(R"sql(
WITH mine AS (SELECT 1 FROM agent WHERE login = current_user),
claimed AS (
    UPDATE agent SET login = current_user, role = 'manager', active = 1
    WHERE id = (SELECT min(id) FROM agent WHERE (login IS NULL OR $2) AND fd_nocase(name) = fd_nocase(current_user))
      AND NOT EXISTS (SELECT 1 FROM mine)
    RETURNING id)
INSERT INTO agent (name, role, login, active)
SELECT current_user, 'manager', current_user, 1
WHERE $1 AND NOT EXISTS (SELECT 1 FROM mine) AND NOT EXISTS (SELECT 1 FROM claimed)
ON CONFLICT DO NOTHING
)sql",
                                            {addIfMissing, takeNamed});
    if (!claimed)
        return failure(claimed.error().sentence);
    // The owner's login is one the team functions know (migrations/012_team_logins.sql; a schema
    // older than version 9, as the upgrade tests make, has no fd_team_login yet).
    const Outcome<Rows> known = conn.exec(R"sql(
DO $$ BEGIN
    IF to_regclass('fd_team_login') IS NOT NULL THEN
        INSERT INTO fd_team_login (login, origin) VALUES (current_user, 'owner') ON CONFLICT DO NOTHING;
    END IF;
END $$
)sql");
    if (!known)
        return failure(known.error().sentence);
    return {};
}

Result<Team::Member> Team::claimOwnerAgent(Connection& conn, bool& added, QString& formerLogin,
                                           QStringList& leftOut)
{
    const auto count = [&conn]() -> Result<qint64> {
        const Outcome<Rows> rows = conn.exec("SELECT count(*) FROM agent");
        if (!rows)
            return failure(rows.error().sentence);
        return rows->int64(0, 0);
    };
    const Result<qint64> before = count();
    if (!before)
        return failure(before.error());
    // The login the agent of the owner's name had in the copy, when claimOwner replaces it.
    const Outcome<Rows> former =
        conn.exec("SELECT login FROM agent WHERE fd_nocase(name) = fd_nocase(current_user) AND "
                  "login <> current_user "
                  "AND NOT EXISTS (SELECT 1 FROM agent WHERE login = current_user)");
    if (!former)
        return failure(former.error().sentence);
    formerLogin = former->count() == 1 ? former->text(0, 0) : QString();
    if (const Status claimed = claimOwner(conn, true, true); !claimed)
        return failure(claimed.error());
    // A login this server does not have (the file came from another server) is left out: the
    // agent is copied without one, and `team add --agent` gives it one here.
    const Outcome<Rows> cleared = conn.exec(
        "WITH old AS (SELECT id, name, login FROM agent WHERE login IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM pg_roles r WHERE r.rolname = agent.login)), gone AS (UPDATE agent a SET "
        "login = NULL FROM old WHERE a.id = old.id RETURNING old.name, old.login) SELECT name, "
        "login FROM gone ORDER BY fd_nocase(name), login");
    if (!cleared)
        return failure(cleared.error().sentence);
    leftOut.clear();
    for (int row = 0; row < cleared->count(); ++row)
        leftOut << QStringLiteral("%1 (%2)").arg(cleared->text(row, 0), cleared->text(row, 1));
    // The copy's agents keep the logins they had in the source: the owner who ran the migrate
    // gives them to those agents (fd_team_login, 'adopted'), so that `team enable` may give them
    // their rights here. A group role or an administrator's login is still refused by every
    // team function; none of them gets a role here until a manager enables it, and until then
    // check does not call it a login that lost its rights (awaiting_rights, 034_team_awaiting).
    const Outcome<Rows> adopted = conn.exec(
        "INSERT INTO fd_team_login (login, origin, awaiting_rights) SELECT login, 'adopted', "
        "true FROM agent WHERE login IS NOT NULL ON CONFLICT DO NOTHING");
    if (!adopted)
        return failure(adopted.error().sentence);
    const Result<qint64> after = count();
    if (!after)
        return failure(after.error());
    added = *after > *before;
    const Outcome<Rows> rows =
        conn.exec("SELECT id, name, role, active FROM agent WHERE login = current_user");
    if (!rows)
        return failure(rows.error().sentence);
    if (rows->count() != 1)
        return failure(tr("The login that made this copy has no agent in it."));
    Member owner;
    owner.agentId = rows->int64(0, 0);
    owner.name = rows->text(0, 1);
    owner.login = conn.user();
    owner.role = rows->text(0, 2);
    owner.active = rows->int64(0, 3) != 0;
    owner.canLogIn = true;
    owner.hasRights = true;
    return owner;
}

Result<qint64> Team::ownerRows(Database& db)
{
    return db.guard([&] {
        return db.scalar(
            "SELECT (SELECT count(*) FROM agent WHERE login = current_user) + (SELECT count(*) "
            "FROM audit_log WHERE table_name = 'agent' AND row_id IN "
            "(SELECT id FROM agent WHERE login = current_user))");
    });
}

Status Team::dropOwnerRows(Database& db)
{
    return db.guard([&] {
        const qint64 owner =
            db.scalar("SELECT coalesce((SELECT id FROM agent WHERE login = current_user), 0)");
        if (owner == 0)
            return;
        auto agent = db.query("DELETE FROM agent WHERE id = ?");
        agent->bind(1, owner);
        agent->exec();
        // After the agent: its delete may have been logged too.
        auto audit = db.query("DELETE FROM audit_log WHERE table_name = 'agent' AND row_id = ?");
        audit->bind(1, owner);
        audit->exec();
    });
}

} // namespace fd::pg
