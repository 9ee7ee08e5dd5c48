#include "success/HealthRules.h"

#include <array>

namespace fd {

namespace {

constexpr int kDays = 3650;
constexpr int kWeight = 100;
constexpr int kCount = 100000;

constexpr std::array<HealthParameter, 23> kParameters = {{
    {"recency.weight", &HealthRules::recencyWeight, 0, kWeight},
    {"recency.full_days", &HealthRules::recencyFullDays, 0, kDays},
    {"recency.zero_days", &HealthRules::recencyZeroDays, 1, kDays},
    {"tickets.weight", &HealthRules::ticketsWeight, 0, kWeight},
    {"tickets.window_days", &HealthRules::ticketsWindowDays, 1, kDays},
    {"tickets.full", &HealthRules::ticketsFull, 0, kCount},
    {"tickets.zero", &HealthRules::ticketsZero, 1, kCount},
    {"urgent.weight", &HealthRules::urgentWeight, 0, kWeight},
    {"urgent.zero", &HealthRules::urgentZero, 1, kCount},
    {"csat.weight", &HealthRules::csatWeight, 0, kWeight},
    {"csat.window_days", &HealthRules::csatWindowDays, 1, kDays},
    {"survey.weight", &HealthRules::surveyWeight, 0, kWeight},
    {"survey.window_days", &HealthRules::surveyWindowDays, 1, kDays},
    {"survey.promoter_min", &HealthRules::surveyPromoterMin, 1, 10},
    {"survey.detractor_max", &HealthRules::surveyDetractorMax, 0, 9},
    {"sla.weight", &HealthRules::slaWeight, 0, kWeight},
    {"sla.window_days", &HealthRules::slaWindowDays, 1, kDays},
    {"sla.zero", &HealthRules::slaZero, 1, kCount},
    {"stage_time.weight", &HealthRules::stageTimeWeight, 0, kWeight},
    {"tasks.weight", &HealthRules::tasksWeight, 0, kWeight},
    {"tasks.zero", &HealthRules::tasksZero, 1, kCount},
    {"band.healthy_min", &HealthRules::healthyMin, 1, 100},
    {"band.at_risk_below", &HealthRules::atRiskBelow, 1, 100},
}};

} // namespace

std::span<const HealthParameter> HealthRuleSettings::parameters()
{
    return kParameters;
}

QString HealthRuleSettings::prefix()
{
    return QStringLiteral("health.");
}

Status HealthRuleSettings::set(HealthRules& rules, const QString& key, const QString& value)
{
    return KeyedParameters::set(parameters(), rules, key, value, tr("a health score parameter"));
}

Status HealthRuleSettings::validate(const HealthRules& r)
{
    if (r.recencyZeroDays <= r.recencyFullDays)
        return failure(tr("recency.zero_days (%1) must be more than recency.full_days (%2).")
                           .arg(r.recencyZeroDays)
                           .arg(r.recencyFullDays));
    if (r.ticketsZero <= r.ticketsFull)
        return failure(tr("tickets.zero (%1) must be more than tickets.full (%2).")
                           .arg(r.ticketsZero)
                           .arg(r.ticketsFull));
    if (r.surveyDetractorMax >= r.surveyPromoterMin)
        return failure(tr("survey.detractor_max (%1) must be less than survey.promoter_min (%2).")
                           .arg(r.surveyDetractorMax)
                           .arg(r.surveyPromoterMin));
    if (r.atRiskBelow > r.healthyMin)
        return failure(tr("band.at_risk_below (%1) must not be more than band.healthy_min (%2).")
                           .arg(r.atRiskBelow)
                           .arg(r.healthyMin));
    if (r.recencyWeight + r.ticketsWeight + r.urgentWeight + r.slaWeight + r.stageTimeWeight +
            r.tasksWeight ==
        0)
        return failure(
            tr("At least one of recency, tickets, urgent, sla, stage_time and tasks needs a weight "
               "above 0: they are counted for every customer, CSAT and the survey only for some."));
    return {};
}

namespace {

Status setEach(HealthRules& rules, const QStringList& list)
{
    auto split = KeyedParameters::assignments(list, QStringLiteral("recency.weight=25"));
    if (!split)
        return failure(split.error());
    for (const auto& [key, value] : *split) {
        if (auto valid = HealthRuleSettings::set(rules, key, value); !valid)
            return valid;
    }
    return {};
}

} // namespace

Status HealthRuleSettings::applyAll(HealthRules& rules, const QStringList& list)
{
    HealthRules edited = rules;
    if (auto valid = setEach(edited, list); !valid)
        return valid;
    if (auto valid = validate(edited); !valid)
        return valid;
    rules = edited;
    return {};
}

Result<HealthRules> HealthRuleSettings::fromSettings(const std::map<QString, QString>& settings)
{
    auto rules = KeyedParameters::fromSettings(parameters(), settings, prefix(),
                                               tr("a health score parameter"));
    if (!rules)
        return rules;
    if (auto valid = validate(*rules); !valid)
        return failure(tr("The saved health score settings are invalid: %1").arg(valid.error()));
    auto targets = StageTargetSettings::fromSettings(settings);
    if (!targets)
        return failure(targets.error());
    rules->stageTargets = *targets;
    return rules;
}

} // namespace fd
