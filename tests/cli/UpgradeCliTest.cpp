// `funneldesk-cli --db postgresql://… check` on a server schema of an older FunnelDesk: the open
// upgrades it (pg::Schema::upgrade, as its owner) and FunnelDesk's invariants hold on the
// upgraded rows; `stats` reads them. A read command (a read-only open) by the owner upgrades it
// too; a rep is told who can, and how. The same for an SQLite file of an older FunnelDesk.
// [postgres]: run through tests/pg/with-cluster.sh.
#include "storage/Schema.h"
#include "support/CliRun.h"
#include "support/PgOldSchema.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

using namespace fd;
using namespace fd::test;

TEST_CASE("check on a server schema of an older version upgrades it first, then passes "
          "FunnelDesk's invariants",
          "[cli][postgres][upgrade]")
{
    const int start = GENERATE(range(5, pg::Schema::kVersion));
    INFO("from schema version " << start);
    OldSchema old;
    makeOld(old, start);
    // The superuser over TCP, as a URI: it upgrades as the owner (SET ROLE).
    const QString tcp = qEnvironmentVariable("FUNNELDESK_TEST_PG_TCP");
    REQUIRE_FALSE(tcp.isEmpty());
    const QString uri = tcp +
                        (tcp.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
                        QStringLiteral("options=-csearch_path%3D") + old.schema.name();
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGPASSWORD"), qEnvironmentVariable("FUNNELDESK_TEST_PG_PASSWORD"));

    const CliRun checked = runCliOn(uri, {QStringLiteral("check")}, env);
    INFO(checked.err.toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.startsWith(QStringLiteral("ok: ")));
    CHECK(checked.err.isEmpty());

    const auto version =
        old.schema.admin().exec("SELECT version FROM " + old.schema.name().toUtf8() + ".fd_meta");
    REQUIRE(version);
    CHECK(version->int64(0, 0) == pg::Schema::kVersion);
    pg::Connection conn = old.schema.connect();
    CHECK(stats(conn) == old.before);

    const CliRun counted = runCliOn(uri, {QStringLiteral("stats")}, env);
    INFO(counted.err.toStdString());
    CHECK(counted.exitCode == 0);
    CHECK(counted.out.contains(QStringLiteral("40")));
}

TEST_CASE("The owner's first read command on an older server schema upgrades it; a rep's is told "
          "who can, and how",
          "[cli][postgres][upgrade]")
{
    // Review (s16): after a FunnelDesk update the owner's first `stats` failed ("open it
    // read-write"), and a rep was not told how the owner upgrades it.
    const int start = GENERATE(range(5, pg::Schema::kVersion));
    INFO("from schema version " << start);
    OldSchema old;
    makeOld(old, start);
    const QString rep = old.schema.name() + QStringLiteral("_rep");
    pg::Connection& admin = old.schema.admin();
    REQUIRE(admin.exec("CREATE ROLE " + rep.toUtf8() + " LOGIN"));
    REQUIRE(
        admin.exec("GRANT USAGE ON SCHEMA " + old.schema.name().toUtf8() + " TO " + rep.toUtf8()));
    REQUIRE(admin.exec("GRANT SELECT ON ALL TABLES IN SCHEMA " + old.schema.name().toUtf8() +
                       " TO " + rep.toUtf8()));

    const CliRun refused = runCliOn(cliDb(old.schema, rep), {QStringLiteral("stats")});
    requireOneSentence(
        refused,
        QStringLiteral("only its owner “%1” (or a member of that role, or a superuser) can "
                       "upgrade it: ask them to open it once with this FunnelDesk (any "
                       "command, e.g. `funneldesk-cli check`), signed in as “%1”, then")
            .arg(old.owner));

    const CliRun counted = runCliOn(cliDb(old.schema, old.owner), {QStringLiteral("stats")});
    INFO(counted.err.toStdString());
    CHECK(counted.exitCode == 0);
    CHECK(counted.out.startsWith(QStringLiteral("customers 40\n")));
    CHECK(counted.err.isEmpty());
    const auto version =
        admin.exec("SELECT version FROM " + old.schema.name().toUtf8() + ".fd_meta");
    REQUIRE(version);
    CHECK(version->int64(0, 0) == pg::Schema::kVersion);
    pg::Connection conn = old.schema.connect();
    CHECK(stats(conn) == old.before);

    const CliRun exported =
        runCliOn(cliDb(old.schema, rep), {QStringLiteral("export"), QStringLiteral("tickets")});
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.count(QLatin1Char('\n')) == 121);
}

TEST_CASE("A read command on an SQLite file of an older FunnelDesk upgrades it first when it may "
          "be written, else "
          "says who can",
          "[cli][sqlite-only][upgrade]")
{
    Scratch scratch;
    const QString path = scratch.file(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(FUNNELDESK_TEST_FIXTURES "/schema-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QString readOnly = scratch.file(QStringLiteral("shared.sqlite"));
    REQUIRE(QFile::copy(path, readOnly));
    QFile::setPermissions(readOnly, QFile::ReadOwner);

    const CliRun counted = runCliOn(path, {QStringLiteral("stats")});
    INFO(counted.err.toStdString());
    CHECK(counted.exitCode == 0);
    CHECK(counted.out.startsWith(QStringLiteral("customers 40\n")));
    CHECK(counted.err.isEmpty());
    // Upgraded as a writable open does it: one backup of version 1 first.
    CHECK(QDir(scratch.dir().path()).entryList({QStringLiteral("old.sqlite.v1-*.bak")}).size() ==
          1);
    CHECK(runCliOn(path, {QStringLiteral("check")}).exitCode == 0);

    const QByteArray before = fileBytes(readOnly);
    requireOneSentence(
        runCliOn(readOnly, {QStringLiteral("stats")}),
        QStringLiteral(
            "uses an older schema (version 1), and this user may not write it or its folder "
            "to upgrade it; have it opened once with this FunnelDesk by someone who may "
            "write it, or copy it to a folder you can write to and open the copy."));
    CHECK(fileBytes(readOnly) == before);
}
