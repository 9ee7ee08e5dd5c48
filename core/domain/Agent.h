#pragma once

#include "domain/Enums.h"
#include "domain/RowVersion.h"

#include <QString>

namespace fd {

struct Agent {
    qint64 id = 0;
    QString name;
    QString email;
    AgentRole role = AgentRole::Rep;
    bool active = true;
    RowVersion version; // the edit count and last edit (schema v6)
};

} // namespace fd
