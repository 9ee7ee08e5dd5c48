#pragma once

#include "common/Result.h"
#include "domain/StageTransition.h"
#include "stages/RuleEvaluator.h"
#include "stages/StageRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace fd {

class Clock;
class Database;
class StoredEvents;

// One customer whose stage a recompute changes (or would change).
struct StageChange {
    qint64 customerId = 0;
    Stage from = Stage::Onboarding;
    Stage to = Stage::Onboarding;
    std::vector<StageTransition> moves; // one per step, in order
};

// A customer the rules send back and forth at one moment (RuleDecider::settle): no move
// is written for it at that moment and it stays in `stage`.
struct UnstableCustomer {
    qint64 customerId = 0;
    Stage stage = Stage::Onboarding; // where it was left
    QStringList rules;               // the rules that fight, in the order they would fire
    QDateTime at;                    // the moment (UTC); the latest one, for a replay
};

struct RecomputeReport {
    QDateTime asOf;       // UTC
    qint64 evaluated = 0; // customers the rules looked at (not churned, not pinned)
    std::vector<StageChange> changes;
    // Left where they were: the rules send them back and forth (their moves are not in
    // `changes`; a replay keeps the moves of the other moments).
    std::vector<UnstableCustomer> unstable;
    // Their history already has moves after the as-of moment: not written, and not in
    // `changes` (a dry run reports them the same way).
    std::vector<qint64> skipped;
    // Moved by another session (another recompute, a manual move) after this run read their
    // facts: not written, and not in `changes`; a recompute now judges them anew. Sorted.
    std::vector<qint64> changedMeanwhile;
    bool written = false;

    qint64 moveCount() const;
    // Customers by (from, to) of their whole change.
    std::map<std::pair<Stage, Stage>, qint64> flows() const;
};

struct RecomputeOptions {
    // Evaluate at this moment instead of now (UTC; cut to whole seconds, rounding down).
    // A moment after now is refused: the facts of the future are not known.
    std::optional<QDateTime> asOf;
    // Everything a real run does, the same code and the same answer (moves, skipped,
    // unstable), but nothing written; RecomputeReport::written stays false.
    bool dryRun = false;
    std::optional<StageRules> rules; // instead of the saved ones (what-if)
    // Only these customers (sorted ids), e.g. the ones an import created; all if unset.
    std::optional<std::vector<qint64>> only;
    // Called inside the caller's write transaction: read its rows on this connection.
    bool insideTransaction = false;
    // Replay each customer's own history from its latest move (StageReplay): every move
    // is dated when its rule first held (never before the first sale or the latest move,
    // never after the as-of moment), not at the as-of moment. For customers whose history
    // is new to the engine, e.g. the ones an import created. Ends where a recompute at
    // the as-of moment moves nobody.
    bool replay = false;
    // With replay: the tickets and touchpoints of the customers `only` as their writer stored
    // them (a bulk import), read from here instead of from the tables. It must hold every one of
    // theirs (domain/StoredEvents.h); null: the tables are read.
    const StoredEvents* stored = nullptr;
    // With insideTransaction and `only` (ignored without both): the customers `only` are new in
    // the caller's transaction (an import's), which no other session sees before it commits. Their
    // moves are written without the check for customers moved meanwhile
    // (StageFactsRepository::record), which could find none; RecomputeReport::changedMeanwhile
    // stays empty.
    bool newInThisTransaction = false;
};

struct Explanation {
    Stage stage = Stage::Onboarding;
    QDateTime since;    // UTC
    QString lastReason; // the reason of the latest transition
    QString lastActor;
    bool pinned = false;         // held by hand: no rule moves it until unpinned
    bool churned = false;        // status churned: no rule moves it while it is
    std::vector<RuleCheck> next; // rules that could move the customer next
    // What a recompute now does, by the same rule (RuleDecider::settle): the moves it
    // makes (none if pinned or churned), or the rules that send it back and forth.
    std::vector<StageTransition> moves;
    QStringList fighting;

    // Whether a recompute now moves the customer by `check`'s rule (its first move).
    bool movesBy(const RuleCheck& check) const;
    // What becomes of `check` at the next recompute, agreeing with `moves` and `fighting`:
    // "not yet", "holds, moves at the next recompute" (movesBy), or why it holds but the
    // customer stays: churned, pinned, rules that fight, another rule tried first.
    QString verdict(const RuleCheck& check) const;
    // What holds the customer whatever the rules say, one sentence, or empty:
    // "The customer is pinned: no rule moves it until it is unpinned." or churned.
    QString hold() const;
};

// Computes customers' stages from their history (PRODUCT.md §3) and records every move
// with its reason.
class StageEngine {
    Q_DECLARE_TR_FUNCTIONS(fd::StageEngine)

public:
    StageEngine(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // The customers a replay (RecomputeOptions::replay) takes before it gives half of them to a
    // second thread, which also builds a second table of local midnights. Chosen, not measured:
    // at about 2.6 microseconds a customer (data set L's import: 98,951 customers in 0.26 s on
    // one thread, 0.16 s on two; docs/PERFORMANCE.md, "Step 10: the import's last phases"),
    // 2,000 customers are about 5 ms of work, far more than starting a thread.
    static constexpr std::size_t kReplayOnTwoThreads = 2000;

    // "Customer #12 Acme was left in Retention: rules retention.regress and
    // postsales.settled send it back and forth; change one of them."; without `written`
    // (a dry run, a what-if, explain) "… would be left in Retention: …".
    static QString unstableSentence(const UnstableCustomer& customer, const QString& name,
                                    bool written = true);
    // "3 customers would be left where they are: rules postsales.settled and
    // retention.regress send them back and forth; change one of them." (each set of
    // fighting rules named once), for a what-if or a rule set just saved; with `written`,
    // "3 customers were left where they were: …", after a recompute. Empty if none.
    static QString unstableSummary(const std::vector<UnstableCustomer>& unstable,
                                   bool written = false);

    Result<StageRules> rules();
    // Saves "KEY.PARAM=VALUE" assignments (StageRuleSettings::assignments: each key once),
    // all or none: every one is checked before any is written, in one transaction.
    Status saveRules(const QStringList& assignments);

    // Every customer: facts from a few aggregate scans, the steps RuleDecider::settle
    // finds (one stage each), every move written in one transaction (unless dry-run).
    // A customer whose rules fight is left where it is and reported. Fails, with one
    // sentence, for an as-of moment after now.
    Result<RecomputeReport> recompute(const RecomputeOptions& options = {});
    // What-if: the saved rules with `overrides` ("KEY.PARAM=VALUE", each key once:
    // StageRuleSettings::applyAll), never written.
    Result<RecomputeReport> preview(const QStringList& overrides);
    // One customer, now, after something about it changed; writes its moves. A customer
    // whose rules fight gets none, and is added to unstableSeen(). The caller holds the
    // transaction that makes the change and its moves land together (core/service/WriteUnit.h).
    Result<std::vector<StageTransition>> reevaluate(qint64 customerId);
    // The customers reevaluate() left where they were, since this engine was made: for the
    // caller to report.
    const std::vector<UnstableCustomer>& unstableSeen() const { return m_unstableSeen; }
    Result<Explanation> explain(qint64 customerId);
    // A manual move by an agent, with a reason (Validation::textProblem's rule); `pin` holds
    // it there, `unpin` releases.
    Result<std::optional<StageTransition>> setStage(qint64 customerId, Stage stage,
                                                    const QString& reason, const QString& agent,
                                                    std::optional<bool> pin);

    // Adds the success-plan tasks of the customer's entry into the stage it is in now (its
    // stage_entered_at), those not made already (issue 18): for a new customer, whose entry into
    // the funnel is no move of the engine's. Inside the caller's transaction, if any.
    Status planEntry(qint64 customerId);

private:
    // Writes the moves (StageFactsRepository::record) with the success-plan tasks of each
    // customer's last one (issue 18: created once per entry, in the same transaction). The
    // customers another session moved since `moves` were decided are left out, and listed in
    // `changedMeanwhile` when given (StageFactsRepository::record); not looked for when
    // `newInThisTransaction` (RecomputeOptions::newInThisTransaction).
    Status record(const std::vector<StageTransition>& moves, bool bulk = false,
                  std::vector<qint64>* changedMeanwhile = nullptr,
                  bool newInThisTransaction = false);
    // A customer's facts now, with the rules they are judged by.
    struct Current {
        StageRules rules;
        CustomerFacts facts;
        QDateTime now;
    };
    Result<Current> current(qint64 customerId);
    // The moves RuleDecider::settle finds for a customer the rules may move (not churned,
    // pinned or outside the funnel), dated `at`; or, when they fight, `unstable`.
    static std::optional<StageChange> step(const CustomerFacts& facts, RuleDecider& decider,
                                           const Moment& asOf, const QDateTime& at,
                                           std::optional<UnstableCustomer>& unstable);
    // Without RecomputeOptions::replay: every customer's facts read (in `windows`) and judged
    // as of `moment` (report.asOf); the changes and the unstable customers into `report`.
    Status evaluate(const StageRules& rules, const RecomputeOptions& options,
                    const FactWindows& windows, const Moment& moment, RecomputeReport& report);
    // RecomputeOptions::replay: the changes of a replay up to report.asOf, into `report`.
    Status replay(const StageRules& rules, const RecomputeOptions& options,
                  RecomputeReport& report);
    // The transaction around saveRules()'s and setStage()'s writes.
    class Scope;

    Database& m_db;
    const Clock& m_clock;
    std::vector<UnstableCustomer> m_unstableSeen;
};

// A transaction the engine holds around its own writes (storage stays out of this header).
class StageEngine::Scope {
public:
    explicit Scope(Database& db);
    ~Scope(); // rolls back what was not committed
    Status begin();
    Status commit();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace fd
