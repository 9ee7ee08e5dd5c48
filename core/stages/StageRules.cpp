#include "stages/StageRules.h"

#include <array>

namespace fd {

namespace {

constexpr int kDays = 3650;

constexpr std::array<RuleParameter, 17> kParameters = {{
    {"onboarding.complete.min_days", &StageRules::onboardingMinDays, 0, kDays},
    {"onboarding.complete.min_touchpoints", &StageRules::onboardingMinTouchpoints, 0, 100000},
    {"postsales.settled.min_days", &StageRules::settledMinDays, 0, kDays},
    {"postsales.settled.window_days", &StageRules::settledWindowDays, 1, kDays},
    {"postsales.settled.max_tickets", &StageRules::settledMaxTickets, 0, 100000},
    {"postsales.settled.max_live_touchpoints", &StageRules::settledMaxLiveTouchpoints, 0, 100000},
    {"retention.advocate.window_days", &StageRules::advocateWindowDays, 1, kDays},
    {"retention.advocate.min_survey", &StageRules::advocateMinSurvey, 0, 10},
    {"retention.advocate.min_csat", &StageRules::advocateMinCsat, 1, 5},
    {"retention.advocate.detractor_score", &StageRules::advocateDetractorScore, 0, 10},
    {"retention.advocate.detractor_window_days", &StageRules::advocateDetractorWindowDays, 1,
     kDays},
    {"retention.regress.window_days", &StageRules::regressWindowDays, 1, kDays},
    {"retention.regress.min_tickets", &StageRules::regressMinTickets, 1, 100000},
    {"advocacy.lapse.window_days", &StageRules::lapseWindowDays, 1, kDays},
    {"advocacy.lapse.min_survey", &StageRules::lapseMinSurvey, 0, 10},
    {"advocacy.lapse.detractor_score", &StageRules::lapseDetractorScore, 0, 10},
    {"advocacy.lapse.detractor_window_days", &StageRules::lapseDetractorWindowDays, 1, kDays},
}};

const QString kPrefix = QStringLiteral("stage_rule.");

} // namespace

std::span<const RuleParameter> StageRuleSettings::parameters()
{
    return kParameters;
}

QString StageRuleSettings::settingsKey(const RuleParameter& parameter)
{
    return kPrefix + QLatin1String(parameter.key);
}

Status StageRuleSettings::set(StageRules& rules, const QString& key, const QString& value)
{
    return KeyedParameters::set(parameters(), rules, key, value, tr("a stage rule parameter"));
}

Result<std::vector<std::pair<QString, QString>>>
StageRuleSettings::assignments(const QStringList& list)
{
    return KeyedParameters::assignments(list, QStringLiteral("postsales.settled.min_days=60"));
}

Status StageRuleSettings::applyAll(StageRules& rules, const QStringList& list)
{
    auto split = assignments(list);
    if (!split)
        return failure(split.error());
    StageRules edited = rules;
    for (const auto& [key, value] : *split) {
        if (auto valid = set(edited, key, value); !valid)
            return valid;
    }
    rules = edited;
    return {};
}

Result<StageRules> StageRuleSettings::fromSettings(const std::map<QString, QString>& settings)
{
    return KeyedParameters::fromSettings(parameters(), settings, kPrefix,
                                         tr("a stage rule parameter"));
}

} // namespace fd
