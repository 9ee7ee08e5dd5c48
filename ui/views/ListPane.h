// What the two list views share (CustomersView, TicketsView): a search box over a table, a
// bar naming a drill-down (DrillBar) and a detail pane beside them.
// - Escape in the search box or the list clears the words, else closes the drill-down.
// - Tab goes search → list → the detail pane's first field; Shift+Tab from there back to
//   the list (the filters come after the pane).
// - Typing in the search waits for a pause (200 ms) before the list is read again; words
//   set by the window (a drill-down, going back, a row just added) apply at once, and the
//   box's clear button follows them.
// - Whenever the rows change (the search, a filter, a queue tab, a drill-down, Escape), the
//   customer or ticket in the detail pane stays selected when it is listed; otherwise the
//   first row is selected, so the pane never shows one the list does not hold. When no row
//   is left, the pane shows an empty state instead (emptyText(): "No customer matches …"),
//   and the one it showed comes back when the rows do. A re-read of the data (refresh(),
//   under m_refreshing) keeps its own place instead (ListPlace).
// - reveal(): a row just added is shown selected even when the search, a filter or a
//   drill-down hid it; they are cleared and the caller says so (revealedSentence()).
#pragma once

#include <QVariantMap>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QLineEdit;
class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace fd {

class DrillBar;

class ListPane : public QWidget {
    Q_OBJECT

public:
    // True while the list holds only a drill-down's rows (a list of ids, a whole stage or queue).
    virtual bool isDrilled() const = 0;
    // The drill bar's words; empty when not drilled.
    QString drillText() const;
    // Closes the drill-down: the whole list, as it was before.
    virtual void showAll() = 0;
    QLineEdit* searchBox() const { return m_search; }
    // Searches for `text` at once (no pause).
    void setSearch(const QString& text);
    // Ctrl+F: the search box, its words selected.
    void focusSearch();

    // Selects the row of `id` (a customer or ticket just added) and scrolls to it. When the
    // search, a filter or a drill-down hides it, they are cleared first (clearToReveal) and
    // true is returned: the caller tells the rep (revealedSentence()).
    bool reveal(qint64 id);
    // "The search and filters were cleared to show it."
    static QString revealedSentence();

    // A drill-down of ids that can be counted again (the dashboard's number it came from):
    // on a data change refresh() lists the ids `again` gives now, keeping the selection and
    // scroll, and the bar's count follows. nullopt from it keeps the ids. Set after
    // showOnly(); showOnly(), showAll() and going back drop it.
    using Redrill = std::function<std::optional<std::vector<qint64>>()>;
    void setRedrill(Redrill again) { m_redrill = std::move(again); }

signals:
    // The drill bar's Back: to where the rep came from (MainWindow::goBack).
    void backRequested();

protected:
    explicit ListPane(QWidget* parent = nullptr);
    // Called once the subclass built its widgets and put them in its layout (Tab's order
    // needs them in one window): wires Escape, Tab, the search pause and the drill bar's
    // two buttons (`showAll`, `backRequested`).
    void setUpPane(QLineEdit* search, QTableView* table, QWidget* detail, DrillBar* bar);
    // The detail pane in a scroll area named `name`: on a short screen (960 × 540 at scale
    // factor 2) it scrolls up and down instead of squeezing its contents or making the
    // window taller than the screen; never narrower than the pane can be, never sideways.
    // With it, the pane's empty state (a label named "emptyDetail"): the returned widget
    // holds both, for the subclass's layout.
    QWidget* scrolling(QWidget* detail, const QString& name);
    // Puts `text` in the search box without waiting for a pause; applyFilters() reads it.
    void setSearchText(const QString& text);
    // For going back (the views' saveState/restoreState): the search box's words, the drill
    // bar's words and the drill-down's ids under "search", "bar" and "only".
    void savePane(QVariantMap& state, const std::optional<std::vector<qint64>>& only) const;
    // The bar as saved (shown with its words, or hidden); returns the ids to list, nullopt
    // when the drill-down was not a list of ids. The search is put back by the caller first
    // (setSearchText), before its filters.
    std::optional<std::vector<qint64>> restoreDrill(const QVariantMap& state);
    // Reads the list again with the search box's words and the filters.
    virtual void applyFilters() = 0;
    // The row showing `id`, or -1 when it is not listed.
    virtual int rowOf(qint64 id) const = 0;
    // One step further towards listing `id`: the drill-down closed, the search cleared,
    // wider filters. False when there is nothing left to widen.
    virtual bool widenToReveal(qint64 id) = 0;
    // The customer or ticket the detail pane shows; 0 when none.
    virtual qint64 shownId() const = 0;
    // Shows `id` in the detail pane; 0 shows none (the pane's actions then act on nobody).
    virtual void showInPane(qint64 id) = 0;
    // The empty state's words when no row is listed: what found nothing, and how to see more.
    virtual QString emptyText() const = 0;
    // Shows `id` in the pane though the list does not hold it (a ticket opened from a
    // customer's page, a place gone back to): the pane, not the empty state.
    void showUnlisted(qint64 id);
    // The shared rule above, run on every model reset but a refresh's.
    void keepShownListed();

    bool eventFilter(QObject* watched, QEvent* event) override;
    bool focusNextPrevChild(bool next) override;

    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    DrillBar* m_onlyBar = nullptr;
    QTimer* m_searchDelay = nullptr;
    bool m_refreshing = false; // refresh() keeps the place itself
    Redrill m_redrill;         // see setRedrill
    QString m_drillWhat;       // the number the drill-down lists, for the bar's count; empty: none
    // For refresh(): the drill-down's ids counted again, or nullopt (none, or keep them).
    std::optional<std::vector<qint64>> drillAgain() const;

private:
    // The empty state instead of the detail pane (true), or the pane.
    void showEmptyState(bool empty);

    QWidget* m_detailPane = nullptr;
    QStackedWidget* m_paneStack = nullptr; // the pane's scroll area, or m_emptyState
    QLabel* m_emptyState = nullptr;
    qint64 m_hiddenId = 0; // shown before no row was left; shown again when listed
};

} // namespace fd
