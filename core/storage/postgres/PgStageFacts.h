#pragma once

#include "domain/CustomerFacts.h"

#include <functional>

namespace fd {

class Database;

// The stage facts of StageFactsRepository::all() counted by a PostgreSQL server (issue 16,
// Speed: `stages recompute` on data set L in 3 s or less): one GROUP BY customer_id over each
// table, so that one row per customer crosses the wire instead of every ticket and touchpoint.
// The facts are those of the row-by-row scan of SQLite's path (StageFactsRepository.cpp,
// addTicket and addTouchpoint), edge for edge; PgStageFacts.cpp says how each is counted.
// Rows of customers that `find` does not know (nullptr) are skipped. Throws SqlError.
class PgStageFacts {
public:
    // The customer's facts to add to, or nullptr.
    using Find = std::function<CustomerFacts*(qint64 customerId)>;

    // Adds the ticket facts (settledTickets, regressTickets, openHighOrUrgent, openUrgent,
    // csatCount, csatSum) of the customers firstCustomer..lastCustomer (ids), over their tickets
    // created at or before windows.asOf (UTC seconds).
    static void addTickets(Database& db, const FactWindows& windows, qint64 firstCustomer,
                           qint64 lastCustomer, const Find& find);
    // Adds the touchpoint facts (touchpoints, settledLiveTouchpoints) and sets the latest ones
    // (lastAdvocacyAt and its kind, lastSurveyAt) of the customers firstCustomer..lastCustomer,
    // over their touchpoints at or before windows.asOf. The latest are set as the scan does,
    // from the values the facts hold: call it once per customer, on facts whose latest are
    // still their defaults.
    static void addTouchpoints(Database& db, const FactWindows& windows, qint64 firstCustomer,
                               qint64 lastCustomer, const Find& find);
};

} // namespace fd
