#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace fd {

// One move of a customer between stages. `from` is empty for the entry into the funnel.
struct StageTransition {
    qint64 id = 0;
    qint64 customerId = 0;
    std::optional<Stage> from;
    Stage to = Stage::Onboarding;
    QDateTime at;  // UTC
    QString actor; // a rule key such as "onboarding.complete", or an agent's name
    QString reason;
};

} // namespace fd
