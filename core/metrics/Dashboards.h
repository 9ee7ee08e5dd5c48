// Every dashboard's results as typed values (issue 16: the window read its charts out of
// string tables by column position). DashboardMetrics computes these (DashboardMetrics.h
// gives the definitions, PRODUCT.md §4 the lists); toReport() turns each into the Report
// that CSV, JSON, `funneldesk-cli report --format table`, the window's tables and the PDF
// show, with the same keys, columns and order as before (PRODUCT.md §5-6 fix the CSV and
// JSON; tests/cli and MetricsTest check them).
//
// Counts are whole numbers of customers, tickets or touchpoints; percentages are 0–100;
// weeks are keyed by their local Monday. Each list below becomes one table of the Report,
// ONE ROW PER ELEMENT IN THE SAME ORDER, and each row's drill-down is the element's: row i of
// a table is element i (the window's charts open a bar's list through that row).
#pragma once

#include "metrics/Report.h"
#include "success/HealthScore.h"

#include <array>
#include <map>
#include <optional>
#include <QDate>
#include <QString>
#include <QStringList>
#include <variant>
#include <vector>

namespace fd {

// One stage of the funnel (table "funnel").
struct FunnelStage {
    Stage stage = Stage::Onboarding;
    qint64 customers = 0; // active customers in the stage now
    qint64 atStart = 0;   // in the stage at the period's start
    qint64 entered = 0;   // moves into the stage in the period
    qint64 movedOn = 0;   // moves from it to the next stage in the period
    // movedOn ÷ (atStart + entered), in percent; none for the last stage (no next one) or
    // when that whole is 0.
    std::optional<double> movedOnPct;
    qint64 openTickets = 0; // open tickets now of the stage's customers
    std::optional<double>
        meanCsat;    // 1–5, of the rated tickets created in the period; none without any
    DrillDown drill; // the stage's active customers
};

struct Funnel {
    std::vector<FunnelStage> stages; // every stage, in funnel order
};

// Moves from one stage to another in the period (table "flow").
struct FlowCell {
    std::optional<Stage> from; // none: the customer entered the funnel (the "(new)" cell)
    Stage to = Stage::Onboarding;
    qint64 customers = 0; // moves
    DrillDown drill;      // the customers who moved, each once
};

struct Flow {
    std::vector<FlowCell> cells; // as MetricsRepository::flowsOf orders them
};

// Moves into each stage in one local week (table "weekly" of the flow dashboard; a new
// customer counts as a move into onboarding).
struct StageWeek {
    QDate start;                   // the week's local Monday
    std::map<Stage, qint64> moves; // every stage, 0 when none
    DrillDown drill;               // the customers who moved that week, each once
};

struct StageWeekly {
    QString title;                // for people
    std::vector<StageWeek> weeks; // every week of the period, oldest first (issue 15)
};

// Tickets created in one local week (table "weekly" of the post-sales dashboard).
struct TicketWeek {
    QDate start; // the week's local Monday
    qint64 tickets = 0;
    DrillDown drill; // those tickets
};

struct TicketWeekly {
    QString title;
    QString counted;               // the count column's header: "tickets"
    std::vector<TicketWeek> weeks; // every week of the period, oldest first
};

// A stage's health (tables "health" and "stuck"; metrics/StageTargets.h).
enum class HealthState { OnTrack, Behind, Stuck };

struct HealthBand {
    HealthState state = HealthState::OnTrack;
    QString label; // "On track", "Behind", "Stuck"
    qint64 customers = 0;
    DrillDown drill; // all of them
};

struct StuckCustomer {
    qint64 id = 0;
    QString name; // "Acme (customer 12)" when another customer is named Acme (Names::customerApart)
    qint64 days = 0; // whole days in the stage, or since the last touch (Health::measure)
};

struct Health {
    Stage stage = Stage::Onboarding;
    QString title;   // "On track, behind, stuck (…: under 30, 30–45, over 45)"
    QString measure; // what the days count: "days in Onboarding", "days since the last touch"
    std::array<HealthBand, 3> bands;  // on track, behind, stuck
    std::vector<StuckCustomer> stuck; // the longest stuck first, at most 200 of them
    qint64 stuckTotal = 0;            // every stuck customer (bands[2].customers)
};

// A stage's health scores (issue 18; tables "score_bands" and "band_drops", KPI
// "overdue_tasks"; DashboardMetrics::scoreHealth): its active customers by band now, who
// dropped a band in the period, and the open tasks of its customers past their due day.
struct ScoreBandSlice {
    ScoreBand band = ScoreBand::Healthy;
    qint64 customers = 0;
    DrillDown drill; // all of them
};

struct BandDrop {
    qint64 id = 0;
    QString name; // "Acme (customer 12)" when another customer is named Acme
    QDate day;    // local
    ScoreBand from = ScoreBand::Healthy;
    ScoreBand to = ScoreBand::Watch;
    int score = 0;
};

struct ScoreHealth {
    std::array<ScoreBandSlice, 3> bands; // healthy, watch, at risk
    qint64 unscored = 0;                 // active customers no health recompute has scored
    std::vector<BandDrop> drops;         // the latest first, at most 200
    qint64 dropsTotal = 0;
};

// Counts by a key (tables "touchpoints", "advocacy_touchpoints", "status", "priority").
template <typename K> struct MixSlice {
    K key{};
    qint64 count = 0;
    DrillDown drill;
};

template <typename K> struct Mix {
    QString key;     // the table's key
    QString title;   // for people
    QString counted; // what the counts are, the column's header: "touchpoints", "tickets"
    std::vector<MixSlice<K>> slices;
};

// A customer in a list to act on (tables "overdue_reviews", "candidates").
struct NamedCustomer {
    qint64 id = 0;
    QString name; // "Acme (customer 12)" when another customer is named Acme (Names::customerApart)
};

// A customer at risk and why (table "at_risk").
struct AtRiskCustomer {
    qint64 id = 0;
    QString name; // "Acme (customer 12)" when another customer is named Acme (Names::customerApart)
    Stage stage = Stage::Retention; // now
    QStringList reasons;            // "3 tickets in 30 days", "CSAT below 3", "silent for 60 days"
};

// One struct per dashboard: its KPIs (in the order the tiles show them; a stage dashboard's
// health KPIs last) and its typed tables.
struct FunnelDashboard {
    Period period;
    std::vector<Kpi> kpis;
    Funnel funnel;
};

struct FlowDashboard {
    Period period;
    std::vector<Kpi> kpis;
    Flow flow;
    StageWeekly weekly;
};

struct OnboardingDashboard {
    Period period;
    std::vector<Kpi> kpis;
    Mix<TouchpointKind> touchpoints; // largest first
    Health health;
    ScoreHealth scores;
};

struct PostSalesDashboard {
    Period period;
    std::vector<Kpi> kpis;
    TicketWeekly weekly;
    Mix<TicketStatus> statuses; // every status, in enum order
    Mix<Priority> priorities;   // every priority, in enum order
    Health health;
    ScoreHealth scores;
};

struct AtRiskDashboard {
    Period period;
    std::vector<Kpi> kpis;
    std::vector<AtRiskCustomer> customers; // by id
};

struct RetentionDashboard {
    Period period;
    std::vector<Kpi> kpis;
    std::vector<AtRiskCustomer> atRisk;        // of retention and advocacy, as AtRiskDashboard
    Mix<TouchpointKind> touchpoints;           // largest first
    std::vector<NamedCustomer> overdueReviews; // at most 200
    Health health;
    ScoreHealth scores;
};

struct AdvocacyDashboard {
    Period period;
    std::vector<Kpi> kpis;
    Mix<TouchpointKind> advocacyTouchpoints;
    std::vector<NamedCustomer> candidates;
    Health health;
    ScoreHealth scores;
};

using Dashboard =
    std::variant<FunnelDashboard, FlowDashboard, OnboardingDashboard, PostSalesDashboard,
                 RetentionDashboard, AdvocacyDashboard, AtRiskDashboard>;

// The Report of a dashboard (DashboardTables.cpp): its name ("funnel", "post-sales", …),
// period, KPIs and tables. A stage dashboard's tables start with "stuck" and "health".
Report toReport(const FunnelDashboard& d);
Report toReport(const FlowDashboard& d);
Report toReport(const OnboardingDashboard& d);
Report toReport(const PostSalesDashboard& d);
Report toReport(const RetentionDashboard& d);
Report toReport(const AdvocacyDashboard& d);
Report toReport(const AtRiskDashboard& d);
Report toReport(const Dashboard& d);

// The Report's name of a dashboard: "funnel", "flow", …
QString dashboardName(const Dashboard& d);

} // namespace fd
