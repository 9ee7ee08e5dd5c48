// The bar chart's value axis: the bars are counts, so its ticks are whole numbers.
#include "charts/BarChart.h"

#include <catch2/catch.hpp>

#include <QChart>
#include <QChartView>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace fd;

TEST_CASE("A bar chart's value axis ticks at whole numbers, however small the counts",
          "[ui][chart]")
{
    const std::vector<double> counts =
        GENERATE(values<std::vector<double>>({{0, 0, 0}, {0, 1, 0}, {3, 1, 2}, {40, 12, 7}}));
    const double longest = *std::max_element(counts.begin(), counts.end());
    BarChart chart;
    chart.setData({QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("solved")},
                  {BarSeries{QStringLiteral("tickets"), counts, Qt::blue}},
                  BarChart::Shape::Horizontal);
    auto* view = chart.findChild<QChartView*>();
    REQUIRE(view);
    QValueAxis* axis = nullptr;
    for (QAbstractAxis* a : view->chart()->axes()) {
        if (auto* v = qobject_cast<QValueAxis*>(a))
            axis = v;
    }
    REQUIRE(axis);
    INFO("range 0.." << axis->max() << " in " << axis->tickCount() << " ticks");
    CHECK(axis->min() == 0);
    CHECK(axis->max() > longest); // the longest bar fits, with a little room
    const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
    CHECK(step >= 1);
    CHECK(step == std::round(step));
}
