// The health score's weights, windows and band edges (issue 18, "Health score, 0-100"), kept
// as data like the stage rules: each has a stable key ("recency.weight"), a default and a
// range (common/KeyedParameters.h). Settings keys are "health." + the key; a what-if preview
// overrides them without saving.
//
// The rule (success/HealthScore.h applies it): each of eight factors earns a share of its
// weight, from 1 (all of it) to 0; the score is 100 x (points earned) / (weights of the
// factors counted), rounded half up. A factor without data (no rated ticket in the CSAT
// window, no survey in the survey window) is not counted: it neither earns nor costs points,
// as Gainsight's scorecards leave out a measure with no value. Defaults sum to 100, so with
// every factor counted the score is the points themselves.
//
// The defaults and where they come from:
// - recency 20: all of it when the last touchpoint is at most 14 days old, none from 60 days
//   (FunnelDesk's at-risk check calls 60 silent days a risk, PRODUCT.md §4), linear between;
// - tickets 10: tickets created in the last 30 days, all up to 2 (post-sales' "settled"
//   allows 2 in 30 days, PRODUCT.md §3), none from 8, linear between;
// - open high and urgent tickets 15: all at 0, none from 3 (the at-risk check's 3 tickets);
// - mean CSAT 15, rated tickets created in the last 90 days: (mean - 1) / 4 of it;
// - the latest survey (NPS) 15, within 365 days: all for a promoter (9-10), none for a
//   detractor (0-6), half for a passive (Bain's Net Promoter bands);
// - SLA breaches 10, tickets created in the last 90 days with a breach recorded: all at 0,
//   none from 3, linear;
// - time in stage 10: all while On track, half when Behind, none when Stuck, against the
//   stage's On track / Behind / Stuck targets (metrics/StageTargets.h, the stage dashboards');
// - overdue tasks 5: all at 0, none from 3, linear.
// Bands: Healthy at 70 and over, At risk under 40, Watch between (issue 18).
#pragma once

#include "common/KeyedParameters.h"
#include "common/Result.h"
#include "metrics/StageTargets.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>
#include <span>

namespace fd {

struct HealthRules {
    int recencyWeight = 20;
    int recencyFullDays = 14; // all of the weight up to this many days since the last touch
    int recencyZeroDays = 60; // none from this many

    int ticketsWeight = 10;
    int ticketsWindowDays = 30;
    int ticketsFull = 2; // all of the weight up to this many tickets in the window
    int ticketsZero = 8; // none from this many

    int urgentWeight = 15;
    int urgentZero = 3; // open high and urgent tickets: none of the weight from this many

    int csatWeight = 15;
    int csatWindowDays = 90;

    int surveyWeight = 15;
    int surveyWindowDays = 365;
    int surveyPromoterMin = 9;  // this score and over earns all of the weight
    int surveyDetractorMax = 6; // this score and under earns none; between, half

    int slaWeight = 10;
    int slaWindowDays = 90;
    int slaZero = 3; // tickets with a breach: none of the weight from this many

    int stageTimeWeight = 10;

    int tasksWeight = 5;
    int tasksZero = 3; // overdue tasks: none of the weight from this many

    int healthyMin = 70;  // Healthy: score >= this
    int atRiskBelow = 40; // At risk: score < this

    // The time-in-stage factor's targets: the saved "stage_target.*" settings, not a
    // "health.*" parameter (the stage dashboards judge by the same ones).
    StageTargets stageTargets;
};

using HealthParameter = KeyedParameter<HealthRules>;

class HealthRuleSettings {
    Q_DECLARE_TR_FUNCTIONS(fd::HealthRuleSettings)

public:
    // Every parameter, factor by factor, the bands last.
    static std::span<const HealthParameter> parameters();
    static QString prefix(); // "health."

    // The defaults with the stored "health.*" values applied, and the stored stage targets
    // (StageTargetSettings::fromSettings); a stored value out of range, an
    // unknown key or a set of values that contradict each other (validate()) is an error.
    static Result<HealthRules> fromSettings(const std::map<QString, QString>& settings);
    // Sets one parameter by its key ("recency.weight"), range-checked; not validate().
    static Status set(HealthRules& rules, const QString& key, const QString& value);
    // "KEY=VALUE ..." (KeyedParameters::assignments), each set(), then validate(); on failure
    // `rules` is unchanged.
    static Status applyAll(HealthRules& rules, const QStringList& list);
    // The checks across parameters, one sentence for the first that fails: each linear
    // factor's zero edge above its full edge, the detractor edge below the promoter edge, the
    // At risk edge at or below the Healthy edge, and some weight on a factor that is always
    // counted (so the score is never 0 / 0).
    static Status validate(const HealthRules& rules);
};

} // namespace fd
