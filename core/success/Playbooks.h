// Playbooks (issue 18): rules of the form "when EVENT, create TASK for ROLE, due in N days",
// each firing once per event (the task table's unique key on the event's occasion).
//
// A playbook is one line, kept in settings as "playbook.<key>" (a manager edits it, the
// Settings dialog and `settings set` alike):
//     WHEN -> DAYS:KIND:TITLE for ROLE
// WHEN is one of
//     entered STAGE    a customer enters the stage (a move, or a new customer's entry);
//     at_risk          its health band drops to At risk (a health recompute);
//     survey<=N        a survey scores N or less (a detractor: NPS 0-6);
//     survey>=N        a survey scores N or more (a promoter: 9-10);
//     silent>=N        no touch in N days (a health recompute);
// DAYS:KIND:TITLE is a plan step's (success/SuccessPlans.h; KIND "none" records nothing) and
// ROLE is "owner" (the customer's owner) or "manager" (the team's first active manager).
//
// The defaults are issue 18's events with the funnel's jobs: call the customer whose health
// drops to At risk (the next day), call back a detractor (in 2 days), ask a promoter for a
// testimonial or a referral (in 7: the advocacy stage), reach out after 60 silent days (in 3),
// and introduce a new advocate to a prospective customer (in 14).
#pragma once

#include "common/Result.h"
#include "domain/Enums.h"
#include "success/SuccessPlans.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace fd {

enum class PlaybookEvent { Entered, AtRisk, SurveyAtMost, SurveyAtLeast, Silent };
enum class PlaybookRole { Owner, Manager };

struct Playbook {
    QString key; // [a-z0-9_]+, unique
    PlaybookEvent event = PlaybookEvent::AtRisk;
    Stage stage = Stage::Onboarding; // Entered: the stage
    int threshold = 0;               // SurveyAtMost/AtLeast: the score; Silent: the days
    PlanStep task;                   // days after the event, kind, title (never recurring)
    PlaybookRole role = PlaybookRole::Owner;
    bool operator==(const Playbook&) const = default;
};

class Playbooks {
    Q_DECLARE_TR_FUNCTIONS(fd::Playbooks)

public:
    static std::vector<Playbook> defaults();
    static QString settingsKey(const QString& key); // "playbook.<key>"
    // One playbook from its line; errors name the key and what is wrong.
    static Result<Playbook> parse(const QString& key, const QString& line);
    static QString text(const Playbook& playbook);
    // The defaults, each replaced by a saved "playbook.<key>" of the same key and joined by
    // saved ones of new keys; a saved empty value switches that playbook off. Sorted by key.
    static Result<std::vector<Playbook>> fromSettings(const std::map<QString, QString>& settings);

    // The task `playbook` makes for an event of `customerId` at `eventAt` (UTC seconds), as of
    // `now`; none when it would be due before today (an event recorded late). `occasion` names
    // the event ("entry:<secs>", "band:<day>", "survey:<touchpoint id>", "silent:<secs>").
    static std::optional<PlannedTask> taskFor(const Playbook& playbook, qint64 customerId,
                                              qint64 eventAt, const QString& occasion, qint64 now);
    // Whether a survey's score sets off `playbook`.
    static bool firesOnSurvey(const Playbook& playbook, int score);
    // The tasks of every playbook that fires on a customer's entry into `stage` at `enteredAt`.
    static std::vector<PlannedTask> forEntry(const std::vector<Playbook>& playbooks,
                                             qint64 customerId, Stage stage, qint64 enteredAt,
                                             qint64 now);
    // The tasks of every playbook that fires on a survey (its touchpoint id, time and score).
    static std::vector<PlannedTask> forSurvey(const std::vector<Playbook>& playbooks,
                                              qint64 customerId, qint64 touchpointId, qint64 at,
                                              int score, qint64 now);
};

} // namespace fd
