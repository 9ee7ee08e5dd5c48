#pragma once

#include "domain/CustomerFacts.h"
#include "stages/StageRules.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace fd {

// The moment rules are evaluated at: UTC seconds and the local calendar day, since day
// counts are whole calendar days in local time (PRODUCT.md §3).
struct Moment {
    qint64 secs = 0;
    QDate day;

    static Moment at(const QDateTime& when);
};

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
};

} // namespace fd
