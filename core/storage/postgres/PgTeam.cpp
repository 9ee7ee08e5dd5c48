#include "storage/postgres/PgTeam.h"

#include "common/FrontEndHints.h"
#include "common/Quoted.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgDatabase.h"
#include "storage/Transaction.h"

#include <libpq-fe.h>

#include <array>
#include <functional>
#include <optional>

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

// `name` as SQL writes an identifier, always in double quotes (one inside doubled): the role in
// an ALTER ROLE a sentence gives to paste into psql.
QString sqlIdentifier(QString name)
{
    name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
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

// A refusal of a team change the login's server attributes make pointless or that the team
// functions refuse: `sentence` takes the login (%1), the attributes (%2), and for the ALTER ROLE it
// names, the login as an identifier always quoted (%3) and the words that take them away (%4).
QString attributesRefusal(const QString& sentence, const QString& login,
                          const QStringList& attributes)
{
    QStringList without;
    for (const QString& attribute : attributes)
        without << QStringLiteral("NO") + attribute;
    return sentence.arg(quoted(login), attributes.join(QStringLiteral(", ")), sqlIdentifier(login),
                        without.join(QLatin1Char(' ')));
}

// The refusal of a login with server attributes (attributesRefusal's %1-%4), which
// fd_team_check_login refuses in words meant for a new login ("choose another login name").
const char* const kAttributesRefused = QT_TRANSLATE_NOOP(
    "fd::pg::Team", "The login %1 has %2 on the server, and the team commands give their rights "
                    "only to a login without such attributes, so nothing was changed; the "
                    "server's administrator can first run: ALTER ROLE %3 %4");

// Why the team functions found `login` no plain login (their 55000 "choose another login name",
// 008_team_enable.sql's fd_team_check_login), read after the refusal was rolled back: a server
// attribute, or NOLOGIN that FunnelDesk did not set. Empty when it is neither (a database
// without team roles, refused in the same SQLSTATE).
QString notPlain(Database& db, const QString& login)
{
    if (const QStringList held = serverAttributes(db, login); !held.isEmpty())
        return attributesRefusal(Team::tr(kAttributesRefused), login, held);
    auto q = db.query("SELECT 1 FROM pg_roles WHERE rolname = ? AND NOT rolcanlogin");
    q->bind(1, login);
    if (!q->step())
        return {};
    return Team::tr("The login %1 may not sign in to the server (NOLOGIN), and the team commands "
                    "give their rights only to a login that may, so nothing was changed; the "
                    "server's administrator can first run: ALTER ROLE %2 LOGIN")
        .arg(quoted(login), sqlIdentifier(login));
}

// Why the team functions could not change this database's team at all, read after their
// refusal (55000, or 42704 for a role that does not exist) was rolled back: it has no team roles
// and its owner may not create roles (003_team.sql: it works as one login); a team role is not on
// the server (renamed or dropped by its administrator, as check says too); or its team roles are
// shared with another database or schema and its owner may not create roles of its own
// (033_team_own_roles.sql's fd_team_own_roles). Empty when none of these.
QString teamRolesRefusal(Database& db)
{
    auto q = db.query(
        "SELECT coalesce(fd_team_roles_elsewhere(), ''), fd_team_owner(), "
        "coalesce((SELECT (rolcreaterole OR rolsuper)::int FROM pg_roles "
        "WHERE rolname = fd_team_owner()), 0), "
        "quote_ident(fd_team_role('rep')), (to_regrole(quote_ident(fd_team_role('rep'))) IS NOT "
        "NULL)::int, quote_ident(fd_team_role('manager')), "
        "(to_regrole(quote_ident(fd_team_role('manager'))) IS NOT NULL)::int");
    if (!q->step())
        return {};
    const QString elsewhere = q->text(0);
    const QString owner = q->text(1);
    const bool mayCreate = q->int64(2) != 0;
    const bool hasRep = q->int64(4) != 0;
    const bool hasManager = q->int64(6) != 0;
    if (!hasRep && !hasManager && !mayCreate)
        return Team::tr("%1 has no team roles, and its owner %2 may not create roles (CREATEROLE): "
                        "it works as one login, its owner's, and its team cannot change.")
            .arg(db.display(), quoted(owner));
    if (!hasRep || !hasManager) {
        const bool rep = !hasRep;
        return Team::tr("The team's %1 role %2 is not on the server, so its team cannot change "
                        "and nothing was changed; if it was renamed, the server's administrator "
                        "can rename it back with ALTER ROLE … RENAME TO %2, else (dropped) run "
                        "CREATE ROLE %2 NOLOGIN, and check then names what it lacks.")
            .arg(rep ? QStringLiteral("rep") : QStringLiteral("manager"),
                 rep ? q->text(3) : q->text(5));
    }
    if (!elsewhere.isEmpty() && !mayCreate)
        return Team::tr("%1 shares its team roles with %2, and its owner %3 may not create roles "
                        "(CREATEROLE) to give it roles of its own, so its team cannot change and "
                        "nothing was changed; the server's administrator can first run: ALTER "
                        "ROLE %4 CREATEROLE")
            .arg(db.display(), quoted(elsewhere), quoted(owner), sqlIdentifier(owner));
    return {};
}

// A team function's refusal as one translated sentence about `login`, the role it was asked to
// act on. migrations/012_team_logins.sql raises FDL01-FDL04 for a role the team functions do not
// act on, 019_check.sql FDL07 for a manager's re-use of a login whose agent was deleted,
// 034_team_awaiting.sql FDL08 for a login that would not inherit the role it was given; the
// server refuses a name it keeps for itself (42939: public, none, current_user, …) or a role made
// meanwhile (42710). The team functions' other refusals (55000, P0002) are English words for
// psql: they are said from the facts, read again now that the function has seen them: the
// database's team roles (teamRolesRefusal), then the command's own first cases (`recheck`, as
// asked before the call: a change made while the function waited for another team change, as an
// agent's login cleared meanwhile), then the login's (notPlain). What none of them explains is
// the function's own sentence alone, without the server's wrapping and SQLSTATE. Any other error
// as the database words it (42501, a right the login lacks: NoRight).
QString refusal(Database& db, const QByteArray& state, const QString& login,
                const std::function<QString()>& recheck)
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
                .arg(quoted(login), db.display(), Team::giveToAgentHint(login));
    if (state == "FDL07")
        return Team::tr("The login %1 belonged to an agent of %2 that was deleted; only the "
                        "database's owner can "
                        "give it to an agent again%3.")
            .arg(quoted(login), db.display(), Team::giveToAgentHint(login));
    if (state == "FDL08")
        return Team::tr("The login “%1” does not inherit the rights of the roles it is a member of "
                        "(NOINHERIT), so it would not work here, and nothing was changed; the "
                        "server's administrator can run ALTER ROLE %2 INHERIT first, which also "
                        "lets it use the rights of every other role it is a member of.")
            .arg(login, sqlIdentifier(login));
    if (state == "55000" || state == "P0002") {
        // In the functions' order: the team roles, the command's first cases, the login.
        if (QString roles = state == "55000" ? teamRolesRefusal(db) : QString(); !roles.isEmpty())
            return roles;
        if (QString again = recheck ? recheck() : QString(); !again.isEmpty())
            return again;
        return state == "55000" ? notPlain(db, login) : QString();
    }
    if (state == "42704") // a team role the function names is gone (renamed or dropped)
        return teamRolesRefusal(db);
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
fd::Error teamError(Database& db, const pg::Error& error, const QString& login,
                    const std::function<QString()>& recheck)
{
    if (QString sentence = refusal(db, error.sqlState, login, recheck); !sentence.isEmpty())
        return sentence;
    if ((error.sqlState == "55000" || error.sqlState == "P0002") && !error.said.isEmpty())
        return QString(error.said + QLatin1Char('.'));
    return db.describe(SqlError(error.connectionLost ? 1 : 0, error.sentence, {}, error.sqlState));
}

// Calls a team function on `db`'s connection, in a savepoint of its transaction, about the role
// `login`. A refusal is rolled back to the savepoint and said in one sentence (teamError, which
// may read the facts again then, `recheck` the command's own first cases). `veto`, when given, is
// asked after the function ran: a sentence it returns refuses, and what it did is rolled back.
Result<Rows> callTeam(Database& db, const QByteArray& sql, std::initializer_list<Value> params,
                      const QString& login, const std::function<QString()>& recheck,
                      const std::function<QString()>& veto = {})
{
    std::optional<Transaction> attempt(std::in_place, db);
    Outcome<Rows> rows = PgDatabase::connectionOf(db)->exec(sql, params);
    if (!rows) {
        attempt.reset();
        return failure(teamError(db, rows.error(), login, recheck));
    }
    if (const QString vetoed = veto ? veto() : QString(); !vetoed.isEmpty()) {
        attempt.reset();
        return failure(vetoed);
    }
    attempt->commit();
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

// The team functions' first refusals of disable, enable and add --agent (003_team.sql's,
// 008's, 012's and 019's, SQLSTATE 55000 and P0002: English words for psql), each a sentence in
// the user's language, or empty for none: asked in the functions' own order before the call, and
// again after a refusal (callTeam's recheck), for a change made while the call waited.
QString noAgent(Database& db, const QString& login)
{
    return Team::tr("No agent of %1 signs in as %2%3.")
        .arg(db.display(), quoted(login), hints::clause(hints::Hint::ListAgents));
}

// disable: never the database's owner (012's fd_team_owner()) nor the connection's own login;
// only an agent's login.
QString disableCase(Database& db, const QString& login)
{
    auto q = db.query("SELECT (? = fd_team_owner())::int, (? = session_user)::int, "
                      "EXISTS (SELECT 1 FROM agent WHERE login = ?)::int");
    for (int i = 1; i <= 3; ++i)
        q->bind(i, login);
    q->step();
    if (q->int64(0) != 0)
        return Team::tr("The login %1 owns %2, and the database's owner is never disabled; "
                        "nothing was changed.")
            .arg(quoted(login), db.display());
    if (q->int64(1) != 0)
        return Team::tr("You are connected as %1, and no login disables itself; nothing was "
                        "changed, and another manager can disable it.")
            .arg(quoted(login));
    return q->int64(2) == 0 ? noAgent(db, login) : QString();
}

// enable: an agent's login, not the owner's, that exists on the server (pg_roles shows every
// role to every login).
QString enableCase(Database& db, const QString& login)
{
    auto q = db.query("SELECT EXISTS (SELECT 1 FROM agent WHERE login = ?)::int, "
                      "(? = fd_team_owner())::int, "
                      "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)::int");
    for (int i = 1; i <= 3; ++i)
        q->bind(i, login);
    q->step();
    if (q->int64(0) == 0)
        return noAgent(db, login);
    if (q->int64(1) != 0)
        return Team::tr("The login %1 owns %2 and is never disabled, so there is nothing "
                        "to enable.")
            .arg(quoted(login), db.display());
    if (q->int64(2) == 0)
        return Team::tr("The login %1 no longer exists on the server; its administrator "
                        "makes it again first, and then it can be enabled.")
            .arg(quoted(login));
    return {};
}

// add --agent: the agent `agentId`, found as `agentName`, still exists (deleted meanwhile: a
// namesake made since is another agent) and has no login, and no agent signs in as `login`.
QString linkCase(Database& db, const QString& login, qint64 agentId, const QString& agentName)
{
    auto q = db.query("SELECT name, login FROM agent WHERE id = ?");
    q->bind(1, agentId);
    if (!q->step())
        return Team::tr("The agent %1 (id %2) was deleted meanwhile, and nothing was changed%3.")
            .arg(quoted(agentName), QString::number(agentId),
                 hints::clause(hints::Hint::ListAgents)); // one pass: a name may hold "%2"
    if (!q->isNull(1))
        return Team::tr("The agent %1 signs in as %2 already, and an agent has one "
                        "login; if that one is no longer theirs, the database's owner "
                        "can clear agent.login first.")
            .arg(quoted(q->text(0)), quoted(q->text(1)));
    auto other = db.query("SELECT name FROM agent WHERE login = ?");
    other->bind(1, login);
    if (other->step())
        return Team::tr("The login %1 is already the agent %2 here.")
            .arg(quoted(login), quoted(other->text(0)));
    return {};
}

} // namespace

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
                                       .arg(quoted(login), quoted(q->text(0))));
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
                     {login, name, role, password ? Value(*hashed) : Value()}, login, {});
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
            auto q = db.query("SELECT id, name, role FROM agent WHERE id = ? OR "
                              "fd_nocase(name) = fd_nocase(?) ORDER BY id <> ? LIMIT 1");
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
        const auto recheck = [&] { return linkCase(db, login, agent.agentId, agent.name); };
        if (const QString refused = recheck(); !refused.isEmpty())
            return failure(refused);
        const std::optional<QString> hashed = verifierOrNone(db, login, password);
        if (!hashed)
            return failure(
                tr("The password for %1 could not be prepared for the server.").arg(quoted(login)));
        const Result<Rows> linked =
            callTeam(db, "SELECT fd_team_link($1, $2, $3, $4)",
                     {login, agent.agentId, agent.role, password ? Value(*hashed) : Value()}, login,
                     recheck);
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
        const auto recheck = [&] { return disableCase(db, login); };
        if (const QString refused = recheck(); !refused.isEmpty())
            return failure(refused);
        // SUPERUSER keeps every right whatever is revoked, and CREATEROLE may GRANT itself the
        // team's roles again (PostgreSQL 15): disabling such a login would only look done. Asked
        // after fd_team_disable (which may have waited for another team change), of the login as
        // it is then, so that the function's own refusals (a group role, a login FunnelDesk did
        // not make) come first; what it did is rolled back.
        QStringList attributes;
        const auto keepsRights = [&] {
            attributes = serverAttributes(db, login);
            QStringList held = attributes;
            held.removeIf([](const QString& attribute) {
                return attribute != QLatin1String("SUPERUSER") &&
                       attribute != QLatin1String("CREATEROLE");
            });
            return held.isEmpty()
                       ? QString()
                       : attributesRefusal(
                             tr("The login %1 has %2 on the server, so it keeps or can take back "
                                "every right here whatever team disable does, and nothing was "
                                "changed; the server's administrator can first run: ALTER ROLE "
                                "%3 %4"),
                             login, held);
        };
        const bool before = canLogIn();
        if (const Result<Rows> done =
                callTeam(db, "SELECT fd_team_disable($1)", {login}, login, recheck, keepsRights);
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
        const auto recheck = [&] { return enableCase(db, login); };
        if (const QString refused = recheck(); !refused.isEmpty())
            return failure(refused);
        const Result<Rows> done =
            callTeam(db, "SELECT fd_team_enable($1)", {login}, login, recheck);
        if (!done)
            return failure(done.error());
        const QString outcome = done->text(0, 0);
        if (outcome == QLatin1String("already"))
            return Enabled::Already;
        return outcome == QLatin1String("login") ? Enabled::Login : Enabled::Rights;
    });
}

QString Team::giveToAgentHint(const QString& login)
{
    if (!Validation::loginProblem(login).isEmpty())
        return {};
    return hints::clause(hints::Hint::LoginToAgent, {login});
}

Result<qint64> Team::withoutLogin(Database& db)
{
    if (PgDatabase::connectionOf(db) == nullptr)
        return failure(serverOnly());
    return db.guard(
        [&] { return db.scalar("SELECT count(*) FROM agent WHERE login IS NULL AND active = 1"); });
}

} // namespace fd::pg
