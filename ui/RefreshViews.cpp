#include "RefreshViews.h"

#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/TasksView.h"
#include "views/TicketsView.h"

#include <QEvent>

namespace fd {

namespace {

constexpr char kStale[] = "fdStale";

// A hidden list is read again when next shown: a write costs one list's query (on L,
// 0.1–0.9 s), not every list's.
class RefreshOnShow : public QObject {
public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched->property(kStale).toBool()) {
            watched->setProperty(kStale, false);
            refreshNow(static_cast<QWidget*>(watched));
        }
        return false;
    }
};

} // namespace

void refreshAfterChange(QWidget* view)
{
    if (auto* dashboard = qobject_cast<DashboardView*>(view)) {
        dashboard->dataChanged();
        return;
    }
    if (view->isVisible()) {
        refreshNow(view);
        return;
    }
    if (!view->property(kStale).isValid()) // the first time: read when shown from now on
        view->installEventFilter(new RefreshOnShow(view));
    view->setProperty(kStale, true);
}

void refreshNow(QWidget* view)
{
    if (view->property(kStale).isValid())
        view->setProperty(kStale, false);
    if (auto* dashboard = qobject_cast<DashboardView*>(view))
        dashboard->refresh();
    else if (auto* customers = qobject_cast<CustomersView*>(view))
        customers->refresh();
    else if (auto* tickets = qobject_cast<TicketsView*>(view))
        tickets->refresh();
    else if (auto* tasks = qobject_cast<TasksView*>(view))
        tasks->refresh();
}

} // namespace fd
