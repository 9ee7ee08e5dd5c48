#include "views/WrapColumnDelegate.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace fd {

namespace {

// The room a cell's text has across: its column less the style's margin either side (as
// QCommonStyle draws an item view's text).
int textWidth(const QTreeView& view, int column)
{
    const int margin = view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1;
    return std::max(1, view.header()->sectionSize(column) - 2 * margin);
}

} // namespace

WrapColumnDelegate::WrapColumnDelegate(QTreeView* view, QList<int> columns)
    : QStyledItemDelegate(view), m_view(view), m_columns(std::move(columns))
{
    view->setUniformRowHeights(false);
    view->setItemDelegate(this);
    // A row's height follows its column's width: laid out again once the resizing settles.
    auto* relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, view, [view] { view->doItemsLayout(); });
    connect(view->header(), &QHeaderView::sectionResized, relayout, [this, relayout](int resized) {
        if (m_columns.contains(resized))
            relayout->start();
    });
}

int WrapColumnDelegate::linesAt(const QTreeView& view, int column, const QString& text,
                                const QFont& font)
{
    QTextLayout layout(text, font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(wrap);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(textWidth(view, column));
        ++lines;
    }
    layout.endLayout();
    return std::max(1, lines);
}

QSize WrapColumnDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    if (!m_columns.contains(index.column()))
        return QStyledItemDelegate::sizeHint(option, index);
    // One line with the style's padding, then the lines more the text needs.
    QStyleOptionViewItem one = option;
    initStyleOption(&one, index);
    one.features &= ~QStyleOptionViewItem::WrapText;
    const QWidget* widget = one.widget;
    QSize size = (widget ? widget->style() : m_view->style())
                     ->sizeFromContents(QStyle::CT_ItemViewItem, &one, QSize(), widget);
    const int lines =
        std::min(kMaxLines, linesAt(*m_view, index.column(), index.data(Qt::DisplayRole).toString(),
                                    one.font));
    size.setHeight(size.height() + (lines - 1) * QFontMetrics(one.font).lineSpacing());
    return size;
}

void WrapColumnDelegate::initStyleOption(QStyleOptionViewItem* option,
                                         const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->displayAlignment = Qt::AlignLeft | Qt::AlignTop;
    if (m_columns.contains(index.column()))
        option->features |= QStyleOptionViewItem::WrapText;
}

} // namespace fd
