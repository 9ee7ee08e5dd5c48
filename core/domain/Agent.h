#pragma once

#include "domain/Enums.h"

#include <QString>

namespace fd {

struct Agent {
    qint64 id = 0;
    QString name;
    QString email;
    AgentRole role = AgentRole::Rep;
    bool active = true;
};

} // namespace fd
