// The pieces every report of DashboardMetrics is built from (core/metrics only): reads
// that keep their first failure, KPIs and drill-downs, the medians and shares, the weeks
// of a period, and the tables several reports share. Times are UTC unix seconds; a period
// is [from, to).
#pragma once

#include "common/LocalDays.h"
#include "common/Result.h"
#include "common/TimeUnits.h"
#include "metrics/Dashboards.h"
#include "metrics/Report.h"
#include "metrics/StageTargets.h"
#include "storage/MetricsRepository.h"

#include <QDate>

#include <map>
#include <optional>
#include <span>
#include <vector>

namespace fd {

class Database;

namespace reportparts {

// How many customers a dashboard's action list shows; its KPI counts and opens them all.
constexpr std::size_t kListed = 200;

// A report's reads over its period: each read that fails gives an empty value and the
// first failure is kept, so a report reads what it needs and checks once.
class Reads {
public:
    Reads(Database& db, const Period& period)
        : repo(db), from(period.from.toSecsSinceEpoch()), to(period.to.toSecsSinceEpoch())
    {
    }

    template <typename T> T operator()(Result<T>&& result)
    {
        if (!result) {
            if (m_error.isEmpty())
                m_error = result.error();
            return T{};
        }
        return std::move(*result);
    }
    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    MetricsRepository repo;
    const qint64 from; // the period, unix seconds
    const qint64 to;

private:
    QString m_error;
};

// The middle value (the mean of the two middle ones for an even count); none when empty.
std::optional<double> median(std::vector<double> values);
// `value` with `decimals` decimals, "C" locale; empty when none.
QString number(std::optional<double> value, int decimals = 0);
Kpi kpi(const char* key, const QString& label, std::optional<double> value,
        const QString& unit = {}, DrillDown drill = {});
// Drill-downs: the active customers in a stage now; a listed set of customers or tickets
// (tickets sorted); the customers behind touchpoint counts, those of a stage in a health band,
// and those of a stage with overdue tasks, found when clicked.
DrillDown customersIn(Stage stage);
DrillDown customers(std::vector<qint64> ids);
DrillDown ticketList(std::vector<qint64> ids);
DrillDown touchedBy(std::vector<Stage> stages, std::vector<TouchpointKind> kinds, qint64 from,
                    qint64 to);
DrillDown scoredIn(Stage stage, ScoreBand band);
DrillDown overdueIn(Stage stage);
// Sorted, each once.
std::vector<qint64> unique(std::vector<qint64> ids);

// The customers of the flows `match` accepts, each once.
template <typename Match>
DrillDown moversOf(const std::vector<MetricsRepository::Flow>& flows, Match&& match)
{
    std::vector<qint64> ids;
    for (const auto& f : flows) {
        if (match(f))
            ids.insert(ids.end(), f.customers.begin(), f.customers.end());
    }
    return customers(unique(std::move(ids)));
}

// part ÷ whole in percent; none when whole is 0.
std::optional<double> percent(qint64 part, qint64 whole);
std::optional<Stage> next(Stage stage);

// The local Monday of the week an instant falls in.
QDate weekOf(LocalDays& days, qint64 at);

// A time series by local week (issue 15: "Tickets by week" skipped the weeks with no
// tickets, so the axis misled): every week of the period [from, to) is present, from
// the week `from` falls in to the week of the period's last second, oldest first, the
// empty ones with a value-initialised T. Keyed by the week's local Monday.
template <typename T> std::map<QDate, T> everyWeek(LocalDays& days, qint64 from, qint64 to)
{
    std::map<QDate, T> weeks;
    if (to <= from)
        return weeks;
    const QDate last = weekOf(days, to - 1);
    for (QDate week = weekOf(days, from); week <= last; week = week.addDays(7))
        weeks.emplace(week, T{});
    return weeks;
}

// The customers `ids` with their names, in the order given (the lists a dashboard shows to
// act on: overdue reviews, advocacy candidates); a name another customer has too reads
// "Acme (customer 12)" (MetricsRepository::namesApart).
Result<std::vector<NamedCustomer>> namedCustomers(Database& db, std::span<const qint64> ids);
// A stage's health at `now` (UTC seconds) from its members (MetricsRepository::members), by
// its `targets` (DashboardMetrics::stageClock); its three KPIs (on_track, behind, stuck) are
// appended to `kpis`. The Stuck list (the longest stuck first, at most kListed) comes without
// names: the caller reads them, with the other names its dashboard lists.
Health healthOf(Stage stage, const StageTargets& targets,
                const std::vector<MetricsRepository::Member>& members, qint64 now,
                std::vector<Kpi>& kpis);
// A stage's touchpoints in the period by kind, largest first (table "touchpoints"); each
// slice opens the customers who had that kind of touchpoint.
Mix<TouchpointKind> channelMix(std::vector<MetricsRepository::KindCount> kinds, Stage stage,
                               qint64 from, qint64 to);

} // namespace reportparts
} // namespace fd
