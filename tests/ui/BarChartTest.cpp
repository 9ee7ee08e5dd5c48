// The bar chart's value axis: the bars are counts, so its ticks are whole numbers; a chart of
// nothing but zeros says so in words.
#include "charts/BarChart.h"

#include <catch2/catch.hpp>

#include <QChart>
#include <QChartView>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QPainter>
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

TEST_CASE("A bar chart whose bars are all zero shows its empty text over the plot, and only then",
          "[ui][chart]")
{
    BarChart chart;
    chart.resize(600, 300);
    chart.setEmptyText(QStringLiteral("Nothing in this period"));
    const QStringList weeks{QStringLiteral("Jan 4"), QStringLiteral("Jan 11")};
    chart.setData(weeks, {BarSeries{QStringLiteral("tickets"), {0, 0}, Qt::blue}},
                  BarChart::Shape::Vertical);
    chart.show();
    CHECK(chart.showsEmptyText());
    auto* view = chart.findChild<QChartView*>();
    REQUIRE(view);
    const QRectF plot = view->chart()->plotArea();
    const QGraphicsSimpleTextItem* shown = nullptr;
    for (QGraphicsItem* item : view->scene()->items()) {
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item);
            text && text->isVisible() && text->text() == chart.emptyText())
            shown = text;
    }
    REQUIRE(shown);
    CHECK(plot.contains(shown->sceneBoundingRect())); // on the plot, not an axis or the title
    // Nothing is drawn over it, and the grid lines beneath it are covered by a box of the
    // chart's background: a line through the plot's centre would strike it through.
    const QList<QGraphicsItem*> stack = view->scene()->items(shown->sceneBoundingRect().center());
    REQUIRE(stack.size() >= 2);
    CHECK(stack.at(0) == shown);
    const auto* box = dynamic_cast<const QGraphicsRectItem*>(stack.at(1));
    REQUIRE(box);
    CHECK(shown->parentItem() == box); // its own box, not the chart's background
    CHECK(box->brush().style() == Qt::SolidPattern);
    CHECK(box->brush().color() == view->chart()->backgroundBrush().color());
    CHECK(box->sceneBoundingRect().contains(shown->sceneBoundingRect()));

    chart.setData(weeks, {BarSeries{QStringLiteral("tickets"), {0, 2}, Qt::blue}},
                  BarChart::Shape::Vertical);
    CHECK_FALSE(chart.showsEmptyText());
    chart.setData(weeks, {BarSeries{QStringLiteral("tickets"), {0, 0}, Qt::blue}},
                  BarChart::Shape::Vertical);
    CHECK(chart.showsEmptyText());
    chart.setEmptyText({}); // no text: nothing is drawn
    CHECK_FALSE(chart.showsEmptyText());
}

TEST_CASE("An empty chart of a dark desktop prints its line in black on a white box", "[ui][chart]")
{
    BarChart chart;
    QPalette dark = chart.palette();
    const QColor night(0x20, 0x20, 0x20);
    dark.setColor(QPalette::Base, night);
    dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    chart.setPalette(dark);
    chart.resize(1000, 500); // paint() lays a page out at 1000 px as the screen is here
    chart.setEmptyText(QStringLiteral("Nothing in this period"));
    chart.setData({QStringLiteral("Jan 4"), QStringLiteral("Jan 11")},
                  {BarSeries{QStringLiteral("tickets"), {0, 0}, Qt::blue}},
                  BarChart::Shape::Vertical);
    chart.show();
    auto* view = chart.findChild<QChartView*>();
    REQUIRE(view);
    const QGraphicsRectItem* box = nullptr;
    for (QGraphicsItem* item : view->scene()->items()) {
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item);
            text && text->text() == chart.emptyText())
            box = dynamic_cast<const QGraphicsRectItem*>(text->parentItem());
    }
    REQUIRE(box);
    CHECK(box->brush().color() == night); // the screen's colours
    const QRect where = box->sceneBoundingRect().toRect().adjusted(3, 3, -3, -3);

    QImage page(1000, 500, QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        chart.paint(painter, QRectF(page.rect()));
    }
    int light = 0;
    int darkInk = 0;
    for (int y = where.top(); y <= where.bottom(); ++y) {
        for (int x = where.left(); x <= where.right(); ++x) {
            const int gray = qGray(page.pixel(x, y));
            light += gray > 200 ? 1 : 0;
            darkInk += gray < 90 ? 1 : 0;
        }
    }
    const int area = where.width() * where.height();
    INFO("light " << light << ", dark " << darkInk << " of " << area << " pixels in the box");
    CHECK(light > area / 2);              // paper white, not the desktop's dark box
    CHECK(darkInk > 0);                   // the words in black
    CHECK(box->brush().color() == night); // and the screen's colours again after the page
}
