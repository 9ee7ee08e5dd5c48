// A list the rep chooses one entry from (New ticket's customer matches, "Who are you?"):
// the choice is the entry selected, and nothing is chosen for the rep. Tab into it leaves
// it with no current entry (a plain list makes its first entry current as it takes the
// focus, and a dialog that read the current entry chose the first of several "Acme" in
// silence: issue 15, leftover); Down or Home then selects the first, the arrows move, a
// click or Enter on an entry selects it. Enter on the entry already selected goes on to the
// dialog's default button, as in any list.
#pragma once

#include <QKeyEvent>
#include <QListWidget>

namespace fd {

class ChoiceList : public QListWidget {
public:
    using QListWidget::QListWidget;

    // The entry chosen, or nullptr.
    QListWidgetItem* chosen() const
    {
        const QList<QListWidgetItem*> picked = selectedItems();
        return picked.isEmpty() ? nullptr : picked.front();
    }

protected:
    void focusInEvent(QFocusEvent* event) override
    {
        const bool none = !currentIndex().isValid();
        QListWidget::focusInEvent(event);
        if (none && !chosen())
            selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    void keyPressEvent(QKeyEvent* event) override
    {
        // Enter on an entry not yet chosen chooses it, and goes no further.
        const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
        if (enter && currentItem() && !currentItem()->isSelected() &&
            (currentItem()->flags() & Qt::ItemIsSelectable)) {
            currentItem()->setSelected(true);
            event->accept();
            return;
        }
        QListWidget::keyPressEvent(event);
    }
};

} // namespace fd
