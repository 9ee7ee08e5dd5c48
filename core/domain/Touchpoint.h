#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace fd {

struct Touchpoint {
    qint64 id = 0;
    qint64 customerId = 0;
    std::optional<qint64> contactId;
    TouchpointKind kind = TouchpointKind::Email;
    Direction direction = Direction::Inbound;
    QDateTime occurredAt; // UTC
    std::optional<qint64> agentId;
    QString summary;
    std::optional<qint64> ticketId;
    std::optional<int> score; // survey: NPS 0..10
};

} // namespace fd
