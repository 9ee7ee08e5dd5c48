// What a write through the service did besides itself: the stage moves it caused and the
// customers the rules left where they were. The one place that words them (issue 16:
// the CLI and the GUI used to word them in four places).
#pragma once

#include "domain/StageTransition.h"
#include "stages/StageEngine.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace fd {

// The facts every Written<T> carries, whatever its value.
struct WrittenFacts {
    Q_DECLARE_TR_FUNCTIONS(fd::Written)

public:
    // The customer's moves, in order (several when it went on more than one step at
    // once); its stage now is moves.back().to. Empty when it stayed.
    std::vector<StageTransition> moves;
    // Customers the rules send back and forth (StageEngine::unstableSeen): left where they
    // were, no move written for them. At most one for a single customer's write.
    std::vector<UnstableCustomer> unstable;
    // The name of the customer written to (read in the write's transaction, so a renamed
    // customer has its new name); empty if it could not be read.
    QString customerName;

    // What a person reads after the write (the GUI's status bar), in order: the customer's
    // move named once by moveSentence() on the last step ("Acme moved from Onboarding to
    // Post-sales: 40 days since first sale …"), then one StageEngine::unstableSentence per
    // unstable customer. Empty when nothing moved.
    QStringList sentences() const;
    // The same facts as a log (the CLI's stderr): every move's stored reason in order
    // ("Onboarding → Post-sales: 40 days since first sale (≥ 30) and 1 touchpoint (≥ 1)."),
    // then the unstable sentences.
    QStringList reasons() const;

    // One sentence naming a move once: "Acme moved from Onboarding to Advocacy by Ava
    // Patel: happy", "Acme moved from Onboarding to Advocacy: 30 days active." A stored
    // reason starts with the move itself ("Onboarding → Advocacy …", as StageEngine and
    // RuleEvaluator write it); that part is not repeated. Any other reason follows a colon.
    static QString moveSentence(const QString& customer, const StageTransition& move);
};

// A write's own result (an id, a move, nothing) and the facts above.
template <typename T> struct Written : WrittenFacts {
    T value{};
};

template <> struct Written<void> : WrittenFacts {
};

} // namespace fd
