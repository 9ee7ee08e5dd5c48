// How lists and panes show times: local time, the month in words, so "03/04" is never
// ambiguous between teams.
#pragma once

#include <QDateTime>
#include <QLocale>

namespace fd {

inline QString shortDateTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"))
                         : QString();
}

inline QString shortDate(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().date(), QStringLiteral("d MMM yyyy"))
                         : QString();
}

} // namespace fd
