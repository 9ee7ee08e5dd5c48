#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>

#include <cstring>
#include <random>
#include <vector>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

struct Parsed {
    QList<QStringList> rows;
    QList<qint64> lines; // where each record started
    QString error;
};

// Chunk sizes that put every byte of a short input at a chunk edge, and the real one.
constexpr qsizetype kDefaultChunk = CsvReader::Options().chunkSize;

Parsed readAll(const QByteArray& bytes, qsizetype chunkSize = kDefaultChunk,
               qsizetype maxFieldBytes = CsvReader::Options().maxFieldBytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.chunkSize = chunkSize;
    options.maxFieldBytes = maxFieldBytes;
    CsvReader reader(buffer, QStringLiteral("t.csv"), options);
    Parsed parsed;
    QStringList row;
    for (;;) {
        const auto more = reader.next(row);
        if (!more) {
            parsed.error = more.error();
            // An error is final: asking again repeats it.
            const auto again = reader.next(row);
            CHECK_FALSE(again.has_value());
            if (!again)
                CHECK(again.error() == parsed.error);
            return parsed;
        }
        if (!*more)
            return parsed;
        parsed.rows << row;
        parsed.lines << reader.recordLine();
    }
}

// "a|b;c" is two rows: [a] and [b, c]; "~" stands for an empty row list.
QList<QStringList> rowsOf(const char* text)
{
    QList<QStringList> rows;
    const QString all = QString::fromUtf8(text);
    if (all == u"~")
        return rows;
    for (const QString& row : all.split(QLatin1Char('|')))
        rows << row.split(QLatin1Char(';'));
    return rows;
}

} // namespace

TEST_CASE("CSV records are read whatever the line ends, quotes and chunk edges", "[csv]")
{
    const auto [input, expected] = GENERATE(table<const char*, const char*>({
        {"a,b,c\r\n1,2,3\r\n", "a;b;c|1;2;3"},
        {"a,b\n1,2\n", "a;b|1;2"},
        {"a,b\r1,2\r", "a;b|1;2"},
        {"a,b\n1,2", "a;b|1;2"},
        {"a\r\nb\nc\rd", "a|b|c|d"},
        {"\"a,b\",c\n", "a,b;c"},
        {"\"say \"\"hi\"\"\",x\n", "say \"hi\";x"},
        {"\"\"\"\"", "\""},
        {"\"l1\nl2\",x\r\n", "l1\nl2;x"},
        {"\"l1\r\nl2\"\n", "l1\r\nl2"},
        {"\"l1\rl2\"", "l1\rl2"},
        {"\xEF\xBB\xBF"
         "a,b\r\n",
         "a;b"},
        {"\xEF\xBB\xBF", "~"},
        {"", "~"},
        {"\n\r\n\r", "~"},
        {"a\n\n\r\n\rb\n", "a|b"},
        {",\n", ";"},
        {"a,,b", "a;;b"},
        {"a,", "a;"},
        {"\"\"", ""},
        {"\"\",\"\"", ";"},
        {"\"x\"", "x"},
        {"x,\"y\"\r\nz,\"\"\r\n", "x;y|z;"},
        {" a , b ", " a ; b "},
        {"M\xC3\xBCller,\xE2\x9C\x93,\xF0\x9F\x98\x80\n", "Müller;✓;😀"},
    }));
    const qsizetype chunk = GENERATE(qsizetype(1), qsizetype(2), qsizetype(3), kDefaultChunk);
    INFO("input: " << input << ", chunk size " << chunk);
    const Parsed parsed = readAll(QByteArray(input), chunk);
    CHECK(parsed.error == QString());
    CHECK(parsed.rows == rowsOf(expected));
}

TEST_CASE("A record's line is where it starts, counting line ends inside quotes", "[csv]")
{
    const auto [input, lines] = GENERATE(table<const char*, std::vector<qint64>>({
        {"h\n\"a\nb\",c\nd\n", {1, 2, 4}},
        {"h\r\n\"a\r\nb\",c\r\nd\r\n", {1, 2, 4}},
        {"h\r\"a\rb\",c\rd", {1, 2, 4}},
        {"h\n\n\nd", {1, 4}},
        {"\"\n\n\",x\ny", {1, 4}},
    }));
    const qsizetype chunk = GENERATE(qsizetype(1), kDefaultChunk);
    INFO("input: " << input << ", chunk size " << chunk);
    const Parsed parsed = readAll(QByteArray(input), chunk);
    REQUIRE(parsed.error == QString());
    CHECK(std::vector<qint64>(parsed.lines.begin(), parsed.lines.end()) == lines);
}

TEST_CASE("An empty file and a header-only file are told apart", "[csv]")
{
    QBuffer empty;
    empty.open(QIODevice::ReadOnly);
    CsvReader none(empty, QStringLiteral("empty.csv"));
    QStringList row;
    CHECK(none.next(row) == Result<bool>(false));

    QBuffer headerOnly;
    headerOnly.setData("a,b\r\n");
    headerOnly.open(QIODevice::ReadOnly);
    CsvReader header(headerOnly, QStringLiteral("header.csv"));
    CHECK(header.next(row) == Result<bool>(true));
    CHECK(row == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(header.next(row) == Result<bool>(false));
    CHECK(header.next(row) == Result<bool>(false));
}

TEST_CASE("Broken CSV is one sentence naming the file, line and column", "[csv]")
{
    const auto [input, error] = GENERATE(table<const char*, const char*>({
        {"a,b\n\"x,y\n", "t.csv, line 2, column 1: a quoted field is never closed."},
        {"a,b\n1,\"x\ny", "t.csv, line 2, column 2: a quoted field is never closed."},
        {"a,b\n1,x\"y\n",
         "t.csv, line 2, column 2: a quote inside a field that does not start with one; put the "
         "whole field in quotes and double the quotes inside it."},
        {"a\n\"a\"b,c\n",
         "t.csv, line 2, column 1: text follows the closing quote of a field; a quote inside a "
         "quoted field must be doubled."},
        {"a,\"x\" ,c\n",
         "t.csv, line 1, column 2: text follows the closing quote of a field; a quote inside a "
         "quoted field must be doubled."},
        {"\xFF\xFE"
         "a\0,\0",
         "t.csv is UTF-16 text; save it as UTF-8 and try again."},
        {"\xFE\xFF\0a", "t.csv is UTF-16 text; save it as UTF-8 and try again."},
    }));
    const qsizetype chunk = GENERATE(qsizetype(1), qsizetype(2), kDefaultChunk);
    INFO("input: " << input << ", chunk size " << chunk);
    // The UTF-16 inputs hold NULs: their length is counted by hand.
    const QByteArray bytes(input, input[0] == '\xFF'   ? 6
                                  : input[0] == '\xFE' ? 4
                                                       : qsizetype(std::strlen(input)));
    CHECK(readAll(bytes, chunk).error == QString::fromUtf8(error));
}

TEST_CASE("Binary data and text in other encodings are refused", "[csv]")
{
    const char* latin1Hint = "the text is not valid UTF-8; the file is probably in another "
                             "encoding such as Latin-1 or Windows-1252, so save it as UTF-8 and "
                             "try again.";
    const auto [input, error] = GENERATE_REF(table<QByteArray, QString>({
        {QByteArray("a,b\n1,\0\n", 8),
         QStringLiteral("t.csv does not look like a text CSV file (binary data at line 2).")},
        {QByteArray("a\n\n\"x\0\"", 7),
         QStringLiteral("t.csv does not look like a text CSV file (binary data at line 3).")},
        {QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16),
         QStringLiteral("t.csv does not look like a text CSV file (binary data at line 3).")},
        {QByteArray("name,city\nM\xFCller,K\xF6ln\n"),
         u"t.csv, line 2, column 1: "_s + QString::fromUtf8(latin1Hint)},
        {QByteArray("a,b\nok,\"two\nlines \x80\"\n"),
         u"t.csv, line 3, column 2: "_s + QString::fromUtf8(latin1Hint)},
        {QByteArray("a,\"\r\n\r\n\",\"x\r\n\xC3\x28\""),
         u"t.csv, line 4, column 3: "_s + QString::fromUtf8(latin1Hint)},
        {QByteArray("\xED\xA0\x80"),
         u"t.csv, line 1, column 1: "_s + QString::fromUtf8(latin1Hint)},
        {QByteArray("\xC0\xAF"), u"t.csv, line 1, column 1: "_s + QString::fromUtf8(latin1Hint)},
        {QByteArray("\xF4\x90\x80\x80"),
         u"t.csv, line 1, column 1: "_s + QString::fromUtf8(latin1Hint)},
        {QByteArray("ok,\xE2\x9C"), u"t.csv, line 1, column 2: "_s + QString::fromUtf8(latin1Hint)},
    }));
    const qsizetype chunk = GENERATE(qsizetype(1), kDefaultChunk);
    INFO("input: " << input.toStdString() << ", chunk size " << chunk);
    CHECK(readAll(input, chunk).error == error);
}

TEST_CASE("A field longer than the limit is refused with its line and column", "[csv]")
{
    const QByteArray huge(10 * 1024 * 1024, 'x');
    const auto [bytes, error] = GENERATE_REF(table<QByteArray, QString>({
        {"a,b\r\n1," + huge + "\r\n",
         QStringLiteral("t.csv, line 2, column 2: a field is longer than 4 MiB, the most an "
                        "import accepts.")},
        {"a,b\r\n\"" + huge + "\",2\r\n",
         QStringLiteral("t.csv, line 2, column 1: a field is longer than 4 MiB, the most an "
                        "import accepts.")},
    }));
    CHECK(readAll(bytes).error == error);
    // The limit is the field's, not the record's, and it can be lowered.
    CHECK(readAll("abcd,efgh\n\"ijkl\"", 2, 4).error == QString());
    CHECK(readAll("abcd,efgh\n\"ij\"\"kl\"", 2, 4).error ==
          QStringLiteral("t.csv, line 2, column 1: a field is longer than 4 bytes, the most an "
                         "import accepts."));
}

TEST_CASE("A row of nothing but commas cannot exhaust memory", "[csv]")
{
    QBuffer buffer;
    buffer.setData(QByteArray(20'000, ','));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, QStringLiteral("t.csv"));
    QStringList row;
    const auto result = reader.next(row);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error() == QStringLiteral("t.csv, line 1: a row has more than 10000 fields."));
}

TEST_CASE("Quotes and CRLF split across the 64 KiB chunk edge", "[csv]")
{
    const qsizetype edge = kDefaultChunk;
    // The doubled quote, the closing quote and the CRLF each land on the edge in turn.
    for (qsizetype shift = -4; shift <= 2; ++shift) {
        const QByteArray filler(edge - 3 + shift, 'a');
        const QByteArray bytes = "\"" + filler + "\"\"b\"\r\nnext,\"q\"\r\n";
        INFO("shift " << shift);
        const Parsed parsed = readAll(bytes);
        REQUIRE(parsed.error == QString());
        REQUIRE(parsed.rows.size() == 2);
        CHECK(parsed.rows[0] == QStringList{QString::fromLatin1(filler) + u"\"b"_s});
        CHECK(parsed.rows[1] == QStringList{QStringLiteral("next"), QStringLiteral("q")});
        CHECK(parsed.lines == QList<qint64>{1, 2});
    }
    // A UTF-8 sequence across the edge decodes as one character.
    const QByteArray utf8 = QByteArray(edge - 1, 'a') + "\xE2\x9C\x93\n";
    const Parsed parsed = readAll(utf8);
    REQUIRE(parsed.rows.size() == 1);
    CHECK(parsed.rows[0].at(0).endsWith(u"a✓"_s));
}

TEST_CASE("Ragged rows are named by checkFieldCount, not by the reader", "[csv]")
{
    QBuffer buffer;
    buffer.setData("a,b,c\n1,2\n\"x\ny\",2,3,4\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, QStringLiteral("t.csv"));
    QStringList header;
    REQUIRE(reader.next(header) == Result<bool>(true));
    CHECK(reader.checkFieldCount(header, header.size()).has_value());
    QStringList row;
    REQUIRE(reader.next(row) == Result<bool>(true));
    CHECK(reader.checkFieldCount(row, header.size()).error() ==
          QStringLiteral("t.csv, line 2: the row has 2 fields but the header has 3."));
    REQUIRE(reader.next(row) == Result<bool>(true));
    CHECK(reader.checkFieldCount(row, header.size()).error() ==
          QStringLiteral("t.csv, line 3: the row has 4 fields but the header has 3."));
}

TEST_CASE("What CsvWriter writes, CsvReader reads back", "[csv]")
{
    const qsizetype chunk = GENERATE(qsizetype(1), qsizetype(7), kDefaultChunk);
    std::mt19937 random(20240607u + static_cast<unsigned>(chunk));
    const QList<QString> alphabet = {u"a"_s,  u"Z"_s,  u"0"_s,    u" "_s, u","_s, u"\""_s,
                                     u"\r"_s, u"\n"_s, u"\r\n"_s, u"="_s, u"-"_s, u"@"_s,
                                     u"\t"_s, u"ü"_s,  u"✓"_s,    u"😀"_s, u"'"_s, u"+"_s};
    const auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };

    QList<QStringList> rows;
    for (int r = 0; r < 300; ++r) {
        QStringList row;
        const int cells = 2 + pick(5); // one empty cell alone would be an empty line
        for (int c = 0; c < cells; ++c) {
            QString cell;
            for (int n = pick(12); n > 0; --n)
                cell += alphabet.at(pick(static_cast<int>(alphabet.size())));
            row << cell;
        }
        rows << row;
    }

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvWriter writer(out);
    writer.writeBom();
    for (const QStringList& row : rows)
        writer.writeRow(row);
    REQUIRE(writer.ok());

    // The writer's one change: a ' before a cell a spreadsheet would run as a formula.
    QList<QStringList> expected = rows;
    for (QStringList& row : expected) {
        for (QString& cell : row) {
            if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
                cell.prepend(QLatin1Char('\''));
        }
    }
    const Parsed parsed = readAll(out.data(), chunk);
    REQUIRE(parsed.error == QString());
    CHECK(parsed.rows == expected);
}
