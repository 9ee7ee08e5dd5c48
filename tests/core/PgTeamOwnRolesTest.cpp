// Each FunnelDesk database's team roles are its own (033_team_own_roles.sql): a copy made with
// CREATE DATABASE … TEMPLATE shares its original's roles until its first team change, and a
// schema dropped and made again under its name finds its namesake's roles with the old logins
// in them. [postgres]: run through tests/pg/with-cluster.sh. Logins and databases are
// cluster-wide: each test names its own after its schema.
#include "service/Maintenance.h"
#include "service/Migrate.h"
#include "service/Session.h"
#include "service/Team.h"
#include "storage/Database.h"
#include "storage/postgres/PgTeam.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>

using namespace fd;

namespace {

OwnedDatabase openAt(const Location& where)
{
    Result<OwnedDatabase> opened = Session::open(where, {});
    INFO((opened ? QString() : QString(opened.error())).toStdString());
    REQUIRE(opened);
    return std::move(*opened);
}

QString text(pg::Connection& conn, const QByteArray& sql,
             std::initializer_list<pg::Value> params = {})
{
    const auto rows = conn.exec(sql, params);
    INFO(sql.toStdString() << ": " << (rows ? QString() : rows.error().sentence).toStdString());
    REQUIRE(rows);
    REQUIRE(rows->count() == 1);
    return rows->text(0, 0);
}

// The SQLSTATE of `login`'s count of the customers of the database `dbname` ("" when it may).
QByteArray readState(const QString& dbname, const QString& login)
{
    pg::Connection conn = test::pgConnect(QStringLiteral("dbname=%1 user=%2").arg(dbname, login));
    const auto read = conn.exec("SELECT count(*) FROM customer");
    return read ? QByteArray() : read.error().sqlState;
}

// check's problems on `where`, one per line ("" when it passes); fails the test when check
// cannot run.
std::string checkProblems(const Location& where)
{
    OwnedDatabase db = openAt(where);
    const Result<QStringList> problems = service::Maintenance(*db).check();
    INFO((problems ? QString() : QString(problems.error())).toStdString());
    REQUIRE(problems);
    return problems->join(QLatin1Char('\n')).toStdString();
}

// Two databases of this test, dropped when it ends however it ends.
struct Databases {
    explicit Databases(const QString& stem)
        : original(stem + QStringLiteral("_orig")), copy(stem + QStringLiteral("_copy"))
    {
        drop();
    }
    ~Databases() { drop(); }
    Databases(const Databases&) = delete;
    Databases& operator=(const Databases&) = delete;
    void drop()
    {
        pg::Connection admin = test::pgConnect();
        for (const QString& name : {copy, original})
            (void)admin.exec("DROP DATABASE IF EXISTS " + name.toUtf8() + " WITH (FORCE)");
    }
    QString original;
    QString copy;
};

} // namespace

TEST_CASE("postgres team: a database copied from another takes roles of its own at its first "
          "team change; its new login gets no right in the original and its disabled one keeps "
          "the original's",
          "[postgres][team]")
{
    // The original's tables belong to a login with CREATEROLE that is no superuser, and the
    // administrator makes the copy: its "public" is then not that owner's to create in (a
    // reviewer's createdb -T, where replacing a function was refused).
    test::PgTestSchema names; // for its unique name only
    Databases dbs(names.name());
    const QString ann = names.name() + QStringLiteral("_ann");
    const QString bob = names.name() + QStringLiteral("_bob");
    const QString mia = names.name() + QStringLiteral("_mia");
    const QString cat = names.name() + QStringLiteral("_cat");
    const QString own = names.name() + QStringLiteral("_own");
    const QString rpt = names.name() + QStringLiteral("_rpt");
    pg::Connection admin = test::pgConnect();
    REQUIRE(admin.exec("CREATE ROLE " + own.toUtf8() + " LOGIN CREATEROLE CREATEDB"));
    {
        pg::Connection asOwner = test::pgConnect(QStringLiteral("user=") + own);
        REQUIRE(asOwner.exec("CREATE DATABASE " + dbs.original.toUtf8()));
    }
    QString originalRep;
    {
        pg::Connection owner =
            test::pgConnect(QStringLiteral("dbname=%1 user=%2").arg(dbs.original, own));
        REQUIRE(pg::Schema::init(owner));
        REQUIRE(pg::Team::claimOwner(owner));
        originalRep = text(owner, "SELECT fd_team_role('rep')");
    }
    {
        OwnedDatabase original =
            openAt(test::pgLocation(QStringLiteral("dbname=%1 user=%2").arg(dbs.original, own)));
        REQUIRE(Team(*original).addLogin(ann, QStringLiteral("Ann Original"), AgentRole::Rep,
                                         std::nullopt));
        REQUIRE(Team(*original).addLogin(mia, QStringLiteral("Mia Manager"), AgentRole::Manager,
                                         std::nullopt));
        // The original's roles are its own: a team change there keeps them.
        pg::Connection owner = test::pgConnect(QStringLiteral("dbname=") + dbs.original);
        CHECK(text(owner, "SELECT fd_team_role('rep')") == originalRep);
    }
    // CREATE DATABASE refuses a template another session is in (an autovacuum worker, for a
    // moment): a few tries, not a timing assertion.
    const QByteArray copySql =
        "CREATE DATABASE " + dbs.copy.toUtf8() + " TEMPLATE " + dbs.original.toUtf8();
    pg::Outcome<pg::Rows> copied = admin.exec(copySql);
    for (int attempt = 1; attempt < 5 && !copied; ++attempt)
        copied = admin.exec(copySql);
    INFO((copied ? QString() : copied.error().sentence).toStdString());
    REQUIRE(copied);
    {
        pg::Connection copyOwner = test::pgConnect(QStringLiteral("dbname=") + dbs.copy);
        CHECK(text(copyOwner, "SELECT fd_team_role('rep')") == originalRep);
        CHECK(text(copyOwner, "SELECT fd_team_roles_elsewhere()") == dbs.original);
    }
    CHECK(readState(dbs.copy, ann).isEmpty()); // Ann is an agent of the copy too

    // An administrator's reporting login, no agent, reads the original, and so the copy.
    REQUIRE(admin.exec("CREATE ROLE " + rpt.toUtf8() + " LOGIN"));
    REQUIRE(admin.exec("GRANT \"" + originalRep.toUtf8() + "\" TO " + rpt.toUtf8()));
    CHECK(readState(dbs.copy, rpt).isEmpty());

    // A manager of both (not the owner), with psql, and the owner, with FunnelDesk, add a login
    // on the copy at once: the first takes roles of its own for the copy, on the server (a
    // reviewer's manager called fd_team_add directly and skipped a move the program made), and
    // gives them to every member; the other waits for it, then finds them (a reviewer's two at
    // once left the names pointing at roles without a GRANT).
    {
        pg::Connection asMia =
            test::pgConnect(QStringLiteral("dbname=%1 user=%2").arg(dbs.copy, mia));
        OwnedDatabase asOwner =
            openAt(test::pgLocation(QStringLiteral("dbname=%1 user=%2").arg(dbs.copy, own)));
        std::optional<Result<qint64>> byOwner;
        std::thread other([&] {
            byOwner = Team(*asOwner).addLogin(cat, QStringLiteral("Cat Copy"), AgentRole::Rep,
                                              std::nullopt);
        });
        const auto added = asMia.exec("SELECT fd_team_add($1, 'Bob Copy', 'rep', NULL)", {bob});
        other.join();
        INFO((added ? QString() : added.error().sentence).toStdString());
        REQUIRE(added);
        // A manager may not move the roles on her own terms (p_init would cut members off).
        const auto own = asMia.exec("SELECT fd_team_own_roles(true)");
        REQUIRE_FALSE(own);
        CHECK(own.error().sqlState == "42501");
        REQUIRE(byOwner);
        INFO((*byOwner ? QString() : QString(byOwner->error())).toStdString());
        REQUIRE(*byOwner);
    }
    OwnedDatabase copy = openAt(test::pgLocation(QStringLiteral("dbname=") + dbs.copy));
    pg::Connection copyOwner = test::pgConnect(QStringLiteral("dbname=") + dbs.copy);
    const QString copyRep = text(copyOwner, "SELECT fd_team_role('rep')");
    CHECK(copyRep != originalRep);
    CHECK(copyRep.startsWith(QStringLiteral("funneldesk_rep.%1.").arg(dbs.copy)));
    CHECK(text(copyOwner, "SELECT coalesce(fd_team_roles_elsewhere(), 'nowhere')") ==
          QStringLiteral("nowhere"));
    // Every GRANT of the copy moved to its roles: the old ones hold nothing there, and check
    // finds the rights matrix and the team functions as a fresh init makes them.
    CHECK(text(copyOwner, "SELECT has_table_privilege($1, 'customer', 'SELECT')::text",
               {originalRep}) == QStringLiteral("false"));
    // (The reporting login, no agent, is named: an administrator's choice, or a leftover.)
    const Result<QStringList> problems = service::Maintenance(*copy).check();
    REQUIRE(problems);
    INFO(problems->join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems->size() == 1);
    CHECK(problems->front().startsWith(
        QStringLiteral("The login “%1” is a member of the team's rep role here, though FunnelDesk "
                       "never added it")
            .arg(rpt)));

    CHECK(readState(dbs.copy, bob).isEmpty());
    CHECK(readState(dbs.copy, cat).isEmpty());
    CHECK(readState(dbs.original, cat) == "42501");
    CHECK(readState(dbs.original, bob) == "42501");
    CHECK(readState(dbs.copy, ann).isEmpty());
    CHECK(readState(dbs.original, ann).isEmpty());

    // Disabling Ann on the copy leaves her rights on the original.
    REQUIRE(Team(*copy).disableLogin(ann));
    CHECK(readState(dbs.copy, ann) == "42501");
    CHECK(readState(dbs.original, ann).isEmpty());
    CHECK(text(admin, "SELECT count(*) FROM pg_roles WHERE rolname = $1", {originalRep}) ==
          QStringLiteral("1"));
    copy.reset();
    CHECK(readState(dbs.copy, mia).isEmpty());
    // The move took nobody's access away: the reporting login reads both still.
    CHECK(readState(dbs.copy, rpt).isEmpty());
    CHECK(readState(dbs.original, rpt).isEmpty());
    CHECK(readState(dbs.original, mia).isEmpty());
    dbs.drop();
    for (const QString& login : {ann, bob, mia, cat, own, rpt})
        (void)admin.exec("DROP ROLE IF EXISTS " + login.toUtf8());
}

TEST_CASE("postgres team: a schema dropped and made again under its name does not give its "
          "namesake's logins any right, and the leftover roles go",
          "[postgres][team]")
{
    test::PgTestSchema schema;
    const QString carl = schema.name() + QStringLiteral("_carl");
    QString oldRep;
    {
        pg::Connection owner = schema.initialised();
        REQUIRE(pg::Team::claimOwner(owner));
        oldRep = text(owner, "SELECT fd_team_role('rep')");
        OwnedDatabase first = openAt(schema.location());
        REQUIRE(
            Team(*first).addLogin(carl, QStringLiteral("Carl Gone"), AgentRole::Rep, std::nullopt));
    }
    pg::Connection carlThere = schema.connect(QStringLiteral("user=") + carl);
    REQUIRE(carlThere.exec("SELECT count(*) FROM customer"));

    REQUIRE(schema.admin().exec("SET client_min_messages = warning"));
    REQUIRE(schema.admin().exec("DROP SCHEMA " + schema.name().toUtf8() + " CASCADE"));
    REQUIRE(schema.admin().exec("CREATE SCHEMA " + schema.name().toUtf8()));
    pg::Connection owner = schema.initialised();
    REQUIRE(pg::Team::claimOwner(owner));

    const QString newRep = text(owner, "SELECT fd_team_role('rep')");
    CHECK(newRep != oldRep);
    CHECK(text(owner, "SELECT count(*) FROM pg_roles WHERE rolname = $1", {oldRep}) ==
          QStringLiteral("0"));
    CHECK(text(owner, "SELECT pg_has_role($1, $2, 'MEMBER')::text", {carl, newRep}) ==
          QStringLiteral("false"));
    pg::Connection carlAgain = schema.connect(QStringLiteral("user=") + carl);
    const auto read =
        carlAgain.exec("SELECT count(*) FROM " + schema.name().toUtf8() + ".customer");
    REQUIRE_FALSE(read);
    CHECK(read.error().sqlState == "42501");
    // The owner is still the new schema's manager.
    CHECK(text(owner, "SELECT fd_is_manager()::text") == QStringLiteral("true"));
    (void)schema.admin().exec("DROP ROLE IF EXISTS " + carl.toUtf8());
}

TEST_CASE("postgres team: a namesake made again by an owner who may not create roles takes every "
          "right back from the old roles, and works as one login",
          "[postgres][team]")
{
    test::PgTestSchema schema;
    const QString gus = schema.name() + QStringLiteral("_gus");
    const QString plain = schema.name() + QStringLiteral("_plain");
    const QByteArray name = schema.name().toUtf8();
    QString oldManager;
    {
        pg::Connection owner = schema.initialised();
        REQUIRE(pg::Team::claimOwner(owner));
        oldManager = text(owner, "SELECT fd_team_role('manager')");
        OwnedDatabase first = openAt(schema.location());
        REQUIRE(Team(*first).addLogin(gus, QStringLiteral("Gus Gone"), AgentRole::Manager,
                                      std::nullopt));
    }
    pg::Connection& admin = schema.admin();
    REQUIRE(admin.exec("SET client_min_messages = warning"));
    REQUIRE(admin.exec("DROP SCHEMA " + name + " CASCADE"));
    REQUIRE(admin.exec("CREATE SCHEMA " + name));
    REQUIRE(admin.exec("CREATE ROLE " + plain.toUtf8() + " LOGIN"));
    REQUIRE(admin.exec("GRANT USAGE, CREATE ON SCHEMA " + name + " TO " + plain.toUtf8()));
    {
        pg::Connection owner = schema.connect(QStringLiteral("user=") + plain);
        const Status made = pg::Schema::init(owner);
        INFO((made ? QString() : QString(made.error())).toStdString());
        REQUIRE(made);
    }
    // The old manager role stays (this owner may not drop it) but reaches nothing here: not the
    // owner's functions (a forged audit entry), nor a manager's standing.
    CHECK(text(admin, "SELECT count(*) FROM pg_roles WHERE rolname = $1", {oldManager}) ==
          QStringLiteral("1"));
    CHECK(text(admin,
               "SELECT has_function_privilege($1, '" + name +
                   ".fd_audit_bulk(text,text,bigint)', "
                   "'EXECUTE')::text",
               {gus}) == QStringLiteral("false"));
    CHECK(text(admin, "SELECT has_schema_privilege($1, '" + name + "', 'USAGE')::text", {gus}) ==
          QStringLiteral("false"));
    CHECK(text(admin, "SELECT count(*) FROM pg_roles WHERE rolname = " + name +
                          ".fd_team_role('manager')") == QStringLiteral("0"));
    REQUIRE(admin.exec("DROP SCHEMA " + name + " CASCADE"));
    REQUIRE(admin.exec("CREATE SCHEMA " + name)); // for PgTestSchema's own drop
    for (const QString& login : {gus, plain})
        (void)admin.exec("DROP ROLE IF EXISTS " + login.toUtf8());
}

TEST_CASE("postgres team: a team change the database's roles forbid says why in one sentence, "
          "not in the server's English",
          "[postgres][team]")
{
    test::PgTestSchema schema;
    const QString owner = schema.name() + QStringLiteral("_owner");
    const QByteArray name = schema.name().toUtf8();
    const QByteArray other = name + "_other";
    pg::Connection& admin = schema.admin();
    REQUIRE(admin.exec("CREATE ROLE " + owner.toUtf8() + " LOGIN CREATEROLE"));
    REQUIRE(admin.exec("GRANT USAGE, CREATE ON SCHEMA " + name + " TO " + owner.toUtf8()));
    {
        pg::Connection asOwner = schema.connect(QStringLiteral("user=") + owner);
        REQUIRE(pg::Schema::init(asOwner));
        REQUIRE(pg::Team::claimOwner(asOwner));
    }
    // The team roles hold a GRANT in another schema too, and the owner may no longer create
    // roles of its own for this one: 033's fd_team_own_roles refuses every team change.
    const QString rep = text(admin, "SELECT " + name + ".fd_team_role('rep')");
    REQUIRE(admin.exec("CREATE SCHEMA " + other));
    REQUIRE(admin.exec("CREATE TABLE " + other + ".t (x int)"));
    REQUIRE(admin.exec("GRANT SELECT ON " + other + ".t TO \"" + rep.toUtf8() + "\""));
    REQUIRE(admin.exec("ALTER ROLE " + owner.toUtf8() + " NOCREATEROLE"));
    const QString ann = schema.name() + QStringLiteral("_ann");
    // The sentence that refuses `as` adding ann in `role`.
    const auto refusedAdd = [&](const QString& as, AgentRole role) {
        OwnedDatabase db = openAt(schema.location(QStringLiteral("user=") + as));
        const auto added = Team(*db).addLogin(ann, QStringLiteral("Ann Added"), role, std::nullopt);
        REQUIRE_FALSE(added);
        return QString(added.error());
    };
    {
        const QString sentence = refusedAdd(owner, AgentRole::Rep);
        INFO(sentence.toStdString());
        CHECK(sentence.contains(QStringLiteral("shares its team roles with")));
        CHECK(sentence.endsWith(QStringLiteral("the server's administrator can first run: ALTER "
                                               "ROLE \"%1\" CREATEROLE")
                                    .arg(owner)));
        CHECK_FALSE(sentence.contains(QStringLiteral("until then its team cannot change")));
    }
    REQUIRE(admin.exec("ALTER ROLE " + owner.toUtf8() + " CREATEROLE"));
    REQUIRE(admin.exec("SET client_min_messages = warning"));
    REQUIRE(admin.exec("DROP SCHEMA " + other + " CASCADE"));

    // A team role the server's administrator renamed: every team change names it (not "no team
    // roles", nor the server's "role … does not exist"), with the ALTER ROLE that gives it back.
    const QString manager = text(admin, "SELECT " + name + ".fd_team_role('manager')");
    const QByteArray renamed = name + "_renamed";
    REQUIRE(admin.exec("ALTER ROLE \"" + manager.toUtf8() + "\" RENAME TO " + renamed));
    for (const AgentRole role : {AgentRole::Rep, AgentRole::Manager}) {
        const QString sentence = refusedAdd(owner, role);
        INFO(sentence.toStdString());
        CHECK(sentence.startsWith(
            QStringLiteral("The team's manager role \"%1\" is not on the server, so its team "
                           "cannot change and nothing was changed; if it was renamed")
                .arg(manager)));
    }
    REQUIRE(admin.exec("ALTER ROLE " + renamed + " RENAME TO \"" + manager.toUtf8() + "\""));

    // A schema made by an owner who could not create roles has none: every team change says so.
    const QString plain = schema.name() + QStringLiteral("_plain");
    REQUIRE(admin.exec("DROP SCHEMA " + name + " CASCADE"));
    REQUIRE(admin.exec("CREATE SCHEMA " + name));
    REQUIRE(admin.exec("CREATE ROLE " + plain.toUtf8() + " LOGIN"));
    REQUIRE(admin.exec("GRANT USAGE, CREATE ON SCHEMA " + name + " TO " + plain.toUtf8()));
    {
        pg::Connection asPlain = schema.connect(QStringLiteral("user=") + plain);
        REQUIRE(pg::Schema::init(asPlain));
    }
    {
        const QString sentence = refusedAdd(plain, AgentRole::Rep);
        INFO(sentence.toStdString());
        CHECK(sentence.contains(QStringLiteral("has no team roles, and its owner “%1” may not "
                                               "create roles (CREATEROLE): it works as one login")
                                    .arg(plain)));
    }
    REQUIRE(admin.exec("DROP SCHEMA " + name + " CASCADE"));
    REQUIRE(admin.exec("CREATE SCHEMA " + name)); // for PgTestSchema's own drop
    for (const QString& login : {owner, plain, ann})
        (void)admin.exec("DROP ROLE IF EXISTS \"" + login.toUtf8() + "\"");
}

TEST_CASE("postgres team: check run while a team change moves the roles reads their rights "
          "again, and never names the rights of two pairs of roles as wrong",
          "[postgres][team][check]")
{
    test::PgTestSchema schema;
    {
        pg::Connection owner = schema.initialised();
        REQUIRE(pg::Team::claimOwner(owner));
    }
    OwnedDatabase db = openAt(schema.location());
    const QByteArray other = schema.name().toUtf8() + "_other";
    pg::Connection admin = schema.connect();
    REQUIRE(admin.exec("CREATE SCHEMA " + other));
    REQUIRE(admin.exec("CREATE TABLE " + other + ".t (x int)"));

    // The mover shares the roles with another schema (a GRANT there), then moves them, as a
    // team change on a copy does, again and again. No Catch2 assertion on its thread. A race,
    // not a replay: a reviewer saw one check in 160 name thousands of rights as missing without
    // the second reading (this test did not, in 25 checks over 34 moves); it asserts that none
    // ever does, and that check gives up in its one sentence only.
    pg::Connection moverConn = schema.connect();
    std::atomic_bool stop{false};
    std::atomic_int moves{0};
    QString moverError;
    QStringList movedFrom; // the pairs it moved away from (quoted)
    std::thread mover([&] {
        while (!stop && moverError.isEmpty()) {
            const auto rep = moverConn.exec("SELECT quote_ident(fd_team_role('rep')), "
                                            "quote_ident(fd_team_role('manager'))");
            if (!rep) {
                moverError = rep.error().sentence;
                break;
            }
            movedFrom << rep->text(0, 0) << rep->text(0, 1);
            const auto shared =
                moverConn.exec("GRANT SELECT ON " + other + ".t TO " + rep->text(0, 0).toUtf8());
            if (!shared) {
                moverError = shared.error().sentence;
                break;
            }
            const auto moved = moverConn.exec("SELECT fd_team_own_roles(false)");
            if (!moved) {
                moverError = moved.error().sentence;
                break;
            }
            ++moves;
            std::this_thread::sleep_for(std::chrono::milliseconds(40));
        }
    });
    QStringList wrong;
    for (int run = 0; run < 25; ++run) {
        const Result<QStringList> found = service::Maintenance(*db).check();
        if (!found) {
            wrong << QString(found.error());
            break;
        }
        for (const QString& problem : *found) {
            if (!problem.startsWith(QStringLiteral(
                    "The team's roles were moved to new ones each of the 3 times check read")))
                wrong << problem;
        }
    }
    stop = true;
    mover.join();
    INFO(moverError.toStdString());
    REQUIRE(moverError.isEmpty());
    CHECK(moves > 0);
    INFO(wrong.join(QLatin1Char('\n')).toStdString());
    CHECK(wrong.isEmpty());

    // The moves left each pair behind (its GRANT in the other schema kept it).
    REQUIRE(admin.exec("DROP SCHEMA " + other + " CASCADE"));
    for (const QString& role : movedFrom)
        (void)admin.exec("DROP ROLE IF EXISTS " + role.toUtf8());
}

TEST_CASE("postgres team: a migrate into a schema whose owner may not create roles, of a file "
          "whose agents have logins, goes through, and check passes there",
          "[postgres][team][check]")
{
    test::PgTestSchema schema;
    const QString plain = schema.name() + QStringLiteral("_plain");
    const QString ava = schema.name() + QStringLiteral("_ava");
    pg::Connection& admin = schema.admin();
    REQUIRE(admin.exec("CREATE ROLE " + plain.toUtf8() + " LOGIN"));
    REQUIRE(admin.exec("CREATE ROLE " + ava.toUtf8() + " LOGIN"));
    REQUIRE(admin.exec("GRANT USAGE, CREATE ON SCHEMA " + schema.name().toUtf8() + " TO " +
                       plain.toUtf8()));
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("team.sqlite"));
    {
        auto file = test::openSqliteFile(path);
        REQUIRE(file->guard([&] {
            file->execute(("INSERT INTO agent (name, email, role, login) VALUES ('Ava Patel', "
                           "'ava@example.com', 'rep', '" +
                           ava.toStdString() + "')")
                              .c_str());
        }));
    }
    const Location target = schema.location(QStringLiteral("user=") + plain);
    const auto migrated = service::Migrate::run(Location::file(path), target);
    INFO((migrated ? QString() : QString(migrated.error())).toStdString());
    REQUIRE(migrated);
    CHECK(checkProblems(target) == "");
    REQUIRE(admin.exec("SET client_min_messages = warning"));
    REQUIRE(admin.exec("DROP SCHEMA " + schema.name().toUtf8() + " CASCADE"));
    REQUIRE(admin.exec("CREATE SCHEMA " + schema.name().toUtf8())); // for PgTestSchema's drop
    for (const QString& login : {ava, plain})
        (void)admin.exec("DROP ROLE IF EXISTS " + login.toUtf8());
}

TEST_CASE(
    "postgres team: a team's database copied to a file and back into another schema of the "
    "same server goes through, its logins adopted, and check passes there; once given its role, a "
    "login that loses its role is named",
    "[postgres][team][check]")
{
    test::PgTestSchema from;
    const QString rita = from.name() + QStringLiteral("_rita");
    {
        pg::Connection owner = from.initialised();
        REQUIRE(pg::Team::claimOwner(owner));
        OwnedDatabase db = openAt(from.location());
        REQUIRE(Team(*db).addLogin(rita, QStringLiteral("Rita Rep"), AgentRole::Rep, std::nullopt));
    }
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("team.sqlite"));
    const auto out = service::Migrate::run(from.location(), Location::file(path));
    INFO((out ? QString() : QString(out.error())).toStdString());
    REQUIRE(out);
    test::PgTestSchema to; // empty: migrate makes FunnelDesk's schema there
    const auto back = service::Migrate::run(Location::file(path), to.location());
    INFO((back ? QString() : QString(back.error())).toStdString());
    REQUIRE(back);
    // Rita's login awaits its rights here (034_team_awaiting.sql): not a login that lost them.
    CHECK(checkProblems(to.location()) == "");
    const auto ritaReads = [&to, &rita] {
        pg::Connection conn = to.connect(QStringLiteral("user=") + rita);
        return bool(conn.exec("SELECT count(*) FROM customer"));
    };
    CHECK_FALSE(ritaReads());
    // The administrator gives it the role by hand; check sees it held, so that losing it later
    // is named (team enable is PgUpgradeTest's).
    pg::Connection admin = to.connect();
    const QString rep = text(admin, "SELECT quote_ident(fd_team_role('rep'))");
    REQUIRE(admin.exec("GRANT " + rep.toUtf8() + " TO " + rita.toUtf8()));
    CHECK(checkProblems(to.location()) == "");
    CHECK(ritaReads());
    REQUIRE(admin.exec("REVOKE " + rep.toUtf8() + " FROM " + rita.toUtf8()));
    CHECK_THAT(checkProblems(to.location()),
               Catch::StartsWith("The agent “Rita Rep” is an active rep, but their login “" +
                                 rita.toStdString() + "” is no longer a member"));
    (void)from.admin().exec("DROP ROLE IF EXISTS " + rita.toUtf8());
}

TEST_CASE("postgres team: a migrate of a file whose agents sign in with logins this server does "
          "not have copies them without those logins, and check passes there",
          "[postgres][team][check]")
{
    test::PgTestSchema schema;
    const QString elsewhere = schema.name() + QStringLiteral("_elsewhere"); // no such role here
    const QString here = schema.name() + QStringLiteral("_here");
    REQUIRE(schema.admin().exec("CREATE ROLE " + here.toUtf8() + " LOGIN"));
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("other-server.sqlite"));
    {
        auto file = test::openSqliteFile(path);
        REQUIRE(file->guard([&] {
            file->execute(("INSERT INTO agent (name, email, role, login) VALUES ('Ola Other', "
                           "'ola@example.com', 'rep', '" +
                           elsewhere.toStdString() +
                           "'), ('Hana Here', 'hana@example.com', "
                           "'rep', '" +
                           here.toStdString() + "')")
                              .c_str());
        }));
    }
    const auto migrated = service::Migrate::run(Location::file(path), schema.location());
    INFO((migrated ? QString() : QString(migrated.error())).toStdString());
    REQUIRE(migrated);
    CHECK(migrated->loginsLeftOut == QStringList{QStringLiteral("Ola Other (%1)").arg(elsewhere)});
    pg::Connection conn = schema.connect();
    CHECK(text(conn, "SELECT coalesce(login, '-') FROM agent WHERE name = 'Ola Other'") ==
          QStringLiteral("-"));
    CHECK(text(conn, "SELECT login FROM agent WHERE name = 'Hana Here'") == here);
    CHECK(checkProblems(schema.location()) == "");
    (void)schema.admin().exec("DROP ROLE IF EXISTS " + here.toUtf8());
}
