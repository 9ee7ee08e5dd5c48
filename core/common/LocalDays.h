// Local time of UTC instants, fast, through the one cache of the local zone's UTC offset.
#pragma once

#include <QDate>

namespace fd {

// The local zone's offset from UTC, in seconds (east positive), at the UTC instant `utcSecs`
// (seconds since 1970). QDateTime::toLocalTime costs microseconds an instant, too much for a
// million; this asks Qt once per UTC day and keeps the answer, per thread, and for a day whose
// offset changes (a clock change) once per quarter hour (every zone changes on a quarter-hour
// boundary). Instants before 1970 or after 2149 are asked each time. The one local-offset
// cache: localToUtc, LocalDateTimeFormatter and LocalDays (DateTimeText.h, below) all read it.
qint32 localOffsetAt(qint64 utcSecs);
// Forgets every thread's cached offsets, after the process's time zone changed (tests).
void forgetLocalOffsets();

// The local calendar day of UTC instants (what SQLite's date(t, 'unixepoch', 'localtime')
// gives, the C library's zone being Qt's), from localOffsetAt.
class LocalDays {
public:
    qint64 julianDay(qint64 utcSecs);
    QDate date(qint64 utcSecs) { return QDate::fromJulianDay(julianDay(utcSecs)); }
};

} // namespace fd
