#include "stages/StageEngine.h"

#include <algorithm>
#include <future>

#include <QElapsedTimer>
#include <QLoggingCategory>

#include "common/Clock.h"
#include "common/DateTimeText.h"
#include "domain/Names.h"
#include "domain/Validation.h"
#include "stages/StageReplay.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/StageFactsRepository.h"
#include "storage/StageTransitionRepository.h"
#include "storage/TaskRepository.h"
#include "storage/Transaction.h"
#include "success/Playbooks.h"
#include "success/SuccessPlans.h"

namespace fd {

struct StageEngine::Scope::Impl {
    explicit Impl(Database& database) : db(database) {}
    Database& db;
    std::optional<Transaction> tx;
};

StageEngine::Scope::Scope(Database& db) : d(std::make_unique<Impl>(db))
{
}
StageEngine::Scope::~Scope() = default;

Status StageEngine::Scope::begin()
{
    return d->db.guard([&] { d->tx.emplace(d->db); });
}

Status StageEngine::Scope::commit()
{
    return d->db.guard([&] { d->tx->commit(); });
}

// QT_LOGGING_RULES="funneldesk.stages.debug=true" times the steps of a replay.
Q_LOGGING_CATEGORY(lcStages, "funneldesk.stages", QtWarningMsg)

namespace {

// Stored times have whole seconds; so do the moments moves are dated at.
QDateTime wholeSeconds(const QDateTime& t)
{
    return wholeSecondsUtc(t);
}

} // namespace

qint64 RecomputeReport::moveCount() const
{
    qint64 n = 0;
    for (const StageChange& change : changes)
        n += static_cast<qint64>(change.moves.size());
    return n;
}

std::map<std::pair<Stage, Stage>, qint64> RecomputeReport::flows() const
{
    std::map<std::pair<Stage, Stage>, qint64> result;
    for (const StageChange& change : changes)
        ++result[{change.from, change.to}];
    return result;
}

bool Explanation::movesBy(const RuleCheck& check) const
{
    return check.met && !moves.empty() && moves.front().actor == check.ruleKey;
}

QString Explanation::verdict(const RuleCheck& check) const
{
    if (!check.met)
        return StageEngine::tr("not yet");
    if (movesBy(check))
        return StageEngine::tr("holds, moves at the next recompute");
    if (churned)
        return StageEngine::tr("holds, but the customer has churned: it stays");
    if (pinned)
        return StageEngine::tr("holds, but the customer is pinned: it stays");
    if (!fighting.isEmpty())
        return StageEngine::tr("holds, but the rules send it back and forth: it stays");
    if (!moves.empty())
        return StageEngine::tr("holds, but %1 is tried first").arg(moves.front().actor);
    return StageEngine::tr("holds, but the customer has no stage yet at this moment: it stays");
}

QString Explanation::hold() const
{
    if (churned)
        return StageEngine::tr(
            "The customer has churned: no rule moves it while its status is churned.");
    if (pinned)
        return StageEngine::tr("The customer is pinned: no rule moves it until it is unpinned.");
    return {};
}

Result<StageRules> StageEngine::rules()
{
    auto settings = SettingsRepository(m_db).all();
    if (!settings)
        return failure(settings.error());
    return StageRuleSettings::fromSettings(*settings);
}

namespace {

// "rules a and b", "rules a, b and c".
QString ruleList(const QStringList& rules)
{
    if (rules.size() <= 1)
        return StageEngine::tr("rule %1").arg(rules.value(0));
    return StageEngine::tr("rules %1 and %2")
        .arg(rules.mid(0, rules.size() - 1).join(QStringLiteral(", ")), rules.last());
}

} // namespace

QString StageEngine::unstableSentence(const UnstableCustomer& customer, const QString& name,
                                      bool written)
{
    const QString who = Names::customerAtStart(customer.customerId, name);
    return (written ? tr("%1 was left in %2: %3 send it back and forth; change one of them.")
                    : tr("%1 would be left in %2: %3 send it back and forth; change one of them."))
        .arg(who, displayName(customer.stage), ruleList(customer.rules));
}

QString StageEngine::unstableSummary(const std::vector<UnstableCustomer>& unstable, bool written)
{
    if (unstable.empty())
        return {};
    std::map<QStringList, qint64> byRules;
    for (const UnstableCustomer& u : unstable) {
        QStringList rules = u.rules;
        std::sort(rules.begin(), rules.end());
        ++byRules[rules];
    }
    QStringList fights;
    for (const auto& [rules, count] : byRules)
        fights << ruleList(rules);
    const QString joined = fights.join(QStringLiteral("; "));
    const auto n = static_cast<qint64>(unstable.size());
    if (n == 1)
        return (written ? tr("1 customer was left where it was: %1 send it back and forth; change "
                             "one of them.")
                        : tr("1 customer would be left where it is: %1 send it back and forth; "
                             "change one of them."))
            .arg(joined);
    return (written ? tr("%1 customers were left where they were: %2 send them back and forth; "
                         "change one of them.")
                    : tr("%1 customers would be left where they are: %2 send them back and forth; "
                         "change one of them."))
        .arg(n)
        .arg(joined);
}

Status StageEngine::saveRules(const QStringList& assignments)
{
    auto split = StageRuleSettings::assignments(assignments);
    if (!split)
        return failure(split.error());
    StageRules check;
    if (auto valid = StageRuleSettings::applyAll(check, assignments); !valid)
        return valid;
    Scope scope(m_db);
    if (auto begun = scope.begin(); !begun)
        return begun;
    SettingsRepository settings(m_db);
    for (const auto& [key, value] : *split) {
        if (auto saved = settings.setValue(QStringLiteral("stage_rule.") + key, value.trimmed());
            !saved)
            return saved;
    }
    return scope.commit();
}

std::optional<StageChange> StageEngine::step(const CustomerFacts& facts, RuleDecider& decider,
                                             const Moment& asOf, const QDateTime& at,
                                             std::optional<UnstableCustomer>& unstable)
{
    unstable.reset();
    if (facts.churned || facts.pinned || !facts.inFunnel)
        return std::nullopt;
    Settling settling = decider.settle(facts.stage, facts, asOf);
    if (settling.unstable()) {
        unstable =
            UnstableCustomer{facts.customerId, facts.stage, std::move(settling.fighting), at};
        return std::nullopt;
    }
    if (settling.steps.empty())
        return std::nullopt;
    StageChange change;
    change.customerId = facts.customerId;
    change.from = facts.stage;
    for (Decision& decision : settling.steps) {
        StageTransition move;
        move.customerId = facts.customerId;
        move.from = decision.from;
        move.to = decision.to;
        move.at = at;
        move.actor = std::move(decision.ruleKey);
        move.reason = std::move(decision.reason);
        change.moves.push_back(std::move(move));
    }
    change.to = change.moves.back().to;
    return change;
}

Result<RecomputeReport> StageEngine::recompute(const RecomputeOptions& options)
{
    StageRules rules;
    if (options.rules) {
        rules = *options.rules;
    } else {
        auto saved = this->rules();
        if (!saved)
            return failure(saved.error());
        rules = *saved;
    }
    const QDateTime now = wholeSeconds(m_clock.now());
    RecomputeReport report;
    report.asOf = options.asOf ? wholeSeconds(*options.asOf) : now;
    if (report.asOf > now)
        return failure(tr("Stages cannot be evaluated as of %1, which is after now (%2).")
                           .arg(formatLocalDateTime(report.asOf), formatLocalDateTime(now)));
    const bool historical = report.asOf < now;
    const Moment moment = Moment::at(report.asOf);
    const FactWindows windows = RuleEvaluator::windows(rules, report.asOf, historical);

    if (options.replay) {
        if (auto replayed = replay(rules, options, report); !replayed)
            return failure(replayed.error());
    } else if (auto evaluated = evaluate(rules, options, windows, moment, report); !evaluated) {
        return failure(evaluated.error());
    }

    if (historical) {
        // Moves dated before a customer's latest transition would rewrite its history:
        // not written, and a dry run says so too.
        auto latest = StageTransitionRepository(m_db).customersMovedAfter(report.asOf);
        if (!latest)
            return failure(latest.error());
        std::erase_if(report.changes, [&](const StageChange& change) {
            if (!latest->contains(change.customerId))
                return false;
            report.skipped.push_back(change.customerId);
            return true;
        });
    }
    if (options.dryRun)
        return report;

    std::vector<StageTransition> moves;
    for (const StageChange& change : report.changes)
        moves.insert(moves.end(), change.moves.begin(), change.moves.end());
    QElapsedTimer timer;
    timer.start();
    // A recompute of more than one customer is a bulk write: one audit entry.
    const bool bulk = !options.only || options.only->size() > 1;
    if (auto written = record(moves, bulk, &report.changedMeanwhile,
                              options.only.has_value() && options.insideTransaction &&
                                  options.newInThisTransaction);
        !written)
        return failure(written.error());
    std::erase_if(report.changes, [&](const StageChange& change) {
        return std::binary_search(report.changedMeanwhile.begin(), report.changedMeanwhile.end(),
                                  change.customerId);
    });
    qCDebug(lcStages, "recompute: wrote %zu moves: %lld ms", moves.size(), timer.elapsed());
    report.written = true;
    return report;
}

Status StageEngine::evaluate(const StageRules& rules, const RecomputeOptions& options,
                             const FactWindows& windows, const Moment& moment,
                             RecomputeReport& report)
{
    StageFactsRepository factsRepository(m_db);
    factsRepository.setOneConnection(options.insideTransaction);
    QElapsedTimer timer;
    timer.start();
    auto facts = factsRepository.all(windows);
    if (!facts)
        return failure(facts.error());
    qCDebug(lcStages, "recompute: read %zu customers' facts: %lld ms", facts->size(),
            timer.restart());
    RuleDecider decider(rules);
    for (const CustomerFacts& f : *facts) {
        if (options.only &&
            !std::binary_search(options.only->begin(), options.only->end(), f.customerId))
            continue;
        if (!f.churned && !f.pinned && f.inFunnel)
            ++report.evaluated;
        std::optional<UnstableCustomer> unstable;
        auto change = step(f, decider, moment, report.asOf, unstable);
        if (unstable)
            report.unstable.push_back(std::move(*unstable));
        if (change)
            report.changes.push_back(std::move(*change));
    }
    return {};
}

Status StageEngine::replay(const StageRules& rules, const RecomputeOptions& options,
                           RecomputeReport& report)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 until = report.asOf.toSecsSinceEpoch();
    auto histories = StageFactsRepository(m_db).histories(options.only ? &*options.only : nullptr,
                                                          until, options.stored);
    if (!histories)
        return failure(histories.error());
    QDate firstDay;
    for (const CustomerHistory& h : *histories) {
        if (h.customer.since.isValid() && (!firstDay.isValid() || h.customer.since < firstDay))
            firstDay = h.customer.since;
    }
    qCDebug(lcStages, "replay: %s %zu customers' histories: %lld ms",
            options.stored ? "kept" : "read", histories->size(), timer.restart());
    // Each customer's replay reads only its own history: from kReplayOnTwoThreads customers
    // on, the second half on a second thread (on this one if none can start), the outcomes then
    // taken in the customers' order.
    std::vector<StageReplay::Outcome> outcomes(histories->size());
    const auto replayRange = [&](std::size_t from, std::size_t to) {
        StageReplay replay(rules, firstDay, until);
        for (std::size_t i = from; i < to; ++i)
            outcomes[i] = replay.run((*histories)[i]);
    };
    if (histories->size() >= kReplayOnTwoThreads) {
        const std::size_t half = histories->size() / 2;
        auto second = std::async(std::launch::async | std::launch::deferred, replayRange, half,
                                 histories->size());
        replayRange(0, half);
        second.get();
    } else {
        replayRange(0, histories->size());
    }
    for (std::size_t i = 0; i < histories->size(); ++i) {
        const CustomerFacts& f = (*histories)[i].customer;
        if (!f.churned && !f.pinned && f.inFunnel)
            ++report.evaluated;
        if (outcomes[i].unstable)
            report.unstable.push_back(std::move(*outcomes[i].unstable));
        if (outcomes[i].change)
            report.changes.push_back(std::move(*outcomes[i].change));
    }
    qCDebug(lcStages, "replay: %lld moves: %lld ms", report.moveCount(), timer.restart());
    return {};
}

Result<RecomputeReport> StageEngine::preview(const QStringList& overrides)
{
    auto saved = rules();
    if (!saved)
        return failure(saved.error());
    StageRules edited = *saved;
    if (auto applied = StageRuleSettings::applyAll(edited, overrides); !applied)
        return failure(applied.error());
    RecomputeOptions options;
    options.dryRun = true;
    options.rules = edited;
    return recompute(options);
}

Result<StageEngine::Current> StageEngine::current(qint64 customerId)
{
    auto saved = rules();
    if (!saved)
        return failure(saved.error());
    const QDateTime now = wholeSeconds(m_clock.now());
    auto facts =
        StageFactsRepository(m_db).one(customerId, RuleEvaluator::windows(*saved, now, false));
    if (!facts)
        return failure(facts.error());
    if (!*facts)
        return failure(tr("There is no customer with id %1.").arg(customerId));
    return Current{*saved, **facts, now};
}

Result<std::vector<StageTransition>> StageEngine::reevaluate(qint64 customerId)
{
    auto c = current(customerId);
    if (!c)
        return failure(c.error());
    std::optional<UnstableCustomer> unstable;
    RuleDecider decider(c->rules);
    auto change = step(c->facts, decider, Moment::at(c->now), c->now, unstable);
    if (unstable)
        m_unstableSeen.push_back(std::move(*unstable));
    if (!change)
        return std::vector<StageTransition>{};
    std::vector<qint64> changedMeanwhile;
    if (auto written = record(change->moves, false, &changedMeanwhile); !written)
        return failure(written.error());
    if (!changedMeanwhile.empty()) // another session moved it first: its move stands
        return std::vector<StageTransition>{};
    return change->moves;
}

namespace {

// The tasks a customer's entry into a stage makes (issue 18): its plan's steps and the
// playbooks that fire on the entry, read from settings once per write.
class EntryTasks {
public:
    static Result<EntryTasks> load(Database& db)
    {
        auto settings = SettingsRepository(db).all();
        if (!settings)
            return failure(settings.error());
        auto plans = SuccessPlanSettings::fromSettings(*settings);
        if (!plans)
            return failure(plans.error());
        auto playbooks = Playbooks::fromSettings(*settings);
        if (!playbooks)
            return failure(playbooks.error());
        return EntryTasks(std::move(*plans), std::move(*playbooks));
    }
    void add(std::vector<PlannedTask>& out, qint64 customerId, Stage stage, qint64 enteredAt,
             qint64 now) const
    {
        auto plan = PlanTasks::forEntry(m_plans, customerId, stage, enteredAt, now);
        auto played = Playbooks::forEntry(m_playbooks, customerId, stage, enteredAt, now);
        out.insert(out.end(), std::make_move_iterator(plan.begin()),
                   std::make_move_iterator(plan.end()));
        out.insert(out.end(), std::make_move_iterator(played.begin()),
                   std::make_move_iterator(played.end()));
    }

private:
    EntryTasks(SuccessPlans plans, std::vector<Playbook> playbooks)
        : m_plans(std::move(plans)), m_playbooks(std::move(playbooks))
    {
    }
    SuccessPlans m_plans;
    std::vector<Playbook> m_playbooks;
};

} // namespace

Status StageEngine::planEntry(qint64 customerId)
{
    auto customer = CustomerRepository(m_db).find(customerId);
    if (!customer)
        return failure(customer.error());
    if (!*customer || (*customer)->status != CustomerStatus::Active)
        return {};
    auto entry = EntryTasks::load(m_db);
    if (!entry)
        return failure(entry.error());
    std::vector<PlannedTask> tasks;
    entry->add(tasks, customerId, (*customer)->stage,
               (*customer)->stageEnteredAt.toSecsSinceEpoch(), m_clock.now().toSecsSinceEpoch());
    return TaskRepository(m_db).add(tasks);
}

Status StageEngine::record(const std::vector<StageTransition>& moves, bool bulk,
                           std::vector<qint64>* changedMeanwhile, bool newInThisTransaction)
{
    if (moves.empty())
        return {};
    auto entry = EntryTasks::load(m_db);
    if (!entry)
        return failure(entry.error());
    // Each customer's last move is where it is now: only that stage's plan and playbooks fire
    // (a customer that passes a stage within one recompute has no use for its tasks).
    std::vector<PlannedTask> planned;
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    for (std::size_t i = 0; i < moves.size(); ++i) {
        if (i + 1 < moves.size() && moves[i + 1].customerId == moves[i].customerId)
            continue;
        entry->add(planned, moves[i].customerId, moves[i].to, moves[i].at.toSecsSinceEpoch(), now);
    }
    return StageFactsRepository(m_db).record(moves, bulk, planned, changedMeanwhile,
                                             newInThisTransaction
                                                 ? StageFactsRepository::Others::CannotSeeThem
                                                 : StageFactsRepository::Others::MayHaveMovedThem);
}

Result<Explanation> StageEngine::explain(qint64 customerId)
{
    auto c = current(customerId);
    if (!c)
        return failure(c.error());
    auto history = StageTransitionRepository(m_db).forCustomer(customerId);
    if (!history)
        return failure(history.error());
    Explanation e;
    e.stage = c->facts.stage;
    e.pinned = c->facts.pinned;
    e.churned = c->facts.churned;
    if (!history->empty()) {
        e.since = history->back().at;
        e.lastReason = history->back().reason;
        e.lastActor = history->back().actor;
    }
    const Moment now = Moment::at(c->now);
    e.next = RuleEvaluator::checks(e.stage, c->facts, c->rules, now);
    // The same step a recompute now takes (churned, pinned: none).
    RuleDecider decider(c->rules);
    std::optional<UnstableCustomer> unstable;
    if (auto change = step(c->facts, decider, now, c->now, unstable))
        e.moves = std::move(change->moves);
    if (unstable)
        e.fighting = unstable->rules;
    return e;
}

Result<std::optional<StageTransition>> StageEngine::setStage(qint64 customerId, Stage stage,
                                                             const QString& reason,
                                                             const QString& agent,
                                                             std::optional<bool> pin)
{
    if (reason.trimmed().isEmpty())
        return failure(tr("A manual move needs a reason."));
    if (const QString problem = Validation::lineProblem(reason, tr("reason")); !problem.isEmpty())
        return failure(problem);
    if (agent.trimmed().isEmpty())
        return failure(tr("A manual move needs the agent who makes it."));
    // The stage is read inside the transaction that writes the move, another rep's move of
    // this customer held off until it ends.
    Scope scope(m_db);
    if (auto begun = scope.begin(); !begun)
        return failure(begun.error());
    if (auto held = StageFactsRepository(m_db).holdCustomer(customerId); !held)
        return failure(held.error());
    auto customer = CustomerRepository(m_db).find(customerId);
    if (!customer)
        return failure(customer.error());
    if (!*customer)
        return failure(tr("There is no customer with id %1.").arg(customerId));
    std::optional<StageTransition> move;
    if ((*customer)->stage != stage) {
        StageTransition t;
        t.customerId = customerId;
        t.from = (*customer)->stage;
        t.to = stage;
        t.at = wholeSeconds(m_clock.now());
        t.actor = agent.trimmed();
        t.reason = tr("%1 → %2 by %3: %4")
                       .arg(displayName(*t.from), displayName(stage), t.actor, reason.trimmed());
        move = t;
    }
    if (move) {
        std::vector<qint64> changedMeanwhile;
        if (auto written = record({*move}, false, &changedMeanwhile); !written)
            return failure(written.error());
        if (!changedMeanwhile.empty())
            return failure(
                tr("Another session moved customer %1 while this move was being made; nothing was "
                   "changed: look at the customer again, then move it.")
                    .arg(customerId));
    }
    if (pin) {
        if (auto pinned = StageFactsRepository(m_db).setPinned(customerId, *pin); !pinned)
            return failure(pinned.error());
    }
    if (auto committed = scope.commit(); !committed)
        return failure(committed.error());
    return move;
}

} // namespace fd
