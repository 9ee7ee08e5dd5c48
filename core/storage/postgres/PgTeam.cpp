#include "storage/postgres/PgTeam.h"

#include "common/FrontEndHints.h"
#include "common/Quoted.h"
#include "storage/Database.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgDatabase.h"
#include "storage/Transaction.h"

#include <libpq-fe.h>

#include <array>

namespace fd::pg {

namespace {

// The SCRAM-SHA-256 verifier of `password` for `login`, computed by libpq on this machine.
QString verifier(Database& db, const QString& login, const QString& password)
{
    Connection* conn = PgDatabase::connectionOf(db);
    const QByteArray user = login.toUtf8();
    QByteArray secret = password.toUtf8();
    char* made = PQencryptPasswordConn(conn->native(), secret.constData(), user.constData(),
                                       "scram-sha-256");
    secret.fill('\0');
    if (made == nullptr)
        return {};
    QString result = QString::fromLatin1(made);
    PQfreemem(made);
    return result;
}

// A team function's refusal as one translated sentence about `login`, the role it was asked to
// act on. migrations/012_team_logins.sql raises FDL01-FDL04 for a role the team functions do not
// act on, 019_check.sql FDL07 for a manager's re-use of a login whose agent was deleted,
// 034_team_awaiting.sql FDL08 for a login that would not inherit the role it was given; the
// server refuses a name it keeps for itself (42939: public, none, current_user, …) or a role made
// meanwhile (42710). 003_team.sql's and 008_team_enable.sql's refusals (55000,
// P0002) are their own sentence alone, without the server's wrapping and SQLSTATE. Any other
// error as the database words it (42501, a right the login lacks: NoRight).
QString refusal(Database& db, const QByteArray& state, const QString& login)
{
    if (state == "FDL01")
        return Team::tr("FunnelDesk did not make the login %1 for %2, nor did its owner give it to "
                        "an agent; the "
                        "team commands act only on such logins.")
            .arg(quoted(login), db.display());
    if (state == "FDL02")
        return Team::tr("The role %1 is a group role, not a person's login; the team commands act "
                        "only on logins.")
            .arg(quoted(login));
    if (state == "FDL03")
        return Team::tr(
                   "The role %1 owns %2; the team commands do not act on the database's owner.")
            .arg(quoted(login), db.display());
    if (state == "FDL04")
        return Team::
            tr("The login %1 exists on the server and FunnelDesk did not make it for %2; only the "
               "database's owner can give it to an agent%3.")
                .arg(quoted(login), db.display(),
                     hints::clause(hints::Hint::LoginToAgent, {login}));
    if (state == "FDL07")
        return Team::tr("The login %1 belonged to an agent of %2 that was deleted; only the "
                        "database's owner can "
                        "give it to an agent again%3.")
            .arg(quoted(login), db.display(), hints::clause(hints::Hint::LoginToAgent, {login}));
    if (state == "FDL08") {
        QString sqlName = login; // an identifier always quoted, as SQL reads it
        sqlName.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return Team::tr("The login “%1” does not inherit the rights of the roles it is a member of "
                        "(NOINHERIT), so it would not work here, and nothing was changed; the "
                        "server's administrator can run ALTER ROLE %2 INHERIT first, which also "
                        "lets it use the rights of every other role it is a member of.")
            .arg(login, QLatin1Char('"') + sqlName + QLatin1Char('"'));
    }
    if (state == "42939")
        return Team::tr("PostgreSQL keeps the name %1 for itself; choose another login name.")
            .arg(quoted(login));
    if (state == "42710")
        return Team::tr("A role named %1 was made on the server meanwhile; try again, or choose "
                        "another login "
                        "name.")
            .arg(quoted(login));
    return {};
}

// refusal(), else 003_team.sql's and 008_team_enable.sql's own sentence, else the database's.
fd::Error teamError(Database& db, const pg::Error& error, const QString& login)
{
    if (QString sentence = refusal(db, error.sqlState, login); !sentence.isEmpty())
        return sentence;
    if ((error.sqlState == "55000" || error.sqlState == "P0002") && !error.said.isEmpty())
        return QString(error.said + QLatin1Char('.'));
    return db.describe(SqlError(error.connectionLost ? 1 : 0, error.sentence, {}, error.sqlState));
}

// Calls a team function on `db`'s connection (in its transaction) about the role `login`, so
// that a refusal is one sentence (teamError).
Result<Rows> callTeam(Database& db, const QByteArray& sql, std::initializer_list<Value> params,
                      const QString& login)
{
    Outcome<Rows> rows = PgDatabase::connectionOf(db)->exec(sql, params);
    if (!rows)
        return failure(teamError(db, rows.error(), login));
    return std::move(*rows);
}

// Runs `work` in one transaction on `db`, committed when it succeeds. `work` returns a Result.
template <typename F> auto inTeamTransaction(Database& db, F&& work) -> decltype(work())
{
    try {
        Transaction tx(db);
        auto done = work();
        if (done)
            tx.commit();
        return done;
    } catch (const SqlError& error) {
        return failure(db.describe(error));
    }
}

QString serverOnly()
{
    return Team::tr("Teams are a server feature: a FunnelDesk file has no logins.");
}

// The password's verifier, or an empty string for none; nullopt when libpq could not make it.
std::optional<QString> verifierOrNone(Database& db, const QString& login,
                                      const std::optional<QString>& password)
{
    if (!password)
        return QString();
    QString hashed = verifier(db, login, *password);
    if (hashed.isEmpty())
        return std::nullopt;
    return hashed;
}

// The sentence when a role of the cluster, or an agent's login here, is `login` in other letter
// case ("rep1" for "Rep1") and no role is named `login` itself; empty when there is none.
// Logins are case-sensitive in PostgreSQL (FunnelDesk quotes them), so both could exist, and a
// person could not tell which one signs in (issue 17 hostile pass).
QString caseClash(Database& db, const QString& login)
{
    auto q = db.query("SELECT name FROM (SELECT rolname::text AS name FROM pg_roles UNION SELECT "
                      "login FROM agent "
                      "WHERE login IS NOT NULL) AS taken WHERE lower(name) = lower(?) AND name <> "
                      "? AND NOT EXISTS "
                      "(SELECT 1 FROM pg_roles WHERE rolname = ?) ORDER BY name LIMIT 1");
    q->bind(1, login);
    q->bind(2, login);
    q->bind(3, login);
    if (!q->step())
        return {};
    return Team::tr("The login %1 differs only in case from the login %2 on this server: "
                    "PostgreSQL tells them "
                    "apart, but people, and psql's unquoted names (folded to lower case), do not; "
                    "choose another "
                    "login, or give %2 to the agent%3.")
        .arg(quoted(login), quoted(q->text(0)), hints::clause(hints::Hint::LinkAgent));
}

// The server attributes `login` holds beyond a plain login's, as ALTER ROLE names them
// (SUPERUSER, CREATEROLE, CREATEDB, REPLICATION, BYPASSRLS); empty when it holds none or does not
// exist. pg_roles shows them to every login.
QStringList serverAttributes(Database& db, const QString& login)
{
    auto q = db.query("SELECT rolsuper::int, rolcreaterole::int, rolcreatedb::int, "
                      "rolreplication::int, rolbypassrls::int FROM pg_roles WHERE rolname = ?");
    q->bind(1, login);
    QStringList held;
    if (!q->step())
        return held;
    static constexpr std::array kNames{"SUPERUSER", "CREATEROLE", "CREATEDB", "REPLICATION",
                                       "BYPASSRLS"};
    for (int i = 0; i < static_cast<int>(kNames.size()); ++i)
        if (q->int64(i) != 0)
            held << QLatin1String(kNames[static_cast<std::size_t>(i)]);
    return held;
}

// A refusal, before anything is written, of a team change the login's server attributes make
// pointless: `sentence` takes the login (%1), the attributes (%2), and for the ALTER ROLE it
// names, the login as an identifier always quoted (%3) and the words that take them away (%4).
QString attributesRefusal(const QString& sentence, const QString& login,
                          const QStringList& attributes)
{
    QString sqlName = login;
    sqlName.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    QStringList without;
    for (const QString& attribute : attributes)
        without << QStringLiteral("NO") + attribute;
    return sentence.arg(quoted(login), attributes.join(QStringLiteral(", ")),
                        QLatin1Char('"') + sqlName + QLatin1Char('"'),
                        without.join(QLatin1Char(' ')));
}

// Whether `login` is the database's owner (012's fd_team_owner()) or the connection's own login:
// the team functions refuse both in their own words, which come first.
bool ownerOrSelf(Database& db, const QString& login)
{
    auto q = db.query("SELECT (? IN (session_user, fd_team_owner()))::int");
    q->bind(1, login);
    return q->step() && q->int64(0) != 0;
}

// Whether an agent signs in as `login`.
bool hasAgent(Database& db, const QString& login)
{
    auto q = db.query("SELECT 1 FROM agent WHERE login = ?");
    q->bind(1, login);
    return q->step();
}

} // namespace

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

Result<qint64> Team::add(Database& db, const QString& login, const QString& name,
                         const QString& role, const std::optional<QString>& password)
{
    if (PgDatabase::connectionOf(db) == nullptr)
        return failure(serverOnly());
    return inTeamTransaction(db, [&]() -> Result<qint64> {
        if (const QString clash = caseClash(db, login); !clash.isEmpty())
            return failure(clash);
        {
            auto q = db.query(
                "SELECT name, login FROM agent WHERE fd_nocase(name) = fd_nocase(?) OR login = ?");
            q->bind(1, name);
            q->bind(2, login);
            if (q->step()) {
                if (q->text(1) == login)
                    return failure(tr("The login %1 is already the agent %2 here.")
                                       .arg(quoted(login), q->text(0)));
                return failure(
                    tr("An agent named %1 already exists; give the new login another name, or give "
                       "that agent the login%2.")
                        .arg(quoted(q->text(0)), hints::clause(hints::Hint::LinkAgent)));
            }
        }
        const std::optional<QString> hashed = verifierOrNone(db, login, password);
        if (!hashed)
            return failure(
                tr("The password for %1 could not be prepared for the server.").arg(quoted(login)));
        const Result<Rows> id =
            callTeam(db, "SELECT fd_team_add($1, $2, $3, $4)",
                     {login, name, role, password ? Value(*hashed) : Value()}, login);
        if (!id)
            return failure(id.error());
        return id->int64(0, 0);
    });
}

Result<Team::Member> Team::link(Database& db, const QString& login, const QString& agentKey,
                                const std::optional<QString>& role,
                                const std::optional<QString>& password)
{
    if (PgDatabase::connectionOf(db) == nullptr)
        return failure(serverOnly());
    return inTeamTransaction(db, [&]() -> Result<Member> {
        if (const QString clash = caseClash(db, login); !clash.isEmpty())
            return failure(clash);
        Member agent;
        {
            bool isId = false;
            const qint64 id = agentKey.toLongLong(&isId);
            auto q = db.query(
                "SELECT id, name, role FROM agent WHERE id = ? OR fd_nocase(name) = fd_nocase(?) "
                "ORDER BY id <> ? LIMIT 1");
            q->bind(1, isId ? id : qint64(-1));
            q->bind(2, agentKey);
            q->bind(3, isId ? id : qint64(-1));
            if (!q->step())
                return failure(tr("No agent of %1 has the id or name %2%3.")
                                   .arg(db.display(), quoted(agentKey),
                                        hints::clause(hints::Hint::ListAgents)));
            agent.agentId = q->int64(0);
            agent.name = q->text(1);
            agent.role = role.value_or(q->text(2));
        }
        const std::optional<QString> hashed = verifierOrNone(db, login, password);
        if (!hashed)
            return failure(
                tr("The password for %1 could not be prepared for the server.").arg(quoted(login)));
        const Result<Rows> linked = callTeam(
            db, "SELECT fd_team_link($1, $2, $3, $4)",
            {login, agent.agentId, agent.role, password ? Value(*hashed) : Value()}, login);
        if (!linked)
            return failure(linked.error());
        agent.login = login;
        agent.active = true;
        agent.canLogIn = true;
        agent.hasRights = true;
        return agent;
    });
}

Result<std::vector<Team::Member>> Team::members(Database& db, bool all)
{
    if (PgDatabase::connectionOf(db) == nullptr)
        return failure(serverOnly());
    return db.guard([&] {
        std::vector<Member> found;
        auto q = db.query("SELECT a.id, a.name, coalesce(a.login, ''), a.role, a.active, "
                          "coalesce(r.rolcanlogin, false), "
                          "coalesce(pg_has_role(r.oid, (SELECT g.oid FROM pg_roles g WHERE "
                          "g.rolname = fd_team_role(a.role)), "
                          "'USAGE'), false) "
                          "FROM agent a LEFT JOIN pg_roles r ON r.rolname = a.login "
                          "WHERE a.login IS NOT NULL OR ? = 1 ORDER BY fd_nocase(a.name), a.id");
        q->bind(1, all);
        while (q->step()) {
            Member member;
            member.agentId = q->int64(0);
            member.name = q->text(1);
            member.login = q->text(2);
            member.role = q->text(3);
            member.active = q->int64(4) != 0;
            member.canLogIn = q->int64(5) != 0;
            member.hasRights = q->int64(6) != 0;
            found.push_back(member);
        }
        return found;
    });
}

Result<Team::Disabled> Team::disable(Database& db, const QString& login)
{
    if (PgDatabase::connectionOf(db) == nullptr)
        return failure(serverOnly());
    return inTeamTransaction(db, [&]() -> Result<Disabled> {
        const auto canLogIn = [&] {
            auto q = db.query(
                "SELECT coalesce((SELECT rolcanlogin FROM pg_roles WHERE rolname = ?), false)");
            q->bind(1, login);
            q->step();
            return q->int64(0) != 0;
        };
        if (!hasAgent(db, login))
            return failure(
                tr("No agent of %1 signs in as %2%3.")
                    .arg(db.display(), quoted(login), hints::clause(hints::Hint::ListAgents)));
        // SUPERUSER keeps every right whatever is revoked, and CREATEROLE may GRANT itself the
        // team's roles again (PostgreSQL 15): disabling such a login would only look done.
        const QStringList attributes = serverAttributes(db, login);
        if (!ownerOrSelf(db, login)) {
            QStringList held = attributes;
            held.removeIf([](const QString& attribute) {
                return attribute != QLatin1String("SUPERUSER") &&
                       attribute != QLatin1String("CREATEROLE");
            });
            if (!held.isEmpty())
                return failure(attributesRefusal(
                    tr("The login %1 has %2 on the server, so it keeps or can take back every "
                       "right here whatever team disable does, and nothing was changed; the "
                       "server's administrator can first run: ALTER ROLE %3 %4"),
                    login, held));
        }
        const bool before = canLogIn();
        if (const Result<Rows> done = callTeam(db, "SELECT fd_team_disable($1)", {login}, login);
            !done)
            return failure(done.error());
        if (!before)
            return Disabled::WasLocked;
        if (!canLogIn())
            return Disabled::SignedOut;
        return attributes.isEmpty() ? Disabled::RightsOnly : Disabled::NotPlain;
    });
}

Result<Team::Enabled> Team::enable(Database& db, const QString& login)
{
    if (PgDatabase::connectionOf(db) == nullptr)
        return failure(serverOnly());
    return inTeamTransaction(db, [&]() -> Result<Enabled> {
        // fd_team_enable refuses a login with a server attribute in words meant for team add
        // ("choose another login name"); an agent's login is told what to do instead.
        if (hasAgent(db, login) && !ownerOrSelf(db, login)) {
            if (const QStringList held = serverAttributes(db, login); !held.isEmpty())
                return failure(attributesRefusal(
                    tr("The login %1 has %2 on the server, and the team commands give their "
                       "rights only to a login without such attributes, so nothing was changed; "
                       "the server's administrator can first run: ALTER ROLE %3 %4"),
                    login, held));
        }
        const Result<Rows> done = callTeam(db, "SELECT fd_team_enable($1)", {login}, login);
        if (!done)
            return failure(done.error());
        const QString outcome = done->text(0, 0);
        if (outcome == QLatin1String("already"))
            return Enabled::Already;
        return outcome == QLatin1String("login") ? Enabled::Login : Enabled::Rights;
    });
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

Result<qint64> Team::withoutLogin(Database& db)
{
    if (PgDatabase::connectionOf(db) == nullptr)
        return failure(serverOnly());
    return db.guard(
        [&] { return db.scalar("SELECT count(*) FROM agent WHERE login IS NULL AND active = 1"); });
}

} // namespace fd::pg
