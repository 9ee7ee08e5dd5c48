#include "common/DateTimeText.h"

namespace fd {

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

} // namespace fd
