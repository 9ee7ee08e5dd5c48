#include "views/WrapRow.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace fd {

WrapRow::WrapRow(QWidget* parent) : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

WrapRow::~WrapRow()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void WrapRow::addWidget(QWidget* widget, int stretch)
{
    addChildWidget(widget);
    m_items.append(new QWidgetItem(widget));
    m_stretch.push_back(std::max(0, stretch));
    invalidate();
}

WrapRow* WrapRow::ofGroups(const QList<QList<QWidget*>>& groups)
{
    auto* row = new WrapRow;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        auto* group = new QWidget;
        auto* line = new QHBoxLayout(group);
        line->setContentsMargins(0, 0, 0, 0);
        for (QWidget* widget : groups.at(g)) {
            if (widget)
                line->addWidget(widget);
        }
        if (g == 0)
            line->addStretch(1);
        row->addWidget(group, g == 0 ? 1 : 0);
    }
    return row;
}

void WrapRow::addItem(QLayoutItem* item)
{
    m_items.append(item);
    m_stretch.push_back(0);
}

int WrapRow::count() const
{
    return static_cast<int>(m_items.size());
}

QLayoutItem* WrapRow::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem* WrapRow::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    m_stretch.erase(m_stretch.begin() + index);
    return m_items.takeAt(index);
}

Qt::Orientations WrapRow::expandingDirections() const
{
    return Qt::Horizontal;
}

int WrapRow::gap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget* widget = parentWidget();
    const int fromStyle =
        widget ? widget->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, widget)
               : -1;
    return fromStyle >= 0 ? fromStyle : 6;
}

int WrapRow::heightForWidth(int width) const
{
    return const_cast<WrapRow*>(this)->arrange(QRect(0, 0, width, 0), false);
}

QSize WrapRow::minimumSize() const
{
    // As narrow as the widest item at its own minimum: the rest wraps.
    int width = 0;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            width = std::max(width, item->minimumSize().width());
    }
    const QMargins m = contentsMargins();
    width += m.left() + m.right();
    return {width, heightForWidth(width)};
}

QSize WrapRow::sizeHint() const
{
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
        ++shown;
    }
    const QMargins m = contentsMargins();
    return {width + std::max(0, shown - 1) * gap() + m.left() + m.right(),
            height + m.top() + m.bottom()};
}

void WrapRow::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int WrapRow::arrange(const QRect& rect, bool apply)
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int spacing = gap();
    // Lines of items, each item at its preferred width (never under its minimum).
    std::vector<std::vector<int>> lines(1);
    int x = 0;
    auto preferred = [&](int i) {
        const QLayoutItem* item = m_items.at(i);
        return std::max(item->sizeHint().width(), item->minimumSize().width());
    };
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i)->isEmpty())
            continue;
        const int width = preferred(i);
        if (!lines.back().empty() && x + spacing + width > area.width()) {
            lines.emplace_back();
            x = 0;
        }
        x += (lines.back().empty() ? 0 : spacing) + width;
        lines.back().push_back(i);
    }
    int y = area.top();
    for (const std::vector<int>& line : lines) {
        int used = 0;
        int stretch = 0;
        int height = 0;
        for (const int i : line) {
            used += preferred(i);
            stretch += m_stretch[static_cast<std::size_t>(i)];
            height = std::max(height, m_items.at(i)->sizeHint().height());
        }
        used += std::max<int>(0, static_cast<int>(line.size()) - 1) * spacing;
        const int spare = area.width() - used;
        int left = area.left();
        for (const int i : line) {
            QLayoutItem* item = m_items.at(i);
            int width = preferred(i);
            if (spare > 0 && stretch > 0)
                width += spare * m_stretch[static_cast<std::size_t>(i)] / stretch;
            else if (spare < 0) // one item alone, wider than the row: down to its minimum
                width = std::max(item->minimumSize().width(), width + spare);
            const int itemHeight =
                std::min(height, std::max(item->sizeHint().height(), item->minimumSize().height()));
            if (apply)
                item->setGeometry(QRect(left, y + (height - itemHeight) / 2, width, itemHeight));
            left += width + spacing;
        }
        y += height + spacing;
    }
    const QMargins m = contentsMargins();
    if (lines.front().empty())
        return m.top() + m.bottom();
    return y - spacing - area.top() + m.top() + m.bottom();
}

} // namespace fd
