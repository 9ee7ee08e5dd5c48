#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QString>

#include <optional>

namespace fd {

// A task for a customer's owner (issue 18): a success plan's step or a playbook's action.
// Days are local; times UTC unix seconds (0: none).
struct Task {
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    std::optional<qint64> ownerId;
    QString ownerName;
    QString title;
    std::optional<TouchpointKind> kind; // recorded as a touchpoint when done
    QDate dueDay;
    QString origin; // "plan:<stage>", "playbook:<key>"
    QString occasion;
    int step = 0;
    qint64 createdAt = 0;
    qint64 doneAt = 0;
    std::optional<qint64> doneBy;
    std::optional<qint64> touchpointId;

    bool done() const { return doneAt != 0; }
};

// Which tasks a list shows. Sorted by due day, then id.
struct TaskFilter {
    std::optional<qint64> ownerId; // only this agent's
    bool openOnly = true;
    std::optional<QDate> dueBefore;     // due before this day (overdue: today)
    std::optional<QDate> dueUntil;      // due on or before this day
    std::optional<TouchpointKind> kind; // only tasks that record this kind (success reviews)
};

} // namespace fd
