// DashboardView's charts, one per table that has one: the funnel, the weekly trend (a bar a
// week, month or quarter), the flow matrix, the health split and the mixes; each opens the
// list behind a bar or cell, and saves itself as PNG from its context menu.
#include "views/DashboardView.h"

#include "StageColors.h"
#include "charts/BarChart.h"
#include "charts/ChartFlow.h"
#include "charts/FlowMatrix.h"
#include "models/Formatting.h"
#include "models/ReportText.h"

#include <QAction>
#include <QGridLayout>

#include <algorithm>

namespace fd {

void DashboardView::showCharts(const Report& report)
{
    while (QLayoutItem* item = m_chartGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int placed = 0;
    auto place = [&](QWidget* chart) {
        m_chartGrid->addWidget(chart, placed / 2, placed % 2);
        const int index = placed++;
        // Each chart on its own, from its context menu.
        chart->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto* save = new QAction(tr("Save this chart as PNG…"), chart);
        connect(save, &QAction::triggered, this, [this, index, chart] {
            const QString name = chart->objectName().startsWith(QLatin1String("chart_"))
                                     ? chart->objectName().mid(6)
                                     : QStringLiteral("chart");
            saveAs(SaveDialogs::Kind::Image, tr("Save the chart"), suggestedName(name, QStringLiteral("png")),
                   tr("PNG images (*.png)"), [this, index](const QString& path) { return saveChart(path, index); },
                   tr("The chart is saved as a picture."));
        });
        chart->addAction(save);
    };
    const QColor accent = m_stage ? stageColor(*m_stage) : palette().color(QPalette::Highlight);
    for (const ReportTable& t : report.tables) {
        if (t.rows.empty())
            continue;
        const QString key = t.key;
        auto drillOn = [this, key](int row) { drillRow(key, row); };
        if (key == QLatin1String("funnel")) {
            // Customers per stage in the stage colours, each label with its conversion.
            QStringList labels;
            std::vector<double> values;
            std::vector<QColor> colors;
            int conversion = -1; // the percent column: its words as the table and the tiles say them
            for (int c = 0; c < t.columns.size() && conversion < 0; ++c)
                conversion = t.cellKind(c) == CellKind::Percent ? c : -1;
            for (const QStringList& row : t.rows) {
                const Stage stage = enumFromString<Stage>(row.at(0)).value_or(Stage::Onboarding);
                labels << (row.value(conversion).isEmpty() ? displayName(stage)
                                                           : tr("%1 (%2 move on)").arg(displayName(stage),
                                                                                     displayCell(CellKind::Percent, row.value(conversion))));
                values.push_back(row.value(1).toDouble());
                colors.push_back(stageColor(stage));
            }
            auto* chart = new BarChart;
            chart->setObjectName(QStringLiteral("chart_funnel"));
            chart->setTitle(tr("Customers per stage, and how many moved on in the period"));
            chart->setColoredBars(labels, values, colors);
            connect(chart, &BarChart::clicked, this, drillOn);
            place(chart);
        } else if (key == QLatin1String("flow")) {
            std::vector<FlowMatrix::Cell> cells;
            for (const QStringList& row : t.rows)
                cells.push_back({enumFromString<Stage>(row.at(0)),
                                 enumFromString<Stage>(row.at(1)).value_or(Stage::Onboarding), row.value(2).toLongLong()});
            auto* matrix = new FlowMatrix;
            matrix->setObjectName(QStringLiteral("chart_flow"));
            matrix->setCells(cells);
            connect(matrix, &FlowMatrix::clicked, this, drillOn);
            place(matrix);
        } else if (key == QLatin1String("weekly")) {
            // Weekly trend: one bar per week, stacked by stage when the table has them; a long
            // period gets a bar per month, or per quarter, so every label fits (the weeks'
            // rows behind a bar open together).
            enum { Weeks, Months, Quarters } bars = Weeks;
            if (t.rows.size() > 16)
                bars = t.rows.size() > 52 ? Quarters : Months;
            QStringList labels;
            std::vector<std::vector<int>> groups; // table rows behind each bar
            for (int r = 0; r < static_cast<int>(t.rows.size()); ++r) {
                const QDate week = QDate::fromString(t.rows[static_cast<std::size_t>(r)].at(0), Qt::ISODate);
                const QString label =
                    bars == Weeks ? dayOfYear(week) : bars == Months ? yearMonth(week) : yearQuarter(week);
                if (labels.isEmpty() || labels.last() != label) {
                    labels << label;
                    groups.emplace_back();
                }
                groups.back().push_back(r);
            }
            std::vector<BarSeries> series;
            for (int c = 1; c < t.columns.size(); ++c) {
                const auto stage = enumFromString<Stage>(t.columns.at(c));
                BarSeries s{displayHeader(t, c), {}, stage ? stageColor(*stage) : accent};
                for (const auto& group : groups) {
                    double sum = 0;
                    for (const int r : group)
                        sum += t.rows[static_cast<std::size_t>(r)].value(c).toDouble();
                    s.values.push_back(sum);
                }
                series.push_back(std::move(s));
            }
            auto* chart = new BarChart;
            chart->setObjectName(QStringLiteral("chart_weekly"));
            chart->setTitle(bars == Weeks ? t.title
                            : bars == Months ? tr("%1 (a bar a month)").arg(t.title)
                                             : tr("%1 (a bar a quarter)").arg(t.title));
            chart->setData(labels, series, series.size() > 1 ? BarChart::Shape::Stacked : BarChart::Shape::Vertical);
            connect(chart, &BarChart::clicked, this, [this, key, groups, labels](int bar) {
                const ReportTable* table = m_report.table(key);
                if (!table || bar < 0 || bar >= static_cast<int>(groups.size()) || table->rowDrills.empty())
                    return;
                if (groups[static_cast<std::size_t>(bar)].size() == 1) {
                    drillRow(key, groups[static_cast<std::size_t>(bar)].front());
                    return;
                }
                DrillDown all = table->rowDrills[static_cast<std::size_t>(groups[static_cast<std::size_t>(bar)].front())];
                for (const int r : groups[static_cast<std::size_t>(bar)]) {
                    const auto& ids = table->rowDrills[static_cast<std::size_t>(r)].ids;
                    all.ids.insert(all.ids.end(), ids.begin(), ids.end());
                }
                std::sort(all.ids.begin(), all.ids.end());
                all.ids.erase(std::unique(all.ids.begin(), all.ids.end()), all.ids.end());
                emit drill(all, table->title + QStringLiteral(": ") + labels.at(bar));
            });
            place(chart);
        } else if (key == QLatin1String("health")) {
            // On track in the stage's colour, behind paler, stuck in red: the eye goes there.
            QStringList labels;
            std::vector<double> values;
            for (const QStringList& row : t.rows) {
                labels << row.value(0);
                values.push_back(row.value(1).toDouble());
            }
            auto* chart = new BarChart;
            chart->setObjectName(QStringLiteral("chart_health"));
            chart->setTitle(t.title);
            chart->setColoredBars(labels, values, {accent, accent.lighter(140), QColor(0xdc, 0x26, 0x26)});
            connect(chart, &BarChart::clicked, this, drillOn);
            place(chart);
        } else if (key == QLatin1String("touchpoints") || key == QLatin1String("advocacy_touchpoints") ||
                   key == QLatin1String("status") || key == QLatin1String("priority")) {
            QStringList labels;
            BarSeries s{displayHeader(t, static_cast<int>(t.columns.size()) - 1), {}, accent};
            for (const QStringList& row : t.rows) {
                labels << rowLabel(t, row);
                s.values.push_back(row.last().toDouble());
            }
            auto* chart = new BarChart;
            chart->setObjectName(QStringLiteral("chart_") + key);
            chart->setTitle(t.title);
            chart->setData(labels, {s}, BarChart::Shape::Horizontal);
            connect(chart, &BarChart::clicked, this, drillOn);
            place(chart);
        }
    }
    m_charts->setVisible(placed > 0);
    m_chartFlow->reflow();
}

} // namespace fd
