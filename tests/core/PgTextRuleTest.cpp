// The server keeps the text rule against a rep's raw SQL (storage/postgres/migrations/
// 018_text_rule.sql; issue 17 hostile pass, second round): one-line fields refuse control
// characters, line breaks, separators, bidi controls and invisible characters; text of several
// lines keeps its line breaks and tabs but refuses the rest of the controls and the bidi
// embeddings, overrides and isolates. An upgrade over rows that break the rule does not fail:
// their constraint stays NOT VALID and `check` names them. [postgres]: run only through
// tests/pg/with-cluster.sh.
#include "service/Maintenance.h"
#include "service/Team.h"
#include "storage/Database.h"
#include "storage/postgres/PgSchema.h"
#include "support/PgOldSchema.h"
#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

// The SQLSTATE of `sql` run by `conn` ("" when it went through).
QByteArray stateOf(pg::Connection& conn, const QByteArray& sql, const QString& value)
{
    const auto done = conn.exec(sql, {pg::Value(value)});
    return done ? QByteArray() : QByteArray(done.error().sqlState);
}

// check's problems on `db`, one per line; fails the test when check cannot run.
QString problemsOf(Database& db)
{
    const Result<QStringList> problems = service::Maintenance(db).check();
    INFO((problems ? QString() : QString(problems.error())).toStdString());
    REQUIRE(problems);
    return problems->join(QLatin1Char('\n'));
}

// The sentence check gives for one row of customer that breaks the name's rule, up to its ids.
QString customerNameFault()
{
    return QStringLiteral("1 rows of “customer” hold characters FunnelDesk's text rule refuses "
                          "(constraint “fd_text_customer_name”; ids ");
}

} // namespace

TEST_CASE("postgres text rule: a rep's raw SQL cannot store a line break in a name or a subject, "
          "nor an ESC or a "
          "bidi override anywhere",
          "[postgres][security]")
{
    test::PgTestSchema schema;
    pg::Connection owner = schema.initialised();
    const QString rep = schema.name() + QStringLiteral("_rep");
    {
        auto db = Database::open(schema.location(), Database::Options{});
        REQUIRE(db);
        REQUIRE(Team(**db).addLogin(rep, QStringLiteral("Rae Rep"), AgentRole::Rep, std::nullopt));
    }
    REQUIRE(owner.exec(
        "INSERT INTO customer (name, since, stage_entered_at) VALUES ('Acme', date '2026-01-02', "
        "1767312000)"));
    REQUIRE(owner.exec(
        "INSERT INTO ticket (customer_id, subject, created_at) SELECT id, 'Login', 1767312000 FROM "
        "customer"));
    pg::Connection raw = schema.connect(QStringLiteral("user=") + rep);
    const QString esc = QStringLiteral("Red \x1b[31m");
    const QString rlo = QStringLiteral("txt") + QChar(0x202E) + QStringLiteral("exe");
    CHECK(stateOf(raw, "UPDATE customer SET name = $1", QStringLiteral("Acme\nAlso: Bob")) ==
          "23514");
    CHECK(stateOf(raw, "UPDATE customer SET company = $1", QStringLiteral("A\tB")) == "23514");
    CHECK(stateOf(raw, "UPDATE customer SET name = $1",
                  QStringLiteral("Ac") + QChar(0x200B) + QStringLiteral("me")) == "23514");
    CHECK(stateOf(raw, "UPDATE ticket SET subject = $1",
                  QStringLiteral("Login") + QChar(0x2028) + QStringLiteral("x")) == "23514");
    CHECK(stateOf(raw, "UPDATE ticket SET subject = $1", QStringLiteral("Login\r")) == "23514");
    CHECK(stateOf(raw, "UPDATE ticket SET description = $1", esc) == "23514");
    CHECK(stateOf(raw, "UPDATE ticket SET description = $1", rlo) == "23514");
    CHECK(stateOf(raw, "UPDATE customer SET notes = $1", QStringLiteral("x") + QChar(0x85)) ==
          "23514");
    // Text of several lines keeps its line breaks and tabs; a one-line field its joiners.
    CHECK(stateOf(raw, "UPDATE ticket SET description = $1", QStringLiteral("one\r\n\ttwo"))
              .isEmpty());
    CHECK(stateOf(raw, "UPDATE customer SET notes = $1", QStringLiteral("call\nfirst")).isEmpty());
    CHECK(stateOf(raw, "UPDATE customer SET name = $1",
                  {QStringLiteral("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")})
              .isEmpty());
    // On a new schema every text constraint is validated.
    CHECK(test::pgNumber(owner, "SELECT count(*) FROM pg_constraint WHERE connamespace = "
                                "current_schema()::regnamespace "
                                "AND conname LIKE 'fd\\_text\\_%' AND NOT convalidated") == 0);
    CHECK(test::pgNumber(owner, "SELECT count(*) FROM pg_constraint WHERE connamespace = "
                                "current_schema()::regnamespace "
                                "AND conname LIKE 'fd\\_text\\_%'") == 19);
}

TEST_CASE("postgres text rule: an upgrade over rows that break the rule succeeds, keeps them, and "
          "check names them",
          "[postgres][upgrade][security]")
{
    test::OldSchema old;
    test::makeOld(old, 9);
    {
        pg::Connection conn = old.schema.connect(QStringLiteral("user=") + old.owner);
        REQUIRE(conn.exec("UPDATE customer SET name = 'Customer 3' || chr(10) || 'Also: Bob' WHERE "
                          "name = 'Customer 3'"));
        REQUIRE(conn.exec("UPDATE ticket SET description = 'red' || chr(27) || '[31m' WHERE id = "
                          "(SELECT min(id) FROM "
                          "ticket)"));
    }
    auto opened = Database::open(old.schema.location(QStringLiteral("user=") + old.owner),
                                 Database::Options{});
    INFO((opened ? QString() : QString(opened.error())).toStdString());
    REQUIRE(opened);
    pg::Connection conn = old.schema.connect();
    CHECK(test::pgNumber(conn, "SELECT version FROM fd_meta") == pg::Schema::kVersion);
    CHECK(test::pgNumber(
              conn,
              "SELECT count(*) FROM customer WHERE name LIKE 'Customer 3' || chr(10) || '%'") == 1);
    const auto loose = conn.exec(
        "SELECT string_agg(conname, ' ' ORDER BY conname) FROM pg_constraint WHERE "
        "connamespace = current_schema()::regnamespace AND conname LIKE 'fd\\_text\\_%' AND "
        "NOT convalidated");
    REQUIRE(loose);
    CHECK(loose->text(0, 0) == QStringLiteral("fd_text_customer_name fd_text_ticket_description"));

    const QString all = problemsOf(**opened);
    INFO(all.toStdString());
    CHECK(all.contains(customerNameFault()));
    CHECK(all.contains(QStringLiteral("(constraint “fd_text_ticket_description”; ids ")));
    // New rows keep the rule all the same.
    CHECK(stateOf(conn, "UPDATE customer SET name = $1 WHERE name = 'Customer 4'",
                  QStringLiteral("A\nB")) == "23514");
}

TEST_CASE("postgres text rule: in a schema whose name needs quotes, init validates the rule, the "
          "team works, and check names the rows that break it",
          "[postgres][security]")
{
    // 018_text_rule.sql read the schema as current_schema()::regnamespace, which folds
    // "Q.t_1" to a schema q.t_1 that does not exist: init failed in such a schema.
    test::PgTestSchema schema{test::PgTestSchema::NeedingQuotes{}};
    pg::Connection conn = schema.initialised();
    REQUIRE(pg::Team::claimOwner(conn));
    CHECK(test::pgNumber(conn, "SELECT count(*) FROM pg_constraint WHERE connamespace = "
                               "to_regnamespace(quote_ident(current_schema())) AND conname LIKE "
                               "'fd\\_text\\_%' AND NOT convalidated") == 0);
    auto opened = Database::open(schema.location(), Database::Options{});
    INFO((opened ? QString() : QString(opened.error())).toStdString());
    REQUIRE(opened);
    const QString sam = test::nextSchemaName() + QStringLiteral("_sam");
    const Result<qint64> added =
        Team(**opened).addLogin(sam, QStringLiteral("Sam Roe"), AgentRole::Rep, std::nullopt);
    INFO((added ? QString() : QString(added.error())).toStdString());
    CHECK(added);
    CHECK(problemsOf(**opened).toStdString() == "");

    // A row stored before the rule, as an upgrade leaves it: the constraint NOT VALID.
    REQUIRE(conn.exec("ALTER TABLE customer DROP CONSTRAINT fd_text_customer_name"));
    REQUIRE(conn.exec("INSERT INTO customer (name, email, since, status, stage, stage_entered_at) "
                      "VALUES ('A' || chr(10) || 'B', 'ab@example.com', date '2026-01-01', "
                      "'active', 'onboarding', 1767225600)"));
    REQUIRE(conn.exec("ALTER TABLE customer ADD CONSTRAINT fd_text_customer_name CHECK "
                      "(fd_text_line(name)) NOT VALID"));
    const QString all = problemsOf(**opened);
    INFO(all.toStdString());
    CHECK(all.contains(customerNameFault()));
    (void)schema.admin().exec("DROP ROLE IF EXISTS " + sam.toUtf8());
}
