#include "metrics/ReportParts.h"

#include "metrics/DashboardMetrics.h"

#include <algorithm>

namespace fd::reportparts {

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

QString number(std::optional<double> value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
}

Kpi kpi(const char* key, const QString& label, std::optional<double> value, const QString& unit, DrillDown drill)
{
    return Kpi{QLatin1String(key), label, value, unit, std::move(drill)};
}

DrillDown customersIn(Stage stage)
{
    DrillDown d;
    d.kind = DrillDown::Kind::Customers;
    d.stage = stage;
    return d;
}

DrillDown customers(std::vector<qint64> ids)
{
    DrillDown d;
    d.kind = DrillDown::Kind::Customers;
    d.listed = true;
    d.ids = std::move(ids);
    return d;
}

DrillDown ticketList(std::vector<qint64> ids)
{
    std::sort(ids.begin(), ids.end()); // a set: the list view sorts it as the rep chooses
    DrillDown d = customers(std::move(ids));
    d.kind = DrillDown::Kind::Tickets;
    return d;
}

// The customers behind touchpoint counts: found when the number is clicked.
DrillDown touchedBy(std::vector<Stage> stages, std::vector<TouchpointKind> kinds, qint64 from, qint64 to)
{
    DrillDown d;
    d.kind = DrillDown::Kind::Customers;
    d.touchStages = std::move(stages);
    d.touchKinds = std::move(kinds);
    d.touchFrom = from;
    d.touchTo = to;
    return d;
}

std::vector<qint64> unique(std::vector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// The customers behind the moves that `match`.
std::optional<double> percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

// The local Monday of the week an instant falls in.
QDate weekOf(LocalDays& days, qint64 at)
{
    const QDate day = days.date(at);
    return day.addDays(1 - day.dayOfWeek());
}

std::optional<Stage> next(Stage stage)
{
    if (stage == Stage::Advocacy)
        return std::nullopt;
    return static_cast<Stage>(static_cast<int>(stage) + 1);
}

Result<std::vector<NamedCustomer>> namedCustomers(Database& db, std::span<const qint64> ids)
{
    auto names = MetricsRepository(db).namesApart(ids);
    if (!names)
        return failure(names.error());
    std::vector<NamedCustomer> list;
    list.reserve(ids.size());
    for (const qint64 id : ids)
        list.push_back({id, (*names)[id]});
    return list;
}

Mix<TouchpointKind> channelMix(std::vector<MetricsRepository::KindCount> kinds, Stage stage, qint64 from, qint64 to)
{
    std::stable_sort(kinds.begin(), kinds.end(), [](const auto& a, const auto& b) { return a.count > b.count; });
    Mix<TouchpointKind> mix{QStringLiteral("touchpoints"), DashboardMetrics::tr("Touchpoints by kind"),
                            DashboardMetrics::tr("touchpoints"), {}};
    for (const auto& k : kinds)
        mix.slices.push_back({k.kind, k.count, touchedBy({stage}, {k.kind}, from, to)});
    return mix;
}

} // namespace fd::reportparts
