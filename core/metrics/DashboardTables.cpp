// Each dashboard's typed results as the Report every output shows (Dashboards.h): the
// tables keep the keys, columns, cell texts and order that PRODUCT.md §5-6 and tests/cli fix.
#include "metrics/Dashboards.h"

#include "common/DateTimeText.h"
#include "metrics/DashboardMetrics.h"
#include "metrics/ReportParts.h"

namespace fd {

namespace {

using reportparts::customers;
using reportparts::number;

Report named(const char* name, const Period& period, const std::vector<Kpi>& kpis)
{
    return Report{QString::fromLatin1(name), period, kpis, {}};
}

ReportTable funnelTable(const Funnel& funnel)
{
    ReportTable table{QStringLiteral("funnel"),
                      DashboardMetrics::tr("Funnel"),
                      {DashboardMetrics::tr("stage"), DashboardMetrics::tr("customers"),
                       DashboardMetrics::tr("at start"), DashboardMetrics::tr("entered"),
                       DashboardMetrics::tr("moved on"), DashboardMetrics::tr("conversion %"),
                       DashboardMetrics::tr("open tickets"), DashboardMetrics::tr("mean CSAT")},
                      {},
                      {},
                      // "at start" and "entered" are the conversion's whole: "moved on" of them
                      // (hostile tester, final round: "2 / 0 / 0 / 0.0" read like 0 of 0).
                      {CellKind::Stage, CellKind::Number, CellKind::Number, CellKind::Number,
                       CellKind::Number, CellKind::Percent, CellKind::Number, CellKind::Number},
                      {}};
    for (const FunnelStage& s : funnel.stages) {
        table.rows.push_back({toString(s.stage), QString::number(s.customers),
                              QString::number(s.atStart), QString::number(s.entered),
                              QString::number(s.movedOn), number(s.movedOnPct, 1),
                              QString::number(s.openTickets), number(s.meanCsat, 2)});
        table.rowDrills.push_back(s.drill);
    }
    return table;
}

ReportTable flowTable(const Flow& flow)
{
    ReportTable matrix{QStringLiteral("flow"),
                       DashboardMetrics::tr("Moves between stages"),
                       {DashboardMetrics::tr("from"), DashboardMetrics::tr("to"),
                        DashboardMetrics::tr("customers")},
                       {},
                       {},
                       {CellKind::Stage, CellKind::Stage, CellKind::Number},
                       {}};
    for (const FlowCell& c : flow.cells) {
        matrix.rows.push_back({c.from ? toString(*c.from) : DashboardMetrics::enteredCell(),
                               toString(c.to), QString::number(c.customers)});
        matrix.rowDrills.push_back(c.drill);
    }
    return matrix;
}

ReportTable weeklyTable(const StageWeekly& weekly)
{
    ReportTable trend{
        QStringLiteral("weekly"), weekly.title,    {DashboardMetrics::tr("week")}, {}, {},
        {CellKind::Date},         {CellKind::Text}};
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i) {
        trend.columns << toString(static_cast<Stage>(i));
        trend.cellKinds.push_back(CellKind::Number);
        trend.headerKinds.push_back(CellKind::Stage);
    }
    for (const StageWeek& week : weekly.weeks) {
        QStringList row{formatDate(week.start)};
        for (std::size_t i = 0; i < enumCount<Stage>(); ++i) {
            const auto count = week.moves.find(static_cast<Stage>(i));
            row << QString::number(count == week.moves.end() ? 0 : count->second);
        }
        trend.rows.push_back(row);
        trend.rowDrills.push_back(week.drill);
    }
    return trend;
}

ReportTable weeklyTable(const TicketWeekly& weekly)
{
    ReportTable volume{QStringLiteral("weekly"),
                       weekly.title,
                       {DashboardMetrics::tr("week"), weekly.counted},
                       {},
                       {},
                       {CellKind::Date, CellKind::Number},
                       {}};
    for (const TicketWeek& week : weekly.weeks) {
        volume.rows.push_back({formatDate(week.start), QString::number(week.tickets)});
        volume.rowDrills.push_back(week.drill);
    }
    return volume;
}

template <typename K>
ReportTable mixTable(const Mix<K>& mix, CellKind kind, const QString& keyHeader)
{
    ReportTable table{
        mix.key, mix.title, {keyHeader, mix.counted}, {}, {}, {kind, CellKind::Number}, {}};
    for (const MixSlice<K>& slice : mix.slices) {
        table.rows.push_back({toString(slice.key), QString::number(slice.count)});
        table.rowDrills.push_back(slice.drill);
    }
    return table;
}

ReportTable customerTable(const char* key, const QString& title,
                          const std::vector<NamedCustomer>& list)
{
    ReportTable table{QString::fromLatin1(key), title, {DashboardMetrics::tr("customer")}, {}, {},
                      {CellKind::Text},         {}};
    for (const NamedCustomer& c : list) {
        table.rows.push_back({c.name});
        table.rowDrills.push_back(customers({c.id}));
    }
    return table;
}

ReportTable atRiskTable(const std::vector<AtRiskCustomer>& list)
{
    ReportTable table{QStringLiteral("at_risk"),
                      DashboardMetrics::tr("At risk"),
                      {DashboardMetrics::tr("customer"), DashboardMetrics::tr("why")},
                      {},
                      {},
                      {CellKind::Text, CellKind::Text},
                      {}};
    for (const AtRiskCustomer& c : list) {
        table.rows.push_back(
            {c.name + QStringLiteral(" (") + displayName(c.stage) + QLatin1Char(')'),
             c.reasons.join(QStringLiteral("; "))});
        table.rowDrills.push_back(customers({c.id}));
    }
    return table;
}

// The Stuck list first (it is what a manager acts on), then the split.
void addHealthTables(Report& report, const Health& health)
{
    const auto listed = static_cast<qint64>(health.stuck.size());
    ReportTable stuckTable{
        QStringLiteral("stuck"),
        health.stuckTotal > listed
            ? DashboardMetrics::tr("Stuck: act on these first (the %1 longest of %2)")
                  .arg(listed)
                  .arg(health.stuckTotal)
            : DashboardMetrics::tr("Stuck: act on these first"),
        {DashboardMetrics::tr("customer"), health.measure},
        {},
        {},
        {CellKind::Text, CellKind::Number},
        {}};
    for (const StuckCustomer& c : health.stuck) {
        stuckTable.rows.push_back({c.name, QString::number(c.days)});
        stuckTable.rowDrills.push_back(customers({c.id}));
    }
    ReportTable split{QStringLiteral("health"),
                      health.title,
                      {DashboardMetrics::tr("state"), DashboardMetrics::tr("customers")},
                      {},
                      {},
                      {CellKind::Text, CellKind::Number},
                      {}};
    for (const HealthBand& band : health.bands) {
        split.rows.push_back({band.label, QString::number(band.customers)});
        split.rowDrills.push_back(band.drill);
    }
    report.tables.push_back(std::move(stuckTable));
    report.tables.push_back(std::move(split));
}

} // namespace

Report toReport(const FunnelDashboard& d)
{
    Report r = named("funnel", d.period, d.kpis);
    r.tables.push_back(funnelTable(d.funnel));
    return r;
}

Report toReport(const FlowDashboard& d)
{
    Report r = named("flow", d.period, d.kpis);
    r.tables.push_back(flowTable(d.flow));
    r.tables.push_back(weeklyTable(d.weekly));
    return r;
}

// A stage's health scores: its band mix now and who dropped a band in the period.
void addScoreTables(Report& r, const ScoreHealth& s)
{
    ReportTable bands{QStringLiteral("score_bands"),
                      DashboardMetrics::tr("Health score bands now"),
                      {DashboardMetrics::tr("band"), DashboardMetrics::tr("customers")},
                      {},
                      {},
                      {CellKind::ScoreBand, CellKind::Number},
                      {}};
    for (const ScoreBandSlice& slice : s.bands) {
        bands.rows.push_back({toString(slice.band), QString::number(slice.customers)});
        bands.rowDrills.push_back(slice.drill);
    }
    r.tables.push_back(std::move(bands));
    ReportTable drops{QStringLiteral("band_drops"),
                      DashboardMetrics::tr("Dropped a health band (the latest first)"),
                      {DashboardMetrics::tr("customer"), DashboardMetrics::tr("day"),
                       DashboardMetrics::tr("from"), DashboardMetrics::tr("to"),
                       DashboardMetrics::tr("score")},
                      {},
                      {},
                      {CellKind::Text, CellKind::Date, CellKind::ScoreBand, CellKind::ScoreBand,
                       CellKind::Number},
                      {}};
    for (const BandDrop& d : s.drops) {
        drops.rows.push_back({d.name, formatDate(d.day), toString(d.from), toString(d.to),
                              QString::number(d.score)});
        drops.rowDrills.push_back(customers({d.id}));
    }
    r.tables.push_back(std::move(drops));
}

Report toReport(const OnboardingDashboard& d)
{
    Report r = named("onboarding", d.period, d.kpis);
    addHealthTables(r, d.health);
    addScoreTables(r, d.scores);
    r.tables.push_back(
        mixTable(d.touchpoints, CellKind::TouchpointKind, DashboardMetrics::tr("kind")));
    return r;
}

Report toReport(const PostSalesDashboard& d)
{
    Report r = named("post-sales", d.period, d.kpis);
    addHealthTables(r, d.health);
    addScoreTables(r, d.scores);
    r.tables.push_back(weeklyTable(d.weekly));
    r.tables.push_back(
        mixTable(d.statuses, CellKind::TicketStatus, DashboardMetrics::tr("status")));
    r.tables.push_back(
        mixTable(d.priorities, CellKind::Priority, DashboardMetrics::tr("priority")));
    return r;
}

Report toReport(const RetentionDashboard& d)
{
    Report r = named("retention", d.period, d.kpis);
    addHealthTables(r, d.health);
    addScoreTables(r, d.scores);
    r.tables.push_back(atRiskTable(d.atRisk));
    r.tables.push_back(
        mixTable(d.touchpoints, CellKind::TouchpointKind, DashboardMetrics::tr("kind")));
    r.tables.push_back(customerTable(
        "overdue_reviews", DashboardMetrics::tr("No success review in 90 days"), d.overdueReviews));
    return r;
}

Report toReport(const AdvocacyDashboard& d)
{
    Report r = named("advocacy", d.period, d.kpis);
    addHealthTables(r, d.health);
    addScoreTables(r, d.scores);
    r.tables.push_back(
        mixTable(d.advocacyTouchpoints, CellKind::TouchpointKind, DashboardMetrics::tr("kind")));
    r.tables.push_back(customerTable(
        "candidates",
        DashboardMetrics::tr(
            "Candidates: retention customers with a survey of 9 or more and no advocacy yet"),
        d.candidates));
    return r;
}

Report toReport(const AtRiskDashboard& d)
{
    Report r = named("at-risk", d.period, d.kpis);
    r.tables.push_back(atRiskTable(d.customers));
    return r;
}

Report toReport(const Dashboard& d)
{
    return std::visit([](const auto& one) { return toReport(one); }, d);
}

QString dashboardName(const Dashboard& d)
{
    static const char* const names[] = {"funnel",    "flow",     "onboarding", "post-sales",
                                        "retention", "advocacy", "at-risk"};
    return QString::fromLatin1(names[d.index()]);
}

} // namespace fd
