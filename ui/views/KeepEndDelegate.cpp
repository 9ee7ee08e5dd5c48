#include "views/KeepEndDelegate.h"

#include "models/PagedTableModel.h"

#include <QApplication>
#include <QRegularExpression>
#include <QStyle>

namespace fd {

namespace {

constexpr int kLeastKept = 6; // letters of the start shown before the end gives way

} // namespace

QString KeepEndDelegate::shownText(const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const QString text = option.text;
    const QString end = index.data(PagedTableModel::KeepEndRole).toString();
    if (end.isEmpty() || !text.endsWith(end))
        return text;
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    // The room the style draws text in: the cell less its text margins (QCommonStyle).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    const int room = style->subElementRect(QStyle::SE_ItemViewItemText, &option, option.widget).width() - 2 * margin;
    const QFontMetrics& metrics = option.fontMetrics;
    if (metrics.horizontalAdvance(text) <= room)
        return text;
    const QString start = text.left(text.size() - end.size());
    // The start keeps a few letters at least ("Acme L…"): with less room the end shrinks to
    // its number, " (12)", and then the style cuts what is still too wide.
    const QString least = metrics.elidedText(start, Qt::ElideRight, metrics.horizontalAdvance(start.left(kLeastKept) + QChar(0x2026)));
    QString kept = end;
    if (room - metrics.horizontalAdvance(end) < metrics.horizontalAdvance(least)) {
        static const QRegularExpression number(QStringLiteral("\\d+"));
        const auto found = number.match(end);
        if (found.hasMatch())
            kept = QStringLiteral(" (%1)").arg(found.captured());
    }
    return metrics.elidedText(start, Qt::ElideRight, std::max(metrics.horizontalAdvance(least), room - metrics.horizontalAdvance(kept))) + kept;
}

void KeepEndDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = shownText(*option, index);
}

} // namespace fd
