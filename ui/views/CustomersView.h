// The list views of the main window.
#pragma once

#include "domain/Enums.h"
#include "views/ListPane.h"

#include <QVariantMap>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QTableView;

namespace fd {

class Clock;
class CustomerDetail;
class CustomerTableModel;
class Database;

// Customers in a table that pages from SQL, with a search box and filters (stage, owner,
// status); a dashboard's numbers open it filtered. Escape, Tab and the drill bar: ListPane.
class CustomersView : public ListPane {
    Q_OBJECT

public:
    CustomersView(Database& db, const Clock& clock, QWidget* parent = nullptr);

    CustomerTableModel* model() const { return m_model; }
    CustomerDetail* detail() const { return m_detail; }
    void selectCustomer(qint64 customerId);
    QTableView* table() const { return m_table; }
    void setStageFilter(std::optional<Stage> stage);
    // Owner filter: an agent id, 0 for customers without an owner, nullopt for all.
    void setOwnerFilter(std::optional<qint64> agentId);
    // Shows only these customers, under a bar that names them (`what`: "Stuck in
    // Retention") and offers the whole list back; every other filter is cleared.
    void showOnly(const std::vector<qint64>& ids, const QString& what);
    // A drill-down to a whole stage (the active customers in it), the same way: filters
    // cleared, the stage chosen, a bar naming them.
    void showStage(Stage stage, const QString& what);
    void showAll() override;
    // Reads the list and the shown customer again after the data changed (the window calls
    // it for every change, DataChanges), keeping filters, sort, the selected customer and the
    // scroll position; a customer no longer listed stays in the detail pane.
    void refresh();
    bool isDrilled() const override;

    // Search, filters, drill-down and selected customer, for going back to them.
    QVariantMap saveState() const;
    void restoreState(const QVariantMap& state);

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
    QLayout* createFilters();
    void createTable();
    // The owner filter's entries: all, none, and the file's agents now.
    void fillOwners();
    void updateSummary();
    void leaveDrill();
    void clearFilters();

    Database& m_db;
    CustomerTableModel* m_model = nullptr;
    CustomerDetail* m_detail = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_summary = nullptr;
    int m_statusBeforeDrill = 0;
    bool m_stageDrill = false; // the drill-down is a stage filter, not a list of ids
};

} // namespace fd
