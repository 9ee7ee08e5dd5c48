#include "common/DateTimeText.h"

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

QDate parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 10)
        return {};
    return QDate::fromString(trimmed, QStringLiteral("yyyy-MM-dd"));
}

QDateTime parseLocalDateTime(const QString& text)
{
    QString trimmed = text.trimmed();
    if (trimmed.size() == 10) {
        const QDate date = parseDate(trimmed);
        return date.isValid() ? date.startOfDay().toUTC() : QDateTime();
    }
    if (trimmed.size() > 10 && trimmed.at(10) == QLatin1Char('T'))
        trimmed[10] = QLatin1Char(' ');
    for (const auto* format : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"}) {
        QDateTime local = QDateTime::fromString(trimmed, QLatin1String(format));
        if (local.isValid())
            return local.toUTC();
    }
    return {};
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

qint32 offsetOf(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC).toLocalTime().offsetFromUtc();
}

} // namespace

qint64 LocalDateTimeFormatter::offsetAt(qint64 utcSecs)
{
    constexpr qint64 kDay = 86400;
    constexpr qint64 kDays = 1 << 16; // 1970 to 2149
    const qint64 day = utcSecs >= 0 ? utcSecs / kDay : -1;
    if (day < 0 || day >= kDays)
        return offsetOf(utcSecs);
    if (m_dayOffsets.empty())
        m_dayOffsets.assign(kDays, kUnknown);
    qint32& known = m_dayOffsets[static_cast<std::size_t>(day)];
    if (known == kUnknown) {
        const qint32 start = offsetOf(day * kDay);
        known = start == offsetOf(day * kDay + kDay - 1) ? start : kMixed;
    }
    if (known != kMixed)
        return known;
    const qint64 quarter = utcSecs / 900;
    auto [it, fresh] = m_quarters.try_emplace(quarter, 0);
    if (fresh)
        it->second = offsetOf(quarter * 900);
    return it->second;
}

void LocalDateTimeFormatter::append(qint64 utcSecs, std::string& out)
{
    const qint64 local = utcSecs + offsetAt(utcSecs);
    const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    const auto secs = static_cast<unsigned>(local - days * 86400);
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
