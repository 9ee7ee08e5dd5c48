// Fits a list's columns to the list's width, so the columns a rep acts on (status, SLA,
// open tickets, last touch) are never behind a horizontal scroll bar: one elastic column
// (a subject or a name) takes what the others leave, never less than its minimum; when even
// that does not fit, the less important columns give way (are hidden) one by one, first
// the first of `givesWay`, and come back when the list is widened. With room, every column
// is as wide as its header and the rows in view need; short of room, the elastic column
// gets what its rows need before another keeps room it does not fill (issue 15, hostile
// tester, final round: names cut at 900 × 500 and 1280 × 800 beside columns with room).
#pragma once

#include <QList>
#include <QObject>

#include <functional>
#include <vector>

class QAbstractItemView;
class QHeaderView;
class QLayout;
class QModelIndex;
class QTableView;

namespace fd {

class ColumnFit : public QObject {
    Q_OBJECT

public:
    // Call after the columns got their widths (logical pixels), which are kept as each
    // column's natural width (a rep's own resize replaces it). `elasticMinimum` in pixels.
    // `mayCut`: columns of names (not numbers or dates, which are whole or hidden), the least
    // important first, that give up to a third of their width when that keeps the elastic
    // column whole; one that never gives way also gives up to a third while it is wider than
    // the elastic column left cut (evened out). Their cells with numbers stay whole. Owned by
    // `table`.
    ColumnFit(QAbstractItemView* table, QHeaderView* header, int elastic, int elasticMinimum,
              QList<int> givesWay, QList<int> mayCut = {});
    // Hides and shows columns for the table's present width.
    void fit();
    // The widths the rep dragged, per column (0: the column's built width), to keep in the
    // settings beside the header's state. The header's own state also holds the widths
    // fit() chose for a narrow window, which must not come back as the rep's choice.
    QList<int> ownWidths() const;
    // After the header's state was restored: the rep's widths from ownWidths() come back as
    // the rep's own (narrowed only when nothing else can give way, see fit()), every other
    // column goes back to its built width, and the columns are fitted again.
    void restoreOwnWidths(const QList<int>& widths);
    // For a table whose columns are sized to their contents (a dashboard's): a row that
    // holds it no wider than its columns, with blank room beside it rather than a last
    // column stretched over nothing, and as high as its header and at most `visibleRows`
    // rows (a vertical scroll bar for the others). Call once the rows are in; the caller
    // adds the row to its layout.
    static QLayout* asWideAsColumns(QTableView* table, int visibleRows);

    // The narrowest the list may be, in logical pixels: the name or subject at its minimum
    // beside every column that does not give way at its built width, the frame and a
    // vertical scroll bar. The constructor makes it the list's minimum width.
    int minimumListWidth() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The name or subject's minimum: `elasticMinimum`, and never less than its header whole
    // (only the header without `withMinimum`).
    int elasticMinimumWidth(bool withMinimum = true) const;
    // The widest cell of `column` in view that holds a number, drawn whole (0: none).
    int numbersWidth(int column) const;
    // In a column a WrapColumnDelegate wraps: its widest word in view, drawn whole (0: none,
    // or the column does not wrap).
    int wordsWidth(int column) const;
    // The widest `whole(cell)` of `column`'s cells in view, in logical pixels with the cell's
    // margins; an empty text counts for nothing.
    int widestInView(int column, const std::function<QString(const QModelIndex&)>& whole) const;
    // fit()'s steps (ColumnFit.cpp), on one fit's working state.
    struct Fitting;
    int headerWidth(int column) const;
    Fitting startFitting() const;
    int snugWidth(const Fitting& f, std::size_t i) const;
    void narrow(Fitting& f, bool own, int target,
                const std::function<int(std::size_t)>& floor) const;
    void giveWay(Fitting& f, bool own) const;
    int cutFloor(const Fitting& f, int c) const;
    void cutNames(Fitting& f) const;
    void evenOutNames(Fitting& f) const;
    void giveBack(Fitting& f, const std::vector<int>& whole) const;
    void apply(const Fitting& f);

    QAbstractItemView* m_table;
    QWidget* m_viewport; // the table's, as it was when built
    QHeaderView* m_header;
    int m_elastic;
    int m_elasticMinimum;
    QList<int> m_givesWay;
    QList<int> m_mayCut;
    std::vector<int> m_built;   // per column: the widths given before the fit was made
    std::vector<int> m_natural; // per column: the built width, or the rep's own
    std::vector<bool> m_own;    // per column: a width the rep chose, narrowed last
    bool m_fitting = false;
};

} // namespace fd
