// Fits a list's columns to the list's width, so the columns a rep acts on (status, SLA,
// open tickets, last touch) are never behind a horizontal scroll bar: one elastic column
// (a subject or a name) takes what the others leave, never less than its minimum; when even
// that does not fit, the less important columns give way (are hidden) one by one, first
// the first of `givesWay`, and come back when the list is widened.
#pragma once

#include <QList>
#include <QObject>

#include <vector>

class QAbstractItemView;
class QHeaderView;
class QLayout;
class QTableView;

namespace fd {

class ColumnFit : public QObject {
    Q_OBJECT

public:
    // Call after the columns got their widths (logical pixels), which are kept as each
    // column's natural width (a rep's own resize replaces it). `elasticMinimum` in pixels.
    // Owned by `table`.
    ColumnFit(QAbstractItemView* table, QHeaderView* header, int elastic, int elasticMinimum, QList<int> givesWay);
    // Hides and shows columns for the table's present width.
    void fit();
    // For a table whose columns are sized to their contents (a dashboard's): a row that
    // holds it no wider than its columns, with blank room beside it rather than a last
    // column stretched over nothing. The caller adds the row to its layout.
    static QLayout* asWideAsColumns(QTableView* table);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_table;
    QWidget* m_viewport; // the table's, as it was when built
    QHeaderView* m_header;
    int m_elastic;
    int m_elasticMinimum;
    QList<int> m_givesWay;
    std::vector<int> m_natural; // per column
    std::vector<bool> m_own;    // per column: a width the rep chose, never compacted
    bool m_fitting = false;
};

} // namespace fd
