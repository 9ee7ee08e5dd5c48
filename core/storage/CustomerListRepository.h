#pragma once

#include "common/Result.h"
#include "domain/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
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
};

struct CustomerListQuery {
    enum class Column { Name, Company, Stage, Owner, OpenTickets, LastTouch };

    QString search; // in name, email or company, case-insensitive
    std::optional<Stage> stage;
    std::optional<qint64> ownerId;
    std::optional<CustomerStatus> status;
    Column sortColumn = Column::Name;
    bool descending = false;
};

// The customers list, a page at a time: filtering and sorting happen in SQL, so a view
// never holds more than the rows it shows.
class CustomerListRepository {
public:
    explicit CustomerListRepository(Database& db) : m_db(db) {}

    Result<qint64> count(const CustomerListQuery& query);
    Result<std::vector<CustomerRow>> page(const CustomerListQuery& query, qint64 offset, int limit);

private:
    Database& m_db;
};

} // namespace fd
