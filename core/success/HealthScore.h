// A customer's health score, 0-100, from its facts and the health rules (issue 18; the rule and
// the source of every default: success/HealthRules.h). Pure: no database, no clock; facts come
// from storage/HealthRepository.h, the moment from the caller.
#pragma once

#include "domain/Enums.h"
#include "success/HealthRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace fd {

// The bands of issue 18, worst first (the order a drop is measured in).
enum class ScoreBand { AtRisk, Watch, Healthy };
template <> struct EnumNames<ScoreBand> {
    static constexpr auto names = std::to_array<std::string_view>({"at_risk", "watch", "healthy"});
};

enum class HealthFactor { Recency, Tickets, Urgent, Csat, Survey, Sla, StageTime, Tasks };
template <> struct EnumNames<HealthFactor> {
    static constexpr auto names = std::to_array<std::string_view>(
        {"recency", "tickets", "urgent", "csat", "survey", "sla", "stage_time", "tasks"});
};

// What the score needs about one active customer at one moment. Times are UTC unix seconds,
// 0 for none; the windows are the rules' own (HealthWindows), so facts are gathered for a rule
// set.
struct HealthFacts {
    qint64 customerId = 0;
    Stage stage = Stage::Onboarding;
    QDate since; // the customer's first sale (local day)
    qint64 stageEnteredAt = 0;
    qint64 lastTouchAt = 0;      // its latest touchpoint, 0 for none
    qint64 recentTickets = 0;    // created in the tickets window
    qint64 openHighOrUrgent = 0; // open now, priority high or urgent
    qint64 csatCount = 0;        // rated tickets created in the CSAT window
    qint64 csatSum = 0;          // their ratings (1-5) added up
    int latestSurvey = -1;       // the latest survey's score (0-10) in the survey window, -1 none
    qint64 breachedTickets =
        0; // created in the SLA window with a first-response or resolution breach recorded
    qint64 overdueTasks = 0; // open tasks whose due day is before today
};

// The moment facts are counted at, and each window's start (UTC seconds; a fact counts when it
// is after the start).
struct HealthWindows {
    qint64 now = 0;
    QDate today; // local
    qint64 ticketsFrom = 0;
    qint64 csatFrom = 0;
    qint64 surveyFrom = 0;
    qint64 slaFrom = 0;

    static HealthWindows at(qint64 now, const QDate& today, const HealthRules& rules);
    qint64 earliestTicketFrom() const;
};

struct FactorPoints {
    HealthFactor factor = HealthFactor::Recency;
    bool counted = false; // false: no data, left out of the score
    double share = 0;     // 0..1 of the weight earned
    int weight = 0;
    double points() const { return share * weight; }
};

struct HealthScore {
    qint64 customerId = 0;
    int score = 0; // 0-100
    ScoreBand band = ScoreBand::Watch;
    std::array<FactorPoints, 8> factors{}; // in HealthFactor order
};

// A customer's stored score: its row of customer_health.
struct StoredHealth {
    qint64 customerId = 0;
    int score = 0;
    ScoreBand band = ScoreBand::Watch;
    QDate day; // local day of the snapshot it came from
};

// One day of a customer's trend (a row of health_snapshot).
struct HealthPoint {
    QDate day;
    int score = 0;
    ScoreBand band = ScoreBand::Watch;
};

// A customer whose band is not the one stored (recompute) or not the one under the rules now
// (preview). `from` is empty for a customer never scored.
struct BandMove {
    qint64 customerId = 0;
    std::optional<ScoreBand> from;
    ScoreBand to = ScoreBand::Watch;
    int fromScore = -1; // -1: never scored
    int toScore = 0;
};

// A recorded change of band (a row of health_band_change): on `day` (local) the customer went
// from `from` (its band that morning) to `to`, scoring `score`.
struct BandChange {
    qint64 customerId = 0;
    QDate day;
    ScoreBand from = ScoreBand::Watch;
    ScoreBand to = ScoreBand::Watch;
    int score = 0;
    bool dropped() const { return to < from; }
};

class HealthScorer {
    Q_DECLARE_TR_FUNCTIONS(fd::HealthScorer)

public:
    static HealthScore score(const HealthFacts& facts, const HealthRules& rules,
                             const HealthWindows& at);
    static ScoreBand band(int score, const HealthRules& rules);
    // Whole days since the last touch; with none, since the first sale (0 when unknown).
    static qint64 silentDays(const HealthFacts& facts, const HealthWindows& at);

    // One line per factor for `health explain`, with the customer's own numbers and the rule's
    // edges: "recency  14.8 / 20  last touch 25 days ago (all up to 14 days, none from 60)".
    static QString factorText(const FactorPoints& points, const HealthFacts& facts,
                              const HealthRules& rules, const HealthWindows& at);
    static QString displayName(ScoreBand band);      // "Healthy", "Watch", "At risk"
    static QString displayName(HealthFactor factor); // "Recency of the last touch", …
};

} // namespace fd
