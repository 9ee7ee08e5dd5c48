// How every list of the window looks and behaves: whole rows selected one at a time,
// alternating rows, one line per row, no row numbers, columns as wide as they need (ColumnFit gives
// one the rest).
#pragma once

#include <QHeaderView>
#include <QTableView>

namespace fd {

// A list whose column widths and sort are remembered between sessions (MainWindow saves
// the tables that carry this property); tables rebuilt on every refresh are not.
inline constexpr char kRememberColumns[] = "rememberColumns";
inline void rememberColumns(QTableView* table)
{
    table->setProperty(kRememberColumns, true);
}

inline void setUpListTable(QTableView* table)
{
    table->setSortingEnabled(true);
    // Tab leaves the list for the next pane; the arrow keys move the selection.
    table->setTabKeyNavigation(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    // No column stretches over blank space; a list whose one column takes the rest says so
    // with ColumnFit (a subject, a name).
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setHighlightSections(false);
}

} // namespace fd
