#pragma once

#include "domain/Sla.h"
#include "models/PageCache.h"
#include "models/PagedTableModel.h"
#include "service/Lists.h"

namespace fd {

class Clock;
class Database;

// A ticket queue over TicketList (service/Lists.h). A bounded queue (open tickets, a search, one
// customer) reads its ordered ids once; the whole table is read a window at a time, each
// window seeking from the one before it when that is at hand.
class TicketTableModel : public PagedTableModel {
    Q_OBJECT

public:
    // What a rep triages by comes first; the rest is a scroll away in a narrow window.
    enum Column {
        IdColumn,
        SubjectColumn,
        CustomerColumn,
        PriorityColumn,
        StatusColumn,
        SlaColumn,
        AssigneeColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role { TicketIdRole = Qt::UserRole + 1, CustomerIdRole, BreachedRole };

    TicketTableModel(Database& db, const Clock& clock, QObject* parent = nullptr);

    void setQueue(TicketListQuery::Queue queue);
    void setAgent(std::optional<qint64> agentId);
    void setCustomer(std::optional<qint64> customerId);
    // Only these tickets (the list behind a dashboard's number); nullopt: the whole queue.
    void setOnly(std::optional<std::vector<qint64>> ids);
    void setSearch(const QString& text);
    void setSlaTargets(const SlaTargets& targets);
    const TicketListQuery& query() const { return m_query; }
    // Reads the queue again (after an edit), keeping filters and sort.
    void refresh() { reload(); }
    int rowOf(qint64 ticketId) const;
    // True when a search over every ticket stopped at TicketList::kSearchLimit.
    bool truncated() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    // A sort this queue does not offer (every ticket sorts by creation time only).
    void notice(const QString& text);

private:
    using Pages = PageCache<TicketRow>;

    void reload();
    const TicketRow* row(int index) const;

    Database& m_db;
    const Clock& m_clock;
    SlaTargets m_targets;
    void settleSort();

    TicketListQuery m_query;
    // The rep's order (a header click); open queues start most urgent first.
    TicketListQuery::Column m_wanted = TicketListQuery::kOpenQueueDefault;
    bool m_wantedDescending = false;
    bool m_windowed = false;
    qint64 m_total = 0;        // rows when windowed
    std::vector<qint64> m_ids; // every match, in order, when bounded
    mutable Pages m_pages;
};

} // namespace fd
