// Going back (Alt+Left, the drill bar's Back): the places the rep has been, newest last.
// A place is a view of the main window and what it showed: a list's search, filters,
// drill-down and selection; a dashboard's period (see saveViewState).
#pragma once

#include <QKeySequence>
#include <QList>
#include <QVariantMap>

#include <cstddef>
#include <optional>
#include <vector>

class QWidget;

namespace fd {

struct Place {
    int view = -1;     // MainWindow::View
    QVariantMap state; // saveViewState of the view's widget
    bool operator==(const Place&) const = default;
};

class NavigationHistory {
public:
    static constexpr std::size_t kDepth = 50; // the oldest places are forgotten beyond this

    // Records a place left behind; the same place twice in a row is kept once.
    void push(Place place);
    // The place to go back to, removed from the history; nullopt when there is none.
    std::optional<Place> takeLast();
    bool isEmpty() const { return m_places.empty(); }
    std::size_t size() const { return m_places.size(); }

private:
    std::vector<Place> m_places;
};

// What a view's widget shows (TicketsView, CustomersView, DashboardView; empty for
// others), and putting it back.
QVariantMap saveViewState(const QWidget* page);
void restoreViewState(QWidget* page, const QVariantMap& state);

// Alt+Left and the platform's Back key, without repeats.
QList<QKeySequence> backKeys();

} // namespace fd
