#include "views/ListPlace.h"

#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace fd {

ListPlace listPlace(const QTableView& table, int idRole)
{
    ListPlace place;
    const QModelIndex current = table.currentIndex();
    if (current.isValid()) {
        place.id = current.data(idRole).toLongLong();
        place.row = current.row();
        place.column = current.column();
    }
    place.vertical = table.verticalScrollBar()->value();
    place.horizontal = table.horizontalScrollBar()->value();
    return place;
}

bool restoreListPlace(QTableView& table, const ListPlace& place, int idRole,
                      const std::function<int(qint64)>& rowOf)
{
    QAbstractItemModel* model = table.model();
    int row = -1;
    if (place.id > 0 && model) {
        if (place.row >= 0 && place.row < model->rowCount())
            (void)model->index(place.row, 0).data(idRole); // reads the page it is on
        row = rowOf(place.id);
    }
    if (row < 0) {
        // An explicit "no current row": a view with none picks the first row when it gets
        // the focus, and its detail pane would jump there.
        table.setCurrentIndex(QModelIndex());
        table.clearSelection();
        table.verticalScrollBar()->setValue(place.vertical);
        table.horizontalScrollBar()->setValue(place.horizontal);
        return false;
    }
    const QModelIndex index =
        model->index(row, std::clamp(place.column, 0, std::max(0, model->columnCount() - 1)));
    table.selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    table.verticalScrollBar()->setValue(place.vertical);
    table.horizontalScrollBar()->setValue(place.horizontal);
    table.scrollTo(index, QAbstractItemView::EnsureVisible);
    return true;
}

} // namespace fd
