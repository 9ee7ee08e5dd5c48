// The only place Qt Charts is used (it is deprecated from Qt 6.10): dashboards ask for a
// bar chart of labelled values and get a widget, so the drawing can move to QPainter or
// Qt Graphs without touching them.
#pragma once

#include "common/OutputFile.h"

#include <QColor>
#include <QStringList>
#include <QWidget>

#include <vector>

class QAbstractBarSeries;
class QChartView;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QPainter;

namespace fd {

struct BarSeries {
    QString name;
    std::vector<double> values; // one per category
    QColor color;
};

class BarChart : public QWidget {
    Q_OBJECT

public:
    enum class Shape {
        Vertical,   // weeks along the bottom
        Horizontal, // a few long labels down the side
        Stacked,    // vertical, the series stacked (moves into each stage per week)
    };

    explicit BarChart(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setData(const QStringList& categories, const std::vector<BarSeries>& series, Shape shape);
    // One bar per category, each in its own colour, the legend naming them (stages).
    void setColoredBars(const QStringList& categories, const std::vector<double>& values,
                        const std::vector<QColor>& colors);
    // A line centred on the plot, on a box of the chart's background that covers the grid
    // (white with black text on a PDF page: paint()), while the data set by setData() or
    // setColoredBars() has every bar zero ("Nothing in this period"), so that an empty chart
    // does not read as one still loading or a count of one; the value axis then shows no
    // numbers. Empty text: none.
    void setEmptyText(const QString& text);
    QString emptyText() const;
    bool showsEmptyText() const; // data was set, every bar is zero, and the line is shown
    // Through OutputFile: whole or not at all, never over a file in `protectedFiles`.
    Status savePng(const QString& path, const QList<ProtectedFile>& protectedFiles = {});
    // Draws the chart into `target` (the painter's device pixels) as vector graphics, laid
    // out at least 820 px wide and scaled to fit: a PDF report's chart. The widget on screen
    // is left as it was.
    void paint(QPainter& painter, const QRectF& target);

    // How many axis labels are drawn cut short ("…") at the chart's present size: 0 when
    // every label reads whole. For tests and for a person looking at a screenshot.
    int elidedLabels() const;
    // The height of the area the bars are drawn in, in logical pixels.
    int plotHeight() const;

signals:
    void clicked(int category); // a bar

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void followTheme(); // the palette's and StageColors.h's colours for the theme in use
    // Lays the category labels out by their measured width: a vertical chart turns them
    // upright when they do not fit side by side under their bars.
    void fitLabels();
    // Breaks the title into lines that fit the chart's width.
    void fitTitle();
    void setAxes(QAbstractBarSeries* bars, const QStringList& categories, double top,
                 bool horizontal);
    void placeEmptyText(); // centred on the plot area, shown while every bar is zero

    QChartView* m_view = nullptr;
    QString m_title;
    QStringList m_categories;
    bool m_horizontal = false;
    bool m_allZero = false;                  // until data is set
    QGraphicsRectItem* m_emptyBox = nullptr; // in the background's colour, over the grid lines
    QGraphicsSimpleTextItem* m_emptyText = nullptr; // inside m_emptyBox
};

} // namespace fd
