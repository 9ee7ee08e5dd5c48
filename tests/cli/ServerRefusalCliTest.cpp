// Bad input on a server gets one sentence, exit 1, and nothing written (issue 16, "Tests and
// CI"): an import (a write of many rows) against a server that is not running, a wrong
// password, a missing database, a database that is not FunnelDesk's, a newer schema, a role
// without the right to write, and a server that ends the session in the middle of the import.
// [postgres]: run through tests/pg/with-cluster.sh (ctest -L postgres).
#include "support/CliRun.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QThread>

using namespace fd;
using namespace fd::test;

namespace {

const QString kTickets = QStringLiteral(FUNNELDESK_TEST_FIXTURES "/kaggle-support-tickets.csv");

QStringList importTickets()
{
    return {QStringLiteral("import"), QStringLiteral("tickets"), kTickets};
}

// The cluster's libpq string with the test's schema as the search_path, and `extra` after it
// (a later keyword wins in libpq's key=value strings).
QString inSchema(const PgTestSchema& schema, const QString& extra = {})
{
    return QString(pgLocation().key() +
                   QStringLiteral(" options='-csearch_path=%1' ").arg(schema.name()) + extra)
        .trimmed();
}

qint64 rowsIn(PgTestSchema& schema, const char* table)
{
    const auto rows =
        schema.admin().exec("SELECT count(*) FROM " + schema.name().toUtf8() + "." + table);
    REQUIRE(rows);
    return rows->int64(0, 0);
}

void init(const PgTestSchema& schema)
{
    const CliRun made = runCliOn(inSchema(schema), {QStringLiteral("init")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
}

} // namespace

TEST_CASE("An import on a server that cannot be reached, or refuses the login, is one sentence and "
          "exit 1",
          "[cli][postgres]")
{
    const QString port = qEnvironmentVariable("FUNNELDESK_TEST_PG_PORT");
    const QString tcp = qEnvironmentVariable("FUNNELDESK_TEST_PG_TCP");
    REQUIRE_FALSE(port.isEmpty());
    REQUIRE_FALSE(tcp.isEmpty());

    // Not running: a port beside the cluster's on 127.0.0.1, where nothing listens.
    const QString down =
        QStringLiteral("host=127.0.0.1 port=%1 user=funneldesk dbname=x connect_timeout=5")
            .arg(port.toInt() == 65535 ? 65534 : port.toInt() + 1);
    requireOneSentence(runCliOn(down, importTickets()),
                       QStringLiteral("Cannot reach the PostgreSQL server at 127.0.0.1:"));

    // A wrong password over TCP: refused, and the password is never echoed.
    QString wrong = tcp;
    wrong.replace(QLatin1String("postgresql://funneldesk@"),
                  QLatin1String("postgresql://funneldesk:WRONGPW@"));
    REQUIRE(wrong != tcp);
    const CliRun refused = runCliOn(wrong, importTickets());
    requireOneSentence(refused, QStringLiteral("password"));
    CHECK_FALSE(refused.err.contains(QLatin1String("WRONGPW")));

    // A database that does not exist.
    requireOneSentence(
        runCliOn(pgLocation().key() + QStringLiteral(" dbname=fd_no_such_db"), importTickets()),
        QStringLiteral("has no database “fd_no_such_db”"));
}

TEST_CASE("An import into a database that is not FunnelDesk's, or is newer, is refused and writes "
          "nothing",
          "[cli][postgres]")
{
    PgTestSchema other;
    REQUIRE(other.admin().exec("CREATE TABLE " + other.name().toUtf8() + ".invoices (id int)"));
    requireOneSentence(runCliOn(inSchema(other), importTickets()),
                       QStringLiteral("holds tables that are not FunnelDesk's"));
    CHECK(rowsIn(other, "invoices") == 0);

    PgTestSchema newer;
    init(newer);
    REQUIRE(newer.admin().exec("UPDATE " + newer.name().toUtf8() + ".fd_meta SET version = 99"));
    requireOneSentence(runCliOn(inSchema(newer), importTickets()),
                       QStringLiteral("of a newer version (schema 99"));
    CHECK(rowsIn(newer, "customer") == 0);
    CHECK(rowsIn(newer, "ticket") == 0);
}

TEST_CASE("An import by a role that may only read, or not even that, is refused and writes nothing",
          "[cli][postgres]")
{
    PgTestSchema schema;
    init(schema);
    pg::Connection& admin = schema.admin();
    const QByteArray name = schema.name().toUtf8();
    for (const char* role : {"fd_t_cli_reader", "fd_t_cli_nobody"}) {
        REQUIRE(admin.exec(QByteArray("DO $$ BEGIN CREATE ROLE ") + role +
                           " LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
        REQUIRE(admin.exec("GRANT USAGE ON SCHEMA " + name + " TO " + role));
    }
    REQUIRE(admin.exec("GRANT SELECT ON ALL TABLES IN SCHEMA " + name + " TO fd_t_cli_reader"));

    requireOneSentence(
        runCliOn(inSchema(schema, QStringLiteral("user=fd_t_cli_reader")), importTickets()),
        QStringLiteral("User “fd_t_cli_reader” may read FunnelDesk's tables"));
    requireOneSentence(
        runCliOn(inSchema(schema, QStringLiteral("user=fd_t_cli_nobody")), importTickets()),
        QStringLiteral("User “fd_t_cli_nobody” has no right to read FunnelDesk's tables"));
    // A login FunnelDesk never added is not called a rep, nor told it made a change.
    const CliRun checked = runCliOn(inSchema(schema, QStringLiteral("user=fd_t_cli_reader")),
                                    {QStringLiteral("check")});
    INFO(checked.err.toStdString());
    requireOneSentence(checked, QStringLiteral("“fd_t_cli_reader” is not on the team of"));
    CHECK_FALSE(checked.err.contains(QStringLiteral(", a rep,")));
    // init by a role without rights is told the same, not the server's "permission denied".
    requireOneSentence(runCliOn(inSchema(schema, QStringLiteral("user=fd_t_cli_nobody")),
                                {QStringLiteral("init")}),
                       QStringLiteral("has no right to read FunnelDesk's tables"));
    CHECK(rowsIn(schema, "customer") == 0);
    CHECK(rowsIn(schema, "ticket") == 0);
}

TEST_CASE("A server that ends the session in the middle of an import rolls it back: one sentence, "
          "nothing written",
          "[cli][postgres]")
{
    PgTestSchema schema;
    init(schema);
    // Another session holds the ticket table, so the import waits inside its transaction (its
    // customers may be written by then); the server then ends the import's session, as a
    // shutdown does (SQLSTATE 57P01).
    pg::Connection holder = schema.connect();
    REQUIRE(holder.exec("BEGIN"));
    REQUIRE(holder.exec("LOCK TABLE ticket IN ACCESS EXCLUSIVE MODE"));

    QProcess import;
    startCli(import, QStringList{QStringLiteral("--db"), inSchema(schema)} + importTickets(),
             120000);
    REQUIRE(import.waitForStarted());

    qint64 ended = 0;
    for (int i = 0; i < 600 && ended == 0; ++i) {
        QThread::msleep(50);
        const auto rows =
            schema.admin().exec("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                "WHERE application_name = 'FunnelDesk' "
                                "AND wait_event_type = 'Lock' AND datname = current_database()");
        REQUIRE(rows);
        ended = rows->int64(0, 0);
    }
    REQUIRE(ended == 1);
    const CliRun run = finished(import);
    REQUIRE(holder.exec("ROLLBACK"));
    requireOneSentence(run, QStringLiteral("was lost"));
    CHECK(rowsIn(schema, "customer") == 0);
    CHECK(rowsIn(schema, "ticket") == 0);
    // The database is as it was: a second import, unhindered, lands whole.
    const CliRun again = runCliOn(inSchema(schema), importTickets());
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(rowsIn(schema, "ticket") > 0);
}
