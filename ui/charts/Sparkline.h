// A small line of values with no axes, for a trend beside a number (the customer pane's 90 days
// of health). Drawn with Qt Charts like BarChart, so the drawing can move with it.
#pragma once

#include <QColor>
#include <QWidget>

#include <vector>

class QChart;
class QLineSeries;
class QValueAxis;

namespace fd {

class Sparkline : public QWidget {
    Q_OBJECT

public:
    explicit Sparkline(QWidget* parent = nullptr);

    // Points (x: days from the first, y: the value), drawn between `low` and `high`; an empty
    // list draws nothing.
    void setPoints(const std::vector<std::pair<double, double>>& points, double low, double high,
                   double days);
    void setColor(const QColor& color);
    int pointCount() const;

private:
    QChart* m_chart = nullptr;
    QLineSeries* m_series = nullptr;
    QValueAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
};

} // namespace fd
