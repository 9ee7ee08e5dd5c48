// --db and FUNNELDESK_DB name a file or a PostgreSQL server, and `init` makes a new, empty
// FunnelDesk database on either (issue 16, "Connecting" and "New commands").
// The [postgres] cases run only through tests/pg/with-cluster.sh (ctest -L postgres).
#include "support/CliRun.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

using namespace fd;
using namespace fd::test;

namespace {

qint64 tablesIn(PgTestSchema& schema)
{
    auto rows = schema.admin().exec("SELECT count(*) FROM pg_tables WHERE schemaname = $1",
                                    {schema.name()});
    REQUIRE(rows);
    return rows->int64(0, 0);
}

} // namespace

TEST_CASE("A server address libpq cannot read, in --db or FUNNELDESK_DB, is refused in one "
          "sentence without the password",
          "[cli][server]")
{
    for (const QString& bad : {QStringLiteral("host=db.example nosuchkey=1 password=SECRET"),
                               QStringLiteral("postgresql://rep:SECRET@[::1/funneldesk")}) {
        const CliRun run = runCliOn(bad, {QStringLiteral("stats")});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.contains(QLatin1String("SECRET")));
        CHECK(run.out.isEmpty());
        // The same text in FUNNELDESK_DB is judged the same way.
        QProcessEnvironment env;
        env.insert(QStringLiteral("FUNNELDESK_DB"), bad);
        const CliRun viaEnvironment = runCli({QStringLiteral("stats")}, env);
        CHECK(viaEnvironment.exitCode == 2);
        CHECK(viaEnvironment.err == run.err);
    }
}

TEST_CASE("A misspelt server address is refused, never written to as a new local file",
          "[cli][server]")
{
    // What a hostile tester typed: a misspelt first keyword, a keyword in capitals, a scheme in
    // capitals. Each once made a SQLite file of that name in the working folder and wrote to it.
    for (const QString& bad : {QStringLiteral("dbnmae=funneldesk_test host=127.0.0.1"),
                               QStringLiteral("hots=127.0.0.1 dbname=funneldesk_test"),
                               QStringLiteral("Host=127.0.0.1 dbname=x"),
                               QStringLiteral("PostgreSQL://rep@127.0.0.1/funneldesk")}) {
        const CliRun run = runCliOn(bad, {QStringLiteral("add"), QStringLiteral("customer"),
                                          QStringLiteral("--name"), QStringLiteral("X")});
        INFO(bad.toStdString() + ": " + run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("is not a PostgreSQL connection string")));
        CHECK(run.out.isEmpty());
        CHECK_FALSE(QFileInfo::exists(bad));
    }
}

TEST_CASE("A command that works on files only says so for a server, without connecting",
          "[cli][server]")
{
    // Port 1 on 127.0.0.1: nothing listens, so a connection attempt would fail differently.
    const QString server = QStringLiteral("postgresql://rep:SECRET@127.0.0.1:1/funneldesk");
    const CliRun run = runCliOn(server, {QStringLiteral("backup"), QStringLiteral("copy.sqlite")});
    requireOneSentence(run, QStringLiteral("“rep@127.0.0.1:1/funneldesk” is a PostgreSQL server"));
    CHECK(run.err.contains(QLatin1String("backup works on a FunnelDesk file only")));
    CHECK(run.err.contains(QLatin1String("`migrate --to COPY.sqlite`")));
    CHECK_FALSE(run.err.contains(QLatin1String("SECRET")));
    // restore says what restores a server, and how a file gets onto one; never pg_dump,
    // which makes backups and restores none (review).
    Scratch scratch;
    const QString backup = scratch.file(QStringLiteral("backup.sqlite"));
    QFile made(backup);
    REQUIRE(made.open(QIODevice::WriteOnly));
    made.close();
    const CliRun restore = runCliOn(server, {QStringLiteral("restore"), backup});
    requireOneSentence(restore,
                       QStringLiteral("“rep@127.0.0.1:1/funneldesk” is a PostgreSQL server"));
    CHECK(restore.err.contains(
        QLatin1String("restored by its administrator from the server's own backups")));
    CHECK(restore.err.contains(
        QLatin1String("`funneldesk-cli --db FILE.sqlite migrate --to SERVER`")));
    CHECK_FALSE(restore.err.contains(QLatin1String("pg_dump")));
}

TEST_CASE("init makes a new, empty FunnelDesk file and never touches one that exists",
          "[sqlite-only][cli][server]")
{
    Scratch scratch;
    const QString path = scratch.file(QStringLiteral("new.sqlite"));
    const CliRun made = runCliOn(path, {QStringLiteral("init")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QLatin1String("Created a new, empty FunnelDesk file")));
    const CliRun stats = runCliOn(path, {QStringLiteral("stats")});
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.out.startsWith(QLatin1String("customers 0\n")));
    CHECK(runCliOn(path, {QStringLiteral("check")}).exitCode == 0);

    // Again: refused, and the file is as it was.
    REQUIRE(runCliOn(path, {QStringLiteral("add"), QStringLiteral("customer"),
                            QStringLiteral("--name"), QStringLiteral("Acme")})
                .exitCode == 0);
    const QByteArray before = fileBytes(path);
    const CliRun again = runCliOn(path, {QStringLiteral("init")});
    requireOneSentence(again, QStringLiteral("already exists; init makes a new FunnelDesk file"));
    CHECK(fileBytes(path) == before);

    // Any other file there is refused too, and a missing folder is the database's sentence.
    const QString other = scratch.file(QStringLiteral("notes.txt"));
    QFile notes(other);
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write("not a database");
    notes.close();
    requireOneSentence(runCliOn(other, {QStringLiteral("init")}), QStringLiteral("already exists"));
    const CliRun noFolder =
        runCliOn(scratch.file(QStringLiteral("missing/new.sqlite")), {QStringLiteral("init")});
    CHECK(noFolder.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(scratch.file(QStringLiteral("missing"))));
}

TEST_CASE("init creates FunnelDesk's tables in an empty database on a server, once",
          "[cli][postgres]")
{
    PgTestSchema schema;
    const CliRun made = runCliOn(cliDb(schema), {QStringLiteral("init")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(
        QStringLiteral("Created FunnelDesk's tables in schema “%1”").arg(schema.name())));
    const qint64 tables = tablesIn(schema);
    CHECK(tables > 5);

    // A second init is refused and changes nothing.
    const CliRun again = runCliOn(cliDb(schema), {QStringLiteral("init")});
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 1);
    CHECK(again.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(tablesIn(schema) == tables);
}

TEST_CASE("init refuses a database that holds anything else, and writes nothing", "[cli][postgres]")
{
    PgTestSchema schema;
    REQUIRE(schema.admin().exec("CREATE TABLE " + schema.name().toUtf8() + ".invoices (id int)"));
    const CliRun run = runCliOn(cliDb(schema), {QStringLiteral("init")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(run.out.isEmpty());
    CHECK(tablesIn(schema) == 1);
}

TEST_CASE("init on a server that refuses the connection gives the server's reason in one sentence",
          "[cli][postgres]")
{
    const QString tcp = qEnvironmentVariable("FUNNELDESK_TEST_PG_TCP");
    REQUIRE_FALSE(tcp.isEmpty());
    // A wrong password over TCP (scram): refused, and the password is not echoed.
    QString wrong = tcp;
    wrong.replace(QLatin1String("postgresql://funneldesk@"),
                  QLatin1String("postgresql://funneldesk:WRONGPW@"));
    REQUIRE(wrong != tcp);
    const CliRun refused = runCliOn(wrong, {QStringLiteral("init")});
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK_FALSE(refused.err.contains(QLatin1String("WRONGPW")));
    // No password at all and no terminal to ask on: libpq's need for one, said once, no wait.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGPASSWORD"), QString());
    env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent"));
    const CliRun none = runCliOn(tcp, {QStringLiteral("init")}, env);
    INFO(none.err.toStdString());
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QLatin1String("password")));
}

TEST_CASE("check on a server runs FunnelDesk's invariants and names what differs",
          "[cli][postgres]")
{
    PgTestSchema schema;
    REQUIRE(runCliOn(cliDb(schema), {QStringLiteral("init")}).exitCode == 0);
    const CliRun added =
        runCliOn(cliDb(schema),
                 {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                  QStringLiteral("Acme"), QStringLiteral("--since"), QStringLiteral("2026-01-05")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);

    const CliRun sound = runCliOn(cliDb(schema), {QStringLiteral("check")});
    INFO(sound.err.toStdString());
    CHECK(sound.exitCode == 0);
    CHECK(sound.out.startsWith(QStringLiteral("ok: ")));
    CHECK(sound.out.contains(QStringLiteral("passed FunnelDesk's invariants")));

    REQUIRE(
        schema.admin().exec("UPDATE " + schema.name().toUtf8() + ".customer SET open_tickets = 5"));
    const CliRun broken = runCliOn(cliDb(schema), {QStringLiteral("check")});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(QStringLiteral("1 customers have summaries")));
    CHECK(broken.err.contains(QStringLiteral("failed 1 check;")));
}
