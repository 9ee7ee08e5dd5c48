// pg::Copy (storage/postgres/PgCopy.h) against a throwaway cluster, in both of its formats (binary
// when every column's type is one it writes, text when one is not: here a numeric column): what
// COPY's text format must escape arrives unchanged, NULL stays NULL, every type FunnelDesk's
// tables use arrives in binary as its text would, and a refused row, a value not of its column's
// type or an abandoned copy writes nothing and leaves the connection usable. Tagged [postgres]: run
// through tests/pg/with-cluster.sh; each test has a schema of its own.
#include "storage/postgres/PgCopy.h"
#include "storage/postgres/PgConnection.h"
#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstring>
#include <string>
#include <string_view>

using namespace fd;

namespace {

constexpr std::array<std::string_view, 4> kColumns = {"id", "words", "amount", "ratio"};

// `sample`, whose ratio is a double precision (binary format) or a numeric (text format).
pg::Connection tableIn(test::PgTestSchema& schema, bool binary = true)
{
    pg::Connection conn = schema.connect();
    REQUIRE(conn.exec(QByteArray("CREATE TABLE sample (id bigint PRIMARY KEY, words text, amount "
                                 "bigint, ratio ") +
                      (binary ? "double precision)" : "numeric)")));
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
    const bool binary = GENERATE(true, false);
    INFO((binary ? "binary" : "text") << " format");
    test::PgTestSchema schema;
    pg::Connection conn = tableIn(schema, binary);
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
    CHECK(copy->binary() == binary);
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
    const bool binary = GENERATE(true, false);
    test::PgTestSchema schema;
    pg::Connection conn = tableIn(schema, binary);
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
    const bool binary = GENERATE(true, false);
    test::PgTestSchema schema;
    pg::Connection conn = tableIn(schema, binary);
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

TEST_CASE("In binary format each type FunnelDesk's tables use arrives as its text would",
          "[postgres][copy]")
{
    test::PgTestSchema schema;
    pg::Connection conn = schema.connect();
    REQUIRE(conn.exec("CREATE TABLE typed (a bigint, b integer, c smallint, d double precision, "
                      "e boolean, f date, g text, h varchar(20), i jsonb, j tsvector)"));
    constexpr std::array<std::string_view, 10> columns = {"a", "b", "c", "d", "e",
                                                          "f", "g", "h", "i", "j"};
    // Each row's values as FunnelDesk gives them; the server's text input reads the same.
    const std::array<std::array<const char*, 10>, 3> rows = {{
        {"-9000000000000000000", "2147483647", "-32768", "0.1", "t", "2026-03-15", "Ünï\tcode",
         "short", R"({"b": [1, 2], "a": "x"})", "beta alpha beta 42"},
        {"0", "-2147483648", "32767", "-1e+300", "false", "1970-01-01", "", "", "[]", ""},
        {"7", "0", "0", "3", "1", "9999-12-31", "line\nbreak", "v", "null", "zeta"},
    }};
    auto copy = pg::Copy::start(conn, "typed", columns);
    REQUIRE(copy);
    CHECK(copy->binary());
    for (const auto& row : rows) {
        for (const char* value : row)
            copy->text(value);
        copy->endRow();
    }
    const auto done = copy->finish();
    INFO((done ? std::string() : done.error().sentence.toStdString()));
    REQUIRE(done);
    CHECK(*done == 3);
    // The same values read by the server's text input, row by row.
    for (std::size_t r = 0; r < rows.size(); ++r) {
        INFO("row " << r + 1);
        QByteArray values;
        for (const char* value : rows[r]) {
            values += values.isEmpty() ? "" : ", ";
            values += "'" + QByteArray(value).replace("'", "''") + "'";
        }
        const auto same = conn.exec(
            "SELECT count(*) FROM typed t, (VALUES (" + values +
            ")) AS v(a, b, c, d, e, f, g, h, i, j) WHERE (t.a, t.b, t.c, t.d, t.e, t.f, t.g, "
            "t.h, t.i, t.j) = (v.a::bigint, v.b::integer, v.c::smallint, v.d::double precision, "
            "v.e::boolean, v.f::date, v.g, v.h, v.i::jsonb, v.j::tsvector)");
        REQUIRE(same);
        CHECK(same->int64(0, 0) == 1);
    }
}

TEST_CASE("A value that is not of its column's type ends a binary COPY in one sentence naming "
          "its row and column",
          "[postgres][copy]")
{
    test::PgTestSchema schema;
    pg::Connection conn = tableIn(schema);
    auto copy = pg::Copy::start(conn, "sample", kColumns);
    REQUIRE(copy);
    REQUIRE(copy->binary());
    for (const char* amount : {"1", "twelve", "3"}) {
        copy->number(qint64(std::strlen(amount)));
        copy->text("x");
        copy->text(amount);
        copy->null();
        copy->endRow();
    }
    const auto done = copy->finish();
    REQUIRE_FALSE(done);
    const QString sentence = done.error().sentence;
    INFO(sentence.toStdString());
    CHECK(sentence == QStringLiteral("Row 2 of the rows copied into “sample” holds “twelve” in its "
                                     "column amount, which is no bigint."));
    CHECK(done.error().sqlState == "22P02");
    CHECK_FALSE(done.error().connectionLost);
    CHECK(countRows(conn) == 0); // nothing written, and the connection answers

    // A number given as a number, out of its integer column's range.
    REQUIRE(conn.exec("CREATE TABLE small (n integer)"));
    constexpr std::array<std::string_view, 1> n = {"n"};
    auto tooBig = pg::Copy::start(conn, "small", n);
    REQUIRE(tooBig);
    REQUIRE(tooBig->binary());
    tooBig->number(2147483647);
    tooBig->endRow();
    tooBig->number(2147483648);
    tooBig->endRow();
    const auto refused = tooBig->finish();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().sentence ==
          QStringLiteral("Row 2 of the rows copied into “small” holds “2147483648” in its column "
                         "n, which is no integer."));
    const auto none = conn.exec("SELECT count(*) FROM small");
    REQUIRE(none);
    CHECK(none->int64(0, 0) == 0);

    // A date only as YYYY-MM-DD of the years 1 to 9999: the text input refuses a sign, so a
    // negative year must not become a date BC (hostile review).
    REQUIRE(conn.exec("CREATE TABLE dated (d date)"));
    constexpr std::array<std::string_view, 1> d = {"d"};
    for (const char* day : {"-001-01-01", "2024-1-05", "2024-01-5x", "2024-02-30"}) {
        INFO(day);
        auto dated = pg::Copy::start(conn, "dated", d);
        REQUIRE(dated);
        dated->text("2026-03-15");
        dated->endRow();
        dated->text(day);
        dated->endRow();
        const auto refusedDay = dated->finish();
        REQUIRE_FALSE(refusedDay);
        CHECK(refusedDay.error().sentence.endsWith(QStringLiteral("which is no date.")));
        const auto noDay = conn.exec("SELECT count(*) FROM dated");
        REQUIRE(noDay);
        CHECK(noDay->int64(0, 0) == 0);
    }
}
