#pragma once

#include "common/Result.h"
#include "domain/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace fd {

class Database;

// One line of the customers list.
struct CustomerRow {
    qint64 id = 0;
    QString name;
    QString email;
    QString company;
    Stage stage = Stage::Onboarding;
    CustomerStatus status = CustomerStatus::Active;
    QString owner;
    qint64 openTickets = 0;
    QDateTime lastTouchAt; // UTC; null if none
    bool nameShared = false; // another customer has this name (storage/SharedNames.h)
};

struct CustomerListQuery {
    enum class Column { Name, Company, Stage, Owner, OpenTickets, LastTouch };

    QString search; // in name, email or company, case-insensitive
    std::optional<Stage> stage;
    std::optional<qint64> ownerId; // 0: customers without an owner
    std::optional<CustomerStatus> status;
    Column sortColumn = Column::Name;
    bool descending = false;
    // When set, only these customers (the list behind a dashboard's number), sorted.
    std::optional<std::vector<qint64>> only;
};

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
    std::vector<qint64> sortedIds(const CustomerListQuery& query); // throws SqlError
    std::vector<qint64> matchingIds(const CustomerListQuery& query); // throws SqlError

    Database& m_db;
};

} // namespace fd
