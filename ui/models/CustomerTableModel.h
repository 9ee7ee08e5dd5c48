// Item models over core's paged queries: they hold only the pages a view has asked for.
#pragma once

#include "models/PageCache.h"
#include "models/PagedTableModel.h"
#include "service/Lists.h"

namespace fd {

class Database;

// All customers matching typed filters, sorted in SQL: the ordered ids are read when the
// filter or sort changes, rows a page at a time as the view shows them.
class CustomerTableModel : public PagedTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CompanyColumn,
        StageColumn,
        OwnerColumn,
        OpenTicketsColumn,
        LastTouchColumn,
        ColumnCount
    };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };

    explicit CustomerTableModel(Database& db, QObject* parent = nullptr);

    void setSearch(const QString& text);
    void setStageFilter(std::optional<Stage> stage);
    void setOwnerFilter(std::optional<qint64> agentId);
    void setStatusFilter(std::optional<CustomerStatus> status);
    // Only these customers (the list behind a dashboard's number); nullopt: all.
    void setOnly(std::optional<std::vector<qint64>> ids);
    const CustomerListQuery& query() const { return m_query; }
    // Reads the matches again (after an edit), keeping filters and sort.
    void refresh() { reload(); }
    // The row showing this customer, or -1.
    int rowOf(qint64 customerId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    using Pages = PageCache<CustomerRow>;

    void reload();
    const CustomerRow* row(int index) const;

    Database& m_db;
    CustomerListQuery m_query;
    std::vector<qint64> m_ids; // every match, in order: 8 bytes a customer
    mutable Pages m_pages;
};

} // namespace fd
