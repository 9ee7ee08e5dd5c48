#include "service/Audit.h"

#include "storage/AgentRepository.h"
#include "storage/AuditLog.h"

namespace fd::service {

Result<std::vector<AuditEntry>> Audit::list(const Query& query)
{
    if (query.customerId && query.ticketId)
        return failure(tr("Name a customer or a ticket, not both."));
    if (query.from.isValid() && query.to.isValid() && query.to < query.from)
        return failure(tr("The last day (%1) is before the first (%2).")
                           .arg(query.to.toString(Qt::ISODate), query.from.toString(Qt::ISODate)));
    AuditFilter filter;
    filter.customerId = query.customerId;
    filter.ticketId = query.ticketId;
    if (query.from.isValid())
        filter.fromUtc = query.from.startOfDay().toSecsSinceEpoch();
    if (query.to.isValid())
        filter.untilUtc =
            query.to.addDays(1).startOfDay().toSecsSinceEpoch(); // the day is inclusive
    filter.newestFirst = query.newestFirst;
    filter.limit = query.limit;
    return AuditLog(m_db).list(filter);
}

Result<AgentNames> Audit::agentNames()
{
    auto agents = AgentRepository(m_db).all();
    if (!agents)
        return failure(agents.error());
    AgentNames names;
    for (const Agent& agent : *agents)
        names.insert(agent.id, agent.name);
    return names;
}

} // namespace fd::service
