// The only place Qt Charts is used (it is deprecated from Qt 6.10): dashboards ask for a
// bar chart of labelled values and get a widget, so the drawing can move to QPainter or
// Qt Graphs without touching them.
#pragma once

#include <QColor>
#include <QStringList>
#include <QWidget>

#include <vector>

class QChartView;

namespace fd {

struct BarSeries {
    QString name;
    std::vector<double> values; // one per category
    QColor color;
};

class BarChart : public QWidget {
    Q_OBJECT

public:
    explicit BarChart(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    // Horizontal bars read best for a funnel's few long labels; vertical for weeks.
    void setData(const QStringList& categories, const std::vector<BarSeries>& series, bool horizontal);
    bool savePng(const QString& path);

private:
    QChartView* m_view = nullptr;
};

} // namespace fd
