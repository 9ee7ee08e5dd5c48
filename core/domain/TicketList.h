// The ticket queues' query and rows (issue 16: the GUI and the CLI page through the lists with
// these types through service/Lists.h; storage/TicketListRepository.h answers them in SQL).
#pragma once

#include "domain/Ticket.h"

#include <QString>

#include <optional>
#include <vector>

namespace fd {

// One line of a ticket queue: the ticket (without its description) and the names a rep
// reads beside it.
struct TicketRow {
    Ticket ticket;
    QString customer;
    QString assignee;
    bool customerNameShared = false; // another customer has this name (SharedNames in storage)
};

struct TicketListQuery {
    enum class Queue { MyOpen, Unassigned, AllOpen, SlaBreached, All };
    // Urgency (the SLA column): the moment the ticket's earliest SLA target passed or
    // passes, ascending = most urgent first: breached longest ago, then breached lately,
    // then due soonest; tickets with no clock running (paused with the first response
    // made and nothing breached; solved or closed, whose breaches are history) come last. Ties:
    // higher priority first, then the older ticket. Targets are the file's
    // (SlaTargets::fromSettings); recorded breaches win over the arithmetic, as in Sla::evaluate.
    // Only bounded queries sort by it.
    enum class Column { Id, Subject, Customer, Status, Priority, Assignee, Created, Urgency };

    Queue queue = Queue::AllOpen;
    std::optional<qint64> agentId;    // "me", for MyOpen
    std::optional<qint64> customerId; // one customer's tickets
    QString search;                   // words (prefixes) in subject or description, or #id
    Column sortColumn = Column::Created;
    bool descending = true;
    // A search over every ticket gives at most this many, the newest.
    static constexpr int kSearchLimit = 10000;
    // The order an open queue starts in: most urgent first.
    static constexpr Column kOpenQueueDefault = Column::Urgency;
    // When set, only these tickets (the list behind a dashboard's number).
    std::optional<std::vector<qint64>> only;

    // A query whose matches are few enough to read all their ids at once (open tickets, a
    // search, one customer, a given list). The rest (every ticket) is read a window at a time.
    bool bounded() const
    {
        return queue != Queue::All || customerId || only || !search.trimmed().isEmpty();
    }
};

} // namespace fd
