#include "charts/ChartFlow.h"

#include <QEvent>
#include <QGridLayout>
#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <vector>

namespace fd {

ChartFlow::ChartFlow(QGridLayout* grid, QWidget* viewport, int mostColumns)
    : QObject(viewport), m_grid(grid), m_viewport(viewport), m_mostColumns(std::max(1, mostColumns))
{
    viewport->installEventFilter(this);
}

bool ChartFlow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        reflow(false);
    return QObject::eventFilter(watched, event);
}

void ChartFlow::reflow(bool force)
{
    std::vector<QWidget*> charts;
    for (int i = 0; i < m_grid->count(); ++i) {
        if (QWidget* w = m_grid->itemAt(i)->widget())
            charts.push_back(w);
    }
    // The room the grid has: the viewport less the content's and the grid's own margins.
    const int frame = 2 * m_viewport->style()->pixelMetric(QStyle::PM_LayoutLeftMargin) +
                      m_grid->contentsMargins().left() + m_grid->contentsMargins().right();
    const int room = m_viewport->width() - frame;
    const int spacing = std::max(0, m_grid->horizontalSpacing());
    // The most columns whose widest members fit side by side (a grid's column is as wide as
    // its widest member, in every row).
    auto fits = [&](int columns) {
        int width = (columns - 1) * spacing;
        for (int c = 0; c < columns; ++c) {
            int widest = 0;
            for (std::size_t i = static_cast<std::size_t>(c); i < charts.size();
                 i += static_cast<std::size_t>(columns))
                widest = std::max(
                    {widest, charts[i]->minimumWidth(), charts[i]->minimumSizeHint().width()});
            width += widest;
        }
        return width <= room;
    };
    int columns = m_mostColumns;
    while (columns > 1 && !fits(columns))
        --columns;
    if (columns == m_columns && !force)
        return;
    m_columns = columns;
    for (QWidget* w : charts)
        m_grid->removeWidget(w);
    for (std::size_t i = 0; i < charts.size(); ++i)
        m_grid->addWidget(charts[i], static_cast<int>(i) / columns, static_cast<int>(i) % columns);
    // Side by side, they share the width equally.
    for (int c = 0; c < m_mostColumns; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

} // namespace fd
