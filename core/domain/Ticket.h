#pragma once

#include "domain/Enums.h"
#include "domain/RowVersion.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace fd {

struct Ticket {
    qint64 id = 0;
    qint64 customerId = 0;
    std::optional<qint64> contactId;
    QString subject;
    QString description;
    TicketStatus status = TicketStatus::New;
    Priority priority = Priority::Normal;
    TouchpointKind channel = TouchpointKind::Email;
    Category category = Category::Other;
    std::optional<qint64> assigneeId;
    QDateTime createdAt;       // UTC
    QDateTime firstResponseAt; // UTC, null if none yet
    QDateTime solvedAt;        // UTC, null while unsolved
    std::optional<int> csat;   // 1..5
    QString tags;
    QString externalRef;
    // The SLA clocks (domain/Sla.h): seconds spent pending or on hold so far, the start of
    // the pause under way, and when each target was missed (null: not missed).
    qint64 slaPausedSecs = 0;
    QDateTime slaPausedSince;          // UTC; set while pending or on hold
    QDateTime firstResponseBreachedAt; // UTC
    QDateTime resolutionBreachedAt;    // UTC
    RowVersion version;                // the edit count and last edit (schema v6)
};

struct TicketComment {
    qint64 id = 0;
    qint64 ticketId = 0;
    CommentKind kind = CommentKind::PublicReply;
    std::optional<qint64> authorAgentId; // null: written by the customer
    QDateTime at;                        // UTC
    QString body;
};

} // namespace fd
