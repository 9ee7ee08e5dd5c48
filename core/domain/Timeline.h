#pragma once

#include <QDateTime>
#include <QString>

namespace fd {

// One line of a customer's history: a touchpoint, a ticket or a stage move.
struct TimelineEntry {
    enum class Kind { Touchpoint, Ticket, StageMove };
    Kind kind = Kind::Touchpoint;
    qint64 id = 0; // of the touchpoint, ticket or transition
    QDateTime at;  // UTC
    QString what;  // display names: touchpoint kind, ticket status, or "from → to" stages
    QString text;  // summary, subject, or reason
};

} // namespace fd
