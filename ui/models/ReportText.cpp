#include "models/ReportText.h"

#include "common/DateTimeText.h"
#include "metrics/CellText.h"
#include "models/Formatting.h"

#include <QCoreApplication>
#include <QLocale>

namespace fd {

QString displayCell(CellKind kind, const QString& cell)
{
    // Keys and "no value" in words as core says them (metrics/CellText.h); dates in the
    // window's style.
    if (kind == CellKind::Date) {
        const QDate day = parseDate(cell);
        return day.isValid() ? shortDate(day) : cell;
    }
    // Whole numbers grouped as the KPI tiles group them ("1,242", not "1242"); a decimal
    // (a mean CSAT, "4.2") keeps its digits in the locale's style.
    if (kind == CellKind::Number && !cell.isEmpty()) {
        bool whole = false;
        const qint64 n = cell.toLongLong(&whole);
        if (whole)
            return QLocale().toString(n);
        bool ok = false;
        const double value = cell.toDouble(&ok);
        const qsizetype point = cell.indexOf(QLatin1Char('.'));
        if (ok && point >= 0)
            return QLocale().toString(value, 'f', static_cast<int>(cell.size() - point - 1));
    }
    return oneLine(cellWords(kind, cell));
}

QString displayCell(const ReportTable& table, const QStringList& row, int column)
{
    return displayCell(table.cellKind(column), row.value(column));
}

QString displayHeader(const ReportTable& table, int column)
{
    return headerWords(table, column);
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
    for (int c = 0; c + 1 < row.size() && t.cellKind(c) != CellKind::Number &&
                    t.cellKind(c) != CellKind::Percent;
         ++c)
        words << displayCell(t, row, c);
    return words.join(t.key == QLatin1String("flow") ? QStringLiteral(" → ")
                                                     : QStringLiteral(": "));
}

QString kpiText(const Kpi& k)
{
    if (!k.value)
        return noValueText();
    const double v = *k.value;
    const bool whole = v == static_cast<double>(static_cast<qint64>(v));
    const QString text =
        whole ? QLocale().toString(static_cast<qint64>(v)) : QLocale().toString(v, 'f', 1);
    const int n = whole ? static_cast<int>(v) : 0;
    if (k.unit == QLatin1String("%"))
        return percentText(v); // as the tables say it (metrics/CellText.h)
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
