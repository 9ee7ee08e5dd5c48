// A rep's CLI cannot name another agent as the mover (issue 17, "Each rep is someone"; the
// server records a rep's move as the rep's own, storage/postgres/migrations/006_guard.sql), and
// `check` names an audit trigger a server lost. Logins are cluster-wide: each test names its own
// after its schema. The [postgres] cases run only through tests/pg/with-cluster.sh.
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

} // namespace

TEST_CASE("guard: a rep's stages set --agent naming another agent is refused in one sentence; "
          "without it the move "
          "is the rep's",
          "[cli][postgres][guard]")
{
    PgTestSchema schema;
    ok(cliDb(schema), {QStringLiteral("init")});
    const QString rep = schema.name() + QStringLiteral("_rep");
    ok(cliDb(schema),
       {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--login"), rep,
        QStringLiteral("--name"), QStringLiteral("Rhea Rep"), QStringLiteral("--role"),
        QStringLiteral("rep"), QStringLiteral("--no-password")});
    const QString customer = ok(cliDb(schema), {QStringLiteral("add"), QStringLiteral("customer"),
                                                QStringLiteral("--name"), QStringLiteral("Acme")})
                                 .out.trimmed();
    REQUIRE(customer.toLongLong() > 0);
    const QStringList move{
        QStringLiteral("stages"),    QStringLiteral("set"),      customer,
        QStringLiteral("retention"), QStringLiteral("--reason"), QStringLiteral("Renewed")};

    requireOneSentence(
        runCliOn(cliDb(schema, rep),
                 move + QStringList{QStringLiteral("--agent"), QStringLiteral("funneldesk")}),
        QStringLiteral("A rep's moves are recorded as the rep's own, so “%1” cannot make a move as "
                       "“funneldesk”; leave out --agent.")
            .arg(rep));
    pg::Connection admin = schema.connect();
    auto stage = admin.exec("SELECT stage FROM customer");
    REQUIRE(stage);
    CHECK(stage->text(0, 0) == QStringLiteral("onboarding"));

    ok(cliDb(schema, rep),
       move + QStringList{QStringLiteral("--agent"), QStringLiteral("Rhea Rep")}); // herself
    auto actor = admin.exec("SELECT actor FROM stage_transition WHERE to_stage = 'retention'");
    REQUIRE(actor);
    REQUIRE(actor->count() == 1);
    CHECK(actor->text(0, 0) == QStringLiteral("Rhea Rep"));
    // A manager may record a move for someone else.
    ok(cliDb(schema),
       {QStringLiteral("stages"), QStringLiteral("set"), customer, QStringLiteral("advocacy"),
        QStringLiteral("--reason"), QStringLiteral("Reference"), QStringLiteral("--agent"),
        QStringLiteral("Rhea Rep")});
    actor = admin.exec("SELECT actor FROM stage_transition WHERE to_stage = 'advocacy'");
    REQUIRE(actor);
    REQUIRE(actor->count() == 1);
    CHECK(actor->text(0, 0) == QStringLiteral("Rhea Rep"));

    // check says which audit trigger the server lost.
    ok(cliDb(schema), {QStringLiteral("check")});
    REQUIRE(admin.exec("ALTER TABLE ticket_comment DISABLE TRIGGER ticket_comment_audit"));
    const CliRun checked = runCliOn(cliDb(schema), {QStringLiteral("check")});
    INFO(checked.out.toStdString() + checked.err.toStdString());
    CHECK(checked.exitCode != 0);
    CHECK(QString(checked.out + checked.err)
              .contains(QStringLiteral(
                  "The audit trigger “ticket_comment_audit” on “ticket_comment” is disabled")));
}
