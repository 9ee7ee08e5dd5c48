// CsvReader: records whatever the line ends, quotes and chunk edges; where each starts; broken,
// binary and oversized input; encodings (UTF-16, surrogates across chunks). Its delimiter:
// CsvDelimiterTest.cpp.
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "CsvParsed.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>

#include <cstring>
#include <random>
#include <vector>

using namespace fd;
using namespace Qt::StringLiterals;
using namespace fd::test;

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
    }));
    const qsizetype chunk = GENERATE(qsizetype(1), qsizetype(2), kDefaultChunk);
    INFO("input: " << input << ", chunk size " << chunk);
    CHECK(readAll(QByteArray(input), chunk).error == QString::fromUtf8(error));
}

TEST_CASE("Binary data and text in other encodings are refused", "[csv]")
{
    const char* latin1Hint = "the text is not valid UTF-8; the file is probably in another "
                             "encoding such as Latin-1 or Windows-1252, so save it as UTF-8 (in "
                             "Excel, choose Save As › CSV UTF-8) and try again.";
    const auto [input, error] = GENERATE_REF(table<QByteArray, QString>({
        {QByteArray("a,b\n1,\0\n", 8),
         QStringLiteral("t.csv does not look like a text CSV file (binary data at line 2).")},
        {QByteArray("a\n\n\"x\0\"", 7),
         QStringLiteral("t.csv does not look like a text CSV file (binary data at line 3).")},
        {QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16),
         QStringLiteral("t.csv does not look like a text CSV file (binary data at line 3).")},
        // An .xlsx is a ZIP: its NULs are not UTF-16's.
        {QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0b\xEE\x9Dh", 18),
         QStringLiteral("t.csv does not look like a text CSV file (binary data at line 1).")},
        // Every other byte a NUL, but U+0001 and U+0002 are no text.
        {QByteArray("\x01\0\x02\0,\0\n\0", 8),
         QStringLiteral("t.csv does not look like a text CSV file (binary data at line 1).")},
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

TEST_CASE("UTF-16 with and without a BOM reads as the same rows as UTF-8", "[csv]")
{
    const QByteArray utf8 =
        "Ticket ID;Name\r\n1;\"Jörg Müller, \"\"GmbH\"\"\"\r\n2;\"✓ 😀\nzwei\"\r\n";
    const QList<QStringList> expected = {{u"Ticket ID"_s, u"Name"_s},
                                         {u"1"_s, u"Jörg Müller, \"GmbH\""_s},
                                         {u"2"_s, u"✓ 😀\nzwei"_s}};
    const auto [encoding, name, bom] =
        GENERATE(table<QStringConverter::Encoding, CsvReader::Encoding, const char*>({
            {QStringConverter::Utf16LE, CsvReader::Encoding::Utf16LE, "\xFF\xFE"},
            {QStringConverter::Utf16LE, CsvReader::Encoding::Utf16LE, ""},
            {QStringConverter::Utf16BE, CsvReader::Encoding::Utf16BE, "\xFE\xFF"},
            {QStringConverter::Utf16BE, CsvReader::Encoding::Utf16BE, ""},
        }));
    const qsizetype chunk =
        GENERATE(qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(5), kDefaultChunk);
    INFO("encoding " << CsvReader::encodingName(name).toStdString() << ", BOM " << (*bom != 0)
                     << ", chunk size " << chunk);
    const Parsed parsed = readAll(QByteArray(bom) + encoded(utf8, encoding), chunk);
    REQUIRE(parsed.error == QString());
    CHECK(parsed.encoding == name);
    CHECK(parsed.delimiter == ';');
    CHECK(parsed.rows == expected);
    CHECK(parsed.lines == QList<qint64>{1, 2, 3});
    CHECK(readAll(utf8, chunk).rows == expected);
}

TEST_CASE("Excel's UTF-16LE without a BOM (c07c) and tab-separated Unicode text", "[csv]")
{
    const qsizetype chunk = GENERATE(qsizetype(1), qsizetype(7), kDefaultChunk);
    const Parsed c07c = readAll(fixture("c07c_utf16le_nobom_comma.csv"), chunk);
    REQUIRE(c07c.error == QString());
    CHECK(c07c.encoding == CsvReader::Encoding::Utf16LE);
    CHECK(c07c.delimiter == ',');
    CHECK(c07c.rows ==
          QList<QStringList>{
              {u"Ticket ID"_s, u"Customer Email"_s, u"Subject"_s, u"Created"_s},
              {u"1"_s, u"ada@example.com"_s, u"Login issue"_s, u"2024-03-05 14:22"_s}});

    // Excel's "Unicode text": UTF-16LE with a BOM, tabs between fields, and sep= if asked.
    const QByteArray unicodeText =
        "\xFF\xFE" + encoded("sep=\t\r\nID\tNote\r\n7\ta, b; c\r\n", QStringConverter::Utf16LE);
    const Parsed tabs = readAll(unicodeText, chunk);
    REQUIRE(tabs.error == QString());
    CHECK(tabs.source == CsvReader::DelimiterSource::SepLine);
    CHECK(tabs.delimiter == '\t');
    CHECK(tabs.rows == QList<QStringList>{{u"ID"_s, u"Note"_s}, {u"7"_s, u"a, b; c"_s}});
    CHECK(tabs.lines == QList<qint64>{2, 3});
}

TEST_CASE("A surrogate pair split across two chunks stays one character", "[csv]")
{
    // U+1F600 is D83D DE00: with small chunks its four bytes land on every edge in turn.
    for (const auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        for (int pad = 0; pad < 4; ++pad) {
            const QByteArray utf8 = "a,b\n" + QByteArray(pad, 'x') + ",😀😀\n";
            const QByteArray bytes =
                (encoding == QStringConverter::Utf16LE ? "\xFF\xFE" : "\xFE\xFF") +
                encoded(utf8, encoding);
            for (const qsizetype chunk : {1, 2, 3, 5}) {
                INFO("LE " << (encoding == QStringConverter::Utf16LE) << ", pad " << pad
                           << ", chunk size " << chunk);
                const Parsed parsed = readAll(bytes, chunk);
                REQUIRE(parsed.error == QString());
                CHECK(parsed.rows ==
                      QList<QStringList>{{u"a"_s, u"b"_s}, {QString(pad, u'x'), u"😀😀"_s}});
            }
        }
    }
}

TEST_CASE("UTF-16 that cannot be decoded is one sentence naming its encoding, never binary",
          "[csv]")
{
    const auto sentence = [](int line, const char* encoding) {
        return u"t.csv, line %1: the file seems to be %2 text, but a character there cannot be "
               "decoded; save it as UTF-8 (in Excel, choose Save As › CSV UTF-8) and try again."_s
                   .arg(line)
                   .arg(QLatin1String(encoding));
    };
    const auto [bytes, error] = GENERATE_REF(table<QByteArray, QString>({
        // A low surrogate with no high one before it, on line 2.
        {QByteArray("\xFF\xFE"
                    "a\0,\0b\0\n\0"
                    "\x00\xDC"
                    ",\0x\0",
                    16),
         sentence(2, "UTF-16LE")},
        // A high surrogate followed by a letter.
        {QByteArray("\xFE\xFF\0a\0,\0b\0\n\0\n\xD8\x3D\0x", 16), sentence(3, "UTF-16BE")},
        // The file ends inside a surrogate pair, and after half a code unit.
        {QByteArray("\xFF\xFE"
                    "a\0,\0\x3D\xD8",
                    8),
         sentence(1, "UTF-16LE")},
        {QByteArray("a\0,\0b\0\n\0c\0,\0d", 13), sentence(2, "UTF-16LE")},
        // U+0000 in UTF-16 text.
        {QByteArray("\xFF\xFE"
                    "a\0,\0\0\0",
                    8),
         sentence(1, "UTF-16LE")},
    }));
    const qsizetype chunk = GENERATE(qsizetype(1), qsizetype(2), qsizetype(3), kDefaultChunk);
    INFO("chunk size " << chunk);
    CHECK(readAll(bytes, chunk).error == error);
}

TEST_CASE("Excel's padding rows of nothing but commas are records of empty fields", "[csv]")
{
    const Parsed parsed = readAll(fixture("c09a_excel_padding.csv"));
    REQUIRE(parsed.error == QString());
    CHECK(parsed.delimiter == ',');
    REQUIRE(parsed.rows.size() == 5);
    CHECK(parsed.rows[0] == QStringList{u"Ticket ID"_s, u"Customer Email"_s, u"Subject"_s,
                                        u"Status"_s, u"Created"_s, u"CSAT"_s, QString(),
                                        QString()});
    CHECK(parsed.rows[3] == QStringList(8));
    CHECK(parsed.rows[4] == QStringList(8));
    CHECK(parsed.lines == QList<qint64>{1, 2, 3, 4, 5});
}
