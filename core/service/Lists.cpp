#include "service/Lists.h"

#include "storage/CustomerListRepository.h"
#include "storage/TicketListRepository.h"

namespace fd {

Result<qint64> CustomerList::count(const CustomerListQuery& query)
{
    return CustomerListRepository(m_db).count(query);
}

Result<std::vector<qint64>> CustomerList::ids(const CustomerListQuery& query)
{
    return CustomerListRepository(m_db).ids(query);
}

Result<std::vector<CustomerRow>> CustomerList::rows(std::span<const qint64> ids)
{
    return CustomerListRepository(m_db).rows(ids);
}

bool TicketList::sortable(const TicketListQuery& query, TicketListQuery::Column column)
{
    return TicketListRepository::sortable(query, column);
}

Result<std::vector<qint64>> TicketList::ids(const TicketListQuery& query)
{
    return TicketListRepository(m_db).ids(query);
}

Result<std::vector<TicketRow>> TicketList::rows(std::span<const qint64> ids)
{
    return TicketListRepository(m_db).rows(ids);
}

Result<qint64> TicketList::count(const TicketListQuery& query)
{
    return TicketListRepository(m_db).count(query);
}

Result<std::vector<TicketRow>> TicketList::window(const TicketListQuery& query, qint64 offset,
                                                  int limit,
                                                  std::optional<std::pair<QDateTime, qint64>> after,
                                                  std::optional<qint64> total)
{
    return TicketListRepository(m_db).window(query, offset, limit, std::move(after), total);
}

} // namespace fd
