// The application layer for the team's settings (issue 18): every value the Settings
// dialog's pages edit, as KEY=VALUE, for `funneldesk-cli settings list|set` and the dialog:
//   stage_rule.<rule>.<parameter>   the stage rules (stages/StageRules.h)
//   stage_target.<stage>.behind_days, .stuck_days   On track / Behind / Stuck
//   (metrics/StageTargets.h) at_risk.<check>.<parameter>     the at-risk checks' thresholds
//   (metrics/AtRiskRules.h) health.<factor>.<parameter>     the health score's weights, windows and
//   bands (success/HealthRules.h) sla.<priority>.first_response_hours,
//   sla.<priority>.resolution_hours   SLA targets, 1-8760 hours plan.<stage>                    a
//   success plan, its steps separated by ";" (success/SuccessPlans.h) playbook.<key> a playbook's
//   line; empty switches it off (success/Playbooks.h)
// Values are range-checked as each group's own checks do, and a group's checks across values
// (health's band edges, each stage's targets) see the saved values with the new ones. A set lands
// whole or not at all.
#pragma once

#include "common/Result.h"
#include "domain/Agent.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>
#include <utility>
#include <vector>

namespace fd {

class Database;

struct SettingEntry {
    QString key;
    QString value;      // as `settings set` takes it
    bool saved = false; // false: the default
    // A whole number's inclusive range (the group's own: StageRuleSettings::parameters(), …);
    // both 0 for text (plans, playbooks).
    int minimum = 0;
    int maximum = 0;
    QString defaultValue; // the value when none is saved ("" for a playbook of the team's own)
    bool isNumber() const { return maximum > 0; }
};

class TeamSettings {
    Q_DECLARE_TR_FUNCTIONS(fd::TeamSettings)

public:
    explicit TeamSettings(Database& db) : m_db(db) {}

    // Every key with its value now, group by group in the order above, each group in its own
    // order. Errors: the database's sentence, a saved value that does not parse.
    Result<std::vector<SettingEntry>> list();
    // Every key this build defines, with its value when nothing is saved.
    static std::map<QString, QString> defaults();
    // Each "KEY=VALUE" well formed, given once, a known key and in range, with the value as it
    // is saved (numbers as numbers, a plan's steps one per line); the checks across values that
    // need the saved ones (set()) are not made here. For the CLI's usage check (exit 2).
    static Result<std::vector<std::pair<QString, QString>>> checked(const QStringList& assignments);
    // checked(), then the checks across values (health's band edges and weights, each stage's
    // targets, each priority's first response within its resolution) on `base` (key → value
    // as saved, e.g. SettingsRepository::all(); {} for the defaults) with the assignments
    // applied. Value: checked()'s. For the Settings dialog, which checks all of its values as
    // they are typed, and for set().
    static Result<std::vector<std::pair<QString, QString>>>
    validated(const QStringList& assignments, const std::map<QString, QString>& base);
    // validated() on the saved values, then saves them all in one transaction; nothing when one
    // is refused.
    Status set(const QStringList& assignments);
    // The Settings dialog's Save: set(assignments) and each of `newAgents` added (Team::add's
    // checks and errors), in ONE transaction: all of it lands, or none.
    Status save(const QStringList& assignments, const std::vector<Agent>& newAgents);

private:
    Database& m_db;
};

} // namespace fd
