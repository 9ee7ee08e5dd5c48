#pragma once

#include "domain/RowVersion.h"

#include <QString>

namespace fd {

// A saved reply text; placeholders such as {customer.name}, {agent.name} and {ticket.id}
// are filled in when a rep inserts it.
struct CannedReply {
    qint64 id = 0;
    QString title;
    QString body;
    RowVersion version; // the edit count and last edit (schema v6)
};

} // namespace fd
