// MainWindow's views: each built the first time it is shown and wired to the window (its error
// box, notices, moves, data changes and Back), and the customer the rep is looking at.
#include "MainWindow.h"
#include "MainWindowViews.h"

#include "AlsoViewing.h"
#include "DataChanges.h"
#include "domain/Customer.h"
#include "models/CustomerTableModel.h"
#include "models/TicketTableModel.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/ListPane.h"
#include "views/TasksView.h"
#include "views/TicketDetail.h"
#include "views/TicketsView.h"

#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace fd {

using mainwindow::kViews;
using mainwindow::ViewInfo;

std::optional<qint64> MainWindow::selectedCustomer()
{
    if (!m_built.contains(static_cast<int>(currentView())))
        return std::nullopt;
    if (auto* list = qobject_cast<CustomersView*>(viewWidget(currentView()))) {
        if (const qint64 id = list->detail()->customerId(); id > 0)
            return id;
    }
    if (auto* tickets = qobject_cast<TicketsView*>(viewWidget(currentView()))) {
        const QModelIndex current = tickets->table()->currentIndex();
        if (current.isValid())
            return current.data(TicketTableModel::CustomerIdRole).toLongLong();
    }
    return std::nullopt;
}

void MainWindow::showCustomer(qint64 customerId)
{
    showView(View::Customers);
    auto* list = qobject_cast<CustomersView*>(viewWidget(View::Customers));
    if (list->reveal(customerId)) // selected in the list, even when the search hid it
        statusBar()->showMessage(ListPane::revealedSentence(), 10000);
    if (list->detail()->customerId() != customerId)
        list->detail()->showCustomer(
            customerId); // filtered out of the list: the pane still shows it
}

bool MainWindow::isCurrentViewReady()
{
    auto* dashboard = qobject_cast<DashboardView*>(viewWidget(currentView()));
    return !dashboard || dashboard->isReady();
}

void MainWindow::showView(View view)
{
    m_sidebar->setCurrentRow(static_cast<int>(view));
}

MainWindow::View MainWindow::currentView() const
{
    return static_cast<View>(m_pages->currentIndex());
}

QWidget* MainWindow::viewWidget(View view)
{
    const int index = static_cast<int>(view);
    if (m_built.contains(index))
        return m_pages->widget(index);
    QWidget* page = nullptr;
    if (index < static_cast<int>(View::Customers)) {
        // The overview and the four stages: dashboards, whose numbers open their lists.
        const std::optional<Stage> stage =
            view == View::Overview ? std::nullopt : std::optional(static_cast<Stage>(index - 1));
        static const char* const kReports[] = {"onboarding", "post-sales", "retention", "advocacy"};
        const QStringList reports =
            stage ? QStringList{QLatin1String(kReports[static_cast<int>(*stage)])}
                  : QStringList{QStringLiteral("funnel"), QStringLiteral("flow")};
        auto* dashboard = new DashboardView(*m_db, m_clock, reports, stage);
        connect(dashboard, &DashboardView::failed, this, &MainWindow::showError);
        connect(dashboard, &DashboardView::drill, this, &MainWindow::openDrill);
        page = dashboard;
    } else if (view == View::Tickets) {
        auto* tickets = new TicketsView(*m_db, m_clock);
        connect(tickets->detail(), &TicketDetail::failed, this, &MainWindow::showError);
        connect(tickets->model(), &TicketTableModel::failed, this, &MainWindow::showError);
        connect(tickets->detail(), &TicketDetail::moved, this,
                [this](qint64, const QString& notice, const QString& reason) {
                    announceMove(notice, reason);
                });
        connect(tickets->detail(), &TicketDetail::openCustomer, this, &MainWindow::showCustomer);
        connect(tickets->detail(), &TicketDetail::changed, m_changes, &DataChanges::announce);
        if (session().isServer()) // "Also viewing: …" while another window shows the same ticket
            new AlsoViewing(*m_db, m_changes, tickets->detail(), AlsoViewing::nameOf(*m_db),
                            tickets);
        connect(tickets, &TicketsView::notice, this, &MainWindow::showNotice);
        connect(tickets->detail(), &TicketDetail::saved, this, &MainWindow::showNotice);
        connect(tickets, &TicketsView::backRequested, this, &MainWindow::goBack);
        page = tickets;
    } else if (view == View::Tasks) {
        auto* tasks = new TasksView(*m_db, m_clock);
        connect(tasks, &TasksView::failed, this, &MainWindow::showError);
        connect(tasks, &TasksView::notice, this, &MainWindow::showNotice);
        connect(tasks, &TasksView::moved, this,
                [this](const QString& notice) { announceMove(notice, QString()); });
        connect(tasks, &TasksView::changed, m_changes, &DataChanges::announce);
        connect(tasks, &TasksView::openCustomer, this, &MainWindow::showCustomer);
        page = tasks;
    } else {
        auto* customers = new CustomersView(*m_db, m_clock);
        connect(customers->detail(), &CustomerDetail::failed, this, &MainWindow::showError);
        connect(customers->model(), &CustomerTableModel::failed, this, &MainWindow::showError);
        connect(customers->detail(), &CustomerDetail::changed, m_changes, &DataChanges::announce);
        connect(customers->detail(), &CustomerDetail::saved, this, &MainWindow::showNotice);
        connect(customers->detail(), &CustomerDetail::moved, this,
                [this](qint64, const QString& notice, const QString& reason) {
                    announceMove(notice, reason);
                });
        connect(customers, &CustomersView::backRequested, this, &MainWindow::goBack);
        page = customers;
    }
    restoreLayout(page);
    QWidget* placeholder = m_pages->widget(index);
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(placeholder);
    delete placeholder;
    m_built.insert(index);
    return page;
}

std::optional<MainWindow::View> MainWindow::viewNamed(const QString& name)
{
    for (const ViewInfo& info : kViews) {
        if (name == QLatin1String(info.name))
            return info.view;
    }
    return std::nullopt;
}

} // namespace fd
