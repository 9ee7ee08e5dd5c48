#include "stages/StageRules.h"

#include <algorithm>
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
    {"retention.advocate.detractor_window_days", &StageRules::advocateDetractorWindowDays, 1, kDays},
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
    for (const RuleParameter& p : kParameters) {
        if (key != QLatin1String(p.key))
            continue;
        bool ok = false;
        const int number = value.trimmed().toInt(&ok);
        if (!ok || number < p.minimum || number > p.maximum)
            return failure(tr("%1 must be a whole number from %2 to %3, not “%4”.")
                               .arg(key)
                               .arg(p.minimum)
                               .arg(p.maximum)
                               .arg(value));
        rules.*p.member = number;
        return {};
    }
    QStringList known;
    for (const RuleParameter& p : kParameters)
        known << QLatin1String(p.key);
    return failure(tr("“%1” is not a stage rule parameter; the parameters are %2.")
                       .arg(key, known.join(QStringLiteral(", "))));
}

Status StageRuleSettings::apply(StageRules& rules, const QString& assignment)
{
    return applyAll(rules, {assignment});
}

Result<std::vector<std::pair<QString, QString>>> StageRuleSettings::assignments(const QStringList& list)
{
    std::vector<std::pair<QString, QString>> result;
    for (const QString& assignment : list) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return failure(tr("“%1” is not of the form KEY.PARAM=VALUE, e.g. "
                              "postsales.settled.min_days=60.")
                               .arg(assignment));
        QString key = assignment.left(equals).trimmed();
        QString value = assignment.mid(equals + 1);
        const auto earlier = std::find_if(result.begin(), result.end(),
                                          [&](const auto& kv) { return kv.first == key; });
        if (earlier != result.end())
            return failure(tr("%1 is given twice (“%2” and “%3”); give each parameter once.")
                               .arg(key, earlier->second.trimmed(), value.trimmed()));
        result.emplace_back(std::move(key), std::move(value));
    }
    return result;
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
    StageRules rules;
    for (const auto& [key, value] : settings) {
        if (!key.startsWith(kPrefix))
            continue;
        if (auto applied = set(rules, key.mid(kPrefix.size()), value); !applied)
            return failure(tr("The saved stage rules are invalid: %1").arg(applied.error()));
    }
    return rules;
}

} // namespace fd
