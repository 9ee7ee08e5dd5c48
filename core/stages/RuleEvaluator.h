#pragma once

#include "domain/CustomerFacts.h"
#include "stages/StageRules.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <unordered_map>
#include <vector>

namespace fd {

// The moment rules are evaluated at: UTC seconds and the local calendar day, since day
// counts are whole calendar days in local time (PRODUCT.md §3).
struct Moment {
    qint64 secs = 0;
    QDate day;

    static Moment at(const QDateTime& when);
};

// The numbers a rule's reason quotes (see RuleDecider).
using ReasonNumbers = std::array<qint64, 4>;

// One condition of a rule, with the customer's own number in its text.
struct Clause {
    QString text;
    bool met = false;
};

// A rule that could move a customer out of its stage, evaluated for that customer.
struct RuleCheck {
    QString ruleKey;
    Stage from = Stage::Onboarding;
    Stage to = Stage::Onboarding;
    bool met = false;
    std::vector<Clause> clauses;
    // "Onboarding → Post-sales: 34 days since first sale (≥ 30) and 3 touchpoints (≥ 1)."
    QString reason() const;
};

// When the rules' outcome for a customer can change, apart from its own events (a ticket
// created or solved, a touchpoint): a fact leaving a rule's counting window, or the first
// sale reaching an age a rule waits for. For replaying a customer's history (StageReplay).
struct RuleSpans {
    // A ticket created at t counts for postsales.settled while the moment is before
    // t + settledWindowDays (and a live touchpoint too), for retention.regress before
    // t + regressWindowDays (days of 86,400 s).
    int settledWindowDays = 0;
    int regressWindowDays = 0;
    // An advocacy touchpoint, and a survey score, at t counts for a window of d days up
    // to t + d days inclusive: these are the windows d of the rules reading them.
    std::vector<int> advocacyWindowDays;
    std::vector<int> surveyWindowDays;
    // Days since the first sale a rule waits for (whole local days: met from the local
    // midnight that starts the day first sale + d).
    std::vector<int> minDays;
};

// Pure functions from facts and rules to decisions: no storage, no clock.
class RuleEvaluator {
    Q_DECLARE_TR_FUNCTIONS(fd::RuleEvaluator)

public:
    // Every rule leaving `from`, in the order they are tried.
    static std::vector<RuleCheck> checks(Stage from, const CustomerFacts& facts,
                                         const StageRules& rules, const Moment& asOf);
    // The first rule leaving `from` that holds, if any: one step moves one stage.
    static std::optional<RuleCheck> decide(Stage from, const CustomerFacts& facts,
                                           const StageRules& rules, const Moment& asOf);
    // The windows facts must be counted in for these rules at this moment.
    static FactWindows windows(const StageRules& rules, const QDateTime& asOf, bool historical);
    // The spans of these rules' windows and waits, sorted and without repeats.
    static RuleSpans spans(const StageRules& rules);
};

// What RuleDecider answers: the rule that holds, where it leads, and its reason.
struct Decision {
    QString ruleKey;
    Stage from = Stage::Onboarding;
    Stage to = Stage::Onboarding;
    QString reason; // as RuleCheck::reason()
};

// What the rules do to a customer at one moment (RuleDecider::settle): the steps that take
// it from its stage to one no rule leaves, or, when the rules would bring it back to a
// stage it already left at that moment, the rules that send it back and forth. The facts
// do not change within a moment, so a stage reached twice is reached forever: such a
// customer is unstable, and it stays where it was (PRODUCT.md §3; issue 14 §4).
struct Settling {
    std::vector<Decision> steps; // in order, one stage each; empty when it stays or is unstable
    QStringList fighting;        // unstable: the keys of the rules of the loop, in the order they
                                 // would fire from the customer's stage; empty otherwise
    bool unstable() const { return !fighting.isEmpty(); }
};

// RuleEvaluator::decide for a batch under one rule set, remembering reasons: the reason of
// a rule that quotes only numbers (days, counts) is built once per set of numbers, since a
// batch of a hundred thousand customers repeats a few thousand of them (building one costs
// microseconds). Not thread-safe.
class RuleDecider {
public:
    explicit RuleDecider(const StageRules& rules);
    const StageRules& rules() const { return m_rules; }
    // The first rule leaving `from` that holds, as RuleEvaluator::decide finds it.
    std::optional<Decision> decide(Stage from, const CustomerFacts& facts, const Moment& asOf);
    // Every step the rules take at `asOf` from `from` (at most one per stage), or the loop
    // they fall into: the one rule for how far a customer moves at one moment, for the
    // recompute, the re-evaluation after a change and the replay alike.
    Settling settle(Stage from, const CustomerFacts& facts, const Moment& asOf);

private:
    struct Key {
        std::size_t rule;
        ReasonNumbers numbers;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& key) const;
    };
    StageRules m_rules;
    std::unordered_map<Key, QString, KeyHash> m_reasons;
};

} // namespace fd
