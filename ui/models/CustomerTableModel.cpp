#include "models/CustomerTableModel.h"

#include "domain/Names.h"
#include "models/Formatting.h"

#include <algorithm>

namespace fd {

CustomerTableModel::CustomerTableModel(Database& db, QObject* parent)
    : PagedTableModel(parent), m_db(db)
{
    reload();
}

void CustomerTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    auto ids = CustomerList(m_db).ids(m_query);
    m_ids = ids ? std::move(*ids) : std::vector<qint64>{};
    endResetModel();
    if (!ids)
        reportLater(ids.error());
}

void CustomerTableModel::setSearch(const QString& text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    reload();
}

void CustomerTableModel::setStageFilter(std::optional<Stage> stage)
{
    if (stage == m_query.stage)
        return;
    m_query.stage = stage;
    reload();
}

void CustomerTableModel::setOwnerFilter(std::optional<qint64> agentId)
{
    if (agentId == m_query.ownerId)
        return;
    m_query.ownerId = agentId;
    reload();
}

void CustomerTableModel::setStatusFilter(std::optional<CustomerStatus> status)
{
    if (status == m_query.status)
        return;
    m_query.status = status;
    reload();
}

void CustomerTableModel::setOnly(std::optional<std::vector<qint64>> ids)
{
    if (ids)
        std::sort(ids->begin(), ids->end());
    if (ids == m_query.only)
        return;
    m_query.only = std::move(ids);
    reload();
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortColumn = static_cast<CustomerListQuery::Column>(column);
    m_query.descending = order == Qt::DescendingOrder;
    // Rows are fetched again by position, so no index could follow its row: a reset.
    reload();
}

int CustomerTableModel::rowOf(qint64 customerId) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), customerId);
    return it == m_ids.end() ? -1 : static_cast<int>(it - m_ids.begin());
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CustomerRow* CustomerTableModel::row(int index) const
{
    auto found = m_pages.at(index, [&](qint64 page) {
        const auto from = static_cast<std::size_t>(page * Pages::kPageSize);
        const auto count = std::min<std::size_t>(Pages::kPageSize, m_ids.size() - from);
        return CustomerList(m_db).rows(std::span<const qint64>(m_ids.data() + from, count));
    });
    if (found)
        return *found;
    reportLater(found.error());
    return nullptr;
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerRow* r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case KeepEndRole: // "(customer 12)" stays in view when the column cuts the name
        if (index.column() == NameColumn && r->nameShared) {
            const QString apart = Names::customerApart(r->id, r->name, true);
            if (apart.startsWith(r->name.trimmed()))
                return apart.mid(r->name.trimmed().size());
        }
        return {};
    case CustomerIdRole:
        return r->id;
    case Qt::TextAlignmentRole:
        return index.column() == OpenTicketsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                   : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: // "Acme (customer 12)" when another customer is named Acme
            return oneLine(Names::customerApart(r->id, r->name, r->nameShared));
        case CompanyColumn:
            return oneLine(r->company);
        case StageColumn:
            return r->status == CustomerStatus::Churned
                       ? tr("Churned (%1)").arg(displayName(r->stage))
                       : displayName(r->stage);
        case OwnerColumn:
            return oneLine(r->owner);
        case OpenTicketsColumn:
            return r->openTickets;
        case LastTouchColumn:
            return r->lastTouchAt.isValid() ? shortDate(r->lastTouchAt)
                                            : tr("—", "no touchpoint yet");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() != NameColumn)
            return {};
        // Whole where the column cuts it, when another customer has the name.
        return r->nameShared ? tr("%1\n%2", "name apart, email")
                                   .arg(oneLine(Names::customerApart(r->id, r->name, true)),
                                        oneLine(r->email))
                             : oneLine(r->email);
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == OpenTicketsColumn)
        return tr("Open tickets: new, open, pending or on hold");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CompanyColumn:
        return tr("Company");
    case StageColumn:
        return tr("Stage");
    case OwnerColumn:
        return tr("Owner");
    case OpenTicketsColumn:
        return tr("Open", "open tickets");
    case LastTouchColumn:
        return tr("Last touch");
    }
    return {};
}

} // namespace fd
