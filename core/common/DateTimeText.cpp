#include "common/DateTimeText.h"

#include "common/TimeUnits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdlib>
#include <ctime>

namespace fd {

void readLocalZoneOnce()
{
    if (std::getenv("TZ") == nullptr) {
        ::setenv("TZ", ":/etc/localtime", 0);
        ::tzset();
    }
}

namespace {

constexpr qint64 kUnixEpochJulian = 2440588;

// A wall-clock time, as seconds since 1970 read as if UTC, to UTC. The offsets a day before
// and a day after are tried (a change lies between, or none), each kept if it holds at the
// instant it gives; on all but the days the clocks change both are the same and hold.
ParsedInstant wallToUtc(qint64 wallSecs, bool hasTime)
{
    const qint32 before = localOffsetAt(wallSecs - kDay);
    const qint32 after = localOffsetAt(wallSecs + kDay);
    const qint64 early = wallSecs - before;
    const qint64 late = wallSecs - after;
    const bool earlyHolds = localOffsetAt(early) == before;
    const bool lateHolds = localOffsetAt(late) == after;
    ParsedInstant instant;
    if (earlyHolds && lateHolds) // a doubled hour: the first of the two
        instant.utc = QDateTime::fromSecsSinceEpoch(std::min(early, late), Qt::UTC);
    else if (earlyHolds || lateHolds)
        instant.utc = QDateTime::fromSecsSinceEpoch(earlyHolds ? early : late, Qt::UTC);
    else { // a gap: the clock still on the old offset, as it was when the change came
        instant.utc = QDateTime::fromSecsSinceEpoch(early, Qt::UTC);
        instant.movedForward = hasTime;
    }
    return instant;
}

QString daysInMonthText(int year, int month)
{
    const int days = QDate(year, month, 1).daysInMonth();
    return QCoreApplication::translate("fd::DateTimeText", "%1 %2 has %3 days")
        .arg(QLocale().standaloneMonthName(month, QLocale::LongFormat))
        .arg(year)
        .arg(days);
}

} // namespace

ParsedInstant localToUtc(QDate date, QTime time)
{
    // Local time through QDateTime asks the C library on every call: microseconds per
    // value, too slow for a million rows; localOffsetAt (LocalDays.h) keeps the offsets.
    const qint64 wallSecs = (date.toJulianDay() - kUnixEpochJulian) * kDay +
                            (time.isValid() ? time.msecsSinceStartOfDay() / 1000 : 0);
    return wallToUtc(wallSecs, time.isValid());
}

QString notARealDate(QStringView text, int year, int month, int day)
{
    const auto notReal = [&](const QString& why) {
        return QCoreApplication::translate("fd::DateTimeText", "'%1' is not a real date (%2).")
            .arg(text.toString(), why);
    };
    if (month < 1 || month > 12)
        return notReal(QCoreApplication::translate("fd::DateTimeText", "months go from 1 to 12"));
    if (day < 1 || day > 31)
        return notReal(QCoreApplication::translate("fd::DateTimeText", "days go from 1 to 31"));
    if (QDate(year, month, day).isValid())
        return {};
    return notReal(daysInMonthText(year, month));
}

QString notARealTime(QStringView text, int hour, int minute, int second, bool twelveHour)
{
    const auto notReal = [&](const char* why) {
        return QCoreApplication::translate("fd::DateTimeText", "'%1' is not a real time (%2).")
            .arg(text.toString(), QCoreApplication::translate("fd::DateTimeText", why));
    };
    if (twelveHour && (hour < 1 || hour > 12))
        return QCoreApplication::translate("fd::DateTimeText",
                                           "'%1' is not a 12-hour time (hours go from 1 to 12 "
                                           "before AM or PM).")
            .arg(text.toString());
    if (hour < 0 || hour > 23)
        return notReal(QT_TRANSLATE_NOOP("fd::DateTimeText", "hours go from 00 to 23"));
    if (minute < 0 || minute > 59)
        return notReal(QT_TRANSLATE_NOOP("fd::DateTimeText", "minutes go from 00 to 59"));
    if (second < 0 || second > 59)
        return notReal(QT_TRANSLATE_NOOP("fd::DateTimeText", "seconds go from 00 to 59"));
    return {};
}

QDate parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 10)
        return {};
    return QDate::fromString(trimmed, QStringLiteral("yyyy-MM-dd"));
}

Result<ParsedInstant> readLocalDateTime(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QString datePart = trimmed.left(10);
    const QDate date = parseDate(datePart);
    QTime time;
    if (trimmed.size() > 10 &&
        (trimmed.at(10) == QLatin1Char(' ') || trimmed.at(10) == QLatin1Char('T'))) {
        const QString timePart = trimmed.mid(11);
        time = QTime::fromString(timePart, QStringLiteral("HH:mm:ss"));
        if (!time.isValid() && timePart.size() == 5)
            time = QTime::fromString(timePart, QStringLiteral("HH:mm"));
    }
    const bool shaped = datePart.size() == 10 && (trimmed.size() == 10 || time.isValid());
    if (date.isValid() && shaped)
        return localToUtc(date, time);
    // The form is right but the day is not in the calendar: say that, not "wrong form".
    static const QRegularExpression dateShape(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (const auto match = dateShape.match(datePart); match.hasMatch() && shaped) {
        const int year = match.captured(1).toInt();
        const int month = match.captured(2).toInt();
        const int day = match.captured(3).toInt();
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
            return failure(
                QCoreApplication::translate("fd::DateTimeText", "“%1” is not a real date (%2).")
                    .arg(trimmed, daysInMonthText(year, month)));
    }
    return failure(QCoreApplication::translate("fd::DateTimeText",
                                               "“%1” is not a date or a date-time in the form "
                                               "YYYY-MM-DD HH:MM[:SS].")
                       .arg(trimmed));
}

QDateTime parseLocalDateTime(const QString& text)
{
    auto instant = readLocalDateTime(text);
    return instant ? instant->utc : QDateTime();
}

qint64 floorSecsSinceEpoch(const QDateTime& moment)
{
    const qint64 msecs = moment.toMSecsSinceEpoch();
    return msecs >= 0 ? msecs / 1000 : -((-msecs + 999) / 1000);
}

QDateTime wholeSecondsUtc(const QDateTime& moment)
{
    return moment.isValid() ? QDateTime::fromSecsSinceEpoch(floorSecsSinceEpoch(moment), Qt::UTC)
                            : QDateTime();
}

QDateTime endOfLocalDay(const QDate& day)
{
    if (!day.isValid())
        return {};
    return QDateTime::fromSecsSinceEpoch(
        localToUtc(day.addDays(1), QTime()).utc.toSecsSinceEpoch() - 1, Qt::UTC);
}

QString formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString formatLocalDateTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                         : QString();
}

namespace {

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
void civilFromDays(qint64 z, int& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 year = static_cast<qint64>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(year + (m <= 2));
}

void digits(std::string& out, unsigned value, int width)
{
    char buffer[8];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, static_cast<std::size_t>(width));
}

} // namespace

void LocalDateTimeFormatter::append(qint64 utcSecs, std::string& out)
{
    const qint64 local = utcSecs + localOffsetAt(utcSecs);
    const qint64 days = local >= 0 ? local / kDay : (local - (kDay - 1)) / kDay;
    const auto secs = static_cast<unsigned>(local - days * kDay);
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civilFromDays(days, y, m, d);
    digits(out, static_cast<unsigned>(y), 4);
    out += '-';
    digits(out, m, 2);
    out += '-';
    digits(out, d, 2);
    out += ' ';
    digits(out, secs / 3600, 2);
    out += ':';
    digits(out, secs / 60 % 60, 2);
    out += ':';
    digits(out, secs % 60, 2);
}

void LocalDateTimeFormatter::append(qint64 utcSecs, QByteArray& out)
{
    std::string text;
    append(utcSecs, text);
    out.append(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace fd
