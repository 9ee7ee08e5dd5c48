// `team add|list|disable` and the rights of a rep on a server (issue 17, Step 11, "Who is working"
// and "Rights enforced by the server"). Logins are cluster-wide: each test names its own after
// its schema. The [postgres] cases run only through tests/pg/with-cluster.sh.
#include "support/TeamCli.h"
#include "support/CliRun.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcessEnvironment>

using namespace fd;
using namespace fd::test;

TEST_CASE("team: the owner who ran init is the first manager; team add, list and disable; a "
          "disabled login cannot "
          "connect",
          "[cli][postgres][team]")
{
    PgTestSchema schema;
    const CliRun made = runCliOn(cliDb(schema), {QStringLiteral("init")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("with “funneldesk” as its first manager")));

    const QString emma = schema.name() + QStringLiteral("_emma");
    addLogin(schema, emma, QStringLiteral("Emma Hansen"), QStringLiteral("rep"));
    const CliRun list = team(schema, {QStringLiteral("list")});
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).section(QLatin1Char('\t'), 1) ==
          emma + QStringLiteral("\tEmma Hansen\trep\tenabled"));
    CHECK(lines.at(1).section(QLatin1Char('\t'), 1) ==
          QStringLiteral("funneldesk\tfunneldesk\tmanager\tenabled"));

    // Emma signs in with her own login, and is "Me": her manual move names her.
    const CliRun customer =
        runCliOn(cliDb(schema, emma), {QStringLiteral("add"), QStringLiteral("customer"),
                                       QStringLiteral("--name"), QStringLiteral("Acme")});
    INFO(customer.err.toStdString());
    REQUIRE(customer.exitCode == 0);
    const QString id = customer.out.trimmed();
    const CliRun moved =
        runCliOn(cliDb(schema, emma),
                 {QStringLiteral("stages"), QStringLiteral("set"), id, QStringLiteral("retention"),
                  QStringLiteral("--reason"), QStringLiteral("Signed the renewal")});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    pg::Connection admin = schema.connect();
    auto actor = admin.exec("SELECT actor FROM stage_transition ORDER BY id DESC LIMIT 1");
    REQUIRE(actor);
    CHECK(actor->text(0, 0) == QStringLiteral("Emma Hansen"));

    const CliRun disabled = team(schema, {QStringLiteral("disable"), emma});
    INFO(disabled.err.toStdString());
    REQUIRE(disabled.exitCode == 0);
    const CliRun after = team(schema, {QStringLiteral("list")});
    CHECK(after.out.contains(emma + QStringLiteral("\tEmma Hansen\trep\tdisabled")));
    requireOneSentence(
        runCliOn(cliDb(schema, emma), {QStringLiteral("stats")}),
        QStringLiteral("does not let user “%1” log in, though the user exists: it was "
                       "made without LOGIN (a team's group role is), or a manager "
                       "disabled it")
            .arg(emma));

    // The owner cannot be disabled, and a second login of the same name is refused.
    requireOneSentence(team(schema, {QStringLiteral("disable"), QStringLiteral("funneldesk")}),
                       QStringLiteral("the database's owner is never disabled"));
    requireOneSentence(team(schema, {QStringLiteral("add"), QStringLiteral("--login"), emma,
                                     QStringLiteral("--name"), QStringLiteral("Emma Again"),
                                     QStringLiteral("--role"), QStringLiteral("rep"),
                                     QStringLiteral("--no-password")}),
                       QStringLiteral("is already the agent “Emma Hansen”"));
    // A manager works with the owner's rights here, never on the cluster's other roles: a group
    // role (another database's managers) is not made a login, and a login another role shares
    // is only taken out of this database's team, not shut out of the cluster (hostile pass).
    const QString group = schema.name() + QStringLiteral("_group");
    const QString shared = schema.name() + QStringLiteral("_shared");
    REQUIRE(admin.exec(QStringLiteral("CREATE ROLE \"%1\" NOLOGIN").arg(group).toUtf8()));
    REQUIRE(admin.exec(
        QStringLiteral("CREATE ROLE \"%1\" LOGIN IN ROLE \"%2\"").arg(shared, group).toUtf8()));
    requireOneSentence(
        team(schema, {QStringLiteral("add"), QStringLiteral("--login"), group,
                      QStringLiteral("--name"), QStringLiteral("Group"), QStringLiteral("--role"),
                      QStringLiteral("rep"), QStringLiteral("--no-password")}),
        QStringLiteral("is a group role"));
    // A login FunnelDesk did not make is never taken by team add, only given by the owner.
    requireOneSentence(team(schema, {QStringLiteral("add"), QStringLiteral("--login"), shared,
                                     QStringLiteral("--name"), QStringLiteral("Sam Shared"),
                                     QStringLiteral("--role"), QStringLiteral("rep"),
                                     QStringLiteral("--no-password")}),
                       QStringLiteral("exists on the server and FunnelDesk did not make it"));
    adoptLogin(schema, shared, QStringLiteral("Sam Shared"));
    REQUIRE(team(schema, {QStringLiteral("disable"), shared}).exitCode == 0);
    const auto canLogIn = [&](const QString& role) {
        auto row = admin.exec("SELECT rolcanlogin::int FROM pg_roles WHERE rolname = $1", {role});
        REQUIRE(row);
        return row->int64(0, 0) == 1;
    };
    CHECK_FALSE(canLogIn(group));
    CHECK(canLogIn(shared));
    CHECK_FALSE(canLogIn(emma));
    CHECK(team(schema, {QStringLiteral("list")})
              .out.contains(shared + QStringLiteral("\tSam Shared\trep\tdisabled")));
}

TEST_CASE(
    "team: a rep's CLI is refused each manager's action in one sentence, and may do a rep's work",
    "[cli][postgres][team]")
{
    PgTestSchema schema;
    initialise(schema);
    const QString rep = schema.name() + QStringLiteral("_rep");
    addLogin(schema, rep, QStringLiteral("Ravi Rep"), QStringLiteral("rep"));
    const QString customer =
        runCliOn(cliDb(schema, rep), {QStringLiteral("add"), QStringLiteral("customer"),
                                      QStringLiteral("--name"), QStringLiteral("Acme")})
            .out.trimmed();
    REQUIRE(customer.toLongLong() > 0);
    Scratch scratch;
    const QString csv = scratch.file(QStringLiteral("customers.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("name,email\nBeta,beta@example.com\n");
    }
    const QString isRep = QStringLiteral("; %1 is a rep.").arg(rep);
    const struct {
        QStringList args;
        QString what;
    } refused[] = {
        {{QStringLiteral("stages"), QStringLiteral("rules"), QStringLiteral("--set"),
          QStringLiteral("retention.regress.min_tickets=1")},
         QStringLiteral("Changing the stage rules")},
        {{QStringLiteral("stages"), QStringLiteral("set"), customer, QStringLiteral("retention"),
          QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--pin")},
         QStringLiteral("Pinning a customer")},
        {{QStringLiteral("import"), QStringLiteral("customers"), csv}, QStringLiteral("Importing")},
        {{QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--name"),
          QStringLiteral("Zoe")},
         QStringLiteral("Adding an agent")},
        {{QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("10"),
          QStringLiteral("--tickets"), QStringLiteral("10"), QStringLiteral("--touchpoints"),
          QStringLiteral("10")},
         QStringLiteral("Generating demo data")},
        {{QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--login"),
          schema.name() + QStringLiteral("_x"), QStringLiteral("--name"), QStringLiteral("X"),
          QStringLiteral("--role"), QStringLiteral("manager")},
         QStringLiteral("Adding a login to the team")},
        {{QStringLiteral("team"), QStringLiteral("disable"), rep},
         QStringLiteral("Disabling a login")},
    };
    for (const auto& attempt : refused) {
        INFO(attempt.args.join(QLatin1Char(' ')).toStdString());
        requireOneSentence(runCliOn(cliDb(schema, rep), attempt.args),
                           attempt.what + QStringLiteral(" needs a manager's rights") + isRep);
    }
    pg::Connection admin = schema.connect();
    auto state = admin.exec("SELECT (SELECT count(*) FROM agent), (SELECT count(*) FROM customer), "
                            "(SELECT count(*) FROM settings), (SELECT stage_pinned FROM customer)");
    REQUIRE(state);
    CHECK(state->int64(0, 0) == 2); // the owner and the rep
    CHECK(state->int64(0, 1) == 1);
    CHECK(state->int64(0, 3) == 0);

    // A manual move without a pin is a rep's.
    const CliRun moved =
        runCliOn(cliDb(schema, rep), {QStringLiteral("stages"), QStringLiteral("set"), customer,
                                      QStringLiteral("retention"), QStringLiteral("--reason"),
                                      QStringLiteral("Renewed")});
    INFO(moved.err.toStdString());
    CHECK(moved.exitCode == 0);

    // Hostile pass: a customer a manager pinned stays where the manager put it; a rep who
    // switches the log's pause off is logged all the same, under the rep's own agent whatever
    // the session claims; a manager's team add checks the name as every agent's is checked.
    REQUIRE(runCliOn(cliDb(schema), {QStringLiteral("stages"), QStringLiteral("set"), customer,
                                     QStringLiteral("advocacy"), QStringLiteral("--reason"),
                                     QStringLiteral("Reference customer"), QStringLiteral("--pin")})
                .exitCode == 0);
    requireOneSentence(
        runCliOn(cliDb(schema, rep), {QStringLiteral("stages"), QStringLiteral("set"), customer,
                                      QStringLiteral("retention"), QStringLiteral("--reason"),
                                      QStringLiteral("Moved back")}),
        QStringLiteral("Moving a pinned customer needs a manager's rights"));
    auto stage = admin.exec("SELECT stage FROM customer");
    REQUIRE(stage);
    CHECK(stage->text(0, 0) == QStringLiteral("advocacy"));
    pg::Connection raw = schema.connect(QStringLiteral("user=") + rep);
    REQUIRE(raw.exec("SET funneldesk.audit_paused = 'on'"));
    REQUIRE(raw.exec("SET funneldesk.agent = '1'"));
    REQUIRE(raw.exec("UPDATE customer SET name = 'Silent rename'"));
    auto logged =
        admin.exec("SELECT a.name, l.login FROM audit_log l JOIN agent a ON a.id = l.agent_id "
                   "WHERE l.field = 'name' AND l.new_value = 'Silent rename'");
    REQUIRE(logged);
    REQUIRE(logged->count() == 1);
    CHECK(logged->text(0, 0) == QStringLiteral("Ravi Rep"));
    CHECK(logged->text(0, 1) == rep);
    requireOneSentence(team(schema, {QStringLiteral("add"), QStringLiteral("--login"),
                                     schema.name() + QStringLiteral("_z"), QStringLiteral("--name"),
                                     QStringLiteral("Z") + QChar(0x202E) + QStringLiteral("ed"),
                                     QStringLiteral("--role"), QStringLiteral("rep"),
                                     QStringLiteral("--no-password")}),
                       QStringLiteral("U+202E RIGHT-TO-LEFT OVERRIDE"));
}

TEST_CASE("team: generate right after init keeps init's first manager and adds the demo's agents "
          "after it",
          "[cli][postgres][team]")
{
    // Hostile pass: init made the owner an agent, and generate then refused "already holds 0
    // customers".
    PgTestSchema schema;
    initialise(schema);
    const CliRun made = runCliOn(
        cliDb(schema), {QStringLiteral("generate"), QStringLiteral("--customers"),
                        QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("3")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    pg::Connection admin = schema.connect();
    auto agents = admin.exec(
        "SELECT (SELECT count(*) FROM agent WHERE login = 'funneldesk' AND id = 1), "
        "(SELECT min(id) FROM agent WHERE login IS NULL), (SELECT count(*) FROM customer)");
    REQUIRE(agents);
    CHECK(agents->int64(0, 0) == 1);
    CHECK(agents->int64(0, 1) == 2);
    CHECK(agents->int64(0, 2) == 40);
    CHECK(runCliOn(cliDb(schema), {QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("team: the server itself refuses a rep's raw SQL change of a stage rule and of a pin",
          "[cli][postgres][team]")
{
    PgTestSchema schema;
    initialise(schema);
    const QString rep = schema.name() + QStringLiteral("_raw");
    addLogin(schema, rep, QStringLiteral("Rita Raw"), QStringLiteral("rep"));
    REQUIRE(runCliOn(cliDb(schema),
                     {QStringLiteral("stages"), QStringLiteral("rules"), QStringLiteral("--set"),
                      QStringLiteral("retention.regress.min_tickets=1")})
                .exitCode == 0);
    REQUIRE(runCliOn(cliDb(schema), {QStringLiteral("add"), QStringLiteral("customer"),
                                     QStringLiteral("--name"), QStringLiteral("Acme")})
                .exitCode == 0);

    pg::Connection raw = schema.connect(QStringLiteral("user=") + rep);
    for (const char* sql :
         {"UPDATE settings SET value = '9' WHERE key LIKE 'stage_rule.%'",
          "INSERT INTO settings (key, value) VALUES ('sla.high.first_response_hours', '1')",
          "DELETE FROM settings", "UPDATE customer SET stage_pinned = 1", "DELETE FROM customer",
          "INSERT INTO canned_reply (title, body) VALUES ('a', 'b')",
          "UPDATE agent SET role = 'manager'"}) {
        INFO(sql);
        const auto done = raw.exec(sql);
        REQUIRE_FALSE(done);
        CHECK(done.error().sqlState == "42501");
    }
    // What a rep may do, the server lets through.
    // (A stage moves with its stage move, as FunnelDesk writes it: 017_kept.sql.)
    CHECK(raw.exec(
        "INSERT INTO stage_transition (customer_id, from_stage, to_stage, at, actor, reason) "
        "SELECT id, stage, 'retention', 1767225600, 'Rita Raw', 'by hand' FROM customer"));
    CHECK(raw.exec("UPDATE customer SET notes = 'called', stage = 'retention', stage_entered_at = "
                   "1767225600"));
    CHECK(raw.exec(
        "INSERT INTO contact (customer_id, name, added_at) SELECT id, 'Bo', 0 FROM customer"));

    pg::Connection admin = schema.connect();
    auto rules = admin.exec(
        "SELECT value FROM settings WHERE key = 'stage_rule.retention.regress.min_tickets'");
    REQUIRE(rules);
    REQUIRE(rules->count() == 1);
    CHECK(rules->text(0, 0) == QStringLiteral("1"));
}

TEST_CASE("team: on a FunnelDesk file the team commands say that teams are a server feature",
          "[cli][sqlite-only][team]")
{
    Scratch scratch;
    const QString path = scratch.file(QStringLiteral("solo.sqlite"));
    REQUIRE(runCliOn(path, {QStringLiteral("init")}).exitCode == 0);
    for (const QStringList& args :
         {QStringList{QStringLiteral("list")},
          QStringList{QStringLiteral("disable"), QStringLiteral("emma")},
          QStringList{QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("emma"),
                      QStringLiteral("--name"), QStringLiteral("Emma"), QStringLiteral("--role"),
                      QStringLiteral("rep")}}) {
        requireOneSentence(runCliOn(path, QStringList{QStringLiteral("team")} + args),
                           QStringLiteral("Teams are a server feature"));
    }
}

TEST_CASE("team: enable undoes disable, and each says what it did to the login",
          "[cli][postgres][team]")
{
    PgTestSchema schema;
    initialise(schema);
    pg::Connection admin = schema.connect();
    const auto canLogIn = [&](const QString& role) {
        auto row = admin.exec("SELECT rolcanlogin::int FROM pg_roles WHERE rolname = $1", {role});
        REQUIRE(row);
        return row->int64(0, 0) == 1;
    };
    const QString emma = schema.name() + QStringLiteral("_emma");
    addLogin(schema, emma, QStringLiteral("Emma Hansen"), QStringLiteral("rep"));
    const CliRun off = team(schema, {QStringLiteral("disable"), emma});
    REQUIRE(off.exitCode == 0);
    CHECK(off.err.contains(QStringLiteral("can no longer sign in to the server")));
    CHECK_FALSE(canLogIn(emma));
    const CliRun on = team(schema, {QStringLiteral("enable"), emma});
    INFO(on.err.toStdString());
    REQUIRE(on.exitCode == 0);
    CHECK(on.err.contains(QStringLiteral("can sign in to the server again")));
    CHECK(canLogIn(emma));
    CHECK(team(schema, {QStringLiteral("list")})
              .out.contains(emma + QStringLiteral("\tEmma Hansen\trep\tenabled")));
    CHECK(runCliOn(cliDb(schema, emma), {QStringLiteral("add"), QStringLiteral("customer"),
                                         QStringLiteral("--name"), QStringLiteral("Back")})
              .exitCode == 0);
    CHECK(team(schema, {QStringLiteral("enable"), emma})
              .err.contains(QStringLiteral("enabled already")));

    // A login other roles share keeps signing in: disable says so, and enable gives back the
    // rights.
    const QString group = schema.name() + QStringLiteral("_group");
    const QString shared = schema.name() + QStringLiteral("_shared");
    REQUIRE(admin.exec(QStringLiteral("CREATE ROLE \"%1\" NOLOGIN").arg(group).toUtf8()));
    REQUIRE(admin.exec(
        QStringLiteral("CREATE ROLE \"%1\" LOGIN IN ROLE \"%2\"").arg(shared, group).toUtf8()));
    adoptLogin(schema, shared, QStringLiteral("Sam Shared"));
    const QString stillSignsIn =
        QStringLiteral("“%1” has no rights here any more and its agent is inactive; it can still "
                       "sign in to the server, as team disable locks only a login that "
                       "FunnelDesk made and that belongs to no other role (`team enable %1` "
                       "undoes this).");
    const CliRun sharedOff = team(schema, {QStringLiteral("disable"), shared});
    CHECK(sharedOff.err.trimmed() == stillSignsIn.arg(shared));
    CHECK(canLogIn(shared));
    // So does a login FunnelDesk did not make, though it belongs to no other role: the sentence
    // gives the rule, not "other roles" it does not have.
    const QString alone = schema.name() + QStringLiteral("_alone");
    REQUIRE(admin.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(alone).toUtf8()));
    adoptLogin(schema, alone, QStringLiteral("Al Alone"));
    const CliRun aloneOff = team(schema, {QStringLiteral("disable"), alone});
    INFO(aloneOff.err.toStdString());
    CHECK(aloneOff.err.trimmed() == stillSignsIn.arg(alone));
    CHECK(canLogIn(alone));
    // team add refuses a login that starts with "-", but a migrate adopts every login its source's
    // agents hold (PgTeam.cpp, 'adopted'): the command a sentence gives puts "--" before it, as
    // the command line would read "-dash" as an option, and it works as pasted.
    const QString dash = QStringLiteral("-") + schema.name() + QStringLiteral("_dash");
    REQUIRE(admin.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(dash).toUtf8()));
    REQUIRE(runCliOn(cliDb(schema), {QStringLiteral("add"), QStringLiteral("agent"),
                                     QStringLiteral("--name"), QStringLiteral("Di Dash")})
                .exitCode == 0);
    REQUIRE(admin.exec(
        QStringLiteral("UPDATE agent SET login = '%1' WHERE name = 'Di Dash'").arg(dash).toUtf8()));
    REQUIRE(admin.exec(QStringLiteral("INSERT INTO fd_team_login (login, origin, awaiting_rights) "
                                      "VALUES ('%1', 'adopted', true)")
                           .arg(dash)
                           .toUtf8()));
    const CliRun dashGiven = team(schema, {QStringLiteral("enable"), QStringLiteral("--"), dash});
    INFO(dashGiven.err.toStdString());
    REQUIRE(dashGiven.exitCode == 0);
    const CliRun dashOff = team(schema, {QStringLiteral("disable"), QStringLiteral("--"), dash});
    INFO(dashOff.err.toStdString());
    REQUIRE(dashOff.exitCode == 0);
    const QString dashHint = QStringLiteral("`team enable -- %1`").arg(dash);
    CHECK(dashOff.err.contains(dashHint));
    const QStringList pasted = dashHint.mid(1, dashHint.size() - 2).split(QLatin1Char(' ')).mid(1);
    const CliRun dashOn = team(schema, pasted);
    INFO(dashOn.err.toStdString());
    CHECK(dashOn.exitCode == 0);
    CHECK(dashOn.err.contains(QStringLiteral("has its agent's rights here again")));
    // A login FunnelDesk made that the administrator gave a server attribute later is not locked
    // either, and the sentence promises no team enable, which refuses such a role.
    const QString special = schema.name() + QStringLiteral("_special");
    addLogin(schema, special, QStringLiteral("Cy Special"), QStringLiteral("rep"));
    REQUIRE(admin.exec(QStringLiteral("ALTER ROLE \"%1\" CREATEDB").arg(special).toUtf8()));
    const CliRun specialOff = team(schema, {QStringLiteral("disable"), special});
    INFO(specialOff.err.toStdString());
    CHECK(specialOff.err.trimmed() ==
          QStringLiteral("“%1” has no rights here any more and its agent is inactive; it can "
                         "still sign in to the server, as a role with server attributes "
                         "(CREATEDB, REPLICATION or BYPASSRLS), which the team commands neither "
                         "lock nor enable again.")
              .arg(special));
    CHECK(canLogIn(special));
    const CliRun specialOn = team(schema, {QStringLiteral("enable"), special});
    requireOneSentence(specialOn,
                       QStringLiteral("The login “%1” has CREATEDB on the server, and the team "
                                      "commands give their rights only to a login without such "
                                      "attributes, so nothing was changed; the server's "
                                      "administrator can first run: ALTER ROLE \"%1\" NOCREATEDB")
                           .arg(special));
    // SUPERUSER keeps every right and CREATEROLE can GRANT itself the team's roles again, so
    // disabling either is refused before anything is written: the agent stays active, the login
    // a member of its role.
    for (const QString& attribute : {QStringLiteral("SUPERUSER"), QStringLiteral("CREATEROLE")}) {
        const QString strong = schema.name() + QStringLiteral("_") + attribute.toLower();
        addLogin(schema, strong, QStringLiteral("Strong ") + attribute, QStringLiteral("rep"));
        REQUIRE(admin.exec(QStringLiteral("ALTER ROLE \"%1\" %2").arg(strong, attribute).toUtf8()));
        const CliRun strongOff = team(schema, {QStringLiteral("disable"), strong});
        requireOneSentence(
            strongOff,
            QStringLiteral(
                "The login “%1” has %2 on the server, so it keeps or can take back every "
                "right here whatever team disable does, and nothing was changed; the "
                "server's administrator can first run: ALTER ROLE \"%1\" NO%2")
                .arg(strong, attribute));
        CHECK(team(schema, {QStringLiteral("list")})
                  .out.contains(strong + QStringLiteral("\tStrong ") + attribute +
                                QStringLiteral("\trep\tenabled")));
        REQUIRE(
            admin.exec(QStringLiteral("ALTER ROLE \"%1\" NO%2").arg(strong, attribute).toUtf8()));
        CHECK(team(schema, {QStringLiteral("disable"), strong})
                  .err.contains(QStringLiteral("can no longer sign in to the server")));
    }
    CHECK(team(schema, {QStringLiteral("enable"), shared})
              .err.contains(QStringLiteral("“%1” has its agent's rights here again, and that "
                                           "agent is active; it could sign in to the server all "
                                           "along.")
                                .arg(shared)));
    CHECK(team(schema, {QStringLiteral("list")})
              .out.contains(shared + QStringLiteral("\tSam Shared\trep\tenabled")));

    // Never LOGIN for a role FunnelDesk did not lock: a group role a manager wrote into an
    // agent (a manager may update agents), nor an administrator's locked login.
    REQUIRE(admin.exec(
        QStringLiteral("UPDATE agent SET login = '%1', active = 0 WHERE name = 'Sam Shared'")
            .arg(group)
            .toUtf8()));
    const CliRun groupOn = team(schema, {QStringLiteral("enable"), group});
    requireOneSentence(groupOn, QStringLiteral("is a group role"));
    CHECK_FALSE(groupOn.err.contains(QStringLiteral("SQLSTATE")));
    CHECK_FALSE(canLogIn(group));

    // The refusals are one sentence each, no SQLSTATE; a rep's is a right's.
    const CliRun ownerOff = team(schema, {QStringLiteral("disable"), QStringLiteral("funneldesk")});
    requireOneSentence(ownerOff, QStringLiteral("and the database's owner is never disabled; "
                                                "nothing was changed."));
    CHECK_FALSE(ownerOff.err.contains(QStringLiteral("SQLSTATE")));
    requireOneSentence(team(schema, {QStringLiteral("enable"), QStringLiteral("nobody_here")}),
                       QStringLiteral("signs in as “nobody_here”; `team list --all` lists every "
                                      "agent."));
    requireOneSentence(team(schema, {QStringLiteral("enable"), shared}, emma),
                       QStringLiteral("Enabling a login needs a manager's rights; ") + emma +
                           QStringLiteral(" is a rep."));
}

TEST_CASE(
    "team add without a terminal asks no password: --no-password or --password-file, else refused",
    "[cli][postgres][team]")
{
    PgTestSchema schema;
    initialise(schema);
    pg::Connection admin = schema.connect();
    const auto password = [&](const QString& role) -> QString {
        auto row = admin.exec("SELECT coalesce(rolpassword, '-') FROM pg_authid WHERE rolname = $1",
                              {role});
        REQUIRE(row);
        return row->count() == 0 ? QString() : row->text(0, 0);
    };
    const QString quiet = schema.name() + QStringLiteral("_quiet");
    const QStringList add = {
        QStringLiteral("add"),    QStringLiteral("--login"),     quiet,
        QStringLiteral("--name"), QStringLiteral("Quinn Quiet"), QStringLiteral("--role"),
        QStringLiteral("rep")};
    requireOneSentence(team(schema, add), QStringLiteral("give --password-file FILE"));
    CHECK(password(quiet).isEmpty()); // no login was made

    Scratch scratch;
    const QString secret = scratch.file(QStringLiteral("secret.txt"));
    {
        QFile file(secret);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("s3cret words\n");
    }
    const CliRun made = team(schema, add + QStringList{QStringLiteral("--password-file"), secret});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(password(quiet).startsWith(QStringLiteral("SCRAM-SHA-256$")));
}

TEST_CASE("A rep's import --dry-run is refused as a manager's work, in one sentence",
          "[cli][postgres][team]")
{
    PgTestSchema schema;
    initialise(schema);
    const QString rep = schema.name() + QStringLiteral("_dry");
    addLogin(schema, rep, QStringLiteral("Dora Dry"), QStringLiteral("rep"));
    Scratch scratch;
    const QString csv = scratch.file(QStringLiteral("customers.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("name,email,owner\nBeta,beta@example.com,Nina New\n");
    }
    const CliRun dry =
        runCliOn(cliDb(schema, rep), {QStringLiteral("import"), QStringLiteral("customers"), csv,
                                      QStringLiteral("--dry-run")});
    requireOneSentence(dry, QStringLiteral("needs a manager's rights; ") + rep +
                                QStringLiteral(" is a rep."));
    CHECK_FALSE(dry.err.contains(QStringLiteral("SQLSTATE")));
}
