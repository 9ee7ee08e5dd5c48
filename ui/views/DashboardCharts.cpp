// DashboardView's charts, one per typed table that has one (metrics/Dashboards.h): the
// funnel, the weekly trend (a bar a week, month, quarter or year), the flow matrix, the health
// split and the mixes; each opens the list behind a bar or cell, and saves itself as PNG
// from its context menu. Row i of a dashboard's table is element i of its typed list
// (Dashboards.h), so a bar opens its row's drill-down through drillRow().
#include "views/DashboardView.h"

#include "charts/BarChart.h"
#include "charts/ChartFlow.h"
#include "charts/FlowMatrix.h"
#include "metrics/CellText.h"
#include "models/Formatting.h"
#include "StageColors.h"

#include <QAction>
#include <QGridLayout>

#include <algorithm>
#include <type_traits>

namespace fd {

namespace {

// The bars of a weekly trend: one a week; a long period gets a bar a month, a quarter or a
// year, so that every label fits and the chart stays narrower than the window (each upright
// label takes a line's width: BarChart::setData). Each bar keeps the weeks behind it (indexes
// into the weeks).
struct WeekBars {
    enum class Per { Week, Month, Quarter, Year } per = Per::Week;
    QStringList labels;
    std::vector<std::vector<std::size_t>> weeks;
};

// A period longer than a year starts at its first week with a move: the empty years before it
// (an "All time" from 2000 on) would only add bars of nothing.
WeekBars weekBars(const std::vector<QDate>& starts, const std::vector<BarSeries>& weekly)
{
    constexpr std::size_t kWeeksInYear = 52;
    std::size_t first = 0;
    const auto moved = [&weekly](std::size_t week) {
        return std::any_of(weekly.begin(), weekly.end(),
                           [week](const BarSeries& s) { return s.values.at(week) != 0; });
    };
    if (starts.size() > kWeeksInYear)
        while (first + 1 < starts.size() && !moved(first))
            ++first;
    const std::size_t shown = starts.size() - first;
    WeekBars bars;
    if (shown > 4 * kWeeksInYear)
        bars.per = WeekBars::Per::Year;
    else if (shown > kWeeksInYear)
        bars.per = WeekBars::Per::Quarter;
    else if (shown > 16)
        bars.per = WeekBars::Per::Month;
    for (std::size_t i = first; i < starts.size(); ++i) {
        const QDate week = starts[i];
        const QString label = bars.per == WeekBars::Per::Week      ? dayOfYear(week)
                              : bars.per == WeekBars::Per::Month   ? yearMonth(week)
                              : bars.per == WeekBars::Per::Quarter ? yearQuarter(week)
                                                                   : QString::number(week.year());
        if (bars.labels.isEmpty() || bars.labels.last() != label) {
            bars.labels << label;
            bars.weeks.emplace_back();
        }
        bars.weeks.back().push_back(i);
    }
    return bars;
}

// A column header as the tables show it: "touchpoints" → "Touchpoints".
QString titled(QString header)
{
    if (!header.isEmpty())
        header[0] = header[0].toUpper();
    return header;
}

} // namespace

void DashboardView::placeChart(QWidget* chart)
{
    const int index = m_chartGrid->count();
    m_chartGrid->addWidget(chart, index / 2, index % 2);
    // Each chart on its own, from its context menu.
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* save = new QAction(tr("Save this chart as PNG…"), chart);
    connect(save, &QAction::triggered, this, [this, index, chart] {
        const QString name = chart->objectName().startsWith(QLatin1String("chart_"))
                                 ? chart->objectName().mid(6)
                                 : QStringLiteral("chart");
        saveAs(
            SaveDialogs::Kind::Image, tr("Save the chart"),
            suggestedName(name, QStringLiteral("png")), tr("PNG images (*.png)"),
            [this, index](const QString& path) { return saveChart(path, index); },
            tr("The chart is saved as a picture."));
    });
    chart->addAction(save);
}

QColor DashboardView::chartAccent() const
{
    return m_stage ? stageColor(*m_stage) : palette().color(QPalette::Highlight);
}

void DashboardView::chartFunnel(const Funnel& funnel)
{
    // Customers per stage in the stage colours, each label with its conversion, in words as
    // the table and the tiles say it.
    QStringList labels;
    std::vector<double> values;
    std::vector<QColor> colors;
    for (const FunnelStage& s : funnel.stages) {
        labels << (s.movedOnPct
                       ? tr("%1 (%2 move on)").arg(displayName(s.stage), percentText(*s.movedOnPct))
                       : displayName(s.stage));
        values.push_back(static_cast<double>(s.customers));
        colors.push_back(stageColor(s.stage));
    }
    auto* chart = new BarChart;
    chart->setObjectName(QStringLiteral("chart_funnel"));
    chart->setTitle(tr("Customers per stage, and how many moved on in the period"));
    chart->setColoredBars(labels, values, colors);
    connect(chart, &BarChart::clicked, this,
            [this](int row) { drillRow(QStringLiteral("funnel"), row); });
    placeChart(chart);
}

void DashboardView::chartFlow(const Flow& flow)
{
    std::vector<FlowMatrix::Cell> cells;
    for (const FlowCell& c : flow.cells)
        cells.push_back({c.from, c.to, c.customers});
    auto* matrix = new FlowMatrix;
    matrix->setObjectName(QStringLiteral("chart_flow"));
    matrix->setCells(cells);
    connect(matrix, &FlowMatrix::clicked, this,
            [this](int row) { drillRow(QStringLiteral("flow"), row); });
    placeChart(matrix);
}

void DashboardView::chartWeeks(const QString& title, const std::vector<QDate>& starts,
                               const std::vector<BarSeries>& weekly,
                               const std::vector<DrillDown>& drills)
{
    // One bar per week (or month, or quarter), stacked by stage when there are several
    // series; the weeks behind a bar open together.
    const WeekBars bars = weekBars(starts, weekly);
    std::vector<BarSeries> series;
    for (const BarSeries& week : weekly) {
        BarSeries s{week.name, {}, week.color};
        for (const auto& group : bars.weeks) {
            double sum = 0;
            for (const std::size_t i : group)
                sum += week.values.at(i);
            s.values.push_back(sum);
        }
        series.push_back(std::move(s));
    }
    auto* chart = new BarChart;
    chart->setObjectName(QStringLiteral("chart_weekly"));
    chart->setTitle(bars.per == WeekBars::Per::Week      ? title
                    : bars.per == WeekBars::Per::Month   ? tr("%1 (a bar a month)").arg(title)
                    : bars.per == WeekBars::Per::Quarter ? tr("%1 (a bar a quarter)").arg(title)
                                                         : tr("%1 (a bar a year)").arg(title));
    chart->setData(bars.labels, series,
                   series.size() > 1 ? BarChart::Shape::Stacked : BarChart::Shape::Vertical);
    chart->setEmptyText(tr("Nothing in this period"));
    connect(chart, &BarChart::clicked, this, [this, title, bars, drills](int bar) {
        if (bar < 0 || bar >= static_cast<int>(bars.weeks.size()))
            return;
        const auto& group = bars.weeks[static_cast<std::size_t>(bar)];
        if (group.size() == 1) {
            drillRow(QStringLiteral("weekly"), static_cast<int>(group.front()));
            return;
        }
        DrillDown all = drills.at(group.front());
        for (const std::size_t i : group)
            all.ids.insert(all.ids.end(), drills.at(i).ids.begin(), drills.at(i).ids.end());
        std::sort(all.ids.begin(), all.ids.end());
        all.ids.erase(std::unique(all.ids.begin(), all.ids.end()), all.ids.end());
        emit drill(all, title + QStringLiteral(": ") + bars.labels.at(bar));
    });
    placeChart(chart);
}

void DashboardView::chartWeeks(const StageWeekly& weekly)
{
    std::vector<QDate> starts;
    std::vector<DrillDown> drills;
    std::vector<BarSeries> series;
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i) {
        const auto stage = static_cast<Stage>(i);
        series.push_back({displayName(stage), {}, stageColor(stage)});
    }
    for (const StageWeek& week : weekly.weeks) {
        starts.push_back(week.start);
        drills.push_back(week.drill);
        for (std::size_t i = 0; i < series.size(); ++i) {
            const auto moves = week.moves.find(static_cast<Stage>(i));
            series[i].values.push_back(
                moves == week.moves.end() ? 0.0 : static_cast<double>(moves->second));
        }
    }
    chartWeeks(weekly.title, starts, series, drills);
}

void DashboardView::chartWeeks(const TicketWeekly& weekly)
{
    std::vector<QDate> starts;
    std::vector<DrillDown> drills;
    BarSeries tickets{titled(weekly.counted), {}, chartAccent()};
    for (const TicketWeek& week : weekly.weeks) {
        starts.push_back(week.start);
        drills.push_back(week.drill);
        tickets.values.push_back(static_cast<double>(week.tickets));
    }
    chartWeeks(weekly.title, starts, {tickets}, drills);
}

void DashboardView::chartHealth(const Health& health)
{
    // On track in the stage's colour, behind paler, stuck in red: the eye goes there.
    QStringList labels;
    std::vector<double> values;
    for (const HealthBand& band : health.bands) {
        labels << band.label;
        values.push_back(static_cast<double>(band.customers));
    }
    const QColor accent = chartAccent();
    auto* chart = new BarChart;
    chart->setObjectName(QStringLiteral("chart_health"));
    chart->setTitle(health.title);
    chart->setColoredBars(labels, values, {accent, accent.lighter(140), problemColor()});
    chart->setEmptyText(tr("No customers in this stage"));
    connect(chart, &BarChart::clicked, this,
            [this](int row) { drillRow(QStringLiteral("health"), row); });
    placeChart(chart);
}

void DashboardView::chartScores(const ScoreHealth& scores)
{
    // The band mix in the bands' own colours, Healthy first, as the table lists them.
    QStringList labels;
    std::vector<double> values;
    std::vector<QColor> colors;
    qint64 scored = 0;
    for (const ScoreBandSlice& slice : scores.bands) {
        labels << HealthScorer::displayName(slice.band);
        values.push_back(static_cast<double>(slice.customers));
        colors.push_back(bandColor(slice.band));
        scored += slice.customers;
    }
    if (scored == 0)
        return; // nobody scored yet: the table says so
    auto* chart = new BarChart;
    chart->setObjectName(QStringLiteral("chart_score_bands"));
    chart->setTitle(tr("Health score bands now"));
    chart->setColoredBars(labels, values, colors);
    connect(chart, &BarChart::clicked, this,
            [this](int row) { drillRow(QStringLiteral("score_bands"), row); });
    placeChart(chart);
}

void DashboardView::chartMix(const QString& key, const QString& title, const QString& counted,
                             const QStringList& labels, const std::vector<double>& values)
{
    auto* chart = new BarChart;
    chart->setObjectName(QStringLiteral("chart_") + key);
    chart->setTitle(title);
    chart->setData(labels, {BarSeries{titled(counted), values, chartAccent()}},
                   BarChart::Shape::Horizontal);
    chart->setEmptyText(tr("Nothing in this period"));
    connect(chart, &BarChart::clicked, this, [this, key](int row) { drillRow(key, row); });
    placeChart(chart);
}

void DashboardView::showCharts(const std::vector<Dashboard>& dashboards)
{
    while (QLayoutItem* item = m_chartGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto mix = [this](const auto& m) {
        if (m.slices.empty())
            return;
        QStringList labels;
        std::vector<double> values;
        for (const auto& slice : m.slices) {
            labels << displayName(slice.key);
            values.push_back(static_cast<double>(slice.count));
        }
        chartMix(m.key, m.title, m.counted, labels, values);
    };
    // In the order of the tables (toReport): a stage dashboard's health first.
    for (const Dashboard& dashboard : dashboards) {
        std::visit(
            [&](const auto& d) {
                using D = std::decay_t<decltype(d)>;
                if constexpr (std::is_same_v<D, FunnelDashboard>) {
                    if (!d.funnel.stages.empty())
                        chartFunnel(d.funnel);
                } else if constexpr (std::is_same_v<D, FlowDashboard>) {
                    if (!d.flow.cells.empty())
                        chartFlow(d.flow);
                    if (!d.weekly.weeks.empty())
                        chartWeeks(d.weekly);
                } else if constexpr (std::is_same_v<D, OnboardingDashboard> ||
                                     std::is_same_v<D, RetentionDashboard>) {
                    chartHealth(d.health);
                    chartScores(d.scores);
                    mix(d.touchpoints);
                } else if constexpr (std::is_same_v<D, PostSalesDashboard>) {
                    chartHealth(d.health);
                    chartScores(d.scores);
                    if (!d.weekly.weeks.empty())
                        chartWeeks(d.weekly);
                    mix(d.statuses);
                    mix(d.priorities);
                } else if constexpr (std::is_same_v<D, AdvocacyDashboard>) {
                    chartHealth(d.health);
                    chartScores(d.scores);
                    mix(d.advocacyTouchpoints);
                }
            },
            dashboard);
    }
    m_charts->setVisible(m_chartGrid->count() > 0);
    m_chartFlow->reflow();
}

} // namespace fd
