// How the lists and search read on a server (issue 16, "Speed"): the customers list's orders
// and a stage's members walk an index alone, the tables they read are vacuumed after 1 % changed,
// and search finds what SQLite's FTS5 finds. The [postgres] cases run only through
// tests/pg/with-cluster.sh.
#include "storage/Database.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgSchema.h"
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

// R1: a small golden corpus. Each ticket is the subject and the description.
struct Document {
    int id;
    const char* subject;
    const char* description;
};
const Document kCorpus[] = {
    {1, "Café crème brûlée", "Naïve résumé on the façade"},
    {2, "Can't log in", "The user's password doesn't work"},
    {3, "snake_case_name in the config", "field user_id is null"},
    {4, "Error 404abc and abc123", "version2 beta3 x86_64"},
    {5, "Mail from anna.smith@example.com", "reply to support@funnel-desk.io"},
    {6, "Self-service portal", "e-mail re-open co-operate"},
    {7, "東京タワー の予約", "日本語のテキスト"},
    {8, "Straße nach Ærøskøbing", "Łódź Œuvre"},
    {9, "ÜBERWEISUNG failed", "überweisung fehlgeschlagen"},
    {10, "Größe 42", nullptr},
    {11, "Ελληνικά κείμενο", "Привет мир"},
    {12, "See https://example.com/path?x=1", "C:\\temp\\file.txt"},
    {13, "Version 1.2.3 and 3.14", "-5 degrees, +7 more"},
    {14, "Combining cafe\u0301 here", "NFD text"},
    {15, "Superscript m² and ½ cup", "circled ① item"},
    {16, "Don’t use curly apostrophes", "won't"},
    {17, "İstanbul ışık", "Ankara"},
    {18, "The ﬁle ligature", "ﬀ"},
    {19, "Ｆｕｌｌｗｉｄｔｈ letters", "１２３"},
    {20, "O'Brien", "tab\tseparated\nlines"}, // a subject is one line (018_text_rule.sql)
    {21, "Thanks🥲bye", "Ǡdam µs ſtay"},
};

// What the corpus is searched for: each is a rep's whole search text.
const char* const kQueries[] = {
    "cafe",        "CAFÉ",        "creme",
    "brul",        "naive",       "resume",
    "façade",      "can",         "t",
    "don",         "doesn",       "user",
    "snake",       "case",        "snake_case",
    "user_id",     "404",         "404abc",
    "abc",         "abc1",        "version2",
    "x86",         "64",          "anna",
    "anna.smith",  "example.com", "smith@example",
    "funnel",      "desk",        "io",
    "self",        "service",     "e-mail",
    "mail",        "re",          "open",
    "東京",        "タワー",      "日本",
    "の",          "strasse",     "straße",
    "aeroskobing", "ærø",         "lodz",
    "łódź",        "oeuvre",      "œuvre",
    "uber",        "ÜBER",        "Überweisung",
    "grosse",      "größe",       "gro",
    "ελλ",         "ΕΛΛΗΝΙΚΆ",    "привет",
    "ПРИВЕТ",      "https",       "path",
    "x",           "temp",        "file",
    "txt",         "1",           "2",
    "3",           "14",          "degrees",
    "5",           "7",           "cafe here",
    "m",           "cup",         "½",
    "circled",     "item",        "curly",
    "won",         "istanbul",    "ışık",
    "isik",        "ankara",      "fi",
    "ﬁle",         "ff",          "full",
    "ｆｕｌｌ",    "123",         "１２３",
    "tab",         "separated",   "lines",
    "brien",       "o'brien",     "nothing",
    "ca fé",       "e mail",      "thanks",
    "bye",         "adam",        "ǡ",
    "μs",          "stay",        "m²",
    "③",
};

// SQLite's answer: FTS5's own prefix query, as the tickets list asks it (TicketSearchTest),
// or "error" when FTS5 refuses the expression.
QString sqliteFinds(Database& db, const QString& search)
{
    const QString match = TicketListRepository::matchExpression(search);
    if (match.isEmpty())
        return {};
    QStringList ids;
    const Status read = db.guard([&] {
        auto q = db.query("SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?1 ORDER BY rowid");
        q->bind(1, match);
        while (q->step())
            ids << q->text(0);
    });
    return read ? ids.join(QLatin1Char(' ')) : QStringLiteral("error");
}

QString postgresFinds(pg::Connection& conn, const QString& search)
{
    const pg::Outcome<pg::Rows> rows =
        conn.exec("SELECT coalesce(string_agg(id::text, ' ' ORDER BY id), '') FROM ticket WHERE "
                  "search @@ fd_search_query($1)",
                  {search});
    INFO((rows ? QString() : rows.error().sentence).toStdString());
    REQUIRE(rows);
    return rows->text(0, 0);
}

} // namespace

TEST_CASE("postgres schema: the customers list's orders and a stage's members walk an index alone",
          "[postgres]")
{
    // An expression index serves an index-only scan only when it also holds the columns
    // inside the expression, and ASC NULLS FIRST only when it is built in that order
    // (002_list_order.sql). With sorts and table scans priced out, the planner shows which
    // index can give each order of CustomerListRepository (and MetricsRepository::members)
    // without reading the table: without 002 these were sorts, or index scans that read
    // every row.
    test::PgTestSchema schema;
    pg::Connection conn = schema.initialised();
    REQUIRE(conn.exec(
        "INSERT INTO customer (name, company, since, stage, stage_entered_at, last_touch_at) "
        "SELECT 'Name ' || i, CASE WHEN i % 3 = 0 THEN NULL ELSE 'Co ' || i % 7 END, "
        "DATE '2026-01-01', (ARRAY['onboarding', 'post_sales', 'retention', 'advocacy'])[1 + i % "
        "4], "
        "1700000000, CASE WHEN i % 5 = 0 THEN NULL ELSE i END FROM generate_series(1, 2000) AS i"));
    REQUIRE(conn.exec("VACUUM ANALYZE customer"));
    REQUIRE(conn.exec("SET enable_sort = off"));
    REQUIRE(conn.exec("SET enable_seqscan = off"));
    REQUIRE(conn.exec("SET enable_bitmapscan = off"));
    const auto walks = [&](const std::string& sql, const char* index) {
        const QString text = rowsOf(conn, ("EXPLAIN " + sql).c_str()).join(QLatin1Char('\n'));
        INFO(sql << "\n" << text.toStdString());
        CHECK(text.contains(QLatin1String("Index Only Scan")));
        CHECK(text.contains(QLatin1String(" using ") + QLatin1String(index) +
                            QLatin1String(" on customer")));
        CHECK_FALSE(text.contains(QLatin1String("Sort")));
    };
    for (const bool asc : {true, false}) {
        const std::string by = asc ? " ASC" : " DESC";
        const std::string nulls = asc ? " NULLS FIRST" : " NULLS LAST";
        walks("SELECT c.id FROM customer c ORDER BY fd_nocase(c.name)" + by + ", c.id" + by,
              "customer_name");
        walks("SELECT c.id FROM customer c ORDER BY fd_nocase(c.company)" + by + nulls + ", c.id" +
                  by,
              "customer_company");
        walks("SELECT c.id FROM customer c ORDER BY c.last_touch_at" + by + nulls + ", c.id" + by,
              "customer_last_touch");
        walks("SELECT c.id FROM customer c ORDER BY (CASE c.stage WHEN 'onboarding' THEN 0 WHEN "
              "'post_sales' THEN 1 "
              "WHEN 'retention' THEN 2 ELSE 3 END)" +
                  by + ", c.id" + by,
              "customer_funnel_order");
    }
    // A stage's members (MetricsRepository::members) read id, stage_entered_at and
    // last_touch_at of the customers of one stage and status: customer_stage holds them all,
    // so it can answer from the index alone. (Which index the planner picks for it on 2,000
    // rows is a matter of cost: the wider rows of schema 6 tipped it to another one, so the
    // index's columns are checked rather than a plan.)
    CHECK(rowsOf(conn,
                 "SELECT string_agg(a.attname, ' ' ORDER BY k.n) FROM pg_index i "
                 "CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n) "
                 "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
                 "WHERE i.indexrelid = 'customer_stage'::regclass") ==
          QStringList{QStringLiteral(
              "stage status stage_entered_at last_touch_at open_tickets last_review_at id")});
}

TEST_CASE("postgres schema: the tables the lists read from their indexes alone are vacuumed after "
          "1 % changed",
          "[postgres]")
{
    // An index-only scan skips only the pages VACUUM marked all-visible; with autovacuum's
    // defaults (20 % of the rows) a recompute that moved 5,000 of L's customers left the
    // customers list reading every row from the table, 244-367 ms instead of 46-88 ms
    // (013_autovacuum.sql). A bulk load keeps the tables, so their settings too.
    test::PgTestSchema schema;
    pg::Connection conn = schema.initialised();
    const auto options = [&](const char* table) {
        const QByteArray sql = QByteArray("SELECT unnest(reloptions) FROM pg_class WHERE oid = '") +
                               table + "'::regclass ORDER BY 1";
        return rowsOf(conn, sql.constData());
    };
    for (const char* table : {"customer", "ticket", "contact"}) {
        INFO(table);
        CHECK(options(table).contains(QStringLiteral("autovacuum_vacuum_scale_factor=0.01")));
    }
    for (const char* table : {"customer", "ticket", "contact", "touchpoint"}) {
        INFO(table);
        CHECK(
            options(table).contains(QStringLiteral("autovacuum_vacuum_insert_scale_factor=0.01")));
    }
}

TEST_CASE("postgres schema: search finds the same tickets as SQLite's FTS5, but for the "
          "differences listed",
          "[postgres]")
{
    test::PgTestSchema schema;
    pg::Connection conn = schema.initialised();
    test::Scratch scratch;
    auto db = test::openSqliteFile(scratch.file(QStringLiteral("search.sqlite")));
    execBoth(conn, *db,
             "INSERT INTO customer (id, name, since, stage_entered_at) VALUES (1, 'Acme', "
             "'2026-01-05', 0)");
    for (const Document& d : kCorpus) {
        const QString subject = QString::fromUtf8(d.subject);
        const QString description = d.description ? QString::fromUtf8(d.description) : QString();
        REQUIRE(conn.exec("INSERT INTO ticket (id, customer_id, subject, description, created_at) "
                          "VALUES ($1, 1, $2, $3, 0)",
                          {d.id, subject, d.description ? pg::Value(description) : pg::Value()}));
        REQUIRE(db->guard([&] {
            auto q =
                db->query("INSERT INTO ticket (id, customer_id, subject, description, created_at) "
                          "VALUES (?1, 1, ?2, ?3, 0)");
            q->bind(1, d.id);
            q->bind(2, subject);
            q->bind(3, description);
            q->exec();
        }));
    }

    QStringList differences;
    int found = 0;
    for (const char* query : kQueries) {
        const QString search = QString::fromUtf8(query);
        const QString onSqlite = sqliteFinds(*db, search);
        const QString onPostgres = postgresFinds(conn, search);
        found += onSqlite.isEmpty() ? 0 : 1;
        if (onSqlite != onPostgres)
            differences << QStringLiteral("%1: SQLite [%2], PostgreSQL [%3]")
                               .arg(search, onSqlite, onPostgres);
    }
    CHECK(found > 80); // the queries are about the corpus: most find something
    // The differences R1 could not close (PgSchema.h):
    // (A word with an underscore is two words on both: TicketListRepository::searchWords cuts
    // "snake_case" as the index does, so FTS5 no longer reads it as a phrase and refuses it.)
    // - SQLite's Unicode tables are older than ICU's: a character they do not know (an emoji
    //   of Unicode 13, a new mark or symbol) is a letter to FTS5, so "Thanks🥲bye" is one word
    //   there and two here;
    // - SQLite's diacritic table lacks a few Latin letters that decompose to a-z (ǡ, ẛ): here
    //   they lose their marks.
    const QStringList known = {
        QStringLiteral("bye: SQLite [], PostgreSQL [21]"),
        QStringLiteral("adam: SQLite [], PostgreSQL [21]"),
        QStringLiteral(
            "ǡ: SQLite [21], PostgreSQL [4 5 13 15 16 17 21]"), // every word that begins with a
    };
    CHECK(differences.join(QLatin1Char('\n')).toStdString() ==
          known.join(QLatin1Char('\n')).toStdString());
}
