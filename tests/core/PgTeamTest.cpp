// Logins, roles and rights on a server (issue 17, Step 11, "Who is working" and "Rights enforced
// by the server"): the roles of 003_team.sql, pg::Team and what a session reads of them.
// [postgres]: run through tests/pg/with-cluster.sh. Logins are cluster-wide: each test names
// its own after its schema.
#include "storage/postgres/PgTeam.h"
#include "csv/ImportMapping.h"
#include "service/Customers.h"
#include "service/Session.h"
#include "service/Team.h"
#include "stages/StageEngine.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SettingsRepository.h"
#include "support/ImportTestSupport.h"
#include "support/PgTestSchema.h"

#include "SchemaDowngrade.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

std::unique_ptr<Database> openAs(const test::PgTestSchema& schema, const QString& extra = {})
{
    Result<std::unique_ptr<Database>> opened = Database::open(schema.location(extra), {});
    INFO((opened ? QString() : QString(opened.error())).toStdString());
    REQUIRE(opened);
    return std::move(*opened);
}

// The schema made by init as the superuser, who is then its first manager.
void initialise(const test::PgTestSchema& schema)
{
    pg::Connection owner = schema.initialised();
    REQUIRE(pg::Team::claimOwner(owner));
}

} // namespace

TEST_CASE("postgres team: the owner is the first manager; a rep's session knows its agent and is "
          "refused a "
          "manager's writes as NoRight",
          "[postgres][team]")
{
    test::PgTestSchema schema;
    initialise(schema);
    OwnedDatabase owner(openAs(schema).release());
    const TeamRights mine = Session(*owner).rights();
    CHECK(mine.team);
    CHECK(mine.manager);
    CHECK(mine.login == QStringLiteral("funneldesk"));
    REQUIRE(mine.agentId);
    auto ownerAgent = Team(*owner).find(*mine.agentId);
    REQUIRE(ownerAgent);
    REQUIRE(*ownerAgent);
    CHECK((*ownerAgent)->role == AgentRole::Manager);
    CHECK((*ownerAgent)->name == QStringLiteral("funneldesk"));

    const QString login = schema.name() + QStringLiteral("_emma");
    const Result<qint64> emma =
        Team(*owner).addLogin(login, QStringLiteral("Emma Hansen"), AgentRole::Rep, std::nullopt);
    INFO((emma ? QString() : QString(emma.error())).toStdString());
    REQUIRE(emma);
    Customer acme;
    acme.name = QStringLiteral("Acme");
    acme.since = QDate(2026, 11, 2);
    const Result<qint64> customer = CustomerRepository(*owner).add(acme);
    REQUIRE(customer);

    Result<OwnedDatabase> rep = Session::open(schema.location(QStringLiteral("user=") + login), {});
    INFO((rep ? QString() : QString(rep.error())).toStdString());
    REQUIRE(rep);
    const TeamRights hers = Session(**rep).rights();
    CHECK(hers.team);
    CHECK_FALSE(hers.manager);
    CHECK(hers.login == login);
    CHECK(hers.agentId == std::optional<qint64>(*emma));
    CHECK(Session(**rep).actingAgent() == std::optional<qint64>(*emma)); // "Me", without asking

    const Status rule = SettingsRepository(**rep).setValue(
        QStringLiteral("stage_rule.retention.regress.min_tickets"), QStringLiteral("1"));
    REQUIRE_FALSE(rule);
    INFO(rule.error().toStdString());
    CHECK(rule.error().is(Error::Kind::NoRight));
    CHECK(
        rule.error().contains(QStringLiteral("“%1”, a rep, may not make this change").arg(login)));
    CHECK(rule.error().endsWith(QStringLiteral("it needs a manager's rights.")));

    const auto pinned = StageEngine(**rep, Clock::system())
                            .setStage(*customer, Stage::Retention, QStringLiteral("renewed"),
                                      QStringLiteral("Emma"), true);
    REQUIRE_FALSE(pinned);
    CHECK(pinned.error().is(Error::Kind::NoRight));
    CHECK(pinned.error() ==
          QStringLiteral("Pinning a customer's stage needs a manager's rights; %1 is a rep.")
              .arg(login));
    // Without a pin the move is hers to make.
    const auto moved = StageEngine(**rep, Clock::system())
                           .setStage(*customer, Stage::Retention, QStringLiteral("renewed"),
                                     QStringLiteral("Emma"), std::nullopt);
    INFO((moved ? QString() : QString(moved.error())).toStdString());
    CHECK(moved);
    CHECK(Session::needsManager(QStringLiteral("Importing"), hers) ==
          QStringLiteral("Importing needs a manager's rights; %1 is a rep.").arg(login));
}

TEST_CASE("postgres team: a new login's password reaches the server only as a SCRAM verifier, and "
          "signs in",
          "[postgres][team]")
{
    test::PgTestSchema schema;
    initialise(schema);
    OwnedDatabase owner(openAs(schema).release());
    const QString login = schema.name() + QStringLiteral("_pw");
    const QString password = QStringLiteral("correct horse 7");
    REQUIRE(Team(*owner).addLogin(login, QStringLiteral("Pat Word"), AgentRole::Manager, password));
    auto stored =
        schema.admin().exec("SELECT rolpassword FROM pg_authid WHERE rolname = $1", {login});
    REQUIRE(stored);
    REQUIRE(stored->count() == 1);
    CHECK(stored->text(0, 0).startsWith(QStringLiteral("SCRAM-SHA-256$")));
    CHECK_FALSE(stored->text(0, 0).contains(password));

    // Over TCP the server asks for the password (scram): the new one lets Pat in, as a manager.
    const QString tcp = qEnvironmentVariable("FUNNELDESK_TEST_PG_TCP");
    REQUIRE_FALSE(tcp.isEmpty());
    const QString port = qEnvironmentVariable("FUNNELDESK_TEST_PG_PORT");
    const Result<Location> where = Location::parse(
        QStringLiteral("host=127.0.0.1 port=%1 dbname=funneldesk_test user=%2 password='%3' "
                       "options='-csearch_path=%4'")
            .arg(port, login, password, schema.name()));
    REQUIRE(where);
    Result<OwnedDatabase> pat = Session::open(*where, {});
    INFO((pat ? QString() : QString(pat.error())).toStdString());
    REQUIRE(pat);
    CHECK(Session(**pat).rights().manager);
}

TEST_CASE("postgres team: two FunnelDesk schemas on one cluster have roles of their own; a rep of "
          "one has no right "
          "in the other",
          "[postgres][team]")
{
    test::PgTestSchema first;
    test::PgTestSchema second;
    initialise(first);
    initialise(second);
    const QString both = QStringLiteral("SELECT %1.fd_team_role('rep'), %2.fd_team_role('rep')")
                             .arg(first.name(), second.name());
    auto roles = first.admin().exec(both.toUtf8());
    REQUIRE(roles);
    CHECK(roles->text(0, 0) ==
          QStringLiteral("funneldesk_rep.funneldesk_test.%1").arg(first.name()));
    CHECK(roles->text(0, 0) != roles->text(0, 1));

    OwnedDatabase owner(openAs(first).release());
    const QString login = first.name() + QStringLiteral("_only");
    REQUIRE(Team(*owner).addLogin(login, QStringLiteral("Olly"), AgentRole::Rep, std::nullopt));
    pg::Connection rep = second.connect(QStringLiteral("user=") + login);
    const auto read = rep.exec("SELECT count(*) FROM " + second.name().toUtf8() + ".customer");
    REQUIRE_FALSE(read);
    CHECK(read.error().sqlState == "42501");
}

TEST_CASE("A v5 file gains agent.login (v6), empty, and keeps its agents", "[sqlite-only][team]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("v5.sqlite"));
    {
        auto db = test::openDatabase(path);
        Agent ann;
        ann.name = QStringLiteral("Ann");
        REQUIRE(Team(*db).add(ann));
        test::downgradeToV5(*db);
        REQUIRE(Schema::version(*db) == 5);
    }
    auto db = test::openDatabase(path);
    CHECK(Schema::version(*db) == Schema::kVersion);
    CHECK(db->scalar("SELECT count(*) FROM agent WHERE name = 'Ann' AND login IS NULL") == 1);
    CHECK(test::indexColumns(*db, "agent_login") == QStringList{QStringLiteral("login")});
    // A file has no logins: everything is allowed and "Me" is picked as before.
    const TeamRights rights = Session(*db).rights();
    CHECK_FALSE(rights.team);
    CHECK(rights.manager);
    CHECK_FALSE(Session(*db).actingAgent());
}

TEST_CASE("postgres ids: the id of a customer deleted from the top is given again neither by an "
          "import nor by a "
          "new row",
          "[postgres][team]")
{
    // Issue 17 hostile pass: an import planned its ids from max(id) + 1 and a bulk load set each
    // sequence back to max(id) + 1, so a deleted #3 came back as another row's #3, and a rep
    // whose pane still showed the old #3 at version 0 could save over the new one.
    test::PgTestSchema schema;
    initialise(schema);
    OwnedDatabase owner(openAs(schema).release());
    ImportOptions options;
    options.entity = ImportMapping::Entity::Customers;
    const auto first = test::importCsv(*owner,
                                       "name,email\nAda,ada@example.com\nBo,bo@example.com\n"
                                       "Cy,cy@example.com\n",
                                       options); // into an empty database: COPY
    INFO((first ? QString() : QString(first.error())).toStdString());
    REQUIRE(first);
    const auto idOf = [&](const char* email) {
        auto q = owner->query("SELECT id FROM customer WHERE email = ?");
        q->bind(1, QString::fromLatin1(email));
        return q->step() ? q->int64(0) : qint64(0);
    };
    const qint64 cy = idOf("cy@example.com");
    REQUIRE(cy == std::max(idOf("ada@example.com"), idOf("bo@example.com")) + 1);
    pg::Connection admin = schema.connect();
    for (const char* table : {"stage_transition", "contact"})
        REQUIRE(admin.exec(QByteArray("DELETE FROM ") + table +
                           " WHERE customer_id = " + QByteArray::number(cy)));
    REQUIRE(admin.exec("DELETE FROM customer WHERE id = " + QByteArray::number(cy)));

    // An import into a database with data plans its ids past the sequence, not past max(id).
    const auto second = test::importCsv(*owner, "name,email\nDee,dee@example.com\n", options);
    INFO((second ? QString() : QString(second.error())).toStdString());
    REQUIRE(second);
    const qint64 dee = idOf("dee@example.com");
    CHECK(dee > cy);
    // And a customer added after it comes after both.
    Customer eve = test::customerNamed(QStringLiteral("Eve"));
    eve.email = QStringLiteral("eve@example.com");
    const auto added = Customers(*owner, Clock::system()).add(eve);
    INFO((added ? QString() : QString(added.error())).toStdString());
    REQUIRE(added);
    CHECK(added->value > dee);
}
