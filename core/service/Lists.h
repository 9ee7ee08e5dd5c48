// The application layer for the lists (issue 16): the GUI's customers list, ticket queues and
// customer picker page through them only through here. The queries and rows are
// domain/CustomerList.h and domain/TicketList.h; storage's list repositories answer them in SQL.
#pragma once

#include "common/Result.h"
#include "domain/CustomerList.h"
#include "domain/TicketList.h"

#include <QDateTime>

#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace fd {

class Database;

// The customers list: the ids matching a query, in its order (8 bytes a customer), and the
// rows of a screenful of them, so a view jumps to any position at once.
class CustomerList {
public:
    // `db` must outlive this object.
    explicit CustomerList(Database& db) : m_db(db) {}

    Result<qint64> count(const CustomerListQuery& query);
    Result<std::vector<qint64>> ids(const CustomerListQuery& query);
    // The rows of these customers, in the order given (unknown ids are left out).
    Result<std::vector<CustomerRow>> rows(std::span<const qint64> ids);

private:
    Database& m_db;
};

// The ticket queues. A bounded query (TicketListQuery::bounded) gives all its ids in order;
// the whole ticket table, which can hold millions, is read a window at a time along the
// creation time, so only creation time sorts it.
class TicketList {
public:
    // A search over every ticket gives at most this many ids, the newest.
    static constexpr int kSearchLimit = TicketListQuery::kSearchLimit;

    // `db` must outlive this object.
    explicit TicketList(Database& db) : m_db(db) {}

    // Whether `query`'s tickets can be sorted by `column` (a window only by creation time).
    static bool sortable(const TicketListQuery& query, TicketListQuery::Column column);

    Result<std::vector<qint64>> ids(const TicketListQuery& query);
    // The rows of these tickets, in the order given.
    Result<std::vector<TicketRow>> rows(std::span<const qint64> ids);

    // An unbounded query: the number of its tickets, and `limit` rows from `offset`. `after`,
    // the sort key (created_at UTC, id) of the row just before `offset`, lets the database
    // seek there instead of counting its way. Without it, `total` (count()'s answer) lets a
    // window past the middle be read from the other end, as quickly as one near the start.
    Result<qint64> count(const TicketListQuery& query);
    Result<std::vector<TicketRow>> window(const TicketListQuery& query, qint64 offset, int limit,
                                          std::optional<std::pair<QDateTime, qint64>> after = {},
                                          std::optional<qint64> total = {});

private:
    Database& m_db;
};

} // namespace fd
