#pragma once

#include "common/Result.h"
#include "domain/CustomerList.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace fd {

class Database;

// The customers list: filtering and sorting happen in SQL. ids() gives the matching ids in
// order (8 bytes a customer), rows() the rows of a screenful of them, so a view jumps to
// any position without SQLite walking an OFFSET.
class CustomerListRepository {
public:
    explicit CustomerListRepository(Database& db) : m_db(db) {}

    Result<qint64> count(const CustomerListQuery& query);
    Result<std::vector<qint64>> ids(const CustomerListQuery& query);
    // The rows of these customers, in the order given (unknown ids are left out).
    Result<std::vector<CustomerRow>> rows(std::span<const qint64> ids);

private:
    std::vector<qint64> sortedIds(const CustomerListQuery& query);   // throws SqlError
    std::vector<qint64> matchingIds(const CustomerListQuery& query); // throws SqlError

    Database& m_db;
};

} // namespace fd
