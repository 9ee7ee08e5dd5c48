#pragma once

#include "common/Result.h"
#include "domain/Enums.h"
#include "domain/Timeline.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace fd {

class Database;

class TimelineRepository {
public:
    explicit TimelineRepository(Database& db) : m_db(db) {}

    // Newest first. A ticket's own arrival touchpoint is left out: the ticket stands for it.
    Result<std::vector<TimelineEntry>> forCustomer(qint64 customerId, int limit = 200);

private:
    Database& m_db;
};

} // namespace fd
