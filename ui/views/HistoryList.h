#pragma once

#include <QTreeWidget>

#include <optional>

namespace fd {

class Database;

// A customer's or a ticket's History tab (issue 17, "Audit log, on both backends"): its audit
// entries, newest first, through service::Audit: when (local), who, which row, and the change
// ("Status: open → solved"). A customer's lists its own row's entries and those of its
// tickets, contacts, touchpoints and replies. At most kLimit entries (the CLI's `audit` has
// them all).
class HistoryList : public QTreeWidget {
    Q_OBJECT

public:
    static constexpr int kLimit = 500;

    explicit HistoryList(Database& db, QWidget* parent = nullptr);

    // Which entries to list; read now if the list is visible, else when it is shown.
    void setCustomer(qint64 customerId);
    void setTicket(qint64 ticketId);
    // Reads the entries again (after a write), if visible; else when shown.
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill();

    Database& m_db;
    std::optional<qint64> m_customerId;
    std::optional<qint64> m_ticketId;
    bool m_stale = true;
};

} // namespace fd
