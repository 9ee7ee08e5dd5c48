// The team commands act only on logins FunnelDesk made for the database or its owner gave to an
// agent, and agent.login changes only through them (issue 17, "Rights enforced by the server";
// storage/postgres/migrations/012_team_logins.sql). Each case is a hostile tester's finding of
// session 16 with psql and funneldesk-cli; on main before 010 every one of them went through.
// Logins are cluster-wide: each test names its own after its schema. [postgres]: run only
// through tests/pg/with-cluster.sh.
#include "support/CliRun.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;
using namespace fd::test;

namespace {

CliRun ok(const QString& db, const QStringList& args)
{
    const CliRun run = runCliOn(db, args);
    INFO(args.join(QLatin1Char(' ')).toStdString() + ": " + run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

// A schema made by `init` as the superuser (its owner), with a manager and a rep that `team add`
// made: "<schema>_mgr" (Mia Manager) and "<schema>_rep" (Rae Rep).
struct Crew {
    PgTestSchema schema;
    QString manager;
    QString rep;
    pg::Connection admin;

    Crew()
        : manager(schema.name() + QStringLiteral("_mgr")),
          rep(schema.name() + QStringLiteral("_rep")), admin(schema.connect())
    {
        ok(cliDb(schema), {QStringLiteral("init")});
        add(manager, QStringLiteral("Mia Manager"), QStringLiteral("manager"));
        add(rep, QStringLiteral("Rae Rep"), QStringLiteral("rep"));
    }

    void add(const QString& login, const QString& name, const QString& role)
    {
        ok(cliDb(schema), {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--login"),
                           login, QStringLiteral("--name"), name, QStringLiteral("--role"), role,
                           QStringLiteral("--no-password")});
    }
    // `team ARGS` as `login` (the owner, the superuser, when empty).
    CliRun team(const QStringList& args, const QString& login = {}) const
    {
        return runCliOn(cliDb(schema, login), QStringList{QStringLiteral("team")} + args);
    }
    QString role(const char* kind)
    {
        auto name = admin.exec("SELECT fd_team_role($1)", {QString::fromLatin1(kind)});
        REQUIRE(name);
        return name->text(0, 0);
    }
    bool canLogIn(const QString& login)
    {
        auto row = admin.exec("SELECT rolcanlogin::int FROM pg_roles WHERE rolname = $1", {login});
        REQUIRE(row);
        REQUIRE(row->count() == 1);
        return row->int64(0, 0) == 1;
    }
    bool memberOf(const QString& login, const QString& group)
    {
        auto row = admin.exec("SELECT pg_has_role($1, $2, 'MEMBER')::int", {login, group});
        REQUIRE(row);
        return row->int64(0, 0) == 1;
    }
    QStringList logins()
    {
        auto rows = admin.exec("SELECT coalesce(login, '-') FROM agent ORDER BY id");
        REQUIRE(rows);
        QStringList all;
        for (int r = 0; r < rows->count(); ++r)
            all << rows->text(r, 0);
        return all;
    }
};

// A manager's raw SQL is refused as a right it lacks (42501).
void refusedToManager(Crew& team, const QByteArray& sql)
{
    pg::Connection raw = team.schema.connect(QStringLiteral("user=") + team.manager);
    INFO(sql.toStdString());
    const auto done = raw.exec(sql);
    REQUIRE_FALSE(done);
    CHECK(done.error().sqlState == "42501");
}

} // namespace

TEST_CASE("team logins: a manager cannot make the manager group role an agent's login, team "
          "disable refuses a "
          "group role, and every manager keeps its rights",
          "[cli][postgres][team]")
{
    Crew team;
    const QString managers = team.role("manager");
    const QStringList before = team.logins();
    refusedToManager(team, QStringLiteral("UPDATE agent SET login = '%1' WHERE login = '%2'")
                               .arg(managers, team.rep)
                               .toUtf8());
    CHECK(team.logins() == before);

    // The owner's own write (psql) still can; the team function refuses the group role itself.
    REQUIRE(team.admin.exec("UPDATE agent SET login = $1 WHERE login = $2", {managers, team.rep}));
    const CliRun refused = team.team({QStringLiteral("disable"), managers}, team.manager);
    requireOneSentence(
        refused,
        QStringLiteral("The role “%1” is a group role, not a person's login").arg(managers));
    CHECK_FALSE(refused.err.contains(QStringLiteral("SQLSTATE")));
    CHECK(team.memberOf(managers, team.role("rep")));
    ok(cliDb(team.schema, team.manager), {QStringLiteral("stats")});
    requireOneSentence(team.team({QStringLiteral("enable"), managers}, team.manager),
                       QStringLiteral("is a group role"));
    // check names the agent whose login the team functions do not know.
    const CliRun checked = runCliOn(cliDb(team.schema), {QStringLiteral("check")});
    CHECK(checked.exitCode != 0);
    CHECK(QString(checked.out + checked.err)
              .contains(QStringLiteral(
                            "The agent “Rae Rep” signs in as “%1”, a login FunnelDesk did not make")
                            .arg(managers)));
}

TEST_CASE("team logins: a manager cannot lock another application's login out of the cluster",
          "[cli][postgres][team]")
{
    Crew team;
    const QString other = team.schema.name() + QStringLiteral("_otherapp");
    REQUIRE(team.admin.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(other).toUtf8()));
    refusedToManager(team, QStringLiteral("UPDATE agent SET login = '%1' WHERE login = '%2'")
                               .arg(other, team.rep)
                               .toUtf8());
    refusedToManager(
        team, QStringLiteral(
                  "INSERT INTO agent (name, role, login, active) VALUES ('Ozzy', 'rep', '%1', 1)")
                  .arg(other)
                  .toUtf8());

    REQUIRE(team.admin.exec("UPDATE agent SET login = $1 WHERE login = $2", {other, team.rep}));
    const CliRun refused = team.team({QStringLiteral("disable"), other}, team.manager);
    requireOneSentence(refused,
                       QStringLiteral("FunnelDesk did not make the login “%1” for ").arg(other));
    CHECK(team.canLogIn(other));
    // A login the team made is still disabled as before.
    const QString made = team.schema.name() + QStringLiteral("_made");
    team.add(made, QStringLiteral("Mo Made"), QStringLiteral("rep"));
    ok(cliDb(team.schema, team.manager), {QStringLiteral("team"), QStringLiteral("disable"), made});
    CHECK_FALSE(team.canLogIn(made));
}

TEST_CASE("team logins: team add --login EXISTING refuses a login FunnelDesk did not make; the "
          "owner gives it to "
          "an agent with --agent, and disabling it only takes its rights here",
          "[cli][postgres][team]")
{
    Crew team;
    const QString other = team.schema.name() + QStringLiteral("_otherapp2");
    REQUIRE(team.admin.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(other).toUtf8()));
    const QStringList add = {
        QStringLiteral("add"),    QStringLiteral("--login"),      other,
        QStringLiteral("--name"), QStringLiteral("Olga Other"),   QStringLiteral("--role"),
        QStringLiteral("rep"),    QStringLiteral("--no-password")};
    const QString sentence =
        QStringLiteral("The login “%1” exists on the server and FunnelDesk did not make it for ")
            .arg(other);
    requireOneSentence(team.team(add, team.manager), sentence);
    requireOneSentence(team.team(add), sentence); // the owner adopts only by name, with --agent
    CHECK_FALSE(team.memberOf(other, team.role("rep")));
    CHECK_FALSE(team.logins().contains(other));

    ok(cliDb(team.schema, team.manager), {QStringLiteral("add"), QStringLiteral("agent"),
                                          QStringLiteral("--name"), QStringLiteral("Olga Other")});
    const QStringList link = {
        QStringLiteral("add"),     QStringLiteral("--login"),    other,
        QStringLiteral("--agent"), QStringLiteral("Olga Other"), QStringLiteral("--no-password")};
    requireOneSentence(team.team(link, team.manager), sentence);
    CHECK_FALSE(team.memberOf(other, team.role("rep")));
    ok(cliDb(team.schema), QStringList{QStringLiteral("team")} + link);
    CHECK(team.memberOf(other, team.role("rep")));
    CHECK(team.team({QStringLiteral("list")})
              .out.contains(other + QStringLiteral("\tOlga Other\trep\tenabled")));

    // Someone else's login: disable takes its rights here, never its LOGIN on the cluster.
    ok(cliDb(team.schema, team.manager),
       {QStringLiteral("team"), QStringLiteral("disable"), other});
    CHECK(team.canLogIn(other));
    CHECK_FALSE(team.memberOf(other, team.role("rep")));
    ok(cliDb(team.schema, team.manager), {QStringLiteral("team"), QStringLiteral("enable"), other});
    CHECK(team.memberOf(other, team.role("rep")));
    ok(cliDb(team.schema), {QStringLiteral("check")});
}

TEST_CASE("team logins: a manager cannot swap two agents' logins, nor move an agent with a login "
          "to another id",
          "[cli][postgres][team]")
{
    Crew team;
    const QStringList before = team.logins();
    // The swap of the hostile pass takes three steps (one statement trips agent_login, the
    // unique index): the first, a login parked aside, is refused already.
    refusedToManager(team, QStringLiteral("UPDATE agent SET login = '%1_aside' WHERE login = '%1'")
                               .arg(team.rep)
                               .toUtf8());
    refusedToManager(team, QStringLiteral("UPDATE agent SET id = id + 1000 WHERE login = '%1'")
                               .arg(team.rep)
                               .toUtf8());
    refusedToManager(
        team,
        QStringLiteral("UPDATE agent SET login = NULL WHERE login = '%1'").arg(team.rep).toUtf8());
    CHECK(team.logins() == before);
    // The rest of an agent is a manager's to change, as before.
    pg::Connection raw = team.schema.connect(QStringLiteral("user=") + team.manager);
    CHECK(raw.exec(QStringLiteral("UPDATE agent SET email = 'rae@example.com' WHERE login = '%1'")
                       .arg(team.rep)
                       .toUtf8()));
    CHECK(raw.exec(
        "INSERT INTO agent (name, role, login, active) VALUES ('Nia New', 'rep', NULL, 1)"));

    // The rep's edit is filed under the rep's own agent.
    const QString customer =
        ok(cliDb(team.schema, team.rep), {QStringLiteral("add"), QStringLiteral("customer"),
                                          QStringLiteral("--name"), QStringLiteral("Acme")})
            .out.trimmed();
    auto who = team.admin.exec("SELECT a.login FROM audit_log l JOIN agent a ON a.id = l.agent_id "
                               "WHERE l.table_name = 'customer' AND l.row_id = $1::bigint",
                               {customer});
    REQUIRE(who);
    REQUIRE(who->count() == 1);
    CHECK(who->text(0, 0) == team.rep);
}

TEST_CASE("team logins: a login name the server keeps for itself is refused in one sentence, "
          "without the SQLSTATE",
          "[cli][postgres][team]")
{
    Crew team;
    for (const QString& reserved : {QStringLiteral("public"), QStringLiteral("none")}) {
        const CliRun refused = team.team(
            {QStringLiteral("add"), QStringLiteral("--login"), reserved, QStringLiteral("--name"),
             QStringLiteral("Pub ") + reserved, QStringLiteral("--role"), QStringLiteral("rep"),
             QStringLiteral("--no-password")},
            team.manager);
        requireOneSentence(
            refused, QStringLiteral("PostgreSQL keeps the name “%1” for itself").arg(reserved));
        CHECK_FALSE(refused.err.contains(QStringLiteral("SQLSTATE")));
        CHECK_FALSE(refused.err.contains(QStringLiteral("42939")));
    }
}

TEST_CASE("team logins: a manager's raw SQL cannot make a login named as another database's team "
          "role, nor one "
          "the client's login rule refuses",
          "[cli][postgres][team]")
{
    Crew team;
    pg::Connection raw = team.schema.connect(QStringLiteral("user=") + team.manager);
    // Such a login would be the manager group of a database made later on this cluster.
    const QString hijack =
        QStringLiteral("funneldesk_manager.") + team.schema.name() + QStringLiteral("_other");
    for (const QString& login : {hijack, QStringLiteral("pg_sleeper"), QStringLiteral("r\u00e9p"),
                                 QStringLiteral("bad\"name; drop"), QStringLiteral("-dash")}) {
        INFO(login.toStdString());
        const auto added = raw.exec("SELECT fd_team_add($1, 'Sleeper', 'rep', NULL)", {login});
        REQUIRE_FALSE(added);
        CHECK(added.error().sqlState == "FDL05");
        auto exists = team.admin.exec("SELECT count(*) FROM pg_roles WHERE rolname = $1", {login});
        REQUIRE(exists);
        CHECK(exists->int64(0, 0) == 0);
    }
    // What the rule lets through is made as before.
    const QString plain = team.schema.name() + QStringLiteral("_p.l-1@x");
    REQUIRE(raw.exec("SELECT fd_team_add($1, 'Plain Rep', 'rep', NULL)", {plain}));
    CHECK(team.canLogIn(plain));
}

TEST_CASE(
    "team logins: team add refuses a login that differs only in letter case from an existing one",
    "[cli][postgres][team]")
{
    // Issue 17 hostile pass: `Rep1` beside `rep1` made two roles (PostgreSQL keeps a quoted
    // name's case) that nobody could tell apart, and psql's unquoted `rep1` reached only one.
    Crew team;
    const QString upper = team.rep.toUpper();
    const CliRun refused =
        team.team({QStringLiteral("add"), QStringLiteral("--login"), upper,
                   QStringLiteral("--name"), QStringLiteral("Rae Again"), QStringLiteral("--role"),
                   QStringLiteral("rep"), QStringLiteral("--no-password")},
                  team.manager);
    requireOneSentence(refused,
                       QStringLiteral("The login “%1” differs only in case from the login “%2”")
                           .arg(upper, team.rep));
    CHECK(pgNumber(team.admin,
                   "SELECT count(*) FROM pg_roles WHERE rolname = '" + upper.toUtf8() + "'") == 0);
    CHECK(team.logins().size() == 3);
    // Through --agent too.
    const CliRun linked = team.team({QStringLiteral("add"), QStringLiteral("--login"), upper,
                                     QStringLiteral("--agent"), QStringLiteral("Rae Rep"),
                                     QStringLiteral("--no-password")});
    requireOneSentence(linked,
                       QStringLiteral("differs only in case from the login “%1”").arg(team.rep));
}

TEST_CASE("team logins: a manager cannot delete the agent of a login that keeps its rights; the "
          "owner's delete "
          "leaves an orphan login that check names and only the owner gives to an agent again",
          "[cli][postgres][team]")
{
    // Hostile review of s18 (migrations/019_check.sql): a manager's psql deleted an agent whose
    // login kept the rep role, and `team add` gave the orphaned login to another agent.
    Crew team;
    const QByteArray deleteRep = "DELETE FROM agent WHERE login = '" + team.rep.toUtf8() + "'";
    {
        pg::Connection raw = team.schema.connect(QStringLiteral("user=") + team.manager);
        const auto refused = raw.exec(deleteRep);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().sqlState == "FDL06");
    }
    CHECK(team.logins().contains(team.rep));
    REQUIRE(team.admin.exec(deleteRep));
    const CliRun checked = runCliOn(cliDb(team.schema), {QStringLiteral("check")});
    CHECK(checked.exitCode != 0);
    CHECK(QString(checked.out + checked.err)
              .contains(
                  QStringLiteral(
                      "The login “%1” keeps the team's rights here though no agent signs in as it")
                      .arg(team.rep)));

    const QStringList add = {
        QStringLiteral("add"),    QStringLiteral("--login"),      team.rep,
        QStringLiteral("--name"), QStringLiteral("Oz Orphan"),    QStringLiteral("--role"),
        QStringLiteral("rep"),    QStringLiteral("--no-password")};
    requireOneSentence(team.team(add, team.manager),
                       QStringLiteral("The login “%1” belonged to an agent of ").arg(team.rep));
    CHECK_FALSE(team.logins().contains(team.rep));
    ok(cliDb(team.schema), QStringList{QStringLiteral("team")} + add);
    CHECK(team.team({QStringLiteral("list")})
              .out.contains(team.rep + QStringLiteral("\tOz Orphan\trep\tenabled")));
    ok(cliDb(team.schema), {QStringLiteral("check")});
}
