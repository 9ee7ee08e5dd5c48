#include "success/HealthReport.h"

#include "common/Clock.h"
#include "common/DateTimeText.h"
#include "metrics/ReportParts.h"
#include "storage/HealthRepository.h"
#include "storage/MetricsRepository.h"
#include "storage/TaskRepository.h"

#include <algorithm>
#include <array>

namespace fd {

namespace {

using reportparts::customers;
using reportparts::kpi;

QDate lastDayOf(const Period& period)
{
    const QDateTime end = period.to.toLocalTime();
    return end.time() == QTime(0, 0) ? end.date() : end.date().addDays(1);
}

// The customers that dropped a health band, the latest first: `drops` with their stages,
// `dropped` their ids in that order.
Result<ReportTable> dropsTable(Database& db, const std::vector<std::pair<Stage, BandChange>>& drops,
                               const std::vector<qint64>& dropped)
{
    auto names = MetricsRepository(db).namesApart(dropped);
    if (!names)
        return failure(names.error());
    ReportTable list{QStringLiteral("band_drops"),
                     HealthReport::tr("Dropped a health band (the latest first)"),
                     {HealthReport::tr("customer"), HealthReport::tr("stage"),
                      HealthReport::tr("day"), HealthReport::tr("from"), HealthReport::tr("to"),
                      HealthReport::tr("score")},
                     {},
                     {},
                     {CellKind::Text, CellKind::Stage, CellKind::Date, CellKind::ScoreBand,
                      CellKind::ScoreBand, CellKind::Number},
                     {}};
    for (const auto& [stage, c] : drops) {
        list.rows.push_back({(*names)[c.customerId], toString(stage), formatDate(c.day),
                             toString(c.from), toString(c.to), QString::number(c.score)});
        list.rowDrills.push_back(customers({c.customerId}));
    }
    return list;
}

// A key figure for each band, healthy first: how many customers are in it, now.
void addBandKpis(Report& r, const std::array<std::vector<qint64>, 3>& all)
{
    const char* keys[] = {"healthy", "watch", "at_risk"};
    const QString labels[] = {HealthReport::tr("Healthy"), HealthReport::tr("Watch"),
                              HealthReport::tr("At risk")};
    for (std::size_t i = 0; i < 3; ++i) {
        const auto band = static_cast<std::size_t>(2 - i); // healthy first
        auto ids = all[band];
        std::sort(ids.begin(), ids.end());
        const auto count =
            static_cast<double>(ids.size()); // before the list moves into its drill-down
        r.kpis.push_back(kpi(keys[i], labels[i], count, {}, customers(std::move(ids))));
    }
}

} // namespace

Result<Report> HealthReport::make(Database& db, const Clock& clock, const Period& period)
{
    HealthRepository health(db);
    const QDate from = period.from.toLocalTime().date();
    const QDate to = lastDayOf(period);
    const QDate today = clock.now().toLocalTime().date();

    Report r{QStringLiteral("health"), period, {}, {}};
    ReportTable byStage{QStringLiteral("bands_by_stage"),
                        tr("Health score bands by stage, now"),
                        {tr("stage"), tr("healthy"), tr("watch"), tr("at risk")},
                        {},
                        {},
                        {CellKind::Stage, CellKind::Number, CellKind::Number, CellKind::Number},
                        {}};
    std::array<std::vector<qint64>, 3> all;
    std::vector<std::pair<Stage, BandChange>> drops;
    std::vector<qint64> overdueCustomers;
    qint64 overdueTasks = 0;
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i) {
        const auto stage = static_cast<Stage>(i);
        auto bands = health.bandsOf(stage);
        if (!bands)
            return failure(bands.error());
        QStringList row{toString(stage)};
        std::vector<qint64> scored;
        for (const ScoreBand band : {ScoreBand::Healthy, ScoreBand::Watch, ScoreBand::AtRisk}) {
            const auto& ids = (*bands)[static_cast<std::size_t>(band)];
            row << QString::number(ids.size());
            scored.insert(scored.end(), ids.begin(), ids.end());
            auto& sum = all[static_cast<std::size_t>(band)];
            sum.insert(sum.end(), ids.begin(), ids.end());
        }
        std::sort(scored.begin(), scored.end());
        byStage.rows.push_back(row);
        byStage.rowDrills.push_back(customers(std::move(scored)));
        auto changes = health.bandChanges(stage, from, to);
        if (!changes)
            return failure(changes.error());
        for (const BandChange& c : *changes) {
            if (c.dropped())
                drops.emplace_back(stage, c);
        }
        auto overdue = TaskRepository(db).overdueOf(stage, today);
        if (!overdue)
            return failure(overdue.error());
        overdueTasks += overdue->first;
        overdueCustomers.insert(overdueCustomers.end(), overdue->second.begin(),
                                overdue->second.end());
    }
    auto unscored = health.unscoredActive();
    if (!unscored)
        return failure(unscored.error());
    std::sort(drops.begin(), drops.end(), [](const auto& a, const auto& b) {
        return a.second.day != b.second.day ? a.second.day > b.second.day
                                            : a.second.customerId < b.second.customerId;
    });
    std::vector<qint64> dropped;
    dropped.reserve(drops.size());
    for (const auto& [stage, c] : drops)
        dropped.push_back(c.customerId);
    std::vector<qint64> droppedSorted = dropped;
    std::sort(droppedSorted.begin(), droppedSorted.end());
    std::sort(overdueCustomers.begin(), overdueCustomers.end());
    addBandKpis(r, all);
    r.kpis.push_back(kpi("unscored", tr("Not scored yet"), static_cast<double>(unscored->size()),
                         {}, customers(*unscored)));
    r.kpis.push_back(kpi("dropped_band", tr("Dropped a health band"),
                         static_cast<double>(drops.size()), {},
                         customers(std::move(droppedSorted))));
    r.kpis.push_back(kpi("overdue_tasks", tr("Overdue tasks"), static_cast<double>(overdueTasks),
                         {}, customers(std::move(overdueCustomers))));
    r.tables.push_back(std::move(byStage));

    auto list = dropsTable(db, drops, dropped);
    if (!list)
        return failure(list.error());
    r.tables.push_back(std::move(*list));
    return r;
}

} // namespace fd
