// Where a rep stands in a list, kept across a re-read of the data (issue 15: after
// Recompute the selection was lost and the detail pane jumped to another row).
#pragma once

#include <QtGlobal>

#include <functional>

class QTableView;

namespace fd {

// The row that is current (by the id its `idRole` gives), its row and column, and the
// scroll bars' positions.
struct ListPlace {
    qint64 id = 0; // 0: nothing was current
    int row = -1;
    int column = 0;
    int vertical = 0;
    int horizontal = 0;
};

// The table's place now.
ListPlace listPlace(const QTableView& table, int idRole);

// After its model was read again: the same id current and selected again where `rowOf`
// finds it now, the scroll bars where they were (moved only as far as needed to show it).
// A paged model finds only rows already read: the page at the old row is read first, where
// an edit usually leaves a row. When the id is no longer listed (filtered out, gone), no
// row is current, and none becomes current on the next focus either: the caller's detail
// pane goes on showing it. True when it is listed.
bool restoreListPlace(QTableView& table, const ListPlace& place, int idRole,
                      const std::function<int(qint64)>& rowOf);

} // namespace fd
