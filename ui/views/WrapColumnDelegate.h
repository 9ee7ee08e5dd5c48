// List columns whose text goes on over more lines instead of being cut at the column's edge
// (review of step 15: the History tab's "Change" was "Name: Zephy…" in the customer pane at
// the default window size). The row grows to the lines its text needs at the column's width,
// at most kMaxLines (the last cut with "…"; the whole text is the item's tooltip), and follows
// its columns when they are resized. Every cell of the list is drawn from the top, so a row's
// When and Who stand beside the first line of its text.
#pragma once

#include <QList>
#include <QStyledItemDelegate>

class QTreeView;

namespace fd {

class WrapColumnDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int kMaxLines = 3;

    // Becomes `view`'s delegate for every column, wrapping the text of `columns`.
    WrapColumnDelegate(QTreeView* view, QList<int> columns);

    // Whether the text of `column` goes on over more lines.
    bool wraps(int column) const { return m_columns.contains(column); }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // The lines `text` in `font` takes in `column` of `view` at its width now, inside the
    // style's margins (tests: is every word shown?).
    static int linesAt(const QTreeView& view, int column, const QString& text, const QFont& font);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QTreeView* m_view;
    QList<int> m_columns;
};

} // namespace fd
