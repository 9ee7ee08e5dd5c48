// `check` on a server against tampering (hostile review of s18; migrations/019_check.sql,
// storage/postgres/PgGuards.h, PgRights.h): a fresh init's triggers, owner's-rights functions and
// team rights are exactly the lists check compares with, so the lists cannot rot; a manager may
// not orphan a login by deleting its agent (FDL06) nor give an orphan to another agent (FDL07);
// and each tamper (an orphan login, a trigger made again with another WHEN or disabled, an extra
// GRANT to the rep role, a team login with CREATEROLE, a rep's login in the manager role, an
// agent whose login is gone) is named, and check passes again once it is undone.
// [postgres]: run through tests/pg/with-cluster.sh.
#include "core/FrontEnds.h"
#include "service/Maintenance.h"
#include "service/Team.h"
#include "storage/postgres/PgGuards.h"
#include "storage/postgres/PgRights.h"
#include "support/PgCheckProblems.h"
#include "support/PgTeam3.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace fd;
using namespace fd::test::pgteam;

namespace {

QByteArray sql(const QString& text)
{
    return text.toUtf8();
}

} // namespace

TEST_CASE("check: a fresh init's triggers, owner's-rights functions and team rights are the ones "
          "check expects",
          "[postgres][check]")
{
    Team3 team;
    pg::Connection admin = team.schema.connect();
    const auto triggers =
        admin.exec("SELECT c.relname, t.tgname, " + QByteArray(pg::Guards::kDefinitionSql) +
                   " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = "
                   "to_regnamespace(quote_ident(current_schema())) AND NOT t.tgisinternal");
    REQUIRE(triggers);
    std::set<QString> made;
    for (int r = 0; r < triggers->count(); ++r)
        made.insert(triggers->text(r, 0) + QLatin1Char(' ') + triggers->text(r, 1) +
                    QLatin1Char(' ') + triggers->text(r, 2));
    std::set<QString> expected;
    for (const pg::Guards::Trigger& trigger : pg::Guards::triggers())
        expected.insert(trigger.table + QLatin1Char(' ') + trigger.name + QLatin1Char(' ') +
                        trigger.definition);
    CHECK(made == expected);
    // 023_task_day.sql: three; 026_dashboard_reads.sql: three; 027_task_stage_day.sql: five;
    // 029_search_urgency.sql: three; 031_summary_rows.sql: two (new rows' summaries once per
    // statement).
    CHECK(made.size() == 69);

    const auto definers =
        admin.exec("SELECT proname FROM pg_proc WHERE prosecdef AND pronamespace = "
                   "to_regnamespace(quote_ident(current_schema()))");
    REQUIRE(definers);
    std::set<QString> owners;
    for (int r = 0; r < definers->count(); ++r)
        owners.insert(definers->text(r, 0));
    const QStringList listed = pg::Guards::definerFunctions();
    CHECK(owners == std::set<QString>(listed.begin(), listed.end()));

    const auto rights = admin.exec(QByteArray::fromStdString(pg::RightsMatrix::privilegesSql()));
    REQUIRE(rights);
    std::set<QString> held;
    for (int r = 0; r < rights->count(); ++r)
        held.insert(rights->text(r, 0) + QLatin1Char(' ') + rights->text(r, 1) + QLatin1Char(' ') +
                    rights->text(r, 2));
    std::set<QString> granted;
    for (const pg::RightsMatrix::Held& row : pg::RightsMatrix::expected())
        granted.insert(row.relation + QLatin1Char(' ') + row.rep + QLatin1Char(' ') + row.manager);
    CHECK(held == granted);
    requireSound(team);
}

TEST_CASE("check: a manager may not delete an agent whose login keeps the team's rights, nor give "
          "an orphaned "
          "login to another agent; check names the orphan the owner's delete leaves",
          "[postgres][check][team]")
{
    Team3 team;
    const QByteArray deleteRep = "DELETE FROM agent WHERE id = " + id(team.repAgent);
    pg::Connection manager = team.raw(team.managerLogin);
    const auto refused = manager.exec(deleteRep);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().sqlState == "FDL06");
    CHECK(refused.error().sentence.contains(
        QStringLiteral("team disable %1 first").arg(team.repLogin)));
    // Through FunnelDesk's connection: a right the manager lacks, in one translated sentence
    // that names the agent, its login and the database; the command line adds its command.
    const test::FrontEnd cli(test::FrontEnd::Cli);
    OwnedDatabase boss = team.open(team.managerLogin);
    const Status viaClient = boss->guard([&] { boss->execute(deleteRep.constData()); });
    REQUIRE_FALSE(viaClient);
    CHECK(viaClient.error().is(Error::Kind::NoRight));
    CHECK(QString(viaClient.error()) ==
          QStringLiteral(
              "The agent “Rhea Rep” signs in as “%1”, which still holds the team's rights on %2; "
              "disable "
              "that login first (team disable %1), or ask the database's owner to delete the agent "
              "(nothing was changed).")
              .arg(team.repLogin, boss->display()));
    requireSound(team);

    // The owner may; the login then keeps the rep role with no agent, and check names it.
    pg::Connection admin = team.schema.connect();
    REQUIRE(admin.exec(deleteRep));
    requireOnly(
        team,
        QStringLiteral("The login “%1” keeps the team's rights here though no agent signs in as it")
            .arg(team.repLogin));

    // A manager may not give it to another agent, neither by team add nor by team add --agent.
    const auto added =
        manager.exec("SELECT fd_team_add($1, 'Olly Orphan', 'rep', NULL)", {team.repLogin});
    REQUIRE_FALSE(added);
    CHECK(added.error().sqlState == "FDL07");
    REQUIRE(manager.exec("INSERT INTO agent (name, role, active) VALUES ('Lia Linked', 'rep', 1)"));
    const qint64 linked = number(manager, "SELECT id FROM agent WHERE name = 'Lia Linked'");
    const auto link =
        manager.exec("SELECT fd_team_link($1, $2, 'rep', NULL)", {team.repLogin, linked});
    REQUIRE_FALSE(link);
    CHECK(link.error().sqlState == "FDL07");
    const Result<qint64> viaTeam = Team(*boss).addLogin(
        team.repLogin, QStringLiteral("Olly Orphan"), AgentRole::Rep, std::nullopt);
    REQUIRE_FALSE(viaTeam);
    CHECK(QString(viaTeam.error())
              .contains(QStringLiteral("only the database's owner can give it to an agent again")));

    // The owner may; then check passes again.
    REQUIRE(admin.exec("SELECT fd_team_link($1, $2, 'rep', NULL)", {team.repLogin, linked}));
    requireSound(team);

    // A manager who disables the login first may delete its agent: the login keeps no rights.
    REQUIRE(manager.exec("SELECT fd_team_disable($1)", {team.repLogin}));
    REQUIRE(manager.exec("DELETE FROM agent WHERE id = " + id(linked)));
    requireSound(team);
}

TEST_CASE("check: names a trigger made again with another WHEN condition, and a disabled one; each "
          "undone, check "
          "passes",
          "[postgres][check][guard]")
{
    Team3 team;
    pg::Connection admin = team.schema.connect();
    QString original;
    for (const pg::Guards::Trigger& trigger : pg::Guards::triggers()) {
        if (trigger.name == QLatin1String("agent_login_update"))
            original = trigger.definition;
    }
    REQUIRE_FALSE(original.isEmpty());
    REQUIRE(admin.exec("DROP TRIGGER agent_login_update ON agent"));
    REQUIRE(admin.exec(
        "CREATE TRIGGER agent_login_update BEFORE UPDATE OF login, id ON agent FOR EACH ROW "
        "WHEN (NEW.login IS DISTINCT FROM OLD.login AND OLD.login IS NULL) "
        "EXECUTE FUNCTION fd_agent_login_guard()"));
    requireOnly(team, QStringLiteral(
                          "The login trigger “agent_login_update” on “agent” fires otherwise than "
                          "FunnelDesk's"));
    REQUIRE(admin.exec("DROP TRIGGER agent_login_update ON agent"));
    REQUIRE(admin.exec(sql(original)));
    requireSound(team);

    // Another timing, and another event list.
    REQUIRE(admin.exec("DROP TRIGGER touchpoint_summary ON touchpoint"));
    REQUIRE(admin.exec(
        "CREATE TRIGGER touchpoint_summary AFTER INSERT OR DELETE ON touchpoint FOR EACH ROW "
        "EXECUTE FUNCTION fd_touchpoint_summary()"));
    requireOnly(
        team,
        QStringLiteral("The summary trigger “touchpoint_summary” on “touchpoint” fires otherwise"));
    REQUIRE(admin.exec("DROP TRIGGER touchpoint_summary ON touchpoint"));
    for (const pg::Guards::Trigger& trigger : pg::Guards::triggers()) {
        if (trigger.name == QLatin1String("touchpoint_summary"))
            REQUIRE(admin.exec(sql(trigger.definition)));
    }
    requireSound(team);

    REQUIRE(admin.exec("ALTER TABLE ticket DISABLE TRIGGER ticket_words_changed"));
    REQUIRE(admin.exec("ALTER TABLE agent DISABLE TRIGGER agent_login_delete"));
    const QStringList found = problems(team);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.size() == 2);
    CHECK(found.contains(QStringLiteral(
        "The search trigger “ticket_words_changed” on “ticket” is disabled, so the "
        "search over every ticket may miss tickets, or find deleted ones, as its copy "
        "of their words goes stale")));
    CHECK(found.contains(QStringLiteral(
        "The login trigger “agent_login_delete” on “agent” is disabled, so a manager "
        "may change which agent a login is, or delete the agent of a login that keeps "
        "the team's rights, and the team commands may act on a login FunnelDesk did "
        "not make")));
    REQUIRE(admin.exec("ALTER TABLE ticket ENABLE TRIGGER ticket_words_changed"));
    REQUIRE(admin.exec("ALTER TABLE agent ENABLE TRIGGER agent_login_delete"));
    requireSound(team);
}

TEST_CASE("check: names an extra GRANT to the rep role, a team login with CREATEROLE, a rep's "
          "login in the manager "
          "role and an agent whose login is gone; each undone, check passes",
          "[postgres][check][team]")
{
    Team3 team;
    pg::Connection admin = team.schema.connect();
    const QString rep = teamRole(team, "rep");
    const QString managers = teamRole(team, "manager");
    REQUIRE(admin.exec(sql(QStringLiteral("GRANT UPDATE ON settings TO \"%1\"").arg(rep))));
    requireOnly(
        team, QStringLiteral(
                  "The team's rep role holds UPDATE on “settings”, which FunnelDesk does not grant "
                  "it, so its logins may change it directly"));
    REQUIRE(admin.exec(sql(QStringLiteral("REVOKE UPDATE ON settings FROM \"%1\"").arg(rep))));
    requireSound(team);

    REQUIRE(admin.exec(sql(QStringLiteral("GRANT TRUNCATE ON ticket TO \"%1\"").arg(rep))));
    requireOnly(team, QStringLiteral("The team's rep role holds TRUNCATE on “ticket”"));
    REQUIRE(admin.exec(sql(QStringLiteral("REVOKE TRUNCATE ON ticket FROM \"%1\"").arg(rep))));
    REQUIRE(admin.exec(sql(
        QStringLiteral("GRANT EXECUTE ON FUNCTION fd_team_add(text, text, text, text) TO \"%1\"")
            .arg(rep))));
    requireOnly(team, QStringLiteral("The team's rep role may run the function “fd_team_add”"));
    REQUIRE(admin.exec(sql(
        QStringLiteral("REVOKE EXECUTE ON FUNCTION fd_team_add(text, text, text, text) FROM \"%1\"")
            .arg(rep))));
    requireSound(team);
    // A trigger function with the owner's rights, run by anyone (031_summary_rows.sql keeps each
    // from PUBLIC; none of them is listed by name).
    REQUIRE(admin.exec("GRANT EXECUTE ON FUNCTION fd_touchpoints_added() TO PUBLIC"));
    requireOnly(team,
                QStringLiteral("The team's rep role may run the function “fd_touchpoints_added”"));
    REQUIRE(admin.exec("REVOKE EXECUTE ON FUNCTION fd_touchpoints_added() FROM PUBLIC"));
    requireSound(team);

    REQUIRE(admin.exec(
        sql(QStringLiteral("GRANT CREATE ON SCHEMA %1 TO \"%2\"").arg(team.schema.name(), rep))));
    requireOnly(team, QStringLiteral("The team's rep role may CREATE in the schema “%1”")
                          .arg(team.schema.name()));
    REQUIRE(admin.exec(sql(
        QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM \"%2\"").arg(team.schema.name(), rep))));
    requireSound(team);

    // A GRANT to a rep's login itself, not its role.
    REQUIRE(admin.exec(
        sql(QStringLiteral("GRANT UPDATE (value) ON settings TO \"%1\"").arg(team.repLogin))));
    requireOnly(team,
                QStringLiteral(
                    "The login “%1” of the team's rep role holds UPDATE on “settings” beyond its "
                    "role's rights")
                    .arg(team.repLogin));
    REQUIRE(admin.exec(
        sql(QStringLiteral("REVOKE UPDATE (value) ON settings FROM \"%1\"").arg(team.repLogin))));
    requireSound(team);

    REQUIRE(admin.exec(sql(QStringLiteral("ALTER ROLE \"%1\" CREATEROLE").arg(team.repLogin))));
    requireOnly(
        team, QStringLiteral("The login “%1” of the team's rep role holds CREATEROLE on the server")
                  .arg(team.repLogin));
    REQUIRE(admin.exec(sql(QStringLiteral("ALTER ROLE \"%1\" NOCREATEROLE").arg(team.repLogin))));
    requireSound(team);
    // A superuser is every role's member to pg_has_role: the sentence names the rep role still.
    REQUIRE(admin.exec(sql(QStringLiteral("ALTER ROLE \"%1\" SUPERUSER").arg(team.repLogin))));
    requireOnly(
        team, QStringLiteral("The login “%1” of the team's rep role holds SUPERUSER on the server")
                  .arg(team.repLogin));
    REQUIRE(admin.exec(sql(QStringLiteral("ALTER ROLE \"%1\" NOSUPERUSER").arg(team.repLogin))));
    requireSound(team);

    // A predefined role of the server that reaches past FunnelDesk's rights; its hint undoes it.
    REQUIRE(
        admin.exec(sql(QStringLiteral("GRANT pg_read_server_files TO \"%1\"").arg(team.repLogin))));
    {
        const QStringList found = problems(team);
        INFO(found.join(QLatin1Char('\n')).toStdString());
        REQUIRE(found.size() == 1);
        CHECK(found.front() ==
              QStringLiteral("The login “%1” of the team's rep role holds the server's role "
                             "pg_read_server_files, which reads the server's files, so whoever "
                             "signs in as it may do far more than FunnelDesk lets a rep; REVOKE "
                             "pg_read_server_files FROM %1")
                  .arg(team.repLogin));
        REQUIRE(admin.exec(sql(found.front().section(QStringLiteral("; "), -1))));
    }
    requireSound(team);
    // Through a role between: the hint takes it from that role.
    const QString files = team.schema.name() + QStringLiteral("_files");
    REQUIRE(admin.exec(sql(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(files))));
    REQUIRE(admin.exec(sql(QStringLiteral("GRANT pg_write_server_files TO %1").arg(files))));
    REQUIRE(admin.exec(sql(QStringLiteral("GRANT %1 TO \"%2\"").arg(files, team.repLogin))));
    {
        const QStringList found = problems(team);
        INFO(found.join(QLatin1Char('\n')).toStdString());
        REQUIRE(found.size() == 1);
        CHECK(found.front().endsWith(
            QStringLiteral("; REVOKE pg_write_server_files FROM %1").arg(files)));
        REQUIRE(admin.exec(sql(found.front().section(QStringLiteral("; "), -1))));
    }
    requireSound(team);
    REQUIRE(admin.exec(sql(QStringLiteral("DROP ROLE %1").arg(files))));

    // Held by the team's rep role: one sentence for the role, none for each login or table; a
    // table GRANT of its own beside it is named too, as the REVOKE of the server role leaves it.
    REQUIRE(admin.exec(sql(QStringLiteral("GRANT pg_read_all_data TO \"%1\"").arg(rep))));
    REQUIRE(admin.exec(sql(QStringLiteral("GRANT SELECT ON fd_team_login TO \"%1\"").arg(rep))));
    {
        const QStringList found = problems(team);
        INFO(found.join(QLatin1Char('\n')).toStdString());
        REQUIRE(found.size() == 2);
        CHECK(found.filter(QStringLiteral("“fd_team_login”")).size() == 1);
        const QStringList server = found.filter(
            QStringLiteral("The team's rep role holds the server's role pg_read_all_data"));
        REQUIRE(server.size() == 1);
        CHECK(server.front().endsWith(
            QStringLiteral("; REVOKE pg_read_all_data FROM \"%1\"").arg(rep)));
        for (const QString& problem : found)
            REQUIRE(admin.exec(sql(problem.section(QStringLiteral("; "), -1))));
    }
    requireSound(team);

    REQUIRE(admin.exec(sql(QStringLiteral("GRANT \"%1\" TO \"%2\"").arg(managers, team.repLogin))));
    requireOnly(team,
                QStringLiteral(
                    "The agent “Rhea Rep” is a rep, but their login “%1” is a member of the team's "
                    "manager role")
                    .arg(team.repLogin));
    REQUIRE(
        admin.exec(sql(QStringLiteral("REVOKE \"%1\" FROM \"%2\"").arg(managers, team.repLogin))));
    requireSound(team);

    REQUIRE(admin.exec(sql(QStringLiteral("DROP ROLE \"%1\"").arg(team.repLogin))));
    requireOnly(team,
                QStringLiteral(
                    "The agent “Rhea Rep” signs in as “%1”, a login that no longer exists on this "
                    "server")
                    .arg(team.repLogin));
    REQUIRE(admin.exec(
        sql(QStringLiteral("CREATE ROLE \"%1\" LOGIN IN ROLE \"%2\"").arg(team.repLogin, rep))));
    requireSound(team);

    // A member of the owner's role holds what the owner holds (the team functions treat it as the
    // owner): none of that is a team login's excess.
    const QString deputy = team.schema.name() + QStringLiteral("_deputy");
    const QString owner = text(admin, "SELECT fd_team_owner()");
    REQUIRE(admin.exec(
        sql(QStringLiteral("CREATE ROLE \"%1\" LOGIN IN ROLE \"%2\"").arg(deputy, owner))));
    requireSound(team);
    REQUIRE(admin.exec(sql(QStringLiteral("DROP ROLE \"%1\"").arg(deputy))));
}

TEST_CASE("check: names a team that may not use its schema or connect to its database; each "
          "undone, check passes",
          "[postgres][check][team]")
{
    Team3 team;
    pg::Connection admin = team.schema.connect();
    const QString rep = teamRole(team, "rep");
    const QString schema = team.schema.name();
    REQUIRE(
        admin.exec(sql(QStringLiteral("REVOKE USAGE ON SCHEMA %1 FROM \"%2\"").arg(schema, rep))));
    requireOnly(team, QStringLiteral("The team's rep role may not use the schema “%1” (neither it "
                                     "nor PUBLIC holds USAGE there), so no team login can read "
                                     "FunnelDesk's tables; the schema's owner can run: GRANT "
                                     "USAGE ON SCHEMA %1 TO \"%2\"")
                          .arg(schema, rep));
    REQUIRE(admin.exec(sql(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO \"%2\"").arg(schema, rep))));
    requireSound(team);

    // A hint's SQL quotes a login that needs it (Validation::loginProblem allows . - @), and
    // names the table with its schema: it works as given, from any search_path.
    const QString ann = QStringLiteral("ann.lee-%1@example.com").arg(schema);
    REQUIRE(
        Team(*team.owner).addLogin(ann, QStringLiteral("Ann Lee"), AgentRole::Rep, std::nullopt));
    REQUIRE(admin.exec(sql(QStringLiteral("GRANT UPDATE ON settings TO \"%1\"").arg(ann))));
    {
        const QStringList found = problems(team);
        INFO(found.join(QLatin1Char('\n')).toStdString());
        REQUIRE(found.size() == 1);
        const QString revoke =
            QStringLiteral("REVOKE UPDATE ON %1.settings FROM \"%2\"").arg(schema, ann);
        CHECK(found.front().endsWith(QStringLiteral("; ") + revoke));
        pg::Connection elsewhere = test::pgConnect(); // search_path: public
        REQUIRE(elsewhere.exec(sql(revoke)));
    }
    requireSound(team);

    // PUBLIC's CONNECT taken back, as a hardened server does: the rep role needs its own. The
    // test database is this process's alone (tests/pg/with-cluster.sh); PUBLIC's comes back
    // however the test ends.
    struct PublicConnect {
        pg::Connection& admin;
        ~PublicConnect()
        {
            (void)admin.exec("GRANT CONNECT ON DATABASE funneldesk_test TO PUBLIC");
        }
    } restore{admin};
    REQUIRE(admin.exec("REVOKE CONNECT ON DATABASE funneldesk_test FROM PUBLIC"));
    requireOnly(team,
                QStringLiteral("The team's rep role may not connect to the database "
                               "“funneldesk_test” (neither it nor PUBLIC holds CONNECT there), so "
                               "no team login can sign in; the database's owner can run: GRANT "
                               "CONNECT ON DATABASE funneldesk_test TO \"%1\"")
                    .arg(rep));
    REQUIRE(admin.exec(
        sql(QStringLiteral("GRANT CONNECT ON DATABASE funneldesk_test TO \"%1\"").arg(rep))));
    requireSound(team);
    REQUIRE(admin.exec(
        sql(QStringLiteral("REVOKE CONNECT ON DATABASE funneldesk_test FROM \"%1\"").arg(rep))));
    (void)admin.exec(sql(QStringLiteral("DROP ROLE \"%1\"").arg(ann)));
}

TEST_CASE("check: names the functions a team role needs and may not run, one sentence per role, "
          "whose GRANT works as given",
          "[postgres][check][team]")
{
    Team3 team;
    pg::Connection admin = team.schema.connect();
    const QString managers = teamRole(team, "manager");
    // As a server that takes EXECUTE from PUBLIC by default leaves every function of an init.
    REQUIRE(admin.exec("REVOKE EXECUTE ON FUNCTION fd_team_role(text), fd_text_line(text) FROM "
                       "PUBLIC"));
    {
        const QStringList found = problems(team);
        INFO(found.join(QLatin1Char('\n')).toStdString());
        REQUIRE(found.size() == 1);
        CHECK(found.front().startsWith(
            QStringLiteral("The team's rep role may not run 2 of FunnelDesk's functions that its "
                           "logins need (fd_team_role, fd_text_line), so what they do with them "
                           "fails; GRANT EXECUTE ON FUNCTION %1.fd_team_role(kind text), "
                           "%1.fd_text_line(t text) TO ")
                .arg(team.schema.name())));
        pg::Connection elsewhere = test::pgConnect(); // search_path: public
        REQUIRE(elsewhere.exec(sql(found.front().section(QStringLiteral("; "), -1))));
    }
    requireSound(team);

    // A function kept from reps that a manager needs (kKeptFunctions).
    REQUIRE(admin.exec(sql(
        QStringLiteral("REVOKE EXECUTE ON FUNCTION fd_audit_bulk(text, text, bigint) FROM \"%1\"")
            .arg(managers))));
    requireOnly(team, QStringLiteral("The team's manager role may not run 1 of FunnelDesk's "
                                     "functions that its logins need (fd_audit_bulk)"));
    REQUIRE(admin.exec(
        sql(QStringLiteral("GRANT EXECUTE ON FUNCTION fd_audit_bulk(text, text, bigint) TO \"%1\"")
                .arg(managers))));
    requireSound(team);
}

TEST_CASE("check: names team roles renamed away while the team's agents sign in with logins of "
          "their own; renamed back, check passes",
          "[postgres][check][team]")
{
    Team3 team;
    pg::Connection admin = team.schema.connect();
    const QString rep = teamRole(team, "rep");
    const QString managers = teamRole(team, "manager");
    const QString away = team.schema.name() + QStringLiteral("_away");
    REQUIRE(admin.exec(sql(QStringLiteral("ALTER ROLE \"%1\" RENAME TO %2").arg(rep, away))));
    // The rep's login still works through the renamed role, beyond check's sight.
    pg::Connection repConn = team.schema.connect(QStringLiteral("user=") + team.repLogin);
    CHECK(repConn.exec("SELECT count(*) FROM customer"));
    requireOnly(team, QStringLiteral("The team's rep role \"%1\" is not on the server, though 2 "
                                     "agents sign in here with logins of their own, so check "
                                     "cannot tell what those logins may do; if it was renamed, "
                                     "rename it back with ALTER ROLE … RENAME TO \"%1\", else")
                          .arg(rep));
    REQUIRE(admin.exec(sql(QStringLiteral("ALTER ROLE %1 RENAME TO \"%2\"").arg(away, rep))));
    requireSound(team);

    // The manager role made NOINHERIT: still a member, but without the rep role's rights. Its
    // hint, run as given, gives them back.
    REQUIRE(admin.exec(sql(QStringLiteral("ALTER ROLE \"%1\" NOINHERIT").arg(managers))));
    {
        const QStringList noinherit = problems(team);
        INFO(noinherit.join(QLatin1Char('\n')).toStdString());
        REQUIRE(noinherit.size() == 1);
        CHECK(noinherit.front().startsWith(
            QStringLiteral("The team's manager role is a member of its rep role but does not "
                           "inherit its rights (NOINHERIT)")));
        pg::Connection elsewhere = test::pgConnect();
        REQUIRE(elsewhere.exec(sql(noinherit.front().section(QStringLiteral("; "), -1))));
    }
    requireSound(team);

    // The manager role dropped and made again: check names it, then the membership in the rep
    // role it lost (and not each rep's right that membership gives), each right of its own, and
    // the manager's login without the role; its hints, followed, make the team whole.
    REQUIRE(admin.exec(sql(QStringLiteral("DROP OWNED BY \"%1\"").arg(managers))));
    REQUIRE(admin.exec(sql(QStringLiteral("DROP ROLE \"%1\"").arg(managers))));
    requireOnly(
        team, QStringLiteral("The team's manager role \"%1\" is not on the server").arg(managers));
    REQUIRE(admin.exec(sql(QStringLiteral("CREATE ROLE \"%1\" NOLOGIN").arg(managers))));
    const QStringList found = problems(team);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.contains(
        QStringLiteral("The team's manager role is not a member of its rep role, so managers lack "
                       "every right a rep has; "
                       "GRANT \"%1\" TO \"%2\"")
            .arg(rep, managers)));
    CHECK(found.filter(QStringLiteral("lacks SELECT on “customer”")).isEmpty());
    CHECK(found.contains(
        QStringLiteral("The agent “Max Manager” is an active manager, but their login “%1” is no "
                       "longer a member of the team's manager role here (taken from it, or the "
                       "role was dropped and made again), so they cannot work in FunnelDesk; a "
                       "manager can give the rights back, or the server's administrator can run: "
                       "GRANT \"%2\" TO %1")
            .arg(team.managerLogin, managers)));
    CHECK_FALSE(found.filter(QStringLiteral("manager role lacks INSERT on “settings”")).isEmpty());
    pg::Connection elsewhere = test::pgConnect(); // search_path: public
    for (const QString& problem : found) {
        const QString hint = problem.section(QStringLiteral("; "), -1);
        const int sql = std::max(hint.indexOf(QStringLiteral("GRANT ")),
                                 hint.indexOf(QStringLiteral("REVOKE ")));
        REQUIRE(sql >= 0);
        REQUIRE(elsewhere.exec(hint.mid(sql).toUtf8()));
    }
    requireSound(team);
    pg::Connection max = team.schema.connect(QStringLiteral("user=") + team.managerLogin);
    CHECK(max.exec("SELECT count(*) FROM settings"));
}
