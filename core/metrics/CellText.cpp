#include "metrics/CellText.h"

#include "success/HealthScore.h"

#include "metrics/DashboardMetrics.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace fd {

namespace {

template <typename E> QString words(const QString& cell)
{
    const auto value = enumFromString<E>(cell);
    return value ? displayName(*value) : cell;
}

} // namespace

QString noValueText()
{
    return QStringLiteral("—");
}

QString percentText(double percent)
{
    const double rounded = std::round(percent * 10.0) / 10.0;
    const auto whole = static_cast<qint64>(std::round(rounded));
    const QString digits = rounded == static_cast<double>(whole)
                               ? QLocale().toString(whole)
                               : QLocale().toString(rounded, 'f', 1);
    return digits + QStringLiteral(" %");
}

QString cellWords(CellKind kind, const QString& cell)
{
    switch (kind) {
    case CellKind::Text:
    case CellKind::Date:
        return cell;
    case CellKind::Number:
        return cell.isEmpty() ? noValueText() : cell;
    case CellKind::Percent: {
        bool ok = false;
        const double value = cell.toDouble(&ok);
        return cell.isEmpty() ? noValueText() : ok ? percentText(value) : cell;
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
    case CellKind::ScoreBand: {
        const auto band = enumFromString<fd::ScoreBand>(cell);
        return band ? HealthScorer::displayName(*band) : cell;
    }
    case CellKind::TouchpointKind:
        return words<TouchpointKind>(cell);
    }
    return cell;
}

QString headerWords(const ReportTable& table, int column)
{
    QString header = cellWords(table.headerKind(column), table.columns.value(column));
    if (table.headerKind(column) == CellKind::Text && !header.isEmpty())
        header[0] = header[0].toUpper();
    // Its cells say "%" ("conversion %" → "Conversion"; CSV and JSON keep the key).
    if (table.cellKind(column) == CellKind::Percent && header.endsWith(QLatin1String(" %")))
        header.chop(2);
    return header;
}

} // namespace fd
