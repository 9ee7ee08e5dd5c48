#pragma once

#include "common/LocalDays.h"
#include "common/Result.h"

#include <QByteArray>

#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include <QDate>
#include <QDateTime>
#include <QString>

namespace fd {

// A moment read from a text, and whether reading it needed the clock-change rule below.
struct ParsedInstant {
    QDateTime utc;             // UTC, whole seconds
    bool movedForward = false; // a local time in a spring-forward gap, moved forward
};

// A local date and time in the process's time zone (as Qt reads it: TZ, else the system's)
// to UTC; an invalid time means the start of the day. The rules, from issue 13 and what
// the clock on the wall does:
// - a local time that does not exist (the hour skipped when clocks spring forward) is
//   moved forward by the length of the gap: 2024-03-10 02:30 in New York is 03:30 EDT,
//   07:30 UTC, and movedForward says so (not for a date alone, whose start of day simply
//   comes later);
// - a local time that happens twice (the hour repeated when clocks fall back) is the
//   first: 2024-11-03 01:30 in New York is 01:30 EDT, 05:30 UTC.
// Qt 6.4 itself makes a time in a gap invalid (and its toUTC() then reads the wall time as
// UTC), and QDateTime(date, time, Qt::LocalTime) takes the second of a doubled hour; this
// corrects both by choosing between the UTC offsets Qt gives a day before and a day after.
// The offsets come from localOffsetAt (LocalDays.h), cached, for imports of millions of
// values; forgetLocalOffsets() there forgets them after the process's time zone changed.
ParsedInstant localToUtc(QDate date, QTime time);

// The date and time texts users type and read: dates `YYYY-MM-DD`, date-times
// `YYYY-MM-DD HH:MM[:SS]` in local time (a `T` may stand for the space).
QDate parseDate(const QString& text);
// A date alone means the start of that local day. Returns UTC; invalid if unparsable.
// Local times follow localToUtc's rules (a time in a gap is moved forward, not refused).
QDateTime parseLocalDateTime(const QString& text);
// The same, with the reason a text is refused, one sentence naming it: "“2024-02-30
// 10:00” is not a real date (February 2024 has 29 days)." or "“5 March” is not a date
// or a date-time in the form YYYY-MM-DD HH:MM[:SS]."
Result<ParsedInstant> readLocalDateTime(const QString& text);
// Why year-month-day is not a date: "'2024-02-30' is not a real date (February 2024 has 29
// days).", "'2024-13-01' is not a real date (months go from 1 to 12)." or "... (days go
// from 1 to 31)". `text` is the value as written. Empty if the date is real.
QString notARealDate(QStringView text, int year, int month, int day);
// Why a clock time is not one: "'2024-03-05 25:00' is not a real time (hours go from 00 to
// 23)." (minutes, seconds: 00 to 59), or with AM/PM (twelveHour) "'13:30 PM' is not a
// 12-hour time (hours go from 1 to 12 before AM or PM)." hour as written. Empty if real.
QString notARealTime(QStringView text, int hour, int minute, int second, bool twelveHour);

// Seconds since 1970 (UTC) of a moment, rounded down. QDateTime::toSecsSinceEpoch divides
// milliseconds rounding toward zero, so a moment before 1970 with milliseconds lands a
// second late: 1969-05-31 23:59:59.999 UTC, a day's endOfDay(), would read as 1969-06-01
// 00:00:00, the next day (issue 14 §4). Every conversion of a moment that may carry
// milliseconds to whole seconds goes through this.
qint64 floorSecsSinceEpoch(const QDateTime& moment);
// The moment cut to whole seconds (rounded down), in UTC; invalid stays invalid.
QDateTime wholeSecondsUtc(const QDateTime& moment);
// The last whole second of a local day, in UTC: what "as at the end of this day" means
// (23:59:59 local, or the last second before the next day's start on a day the clocks
// change); invalid for an invalid day. Exact before 1970 too.
QDateTime endOfLocalDay(const QDate& day);

QString formatDate(const QDate& date);
QString formatLocalDateTime(const QDateTime& utc); // `YYYY-MM-DD HH:MM:SS`, local time

// Call once at start-up, before any thread: with TZ unset, glibc checks /etc/localtime
// again on every local-time conversion (a stat() each, a sixth of an import's time);
// TZ=":/etc/localtime" names the same zone and is read once.
void readLocalZoneOnce();

// formatLocalDateTime for millions of values (exports): the zone's offset from
// localOffsetAt (LocalDays.h, cached), the digits written by hand. Appends
// "YYYY-MM-DD HH:MM:SS".
class LocalDateTimeFormatter {
public:
    void append(qint64 utcSecs, std::string& out);
    void append(qint64 utcSecs, QByteArray& out);
};

} // namespace fd
