// The customers list's query and rows (issue 16: the GUI and the CLI page through the list with
// these types through service/Lists.h; storage/CustomerListRepository.h answers them in SQL).
#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace fd {

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
    QDateTime lastTouchAt;   // UTC; null if none
    bool nameShared = false; // another customer has this name (SharedNames in storage)
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

} // namespace fd
