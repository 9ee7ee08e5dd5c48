// pg::Copy (storage/postgres/PgCopy.h) against a throwaway cluster: what COPY's text format
// must escape arrives unchanged, NULL stays NULL, and a refused row or an abandoned copy
// writes nothing and leaves the connection usable. Tagged [postgres]: run through
// tests/pg/with-cluster.sh; each test has a schema of its own.
#include "storage/postgres/PgCopy.h"
#include "storage/postgres/PgConnection.h"
#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <string_view>

using namespace fd;

namespace {

constexpr std::array<std::string_view, 4> kColumns = {"id", "words", "amount", "ratio"};

pg::Connection tableIn(test::PgTestSchema& schema)
{
    pg::Connection conn = schema.connect();
    REQUIRE(conn.exec("CREATE TABLE sample (id bigint PRIMARY KEY, words text, amount bigint, "
                      "ratio double precision)"));
    return conn;
}

qint64 countRows(pg::Connection& conn)
{
    const auto rows = conn.exec("SELECT count(*) FROM sample");
    REQUIRE(rows);
    return rows->int64(0, 0);
}

} // namespace

TEST_CASE(
    "COPY sends backslashes, tabs, newlines and carriage returns as they are, and NULL as NULL",
    "[postgres][copy]")
{
    test::PgTestSchema schema;
    pg::Connection conn = tableIn(schema);
    const std::array<std::string, 9> texts = {
        "plain",
        "back\\slash and \\N and \\.",
        "tab\there",
        "line\nbreak",
        "carriage\rreturn\r\n",
        "\\",
        "",
        "Ünïcödé – 日本語 ✓",
        "\\.",
    };
    auto copy = pg::Copy::start(conn, "sample", kColumns);
    INFO((copy ? std::string() : copy.error().sentence.toStdString()));
    REQUIRE(copy);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        copy->number(qint64(i + 1));
        copy->text(texts[i]);
        copy->number(-9'000'000'000'000'000'000LL + qint64(i));
        copy->real(0.1 * double(i));
        copy->endRow();
    }
    copy->number(100); // a row of NULLs
    copy->null();
    copy->null();
    copy->null();
    copy->endRow();
    const auto done = copy->finish();
    INFO((done ? std::string() : done.error().sentence.toStdString()));
    REQUIRE(done);
    CHECK(*done == qint64(texts.size() + 1));

    const auto rows = conn.exec("SELECT id, words, amount, ratio FROM sample ORDER BY id");
    REQUIRE(rows);
    REQUIRE(rows->count() == int(texts.size() + 1));
    for (int r = 0; r < int(texts.size()); ++r) {
        INFO("row " << r);
        CHECK(rows->text(r, 1).toStdString() == texts[std::size_t(r)]);
        CHECK_FALSE(rows->isNull(r, 1));
        CHECK(rows->int64(r, 2) == -9'000'000'000'000'000'000LL + r);
        CHECK(rows->text(r, 3).toDouble() == 0.1 * double(r));
    }
    CHECK(rows->isNull(int(texts.size()), 1));
    CHECK(rows->isNull(int(texts.size()), 2));
    CHECK(rows->isNull(int(texts.size()), 3));
}

TEST_CASE("COPY sends many rows in pieces", "[postgres][copy]")
{
    test::PgTestSchema schema;
    pg::Connection conn = tableIn(schema);
    auto copy = pg::Copy::start(conn, "sample", kColumns);
    REQUIRE(copy);
    const std::string words(300, 'x'); // about 20 MB in all: many flushes
    constexpr qint64 kRows = 60'000;
    for (qint64 i = 1; i <= kRows; ++i) {
        copy->number(i);
        copy->text(words);
        copy->number(i * 2);
        copy->null();
        copy->endRow();
    }
    const auto done = copy->finish();
    REQUIRE(done);
    CHECK(*done == kRows);
    const auto sum =
        conn.exec("SELECT sum(amount), min(length(words)), max(length(words)) FROM sample");
    REQUIRE(sum);
    CHECK(sum->int64(0, 0) == kRows * (kRows + 1));
    CHECK(sum->int64(0, 1) == 300);
    CHECK(sum->int64(0, 2) == 300);
}

TEST_CASE(
    "A row the server refuses fails the whole COPY in one sentence naming the row and the table",
    "[postgres][copy]")
{
    test::PgTestSchema schema;
    pg::Connection conn = tableIn(schema);
    auto copy = pg::Copy::start(conn, "sample", kColumns);
    REQUIRE(copy);
    for (qint64 id : {1, 2, 2, 4}) { // row 3 repeats a key
        copy->number(id);
        copy->text("x");
        copy->null();
        copy->null();
        copy->endRow();
    }
    const auto done = copy->finish();
    REQUIRE_FALSE(done);
    const QString sentence = done.error().sentence;
    INFO(sentence.toStdString());
    CHECK(sentence.contains(QStringLiteral("refused row 3 of the rows copied into “sample”")));
    CHECK(sentence.contains(QStringLiteral("SQLSTATE 23505")));
    CHECK(sentence.endsWith(QLatin1Char('.')));
    CHECK(sentence.count(QLatin1Char('\n')) == 0);
    CHECK(done.error().sqlState == "23505");
    CHECK_FALSE(done.error().connectionLost);
    CHECK(countRows(conn) == 0); // nothing written, and the connection answers
}

TEST_CASE("A COPY into a table that is not there is refused in one sentence", "[postgres][copy]")
{
    test::PgTestSchema schema;
    pg::Connection conn = tableIn(schema);
    const auto copy = pg::Copy::start(conn, "missing", kColumns);
    REQUIRE_FALSE(copy);
    INFO(copy.error().sentence.toStdString());
    CHECK(copy.error().sqlState == "42P01");
    CHECK(copy.error().sentence.contains(QStringLiteral("“missing”")));
    CHECK(countRows(conn) == 0);
}

TEST_CASE("A COPY given up without finish() writes nothing, inside a transaction or not",
          "[postgres][copy]")
{
    test::PgTestSchema schema;
    pg::Connection conn = tableIn(schema);
    {
        auto copy = pg::Copy::start(conn, "sample", kColumns);
        REQUIRE(copy);
        copy->number(1);
        copy->text("never");
        copy->null();
        copy->null();
        copy->endRow();
    }
    CHECK(countRows(conn) == 0);

    REQUIRE(conn.exec("BEGIN"));
    {
        auto copy = pg::Copy::start(conn, "sample", kColumns);
        REQUIRE(copy);
        copy->number(2);
        copy->text("never either");
        copy->null();
        copy->null();
        copy->endRow();
    }
    CHECK_FALSE(conn.exec("SELECT 1")); // the transaction is failed, as after any error
    REQUIRE(conn.exec("ROLLBACK"));
    CHECK(countRows(conn) == 0);
}
