#include "charts/BarChart.h"
#include "PaletteFollow.h"
#include "StageColors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QResizeEvent>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace fd {

BarChart::BarChart(QWidget* parent) : QWidget(parent)
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // The window's palette, not Qt Charts' own theme: a dark desktop gets dark charts.
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(palette().color(QPalette::Text));
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    m_view = new QChartView(chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setCursor(Qt::PointingHandCursor);
    m_view->setToolTip(tr("Click a bar to open the list behind it"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(240);
    // The empty text on a box of the chart's background, above the grid and the (zero) bars: a
    // grid line through the plot's centre would strike it through.
    m_emptyBox = new QGraphicsRectItem(chart);
    m_emptyBox->setPen(Qt::NoPen);
    m_emptyBox->setZValue(10);
    m_emptyBox->hide();
    m_emptyText = new QGraphicsSimpleTextItem(m_emptyBox); // both coloured by followTheme()
    connect(chart, &QChart::plotAreaChanged, this, [this] { placeEmptyText(); });
    onPaletteChange(this, [this] { followTheme(); });
}

void BarChart::setEmptyText(const QString& text)
{
    m_emptyText->setText(text);
    placeEmptyText();
}

QString BarChart::emptyText() const
{
    return m_emptyText->text();
}

bool BarChart::showsEmptyText() const
{
    return m_emptyBox->isVisible();
}

void BarChart::placeEmptyText()
{
    const bool shown = m_allZero && !m_emptyText->text().isEmpty();
    m_emptyBox->setVisible(shown);
    if (!shown)
        return;
    const QSizeF text = m_emptyText->boundingRect().size();
    const QSizeF box = text + QSizeF(16, 8);
    m_emptyBox->setRect(QRectF(QPointF(0, 0), box));
    m_emptyText->setPos(8, 4);
    m_emptyBox->setPos(m_view->chart()->plotArea().center() -
                       QPointF(box.width() / 2, box.height() / 2));
}

void BarChart::followTheme()
{
    QChart* chart = m_view->chart();
    const QPalette colors = palette();
    chart->setBackgroundBrush(colors.color(QPalette::Base));
    chart->setTitleBrush(colors.color(QPalette::Text));
    chart->legend()->setLabelColor(colors.color(QPalette::Text));
    m_emptyBox->setBrush(colors.color(QPalette::Base));
    m_emptyText->setBrush(colors.color(QPalette::Text));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(colors.color(QPalette::Text));
        axis->setGridLineColor(colors.color(QPalette::Midlight));
        axis->setLinePenColor(colors.color(QPalette::Mid));
    }
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                if (set->color() != themed(set->color()))
                    set->setColor(themed(set->color()));
            }
        }
    }
}

void BarChart::setTitle(const QString& title)
{
    m_title = title;
    fitTitle();
}

void BarChart::fitTitle()
{
    // Qt Charts elides a title wider than its room: it is broken into lines at spaces
    // instead, by its measured width. The room is Qt Charts' own (AbstractChartLayout): the
    // chart, as wide as this widget, less its layout's contents margins and the chart's
    // margins; the title's text adds a document margin each side (hostile tester: at scale 2
    // "On track, behind, stuck (days in Onboarding: under ..." on a 356 px chart, whose
    // room was not width() - 24).
    QChart* chart = m_view->chart();
    const QFontMetrics metrics(chart->titleFont());
    qreal left = 0;
    qreal top = 0;
    qreal right = 0;
    qreal bottom = 0;
    if (chart->layout())
        chart->layout()->getContentsMargins(&left, &top, &right, &bottom);
    const int room = std::max(60, static_cast<int>(std::floor(width() - left - right)) -
                                      chart->margins().left() - chart->margins().right() - 4);
    QStringList lines;
    for (const QString& word : m_title.split(QLatin1Char(' '))) {
        if (!lines.isEmpty() &&
            metrics.horizontalAdvance(lines.last() + QLatin1Char(' ') + word) <= room)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    for (QString& line : lines)
        line = line.toHtmlEscaped();
    const QString html = lines.join(QStringLiteral("<br>"));
    if (chart->title() != html)
        chart->setTitle(html);
}

void BarChart::setAxes(QAbstractBarSeries* bars, const QStringList& categories, double top,
                       bool horizontal)
{
    // Every label of a horizontal chart gets a line's height, so none is elided.
    setMinimumHeight(horizontal ? std::max(240, 24 * static_cast<int>(categories.size()) + 100)
                                : 240);
    m_categories = categories;
    m_horizontal = horizontal;
    m_allZero = !(top > 0);
    QChart* chart = m_view->chart();
    // The tables below carry the exact numbers; labels on bars only clutter small ones.
    bars->setLabelsVisible(false);
    chart->addSeries(bars);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    const QFontMetrics metrics(categoryAxis->labelsFont());
    int widest = 0;
    for (const QString& c : categories)
        widest = std::max(widest, metrics.horizontalAdvance(c));
    if (horizontal) {
        // Qt Charts gives the labels down the side at most 40 % of the chart's width
        // (CartesianChartLayout's maxAxisPortion) and elides the rest: the chart is made
        // wide enough for the widest label, its tick and padding, and the margins.
        setMinimumWidth(
            static_cast<int>(std::ceil((widest + 3 * metrics.averageCharWidth()) / 0.4)) + 40);
    } else {
        // Upright labels need a line's height per bar, the value axis its numbers; the
        // plot keeps at least 120 px above labels turned upright.
        setMinimumHeight(240 + widest);
        // Upright labels need a line's height per bar, the value axis its numbers.
        setMinimumWidth(
            std::max(240, static_cast<int>(categories.size()) * (metrics.height() + 10) +
                              metrics.horizontalAdvance(QStringLiteral("0000")) + 60));
    }
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    valueAxis->applyNiceNumbers();
    // The bars are counts: a small range gets a tick per whole number, not "0 0 0 1 1 1".
    if ((valueAxis->max() - valueAxis->min()) / (valueAxis->tickCount() - 1) < 1) {
        const int whole = std::max(1, static_cast<int>(std::ceil(top * 1.1)));
        valueAxis->setRange(0, whole);
        valueAxis->setTickCount(whole + 1);
    }
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setLabelsVisible(!m_allZero); // no "1" over nothing: the empty text says it
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(categoryAxis), static_cast<QAbstractAxis*>(valueAxis)}) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setGridLineColor(palette().color(QPalette::Midlight));
        axis->setLinePenColor(palette().color(QPalette::Mid));
    }
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    placeEmptyText();
    // Horizontal bars are drawn bottom up; the categories came reversed so they read top down.
    const int last = static_cast<int>(categories.size()) - 1;
    connect(bars, &QAbstractBarSeries::clicked, this,
            [this, horizontal, last](int index, QBarSet*) {
                emit clicked(horizontal ? last - index : index);
            });
}

void BarChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitTitle();
    fitLabels();
}

void BarChart::fitLabels()
{
    if (m_horizontal || m_categories.isEmpty())
        return;
    QAbstractAxis* axis = nullptr;
    for (QAbstractAxis* a : m_view->chart()->axes(Qt::Horizontal)) {
        if (a->type() == QAbstractAxis::AxisTypeBarCategory)
            axis = a;
    }
    if (!axis)
        return;
    const QFontMetrics metrics(axis->labelsFont());
    int widest = 0;
    for (const QString& c : m_categories)
        widest = std::max(widest, metrics.horizontalAdvance(c));
    // The plot's width at the chart's size now (its layout runs later by itself: on a resize
    // the plot area would still be the old size's, and a chart that was narrow once, before
    // the charts were placed one to a row, kept its labels upright), less the value axis and
    // margins when it has not been laid out yet.
    if (QGraphicsLayout* layout = m_view->chart()->layout())
        layout->activate();
    const QRectF plot = m_view->chart()->plotArea();
    const double plotWidth = plot.width() > 0 ? plot.width() : width() - 80.0;
    const double perBar = plotWidth / static_cast<double>(m_categories.size());
    // Qt Charts gives the outer labels less than a bar's width: a quarter of it is kept free.
    const int angle = widest + 2 * metrics.averageCharWidth() > perBar * 0.75 ? -90 : 0;
    if (axis->labelsAngle() != angle)
        axis->setLabelsAngle(angle);
}

void BarChart::setData(const QStringList& categories, const std::vector<BarSeries>& series,
                       Shape shape)
{
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    QAbstractBarSeries* bars = nullptr;
    if (shape == Shape::Horizontal)
        bars = new QHorizontalBarSeries;
    else if (shape == Shape::Stacked)
        bars = new QStackedBarSeries;
    else
        bars = new QBarSeries;
    const bool horizontal = shape == Shape::Horizontal;
    std::vector<double> totals(static_cast<std::size_t>(categories.size()), 0.0);
    double top = 0;
    for (const BarSeries& s : series) {
        auto* set = new QBarSet(s.name);
        for (std::size_t i = 0; i < s.values.size(); ++i) {
            *set << (horizontal ? s.values[s.values.size() - 1 - i] : s.values[i]);
            if (i < totals.size())
                totals[i] = shape == Shape::Stacked ? totals[i] + s.values[i]
                                                    : std::max(totals[i], s.values[i]);
        }
        if (s.color.isValid())
            set->setColor(s.color);
        bars->append(set);
    }
    for (const double t : totals)
        top = std::max(top, t);
    QStringList shown = categories;
    if (horizontal)
        std::reverse(shown.begin(), shown.end());
    setAxes(bars, shown, top, horizontal);
    chart->legend()->setVisible(series.size() > 1);
    if (series.size() > 1) {
        // The legend names every series on one line below the plot: the chart is wide enough
        // for all of them, each after its marker, so none is elided (German names are long:
        // "After-Sales-Support", "Kundenbindung").
        const QFontMetrics legend(chart->legend()->font());
        int needed = 0;
        for (const BarSeries& s : series)
            needed +=
                legend.horizontalAdvance(s.name) + legend.height() + 3 * legend.averageCharWidth();
        setMinimumWidth(std::max(minimumWidth(), needed + 60));
    }
    fitLabels();
}

void BarChart::setColoredBars(const QStringList& categories, const std::vector<double>& values,
                              const std::vector<QColor>& colors)
{
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    // A stacked series with one set per category, zero elsewhere: each bar its colour.
    // Drawn bottom up, so the sets go in reversed.
    auto* bars = new QHorizontalStackedBarSeries;
    const int n = static_cast<int>(categories.size());
    double top = 0;
    for (int c = n - 1; c >= 0; --c) {
        auto* set = new QBarSet(categories.at(c));
        for (int i = n - 1; i >= 0; --i)
            *set << (i == c ? values[static_cast<std::size_t>(c)] : 0.0);
        if (static_cast<std::size_t>(c) < colors.size())
            set->setColor(colors[static_cast<std::size_t>(c)]);
        bars->append(set);
        top = std::max(top, values[static_cast<std::size_t>(c)]);
    }
    QStringList shown = categories;
    std::reverse(shown.begin(), shown.end());
    setAxes(bars, shown, top, true);
    chart->legend()->setVisible(false);
}

int BarChart::elidedLabels() const
{
    // Qt Charts draws each axis label as a text item, cut with an ellipsis when it lacks room.
    int elided = 0;
    for (const QGraphicsItem* item : m_view->scene()->items()) {
        if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
            text && text->isVisible()) {
            const QString shown = text->toPlainText();
            if (shown.endsWith(QStringLiteral("...")) || shown.endsWith(QChar(0x2026)))
                ++elided;
        }
    }
    return elided;
}

int BarChart::plotHeight() const
{
    return static_cast<int>(m_view->chart()->plotArea().height());
}

Status BarChart::savePng(const QString& path, const QList<ProtectedFile>& protectedFiles)
{
    const QPixmap picture = m_view->grab();
    return OutputFile::writeWhole(path, protectedFiles, [&picture](QIODevice& device) -> Status {
        if (!picture.save(&device, "PNG"))
            return failure(tr("The chart could not be encoded as PNG."));
        return {};
    });
}

void BarChart::paint(QPainter& painter, const QRectF& target)
{
    QChart* chart = m_view->chart();
    const QRectF before = chart->geometry();
    // Laid out at least as wide as a wide window, then fitted to the target: on a page as
    // on a big screen, every axis label has room.
    const double scale = std::max(1.0, 820.0 / std::max(1.0, target.width()));
    // Paper is white whatever the desktop's theme: dark ink for the page, the window's
    // palette again afterwards.
    auto ink = [this, chart](const QColor& base, const QColor& text, const QColor& grid,
                             const QColor& line) {
        chart->setBackgroundBrush(base);
        m_emptyBox->setBrush(base);
        m_emptyText->setBrush(text);
        chart->setTitleBrush(text);
        chart->legend()->setLabelColor(text);
        for (QAbstractAxis* axis : chart->axes()) {
            axis->setLabelsColor(text);
            axis->setGridLineColor(grid);
            axis->setLinePenColor(line);
        }
    };
    ink(Qt::white, Qt::black, QColor(0xd1, 0xd5, 0xdb), QColor(0x9c, 0xa3, 0xaf));
    chart->setGeometry(QRectF(QPointF(0, 0), target.size() * scale));
    if (chart->layout())
        chart->layout()->activate();
    m_view->scene()->render(&painter, target, chart->geometry(), Qt::IgnoreAspectRatio);
    ink(palette().color(QPalette::Base), palette().color(QPalette::Text),
        palette().color(QPalette::Midlight), palette().color(QPalette::Mid));
    chart->setGeometry(before);
    if (chart->layout())
        chart->layout()->activate();
}

} // namespace fd
