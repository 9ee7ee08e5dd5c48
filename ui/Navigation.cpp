#include "Navigation.h"

#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/TicketsView.h"

namespace fd {

void NavigationHistory::push(Place place)
{
    if (!m_places.empty() && m_places.back() == place)
        return;
    m_places.push_back(std::move(place));
    if (m_places.size() > kDepth)
        m_places.erase(m_places.begin());
}

std::optional<Place> NavigationHistory::takeLast()
{
    if (m_places.empty())
        return std::nullopt;
    Place place = std::move(m_places.back());
    m_places.pop_back();
    return place;
}

QVariantMap saveViewState(const QWidget* page)
{
    if (const auto* tickets = qobject_cast<const TicketsView*>(page))
        return tickets->saveState();
    if (const auto* customers = qobject_cast<const CustomersView*>(page))
        return customers->saveState();
    if (const auto* dashboard = qobject_cast<const DashboardView*>(page))
        return dashboard->saveState();
    return {};
}

void restoreViewState(QWidget* page, const QVariantMap& state)
{
    if (state.isEmpty())
        return;
    if (auto* tickets = qobject_cast<TicketsView*>(page))
        tickets->restoreState(state);
    else if (auto* customers = qobject_cast<CustomersView*>(page))
        customers->restoreState(state);
    else if (auto* dashboard = qobject_cast<DashboardView*>(page))
        dashboard->restoreState(state);
}

QList<QKeySequence> backKeys()
{
    QList<QKeySequence> keys{QKeySequence(Qt::ALT | Qt::Key_Left)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Back)) {
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

} // namespace fd
