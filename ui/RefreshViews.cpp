#include "RefreshViews.h"

#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/TicketsView.h"

namespace fd {

void refreshAfterChange(QWidget* view)
{
    if (auto* dashboard = qobject_cast<DashboardView*>(view))
        dashboard->dataChanged();
    else
        refreshNow(view);
}

void refreshNow(QWidget* view)
{
    if (auto* dashboard = qobject_cast<DashboardView*>(view))
        dashboard->refresh();
    else if (auto* customers = qobject_cast<CustomersView*>(view))
        customers->refresh();
    else if (auto* tickets = qobject_cast<TicketsView*>(view))
        tickets->refresh();
}

} // namespace fd
