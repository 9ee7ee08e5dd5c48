// The numbers behind every dashboard and `funneldesk-cli report` (PRODUCT.md §4), for one
// period. Definitions, in the terms of PRODUCT.md:
//  - funnel: per stage, active customers now, customers who entered it in the period, who
//    moved on to the next stage in the period, and the conversion = moved on ÷ (in the
//    stage at the start of the period + entered during it); open tickets now and the mean
//    CSAT of the rated tickets created in the period, by the customer's stage now.
//  - flow: moves from → to in the period; weekly moves into each stage (a new customer
//    counts as a move into onboarding).
//  - a stage's health (On track / Behind / Stuck): onboarding and post-sales by days in the
//    stage, retention and advocacy by days since the last touch, against the stage's targets
//    (metrics/StageTargets.h; by default 30/45, 90/120, 60/90); the Stuck list, longest first.
//  - onboarding, post-sales, retention, advocacy: the lists of PRODUCT.md §4, over the
//    customers in that stage now and their tickets and touchpoints in the period (advocacy
//    touchpoints: those of the customers in retention or advocacy now).
//  - at-risk: retention and advocacy customers with a ticket surge (by default 3 or more
//    tickets in the last 30 days), a CSAT below 3 in the last 90 days, or silent for 60 days;
//    the thresholds are the saved "at_risk.*" settings (metrics/AtRiskRules.h).
// Each dashboard is computed as typed values (Dashboards.h: what the window's charts read);
// its Report (CSV, JSON, the tables) is made from those (toReport), never counted apart.
#pragma once

#include "common/Result.h"
#include "metrics/AtRiskRules.h"
#include "metrics/Dashboards.h"
#include "metrics/Report.h"
#include "metrics/StageTargets.h"

#include <QCoreApplication>

namespace fd {

class Clock;
class Database;

class DashboardMetrics {
    Q_DECLARE_TR_FUNCTIONS(fd::DashboardMetrics)

public:
    DashboardMetrics(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // "funnel", "onboarding", "post-sales", "retention", "advocacy", "flow", "at-risk".
    static QStringList names();
    // The dashboard named `name` (one of names()) over `period`, typed; the sentence
    // "There is no report …" for any other name, or the storage's failure.
    Result<Dashboard> dashboard(const QString& name, const Period& period);
    // toReport(dashboard(name, period)).
    Result<Report> report(const QString& name, const Period& period);

    Result<FunnelDashboard> funnelDashboard(const Period& period);
    Result<FlowDashboard> flowDashboard(const Period& period);
    Result<OnboardingDashboard> onboardingDashboard(const Period& period);
    Result<PostSalesDashboard> postSalesDashboard(const Period& period);
    Result<RetentionDashboard> retentionDashboard(const Period& period);
    Result<AdvocacyDashboard> advocacyDashboard(const Period& period);
    Result<AtRiskDashboard> atRiskDashboard(const Period& period);

    // The same as Reports (toReport of the typed ones).
    Result<Report> funnel(const Period& period);
    Result<Report> flow(const Period& period);
    Result<Report> onboarding(const Period& period);
    Result<Report> postSales(const Period& period);
    Result<Report> retention(const Period& period);
    Result<Report> advocacy(const Period& period);
    Result<Report> atRisk(const Period& period);

    // The customers behind a deferred drill-down (touchpoint counts, a health band, a stage's
    // overdue tasks as of today), sorted.
    Result<std::vector<qint64>> customersFor(const DrillDown& drill);

    // The flow table's "from" cell for a customer entering the funnel ("(new)"; the CLI and
    // CSV print it as it is, the window says "New").
    static QString enteredCell();

    // Where a customer of `stage` stands against its `targets` (StageTargets::of) at `now` (UTC
    // seconds): the clock runs from its entry into the stage (`enteredAt`) in onboarding and
    // post-sales, and from its last touch (`lastTouchAt`, 0 for none: from the entry) in retention
    // and advocacy, where a customer stays for good and what matters is being looked after. `days`
    // are whole days of 86,400 s on that clock. The stage dashboards' health table and the health
    // score's time-in-stage factor (success/HealthScore.h) both judge by this.
    struct StageClock {
        HealthState state = HealthState::OnTrack;
        qint64 days = 0;
        bool fromLastTouch = false;
    };
    static StageClock stageClock(Stage stage, const StageTargets& targets, qint64 enteredAt,
                                 qint64 lastTouchAt, qint64 now);
    // Whether a stage's clock runs from the last touch (retention, advocacy) or the entry.
    static bool clockFromLastTouch(Stage stage);

private:
    // The saved targets (StageTargetSettings::fromSettings).
    Result<StageTargets> stageTargets();
    // The saved at-risk thresholds (AtRiskSettings::fromSettings).
    Result<AtRiskRules> atRiskRules();
    // A stage's health now; its three KPIs are appended to `kpis`.
    Result<Health> health(Stage stage, std::vector<Kpi>& kpis);
    // A stage's health scores now and its band drops in `period`; its KPIs (overdue_tasks) are
    // appended to `kpis`.
    Result<ScoreHealth> scoreHealth(Stage stage, const Period& period, std::vector<Kpi>& kpis);
    // A stage dashboard's health card (health()) and health scores (scoreHealth()), in that order,
    // their KPIs appended to `kpis`. Errors: a failed read.
    Status rate(Stage stage, const Period& period, Health& card, ScoreHealth& scores,
                std::vector<Kpi>& kpis);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace fd
