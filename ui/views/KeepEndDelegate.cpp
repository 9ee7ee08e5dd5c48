#include "views/KeepEndDelegate.h"

#include "models/PagedTableModel.h"

#include <QApplication>
#include <QRegularExpression>
#include <QStyle>

namespace fd {

QString KeepEndDelegate::briefEnd(const QString& end)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    const auto found = number.match(end);
    return found.hasMatch() ? QStringLiteral(" (%1)").arg(found.captured()) : end;
}

QString KeepEndDelegate::leastWithNumbers(const QModelIndex& index)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString end = index.data(PagedTableModel::KeepEndRole).toString();
    if (end.isEmpty() || !text.endsWith(end) || text.size() == end.size())
        return text;
    return text.left(1) + QChar(0x2026) + briefEnd(end);
}

QString KeepEndDelegate::shownText(const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const QString text = option.text;
    const QString end = index.data(PagedTableModel::KeepEndRole).toString();
    if (end.isEmpty() || !text.endsWith(end))
        return text;
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    // The room the style draws text in: the cell less its text margins (QCommonStyle).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    const int room =
        style->subElementRect(QStyle::SE_ItemViewItemText, &option, option.widget).width() -
        2 * margin;
    const QFontMetrics& metrics = option.fontMetrics;
    if (metrics.horizontalAdvance(text) <= room)
        return text;
    // Too narrow: the name comes first, and the end keeps only its number, " (12)" (the whole
    // of it is in the tooltip); what is still too wide loses the name's end.
    const QString start = text.left(text.size() - end.size());
    const QString brief = briefEnd(end);
    return metrics.elidedText(start, Qt::ElideRight,
                              std::max(0, room - metrics.horizontalAdvance(brief))) +
           brief;
}

void KeepEndDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = shownText(*option, index);
}

} // namespace fd
