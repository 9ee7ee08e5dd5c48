#include "csv/CsvWriter.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace fd;

TEST_CASE("CSV cells are quoted only where needed and formulas are neutralised", "[csv]")
{
    const auto [cell, encoded] = GENERATE(table<const char*, const char*>({
        {"plain", "plain"},
        {"", ""},
        {"a,b", "\"a,b\""},
        {"say \"hi\"", "\"say \"\"hi\"\"\""},
        {"two\nlines", "\"two\nlines\""},
        {"cr\rhere", "\"cr\rhere\""},
        {"=SUM(A1)", "'=SUM(A1)"},
        {"+1", "'+1"},
        {"-2", "'-2"},
        {"@cmd", "'@cmd"},
        {"\tTab", "'\tTab"},
        {"=1,2", "\"'=1,2\""},
        {"Müller ✓", "Müller ✓"},
    }));
    INFO(cell);
    CHECK(CsvWriter::encode(QString::fromUtf8(cell)) == QByteArray(encoded));
}

TEST_CASE("Rows end with CRLF and the BOM is optional", "[csv]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    csv.writeBom();
    csv.writeRow({QStringLiteral("a"), QStringLiteral("b,c")});
    csv.writeRow({QString(), QStringLiteral("d")});
    CHECK(csv.ok());
    CHECK(buffer.data() == QByteArray("\xEF\xBB\xBF"
                                      "a,\"b,c\"\r\n,d\r\n"));
}
