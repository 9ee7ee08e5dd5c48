#include "metrics/DashboardMetrics.h"
#include "storage/HealthRepository.h"
#include "storage/TaskRepository.h"

#include "common/Clock.h"
#include "common/DateTimeText.h"
#include "common/LocalDays.h"
#include "common/TimeUnits.h"
#include "metrics/ReportParts.h"
#include "storage/Database.h"
#include "storage/MetricsRepository.h"
#include "storage/SettingsRepository.h"

#include <QLocale>

#include <algorithm>
#include <map>
#include <set>
#include <span>

namespace fd {

namespace {

using namespace reportparts;

template <typename T> Result<Report> asReport(const Result<T>& typed)
{
    if (!typed)
        return failure(typed.error());
    return toReport(*typed);
}

} // namespace

Period Period::lastDays(const QDateTime& now, int days)
{
    const QDate today = now.toLocalTime().date();
    return {today.addDays(1 - days).startOfDay().toUTC(), today.addDays(1).startOfDay().toUTC()};
}

const Kpi* Report::kpi(const QString& key) const
{
    for (const Kpi& k : kpis) {
        if (k.key == key)
            return &k;
    }
    return nullptr;
}

const ReportTable* Report::table(const QString& key) const
{
    for (const ReportTable& t : tables) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

QString DashboardMetrics::enteredCell()
{
    return tr("(new)");
}

QStringList DashboardMetrics::names()
{
    return {QStringLiteral("funnel"),    QStringLiteral("onboarding"), QStringLiteral("post-sales"),
            QStringLiteral("retention"), QStringLiteral("advocacy"),   QStringLiteral("flow"),
            QStringLiteral("at-risk")};
}

Result<Dashboard> DashboardMetrics::dashboard(const QString& name, const Period& period)
{
    const auto typed = [](auto result) -> Result<Dashboard> {
        if (!result)
            return failure(result.error());
        return Dashboard(std::move(*result));
    };
    if (name == QLatin1String("funnel"))
        return typed(funnelDashboard(period));
    if (name == QLatin1String("flow"))
        return typed(flowDashboard(period));
    if (name == QLatin1String("onboarding"))
        return typed(onboardingDashboard(period));
    if (name == QLatin1String("post-sales"))
        return typed(postSalesDashboard(period));
    if (name == QLatin1String("retention"))
        return typed(retentionDashboard(period));
    if (name == QLatin1String("advocacy"))
        return typed(advocacyDashboard(period));
    if (name == QLatin1String("at-risk"))
        return typed(atRiskDashboard(period));
    return failure(
        tr("There is no report “%1”; choose %2.").arg(name, names().join(QStringLiteral(", "))));
}

Result<Report> DashboardMetrics::report(const QString& name, const Period& period)
{
    return asReport(dashboard(name, period));
}

Result<Report> DashboardMetrics::funnel(const Period& period)
{
    return asReport(funnelDashboard(period));
}

Result<Report> DashboardMetrics::flow(const Period& period)
{
    return asReport(flowDashboard(period));
}

Result<Report> DashboardMetrics::onboarding(const Period& period)
{
    return asReport(onboardingDashboard(period));
}

Result<Report> DashboardMetrics::postSales(const Period& period)
{
    return asReport(postSalesDashboard(period));
}

Result<Report> DashboardMetrics::retention(const Period& period)
{
    return asReport(retentionDashboard(period));
}

Result<Report> DashboardMetrics::advocacy(const Period& period)
{
    return asReport(advocacyDashboard(period));
}

Result<Report> DashboardMetrics::atRisk(const Period& period)
{
    return asReport(atRiskDashboard(period));
}

Result<std::vector<qint64>> DashboardMetrics::customersFor(const DrillDown& drill)
{
    if (!drill.deferred())
        return drill.ids;
    if (drill.band && drill.stage) // scoredIn()
        return HealthRepository(m_db).inBand(*drill.stage, *drill.band);
    if (drill.overdueTasks && drill.stage) { // overdueIn()
        auto overdue =
            TaskRepository(m_db).overdueOf(*drill.stage, m_clock.now().toLocalTime().date());
        if (!overdue)
            return failure(overdue.error());
        return std::move(overdue->second);
    }
    return MetricsRepository(m_db).touchedBy(drill.touchStages, drill.touchKinds, drill.touchFrom,
                                             drill.touchTo);
}

bool DashboardMetrics::clockFromLastTouch(Stage stage)
{
    return stage == Stage::Retention || stage == Stage::Advocacy;
}

Result<StageTargets> DashboardMetrics::stageTargets()
{
    auto saved = SettingsRepository(m_db).all();
    if (!saved)
        return failure(saved.error());
    return StageTargetSettings::fromSettings(*saved);
}

Result<AtRiskRules> DashboardMetrics::atRiskRules()
{
    auto saved = SettingsRepository(m_db).all();
    if (!saved)
        return failure(saved.error());
    return AtRiskSettings::fromSettings(*saved);
}

DashboardMetrics::StageClock DashboardMetrics::stageClock(Stage stage, const StageTargets& targets,
                                                          qint64 enteredAt, qint64 lastTouchAt,
                                                          qint64 now)
{
    const auto [behind, stuck] = targets.of(stage);
    StageClock clock;
    clock.fromLastTouch = clockFromLastTouch(stage);
    const qint64 since = clock.fromLastTouch && lastTouchAt > 0 ? lastTouchAt : enteredAt;
    clock.days = (now - since) / kDay;
    clock.state = clock.days < behind   ? HealthState::OnTrack
                  : clock.days <= stuck ? HealthState::Behind
                                        : HealthState::Stuck;
    return clock;
}

Status DashboardMetrics::rate(Stage stage, const Period& period, Health& card, ScoreHealth& scores,
                              std::vector<Kpi>& kpis)
{
    auto now = this->health(stage, kpis);
    if (!now)
        return failure(now.error());
    card = std::move(*now);
    auto scored = scoreHealth(stage, period, kpis);
    if (!scored)
        return failure(scored.error());
    scores = std::move(*scored);
    return {};
}

Result<ScoreHealth> DashboardMetrics::scoreHealth(Stage stage, const Period& period,
                                                  std::vector<Kpi>& kpis)
{
    HealthRepository health(m_db);
    auto bands = health.bandCounts(stage);
    if (!bands)
        return failure(bands.error());
    const QDate from = period.from.toLocalTime().date();
    const QDate to = period.to.toLocalTime().date().addDays(
        period.to.toLocalTime().time() == QTime(0, 0) ? 0 : 1);
    auto changes = health.bandChanges(stage, from, to);
    if (!changes)
        return failure(changes.error());
    const QDate today = m_clock.now().toLocalTime().date();
    auto overdue = TaskRepository(m_db).overdueCount(stage, today);
    if (!overdue)
        return failure(overdue.error());

    ScoreHealth s;
    for (std::size_t i = 0; i < 3; ++i) {
        const auto band = static_cast<ScoreBand>(2 - i); // healthy first
        s.bands[i].band = band;
        s.bands[i].customers = (*bands)[static_cast<std::size_t>(band)];
        s.bands[i].drill = scoredIn(stage, band);
    }
    std::vector<BandChange> drops;
    for (const BandChange& c : *changes) {
        if (c.dropped())
            drops.push_back(c);
    }
    s.dropsTotal = static_cast<qint64>(drops.size());
    std::reverse(drops.begin(), drops.end()); // the latest first
    drops.resize(std::min<std::size_t>(drops.size(), 200));
    std::vector<qint64> named;
    named.reserve(drops.size());
    for (const BandChange& c : drops)
        named.push_back(c.customerId);
    auto names = MetricsRepository(m_db).namesApart(named);
    if (!names)
        return failure(names.error());
    for (const BandChange& c : drops)
        s.drops.push_back({c.customerId, (*names)[c.customerId], c.day, c.from, c.to, c.score});
    std::vector<qint64> dropped = named;
    std::sort(dropped.begin(), dropped.end());
    kpis.push_back(kpi("at_risk_score", tr("Health at risk"),
                       static_cast<double>(s.bands[2].customers), {}, s.bands[2].drill));
    kpis.push_back(kpi("dropped_band", tr("Dropped a health band"),
                       static_cast<double>(s.dropsTotal), {}, customers(std::move(dropped))));
    kpis.push_back(kpi("overdue_tasks", tr("Overdue tasks"), static_cast<double>(*overdue), {},
                       overdueIn(stage)));
    return s;
}

Result<Health> DashboardMetrics::health(Stage stage, std::vector<Kpi>& kpis)
{
    auto members = MetricsRepository(m_db).members(stage);
    if (!members)
        return failure(members.error());
    auto targets = stageTargets();
    if (!targets)
        return failure(targets.error());
    Health h = healthOf(stage, *targets, *members, m_clock.now().toSecsSinceEpoch(), kpis);
    std::vector<qint64> listed;
    listed.reserve(h.stuck.size());
    for (const StuckCustomer& c : h.stuck)
        listed.push_back(c.id);
    auto names = MetricsRepository(m_db).namesApart(listed);
    if (!names)
        return failure(names.error());
    for (StuckCustomer& c : h.stuck)
        c.name = (*names)[c.id];
    return h;
}

Result<FunnelDashboard> DashboardMetrics::funnelDashboard(const Period& period)
{
    Reads q(m_db, period);
    const qint64 from = q.from;
    const qint64 to = q.to;
    const auto roll = q(q.repo.stageRoll());
    const auto atStart = q(q.repo.stageAt(from, roll.all));
    const auto flows = q(q.repo.flows(from, to));
    const auto csat = q(q.repo.csatByStage(from, to, roll.activeStage));
    if (q.failed())
        return failure(q.error());
    const auto& active = roll.active;
    const auto& open = roll.openTickets;

    FunnelDashboard d{period, {}, {}};
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i) {
        const auto stage = static_cast<Stage>(i);
        qint64 entered = 0;
        qint64 movedOn = 0;
        for (const auto& f : flows) {
            if (f.to == stage)
                entered += f.count;
            if (f.from == stage && next(stage) && f.to == *next(stage))
                movedOn += f.count;
        }
        const auto conversion = next(stage) ? percent(movedOn, atStart[i] + entered) : std::nullopt;
        d.funnel.stages.push_back({stage, active[i], atStart[i], entered, movedOn, conversion,
                                   open[i], csat[i], customersIn(stage)});
        const QByteArray key =
            QByteArray(enumName(stage).data(), static_cast<qsizetype>(enumName(stage).size()));
        d.kpis.push_back(Kpi{QString::fromLatin1(key + "_customers"),
                             displayName(stage),
                             static_cast<double>(active[i]),
                             {},
                             customersIn(stage)});
        if (next(stage))
            d.kpis.push_back(Kpi{QString::fromLatin1(key + "_conversion"),
                                 tr("%1 → %2").arg(displayName(stage), displayName(*next(stage))),
                                 conversion, QStringLiteral("%"),
                                 moversOf(flows, [&](const auto& f) {
                                     return f.from == stage && f.to == *next(stage);
                                 })});
    }
    return d;
}

Result<FlowDashboard> DashboardMetrics::flowDashboard(const Period& period)
{
    Reads q(m_db, period);
    // New customers count as moves into onboarding.
    const auto moves = q(q.repo.moves(q.from, q.to, true));
    if (q.failed())
        return failure(q.error());
    const auto flows = MetricsRepository::flowsOf(moves);
    FlowDashboard d{period, {}, {}, {tr("Moves into each stage by week"), {}}};
    qint64 total = 0;
    qint64 entries = 0;
    for (const auto& f : flows) {
        d.flow.cells.push_back({f.from, f.to, f.count, customers(f.customers)});
        (f.from ? total : entries) += f.count;
    }
    struct Week {
        std::array<qint64, enumCount<Stage>()> counts{};
        std::vector<qint64> customers;
    };
    LocalDays days;
    auto weekly = everyWeek<Week>(days, q.from, q.to);
    for (const auto& move : moves) {
        Week& week = weekly[weekOf(days, move.at)];
        ++week.counts[static_cast<std::size_t>(move.to)];
        week.customers.push_back(move.customerId);
    }
    for (auto& [day, week] : weekly) {
        StageWeek typed{day, {}, customers(unique(std::move(week.customers)))};
        for (std::size_t i = 0; i < enumCount<Stage>(); ++i)
            typed.moves[static_cast<Stage>(i)] = week.counts[i];
        d.weekly.weeks.push_back(std::move(typed));
    }
    auto moved = moversOf(flows, [](const auto& f) { return f.from.has_value(); });
    auto entered = moversOf(flows, [](const auto& f) { return !f.from; });
    d.kpis.push_back(kpi("moves", tr("Moves"), static_cast<double>(total), {}, std::move(moved)));
    d.kpis.push_back(kpi("new_customers", tr("New customers"), static_cast<double>(entries), {},
                         std::move(entered)));
    return d;
}

Result<OnboardingDashboard> DashboardMetrics::onboardingDashboard(const Period& period)
{
    Reads q(m_db, period);
    const qint64 from = q.from;
    const qint64 to = q.to;
    const qint64 active = q(q.repo.activeIn(Stage::Onboarding));
    const auto flows = q(q.repo.flows(from, to));
    const auto left = q(q.repo.timesInStage(Stage::Onboarding, from, to));
    const auto tickets = q(q.repo.tickets(Stage::Onboarding, from, to));
    const auto kinds = q(q.repo.touchpointKinds(Stage::Onboarding, from, to));
    if (q.failed())
        return failure(q.error());
    OnboardingDashboard d{period, {}, {}, {}, {}};
    qint64 entered = 0;
    for (const auto& f : flows)
        entered += f.to == Stage::Onboarding ? f.count : 0;
    std::vector<double> days;
    days.reserve(left.size());
    for (const qint64 s : left)
        days.push_back(static_cast<double>(s) / kDay);
    std::vector<double> responseHours;
    std::vector<qint64> answered;
    for (const auto& t : tickets) {
        if (t.firstResponseAt > 0) {
            responseHours.push_back(static_cast<double>(t.firstResponseAt - t.createdAt) / 3600.0);
            answered.push_back(t.id);
        }
    }
    auto newcomers = moversOf(flows, [](const auto& f) { return f.to == Stage::Onboarding; });
    auto leavers = moversOf(flows, [](const auto& f) { return f.from == Stage::Onboarding; });
    d.kpis.push_back(kpi("customers", tr("In onboarding"), static_cast<double>(active), {},
                         customersIn(Stage::Onboarding)));
    d.kpis.push_back(
        kpi("new", tr("New this period"), static_cast<double>(entered), {}, std::move(newcomers)));
    d.kpis.push_back(kpi("median_days_to_leave", tr("Median days to leave"), median(days),
                         QStringLiteral("days"), std::move(leavers)));
    d.kpis.push_back(kpi("median_first_response_hours", tr("Median first response"),
                         median(responseHours), QStringLiteral("hours"),
                         ticketList(std::move(answered))));
    d.touchpoints = channelMix(kinds, Stage::Onboarding, from, to);
    if (auto rated = rate(Stage::Onboarding, period, d.health, d.scores, d.kpis); !rated)
        return failure(rated.error());
    return d;
}

Result<PostSalesDashboard> DashboardMetrics::postSalesDashboard(const Period& period)
{
    Reads q(m_db, period);
    const qint64 from = q.from;
    const qint64 to = q.to;
    const qint64 active = q(q.repo.activeIn(Stage::PostSales));
    // Tickets that could breach in the period: created up to 30 days before it.
    const auto tickets = q(q.repo.tickets(Stage::PostSales, from - 30 * kDay, to));
    const auto contacts = q(q.repo.contactsAdded(Stage::PostSales, from, to));
    if (q.failed())
        return failure(q.error());
    PostSalesDashboard d{period,
                         {},
                         {tr("Tickets by week"), tr("tickets"), {}},
                         {QStringLiteral("status"), tr("Tickets by status"), tr("tickets"), {}},
                         {QStringLiteral("priority"), tr("Tickets by priority"), tr("tickets"), {}},
                         {},
                         {}};
    std::vector<double> response;
    std::vector<double> resolution;
    std::vector<qint64> inPeriod, responded, resolved, breached, setupOrUsage;
    LocalDays days;
    auto weekly = everyWeek<std::vector<qint64>>(days, from, to);
    std::array<std::vector<qint64>, enumCount<TicketStatus>()> statuses{};
    std::array<std::vector<qint64>, enumCount<Priority>()> priorities{};
    for (const auto& t : tickets) {
        if (t.breachedAt >= from && t.breachedAt < to)
            breached.push_back(t.id);
        if (t.createdAt < from)
            continue;
        inPeriod.push_back(t.id);
        weekly[weekOf(days, t.createdAt)].push_back(t.id);
        statuses[static_cast<std::size_t>(t.status)].push_back(t.id);
        priorities[static_cast<std::size_t>(t.priority)].push_back(t.id);
        if (t.category == Category::Setup || t.category == Category::Usage)
            setupOrUsage.push_back(t.id);
        if (t.firstResponseAt > 0) {
            response.push_back(static_cast<double>(t.firstResponseAt - t.createdAt) / 3600.0);
            responded.push_back(t.id);
        }
        if (t.solvedAt > 0) {
            resolution.push_back(static_cast<double>(t.solvedAt - t.createdAt) / 3600.0);
            resolved.push_back(t.id);
        }
    }
    const auto count = [](const std::vector<qint64>& ids) {
        return static_cast<double>(ids.size());
    };
    d.kpis.push_back(kpi("customers", tr("In post-sales"), static_cast<double>(active), {},
                         customersIn(Stage::PostSales)));
    d.kpis.push_back(kpi("tickets", tr("Tickets"), count(inPeriod), {}, ticketList(inPeriod)));
    d.kpis.push_back(kpi("median_first_response_hours", tr("Median first response"),
                         median(response), QStringLiteral("hours"), ticketList(responded)));
    d.kpis.push_back(kpi("median_resolution_hours", tr("Median resolution"), median(resolution),
                         QStringLiteral("hours"), ticketList(resolved)));
    d.kpis.push_back(
        kpi("sla_breaches", tr("SLA breaches"), count(breached), {}, ticketList(breached)));
    d.kpis.push_back(
        kpi("setup_usage_share", tr("Setup and usage tickets"),
            percent(static_cast<qint64>(setupOrUsage.size()), static_cast<qint64>(inPeriod.size())),
            QStringLiteral("%"), ticketList(setupOrUsage)));
    d.kpis.push_back(
        kpi("new_contacts", tr("New contacts"), count(contacts), {}, customers(unique(contacts))));
    for (const auto& [week, ids] : weekly)
        d.weekly.weeks.push_back({week, static_cast<qint64>(ids.size()), ticketList(ids)});
    for (std::size_t i = 0; i < statuses.size(); ++i)
        d.statuses.slices.push_back({static_cast<TicketStatus>(i),
                                     static_cast<qint64>(statuses[i].size()),
                                     ticketList(statuses[i])});
    for (std::size_t i = 0; i < priorities.size(); ++i)
        d.priorities.slices.push_back({static_cast<Priority>(i),
                                       static_cast<qint64>(priorities[i].size()),
                                       ticketList(priorities[i])});
    if (auto rated = rate(Stage::PostSales, period, d.health, d.scores, d.kpis); !rated)
        return failure(rated.error());
    return d;
}

Result<AdvocacyDashboard> DashboardMetrics::advocacyDashboard(const Period& period)
{
    Reads q(m_db, period);
    const qint64 from = q.from;
    const qint64 to = q.to;
    const qint64 active = q(q.repo.activeIn(Stage::Advocacy));
    const auto flows = q(q.repo.flows(from, to));
    auto kinds = q(q.repo.touchpointKinds(Stage::Advocacy, from, to));
    for (const auto& k : q(q.repo.touchpointKinds(Stage::Retention, from, to))) {
        auto same = std::find_if(kinds.begin(), kinds.end(),
                                 [&](const auto& x) { return x.kind == k.kind; });
        if (same == kinds.end())
            kinds.push_back(k);
        else
            same->count += k.count;
    }
    const auto candidates = q(q.repo.advocacyCandidates(Stage::Retention, 9));
    if (q.failed())
        return failure(q.error());
    qint64 entered = 0;
    for (const auto& f : flows)
        entered += f.to == Stage::Advocacy ? f.count : 0;
    AdvocacyDashboard d{period,
                        {},
                        {QStringLiteral("advocacy_touchpoints"),
                         tr("Advocacy touchpoints by kind"),
                         tr("touchpoints"),
                         {}},
                        {},
                        {},
                        {}};
    qint64 advocacyTouches = 0;
    std::vector<TouchpointKind> advocacyKinds;
    for (std::size_t i = 0; i < enumCount<TouchpointKind>(); ++i) {
        if (isAdvocacy(static_cast<TouchpointKind>(i)))
            advocacyKinds.push_back(static_cast<TouchpointKind>(i));
    }
    for (const auto& k : kinds) {
        if (!isAdvocacy(k.kind))
            continue;
        advocacyTouches += k.count;
        d.advocacyTouchpoints.slices.push_back(
            {k.kind, k.count, touchedBy({Stage::Retention, Stage::Advocacy}, {k.kind}, from, to)});
    }
    d.kpis.push_back(kpi("advocates", tr("Advocates"), static_cast<double>(active), {},
                         customersIn(Stage::Advocacy)));
    auto newcomers = moversOf(flows, [](const auto& f) { return f.to == Stage::Advocacy; });
    d.kpis.push_back(kpi("new_advocates", tr("New advocates"), static_cast<double>(entered), {},
                         std::move(newcomers)));
    d.kpis.push_back(kpi(
        "advocacy_touchpoints", tr("Advocacy touchpoints"), static_cast<double>(advocacyTouches),
        {}, touchedBy({Stage::Retention, Stage::Advocacy}, std::move(advocacyKinds), from, to)));
    d.kpis.push_back(kpi("candidates", tr("Candidates"), static_cast<double>(candidates.size()), {},
                         customers(candidates)));
    auto list = namedCustomers(m_db, candidates);
    if (!list)
        return failure(list.error());
    d.candidates = std::move(*list);
    if (auto rated = rate(Stage::Advocacy, period, d.health, d.scores, d.kpis); !rated)
        return failure(rated.error());
    return d;
}

} // namespace fd
