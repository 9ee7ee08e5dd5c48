// One entry of the audit log (issue 17; storage/AuditSchema.h describes the table it is read
// from and what each field holds).
#pragma once

#include <QString>

#include <optional>

namespace fd {

struct AuditEntry {
    qint64 id = 0;
    qint64 at = 0;                 // UTC seconds
    std::optional<qint64> agentId; // the acting agent, if one was known
    QString agentName;             // that agent's name now; null if unknown or gone
    QString login;                 // PostgreSQL's session_user; null on SQLite
    QString action;                // "insert", "update", "delete" or "bulk"
    QString table;                 // "customer", "ticket", …; "*" for a bulk write of many tables
    std::optional<qint64> rowId;   // the changed row; none for settings and bulk entries
    std::optional<qint64> customerId; // the customer the row belongs to, if any
    std::optional<qint64> ticketId;   // the ticket the row belongs to, if any
    QString field;                    // update: the column; settings: the key; bulk: the operation
    QString oldValue;                 // null for NULL
    QString newValue;                 // null for NULL; bulk: the number of rows
};

// Which entries to read: each set member narrows the list.
struct AuditFilter {
    std::optional<qint64> customerId; // the customer's own row and the rows that belong to it
    std::optional<qint64> ticketId;   // the ticket's own row, its replies and touchpoints
    std::optional<qint64> fromUtc;    // at >= this (UTC seconds)
    std::optional<qint64> untilUtc;   // at < this (UTC seconds)
    bool newestFirst = false;         // oldest first otherwise (the order entries were written)
    qint64 limit = -1;                // at most this many; -1: all
};

} // namespace fd
