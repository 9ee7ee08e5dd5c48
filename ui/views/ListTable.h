// How every list of the window looks and behaves: whole rows selected one at a time,
// alternating rows, one line per row, no row numbers, the last column taking the rest.
#pragma once

#include <QHeaderView>
#include <QTableView>

namespace fd {

inline void setUpListTable(QTableView* table)
{
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
}

} // namespace fd
