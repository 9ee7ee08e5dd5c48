// Success plans (issue 18): each stage's template of tasks for the customer's owner, created
// when a customer enters the stage (success/PlanTasks below, through the stage moves'
// transaction: StageFactsRepository::record), once per entry.
//
// A step is written "DAYS:KIND:TITLE" — due DAYS local days after the entry, marking it done
// records a touchpoint of KIND ("none": no touchpoint) — or "every DAYS:KIND:TITLE", which
// comes back DAYS days after each time it is done (the retention stage's periodic success
// review). Managers edit them in settings: key "plan.<stage>", the steps one per line.
//
// The defaults follow issue 18's example and the funnel's jobs (PRODUCT.md §3): onboarding
// educates one to one (kickoff call in 3 days, product walkthrough in 7, training in 14,
// check-in at 30); post-sales makes sure the customer gets what it needs (a check-in at 14 and
// 45 days); retention reviews success every 90 days; advocacy asks for a testimonial or a
// referral in 14 days.
#pragma once

#include "common/Result.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <optional>
#include <span>
#include <vector>

namespace fd {

struct PlanStep {
    int days = 0; // after the entry (or after the last time it was done, when recurring)
    bool recurring = false;
    std::optional<TouchpointKind> kind; // recorded when the task is done; none: nothing recorded
    QString title;                      // one line
    bool operator==(const PlanStep&) const = default;
};

struct SuccessPlans {
    std::array<std::vector<PlanStep>, 4> steps; // by Stage
    const std::vector<PlanStep>& of(Stage stage) const
    {
        return steps[static_cast<std::size_t>(stage)];
    }
    static SuccessPlans defaults();
};

// A task to create (TaskRepository::addPlanned). Days local, times UTC seconds.
struct PlannedTask {
    qint64 customerId = 0;
    QString title;
    std::optional<TouchpointKind> kind;
    QDate dueDay;
    QString origin;   // "plan:<stage>"
    QString occasion; // "entry:<UTC seconds of the move>", "after:<task id>"
    int step = 0;     // the step's index in its template
    qint64 createdAt = 0;
    bool forManager = false; // the team's first active manager's, not the customer's owner's
};

class SuccessPlanSettings {
    Q_DECLARE_TR_FUNCTIONS(fd::SuccessPlanSettings)

public:
    static QString settingsKey(Stage stage); // "plan.onboarding"
    // "3:phone:Kickoff call" or "every 90:success_review:Success review". Errors name the step
    // and what is wrong: days 0-3650 (1-3650 when recurring), a touchpoint kind or "none", a
    // title of one line, at most 200 characters.
    static Result<PlanStep> parseStep(const QString& text);
    static QString stepText(const PlanStep& step);
    // The defaults with each stored "plan.<stage>" in place of its stage's; an invalid stored
    // step is an error ("The saved success plan of Onboarding is invalid: …").
    static Result<SuccessPlans> fromSettings(const std::map<QString, QString>& settings);
    // Every step of `texts` parsed, or the first error; a step given twice (its title in any
    // case) is one.
    static Result<std::vector<PlanStep>> parseSteps(const QStringList& texts);
    // The settings value for `steps`: their texts, one per line.
    static QString settingsValue(const std::vector<PlanStep>& steps);
};

class PlanTasks {
public:
    // The tasks of `stage`'s plan for a customer who entered it at `enteredAt` (UTC seconds),
    // as of `now`: each step due its days after the entry's local day; steps whose due day is
    // already before today (an entry recorded late: an import's history) are left out.
    static std::vector<PlannedTask> forEntry(const SuccessPlans& plans, qint64 customerId,
                                             Stage stage, qint64 enteredAt, qint64 now);
    // The next time of a recurring step done on `doneDay` (local), or none for a one-off.
    static std::optional<PlannedTask> next(const PlanStep& step, qint64 customerId,
                                           const QString& origin, int stepIndex, qint64 doneTaskId,
                                           const QDate& doneDay, qint64 now);
    static QDate localDay(qint64 utcSecs);
};

} // namespace fd
