// generate and import on PostgreSQL (issue 16: "COPY for bulk writes"; plan §2 #9, #34, R3, R6):
// the same seed or file writes the same rows and the same summaries as on SQLite, the
// sequences continue after the highest id, and a load stopped half-way leaves nothing. Tagged
// [postgres]: run through tests/pg/with-cluster.sh; each test has a schema of its own.
#include "common/Clock.h"
#include "csv/CsvExporter.h"
#include "csv/CsvImporter.h"
#include "csv/ImportMapping.h"
#include "demo/Generator.h"
#include "domain/Touchpoint.h"
#include "service/Migrate.h"
#include "storage/Database.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgSchema.h"
#include "storage/TouchpointRepository.h"
#include "support/PgTeam3.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QStringList>

#include <atomic>
#include <span>
#include <vector>

using namespace fd;

namespace {

GeneratorOptions tiny()
{
    GeneratorOptions options;
    options.customers = 60;
    options.tickets = 600;
    options.touchpoints = 3000;
    options.seed = 11;
    return options;
}

// FunnelDesk's schema in `schema`, opened as a Database through the server's Location.
std::unique_ptr<Database> openServer(test::PgTestSchema& schema)
{
    {
        pg::Connection conn = schema.connect();
        const Status created = pg::Schema::init(conn);
        INFO((created ? QString() : QString(created.error())).toStdString());
        REQUIRE(created);
    }
    auto opened = Database::open(schema.location(), Database::Options{});
    INFO((opened ? QString() : QString(opened.error())).toStdString());
    REQUIRE(opened);
    return std::move(*opened);
}

// Every row of `sql` as "a|b|c", NULL as "NULL".
QStringList rowsOf(Database& db, const char* sql)
{
    QStringList out;
    auto q = db.query(sql);
    while (q->step()) {
        QStringList cells;
        for (int c = 0; c < q->columnCount(); ++c)
            cells << (q->isNull(c) ? QStringLiteral("NULL") : q->text(c));
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

// Each of `frozen` (loaded frozen, then left alone) and `others` (not loaded frozen, or written
// after the load's ANALYZE) has pages and was vacuumed, not by autovacuum. Every page of `frozen`
// is marked all-visible and none of its rows counts as inserted since that VACUUM, which took
// no pass over its indexes. Whether `others`' pages are marked depends on the snapshots of other
// tests in the database (an autovacuum ANALYZE may still see their rows as new), so it is not
// asked.
void checkVacuumed(Database& db, std::initializer_list<const char*> frozen,
                   std::initializer_list<const char*> others)
{
    const auto of = [&](const char* what, const char* table, const char* from = "pg_class",
                        const char* key = "oid") {
        return db.scalar(std::string("SELECT ") + what + " FROM " + from + " WHERE " + key +
                         " = to_regclass('" + table + "')");
    };
    for (const char* table : frozen) {
        INFO(table);
        CHECK(of("relpages", table) > 0);
        CHECK(of("relallvisible", table) == of("relpages", table));
        CHECK(of("n_ins_since_vacuum", table, "pg_stat_user_tables", "relid") == 0);
        CHECK(of("count(last_vacuum)", table, "pg_stat_user_tables", "relid") == 1);
    }
    for (const char* table : others) {
        INFO(table);
        CHECK(of("count(last_vacuum)", table, "pg_stat_user_tables", "relid") == 1);
    }
}

} // namespace

TEST_CASE("migrate into a server leaves every table vacuumed (the owner's agent and its audit "
          "entry, written after the rows, too) and those loaded frozen marked",
          "[postgres][pgbulk]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("source.sqlite"));
    qint64 agents = 0;
    {
        auto file = test::openSqliteFile(path);
        REQUIRE(Generator::run(*file, tiny(), FixedClock(test::testNow())));
        agents = file->scalar("SELECT count(*) FROM agent");
    }
    test::PgTestSchema schema; // empty: migrate makes FunnelDesk's schema in it
    const auto migrated = service::Migrate::run(Location::file(path), schema.location());
    INFO((migrated ? QString() : QString(migrated.error())).toStdString());
    REQUIRE(migrated);
    auto server = Database::open(schema.location(), Database::Options{});
    REQUIRE(server);
    // The owner became an agent of its own, with its audit entry, after the rows were loaded.
    CHECK((*server)->scalar("SELECT count(*) FROM agent") == agents + 1);
    checkVacuumed(**server, {"customer", "ticket", "touchpoint"},
                  {"agent", "audit_log", "ticket_words", "customer_names"});
}

TEST_CASE("generate on PostgreSQL writes the rows and summaries SQLite writes for the same seed, "
          "and ids go on "
          "after the highest",
          "[postgres][pgbulk][pg-files]")
{
    test::PgTestSchema schema;
    auto server = openServer(schema);
    test::Scratch scratch;
    auto file = test::openDatabase(scratch.file(QStringLiteral("same-seed.sqlite")));
    const FixedClock clock(test::testNow());
    const GeneratorOptions options = tiny();
    const Status onServer = Generator::run(*server, options, clock);
    INFO((onServer ? QString() : QString(onServer.error())).toStdString());
    REQUIRE(onServer);
    REQUIRE(Generator::run(*file, options, clock));

    for (const char* table : {"agent", "customer", "contact", "ticket", "ticket_comment",
                              "touchpoint", "stage_transition", "canned_reply", "touchpoint_day"}) {
        INFO(table);
        const std::string count = std::string("SELECT count(*) FROM ") + table;
        CHECK(server->scalar(count) == file->scalar(count));
    }
    CHECK(server->scalar("SELECT count(*) FROM ticket") == 600);
    CHECK(server->scalar("SELECT count(*) FROM touchpoint") == 3000);
    // Vacuumed after the commit (BulkSession::vacuumAfterCommit): every page marked all-visible
    // at once, so index-only scans need not read the tables until autovacuum comes, and every
    // table counted vacuumed, whether it needed the whole VACUUM (agent, which migrate may update
    // after the rows) or only one without its indexes (customer, ticket and touchpoint, loaded
    // frozen with their summaries; ticket_words, filled by finish()).
    checkVacuumed(*server, {"customer", "ticket", "touchpoint"}, {"ticket_words", "agent"});
    // The owner's load writes the customers' summaries with their rows, never by an UPDATE
    // (the load's counts are the server's statistics by now: vacuumAfterCommit sent them).
    CHECK(server->scalar("SELECT n_tup_upd FROM pg_stat_user_tables WHERE relid = "
                         "'customer'::regclass") == 0);
    // The summaries the triggers keep, built in SQL on the server and in C++ for SQLite.
    const char* customers =
        "SELECT id, name, stage, status, open_tickets, last_touch_at, last_review_at, "
        "last_advocacy_at, best_survey FROM customer ORDER BY id";
    CHECK(rowsOf(*server, customers) == rowsOf(*file, customers));
    const char* days =
        "SELECT day, stage, kind, touchpoints FROM touchpoint_day ORDER BY day, stage, kind";
    CHECK(rowsOf(*server, days) == rowsOf(*file, days));
    CHECK(rowsOf(*server, days).size() > 50);
    // The rows themselves, texts with line breaks included, arrive through COPY as written.
    for (const char* sql :
         {"SELECT id, customer_id, subject, description, status, priority, channel, category, "
          "assignee_id, created_at, first_response_at, solved_at, csat FROM ticket ORDER BY id",
          "SELECT id, ticket_id, kind, author_agent_id, at, body FROM ticket_comment ORDER BY id",
          "SELECT id, customer_id, contact_id, kind, direction, occurred_at, agent_id, summary, "
          "ticket_id, score FROM touchpoint ORDER BY id",
          "SELECT id, customer_id, from_stage, to_stage, at, actor, reason FROM stage_transition "
          "ORDER BY id"}) {
        INFO(sql);
        CHECK(rowsOf(*server, sql) == rowsOf(*file, sql));
    }

    // A later ordinary write takes the next id after the generated ones, as on SQLite.
    pg::Connection conn = schema.connect();
    for (const char* table :
         {"customer", "ticket", "touchpoint", "stage_transition", "ticket_comment", "agent"}) {
        INFO(table);
        const auto next =
            conn.exec(QByteArray("SELECT nextval(pg_get_serial_sequence('") + table + "', 'id'))");
        REQUIRE(next);
        CHECK(next->int64(0, 0) == server->scalar(std::string("SELECT max(id) FROM ") + table) + 1);
    }
}

// The summaries on `db` against a count in SQL of its own rows, in its session's TimeZone.
static void checkSummariesRecounted(Database& db)
{
    const char* stored =
        "SELECT id, open_tickets, last_touch_at, last_review_at, last_advocacy_at, best_survey "
        "FROM customer ORDER BY id";
    const char* counted =
        "SELECT c.id, (SELECT count(*) FROM ticket t WHERE t.customer_id = c.id AND t.status IN "
        "('new', 'open', "
        "'pending', 'on_hold')), max(p.occurred_at), max(p.occurred_at) FILTER (WHERE p.kind = "
        "'success_review'), "
        "max(p.occurred_at) FILTER (WHERE p.kind IN ('testimonial', 'community_forum', 'meetup', "
        "'user_conference', "
        "'referral')), max(p.score) FILTER (WHERE p.kind = 'survey') FROM customer c "
        "LEFT JOIN touchpoint p ON p.customer_id = c.id GROUP BY c.id ORDER BY c.id";
    CHECK(rowsOf(db, stored) == rowsOf(db, counted));
    const char* days =
        "SELECT day, stage, kind, touchpoints FROM touchpoint_day ORDER BY day, stage, kind";
    const char* dayCount =
        "SELECT to_timestamp(p.occurred_at)::date, CASE c.status WHEN 'active' THEN c.stage "
        "ELSE 'churned' END, p.kind, count(*) FROM touchpoint p JOIN customer c "
        "ON c.id = p.customer_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
    CHECK(rowsOf(db, days) == rowsOf(db, dayCount));
    CHECK(rowsOf(db, days).size() > 50);
}

TEST_CASE("generate on PostgreSQL by a manager who does not own the tables, whose rows the "
          "triggers count as they go in, stores each customer's summaries once",
          "[postgres][pgbulk]")
{
    test::pgteam::Team3 team;
    // Empty of customers again, as generate asks (the team's agents stay), and of the day count
    // their touchpoint leaves at 0.
    pg::Connection owner = team.schema.connect();
    for (const char* sql :
         {"DELETE FROM ticket", "DELETE FROM customer", "DELETE FROM touchpoint_day"})
        REQUIRE(owner.exec(sql));
    OwnedDatabase boss = team.open(team.managerLogin);
    // Not the tables' owner: its load keeps the triggers on.
    REQUIRE(boss->scalar("SELECT pg_has_role(relowner, 'USAGE')::int FROM pg_class WHERE oid = "
                         "'customer'::regclass") == 0);
    const Status generated = Generator::run(*boss, tiny(), FixedClock(test::testNow()));
    INFO((generated ? QString() : QString(generated.error())).toStdString());
    REQUIRE(generated);
    // The triggers counted each open ticket; the generator's own count would double it.
    CHECK(boss->scalar("SELECT sum(open_tickets) FROM customer") > 0);
    checkSummariesRecounted(*boss);
}

TEST_CASE("generate on PostgreSQL copies the generator's summaries, which are the rows' own, in "
          "the team's time zone "
          "or another",
          "[postgres][pgbulk]")
{
    // The process runs in Europe/Berlin (tests' main); the team's zone is that, or one whose
    // days start at another instant (Asia/Kolkata, +05:30), whose touchpoint_day the server
    // counts itself.
    const char* zone = GENERATE("Europe/Berlin", "Asia/Kolkata");
    INFO(zone);
    test::PgTestSchema schema;
    {
        pg::Connection conn = schema.connect();
        REQUIRE(pg::Schema::init(conn));
        REQUIRE(
            conn.exec("UPDATE settings SET value = $1 WHERE key = $2",
                      {QString::fromLatin1(zone), QString::fromLatin1(pg::Schema::kTimeZoneKey)}));
    }
    auto opened = Database::open(schema.location(), Database::Options{});
    REQUIRE(opened);
    Database& server = **opened;
    REQUIRE(server.scalar("SELECT count(*) FROM settings WHERE key = 'team.time_zone'") == 1);
    const FixedClock clock(test::testNow());
    const Status generated = Generator::run(server, tiny(), clock);
    INFO((generated ? QString() : QString(generated.error())).toStdString());
    REQUIRE(generated);
    checkSummariesRecounted(server);
}

TEST_CASE("generate on PostgreSQL stopped half-way leaves nothing behind", "[postgres][pgbulk]")
{
    test::PgTestSchema schema;
    auto server = openServer(schema);
    const FixedClock clock(test::testNow());
    GeneratorOptions options = tiny();
    options.customers = 1500; // two batches: the first is written before the stop
    options.tickets = 2000;
    options.touchpoints = 5000;
    std::atomic_bool cancel = false;
    qint64 writtenBeforeStop = 0;
    const Status result = Generator::run(
        *server, options, clock,
        [&](qint64 done, qint64) {
            writtenBeforeStop = done;
            cancel = true;
        },
        &cancel);
    REQUIRE_FALSE(result);
    CHECK(result.error() == QStringLiteral("Generating was cancelled; nothing was written."));
    CHECK(writtenBeforeStop > 0);
    for (const char* table : {"agent", "customer", "contact", "ticket", "ticket_comment",
                              "touchpoint", "stage_transition", "canned_reply", "touchpoint_day"}) {
        INFO(table);
        CHECK(server->scalar(std::string("SELECT count(*) FROM ") + table) == 0);
    }
    // Indexes and triggers are back: a second generate runs, and keeps its summaries.
    pg::Connection conn = schema.connect();
    const auto indexes =
        conn.exec("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()");
    REQUIRE(indexes);
    CHECK(indexes->int64(0, 0) > 30);
    REQUIRE(Generator::run(*server, tiny(), clock));
    CHECK(server->scalar("SELECT count(*) FROM customer WHERE last_touch_at IS NOT NULL") > 0);
}

namespace {

Result<ImportSummary> importInto(Database& db, ImportMapping::Entity entity, const QByteArray& csv)
{
    QByteArray data = csv;
    QBuffer in(&data);
    in.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.entity = entity;
    return CsvImporter(db, FixedClock(test::testNow())).run(in, QStringLiteral("in.csv"), options);
}

QByteArray exportOf(Database& db, CsvExporter::Entity entity)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const auto rows = CsvExporter::write(db, entity, out, {});
    REQUIRE(rows);
    return out.data();
}

} // namespace

TEST_CASE("import on PostgreSQL, into an empty database and then into one with data, writes what "
          "SQLite writes",
          "[postgres][pgbulk][pg-files]")
{
    test::Scratch scratch;
    const FixedClock clock(test::testNow());
    auto source = test::openDatabase(scratch.file(QStringLiteral("source.sqlite")));
    REQUIRE(Generator::run(*source, tiny(), clock));
    const QByteArray customers = exportOf(*source, CsvExporter::Entity::Customers);
    const QByteArray tickets = exportOf(*source, CsvExporter::Entity::Tickets);

    test::PgTestSchema schema;
    auto server = openServer(schema);
    auto file = test::openDatabase(scratch.file(QStringLiteral("target.sqlite")));
    const char* summaries =
        "SELECT id, name, stage, status, open_tickets, last_touch_at, last_review_at, "
        "last_advocacy_at, best_survey FROM customer ORDER BY id";
    const char* days =
        "SELECT day, stage, kind, touchpoints FROM touchpoint_day ORDER BY day, stage, kind";
    const char* ticketRows =
        "SELECT id, customer_id, subject, description, status, created_at, solved_at, csat "
        "FROM ticket ORDER BY id";
    // Empty: the bulk path. Then with data: row by row, ids planned past the highest.
    for (const auto& [entity, csv] : {std::pair{ImportMapping::Entity::Customers, customers},
                                      std::pair{ImportMapping::Entity::Tickets, tickets}}) {
        const auto onServer = importInto(*server, entity, csv);
        INFO((onServer ? QString() : QString(onServer.error())).toStdString());
        REQUIRE(onServer);
        REQUIRE(importInto(*file, entity, csv));
        CHECK(rowsOf(*server, summaries) == rowsOf(*file, summaries));
        CHECK(rowsOf(*server, days) == rowsOf(*file, days));
        CHECK(rowsOf(*server, ticketRows) == rowsOf(*file, ticketRows));
    }
    CHECK(server->scalar("SELECT count(*) FROM ticket") == 600);
    // After the row-by-row import the sequences are past its ids too.
    pg::Connection conn = schema.connect();
    const auto next = conn.exec("SELECT nextval(pg_get_serial_sequence('ticket', 'id'))");
    REQUIRE(next);
    CHECK(next->int64(0, 0) == server->scalar("SELECT max(id) FROM ticket") + 1);
}

TEST_CASE("insertRows on PostgreSQL sends a batch through COPY: texts arrive as written, and a "
          "refused row is "
          "named by its number",
          "[postgres][pgbulk]")
{
    test::PgTestSchema schema;
    auto server = openServer(schema);
    REQUIRE(server->guard([&] {
        server->execute("INSERT INTO customer (id, name, since, stage_entered_at) VALUES "
                        "(1, 'Acme', '2026-01-05', 0)");
    }));
    std::vector<Touchpoint> rows(20);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].customerId = 1;
        rows[i].kind = TouchpointKind::Phone;
        rows[i].occurredAt = QDateTime::fromSecsSinceEpoch(1773133200 + qint64(i), Qt::UTC);
        rows[i].summary = QStringLiteral("line %1\nback\\slash\ttab\r\\N").arg(i);
    }
    REQUIRE(server->guard(
        [&] { TouchpointRepository(*server).insert(std::span<const Touchpoint>(rows)); }));
    CHECK(server->scalar("SELECT count(*) FROM touchpoint") == 20);
    CHECK(rowsOf(*server, "SELECT summary FROM touchpoint WHERE occurred_at = 1773133207") ==
          QStringList{QStringLiteral("line 7\nback\\slash\ttab\r\\N")});
    // The summary triggers ran for every row, as for INSERTs.
    CHECK(server->scalar("SELECT last_touch_at FROM customer WHERE id = 1") == 1773133219);

    rows[12].score = 11; // out of the column's CHECK (0 to 10): row 13 is refused as it arrives
    const Status refused = server->guard(
        [&] { TouchpointRepository(*server).insert(std::span<const Touchpoint>(rows)); });
    REQUIRE_FALSE(refused);
    INFO(QString(refused.error()).toStdString());
    CHECK(QString(refused.error())
              .contains(QStringLiteral("row 13 of the rows copied into “touchpoint”")));
    CHECK(server->scalar("SELECT count(*) FROM touchpoint") == 20);
}
