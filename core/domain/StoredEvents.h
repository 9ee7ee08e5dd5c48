#pragma once

#include "domain/CustomerFacts.h"

#include <utility>
#include <vector>

namespace fd {

// The tickets and touchpoints a bulk writer stored, kept in the order it inserted them (the
// order a scan of a table it filled from empty reads them back in), for replaying the stages of
// the customers it made without reading the rows back (RecomputeOptions::stored,
// StageFactsRepository::histories). On data set L's import that read took 0.71-0.73 s of the
// stage placement's 1.9-2.1 s, and 0.31-0.34 s with these (docs/PERFORMANCE.md, "Step 10 and
// CI", "The replay's histories kept by the import").
//
// It stands in for the tables only while it holds every ticket and touchpoint of the customers
// it is asked about, stored as they are now: the CSV import keeps one when it loads an empty
// database, and drops it at the first row it merges into a ticket (the merge moves the ticket's
// arrival touchpoint). Times are UTC seconds, as Statement::utcSecs reads them back. 32 bytes a
// ticket and 32 a touchpoint: about 64 MB for data set L's million tickets and their million
// arrival touchpoints.
class StoredEvents {
public:
    void addTicket(qint64 customerId, const TicketEvent& ticket)
    {
        m_tickets.emplace_back(customerId, ticket);
    }
    void addTouchpoint(qint64 customerId, const TouchpointEvent& touchpoint)
    {
        m_touchpoints.emplace_back(customerId, touchpoint);
    }

    // (customer id, event), in the order they were added.
    const std::vector<std::pair<qint64, TicketEvent>>& tickets() const { return m_tickets; }
    const std::vector<std::pair<qint64, TouchpointEvent>>& touchpoints() const
    {
        return m_touchpoints;
    }

private:
    static_assert(sizeof(std::pair<qint64, TicketEvent>) == 32, "32 bytes a ticket, as above");
    static_assert(sizeof(std::pair<qint64, TouchpointEvent>) == 32, "32 bytes a touchpoint");
    std::vector<std::pair<qint64, TicketEvent>> m_tickets;
    std::vector<std::pair<qint64, TouchpointEvent>> m_touchpoints;
};

} // namespace fd
