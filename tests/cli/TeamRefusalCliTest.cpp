// team disable, enable and add --agent refused on a server: each refusal one sentence in the
// user's language, the server's own order first, and nothing written (issue 17, "Who is
// working"; pg::Team's callTeam). The [postgres] cases run only through tests/pg/with-cluster.sh.
#include "support/CliRun.h"
#include "support/PgTestSchema.h"
#include "support/TeamCli.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

using namespace fd;
using namespace fd::test;

TEST_CASE("team: disable, enable and add --agent say each refusal in the user's language",
          "[cli][postgres][team]")
{
    PgTestSchema schema;
    initialise(schema);
    pg::Connection admin = schema.connect();
    const auto german = [] {
        QProcessEnvironment env;
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        return env;
    }();
    const QString emma = schema.name() + QStringLiteral("_emma");
    const QString max = schema.name() + QStringLiteral("_max");
    addLogin(schema, emma, QStringLiteral("Emma Hansen"), QStringLiteral("rep"));
    addLogin(schema, max, QStringLiteral("Max Manager"), QStringLiteral("manager"));
    const auto refused = [&](const QStringList& args, const QString& login, const QString& english,
                             const QString& inGerman) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliRun run = team(schema, args, login);
        requireOneSentence(run, english);
        CHECK_FALSE(run.err.contains(QStringLiteral("SQLSTATE")));
        requireOneSentence(
            runCliOn(cliDb(schema, login), QStringList{QStringLiteral("team")} + args, german),
            inGerman);
    };

    // A rep is refused a manager's work in a sentence whose subject is the work.
    refused({QStringLiteral("disable"), max}, emma,
            QStringLiteral("Disabling a login needs a manager's rights; %1 is a rep.").arg(emma),
            QStringLiteral("Das Deaktivieren eines Logins erfordert Managerrechte; %1 ist "
                           "Mitarbeiter.")
                .arg(emma));

    // The database's owner, and the login that asks.
    refused({QStringLiteral("disable"), QStringLiteral("funneldesk")}, {},
            QStringLiteral("The login “funneldesk” owns "),
            QStringLiteral("Das Login „funneldesk“ besitzt "));
    refused({QStringLiteral("enable"), QStringLiteral("funneldesk")}, {},
            QStringLiteral("and is never disabled, so there is nothing to enable."),
            QStringLiteral("wird nie deaktiviert"));
    refused({QStringLiteral("disable"), max}, max,
            QStringLiteral("You are connected as “%1”, and no login disables itself; nothing was "
                           "changed, and another manager can disable it.")
                .arg(max),
            QStringLiteral("Sie sind als „%1“ angemeldet").arg(max));
    CHECK(team(schema, {QStringLiteral("list")})
              .out.contains(max + QStringLiteral("	Max Manager	manager	enabled")));
    // No agent signs in as the login.
    refused({QStringLiteral("enable"), QStringLiteral("nobody_here")}, {},
            QStringLiteral("signs in as “nobody_here”"), QStringLiteral("„nobody_here“"));
    // A login gone from the server since it was disabled.
    REQUIRE(team(schema, {QStringLiteral("disable"), emma}).exitCode == 0);
    REQUIRE(admin.exec(QStringLiteral("DROP ROLE \"%1\"").arg(emma).toUtf8()));
    refused({QStringLiteral("enable"), emma}, {},
            QStringLiteral("The login “%1” no longer exists on the server; its administrator "
                           "makes it again first, and then it can be enabled.")
                .arg(emma),
            QStringLiteral("„%1“ gibt es auf dem Server nicht mehr").arg(emma));
    // add --agent: an agent that has a login, a login that is another agent's, and a login with
    // a server attribute.
    refused({QStringLiteral("add"), QStringLiteral("--login"),
             schema.name() + QStringLiteral("_new"), QStringLiteral("--agent"),
             QStringLiteral("Max Manager"), QStringLiteral("--no-password")},
            {},
            QStringLiteral("The agent “Max Manager” signs in as “%1” already, and an agent has "
                           "one login; if that one is no longer theirs, the database's owner can "
                           "clear agent.login first.")
                .arg(max),
            QStringLiteral("Der Agent „Max Manager“ meldet sich bereits als „%1“ an").arg(max));
    REQUIRE(runCliOn(cliDb(schema), {QStringLiteral("add"), QStringLiteral("agent"),
                                     QStringLiteral("--name"), QStringLiteral("Nora New")})
                .exitCode == 0);
    refused({QStringLiteral("add"), QStringLiteral("--login"), max, QStringLiteral("--agent"),
             QStringLiteral("Nora New"), QStringLiteral("--no-password")},
            {}, QStringLiteral("The login “%1” is already the agent “Max Manager” here.").arg(max),
            QStringLiteral("ist hier bereits der Agent „Max Manager“"));
    const QString special = schema.name() + QStringLiteral("_special");
    REQUIRE(admin.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN CREATEDB").arg(special).toUtf8()));
    refused({QStringLiteral("add"), QStringLiteral("--login"), special, QStringLiteral("--agent"),
             QStringLiteral("Nora New"), QStringLiteral("--no-password")},
            {},
            QStringLiteral("The login “%1” has CREATEDB on the server, and the team commands give "
                           "their rights only to a login without such attributes, so nothing was "
                           "changed; the server's administrator can first run: ALTER ROLE \"%1\" "
                           "NOCREATEDB")
                .arg(special),
            QStringLiteral("ALTER ROLE \"%1\" NOCREATEDB").arg(special));
    // The server's own order first: a manager giving an administrator's SUPERUSER login is told
    // that only the owner gives a login FunnelDesk did not make, not to take SUPERUSER away.
    const QString boss = schema.name() + QStringLiteral("_boss");
    REQUIRE(admin.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN SUPERUSER").arg(boss).toUtf8()));
    refused({QStringLiteral("add"), QStringLiteral("--login"), boss, QStringLiteral("--agent"),
             QStringLiteral("Nora New"), QStringLiteral("--no-password")},
            max,
            QStringLiteral("The login “%1” exists on the server and FunnelDesk did not make it")
                .arg(boss),
            QStringLiteral("Das Login „%1“ existiert auf dem Server, und FunnelDesk hat es nicht")
                .arg(boss));
    CHECK(team(schema, {QStringLiteral("list"), QStringLiteral("--all")})
              .out.contains(QStringLiteral("Nora New\trep\t")));

    // A login the server's administrator locked (NOLOGIN) gets the ALTER ROLE that unlocks it;
    // one given SUPERUSER since it was added gets the one that takes it away, asked by itself too.
    const QString locked = schema.name() + QStringLiteral("_locked");
    addLogin(schema, locked, QStringLiteral("Lou Locked"), QStringLiteral("rep"));
    REQUIRE(admin.exec(QStringLiteral("ALTER ROLE \"%1\" NOLOGIN").arg(locked).toUtf8()));
    refused({QStringLiteral("enable"), locked}, {},
            QStringLiteral("The login “%1” may not sign in to the server (NOLOGIN), and the team "
                           "commands give their rights only to a login that may, so nothing was "
                           "changed; the server's administrator can first run: ALTER ROLE \"%1\" "
                           "LOGIN")
                .arg(locked),
            QStringLiteral("ALTER ROLE \"%1\" LOGIN").arg(locked));
    const QString self = schema.name() + QStringLiteral("_self");
    addLogin(schema, self, QStringLiteral("Sue Self"), QStringLiteral("manager"));
    REQUIRE(admin.exec(QStringLiteral("ALTER ROLE \"%1\" SUPERUSER").arg(self).toUtf8()));
    refused({QStringLiteral("enable"), self}, self,
            QStringLiteral("The login “%1” has SUPERUSER on the server, and the team commands give "
                           "their rights only to a login without such attributes")
                .arg(self),
            QStringLiteral("ALTER ROLE \"%1\" NOSUPERUSER").arg(self));
}

TEST_CASE("team: a change made while a team command waits for another is judged once its turn "
          "comes, and said in the user's words",
          "[cli][postgres][team]")
{
    PgTestSchema schema;
    initialise(schema);
    pg::Connection admin = schema.connect();
    // Runs `team args` while another team change holds the team's roles, makes `change` as the
    // server's administrator once the command waits for them (seen in pg_stat_activity, no
    // timing), lets it go on, and returns what it said.
    const auto raced = [&](const QStringList& args, const QString& function,
                           const QString& change) {
        INFO(args.join(QLatin1Char(' ')).toStdString() << " while " << change.toStdString());
        pg::Connection other = schema.connect();
        REQUIRE(other.exec("BEGIN"));
        REQUIRE(other.exec("SELECT * FROM fd_team_roles FOR UPDATE"));
        QProcess process;
        startCli(process,
                 QStringList{QStringLiteral("--db"), cliDb(schema), QStringLiteral("team")} + args,
                 60000);
        const QByteArray waits = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = "
                                 "'Lock' AND datname = current_database() AND query LIKE '%" +
                                 function.toUtf8() + "(%'";
        bool waited = false;
        for (int i = 0; i < 600 && !waited && process.state() != QProcess::NotRunning; ++i) {
            auto row = admin.exec(waits);
            waited = row && row->int64(0, 0) == 1;
            if (!waited)
                QThread::msleep(50);
        }
        REQUIRE(waited);
        REQUIRE(admin.exec(change.toUtf8()));
        REQUIRE(other.exec("COMMIT"));
        return finished(process);
    };
    const QString rep = schema.name() + QStringLiteral("_rep");
    addLogin(schema, rep, QStringLiteral("Rita Rep"), QStringLiteral("rep"));

    // disable: the login made a superuser meanwhile, which keeps every right (the veto, asked of
    // the login as it is after the wait); nothing is written.
    requireOneSentence(raced({QStringLiteral("disable"), rep}, QStringLiteral("fd_team_disable"),
                             QStringLiteral("ALTER ROLE \"%1\" SUPERUSER").arg(rep)),
                       QStringLiteral("The login “%1” has SUPERUSER on the server, so it keeps or "
                                      "can take back every right here whatever team disable does, "
                                      "and nothing was changed")
                           .arg(rep));
    CHECK(team(schema, {QStringLiteral("list")})
              .out.contains(rep + QStringLiteral("\tRita Rep\trep\tenabled")));
    REQUIRE(admin.exec(QStringLiteral("ALTER ROLE \"%1\" NOSUPERUSER").arg(rep).toUtf8()));

    // The functions' own refusals of a change made meanwhile (P0002 and 55000, English words for
    // psql) are said as FunnelDesk's check before the call says them: quoted, with the hint.
    const QString gone = schema.name() + QStringLiteral("_gone");
    addLogin(schema, gone, QStringLiteral("Gil Gone"), QStringLiteral("rep"));
    REQUIRE(team(schema, {QStringLiteral("disable"), gone}).exitCode == 0);
    CliRun run = raced({QStringLiteral("enable"), gone}, QStringLiteral("fd_team_enable"),
                       QStringLiteral("DROP ROLE \"%1\"").arg(gone));
    requireOneSentence(run, QStringLiteral("The login “%1” no longer exists on the server; its "
                                           "administrator makes it again first, and then it can "
                                           "be enabled.")
                                .arg(gone));
    CHECK_FALSE(run.err.contains(QStringLiteral("SQLSTATE")));

    run = raced({QStringLiteral("disable"), rep}, QStringLiteral("fd_team_disable"),
                QStringLiteral("UPDATE agent SET login = NULL WHERE login = '%1'").arg(rep));
    requireOneSentence(
        run, QStringLiteral(" signs in as “%1”; `team list --all` lists every agent.").arg(rep));
    CHECK(run.err.contains(QStringLiteral("No agent of ")));

    // add --agent: the agent given a login, or deleted, meanwhile.
    const auto newAgent = [&](const QString& name) {
        auto id = admin.exec("INSERT INTO agent (name, role, active) VALUES ($1, 'rep', 1) "
                             "RETURNING id",
                             {name});
        REQUIRE(id);
        return QString::number(id->int64(0, 0));
    };
    const QString taken = newAgent(QStringLiteral("Tia Taken"));
    const QString linked = schema.name() + QStringLiteral("_linked");
    run = raced({QStringLiteral("add"), QStringLiteral("--agent"), taken, QStringLiteral("--login"),
                 linked, QStringLiteral("--no-password")},
                QStringLiteral("fd_team_link"),
                QStringLiteral("UPDATE agent SET login = '%1_other' WHERE id = %2")
                    .arg(schema.name(), taken));
    requireOneSentence(run, QStringLiteral("The agent “Tia Taken” signs in as “%1_other” already, "
                                           "and an agent has one login")
                                .arg(schema.name()));
    const QString deleted = newAgent(QStringLiteral("Dee Deleted"));
    run = raced({QStringLiteral("add"), QStringLiteral("--agent"), deleted,
                 QStringLiteral("--login"), linked, QStringLiteral("--no-password")},
                QStringLiteral("fd_team_link"),
                QStringLiteral("DELETE FROM agent WHERE id = %1").arg(deleted));
    requireOneSentence(run, QStringLiteral("The agent “Dee Deleted” (id %1) was deleted "
                                           "meanwhile, and nothing was changed; `team list "
                                           "--all` lists every agent.")
                                .arg(deleted));
    CHECK_FALSE(team(schema, {QStringLiteral("list")}).out.contains(linked));
}
