// `check` on a server names each active agent whose login has lost its team role
// (migrations/034_team_awaiting.sql, IntegrityCheck.cpp's checkLostLogins): the role taken from
// the login, the login NOINHERIT, a NOINHERIT role between, an agent made a manager in the agents
// table; each hint, followed, gives the rights back, and a disabled agent's login is left alone.
// [postgres]: run through tests/pg/with-cluster.sh.
#include "service/Team.h"
#include "support/PgCheckProblems.h"
#include "support/PgTeam3.h"

#include <catch2/catch.hpp>

using namespace fd;
using namespace fd::test::pgteam;

namespace {

QByteArray sql(const QString& text)
{
    return text.toUtf8();
}

// The SQL at the end of check's one problem, after `before`, run on a connection whose
// search_path is not the schema's.
void followOnly(Team3& team, const QString& start, const QString& before)
{
    const QStringList found = problems(team);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    REQUIRE(found.size() == 1);
    CHECK(found.front().startsWith(start));
    pg::Connection elsewhere = test::pgConnect();
    REQUIRE(elsewhere.exec(sql(found.front().section(before, -1))));
}

// Whether the team's rep login may read the customers.
bool repCanRead(Team3& team)
{
    pg::Connection rhea = team.raw(team.repLogin);
    return bool(rhea.exec("SELECT count(*) FROM customer"));
}

} // namespace

TEST_CASE("check: names an active agent whose login lost its team role, or does not inherit it; "
          "team enable or the hint's SQL gives it back",
          "[postgres][check][team]")
{
    Team3 team;
    pg::Connection admin = team.schema.connect();
    const QString rep = teamRole(team, "rep");
    const QString lost =
        QStringLiteral("The agent “Rhea Rep” is an active rep, but their login “%1” is no longer "
                       "a member of the team's rep role here")
            .arg(team.repLogin);
    // Taken from the login: the hint's SQL, run as given on another search_path, gives it back.
    REQUIRE(admin.exec(sql(QStringLiteral("REVOKE \"%1\" FROM %2").arg(rep, team.repLogin))));
    CHECK_FALSE(repCanRead(team));
    followOnly(team, lost, QStringLiteral("run: "));
    requireSound(team);
    CHECK(repCanRead(team));

    // Taken again: a manager's team enable gives it back.
    REQUIRE(admin.exec(sql(QStringLiteral("REVOKE \"%1\" FROM %2").arg(rep, team.repLogin))));
    requireOnly(team, lost);
    OwnedDatabase max = team.open(team.managerLogin);
    REQUIRE(Team(*max).enableLogin(team.repLogin));
    requireSound(team);

    // NOINHERIT: still a member, without the rights; ALTER ROLE … INHERIT gives them back. A
    // server role it is a member of is named meanwhile: SET ROLE reaches it without INHERIT.
    REQUIRE(admin.exec(sql(QStringLiteral("ALTER ROLE %1 NOINHERIT").arg(team.repLogin))));
    REQUIRE(admin.exec(sql(QStringLiteral("GRANT pg_read_all_data TO %1").arg(team.repLogin))));
    CHECK_FALSE(repCanRead(team));
    {
        const QStringList found = problems(team);
        INFO(found.join(QLatin1Char('\n')).toStdString());
        REQUIRE(found.size() == 2);
        CHECK(found
                  .filter(QStringLiteral("The login “%1” of the team's rep role holds the "
                                         "server's role pg_read_all_data")
                              .arg(team.repLogin))
                  .size() == 1);
    }
    REQUIRE(admin.exec(sql(QStringLiteral("REVOKE pg_read_all_data FROM %1").arg(team.repLogin))));
    followOnly(team,
               QStringLiteral("The agent “Rhea Rep” is an active rep, and their login “%1” is a "
                              "member of the team's rep role but does not inherit its rights "
                              "(NOINHERIT), so they cannot work in FunnelDesk; inheriting, it "
                              "would use the rights of every other role it is a member of too, "
                              "and the server's administrator can run: ALTER ROLE %1 INHERIT")
                   .arg(team.repLogin),
               QStringLiteral("run: "));
    requireSound(team);
    CHECK(repCanRead(team));

    // A disabled agent's login holds no rights by design: nothing to say.
    REQUIRE(Team(*max).disableLogin(team.repLogin));
    requireSound(team);
}

TEST_CASE("check: names a login that holds its team role only through a NOINHERIT role, and an "
          "agent made a manager in the agents table; the hints give the rights",
          "[postgres][check][team]")
{
    Team3 team;
    pg::Connection admin = team.schema.connect();
    const QString rep = teamRole(team, "rep");
    const QString between = team.schema.name() + QStringLiteral("_between");
    REQUIRE(admin.exec(sql(QStringLiteral("CREATE ROLE %1 NOLOGIN NOINHERIT").arg(between))));
    REQUIRE(admin.exec(sql(QStringLiteral("GRANT \"%1\" TO %2").arg(rep, between))));
    REQUIRE(admin.exec(sql(QStringLiteral("REVOKE \"%1\" FROM %2").arg(rep, team.repLogin))));
    REQUIRE(admin.exec(sql(QStringLiteral("GRANT %1 TO %2").arg(between, team.repLogin))));
    CHECK_FALSE(repCanRead(team));
    {
        // The role between is a member of the team's role no agent signs in as: named too.
        const QStringList found = problems(team);
        INFO(found.join(QLatin1Char('\n')).toStdString());
        REQUIRE(found.size() == 2);
        CHECK(found
                  .filter(QStringLiteral("The login “%1” is a member of the team's rep role")
                              .arg(between))
                  .size() == 1);
        const QStringList through =
            found.filter(QStringLiteral("The agent “Rhea Rep” is an active rep, but their login "
                                        "“%1” is a member of the team's rep role only through a "
                                        "role that does not inherit it (NOINHERIT)")
                             .arg(team.repLogin));
        REQUIRE(through.size() == 1);
        pg::Connection elsewhere = test::pgConnect();
        REQUIRE(elsewhere.exec(sql(through.front().section(QStringLiteral("run: "), -1))));
    }
    CHECK(repCanRead(team));
    REQUIRE(admin.exec(sql(QStringLiteral("DROP ROLE %1").arg(between))));
    requireSound(team);

    // A manager may write agent.role; the login keeps the rep role until a team command moves it.
    REQUIRE(admin.exec(
        sql(QStringLiteral("UPDATE agent SET role = 'manager' WHERE id = %1").arg(team.repAgent))));
    requireOnly(team, QStringLiteral("The agent “Rhea Rep” is a manager, but their login “%1” "
                                     "holds only the team's rep role")
                          .arg(team.repLogin));
    OwnedDatabase max = team.open(team.managerLogin);
    REQUIRE(Team(*max).enableLogin(team.repLogin));
    requireSound(team);
    pg::Connection rhea = team.raw(team.repLogin);
    CHECK(rhea.exec("UPDATE settings SET value = value WHERE false"));
}

TEST_CASE("check: a login a migrate copied is named once it is a member of its role and cannot "
          "use it; only the owner's check notes it, and no team change waits on a row another "
          "session holds; enable refuses a NOINHERIT login",
          "[postgres][check][team]")
{
    Team3 team;
    pg::Connection admin = team.schema.connect(); // a superuser: the owner's rights
    const QString rep = teamRole(team, "rep");
    // What pg::Team::claimOwnerAgent leaves for each login a migrate copies.
    const auto copy = [&](const QString& login, const QString& name) {
        REQUIRE(admin.exec(sql(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login))));
        REQUIRE(
            admin.exec("INSERT INTO agent (name, role, login, active) VALUES ($1, 'rep', $2, 1)",
                       {name, login}));
        REQUIRE(admin.exec("INSERT INTO fd_team_login (login, origin, awaiting_rights) VALUES ($1, "
                           "'adopted', true)",
                           {login}));
    };
    const auto awaiting = [&admin](const QString& login) {
        return text(admin, sql(QStringLiteral("SELECT awaiting_rights::text FROM fd_team_login "
                                              "WHERE login = '%1'")
                                   .arg(login)));
    };
    const QString cal = team.schema.name() + QStringLiteral("_cal");
    copy(cal, QStringLiteral("Cal Copied"));
    requireSound(team);

    // Given its role by hand, but NOINHERIT: every check names it (a member is judged whoever
    // asks); a rep's writes nothing, the owner's notes it.
    REQUIRE(admin.exec(sql(QStringLiteral("ALTER ROLE %1 NOINHERIT").arg(cal))));
    REQUIRE(admin.exec(sql(QStringLiteral("GRANT \"%1\" TO %2").arg(rep, cal))));
    const QString noInherit = QStringLiteral("The agent “Cal Copied” is an active rep, and their "
                                             "login “%1” is a member of the team's rep role but "
                                             "does not inherit its rights (NOINHERIT)")
                                  .arg(cal);
    {
        OwnedDatabase rhea = team.open(team.repLogin);
        const auto found = service::Maintenance(*rhea).check();
        REQUIRE(found);
        REQUIRE(found->size() == 1);
        CHECK(found->front().startsWith(noInherit));
    }
    CHECK(awaiting(cal) == QStringLiteral("true"));
    requireOnly(team, noInherit);
    CHECK(awaiting(cal) == QStringLiteral("false"));

    // Enable refuses it, in one sentence, and changes nothing.
    OwnedDatabase max = team.open(team.managerLogin);
    REQUIRE(Team(*max).disableLogin(cal));
    const Result<LoginEnabled> refused = Team(*max).enableLogin(cal);
    REQUIRE_FALSE(refused);
    CHECK(
        refused.error() ==
        QStringLiteral("The login “%1” does not inherit the rights of the roles it is a member "
                       "of (NOINHERIT), so it would not work here, and nothing was changed; the "
                       "server's administrator can run ALTER ROLE \"%1\" INHERIT first, which also "
                       "lets it use the rights of every other role it is a member of.")
            .arg(cal));
    CHECK(text(admin,
               sql(QStringLiteral("SELECT active::text FROM agent WHERE login = '%1'").arg(cal))) ==
          QStringLiteral("0"));
    REQUIRE(admin.exec(sql(QStringLiteral("ALTER ROLE %1 INHERIT").arg(cal))));
    REQUIRE(Team(*max).enableLogin(cal));
    requireSound(team);

    // team add --agent of an existing NOINHERIT login, by the owner, is refused the same way.
    const QString noa = team.schema.name() + QStringLiteral("_noa");
    REQUIRE(admin.exec(sql(QStringLiteral("CREATE ROLE %1 LOGIN NOINHERIT").arg(noa))));
    REQUIRE(
        admin.exec("INSERT INTO agent (name, role, active) VALUES ('Noa Noinherit', 'rep', 1)"));
    const Result<TeamLogin> linked =
        Team(*team.owner)
            .linkLogin(noa, QStringLiteral("Noa Noinherit"), std::nullopt, std::nullopt);
    REQUIRE_FALSE(linked);
    INFO(QString(linked.error()).toStdString());
    CHECK(linked.error().startsWith(
        QStringLiteral("The login “%1” does not inherit the rights").arg(noa)));
    CHECK(
        text(admin,
             sql(QStringLiteral("SELECT count(*)::text FROM agent WHERE login = '%1'").arg(noa))) ==
        QStringLiteral("0"));

    // Another copied login's row held by an open transaction: a team change goes on without it,
    // and the owner's next check notes it.
    const QString dee = team.schema.name() + QStringLiteral("_dee");
    copy(dee, QStringLiteral("Dee Copied"));
    REQUIRE(admin.exec(sql(QStringLiteral("GRANT \"%1\" TO %2").arg(rep, dee))));
    pg::Connection holder = team.schema.connect();
    REQUIRE(holder.exec("BEGIN"));
    REQUIRE(holder.exec("SELECT 1 FROM fd_team_login WHERE login = $1 FOR UPDATE", {dee}));
    const Result<LoginDisabled> disabled = Team(*max).disableLogin(cal);
    INFO((disabled ? QString() : QString(disabled.error())).toStdString());
    CHECK(disabled);
    CHECK(awaiting(dee) == QStringLiteral("true"));
    REQUIRE(holder.exec("ROLLBACK"));
    requireSound(team);
    CHECK(awaiting(dee) == QStringLiteral("false"));
}
