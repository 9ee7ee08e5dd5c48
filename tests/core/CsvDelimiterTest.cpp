// How CsvReader finds a file's delimiter: detected from the first records (quotes respected,
// past the first kilobyte), Excel's sep= line, one the user gives, and how they are named.
// Split from CsvReaderTest.cpp (its other cases: records, encodings, broken files).
#include "csv/CsvReader.h"
#include "CsvParsed.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>

#include <vector>

using namespace fd;
using namespace Qt::StringLiterals;
using namespace fd::test;

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
