#include "models/TicketTableModel.h"
#include "StageColors.h"

#include "common/Clock.h"
#include "domain/Names.h"
#include "models/Formatting.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace fd {

using SortKey = TicketListQuery::Column;

TicketTableModel::TicketTableModel(Database& db, const Clock& clock, QObject* parent)
    : PagedTableModel(parent), m_db(db), m_clock(clock)
{
    settleSort();
    reload();
}

void TicketTableModel::settleSort()
{
    // The order asked for (the most urgent first until the rep clicks a header) where the
    // queue offers it; every ticket sorts by creation time, newest first.
    const bool offered = TicketList::sortable(m_query, m_wanted);
    m_query.sortColumn = offered ? m_wanted : SortKey::Created;
    m_query.descending = offered ? m_wantedDescending : true;
}

void TicketTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_ids.clear();
    m_total = 0;
    m_windowed = !m_query.bounded();
    TicketList list(m_db);
    Error error;
    if (m_windowed) {
        auto total = list.count(m_query);
        if (total)
            m_total = *total;
        else
            error = total.error();
    } else {
        auto ids = list.ids(m_query);
        if (ids)
            m_ids = std::move(*ids);
        else
            error = ids.error();
    }
    endResetModel();
    if (!error.isEmpty())
        reportLater(error);
}

void TicketTableModel::setQueue(TicketListQuery::Queue queue)
{
    if (queue == m_query.queue)
        return;
    m_query.queue = queue;
    settleSort();
    reload();
}

void TicketTableModel::setAgent(std::optional<qint64> agentId)
{
    if (agentId == m_query.agentId)
        return;
    m_query.agentId = agentId;
    if (m_query.queue == TicketListQuery::Queue::MyOpen)
        reload();
}

void TicketTableModel::setCustomer(std::optional<qint64> customerId)
{
    if (customerId == m_query.customerId)
        return;
    m_query.customerId = customerId;
    reload();
}

void TicketTableModel::setOnly(std::optional<std::vector<qint64>> ids)
{
    if (ids == m_query.only)
        return;
    m_query.only = std::move(ids);
    reload();
}

void TicketTableModel::setSearch(const QString& text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    settleSort();
    reload();
}

void TicketTableModel::setSlaTargets(const SlaTargets& targets)
{
    m_targets = targets;
    if (rowCount() > 0)
        emit dataChanged(index(0, SlaColumn), index(rowCount() - 1, SlaColumn));
}

void TicketTableModel::sort(int column, Qt::SortOrder order)
{
    SortKey key = SortKey::Created;
    switch (column) {
    case SlaColumn: // the most urgent first (TicketListQuery::Column::Urgency)
        key = SortKey::Urgency;
        break;
    case IdColumn:
        key = SortKey::Id;
        break;
    case SubjectColumn:
        key = SortKey::Subject;
        break;
    case CustomerColumn:
        key = SortKey::Customer;
        break;
    case PriorityColumn:
        key = SortKey::Priority;
        break;
    case StatusColumn:
        key = SortKey::Status;
        break;
    case AssigneeColumn:
        key = SortKey::Assignee;
        break;
    default:
        break;
    }
    if (!TicketList::sortable(m_query, key)) {
        emit notice(tr("All tickets sort by creation time only; choose a queue or search to "
                       "sort by another column."));
        return;
    }
    m_wanted = key;
    m_wantedDescending = order == Qt::DescendingOrder;
    settleSort();
    reload();
}

bool TicketTableModel::truncated() const
{
    return !m_windowed && m_query.queue == TicketListQuery::Queue::All &&
           static_cast<qint64>(m_ids.size()) >= TicketList::kSearchLimit;
}

int TicketTableModel::rowOf(qint64 ticketId) const
{
    if (m_windowed) {
        // Only the pages already read are searched: a million ids are never loaded.
        for (qint64 page = 0; page * Pages::kPageSize < m_total; ++page) {
            if (const auto* rows = m_pages.find(page)) {
                for (std::size_t i = 0; i < rows->size(); ++i) {
                    if ((*rows)[i].ticket.id == ticketId)
                        return static_cast<int>(page * Pages::kPageSize + static_cast<qint64>(i));
                }
            }
        }
        return -1;
    }
    const auto it = std::find(m_ids.begin(), m_ids.end(), ticketId);
    return it == m_ids.end() ? -1 : static_cast<int>(it - m_ids.begin());
}

int TicketTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_windowed ? m_total : static_cast<qint64>(m_ids.size()));
}

int TicketTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TicketRow* TicketTableModel::row(int index) const
{
    TicketList list(m_db);
    auto found = m_pages.at(index, [&](qint64 page) -> Result<std::vector<TicketRow>> {
        const qint64 from = page * Pages::kPageSize;
        if (m_windowed) {
            std::optional<std::pair<QDateTime, qint64>> after;
            if (const auto* previous = m_pages.find(page - 1); previous && !previous->empty())
                after =
                    std::make_pair(previous->back().ticket.createdAt, previous->back().ticket.id);
            return list.window(m_query, from, Pages::kPageSize, after, m_total);
        }
        const auto start = static_cast<std::size_t>(from);
        const auto count = std::min<std::size_t>(Pages::kPageSize, m_ids.size() - start);
        return list.rows(std::span<const qint64>(m_ids.data() + start, count));
    });
    if (found)
        return *found;
    reportLater(found.error());
    return nullptr;
}

QVariant TicketTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketRow* r = row(index.row());
    if (!r)
        return {};
    const Ticket& t = r->ticket;
    switch (role) {
    case KeepEndRole: // "(customer 12)" stays in view when the column cuts the name
        if (index.column() == CustomerColumn && r->customerNameShared) {
            const QString apart = Names::customerApart(t.customerId, r->customer, true);
            if (apart.startsWith(r->customer.trimmed()))
                return apart.mid(r->customer.trimmed().size());
        }
        return {};
    case TicketIdRole:
        return t.id;
    case CustomerIdRole:
        return t.customerId;
    case BreachedRole:
        return Sla::evaluate(t, m_targets, m_clock.now()).breached();
    case Qt::TextAlignmentRole:
        return index.column() == IdColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == SlaColumn && isOpen(t.status) &&
            Sla::evaluate(t, m_targets, m_clock.now()).breached())
            return QBrush(problemColor()); // with "breached 2 h ago" in words
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return t.id;
        case SubjectColumn:
            return oneLine(t.subject);
        case CustomerColumn: // "Acme (customer 12)" when another customer is named Acme
            return oneLine(Names::customerApart(t.customerId, r->customer, r->customerNameShared));
        case StatusColumn:
            return displayName(t.status);
        case PriorityColumn:
            return displayName(t.priority);
        case AssigneeColumn:
            return r->assignee.isEmpty() ? tr("Unassigned") : oneLine(r->assignee);
        case CreatedColumn:
            return shortDateTime(t.createdAt);
        case SlaColumn: {
            if (!isOpen(t.status))
                return Sla::evaluate(t, m_targets, m_clock.now()).breached() ? tr("missed")
                                                                             : tr("met");
            const SlaStatus sla = Sla::evaluate(t, m_targets, m_clock.now());
            // The clock that runs out first is the one a rep acts on.
            const SlaClock& clock = sla.firstResponse.state == SlaClock::State::Running ||
                                            sla.firstResponse.state == SlaClock::State::Breached
                                        ? sla.firstResponse
                                        : sla.resolution;
            // One unit in the narrow column; the tooltip has the minutes.
            return Sla::describeBriefly(clock, m_clock.now());
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SlaColumn) {
            const SlaStatus sla = Sla::evaluate(t, m_targets, m_clock.now());
            return tr("First response: %1\nResolution: %2")
                .arg(Sla::describe(sla.firstResponse, m_clock.now()),
                     Sla::describe(sla.resolution, m_clock.now()));
        }
        if (index.column() == CustomerColumn) // whole where the column cuts it
            return oneLine(Names::customerApart(t.customerId, r->customer, r->customerNameShared));
        return index.column() == SubjectColumn ? oneLine(t.subject) : QVariant();
    default:
        return {};
    }
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("#", "ticket number");
    case SubjectColumn:
        return tr("Subject");
    case CustomerColumn:
        return tr("Customer");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    case AssigneeColumn:
        return tr("Assignee");
    case CreatedColumn:
        return tr("Created");
    case SlaColumn:
        return tr("SLA");
    }
    return {};
}

} // namespace fd
