#include "metrics/AtRiskRules.h"

#include <array>

namespace fd {

namespace {

constexpr int kDays = 3650;

constexpr std::array<AtRiskParameter, 5> kParameters = {{
    {"surge.min_tickets", &AtRiskRules::surgeMinTickets, 1, 1000},
    {"surge.window_days", &AtRiskRules::surgeWindowDays, 1, kDays},
    {"csat.below", &AtRiskRules::csatBelow, 2, 6},
    {"csat.window_days", &AtRiskRules::csatWindowDays, 1, kDays},
    {"silent.after_days", &AtRiskRules::silentAfterDays, 1, kDays},
}};

} // namespace

std::span<const AtRiskParameter> AtRiskSettings::parameters()
{
    return kParameters;
}

QString AtRiskSettings::prefix()
{
    return QStringLiteral("at_risk.");
}

Status AtRiskSettings::set(AtRiskRules& rules, const QString& key, const QString& value)
{
    return KeyedParameters::set(parameters(), rules, key, value, tr("an at-risk threshold"));
}

Result<AtRiskRules> AtRiskSettings::fromSettings(const std::map<QString, QString>& settings)
{
    return KeyedParameters::fromSettings(parameters(), settings, prefix(),
                                         tr("an at-risk threshold"));
}

} // namespace fd
