// The tests' backend switch itself (tests/support/TestSupport.h, plan §3d): on each backend a
// path names one database for the whole test, two paths two databases, and funneldesk-cli's
// --db gets the same one.
#include "support/TestSupport.h"

#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgSchema.h"

#include <catch2/catch.hpp>

using namespace fd;

TEST_CASE("A test's path names one database on the tests' backend, and --db names the same",
          "[support]")
{
    test::Scratch scratch;
    const QString a = scratch.file(QStringLiteral("a.sqlite"));
    const QString b = scratch.file(QStringLiteral("b.sqlite"));
    CHECK(test::databaseArgument(a) != test::databaseArgument(b));
    if (test::onSqlite())
        CHECK(test::databaseArgument(a) == a);
    else // the same file by another path is the same database
        CHECK(test::databaseArgument(a) ==
              test::databaseArgument(scratch.file(QStringLiteral("sub/../a.sqlite"))));

    // Only the value of --db changes; a server's text and one Location cannot read stay.
    const QString server = QStringLiteral("host=/nowhere dbname=x");
    const QString unreadable = QStringLiteral("host=db.example nosuchkey=1");
    const QStringList given{QStringLiteral("--db"),
                            a,
                            QStringLiteral("import"),
                            QStringLiteral("customers"),
                            b,
                            QStringLiteral("--db=") + b,
                            QStringLiteral("--db"),
                            server,
                            QStringLiteral("--db"),
                            unreadable};
    const QStringList expected{QStringLiteral("--db"),
                               test::databaseArgument(a),
                               QStringLiteral("import"),
                               QStringLiteral("customers"),
                               b,
                               QStringLiteral("--db=") + test::databaseArgument(b),
                               QStringLiteral("--db"),
                               server,
                               QStringLiteral("--db"),
                               unreadable};
    CHECK(test::cliArguments(given) == expected);

    // What a test writes through one connection, another opened on the same path reads.
    {
        auto db = test::openDatabase(a);
        db->execute("INSERT INTO agent (name) VALUES ('Ada')");
    }
    CHECK(test::openDatabase(a, Database::Access::ReadOnly)->scalar("SELECT count(*) FROM agent") ==
          1);
    CHECK(test::openDatabase(b)->scalar("SELECT count(*) FROM agent") == 0);

    if (test::backend() == test::Backend::Postgres) {
        // A database of its own, t_<pid>_<n>, a copy of a template with FunnelDesk's tables in a
        // schema that is not public, chosen by the search_path; b's is another.
        const Location where = test::databaseAt(a);
        REQUIRE(where.isServer());
        const QString name = where.option(QStringLiteral("dbname"));
        CHECK(name.startsWith(QLatin1String("t_")));
        CHECK(
            where.option(QStringLiteral("options")).startsWith(QLatin1String("-csearch_path=t_")));
        CHECK(test::databaseAt(b).option(QStringLiteral("dbname")) != name);
        Result<pg::Connection> conn = pg::Connection::open(where);
        REQUIRE(conn);
        const Result<pg::Schema::State> state = pg::Schema::inspect(*conn);
        REQUIRE(state);
        CHECK(state->kind == pg::Schema::State::Kind::FunnelDesk);
        CHECK(state->version == pg::Schema::kVersion);
        CHECK(state->database == name);
        CHECK(state->schema.startsWith(QLatin1String("t_")));

        // The team's time zone is the one the test runs in, as init would record it, whatever
        // zone the tests before it ran in (one template per zone).
        for (const char* zone : {"Asia/Tokyo", "America/New_York"}) {
            const test::Zone running(zone);
            const QString path =
                scratch.file(QString::fromLatin1(zone).replace(QLatin1Char('/'), QLatin1Char('-')) +
                             QStringLiteral(".sqlite"));
            Result<pg::Connection> there = pg::Connection::open(test::databaseAt(path));
            REQUIRE(there);
            const pg::Outcome<pg::Rows> team = there->exec(
                "SELECT value FROM settings WHERE key = $1", {pg::Schema::kTimeZoneKey});
            REQUIRE(team);
            REQUIRE(team->count() == 1);
            CHECK(team->text(0, 0) == QLatin1String(zone));
        }
    }
}
