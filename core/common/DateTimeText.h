#pragma once

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

} // namespace fd
