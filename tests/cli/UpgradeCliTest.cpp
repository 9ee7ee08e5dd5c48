// `funneldesk-cli --db postgresql://… check` on a server schema of an older FunnelDesk: the open
// upgrades it (pg::Schema::upgrade, as its owner) and FunnelDesk's invariants hold on the
// upgraded rows; `stats` reads them. [postgres]: run through tests/pg/with-cluster.sh.
#include "support/CliRun.h"
#include "support/PgOldSchema.h"
#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

#include <QProcessEnvironment>

using namespace fd;
using namespace fd::test;

TEST_CASE("check on a server schema of an older version upgrades it first, then passes FunnelDesk's invariants",
          "[cli][postgres][upgrade]")
{
    const int start = GENERATE(range(5, pg::Schema::kVersion));
    INFO("from schema version " << start);
    OldSchema old;
    makeOld(old, start);
    // The superuser over TCP, as a URI: it upgrades as the owner (SET ROLE).
    const QString tcp = qEnvironmentVariable("FUNNELDESK_TEST_PG_TCP");
    REQUIRE_FALSE(tcp.isEmpty());
    const QString uri = tcp + (tcp.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
                        QStringLiteral("options=-csearch_path%3D") + old.schema.name();
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGPASSWORD"), qEnvironmentVariable("FUNNELDESK_TEST_PG_PASSWORD"));

    const CliRun checked = runCliOn(uri, {QStringLiteral("check")}, env);
    INFO(checked.err.toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.startsWith(QStringLiteral("ok: ")));
    CHECK(checked.err.isEmpty());

    const auto version = old.schema.admin().exec("SELECT version FROM " + old.schema.name().toUtf8() + ".fd_meta");
    REQUIRE(version);
    CHECK(version->int64(0, 0) == pg::Schema::kVersion);
    pg::Connection conn = old.schema.connect();
    CHECK(stats(conn) == old.before);

    const CliRun counted = runCliOn(uri, {QStringLiteral("stats")}, env);
    INFO(counted.err.toStdString());
    CHECK(counted.exitCode == 0);
    CHECK(counted.out.contains(QStringLiteral("40")));
}
