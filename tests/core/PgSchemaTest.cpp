// FunnelDesk's schema on PostgreSQL (issue 16; plan §3b, §3d, R1, R2, R8): init and inspect,
// each refusal in one sentence with nothing written, and parity with SQLite's schema for the
// same rows: the summaries its triggers keep, NOCASE order, and what search finds.
// Tagged [postgres]: run through tests/pg/with-cluster.sh; each test has a schema of its own.
#include "storage/postgres/PgSchema.h"
#include "storage/Database.h"
#include "storage/postgres/PgConnection.h"
#include "storage/Schema.h"
#include "storage/TicketListRepository.h"
#include "support/PgRows.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <algorithm>
#include <string>

using namespace fd;
using test::execBoth;
using test::rowsOf;
using Kind = pg::Schema::State::Kind;

static_assert(pg::Schema::kVersion == Schema::kVersion,
              "both backends record the same logical version");

namespace {

QStringList rowsOf(Database& db, const char* sql)
{
    QStringList result;
    auto q = db.query(sql);
    while (q->step()) {
        QStringList cells;
        for (int c = 0; c < q->columnCount(); ++c)
            cells << (q->isNull(c) ? QStringLiteral("NULL") : q->text(c));
        result << cells.join(QLatin1Char('|'));
    }
    return result;
}

// Rows as one readable string for Catch2's messages.
std::string lines(const QStringList& rows)
{
    return rows.join(QLatin1Char('\n')).toStdString();
}

qint64 countOf(pg::Connection& conn, const QByteArray& sql)
{
    const pg::Outcome<pg::Rows> rows = conn.exec(sql);
    REQUIRE(rows);
    return rows->int64(0, 0);
}

} // namespace

TEST_CASE("postgres schema: init fills an empty schema, and inspect then finds FunnelDesk's",
          "[postgres]")
{
    test::PgTestSchema schema;
    pg::Connection conn = schema.connect();
    const Result<pg::Schema::State> before = pg::Schema::inspect(conn);
    REQUIRE(before);
    CHECK(before->kind == Kind::Empty);
    CHECK(before->schema == schema.name());
    CHECK(before->database == QStringLiteral("funneldesk_test"));

    REQUIRE(pg::Schema::init(conn));
    const Result<pg::Schema::State> after = pg::Schema::inspect(conn);
    REQUIRE(after);
    CHECK(after->kind == Kind::FunnelDesk);
    CHECK(after->version == pg::Schema::kVersion);
    // Every table of SQLite's schema (its FTS5 table is the ticket's search column here; its
    // task_stage_day, schema v17, is 027_task_stage_day.sql's), and the
    // server's own: fd_meta, fd_team_nologin (008_team_enable.sql), fd_audit_hold
    // (010_audit_hold.sql), ticket_day (011_ticket_day.sql), fd_team_login (012_team_logins.sql),
    // ticket_words (014_search_order.sql), fd_summary_lock (015_team_stall.sql), fd_check_lock
    // (020_check_lock.sql), task_day (023_task_day.sql), customer_name_count
    // (026_dashboard_reads.sql), customer_names (029_search_urgency.sql), fd_team_roles
    // (033_team_own_roles.sql).
    CHECK(rowsOf(conn, "SELECT string_agg(tablename, ' ' ORDER BY tablename) FROM pg_tables "
                       "WHERE schemaname = current_schema()") ==
          QStringList{QStringLiteral(
              "agent audit_log canned_reply contact customer customer_health customer_name_count "
              "customer_names "
              "fd_audit_hold "
              "fd_check_lock fd_meta fd_summary_lock fd_team_login fd_team_nologin fd_team_roles "
              "health_band_change health_snapshot "
              "settings stage_transition task task_day task_stage_day ticket ticket_comment "
              "ticket_day "
              "ticket_words "
              "touchpoint touchpoint_day")});
    // R2: the creator's zone (the tests run in Europe/Berlin), for every connection to set.
    CHECK(pg::Schema::teamTimeZone(conn).value_or(QString()) == QStringLiteral("Europe/Berlin"));

    // A second init refuses and changes nothing.
    const Status again = pg::Schema::init(conn);
    REQUIRE_FALSE(again);
    CHECK(again.error() ==
          QStringLiteral("The database “funneldesk_test” (schema “%1”) already holds FunnelDesk's "
                         "schema (version %2); open it instead of creating it.")
              .arg(schema.name())
              .arg(pg::Schema::kVersion));
}

TEST_CASE(
    "postgres schema: init records the zone it is given, and refuses one the server does not know",
    "[postgres]")
{
    test::PgTestSchema schema;
    pg::Connection conn = schema.connect();
    const Status unknown = pg::Schema::init(conn, QStringLiteral("Mars/Olympus_Mons"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error() ==
          QStringLiteral("The server of database “funneldesk_test” (schema “%1”) does not know "
                         "the time zone “Mars/Olympus_Mons”; give an IANA time zone name such as "
                         "Europe/Berlin.")
              .arg(schema.name()));
    CHECK(pg::Schema::inspect(conn)->kind == Kind::Empty);

    REQUIRE(pg::Schema::init(conn, QStringLiteral("America/Sao_Paulo")));
    CHECK(pg::Schema::teamTimeZone(conn).value_or(QString()) ==
          QStringLiteral("America/Sao_Paulo"));
}

TEST_CASE(
    "postgres schema: a schema that holds anything else is refused in one sentence, and left alone",
    "[postgres]")
{
    test::PgTestSchema schema;
    REQUIRE(schema.admin().exec("CREATE TABLE " + schema.name().toUtf8() + ".invoice (id int)"));
    pg::Connection conn = schema.connect();
    CHECK(pg::Schema::inspect(conn)->kind == Kind::NotFunnelDesk);

    const Status refused = pg::Schema::init(conn);
    REQUIRE_FALSE(refused);
    CHECK(refused.error() ==
          QStringLiteral("The database “funneldesk_test” (schema “%1”) already holds tables or "
                         "functions that are not FunnelDesk's; FunnelDesk creates its schema only "
                         "in an empty database or schema.")
              .arg(schema.name()));
    CHECK(
        countOf(
            conn,
            "SELECT count(*) FROM pg_class WHERE relnamespace = current_schema()::regnamespace") ==
        1);

    // A table named fd_meta that does not say FunnelDesk is someone else's too.
    test::PgTestSchema other;
    REQUIRE(other.admin().exec("CREATE TABLE " + other.name().toUtf8() +
                               ".fd_meta (application text, version int)"));
    pg::Connection second = other.connect();
    CHECK(pg::Schema::inspect(second)->kind == Kind::NotFunnelDesk);
}

TEST_CASE("postgres schema: a FunnelDesk schema newer than this build is refused in one sentence",
          "[postgres]")
{
    test::PgTestSchema schema;
    pg::Connection conn = schema.initialised();
    REQUIRE(
        conn.exec("UPDATE fd_meta SET version = " + QByteArray::number(pg::Schema::kVersion + 1)));
    const Result<pg::Schema::State> state = pg::Schema::inspect(conn);
    REQUIRE(state);
    CHECK(state->kind == Kind::FunnelDesk);
    CHECK(state->version == pg::Schema::kVersion + 1);

    const Status refused = pg::Schema::init(conn);
    REQUIRE_FALSE(refused);
    CHECK(
        refused.error() ==
        QStringLiteral("The database “funneldesk_test” (schema “%1”) holds a FunnelDesk schema "
                       "of version %2, newer than this FunnelDesk (which knows up to version %3); "
                       "update FunnelDesk to use it.")
            .arg(schema.name())
            .arg(pg::Schema::kVersion + 1)
            .arg(pg::Schema::kVersion));
}

TEST_CASE("postgres schema: a role without the rights it needs is refused in one sentence; with "
          "them, it inits",
          "[postgres]")
{
    test::PgTestSchema schema;
    const QByteArray name = schema.name().toUtf8();
    pg::Connection& admin = schema.admin();
    REQUIRE(admin.exec("DO $$ BEGIN CREATE ROLE fd_t_reader LOGIN; "
                       "EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
    const QByteArray objects =
        "SELECT count(*) FROM pg_class WHERE relnamespace = '" + name + "'::regnamespace";

    // Without even the right to use the schema, the search_path names no schema for it.
    pg::Connection outsider = schema.connect(QStringLiteral("user=fd_t_reader"));
    const Status nowhere = pg::Schema::init(outsider);
    REQUIRE_FALSE(nowhere);
    CHECK(nowhere.error() ==
          QStringLiteral("The search_path of database “funneldesk_test” names no schema that "
                         "exists and that this user may use; create one, or set search_path, "
                         "then try again."));

    REQUIRE(admin.exec("GRANT USAGE ON SCHEMA " + name + " TO fd_t_reader"));
    pg::Connection reader = schema.connect(QStringLiteral("user=fd_t_reader"));
    const Status refused = pg::Schema::init(reader);
    REQUIRE_FALSE(refused);
    CHECK(refused.error() ==
          QStringLiteral("User “fd_t_reader” may not create tables in the database "
                         "“funneldesk_test” (schema “%1”); ask its administrator to GRANT CREATE "
                         "ON SCHEMA %1 TO fd_t_reader, or use a database of your own.")
              .arg(schema.name()));
    CHECK(countOf(admin, objects) == 0);

    // With the right to create in the schema, a role that is no superuser creates FunnelDesk's.
    REQUIRE(admin.exec("GRANT CREATE ON SCHEMA " + name + " TO fd_t_reader"));
    const Status created = pg::Schema::init(reader);
    INFO((created ? QString() : QString(created.error())).toStdString());
    CHECK(created);
    CHECK(pg::Schema::inspect(reader)->kind == Kind::FunnelDesk);
}

TEST_CASE("postgres schema: the refusal's GRANT quotes a schema and a user whose names need it, "
          "and works as given",
          "[postgres]")
{
    test::PgTestSchema schema{test::PgTestSchema::NeedingQuotes{}};
    const QString user = QStringLiteral("Fd.Reader-%1").arg(test::nextSchemaName());
    const QByteArray role = "\"" + user.toUtf8() + "\"";
    pg::Connection& admin = schema.admin();
    REQUIRE(admin.exec("CREATE ROLE " + role + " LOGIN"));
    REQUIRE(admin.exec("GRANT USAGE ON SCHEMA " + schema.name().toUtf8() + " TO " + role));
    {
        pg::Connection reader = schema.connect(QStringLiteral("user=") + user);
        const Status refused = pg::Schema::init(reader);
        REQUIRE_FALSE(refused);
        const QString sentence = refused.error();
        INFO(sentence.toStdString());
        const QString start = QStringLiteral("ask its administrator to ");
        const QString end = QStringLiteral(", or use a database of your own.");
        REQUIRE(sentence.contains(start));
        REQUIRE(sentence.endsWith(end));
        const int from = sentence.indexOf(start) + start.size();
        const QString grant = sentence.mid(from, sentence.size() - end.size() - from);
        CHECK(grant == QStringLiteral("GRANT CREATE ON SCHEMA %1 TO %2")
                           .arg(schema.name(), QString::fromUtf8(role)));
        REQUIRE(admin.exec(grant.toUtf8()));
    }
    CHECK(countOf(admin, "SELECT has_schema_privilege('" + user.toUtf8() + "', '" +
                             schema.name().mid(1, schema.name().size() - 2).toUtf8() +
                             "', 'CREATE')::int") == 1);
    REQUIRE(admin.exec("REVOKE ALL ON SCHEMA " + schema.name().toUtf8() + " FROM " + role));
    REQUIRE(admin.exec("DROP ROLE " + role));
}

TEST_CASE("postgres schema: every write bumps fd_change, once per statement", "[postgres]")
{
    test::PgTestSchema schema;
    pg::Connection conn = schema.initialised();
    const qint64 before = countOf(conn, "SELECT last_value FROM fd_change");
    REQUIRE(conn.exec("INSERT INTO agent (name) VALUES ('Ann'), ('Bob')"));
    const qint64 afterInsert = countOf(conn, "SELECT last_value FROM fd_change");
    CHECK(afterInsert == before + 1);
    REQUIRE(conn.exec(
        "UPDATE agent SET active = 0 WHERE name = 'Nobody'")); // no row, still a write statement
    CHECK(countOf(conn, "SELECT last_value FROM fd_change") == afterInsert + 1);
}

TEST_CASE("postgres schema: the summary triggers keep the same rows as SQLite's, step by step",
          "[postgres]")
{
    test::PgTestSchema schema;
    pg::Connection conn = schema.initialised();
    test::Scratch scratch;
    auto db = test::openSqliteFile(scratch.file(QStringLiteral("summaries.sqlite")));

    // 2026-03-10 09:00 UTC and the like; 23:30 UTC is the next local day in Berlin (R2).
    const std::vector<const char*> steps = {
        "INSERT INTO agent (id, name) VALUES (1, 'Ann')",
        "INSERT INTO customer (id, name, since, stage, stage_entered_at) VALUES "
        "(1, 'Acme', '2026-01-05', 'onboarding', 1767600000), (2, 'Beta', '2026-01-06', "
        "'retention', 1767600000), "
        "(3, 'Gamma', '2026-02-01', 'post_sales', 1767600000)",
        "INSERT INTO ticket (id, customer_id, subject, status, created_at) VALUES (1, 1, 'a', "
        "'new', 1773133200), "
        "(2, 1, 'b', 'open', 1773133200), (3, 1, 'c', 'solved', 1773133200), (4, 2, 'd', "
        "'pending', 1773133200), "
        "(5, 3, 'e', 'on_hold', 1773133200)",
        "INSERT INTO touchpoint (id, customer_id, kind, occurred_at, score, ticket_id) VALUES "
        "(1, 1, 'call', 1773133200, NULL, NULL), (2, 1, 'success_review', 1773185400, NULL, NULL), "
        "(3, 1, 'survey', 1773219600, 7, NULL), (4, 1, 'survey', 1773306000, 9, NULL), "
        "(5, 2, 'testimonial', 1773185400, NULL, NULL), (6, 2, 'email', 1773185399, NULL, 4), "
        "(7, 3, 'meetup', 1773133200, NULL, NULL), (8, 3, 'survey', 1773133200, NULL, NULL), "
        "(9, 1, 'email', 1773133200, NULL, 2)",
        "UPDATE ticket SET status = 'solved' WHERE id = 2",
        "UPDATE ticket SET status = 'open' WHERE id = 3",
        "UPDATE ticket SET customer_id = 2 WHERE id = 1",
        "UPDATE ticket SET status = 'on_hold', customer_id = 3 WHERE id = 3",
        "DELETE FROM ticket WHERE id = 4",
        "UPDATE customer SET stage = 'post_sales' WHERE id = 1",
        "UPDATE customer SET status = 'churned' WHERE id = 2",
        "UPDATE customer SET stage = 'advocacy' WHERE id = 2",
        "UPDATE customer SET stage = 'advocacy', status = 'active' WHERE id = 2",
        "UPDATE customer SET name = 'Acme Inc', stage = 'post_sales' WHERE id = 1",
        "UPDATE touchpoint SET score = 3 WHERE id = 4",
        "UPDATE touchpoint SET occurred_at = 1773271800, kind = 'referral' WHERE id = 1",
        "UPDATE touchpoint SET customer_id = 3 WHERE id = 2",
        "UPDATE touchpoint SET score = 10, kind = 'survey' WHERE id = 7",
        "DELETE FROM touchpoint WHERE id = 3",
        "DELETE FROM ticket WHERE id = 2",
        "INSERT INTO touchpoint (id, customer_id, kind, occurred_at) VALUES (10, 3, "
        "'success_review', 1773400000)",
        "DELETE FROM customer WHERE id = 3",
        "DELETE FROM touchpoint WHERE customer_id = 1",
    };
    const char* customers =
        "SELECT id, open_tickets, last_touch_at, last_review_at, last_advocacy_at, best_survey "
        "FROM customer ORDER BY id";
    const char* days =
        "SELECT day, stage, kind, touchpoints FROM touchpoint_day ORDER BY day, stage, kind";
    for (const char* step : steps) {
        execBoth(conn, *db, step);
        INFO("after " << step);
        CHECK(lines(rowsOf(conn, customers)) == lines(rowsOf(*db, customers)));
        CHECK(lines(rowsOf(conn, days)) == lines(rowsOf(*db, days)));
    }
    // The scenario reached what it is about: a count moved with its customer's moves (churned,
    // then active in another stage), counted on the local day (23:30 UTC is the next day in
    // Berlin), and the rows it left stay at zero, as on SQLite.
    const QStringList left = rowsOf(conn, days);
    CHECK(left.contains(QStringLiteral("2026-03-11|advocacy|testimonial|1")));
    CHECK(left.contains(QStringLiteral("2026-03-11|churned|testimonial|0")));
    CHECK_FALSE(left.contains(QStringLiteral("2026-03-10|retention|testimonial|0")));
    CHECK(rowsOf(conn, customers).size() == 2);
}

TEST_CASE("postgres schema: fd_nocase orders as SQLite's NOCASE, and text columns as its BINARY",
          "[postgres]")
{
    test::PgTestSchema schema;
    pg::Connection conn = schema.initialised();
    test::Scratch scratch;
    auto db = test::openSqliteFile(scratch.file(QStringLiteral("nocase.sqlite")));
    execBoth(
        conn, *db,
        "INSERT INTO agent (id, name) VALUES (1, 'bob'), (2, 'Álvaro'), (3, 'alice'), (4, 'Bo'), "
        "(5, 'zed'), (6, 'Zoë'), (7, 'émile'), (8, '_under'), (9, '[bracket'), (10, 'ALICIA'), "
        "(11, 'a b'), (12, 'Ab')");
    CHECK(lines(rowsOf(conn, "SELECT id FROM agent ORDER BY fd_nocase(name), id")) ==
          lines(rowsOf(*db, "SELECT id FROM agent ORDER BY name COLLATE NOCASE, id")));
    CHECK(lines(rowsOf(conn, "SELECT id FROM agent ORDER BY name, id")) ==
          lines(rowsOf(*db, "SELECT id FROM agent ORDER BY name, id")));
    // The unique index folds case as NOCASE does: 'BOB' is 'bob', 'álvaro' is not 'Álvaro'.
    CHECK_FALSE(conn.exec("INSERT INTO agent (id, name) VALUES (13, 'BOB')"));
    CHECK(conn.exec("INSERT INTO agent (id, name) VALUES (13, 'álvaro')"));
}

TEST_CASE("postgres schema: a database that does not store UTF-8 is refused in one sentence",
          "[postgres]")
{
    test::PgTestSchema schema; // only for the superuser connection
    const pg::Outcome<pg::Rows> exists =
        schema.admin().exec("SELECT count(*) FROM pg_database WHERE datname = 'fd_t_latin1'");
    REQUIRE(exists);
    if (exists->int64(0, 0) == 0) {
        REQUIRE(schema.admin().exec(
            "CREATE DATABASE fd_t_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' "
            "TEMPLATE template0"));
    }
    pg::Connection latin1 = test::pgConnect(QStringLiteral("dbname=fd_t_latin1"));
    const Status refused = pg::Schema::init(latin1);
    REQUIRE_FALSE(refused);
    CHECK(refused.error() ==
          QStringLiteral("The database “fd_t_latin1” (schema “public”) does not store text as "
                         "UTF-8, which FunnelDesk needs; create the database with ENCODING "
                         "'UTF8'."));
    CHECK(pg::Schema::inspect(latin1)->kind == Kind::Empty);
}
