#include "metrics/ReportFormat.h"

#include "common/DateTimeText.h"
#include "common/VisibleText.h"
#include "csv/CsvWriter.h"
#include "metrics/CellText.h"
#include "metrics/DashboardMetrics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

QString value(const Kpi& k)
{
    if (!k.value)
        return noValueText();
    const double v = *k.value;
    return v == static_cast<double>(static_cast<qint64>(v))
               ? QString::number(static_cast<qint64>(v))
               : QString::number(v, 'f', 1);
}

QString day(const QDateTime& utc, bool end)
{
    return formatDate((end ? utc.addSecs(-1) : utc).toLocalTime().date());
}

// The length of `text` without the white space at its end: what QRegularExpression's \s+$
// removed (ASCII white space: space, tab, line feed, vertical tab, form feed, carriage
// return; Unicode properties are off by default), without compiling a pattern per line,
// which was most of the time of a report with thousands of rows (issue 15).
qsizetype withoutTrailingSpace(const QString& text)
{
    qsizetype end = text.size();
    while (end > 0) {
        const char16_t c = text.at(end - 1).unicode();
        if (c != u' ' && (c < 0x09 || c > 0x0d))
            break;
        --end;
    }
    return end;
}

void aligned(QString& out, const QStringList& header, const std::vector<QStringList>& rows)
{
    std::vector<qsizetype> widths(static_cast<std::size_t>(header.size()), 0);
    auto measure = [&](const QStringList& row) {
        for (qsizetype c = 0; c < row.size() && c < header.size(); ++c)
            widths[static_cast<std::size_t>(c)] =
                std::max(widths[static_cast<std::size_t>(c)], row.at(c).size());
    };
    measure(header);
    for (const auto& row : rows)
        measure(row);
    auto line = [&](const QStringList& row) {
        QString text;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString cell = c < row.size() ? row.at(c) : QString();
            text += (c == 0 ? QString() : QStringLiteral("  ")) +
                    cell.leftJustified(widths[static_cast<std::size_t>(c)]);
        }
        if (text.trimmed().isEmpty()) {
            out += QLatin1Char('\n');
        } else {
            text.truncate(withoutTrailingSpace(text));
            out += text + QLatin1Char('\n');
        }
    };
    line(header);
    for (const auto& row : rows)
        line(row);
    if (rows.empty())
        out += QStringLiteral("(none)\n");
}

} // namespace

QString ReportFormat::table(const Report& report)
{
    QString out =
        QStringLiteral("%1, %2 to %3\n\n")
            .arg(report.name, day(report.period.from, false), day(report.period.to, true));
    std::vector<QStringList> kpis;
    for (const Kpi& k : report.kpis)
        kpis.push_back(
            {k.label, k.value && k.unit == QLatin1String("%")
                          ? percentText(*k.value) // as the table says it
                          : value(k) + (k.unit.isEmpty() || !k.value ? QString()
                                                                     : QLatin1Char(' ') + k.unit)});
    aligned(out, {DashboardMetrics::tr("Measure"), DashboardMetrics::tr("Value")}, kpis);
    // Keys and empty numbers in words (metrics/CellText.h): this format is for people.
    for (const ReportTable& t : report.tables) {
        out += QLatin1Char('\n') + t.title + QLatin1Char('\n');
        QStringList header;
        for (int c = 0; c < t.columns.size(); ++c)
            header << headerWords(t, c);
        std::vector<QStringList> rows;
        rows.reserve(t.rows.size());
        for (const QStringList& row : t.rows) {
            QStringList words;
            for (int c = 0; c < row.size();
                 ++c) // a stored name's tab or line break is shown, not obeyed
                words << visibleCell(cellWords(t.cellKind(c), row.at(c)));
            rows.push_back(std::move(words));
        }
        aligned(out, header, rows);
    }
    return out;
}

bool ReportFormat::csv(const Report& report, QIODevice& out, bool bom)
{
    CsvWriter w(out);
    if (bom)
        w.writeBom();
    w.writeRow({QStringLiteral("kpi"), QStringLiteral("value"), QStringLiteral("unit")});
    for (const Kpi& k : report.kpis)
        w.writeRow({k.key, k.value ? value(k) : QString(), k.unit});
    for (const ReportTable& t : report.tables) {
        w.writeRow({});
        w.writeRow({t.key});
        w.writeRow(t.columns);
        for (const QStringList& row : t.rows)
            w.writeRow(row);
    }
    return w.ok();
}

QByteArray ReportFormat::json(const Report& report)
{
    QJsonObject root;
    root[QStringLiteral("report")] = report.name;
    root[QStringLiteral("from")] = day(report.period.from, false);
    root[QStringLiteral("to")] = day(report.period.to, true);
    QJsonArray kpis;
    for (const Kpi& k : report.kpis) {
        QJsonObject o;
        o[QStringLiteral("key")] = k.key;
        o[QStringLiteral("label")] = k.label;
        o[QStringLiteral("value")] = k.value ? QJsonValue(*k.value) : QJsonValue();
        o[QStringLiteral("unit")] = k.unit;
        kpis.append(o);
    }
    root[QStringLiteral("kpis")] = kpis;
    QJsonArray tables;
    for (const ReportTable& t : report.tables) {
        QJsonObject o;
        o[QStringLiteral("key")] = t.key;
        o[QStringLiteral("title")] = t.title;
        o[QStringLiteral("columns")] = QJsonArray::fromStringList(t.columns);
        QJsonArray rows;
        for (const QStringList& row : t.rows)
            rows.append(QJsonArray::fromStringList(row));
        o[QStringLiteral("rows")] = rows;
        tables.append(o);
    }
    root[QStringLiteral("tables")] = tables;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace fd
