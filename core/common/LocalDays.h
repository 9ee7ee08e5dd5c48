#pragma once

#include <QDate>

#include <limits>
#include <unordered_map>

namespace fd {

// The local calendar day of UTC instants, fast: QDateTime::toLocalTime costs microseconds
// an instant, too much for a hundred thousand. Asks the C library, as SQLite's
// date(t, 'unixepoch', 'localtime') does, so both agree; offsets change on quarter
// hours at most, so one answer serves every instant of a quarter hour.
class LocalDays {
public:
    qint64 julianDay(qint64 utcSecs);
    QDate date(qint64 utcSecs) { return QDate::fromJulianDay(julianDay(utcSecs)); }

private:
    std::unordered_map<qint64, qint64> m_days; // quarter hour → Julian day
    qint64 m_lastSlot = std::numeric_limits<qint64>::min();
    qint64 m_lastDay = 0;
};

} // namespace fd
