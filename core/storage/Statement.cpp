#include "storage/Statement.h"

#include "common/DateTimeText.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

namespace fd {

QString Statement::nulSentence()
{
    return Database::tr(
        "A text to be saved contains a NUL character (U+0000), which FunnelDesk does not store; "
        "nothing was saved. Remove it and try again.");
}

void Statement::refuseNul()
{
    throw SqlError::refusal(nulSentence());
}

void Statement::bind(int index, const QDate& date)
{
    if (!date.isValid()) {
        bindNull(index);
        return;
    }
    bind(index, date.toString(Qt::ISODate));
}

void Statement::bind(int index, const QDateTime& utc)
{
    if (!utc.isValid()) {
        bindNull(index);
        return;
    }
    bind(index, floorSecsSinceEpoch(utc)); // rounded down, before 1970 too
}

QDate Statement::date(int column) const
{
    if (isNull(column))
        return {};
    return QDate::fromString(text(column), Qt::ISODate);
}

QDateTime Statement::dateTime(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromSecsSinceEpoch(utcSecs(column), Qt::UTC);
}

} // namespace fd
