// MainWindow's drill-downs and going back: one path for every number that opens a list
// (dashboard tiles, bars, table rows, matrix cells, touchpoint counts found later), and the
// history Alt+Left walks back through.
#include "MainWindow.h"

#include "BackgroundTask.h"
#include "common/Clock.h"
#include "domain/TicketList.h"
#include "metrics/DashboardMetrics.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/TicketsView.h"

#include <QPointer>
#include <QStackedWidget>
#include <QStatusBar>

#include <memory>

namespace fd {

void MainWindow::recordPlace()
{
    const int index = m_pages->currentIndex();
    if (m_goingBack || index < 0 || !m_built.contains(index))
        return; // moving back, or nothing shown yet
    m_history.push({index, saveViewState(m_pages->currentWidget())});
}

void MainWindow::openDrill(const DrillDown& list, const QString& what)
{
    if (list.kind == DrillDown::Kind::None)
        return;
    recordPlace(); // where the number was, with its period
    if (list.deferred()) {
        // Touchpoint counts, health bands and overdue tasks: their customers are looked up now,
        // in the background.
        auto found = std::make_shared<std::vector<qint64>>();
        auto* task = BackgroundTask::start(
            *m_db, tr("Finding the customers behind “%1”").arg(what),
            [found, list, clock = &m_clock](Database& db, const BackgroundTask::Report&,
                                            const std::atomic_bool&) -> Result<QString> {
                auto ids = DashboardMetrics(db, *clock).customersFor(list);
                if (!ids)
                    return failure(ids.error());
                *found = std::move(*ids);
                return QString();
            },
            this);
        connect(task, &BackgroundTask::finished, this,
                [this, found, list, what](bool ok, const Error& message) {
                    if (!ok) {
                        showError(message);
                        return;
                    }
                    showView(View::Customers);
                    auto* customers = qobject_cast<CustomersView*>(viewWidget(View::Customers));
                    customers->showOnly(*found, what);
                    // A band's customers are looked up again after each write (a move, a churn,
                    // a recompute changes them), as a listed number is counted again: one read
                    // of the band, 20 ms in a file for retention's 58,642 healthy customers on
                    // data set L. So are those with overdue tasks (a task done, a move). A past
                    // period's touchpoints stay as they were found.
                    if (!list.followsWrites())
                        return;
                    customers->setRedrill([this, list]() -> std::optional<std::vector<qint64>> {
                        if (!m_db)
                            return std::nullopt;
                        auto ids = DashboardMetrics(*m_db, m_clock).customersFor(list);
                        return ids ? std::optional(std::move(*ids)) : std::nullopt;
                    });
                });
        return;
    }
    // A list of ids from a dashboard's number is counted again after each write (refresh()).
    ListPane::Redrill again;
    if (auto* dashboard = qobject_cast<DashboardView*>(sender()); dashboard && list.listed) {
        again = [from = QPointer<DashboardView>(dashboard), what, period = dashboard->period()] {
            return from ? from->drillAgain(what, period) : std::nullopt;
        };
    }
    if (list.kind == DrillDown::Kind::Tickets) {
        showView(View::Tickets);
        auto* tickets = qobject_cast<TicketsView*>(viewWidget(View::Tickets));
        if (list.listed) {
            tickets->showOnly(list.ids, what);
            tickets->setRedrill(std::move(again));
        } else
            tickets->showQueue(static_cast<int>(TicketListQuery::Queue::AllOpen), what);
        return;
    }
    showView(View::Customers);
    auto* customers = qobject_cast<CustomersView*>(viewWidget(View::Customers));
    if (list.listed) {
        customers->showOnly(list.ids, what);
        customers->setRedrill(std::move(again));
    } else if (list.stage)
        customers->showStage(*list.stage, what);
    else
        customers->showAll();
}

void MainWindow::goBack()
{
    const std::optional<Place> place = m_history.takeLast();
    if (!place) {
        statusBar()->showMessage(tr("Nothing to go back to."), 5000);
        return;
    }
    m_goingBack = true;
    showView(static_cast<View>(place->view));
    restoreViewState(viewWidget(static_cast<View>(place->view)), place->state);
    m_goingBack = false;
}

} // namespace fd
