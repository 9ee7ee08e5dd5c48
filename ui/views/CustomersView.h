// The list views of the main window.
#pragma once

#include "domain/Enums.h"

#include <QVariantMap>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace fd {

class Clock;
class CustomerDetail;
class CustomerTableModel;
class DrillBar;
class Database;

// Customers in a table that pages from SQL, with a search box and filters (stage, owner,
// status); a dashboard's numbers open it filtered.
class CustomersView : public QWidget {
    Q_OBJECT

public:
    CustomersView(Database& db, const Clock& clock, QWidget* parent = nullptr);

    CustomerTableModel* model() const { return m_model; }
    CustomerDetail* detail() const { return m_detail; }
    void selectCustomer(qint64 customerId);
    QTableView* table() const { return m_table; }
    void setSearch(const QString& text);
    void focusSearch();
    void setStageFilter(std::optional<Stage> stage);
    // Owner filter: an agent id, 0 for customers without an owner, nullopt for all.
    void setOwnerFilter(std::optional<qint64> agentId);
    // Shows only these customers, under a bar that names them (`what`: "Stuck in
    // Retention") and offers the whole list back; every other filter is cleared.
    void showOnly(const std::vector<qint64>& ids, const QString& what);
    // A drill-down to a whole stage (the active customers in it), the same way: filters
    // cleared, the stage chosen, a bar naming them.
    void showStage(Stage stage, const QString& what);
    void showAll();
    // Reads the list and the shown customer again after the data changed (the window calls
    // it for every change, DataChanges), keeping filters, sort, the selected customer and the
    // scroll position; a customer no longer listed stays in the detail pane.
    void refresh();
    bool isDrilled() const;
    QString drillText() const; // the bar's words, empty when not drilled

    // Search, filters, drill-down and selected customer, for going back to them.
    QVariantMap saveState() const;
    void restoreState(const QVariantMap& state);

signals:
    // The bar's Back: to where the rep came from.
    void backRequested();

protected:
    // The drill bar's words: how many are listed, and what they are.
    static QString listedText(int count, const QString& what);
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void applyFilters();
    void updateSummary();
    void leaveDrill();
    void clearFilters();

    CustomerTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    CustomerDetail* m_detail = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_summary = nullptr;
    DrillBar* m_onlyBar = nullptr;
    int m_statusBeforeDrill = 0;
    bool m_stageDrill = false; // the drill-down is a stage filter, not a list of ids
    QTimer* m_searchDelay = nullptr;
};

} // namespace fd
