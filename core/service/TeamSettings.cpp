#include "service/TeamSettings.h"

#include "common/FrontEndHints.h"
#include "common/KeyedParameters.h"
#include "domain/Sla.h"
#include "metrics/AtRiskRules.h"
#include "metrics/StageTargets.h"
#include "service/Team.h"
#include "stages/StageRules.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/Transaction.h"
#include "success/HealthRules.h"
#include "success/Playbooks.h"
#include "success/SuccessPlans.h"

namespace fd {

namespace {

constexpr int kMaxSlaHours = 8760;
const QString kStagePrefix = QStringLiteral("stage_rule.");

// "3:phone:Kickoff call; 7:live_chat:Walkthrough" as `settings set` takes a plan, or a step a
// line as the Settings dialog gives it (where a title may hold a ";").
QStringList planSteps(const QString& value)
{
    QStringList steps;
    const QChar separator =
        value.contains(QLatin1Char('\n')) ? QLatin1Char('\n') : QLatin1Char(';');
    for (const QString& part : value.split(separator, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            steps << part.trimmed();
    }
    return steps;
}

QString slaValue(const SlaTargets& targets, Priority p, bool first)
{
    const auto i = static_cast<std::size_t>(p);
    return QString::number(first ? targets.firstResponseHours[i] : targets.resolutionHours[i]);
}

} // namespace

Result<std::vector<SettingEntry>> TeamSettings::list()
{
    auto saved = SettingsRepository(m_db).all();
    if (!saved)
        return failure(saved.error());
    auto stage = StageRuleSettings::fromSettings(*saved);
    if (!stage)
        return failure(stage.error());
    auto targets = StageTargetSettings::fromSettings(*saved);
    if (!targets)
        return failure(targets.error());
    auto atRisk = AtRiskSettings::fromSettings(*saved);
    if (!atRisk)
        return failure(atRisk.error());
    auto health = HealthRuleSettings::fromSettings(*saved);
    if (!health)
        return failure(health.error());
    auto plans = SuccessPlanSettings::fromSettings(*saved);
    if (!plans)
        return failure(plans.error());
    auto playbooks = Playbooks::fromSettings(*saved);
    if (!playbooks)
        return failure(playbooks.error());
    const SlaTargets sla = SlaTargets::fromSettings(*saved);

    std::vector<SettingEntry> entries;
    auto add = [&](const QString& key, const QString& value, int minimum = 0, int maximum = 0) {
        entries.push_back({key, value, saved->count(key) > 0, minimum, maximum, {}});
    };
    for (const RuleParameter& p : StageRuleSettings::parameters())
        add(StageRuleSettings::settingsKey(p), QString::number((*stage).*p.member), p.minimum,
            p.maximum);
    for (const StageTargetParameter& p : StageTargetSettings::parameters())
        add(StageTargetSettings::prefix() + QLatin1String(p.key),
            QString::number((*targets).*p.member), p.minimum, p.maximum);
    for (const AtRiskParameter& p : AtRiskSettings::parameters())
        add(AtRiskSettings::prefix() + QLatin1String(p.key), QString::number((*atRisk).*p.member),
            p.minimum, p.maximum);
    for (const HealthParameter& p : HealthRuleSettings::parameters())
        add(HealthRuleSettings::prefix() + QLatin1String(p.key),
            QString::number((*health).*p.member), p.minimum, p.maximum);
    for (std::size_t i = 0; i < enumCount<Priority>(); ++i) {
        const auto p = static_cast<Priority>(i);
        add(SlaTargets::key(p, true), slaValue(sla, p, true), 1, kMaxSlaHours);
        add(SlaTargets::key(p, false), slaValue(sla, p, false), 1, kMaxSlaHours);
    }
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i) {
        const auto s = static_cast<Stage>(i);
        QStringList steps;
        for (const PlanStep& step : plans->of(s))
            steps << SuccessPlanSettings::stepText(step);
        add(SuccessPlanSettings::settingsKey(s), steps.join(QStringLiteral("; ")));
    }
    // Every playbook in key order, a switched-off one (a saved empty line) in its place, empty.
    std::map<QString, QString> lines;
    for (const Playbook& p : *playbooks)
        lines[Playbooks::settingsKey(p.key)] = Playbooks::text(p);
    for (auto it = saved->lower_bound(QStringLiteral("playbook."));
         it != saved->end() && it->first.startsWith(QLatin1String("playbook.")); ++it) {
        if (it->second.trimmed().isEmpty())
            lines[it->first] = QString();
    }
    for (const auto& [key, line] : lines)
        add(key, line);
    // What each value is when nothing is saved: the Settings dialog offers it back.
    auto defaults = TeamSettings::defaults();
    for (SettingEntry& e : entries) {
        const auto it = defaults.find(e.key);
        e.defaultValue = it != defaults.end() ? it->second : QString();
    }
    return entries;
}

std::map<QString, QString> TeamSettings::defaults()
{
    std::map<QString, QString> values;
    const StageRules stage;
    for (const RuleParameter& p : StageRuleSettings::parameters())
        values[StageRuleSettings::settingsKey(p)] = QString::number(stage.*p.member);
    const StageTargets targets;
    for (const StageTargetParameter& p : StageTargetSettings::parameters())
        values[StageTargetSettings::prefix() + QLatin1String(p.key)] =
            QString::number(targets.*p.member);
    const AtRiskRules atRisk;
    for (const AtRiskParameter& p : AtRiskSettings::parameters())
        values[AtRiskSettings::prefix() + QLatin1String(p.key)] = QString::number(atRisk.*p.member);
    const HealthRules health;
    for (const HealthParameter& p : HealthRuleSettings::parameters())
        values[HealthRuleSettings::prefix() + QLatin1String(p.key)] =
            QString::number(health.*p.member);
    const SlaTargets sla;
    for (std::size_t i = 0; i < enumCount<Priority>(); ++i) {
        const auto p = static_cast<Priority>(i);
        values[SlaTargets::key(p, true)] = slaValue(sla, p, true);
        values[SlaTargets::key(p, false)] = slaValue(sla, p, false);
    }
    const SuccessPlans plans = SuccessPlans::defaults();
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i) {
        QStringList steps;
        for (const PlanStep& step : plans.of(static_cast<Stage>(i)))
            steps << SuccessPlanSettings::stepText(step);
        values[SuccessPlanSettings::settingsKey(static_cast<Stage>(i))] =
            steps.join(QStringLiteral("; "));
    }
    for (const Playbook& p : Playbooks::defaults())
        values[Playbooks::settingsKey(p.key)] = Playbooks::text(p);
    return values;
}

Result<std::vector<std::pair<QString, QString>>>
TeamSettings::checked(const QStringList& assignments)
{
    auto split =
        KeyedParameters::assignments(assignments, QStringLiteral("health.recency.weight=25"));
    if (!split)
        return failure(split.error());
    std::vector<std::pair<QString, QString>> values;
    for (const auto& [key, raw] : *split) {
        const QString value = raw.trimmed();
        QString stored = value;
        if (key.startsWith(kStagePrefix)) {
            StageRules scratch;
            if (auto ok = StageRuleSettings::set(scratch, key.mid(kStagePrefix.size()), value); !ok)
                return failure(ok.error());
            stored = QString::number(value.toInt()); // "030" and "+30" are kept as 30
        } else if (key.startsWith(StageTargetSettings::prefix())) {
            StageTargets scratch;
            if (auto ok = StageTargetSettings::set(
                    scratch, key.mid(StageTargetSettings::prefix().size()), value);
                !ok)
                return failure(ok.error());
            stored = QString::number(value.toInt());
        } else if (key.startsWith(AtRiskSettings::prefix())) {
            AtRiskRules scratch;
            if (auto ok =
                    AtRiskSettings::set(scratch, key.mid(AtRiskSettings::prefix().size()), value);
                !ok)
                return failure(ok.error());
            stored = QString::number(value.toInt());
        } else if (key.startsWith(HealthRuleSettings::prefix())) {
            HealthRules scratch;
            if (auto ok = HealthRuleSettings::set(
                    scratch, key.mid(HealthRuleSettings::prefix().size()), value);
                !ok)
                return failure(ok.error());
            stored = QString::number(value.toInt());
        } else if (key.startsWith(QLatin1String("sla."))) {
            bool known = false;
            for (std::size_t i = 0; i < enumCount<Priority>() && !known; ++i)
                known = key == SlaTargets::key(static_cast<Priority>(i), true) ||
                        key == SlaTargets::key(static_cast<Priority>(i), false);
            if (!known)
                return failure(tr("“%1” is not an SLA target; the targets are "
                                  "sla.PRIORITY.first_response_hours and "
                                  "sla.PRIORITY.resolution_hours for PRIORITY %2.")
                                   .arg(key, enumNameList<Priority>()));
            auto n = KeyedParameters::number(key, value, 1, kMaxSlaHours);
            if (!n)
                return failure(n.error());
            stored = QString::number(*n);
        } else if (key.startsWith(QLatin1String("plan."))) {
            const auto stage = enumFromString<Stage>(key.mid(5));
            if (!stage)
                return failure(tr("“%1” names no stage; the plans are plan.%2.")
                                   .arg(key, enumNameList<Stage>()));
            auto steps = SuccessPlanSettings::parseSteps(planSteps(value));
            if (!steps)
                return failure(steps.error());
            stored = SuccessPlanSettings::settingsValue(*steps);
        } else if (key.startsWith(QLatin1String("playbook."))) {
            if (!value.isEmpty()) {
                auto p = Playbooks::parse(key.mid(9), value);
                if (!p)
                    return failure(p.error());
                stored = Playbooks::text(*p);
            }
        } else {
            return failure(tr("“%1” is not a setting%2; the settings begin with stage_rule., "
                              "stage_target., at_risk., health., "
                              "sla., plan. or playbook.")
                               .arg(key, hints::clause(hints::Hint::ListSettings)));
        }
        values.emplace_back(key, stored.isNull() ? QStringLiteral("") : stored);
    }
    return values;
}

Result<std::vector<std::pair<QString, QString>>>
TeamSettings::validated(const QStringList& assignments, const std::map<QString, QString>& base)
{
    auto values = checked(assignments);
    if (!values)
        return failure(values.error());
    // The checks across the health values, with the base ones.
    QStringList health; // "factor.parameter=value"
    for (const auto& [key, value] : *values) {
        if (key.startsWith(HealthRuleSettings::prefix()))
            health << key.mid(HealthRuleSettings::prefix().size()) + QLatin1Char('=') + value;
    }
    if (!health.isEmpty()) {
        auto rules = HealthRuleSettings::fromSettings(base);
        if (!rules)
            return failure(rules.error());
        if (auto ok = HealthRuleSettings::applyAll(*rules, health); !ok)
            return failure(ok.error());
    }
    // ... and across the stage targets: each stage's stuck_days at or above its behind_days.
    auto targets = StageTargetSettings::fromSettings(base);
    if (!targets)
        return failure(targets.error());
    QStringList stageTargets; // "stage.parameter=value"
    for (const auto& [key, value] : *values) {
        if (key.startsWith(StageTargetSettings::prefix()))
            stageTargets << key.mid(StageTargetSettings::prefix().size()) + QLatin1Char('=') +
                                value;
    }
    if (auto ok = StageTargetSettings::applyAll(*targets, stageTargets); !ok)
        return failure(ok.error());
    // ... and each priority's SLA: a ticket is answered before it is solved.
    SlaTargets sla = SlaTargets::fromSettings(base);
    for (const auto& [key, value] : *values) {
        for (std::size_t i = 0; i < enumCount<Priority>(); ++i) {
            if (key == SlaTargets::key(static_cast<Priority>(i), true))
                sla.firstResponseHours[i] = value.toInt();
            else if (key == SlaTargets::key(static_cast<Priority>(i), false))
                sla.resolutionHours[i] = value.toInt();
        }
    }
    for (std::size_t i = 0; i < enumCount<Priority>(); ++i) {
        const auto p = static_cast<Priority>(i);
        if (sla.firstResponseHours[i] > sla.resolutionHours[i])
            return failure(tr("%1 (%2) must not be more than %3 (%4): a ticket is answered before "
                              "it is solved.")
                               .arg(SlaTargets::key(p, true))
                               .arg(sla.firstResponseHours[i])
                               .arg(SlaTargets::key(p, false))
                               .arg(sla.resolutionHours[i]));
    }
    return values;
}

Status TeamSettings::set(const QStringList& assignments)
{
    auto saved = SettingsRepository(m_db).all();
    if (!saved)
        return failure(saved.error());
    auto values = validated(assignments, *saved);
    if (!values)
        return failure(values.error());
    return SettingsRepository(m_db).setValues(*values);
}

Status TeamSettings::save(const QStringList& assignments, const std::vector<Agent>& newAgents)
{
    std::optional<Transaction> tx;
    if (auto begun = m_db.guard([&] { tx.emplace(m_db); }); !begun)
        return begun;
    if (!assignments.isEmpty()) {
        if (auto ok = set(assignments); !ok)
            return ok;
    }
    for (const Agent& agent : newAgents) {
        if (auto added = Team(m_db).add(agent); !added)
            return failure(added.error());
    }
    return m_db.guard([&] { tx->commit(); });
}

} // namespace fd
