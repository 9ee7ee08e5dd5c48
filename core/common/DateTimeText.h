#pragma once

#include <QByteArray>

#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include <QDate>
#include <QDateTime>
#include <QString>

namespace fd {

// The date and time texts users type and read: dates `YYYY-MM-DD`, date-times
// `YYYY-MM-DD HH:MM[:SS]` in local time (a `T` may stand for the space).
QDate parseDate(const QString& text);
// A date alone means the start of that local day. Returns UTC; invalid if unparsable.
QDateTime parseLocalDateTime(const QString& text);

QString formatDate(const QDate& date);
QString formatLocalDateTime(const QDateTime& utc); // `YYYY-MM-DD HH:MM:SS`, local time

// Call once at start-up, before any thread: with TZ unset, glibc checks /etc/localtime
// again on every local-time conversion (a stat() each, a sixth of an import's time);
// TZ=":/etc/localtime" names the same zone and is read once.
void readLocalZoneOnce();

// formatLocalDateTime for millions of values (exports). The zone's offset is asked of Qt
// once per UTC day and kept in a table; a day whose offset changes (a clock change) is
// looked up per quarter hour instead (every zone changes on a quarter-hour boundary). The
// digits are written by hand. Appends "YYYY-MM-DD HH:MM:SS".
class LocalDateTimeFormatter {
public:
    void append(qint64 utcSecs, std::string& out);
    void append(qint64 utcSecs, QByteArray& out);

private:
    qint64 offsetAt(qint64 utcSecs);

    static constexpr qint32 kUnknown = std::numeric_limits<qint32>::min();
    static constexpr qint32 kMixed = std::numeric_limits<qint32>::max();
    std::vector<qint32> m_dayOffsets;              // days since 1970 → offset, kUnknown, kMixed
    std::unordered_map<qint64, qint32> m_quarters; // quarter hours of mixed days → offset
};

} // namespace fd
