// `funneldesk-cli report health` (issue 18): the active customers' health scores now, by
// stage and band, and who dropped a band in the period, over every stage; KPIs healthy, watch,
// at_risk, unscored (active customers no recompute has scored), dropped_band and
// overdue_tasks. Every number drills down, as a dashboard's. Its parts are the stage
// dashboards' (DashboardMetrics: score_bands, band_drops), summed.
#pragma once

#include "common/Result.h"
#include "metrics/Report.h"

#include <QCoreApplication>

namespace fd {

class Clock;
class Database;

class HealthReport {
    Q_DECLARE_TR_FUNCTIONS(fd::HealthReport)

public:
    // Errors: the database's sentence.
    static Result<Report> make(Database& db, const Clock& clock, const Period& period);
};

} // namespace fd
