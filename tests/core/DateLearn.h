// What the date tests learn and read (DateFormatsTest.cpp, DateFormatGivenTest.cpp,
// DateLocalTimeTest.cpp): a detector fed columns row by row, a single column's format, and the
// instant a value reads as.
#pragma once

#include "csv/DateFormats.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

namespace fd::test {

using namespace Qt::StringLiterals;

// The year two-digit years are read by in these tests (not today's: tests must not change
// with the calendar).
inline constexpr int kYear = 2026;

inline QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

// The formats a detector learns from columns fed row by row ("|" between rows, ";"
// between columns), or its failure.
struct Learnt {
    Result<std::vector<DateFormat>> formats;
    QStringList notes;
    bool settled = false;
};

inline Learnt learn(const QStringList& headers, const QString& rows)
{
    DateDetector detector(kYear);
    for (const QString& header : headers)
        detector.addColumn(header);
    qint64 line = 1; // the header
    for (const QString& row : rows.split(u'|')) {
        ++line;
        const QStringList cells = row.split(u';');
        for (qsizetype c = 0; c < cells.size(); ++c)
            detector.add(static_cast<int>(c), cells.at(c), line);
    }
    return {detector.result(), detector.notes(), detector.settled()};
}

// A single column's format learnt from its values ("|" between them).
inline Result<DateFormat> learnColumn(const char* values)
{
    auto learnt = learn({u"Created"_s}, QString::fromUtf8(values));
    if (!learnt.formats)
        return failure(learnt.formats.error());
    return learnt.formats->front();
}

// The instant a value reads as; invalid, with the reason in the test's output, if none.
inline QDateTime read(const DateFormat& format, const QString& value)
{
    const auto instant = format.parse(value);
    if (!instant) {
        UNSCOPED_INFO(value.toStdString() << ": " << instant.error().toStdString());
        return {};
    }
    return instant->utc;
}

} // namespace fd::test
