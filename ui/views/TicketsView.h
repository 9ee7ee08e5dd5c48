#pragma once

#include "views/ListPane.h"

#include <QVariantMap>

#include <optional>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QTabBar;
class QTableView;

namespace fd {

class Clock;
class Database;
class TicketDetail;
class TicketTableModel;

// The rep's queues (My open, Unassigned, All open, SLA breached, All), full-text search,
// the table that pages from SQL and the ticket's detail pane. Escape, Tab and the drill bar:
// ListPane.
class TicketsView : public ListPane {
    Q_OBJECT

public:
    TicketsView(Database& db, const Clock& clock, QWidget* parent = nullptr);

    TicketTableModel* model() const { return m_model; }
    TicketDetail* detail() const { return m_detail; }
    QTableView* table() const { return m_table; }
    void selectQueue(int queue); // TicketListQuery::Queue
    // Shows only these tickets, in every queue, under a bar that names them (`what`).
    void showOnly(const std::vector<qint64>& ids, const QString& what);
    // A drill-down to a whole queue (the open tickets), the same way: search cleared, the
    // queue chosen, a bar naming them.
    void showQueue(int queue, const QString& what);
    // Closes the drill-down: the queue the rep had before it, whole.
    void showAll() override;
    bool isDrilled() const override;
    // Search, queue, drill-down and selected ticket, for going back to them.
    QVariantMap saveState() const;
    void restoreState(const QVariantMap& state);
    void selectTicket(qint64 ticketId);
    // Reads counts, the queue and the shown ticket again after the data changed (the window
    // calls it for every change, DataChanges), keeping the queue, search, sort, the selected
    // ticket and the scroll position; a ticket no longer listed stays in the detail pane,
    // and what is typed in its reply box stays too.
    void refresh();

signals:
    void notice(const QString& text);

protected:
    // The drill bar's words: how many are listed, and what they are.
    static QString listedText(int count, const QString& what);
    void applyFilters() override;
    int rowOf(qint64 id) const override;
    qint64 shownId() const override;
    void showInPane(qint64 id) override;
    QString emptyText() const override;
    bool widenToReveal(qint64 id) override;

private:
    // The constructor's parts, in the order it calls them.
    void createQueues();
    QLayout* createSearchBar();
    void createTable();
    void sizeColumns();
    void createLayout(QLayout* bar);
    void createWhoHint();
    void createConnections();
    void updateCounts();
    void chooseAgent();
    void fillAgents();

    Database& m_db;
    TicketTableModel* m_model = nullptr;
    QTabBar* m_queues = nullptr;
    QComboBox* m_me = nullptr;
    QLabel* m_summary = nullptr;
    QWidget* m_whoHint = nullptr; // "My open" with nobody chosen: why it is empty
    TicketDetail* m_detail = nullptr;
    std::optional<qint64> m_agentId;
    bool m_queueDrill = false; // the drill-down is a whole queue, not a list of ids
    int m_queueBeforeDrill = -1;
};

} // namespace fd
