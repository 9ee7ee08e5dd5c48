// A list cell whose text ends with what must stay in view: when the column is too narrow, the
// start is cut ("Acme Logisti… (customer 12)"), not the end that tells two same-name
// customers apart (issue 15, Step 9); narrower still, the end keeps only its number ("Acme
// L… (12)"). The end is the model's PagedTableModel::KeepEndRole; cells without one are cut
// at the right, as everywhere else.
#pragma once

#include <QStyledItemDelegate>

namespace fd {

class KeepEndDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The text the cell shows in `option.rect` (`option` as initStyleOption leaves it).
    static QString shownText(const QStyleOptionViewItem& option, const QModelIndex& index);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace fd
