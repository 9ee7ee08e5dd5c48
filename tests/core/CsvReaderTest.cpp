#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
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

namespace {

struct Parsed {
    QList<QStringList> rows;
    QList<qint64> lines; // where each record started
    QString error;
    char delimiter = 0;
    CsvReader::DelimiterSource source = CsvReader::DelimiterSource::Detected;
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
};

// Chunk sizes that put every byte of a short input at a chunk edge, and the real one.
constexpr qsizetype kDefaultChunk = CsvReader::Options().chunkSize;

Parsed readAll(const QByteArray& bytes, const CsvReader::Options& options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, QStringLiteral("t.csv"), options);
    Parsed parsed;
    const auto shape = [&] {
        parsed.delimiter = reader.delimiter();
        parsed.source = reader.delimiterSource();
        parsed.encoding = reader.encoding();
    };
    QStringList row;
    for (;;) {
        const auto more = reader.next(row);
        shape();
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

Parsed readAll(const QByteArray& bytes, qsizetype chunkSize = kDefaultChunk,
               qsizetype maxFieldBytes = CsvReader::Options().maxFieldBytes)
{
    CsvReader::Options options;
    options.chunkSize = chunkSize;
    options.maxFieldBytes = maxFieldBytes;
    return readAll(bytes, options);
}

Parsed readWith(const QByteArray& bytes, char delimiter, qsizetype chunkSize = kDefaultChunk)
{
    CsvReader::Options options;
    options.chunkSize = chunkSize;
    options.delimiter = delimiter;
    return readAll(bytes, options);
}

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(FUNNELDESK_TEST_FIXTURES "/import-quirks/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray encoded(const QByteArray& utf8, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding); // no BOM: the tests add one where they want it
    return encoder.encode(QString::fromUtf8(utf8));
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

// For inputs whose fields hold ; and |: "a·b⏎c" is two rows, [a, b] and [c].
QList<QStringList> marked(const char* text)
{
    QList<QStringList> rows;
    const QString all = QString::fromUtf8(text);
    if (all == u"~")
        return rows;
    for (const QString& row : all.split(u'⏎'))
        rows << row.split(u'·');
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

TEST_CASE("The delimiter is detected from the first records, quotes respected", "[csv]")
{
    const auto [input, delimiter, expected] = GENERATE(table<const char*, char, const char*>({
        {"a,b,c\n1,2,3\n", ',', "a·b·c⏎1·2·3"},
        {"a|b|c\n1|2|3\n", '|', "a·b·c⏎1·2·3"},
        {"a\tb\n1\t2, 5\n", '\t', "a·b⏎1·2, 5"},
        // Commas inside the fields of a ; file, quoted or not, do not make it a comma file.
        {"Name;Note\nAda;\"x,y,z\"\nBo;a, b\n", ';', "Name·Note⏎Ada·x,y,z⏎Bo·a, b"},
        // A quoted ; or | in a comma file.
        {"id,text\n1,\"a;b;c\"\n2,\"d|e\"\n", ',', "id·text⏎1·a;b;c⏎2·d|e"},
        // A quoted field with a line end in it is one record, not two lines that disagree.
        {"a;b\n\"x\ny,z\";2\n", ';', "a·b⏎x\ny,z·2"},
        // The most records with one field count wins: the header has more commas, the rows agree.
        {"x,y,z;w\n1;2\n3;4\n", ';', "x,y,z·w⏎1·2⏎3·4"},
        // Then the most fields: tabs and one comma in every record.
        {"id\tname, first\tcity\n1\tAda, L\tRome\n", '\t', "id·name, first·city⏎1·Ada, L·Rome"},
        // One column, or a tie: a comma.
        {"email\na@x\n", ',', "email⏎a@x"},
        {"a;b,c\n", ',', "a;b·c"},
        {"", ',', "~"},
        // Rows of nothing but delimiters are records; the importer skips them, not the reader.
        {"a;b;c\n;;\n;;\n", ';', "a·b·c⏎··⏎··"},
    }));
    const qsizetype chunk = GENERATE(qsizetype(1), qsizetype(2), qsizetype(3), kDefaultChunk);
    INFO("input: " << input << ", chunk size " << chunk);
    const Parsed parsed = readAll(QByteArray(input), chunk);
    REQUIRE(parsed.error == QString());
    CHECK(parsed.delimiter == delimiter);
    CHECK(parsed.source == CsvReader::DelimiterSource::Detected);
    CHECK(parsed.rows == marked(expected));
}

TEST_CASE("A delimiter is detected past the first kilobyte and from a long header", "[csv]")
{
    // 30 records: detection looks at 20, the rest are read with what it found.
    QByteArray bytes = "Ticket ID;Subject;Note\r\n";
    for (int i = 1; i < 30; ++i)
        bytes += QByteArray::number(i) + ";Drucker offline, " + QByteArray(60, 'x') + ";a, b\r\n";
    const Parsed parsed = readAll(bytes, 5);
    REQUIRE(parsed.error == QString());
    CHECK(parsed.delimiter == ';');
    REQUIRE(parsed.rows.size() == 30);
    CHECK(parsed.rows[29].size() == 3);
    CHECK(parsed.lines.back() == 30);
}

TEST_CASE("European Excel files: semicolons, with commas inside fields, with and without sep=",
          "[csv]")
{
    const QStringList header = {u"Ticket ID"_s, u"Subject"_s,        u"Status"_s,
                                u"Priority"_s,  u"Customer Email"_s, u"Created"_s};
    const QStringList second = {u"2"_s,
                                u"Rechnung falsch, bitte pruefen"_s,
                                u"Closed"_s,
                                u"Low"_s,
                                u"bernd@example.com"_s,
                                u"06.03.2024 09:05"_s};
    const auto [name, source, firstLine] =
        GENERATE(table<const char*, CsvReader::DelimiterSource, qint64>({
            {"c06a_semicolon_sep.csv", CsvReader::DelimiterSource::SepLine, 2},
            {"c06b_semicolon.csv", CsvReader::DelimiterSource::Detected, 1},
        }));
    const qsizetype chunk = GENERATE(qsizetype(1), qsizetype(4), kDefaultChunk);
    INFO(name << ", chunk size " << chunk);
    const Parsed parsed = readAll(fixture(name), chunk);
    REQUIRE(parsed.error == QString());
    CHECK(parsed.delimiter == ';');
    CHECK(parsed.source == source);
    REQUIRE(parsed.rows.size() == 3);
    CHECK(parsed.rows[0] == header);
    CHECK(parsed.rows[2] == second);
    CHECK(parsed.lines == QList<qint64>{firstLine, firstLine + 1, firstLine + 2});
}

TEST_CASE("Excel's sep= first line is honoured, skipped and still counted as line 1", "[csv]")
{
    const auto [input, delimiter, expected] = GENERATE(table<const char*, char, const char*>({
        {"sep=;\r\na;b\r\n1;2,5\r\n", ';', "a·b⏎1·2,5"},
        {"sep=;\na;b\n1;2,5\n", ';', "a·b⏎1·2,5"},
        {"sep=;\ra;b\r1;2,5", ';', "a·b⏎1·2,5"},
        {"\xEF\xBB\xBFsep=;\r\na;b\r\n1;2,5\r\n", ';', "a·b⏎1·2,5"},
        {"\"sep=;\"\r\na;b\r\n1;2,5\r\n", ';', "a·b⏎1·2,5"},
        {"sep=;;;\r\na;b\r\n1;2,5\r\n", ';', "a·b⏎1·2,5"}, // padded by a spreadsheet
        {"SEP=|\na|b\n1|2,5\n", '|', "a·b⏎1·2,5"},
        {"sep=,\na,b\n1,\"2,5\"\n", ',', "a·b⏎1·2,5"},
        {"sep=\t\na\tb\n1\t2,5\n", '\t', "a·b⏎1·2,5"},
        // The sep= line beats detection: this file would be detected as ;.
        {"sep=,\na;b\n1;2,5\n", ',', "a;b⏎1;2·5"},
    }));
    const qsizetype chunk = GENERATE(qsizetype(1), qsizetype(2), kDefaultChunk);
    INFO("input: " << input << ", chunk size " << chunk);
    const Parsed parsed = readAll(QByteArray(input), chunk);
    REQUIRE(parsed.error == QString());
    CHECK(parsed.delimiter == delimiter);
    CHECK(parsed.source == CsvReader::DelimiterSource::SepLine);
    CHECK(parsed.rows == marked(expected));
    CHECK(parsed.lines == QList<qint64>{2, 3});
}

TEST_CASE("A first line that only looks like sep= is a record", "[csv]")
{
    const auto [input, expected] = GENERATE(table<const char*, const char*>({
        {"sep=\nx\n", "sep=|x"},
        {"sep=ab\nx\n", "sep=ab|x"},
        {"sep=a\nx\n", "sep=a|x"},
        {"separator,x\n", "separator;x"},
    }));
    INFO("input: " << input);
    const Parsed parsed = readAll(QByteArray(input));
    REQUIRE(parsed.error == QString());
    CHECK(parsed.source == CsvReader::DelimiterSource::Detected);
    CHECK(parsed.rows == rowsOf(expected));
    CHECK(parsed.lines.front() == 1);
    // A file of nothing but a sep= line has no records.
    CHECK(readAll("sep=;\r\n").rows.isEmpty());
    CHECK(readAll("sep=;").rows.isEmpty());
}

TEST_CASE("A given delimiter overrides detection and the sep= line", "[csv]")
{
    const qsizetype chunk = GENERATE(qsizetype(1), kDefaultChunk);
    const Parsed semicolonAsComma = readWith("a;b,c\n1;2,3\n1;2,3\n", ',', chunk);
    REQUIRE(semicolonAsComma.error == QString());
    CHECK(semicolonAsComma.delimiter == ',');
    CHECK(semicolonAsComma.source == CsvReader::DelimiterSource::Given);
    CHECK(semicolonAsComma.rows == marked("a;b·c⏎1;2·3⏎1;2·3"));

    const Parsed overSep = readWith("sep=;\nx|y;z\n", '|', chunk);
    REQUIRE(overSep.error == QString());
    CHECK(overSep.source == CsvReader::DelimiterSource::Given);
    CHECK(overSep.rows == marked("x·y;z"));
    CHECK(overSep.lines == QList<qint64>{2});

    CHECK(readWith("a b\n", ' ').error ==
          u"t.csv cannot be read with the delimiter “ ”: give one punctuation character such as "
          ", ; or |, or a tab."_s);
}

TEST_CASE("The delimiter a user types, and the phrase a summary shows", "[csv]")
{
    CHECK(CsvReader::parseDelimiter(u";") == Result<char>(';'));
    CHECK(CsvReader::parseDelimiter(u"tab") == Result<char>('\t'));
    CHECK(CsvReader::parseDelimiter(u"TAB") == Result<char>('\t')); // the word in any case
    CHECK(CsvReader::parseDelimiter(u"Tab") == Result<char>('\t'));
    CHECK(CsvReader::parseDelimiter(u"\\t") == Result<char>('\t'));
    CHECK(CsvReader::parseDelimiter(u"\t") == Result<char>('\t'));
    CHECK(CsvReader::parseDelimiter(u"|") == Result<char>('|'));
    for (const QString& bad : {u"x"_s, u"\""_s, u";;"_s, u""_s, u"§"_s, u" "_s}) {
        INFO(bad.toStdString());
        CHECK_FALSE(CsvReader::parseDelimiter(bad).has_value());
    }
    CHECK(CsvReader::parseDelimiter(u"x").error() ==
          u"“x” cannot be a delimiter: give one punctuation character such as , ; or |, or the "
          "word tab."_s);

    const auto describe = [](const QByteArray& bytes, char given) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader::Options options;
        options.delimiter = given;
        CsvReader reader(buffer, u"t.csv"_s, options);
        QStringList row;
        REQUIRE(reader.next(row).has_value());
        return reader.delimiterDescription();
    };
    CHECK(describe("sep=;\na;b\n", 0) == u"delimiter “;” (from the file's sep= line)"_s);
    CHECK(describe("a\tb\n", 0) == u"delimiter tab (detected)"_s);
    CHECK(describe("a|b\n", '|') == u"delimiter “|” (as given)"_s);
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
