#include "charts/ChartFlow.h"

#include <QEvent>
#include <QGridLayout>
#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <vector>

namespace fd {

ChartFlow::ChartFlow(QGridLayout* grid, QWidget* viewport) : QObject(viewport), m_grid(grid), m_viewport(viewport)
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
    const int frame = 2 * m_viewport->style()->pixelMetric(QStyle::PM_LayoutLeftMargin) + m_grid->contentsMargins().left() +
                      m_grid->contentsMargins().right();
    const int room = m_viewport->width() - frame;
    const int spacing = std::max(0, m_grid->horizontalSpacing());
    int columns = 2;
    for (std::size_t i = 0; i + 1 < charts.size(); i += 2) {
        const int pair = std::max(charts[i]->minimumWidth(), charts[i]->minimumSizeHint().width()) +
                         std::max(charts[i + 1]->minimumWidth(), charts[i + 1]->minimumSizeHint().width()) + spacing;
        if (pair > room)
            columns = 1;
    }
    if (columns == m_columns && !force)
        return;
    m_columns = columns;
    for (QWidget* w : charts)
        m_grid->removeWidget(w);
    for (std::size_t i = 0; i < charts.size(); ++i)
        m_grid->addWidget(charts[i], static_cast<int>(i) / columns, static_cast<int>(i) % columns);
    // Side by side, the two share the width equally.
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, columns == 2 ? 1 : 0);
}

} // namespace fd
