// The at-risk checks' thresholds (PRODUCT.md §4, the at-risk dashboard; also the retention
// dashboard's "At risk" count), kept as keyed, ranged settings like the stage targets
// (metrics/StageTargets.h). Settings keys are "at_risk." + the key, e.g.
// "at_risk.silent.after_days". A retention or advocacy customer is at risk when one holds:
//  - a ticket surge: surge.min_tickets or more tickets created in the last surge.window_days
//    days (default 3 in 30);
//  - a low CSAT: a ticket created in the last csat.window_days days (default 90) rated below
//    csat.below (default 3, i.e. a 1 or a 2 on the 1-5 scale);
//  - silence: the last touchpoint more than silent.after_days days ago, or none ever (default
//    60; the retention and advocacy "Behind from" default of metrics/StageTargets.h is the same).
// Days are spans of 86,400 s back from now, in UTC seconds.
#pragma once

#include "common/KeyedParameters.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>
#include <span>

namespace fd {

struct AtRiskRules {
    int surgeMinTickets = 3;  // 1-1,000 tickets
    int surgeWindowDays = 30; // 1-3,650 days
    int csatBelow = 3;        // 2-6: a rating below it is low (CSAT is 1-5; 6 counts every rating)
    int csatWindowDays = 90;  // 1-3,650 days
    int silentAfterDays = 60; // 1-3,650 days
};

using AtRiskParameter = KeyedParameter<AtRiskRules>;

class AtRiskSettings {
    Q_DECLARE_TR_FUNCTIONS(fd::AtRiskSettings)

public:
    // surge.min_tickets, surge.window_days, csat.below, csat.window_days, silent.after_days.
    static std::span<const AtRiskParameter> parameters();
    static QString prefix(); // "at_risk."

    // The defaults with the stored "at_risk.*" values applied. Errors: a stored value out of
    // range or unknown ("The saved settings are invalid: …").
    static Result<AtRiskRules> fromSettings(const std::map<QString, QString>& settings);
    // One parameter by its key ("silent.after_days"), range-checked: "KEY must be a whole number
    // from A to B, not “V”." or "“KEY” is not an at-risk threshold; the parameters are …".
    static Status set(AtRiskRules& rules, const QString& key, const QString& value);
};

} // namespace fd
