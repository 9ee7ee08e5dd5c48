// What the CSV reader tests read a text as (CsvReaderTest.cpp, CsvDelimiterTest.cpp): its rows,
// where each started, its error, delimiter and encoding, at any chunk size; and the shorthands
// the tests write expected rows in.
#pragma once

#include "csv/CsvReader.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>

namespace fd::test {

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

inline Parsed readAll(const QByteArray& bytes, const CsvReader::Options& options)
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

inline Parsed readAll(const QByteArray& bytes, qsizetype chunkSize = kDefaultChunk,
                      qsizetype maxFieldBytes = CsvReader::Options().maxFieldBytes)
{
    CsvReader::Options options;
    options.chunkSize = chunkSize;
    options.maxFieldBytes = maxFieldBytes;
    return readAll(bytes, options);
}

inline Parsed readWith(const QByteArray& bytes, char delimiter, qsizetype chunkSize = kDefaultChunk)
{
    CsvReader::Options options;
    options.chunkSize = chunkSize;
    options.delimiter = delimiter;
    return readAll(bytes, options);
}

inline QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(FUNNELDESK_TEST_FIXTURES "/import-quirks/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline QByteArray encoded(const QByteArray& utf8, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding); // no BOM: the tests add one where they want it
    return encoder.encode(QString::fromUtf8(utf8));
}

// "a|b;c" is two rows: [a] and [b, c]; "~" stands for an empty row list.
inline QList<QStringList> rowsOf(const char* text)
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
inline QList<QStringList> marked(const char* text)
{
    QList<QStringList> rows;
    const QString all = QString::fromUtf8(text);
    if (all == u"~")
        return rows;
    for (const QString& row : all.split(u'⏎'))
        rows << row.split(u'·');
    return rows;
}

} // namespace fd::test
