#include "models/ReportText.h"

#include "common/DateTimeText.h"
#include "metrics/DashboardMetrics.h"
#include "models/Formatting.h"

#include <QCoreApplication>
#include <QLocale>

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
        // The flow's "from" of a customer who entered the funnel: "New", as the matrix says.
        if (cell == DashboardMetrics::enteredCell())
            return QCoreApplication::translate("fd::FlowMatrix", "New");
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
    QString header = displayCell(table.headerKind(column), table.columns.value(column));
    if (table.headerKind(column) == CellKind::Text && !header.isEmpty())
        header[0] = header[0].toUpper();
    return header;
}

QStringList displayHeaders(const ReportTable& table)
{
    QStringList headers;
    for (int c = 0; c < table.columns.size(); ++c)
        headers << displayHeader(table, c);
    return headers;
}

QString rowLabel(const ReportTable& t, const QStringList& row)
{
    QStringList words;
    for (int c = 0; c + 1 < row.size() && t.cellKind(c) != CellKind::Number; ++c)
        words << displayCell(t, row, c);
    return words.join(t.key == QLatin1String("flow") ? QStringLiteral(" → ") : QStringLiteral(": "));
}

QString kpiText(const Kpi& k)
{
    if (!k.value)
        return QStringLiteral("—");
    const double v = *k.value;
    const bool whole = v == static_cast<double>(static_cast<qint64>(v));
    const QString text = whole ? QLocale().toString(static_cast<qint64>(v)) : QLocale().toString(v, 'f', 1);
    const int n = whole ? static_cast<int>(v) : 0;
    if (k.unit == QLatin1String("%"))
        return text + QStringLiteral(" %");
    if (k.unit == QLatin1String("days"))
        return whole ? QCoreApplication::translate("fd::ReportText", "%Ln day(s)", nullptr, n)
                     : QCoreApplication::translate("fd::ReportText", "%1 days").arg(text);
    if (k.unit == QLatin1String("hours"))
        return whole ? QCoreApplication::translate("fd::ReportText", "%Ln hour(s)", nullptr, n)
                     : QCoreApplication::translate("fd::ReportText", "%1 hours").arg(text);
    return k.unit.isEmpty() ? text : text + QLatin1Char(' ') + k.unit;
}

QString periodDates(const Period& period)
{
    return QCoreApplication::translate("fd::ReportText", "%1 to %2")
        .arg(shortDate(period.from), shortDate(period.to.addSecs(-1)));
}

} // namespace fd
