#include "charts/BarChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

BarChart::BarChart(QWidget* parent) : QWidget(parent)
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new QChartView(chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(220);
}

void BarChart::setTitle(const QString& title)
{
    m_view->chart()->setTitle(title);
}

void BarChart::setData(const QStringList& categories, const std::vector<BarSeries>& series, bool horizontal)
{
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    QAbstractBarSeries* bars = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                          : static_cast<QAbstractBarSeries*>(new QBarSeries);
    double top = 0;
    for (const BarSeries& s : series) {
        auto* set = new QBarSet(s.name);
        for (const double v : s.values) {
            *set << v;
            top = std::max(top, v);
        }
        if (s.color.isValid())
            set->setColor(s.color);
        bars->append(set);
    }
    // The tables below carry the exact numbers; labels on bars only clutter small ones.
    bars->setLabelsVisible(false);
    chart->addSeries(bars);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, top > 0 ? top * 1.15 : 1);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    chart->legend()->setVisible(series.size() > 1);
}

bool BarChart::savePng(const QString& path)
{
    return m_view->grab().save(path, "PNG");
}

} // namespace fd
