// libFuzzer entry point: any bytes through CsvReader, and each cell through the import
// mapping's value and date parsers. Must end (a record or one error sentence) without a
// crash, a sanitizer report, a Qt warning or memory that grows with the input.
#include "QtWarnings.h"

#include "csv/CsvReader.h"
#include "csv/DateFormats.h"
#include "csv/ImportMapping.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace fd;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::abortOnQtWarnings();
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    buffer.open(QIODevice::ReadOnly);
    // Small chunks and limits, so short inputs meet chunk edges and every limit.
    CsvReader::Options options;
    options.chunkSize = 1 + static_cast<qsizetype>(size % 7);
    options.maxFieldBytes = 256;
    options.maxFields = 64;
    // Detection (0) most often, and each delimiter given, or one the reader refuses (' ').
    constexpr char kDelimiters[] = {0, 0, 0, ',', ';', '\t', '|', ' '};
    options.delimiter = kDelimiters[(size / 7) % sizeof(kDelimiters)];
    CsvReader reader(buffer, u"fuzz.csv"_s, options);
    // Three date columns, so that the file-wide day/month order meets several.
    DateDetector dates;
    for (const QString& header : {u"a"_s, u"b"_s, u"c"_s})
        dates.addColumn(header);
    const DateFormat iso;

    QStringList row;
    qint64 lastLine = 0;
    for (;;) {
        const auto more = reader.next(row);
        if (!more) {
            if (more.error().isEmpty())
                std::abort(); // every failure is a sentence
            break;
        }
        // A given delimiter is the one in use; otherwise (detected, or a sep= line's) it
        // is never a NUL or a quote.
        if (options.delimiter != 0 ? reader.delimiter() != options.delimiter
                                   : reader.delimiter() == 0 || reader.delimiter() == '"')
            std::abort();
        if (!*more)
            break;
        // Records move forward and are never empty (empty lines are skipped).
        if (reader.recordLine() <= lastLine || row.isEmpty())
            std::abort();
        lastLine = reader.recordLine();
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QString& cell = row.at(i);
            dates.add(static_cast<int>(i % 3), cell, lastLine);
            (void)iso.parse(cell);
            (void)ImportMapping::ticketStatus(cell);
            (void)ImportMapping::channel(cell);
            (void)ImportMapping::csat(cell);
        }
    }
    (void)dates.settled();
    (void)dates.notes();
    if (const auto formats = dates.result()) {
        for (const DateFormat& format : *formats)
            (void)format.parse(row.value(0));
    }
    if (const auto user = dateFormatFromString(row.value(0)))
        (void)user->parse(row.value(1));
    return 0;
}
