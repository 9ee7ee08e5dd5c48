#pragma once

#include "domain/RowVersion.h"

#include <QDateTime>
#include <QString>

namespace fd {

// A person at a customer. Contacts added during post-sales are "new team members involved".
struct Contact {
    qint64 id = 0;
    qint64 customerId = 0;
    QString name;
    QString email;
    QString phone;
    QString role;
    QDateTime addedAt;  // UTC
    RowVersion version; // the edit count and last edit (schema v6)
};

} // namespace fd
