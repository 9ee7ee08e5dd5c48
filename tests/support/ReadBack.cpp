#include "support/ReadBack.h"

#include "storage/IntegrityCheck.h"
#include "storage/Statement.h"

#include <QDateTime>

namespace fd::test {

QString utcIso(std::optional<qint64> secs)
{
    return secs ? QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC).toString(Qt::ISODate) : QString();
}

QString utcText(std::optional<qint64> secs, const QString& format)
{
    return secs ? QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC).toString(format) : QString();
}

QString localDay(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs).date().toString(Qt::ISODate);
}

QStringList texts(Database& db, std::string_view sql)
{
    QStringList values;
    auto q = db.query(sql);
    while (q->step())
        values << (q->isNull(0) ? QString() : q->text(0));
    return values;
}

std::vector<std::optional<qint64>> times(Database& db, std::string_view sql)
{
    std::vector<std::optional<qint64>> values;
    auto q = db.query(sql);
    while (q->step())
        values.push_back(q->optionalInt64(0));
    return values;
}

std::string noIndex(const Database& db)
{
    return db.backend() == Database::Backend::Sqlite ? " NOT INDEXED" : "";
}

QString row(Database& db, const QString& sql)
{
    auto q = db.query(sql.toStdString());
    if (!q->step())
        return QStringLiteral("(no row)");
    QStringList cells;
    for (int c = 0; c < q->columnCount(); ++c)
        cells << (q->isNull(c) ? QString() : q->text(c));
    return cells.join(QLatin1Char('|'));
}

QStringList checkFindings(Database& db, const QString& about)
{
    const Result<QStringList> found = IntegrityCheck::run(db);
    if (!found)
        return {found.error()};
    return found->filter(about);
}

} // namespace fd::test
