#include "charts/Sparkline.h"
#include "PaletteFollow.h"
#include "StageColors.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace fd {

Sparkline::Sparkline(QWidget* parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->setBackgroundVisible(false);
    // A faint band the width of the whole period, so a line that starts late reads as late.
    m_chart->setPlotAreaBackgroundVisible(true);
    m_chart->setPlotAreaBackgroundBrush(QColor(128, 128, 128, 28));
    m_chart->setPlotAreaBackgroundPen(Qt::NoPen);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_series = new QLineSeries;
    m_chart->addSeries(m_series);
    m_x = new QValueAxis;
    m_y = new QValueAxis;
    for (QValueAxis* axis : {m_x, m_y}) {
        axis->setVisible(false);
        axis->setGridLineVisible(false);
    }
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    auto* view = new QChartView(m_chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    followPalette(view, [] { return QStringLiteral("background: transparent"); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    setMinimumSize(120, 28);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFixedHeight(34);
    onPaletteChange(this, [this] {
        if (m_series->pen().color() != themed(m_series->pen().color()))
            setColor(themed(m_series->pen().color()));
    });
}

void Sparkline::setPoints(const std::vector<std::pair<double, double>>& points, double low,
                          double high, double days)
{
    QList<QPointF> list;
    list.reserve(static_cast<qsizetype>(points.size()));
    for (const auto& [x, y] : points)
        list.append(QPointF(x, y));
    m_series->replace(list);
    m_x->setRange(0, std::max(days, 1.0));
    m_y->setRange(low, high);
}

void Sparkline::setColor(const QColor& color)
{
    QPen pen(color);
    pen.setWidthF(2);
    m_series->setPen(pen);
}

int Sparkline::pointCount() const
{
    return static_cast<int>(m_series->count());
}

} // namespace fd
