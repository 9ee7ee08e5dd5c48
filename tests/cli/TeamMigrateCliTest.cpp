// How `migrate` hands a team over on a server (issue 17, Step 11, "Who is working"): its login
// becomes the first manager, a copied agent gets a login, and init's owner is claimed again.
// Logins are cluster-wide: each test names its own after its schema. The [postgres] cases run
// only through tests/pg/with-cluster.sh.
#include "support/CliRun.h"
#include "support/PgTestSchema.h"
#include "support/TeamCli.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace fd;
using namespace fd::test;

TEST_CASE("team: migrate makes its login the first manager; team add --agent gives a copied agent "
          "a login",
          "[cli][postgres][team][migrate]")
{
    // Hostile pass (s15): after a migrate the owner had no agent, and a file's agents no way to
    // a login but a duplicate agent.
    FilesAsFiles files; // a file's migrate to a server, in the switched run too
    Scratch scratch;
    const QString file = scratch.file(QStringLiteral("desk.sqlite"));
    REQUIRE(runCliOn(file, {QStringLiteral("init")}).exitCode == 0);
    for (const char* name : {"Ada Agent", "Bo Agent"}) {
        REQUIRE(runCliOn(file, {QStringLiteral("add"), QStringLiteral("agent"),
                                QStringLiteral("--name"), QLatin1String(name)})
                    .exitCode == 0);
    }
    PgTestSchema schema;
    const CliRun moved =
        runCliOn(file, {QStringLiteral("migrate"), QStringLiteral("--to"), cliDb(schema)});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.err.contains(
        QStringLiteral("“funneldesk”, who ran the migrate, is its first manager, as the new agent "
                       "“funneldesk”")));
    CHECK(moved.err.contains(QStringLiteral("team add --agent ID --login LOGIN")));
    pg::Connection admin = schema.connect();
    auto owner = admin.exec("SELECT role, active FROM agent WHERE login = 'funneldesk'");
    REQUIRE(owner);
    REQUIRE(owner->count() == 1);
    CHECK(owner->text(0, 0) == QStringLiteral("manager"));
    CHECK(runCliOn(cliDb(schema), {QStringLiteral("check")}).exitCode == 0);
    const QString all = team(schema, {QStringLiteral("list"), QStringLiteral("--all")}).out;
    CHECK(all.contains(QStringLiteral("\t\tAda Agent\trep\tno login\n")));

    // Ada's own agent (its id kept) gets the login, and acts as her.
    auto ada = admin.exec("SELECT id FROM agent WHERE name = 'Ada Agent'");
    REQUIRE(ada);
    const QString adaLogin = schema.name() + QStringLiteral("_ada");
    const CliRun linked = team(schema, {QStringLiteral("add"), QStringLiteral("--login"), adaLogin,
                                        QStringLiteral("--agent"), QStringLiteral("ada agent"),
                                        QStringLiteral("--no-password")});
    INFO(linked.err.toStdString());
    REQUIRE(linked.exitCode == 0);
    CHECK(linked.out.trimmed() == ada->text(0, 0));
    CHECK(team(schema, {QStringLiteral("list")})
              .out.contains(adaLogin + QStringLiteral("\tAda Agent\trep\tenabled\n")));
    auto agents = admin.exec("SELECT count(*) FROM agent");
    REQUIRE(agents);
    CHECK(agents->int64(0, 0) == 3); // Ada, Bo and the owner's
    const CliRun customer =
        runCliOn(cliDb(schema, adaLogin), {QStringLiteral("add"), QStringLiteral("customer"),
                                           QStringLiteral("--name"), QStringLiteral("Acme")});
    INFO(customer.err.toStdString());
    CHECK(customer.exitCode == 0);

    // An agent that has a login keeps it; a second agent of a name is pointed at --agent.
    requireOneSentence(
        team(schema, {QStringLiteral("add"), QStringLiteral("--login"),
                      schema.name() + QStringLiteral("_x"), QStringLiteral("--agent"),
                      ada->text(0, 0), QStringLiteral("--no-password")}),
        QStringLiteral("The agent “Ada Agent” signs in as “%1” already").arg(adaLogin));
    requireOneSentence(
        team(schema, {QStringLiteral("add"), QStringLiteral("--login"),
                      schema.name() + QStringLiteral("_bo"), QStringLiteral("--name"),
                      QStringLiteral("Bo Agent"), QStringLiteral("--role"), QStringLiteral("rep"),
                      QStringLiteral("--no-password")}),
        QStringLiteral("with --agent"));
    requireOneSentence(
        team(schema, {QStringLiteral("add"), QStringLiteral("--login"),
                      schema.name() + QStringLiteral("_y"), QStringLiteral("--agent"),
                      QStringLiteral("Nobody"), QStringLiteral("--no-password")}),
        QStringLiteral("has the id or name “Nobody”"));
}

TEST_CASE("team: migrate into a schema init made takes init's owner agent as no data and claims "
          "the owner again",
          "[cli][postgres][team][migrate]")
{
    // Hostile pass (s15): init's owner agent (and its audit entry) made migrate refuse the
    // schema init had just made ("already holds FunnelDesk's data").
    FilesAsFiles files; // a file's migrate to a server, in the switched run too
    Scratch scratch;
    const QString file = scratch.file(QStringLiteral("desk.sqlite"));
    REQUIRE(runCliOn(file, {QStringLiteral("init")}).exitCode == 0);
    REQUIRE(runCliOn(file, {QStringLiteral("add"), QStringLiteral("agent"),
                            QStringLiteral("--name"), QStringLiteral("funneldesk")})
                .exitCode == 0);
    PgTestSchema schema;
    initialise(schema);
    const CliRun moved =
        runCliOn(file, {QStringLiteral("migrate"), QStringLiteral("--to"), cliDb(schema)});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.err.contains(QStringLiteral("as the agent “funneldesk” of that name")));
    CHECK_FALSE(moved.err.contains(QStringLiteral("have no login")));
    pg::Connection admin = schema.connect();
    auto agents = admin.exec("SELECT id, login, role FROM agent");
    REQUIRE(agents);
    REQUIRE(agents->count() == 1); // the file's agent, id kept, is the owner's
    CHECK(agents->text(0, 0) == QStringLiteral("1"));
    CHECK(agents->text(0, 1) == QStringLiteral("funneldesk"));
    CHECK(agents->text(0, 2) == QStringLiteral("manager"));
    CHECK(runCliOn(cliDb(schema), {QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("team: migrate from a file whose agent of the login's name signs in as another login "
          "makes it the owner's",
          "[cli][postgres][team][migrate]")
{
    // Review (s16): such an agent (a file that came from another server) made the migrate fail
    // whole on the agents' unique name, when it added the owner's agent of the same name.
    FilesAsFiles files; // a file's migrate to a server, in the switched run too
    Scratch scratch;
    const QString file = scratch.file(QStringLiteral("desk.sqlite"));
    REQUIRE(runCliOn(file, {QStringLiteral("init")}).exitCode == 0);
    for (const char* name : {"Funneldesk", "Bo Agent"}) {
        REQUIRE(runCliOn(file, {QStringLiteral("add"), QStringLiteral("agent"),
                                QStringLiteral("--name"), QLatin1String(name)})
                    .exitCode == 0);
    }
    {
        auto db = openSqliteFile(file);
        db->execute("UPDATE agent SET login = 'old_server_login' WHERE name = 'Funneldesk'");
    }
    const qint64 id =
        openSqliteFile(file)->scalar("SELECT id FROM agent WHERE name = 'Funneldesk'");
    PgTestSchema schema;
    const CliRun moved =
        runCliOn(file, {QStringLiteral("migrate"), QStringLiteral("--to"), cliDb(schema)});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.err.contains(
        QStringLiteral("“funneldesk”, who ran the migrate, is its first manager, as the agent "
                       "“Funneldesk” of that name, which signed in as “old_server_login” where "
                       "the file came from.")));
    pg::Connection admin = schema.connect();
    auto agents = admin.exec("SELECT id, name, coalesce(login, ''), role FROM agent ORDER BY id");
    REQUIRE(agents);
    REQUIRE(agents->count() == 2); // the file's two: none added
    CHECK(agents->int64(0, 0) == id);
    CHECK(agents->text(0, 2) == QStringLiteral("funneldesk"));
    CHECK(agents->text(0, 3) == QStringLiteral("manager"));
    CHECK(agents->text(1, 2).isEmpty());
    CHECK(runCliOn(cliDb(schema), {QStringLiteral("check")}).exitCode == 0);
}
