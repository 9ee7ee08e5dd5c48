#include "metrics/StageTargets.h"

#include <array>

namespace fd {

namespace {

constexpr int kDays = 3650;

constexpr std::array<StageTargetParameter, 8> kParameters = {{
    {"onboarding.behind_days", &StageTargets::onboardingBehindDays, 1, kDays},
    {"onboarding.stuck_days", &StageTargets::onboardingStuckDays, 1, kDays},
    {"post_sales.behind_days", &StageTargets::postSalesBehindDays, 1, kDays},
    {"post_sales.stuck_days", &StageTargets::postSalesStuckDays, 1, kDays},
    {"retention.behind_days", &StageTargets::retentionBehindDays, 1, kDays},
    {"retention.stuck_days", &StageTargets::retentionStuckDays, 1, kDays},
    {"advocacy.behind_days", &StageTargets::advocacyBehindDays, 1, kDays},
    {"advocacy.stuck_days", &StageTargets::advocacyStuckDays, 1, kDays},
}};

} // namespace

std::pair<int, int> StageTargets::of(Stage stage) const
{
    switch (stage) {
    case Stage::Onboarding:
        return {onboardingBehindDays, onboardingStuckDays};
    case Stage::PostSales:
        return {postSalesBehindDays, postSalesStuckDays};
    case Stage::Retention:
        return {retentionBehindDays, retentionStuckDays};
    case Stage::Advocacy:
        return {advocacyBehindDays, advocacyStuckDays};
    }
    return {onboardingBehindDays, onboardingStuckDays};
}

std::span<const StageTargetParameter> StageTargetSettings::parameters()
{
    return kParameters;
}

QString StageTargetSettings::prefix()
{
    return QStringLiteral("stage_target.");
}

Status StageTargetSettings::set(StageTargets& targets, const QString& key, const QString& value)
{
    return KeyedParameters::set(parameters(), targets, key, value, tr("a stage target"));
}

Status StageTargetSettings::validate(const StageTargets& targets)
{
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i) {
        const auto stage = static_cast<Stage>(i);
        const auto [behind, stuck] = targets.of(stage);
        if (stuck < behind)
            return failure(tr("%1.stuck_days (%2) must not be less than %1.behind_days (%3).")
                               .arg(toString(stage))
                               .arg(stuck)
                               .arg(behind));
    }
    return {};
}

Status StageTargetSettings::applyAll(StageTargets& targets, const QStringList& list)
{
    auto split = KeyedParameters::assignments(list, QStringLiteral("onboarding.behind_days=20"));
    if (!split)
        return failure(split.error());
    StageTargets edited = targets;
    for (const auto& [key, value] : *split) {
        if (auto valid = set(edited, key, value); !valid)
            return valid;
    }
    if (auto valid = validate(edited); !valid)
        return valid;
    targets = edited;
    return {};
}

Result<StageTargets> StageTargetSettings::fromSettings(const std::map<QString, QString>& settings)
{
    auto targets =
        KeyedParameters::fromSettings(parameters(), settings, prefix(), tr("a stage target"));
    if (!targets)
        return targets;
    if (auto valid = validate(*targets); !valid)
        return failure(tr("The saved stage targets are invalid: %1").arg(valid.error()));
    return targets;
}

} // namespace fd
