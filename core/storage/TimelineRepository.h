#pragma once

#include "common/Result.h"
#include "domain/Enums.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace fd {

class Database;

// One line of a customer's history: a touchpoint, a ticket or a stage move.
struct TimelineEntry {
    enum class Kind { Touchpoint, Ticket, StageMove };
    Kind kind = Kind::Touchpoint;
    qint64 id = 0; // of the touchpoint, ticket or transition
    QDateTime at;  // UTC
    QString what;  // display names: touchpoint kind, ticket status, or "from → to" stages
    QString text;  // summary, subject, or reason
};

class TimelineRepository {
public:
    explicit TimelineRepository(Database& db) : m_db(db) {}

    // Newest first. A ticket's own arrival touchpoint is left out: the ticket stands for it.
    Result<std::vector<TimelineEntry>> forCustomer(qint64 customerId, int limit = 200);

private:
    Database& m_db;
};

} // namespace fd
