#include "success/HealthEngine.h"

#include "stages/RuleEvaluator.h"
#include "storage/CustomerRepository.h"
#include "storage/HealthRepository.h"
#include "storage/SettingsRepository.h"
#include "success/Playbooks.h"

#include <algorithm>

namespace fd {

namespace {

std::size_t index(ScoreBand band)
{
    return static_cast<std::size_t>(band);
}

HealthWindows windowsAt(const Clock& clock, const HealthRules& rules)
{
    const Moment now = Moment::at(clock.now());
    return HealthWindows::at(now.secs, now.day, rules);
}

bool sameWindows(const HealthRules& a, const HealthRules& b)
{
    return a.ticketsWindowDays == b.ticketsWindowDays && a.csatWindowDays == b.csatWindowDays &&
           a.surveyWindowDays == b.surveyWindowDays && a.slaWindowDays == b.slaWindowDays;
}

} // namespace

QStringList HealthExplanation::factorLines() const
{
    QStringList lines;
    for (const FactorPoints& p : score.factors)
        lines << HealthScorer::factorText(p, facts, rules, at);
    return lines;
}

qint64 HealthPreview::moved() const
{
    qint64 n = 0;
    for (const auto& [fromTo, ids] : moves)
        n += static_cast<qint64>(ids.size());
    return n;
}

Result<HealthRules> HealthEngine::rules()
{
    auto settings = SettingsRepository(m_db).all();
    if (!settings)
        return failure(settings.error());
    return HealthRuleSettings::fromSettings(*settings);
}

Status HealthEngine::saveRules(const QStringList& assignments)
{
    auto saved = rules();
    if (!saved)
        return failure(saved.error());
    HealthRules edited = *saved;
    if (auto valid = HealthRuleSettings::applyAll(edited, assignments); !valid)
        return valid;
    auto split = KeyedParameters::assignments(assignments, QString());
    if (!split)
        return failure(split.error());
    std::vector<std::pair<QString, QString>> values;
    for (const auto& [key, value] : *split)
        values.emplace_back(HealthRuleSettings::prefix() + key, value.trimmed());
    return SettingsRepository(m_db).setValues(values);
}

Result<HealthRecompute> HealthEngine::recompute(bool dryRun)
{
    auto settings = SettingsRepository(m_db).all();
    if (!settings)
        return failure(settings.error());
    auto r = HealthRuleSettings::fromSettings(*settings);
    if (!r)
        return failure(r.error());
    auto playbooks = Playbooks::fromSettings(*settings);
    if (!playbooks)
        return failure(playbooks.error());
    const HealthWindows at = windowsAt(m_clock, *r);
    auto facts = HealthRepository(m_db).facts(at);
    if (!facts)
        return failure(facts.error());
    auto stored = HealthRepository(m_db).stored();
    if (!stored)
        return failure(stored.error());

    HealthRecompute report;
    report.asOf = QDateTime::fromSecsSinceEpoch(at.now, Qt::UTC);
    report.day = at.today;
    report.evaluated = static_cast<qint64>(facts->size());
    std::vector<HealthScore> changed;
    std::vector<PlannedTask> tasks;
    const QString dropOccasion = QStringLiteral("band:") + at.today.toString(Qt::ISODate);
    auto before = stored->begin(); // both sorted by customer id
    for (const HealthFacts& f : *facts) {
        const HealthScore s = HealthScorer::score(f, *r, at);
        ++report.bands[index(s.band)];
        // A silence fires once per last touch (never touched: once).
        const qint64 silent = HealthScorer::silentDays(f, at);
        for (const Playbook& p : *playbooks) {
            if (p.event != PlaybookEvent::Silent || silent < p.threshold)
                continue;
            const QString occasion = QStringLiteral("silent:") + QString::number(f.lastTouchAt);
            if (auto t = Playbooks::taskFor(p, f.customerId, at.now, occasion, at.now))
                tasks.push_back(std::move(*t));
        }
        while (before != stored->end() && before->customerId < s.customerId)
            ++before;
        const bool known = before != stored->end() && before->customerId == s.customerId;
        if (known && before->score == s.score && before->band == s.band)
            continue;
        changed.push_back(s);
        if (known && before->band == s.band)
            continue;
        BandMove move{s.customerId, std::nullopt, s.band, -1, s.score};
        if (known) {
            move.from = before->band;
            move.fromScore = before->score;
        }
        report.moves.push_back(move);
        // A drop to At risk (not a first score) fires its playbooks, once that day.
        if (!known || s.band != ScoreBand::AtRisk)
            continue;
        for (const Playbook& p : *playbooks) {
            if (p.event != PlaybookEvent::AtRisk)
                continue;
            if (auto t = Playbooks::taskFor(p, s.customerId, at.now, dropOccasion, at.now))
                tasks.push_back(std::move(*t));
        }
    }
    report.changed = static_cast<qint64>(changed.size());
    if (!dryRun && (!changed.empty() || !tasks.empty())) {
        auto written =
            HealthRepository(m_db).write(changed, at.today, report.moves, tasks, *stored);
        if (!written)
            return failure(written.error());
        report.playbookTasks = *written;
    }
    report.written = !dryRun;
    return report;
}

Result<HealthExplanation> HealthEngine::explain(qint64 customerId)
{
    auto customer = CustomerRepository(m_db).find(customerId);
    if (!customer)
        return failure(customer.error());
    if (!*customer)
        return failure(tr("Customer %1 does not exist.").arg(customerId));
    if ((*customer)->status != CustomerStatus::Active)
        return failure(tr("Customer %1 has churned: only active customers have a health score.")
                           .arg(customerId));
    auto r = rules();
    if (!r)
        return failure(r.error());
    HealthExplanation e;
    e.rules = *r;
    e.at = windowsAt(m_clock, *r);
    auto facts = HealthRepository(m_db).facts(e.at, customerId);
    if (!facts)
        return failure(facts.error());
    if (facts->empty())
        return failure(tr("Customer %1 does not exist.").arg(customerId)); // deleted meanwhile
    e.facts = facts->front();
    e.score = HealthScorer::score(e.facts, e.rules, e.at);
    auto stored = HealthRepository(m_db).stored(customerId);
    if (!stored)
        return failure(stored.error());
    if (!stored->empty())
        e.stored = stored->front();
    return e;
}

QStringList HealthEngine::settingsAssignments(const QStringList& assignments)
{
    QStringList named;
    for (const QString& assignment : assignments) {
        const QString a = assignment.trimmed();
        named << (a.startsWith(HealthRuleSettings::prefix()) ||
                          a.startsWith(StageTargetSettings::prefix())
                      ? a
                      : HealthRuleSettings::prefix() + a);
    }
    return named;
}

Result<HealthPreview> HealthEngine::preview(const QStringList& assignments)
{
    auto saved = rules();
    if (!saved)
        return failure(saved.error());
    HealthRules edited = *saved;
    // The health parameters and the stage targets the time-in-stage factor judges by, each
    // group's keys without its prefix.
    QStringList health;
    QStringList targets;
    for (const QString& a : settingsAssignments(assignments)) {
        if (a.startsWith(StageTargetSettings::prefix()))
            targets << a.mid(StageTargetSettings::prefix().size());
        else
            health << a.mid(HealthRuleSettings::prefix().size());
    }
    if (auto valid = HealthRuleSettings::applyAll(edited, health); !valid)
        return failure(valid.error());
    if (auto valid = StageTargetSettings::applyAll(edited.stageTargets, targets); !valid)
        return failure(valid.error());
    const HealthWindows at = windowsAt(m_clock, *saved);
    auto facts = HealthRepository(m_db).facts(at);
    if (!facts)
        return failure(facts.error());
    std::vector<HealthFacts> editedFacts;
    const HealthWindows editedAt = HealthWindows::at(at.now, at.today, edited);
    if (!sameWindows(*saved, edited)) {
        auto other = HealthRepository(m_db).facts(editedAt);
        if (!other)
            return failure(other.error());
        editedFacts = std::move(*other);
    }
    const std::vector<HealthFacts>& afterFacts = editedFacts.empty() ? *facts : editedFacts;
    HealthPreview p;
    p.evaluated = static_cast<qint64>(facts->size());
    // Both lists hold the active customers sorted by id; a customer in one only (changed
    // between the reads) is left out.
    auto other = afterFacts.begin();
    for (const HealthFacts& f : *facts) {
        while (other != afterFacts.end() && other->customerId < f.customerId)
            ++other;
        if (other == afterFacts.end() || other->customerId != f.customerId)
            continue;
        const ScoreBand from = HealthScorer::score(f, *saved, at).band;
        const ScoreBand to = HealthScorer::score(*other, edited, editedAt).band;
        ++p.before[index(from)];
        ++p.after[index(to)];
        if (from != to)
            p.moves[{from, to}].push_back(f.customerId);
    }
    return p;
}

Result<std::optional<StoredHealth>> HealthEngine::current(qint64 customerId)
{
    auto stored = HealthRepository(m_db).stored(customerId);
    if (!stored)
        return failure(stored.error());
    return stored->empty() ? std::nullopt : std::optional(stored->front());
}

Result<std::vector<HealthPoint>> HealthEngine::trend(qint64 customerId, int days)
{
    const QDate today = Moment::at(m_clock.now()).day;
    return HealthRepository(m_db).history(customerId, today.addDays(-(std::max(days, 1) - 1)));
}

} // namespace fd
