// A list cell whose text ends with what must stay in view: " (customer 12)", which tells two
// same-name customers apart (issue 15, Step 9). When the column is too narrow, the end keeps
// its number ("Acme Logistics (12)", the whole in the tooltip) and the name is cut only if
// that is still too wide ("Acme Logi… (12)"). The end is the model's
// PagedTableModel::KeepEndRole; cells without one are cut at the right, as everywhere else.
#pragma once

#include <QStyledItemDelegate>

namespace fd {

class KeepEndDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The text the cell shows in `option.rect` (`option` as initStyleOption leaves it).
    static QString shownText(const QStyleOptionViewItem& option, const QModelIndex& index);
    // The end as a narrow column keeps it: its number alone, " (12)" for " (customer 12)".
    static QString briefEnd(const QString& end);
    // The narrowest text of `index`'s cell that keeps its numbers whole, as this delegate
    // draws it: "A… (12)" for "Acme (customer 12)"; the display text itself when the cell has
    // no kept end (ColumnFit's and the sizes tests' measure of a cell with numbers).
    static QString leastWithNumbers(const QModelIndex& index);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace fd
