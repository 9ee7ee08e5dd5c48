#pragma once

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
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

// The entry into the funnel: the one place it is made, for a customer added (by hand, the
// CLI, an import: CustomerRepository::add) and for the demo's (DemoPlanner), so both read the
// same in the history and the flow dashboard counts both alike.
class FunnelEntry {
    Q_DECLARE_TR_FUNCTIONS(fd::FunnelEntry)

public:
    // "funnel.entry": the actor of every entry (the PostgreSQL guards name it too).
    static QString actor();
    // The move of customer `customerId` into `stage` at `at` (UTC) from no stage, by actor(),
    // with its reason: "Entered Onboarding with the first sale on 2026-03-01." (`since`, the
    // first sale's local day) for onboarding, "Entered Retention when the customer was added."
    // for a customer added straight into a later stage.
    static StageTransition of(qint64 customerId, Stage stage, const QDate& since,
                              const QDateTime& at);
};

} // namespace fd
