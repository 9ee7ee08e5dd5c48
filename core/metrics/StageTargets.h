// The On track / Behind / Stuck targets of each stage (PRODUCT.md §4, a stage's health), kept
// as keyed, ranged settings like the stage rules (issue 18, the Settings dialog's targets page;
// issue 20, "the dashboard thresholds are literals"). Settings keys are "stage_target." + the
// key, e.g. "stage_target.onboarding.behind_days"; values are whole days.
//
// A customer is On track below its stage's behind_days, Behind from behind_days to
// stuck_days, and Stuck above stuck_days, on the clock DashboardMetrics::stageClock runs.
// The defaults are PRODUCT.md §4's: onboarding 30/45 days in the stage (a typical SaaS
// onboarding is 30 days), post-sales 90/120, retention and advocacy 60/90 days since the last
// touch (the at-risk check's 60 silent days).
#pragma once

#include "common/KeyedParameters.h"
#include "common/Result.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>
#include <span>
#include <utility>

namespace fd {

struct StageTargets {
    int onboardingBehindDays = 30;
    int onboardingStuckDays = 45;
    int postSalesBehindDays = 90;
    int postSalesStuckDays = 120;
    int retentionBehindDays = 60;
    int retentionStuckDays = 90;
    int advocacyBehindDays = 60;
    int advocacyStuckDays = 90;

    // {behind_days, stuck_days} of `stage`.
    std::pair<int, int> of(Stage stage) const;
};

using StageTargetParameter = KeyedParameter<StageTargets>;

class StageTargetSettings {
    Q_DECLARE_TR_FUNCTIONS(fd::StageTargetSettings)

public:
    // Each stage's behind_days then stuck_days, in funnel order; 1 to 3,650 days each.
    static std::span<const StageTargetParameter> parameters();
    static QString prefix(); // "stage_target."

    // The defaults with the stored "stage_target.*" values applied. Errors: a stored value out
    // of range or unknown, or targets that contradict each other (validate()).
    static Result<StageTargets> fromSettings(const std::map<QString, QString>& settings);
    // One parameter by its key ("onboarding.behind_days"), range-checked; not validate().
    static Status set(StageTargets& targets, const QString& key, const QString& value);
    // "KEY=VALUE ..." (KeyedParameters::assignments), each set(), then validate(); on failure
    // `targets` is unchanged.
    static Status applyAll(StageTargets& targets, const QStringList& list);
    // Each stage's stuck_days at or above its behind_days; one sentence for the first that is not.
    static Status validate(const StageTargets& targets);
};

} // namespace fd
