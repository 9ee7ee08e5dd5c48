#include "models/ReportText.h"

#include "common/DateTimeText.h"
#include "models/Formatting.h"

namespace fd {

namespace {

template <typename E>
QString words(const QString& cell)
{
    const auto value = enumFromString<E>(cell);
    return value ? displayName(*value) : cell;
}

} // namespace

QString displayCell(CellKind kind, const QString& cell)
{
    switch (kind) {
    case CellKind::Text:
    case CellKind::Number:
        return cell;
    case CellKind::Date: {
        const QDate day = parseDate(cell);
        return day.isValid() ? shortDate(day) : cell;
    }
    case CellKind::Stage:
        return words<Stage>(cell);
    case CellKind::TicketStatus:
        return words<TicketStatus>(cell);
    case CellKind::Priority:
        return words<Priority>(cell);
    case CellKind::TouchpointKind:
        return words<TouchpointKind>(cell);
    }
    return cell;
}

QString displayCell(const ReportTable& table, const QStringList& row, int column)
{
    return displayCell(table.cellKind(column), row.value(column));
}

QString displayHeader(const ReportTable& table, int column)
{
    return displayCell(table.headerKind(column), table.columns.value(column));
}

QStringList displayHeaders(const ReportTable& table)
{
    QStringList headers;
    for (int c = 0; c < table.columns.size(); ++c)
        headers << displayHeader(table, c);
    return headers;
}

} // namespace fd
