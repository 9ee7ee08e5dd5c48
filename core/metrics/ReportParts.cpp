#include "metrics/ReportParts.h"

#include "metrics/DashboardMetrics.h"

#include <algorithm>
#include <array>

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

Kpi kpi(const char* key, const QString& label, std::optional<double> value, const QString& unit,
        DrillDown drill)
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
DrillDown touchedBy(std::vector<Stage> stages, std::vector<TouchpointKind> kinds, qint64 from,
                    qint64 to)
{
    DrillDown d;
    d.kind = DrillDown::Kind::Customers;
    d.touchStages = std::move(stages);
    d.touchKinds = std::move(kinds);
    d.touchFrom = from;
    d.touchTo = to;
    return d;
}

DrillDown scoredIn(Stage stage, ScoreBand band)
{
    DrillDown d = customersIn(stage);
    d.band = band;
    return d;
}

DrillDown overdueIn(Stage stage)
{
    DrillDown d = customersIn(stage);
    d.overdueTasks = true;
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

Health healthOf(Stage stage, const StageTargets& targets,
                const std::vector<MetricsRepository::Member>& members, qint64 now,
                std::vector<Kpi>& kpis)
{
    const auto [behind, stuck] = targets.of(stage);
    std::array<qint64, 3> counts{};
    std::array<std::vector<qint64>, 2> listed;        // on track, behind
    std::vector<std::pair<qint64, qint64>> stuckList; // days, customer
    for (const auto& m : members) {
        const auto clock =
            DashboardMetrics::stageClock(stage, targets, m.enteredAt, m.lastTouchAt, now);
        const qint64 days = clock.days;
        const int bucket = static_cast<int>(clock.state);
        ++counts[static_cast<std::size_t>(bucket)];
        if (bucket == 2)
            stuckList.emplace_back(days, m.id);
        else
            listed[static_cast<std::size_t>(bucket)].push_back(m.id);
    }
    // The on-track and behind bands open their customers as a set, in id order: the members
    // come in no set order (a server's plan decides), and both backends must give the same
    // typed values (issue 16).
    for (auto& ids : listed)
        std::sort(ids.begin(), ids.end());
    // Longest first; among equals, the oldest customer first.
    std::sort(stuckList.begin(), stuckList.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::vector<qint64> stuckIds;
    stuckIds.reserve(stuckList.size());
    for (const auto& entry : stuckList)
        stuckIds.push_back(entry.second);
    // The KPI opens them all; the table lists the longest stuck, for acting on.
    stuckList.resize(std::min<std::size_t>(stuckList.size(), kListed));

    Health h;
    h.stage = stage;
    h.measure = DashboardMetrics::clockFromLastTouch(stage)
                    ? DashboardMetrics::tr("days since the last touch")
                    : DashboardMetrics::tr("days in %1").arg(displayName(stage));
    h.title = DashboardMetrics::tr("On track, behind, stuck (%1: under %2, %2–%3, over %3)")
                  .arg(h.measure)
                  .arg(behind)
                  .arg(stuck);
    h.bands = {HealthBand{HealthState::OnTrack, DashboardMetrics::tr("On track"), counts[0],
                          customers(std::move(listed[0]))},
               HealthBand{HealthState::Behind, DashboardMetrics::tr("Behind"), counts[1],
                          customers(std::move(listed[1]))},
               HealthBand{HealthState::Stuck, DashboardMetrics::tr("Stuck"), counts[2],
                          customers(stuckIds)}};
    h.stuckTotal = static_cast<qint64>(stuckIds.size());
    for (const auto& [days, id] : stuckList)
        h.stuck.push_back({id, {}, days});
    const char* keys[] = {"on_track", "behind", "stuck"};
    for (std::size_t i = 0; i < 3; ++i)
        kpis.push_back(kpi(keys[i], h.bands[i].label, static_cast<double>(h.bands[i].customers), {},
                           h.bands[i].drill));
    return h;
}

Mix<TouchpointKind> channelMix(std::vector<MetricsRepository::KindCount> kinds, Stage stage,
                               qint64 from, qint64 to)
{
    std::stable_sort(kinds.begin(), kinds.end(),
                     [](const auto& a, const auto& b) { return a.count > b.count; });
    Mix<TouchpointKind> mix{QStringLiteral("touchpoints"),
                            DashboardMetrics::tr("Touchpoints by kind"),
                            DashboardMetrics::tr("touchpoints"),
                            {}};
    for (const auto& k : kinds)
        mix.slices.push_back({k.kind, k.count, touchedBy({stage}, {k.kind}, from, to)});
    return mix;
}

} // namespace fd::reportparts
