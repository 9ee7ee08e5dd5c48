#pragma once

#include <QString>

namespace fd {

// A saved reply text; placeholders such as {customer.name}, {agent.name} and {ticket.id}
// are filled in when a rep inserts it.
struct CannedReply {
    qint64 id = 0;
    QString title;
    QString body;
};

} // namespace fd
