#include "metrics/DashboardMetrics.h"

#include "common/Clock.h"
#include "common/DateTimeText.h"
#include "common/LocalDays.h"
#include "storage/Database.h"
#include "metrics/ReportParts.h"
#include "storage/MetricsRepository.h"

#include <QLocale>

#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>

namespace fd {

namespace {

using namespace reportparts;

constexpr qint64 kDay = 86400;
// How many customers a dashboard's action list shows; its KPI counts and opens them all.
constexpr std::size_t kListed = 200;

template <typename T>
Result<Report> asReport(const Result<T>& typed)
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
    return {QStringLiteral("funnel"), QStringLiteral("onboarding"), QStringLiteral("post-sales"),
            QStringLiteral("retention"), QStringLiteral("advocacy"), QStringLiteral("flow"),
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
    return failure(tr("There is no report “%1”; choose %2.").arg(name, names().join(QStringLiteral(", "))));
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
    return MetricsRepository(m_db).touchedBy(drill.touchStages, drill.touchKinds, drill.touchFrom, drill.touchTo);
}

std::pair<int, int> DashboardMetrics::healthTargets(Stage stage)
{
    switch (stage) {
    case Stage::Onboarding:
        return {30, 45};
    case Stage::PostSales:
        return {90, 120};
    case Stage::Retention:
    case Stage::Advocacy:
        return {60, 90};
    }
    return {30, 45};
}

Result<Health> DashboardMetrics::health(Stage stage, std::vector<Kpi>& kpis)
{
    auto members = MetricsRepository(m_db).members(stage);
    if (!members)
        return failure(members.error());
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const auto [behind, stuck] = healthTargets(stage);
    const bool byTouch = stage == Stage::Retention || stage == Stage::Advocacy;
    std::array<qint64, 3> counts{};
    std::array<std::vector<qint64>, 2> listed; // on track, behind
    std::vector<std::pair<qint64, qint64>> stuckList; // days, customer
    for (const auto& m : *members) {
        const qint64 since = byTouch ? (m.lastTouchAt > 0 ? m.lastTouchAt : m.enteredAt) : m.enteredAt;
        const qint64 days = (now - since) / kDay;
        const int bucket = days < behind ? 0 : days <= stuck ? 1 : 2;
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
    std::sort(stuckList.begin(), stuckList.end(),
              [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    std::vector<qint64> stuckIds;
    stuckIds.reserve(stuckList.size());
    for (const auto& entry : stuckList)
        stuckIds.push_back(entry.second);
    // The KPI opens them all; the table lists the longest stuck, for acting on.
    stuckList.resize(std::min<std::size_t>(stuckList.size(), kListed));
    auto names = MetricsRepository(m_db).namesApart(std::span(stuckIds).first(stuckList.size()));
    if (!names)
        return failure(names.error());

    Health h;
    h.stage = stage;
    h.measure = byTouch ? tr("days since the last touch") : tr("days in %1").arg(displayName(stage));
    h.title = tr("On track, behind, stuck (%1: under %2, %2–%3, over %3)").arg(h.measure).arg(behind).arg(stuck);
    h.bands = {HealthBand{HealthState::OnTrack, tr("On track"), counts[0], customers(std::move(listed[0]))},
               HealthBand{HealthState::Behind, tr("Behind"), counts[1], customers(std::move(listed[1]))},
               HealthBand{HealthState::Stuck, tr("Stuck"), counts[2], customers(stuckIds)}};
    h.stuckTotal = static_cast<qint64>(stuckIds.size());
    for (const auto& [days, id] : stuckList)
        h.stuck.push_back({id, (*names)[id], days});
    const char* keys[] = {"on_track", "behind", "stuck"};
    for (std::size_t i = 0; i < 3; ++i)
        kpis.push_back(kpi(keys[i], h.bands[i].label, static_cast<double>(h.bands[i].customers), {}, h.bands[i].drill));
    return h;
}

Result<FunnelDashboard> DashboardMetrics::funnelDashboard(const Period& period)
{
    Reads q(m_db, period);
    const qint64 from = q.from;
    const qint64 to = q.to;
    const auto active = q(q.repo.activeByStage());
    const auto atStart = q(q.repo.stageAt(from));
    const auto flows = q(q.repo.flows(from, to));
    const auto open = q(q.repo.openTicketsByStage());
    const auto csat = q(q.repo.csatByStage(from, to));
    if (q.failed())
        return failure(q.error());

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
        d.funnel.stages.push_back(
            {stage, active[i], atStart[i], entered, movedOn, conversion, open[i], csat[i], customersIn(stage)});
        const QByteArray key = QByteArray(enumName(stage).data(), static_cast<qsizetype>(enumName(stage).size()));
        d.kpis.push_back(Kpi{QString::fromLatin1(key + "_customers"), displayName(stage),
                             static_cast<double>(active[i]), {}, customersIn(stage)});
        if (next(stage))
            d.kpis.push_back(Kpi{QString::fromLatin1(key + "_conversion"),
                                 tr("%1 → %2").arg(displayName(stage), displayName(*next(stage))), conversion,
                                 QStringLiteral("%"),
                                 moversOf(flows, [&](const auto& f) { return f.from == stage && f.to == *next(stage); })});
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
    d.kpis.push_back(kpi("new_customers", tr("New customers"), static_cast<double>(entries), {}, std::move(entered)));
    return d;
}

Result<OnboardingDashboard> DashboardMetrics::onboardingDashboard(const Period& period)
{
    Reads q(m_db, period);
    const qint64 from = q.from;
    const qint64 to = q.to;
    const auto active = q(q.repo.activeByStage());
    const auto flows = q(q.repo.flows(from, to));
    const auto left = q(q.repo.timesInStage(Stage::Onboarding, from, to));
    const auto tickets = q(q.repo.tickets(Stage::Onboarding, from, to));
    const auto kinds = q(q.repo.touchpointKinds(Stage::Onboarding, from, to));
    if (q.failed())
        return failure(q.error());
    OnboardingDashboard d{period, {}, {}, {}};
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
    d.kpis.push_back(kpi("customers", tr("In onboarding"), static_cast<double>(active[0]), {}, customersIn(Stage::Onboarding)));
    d.kpis.push_back(kpi("new", tr("New this period"), static_cast<double>(entered), {}, std::move(newcomers)));
    d.kpis.push_back(kpi("median_days_to_leave", tr("Median days to leave"), median(days), QStringLiteral("days"), std::move(leavers)));
    d.kpis.push_back(kpi("median_first_response_hours", tr("Median first response"), median(responseHours), QStringLiteral("hours"),
                         ticketList(std::move(answered))));
    d.touchpoints = channelMix(kinds, Stage::Onboarding, from, to);
    auto health = this->health(Stage::Onboarding, d.kpis);
    if (!health)
        return failure(health.error());
    d.health = std::move(*health);
    return d;
}

Result<PostSalesDashboard> DashboardMetrics::postSalesDashboard(const Period& period)
{
    Reads q(m_db, period);
    const qint64 from = q.from;
    const qint64 to = q.to;
    const auto active = q(q.repo.activeByStage());
    // Tickets that could breach in the period: created up to 30 days before it.
    const auto tickets = q(q.repo.tickets(Stage::PostSales, from - 30 * kDay, to));
    const auto contacts = q(q.repo.contactsAdded(Stage::PostSales, from, to));
    if (q.failed())
        return failure(q.error());
    PostSalesDashboard d{period, {}, {tr("Tickets by week"), tr("tickets"), {}},
                         {QStringLiteral("status"), tr("Tickets by status"), tr("tickets"), {}},
                         {QStringLiteral("priority"), tr("Tickets by priority"), tr("tickets"), {}}, {}};
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
    const auto count = [](const std::vector<qint64>& ids) { return static_cast<double>(ids.size()); };
    d.kpis.push_back(kpi("customers", tr("In post-sales"), static_cast<double>(active[1]), {}, customersIn(Stage::PostSales)));
    d.kpis.push_back(kpi("tickets", tr("Tickets"), count(inPeriod), {}, ticketList(inPeriod)));
    d.kpis.push_back(kpi("median_first_response_hours", tr("Median first response"), median(response), QStringLiteral("hours"),
                         ticketList(responded)));
    d.kpis.push_back(kpi("median_resolution_hours", tr("Median resolution"), median(resolution), QStringLiteral("hours"),
                         ticketList(resolved)));
    d.kpis.push_back(kpi("sla_breaches", tr("SLA breaches"), count(breached), {}, ticketList(breached)));
    d.kpis.push_back(kpi("setup_usage_share", tr("Setup and usage tickets"),
                         percent(static_cast<qint64>(setupOrUsage.size()), static_cast<qint64>(inPeriod.size())),
                         QStringLiteral("%"), ticketList(setupOrUsage)));
    d.kpis.push_back(kpi("new_contacts", tr("New contacts"), count(contacts), {}, customers(unique(contacts))));
    for (const auto& [week, ids] : weekly)
        d.weekly.weeks.push_back({week, static_cast<qint64>(ids.size()), ticketList(ids)});
    for (std::size_t i = 0; i < statuses.size(); ++i)
        d.statuses.slices.push_back({static_cast<TicketStatus>(i), static_cast<qint64>(statuses[i].size()), ticketList(statuses[i])});
    for (std::size_t i = 0; i < priorities.size(); ++i)
        d.priorities.slices.push_back({static_cast<Priority>(i), static_cast<qint64>(priorities[i].size()), ticketList(priorities[i])});
    auto health = this->health(Stage::PostSales, d.kpis);
    if (!health)
        return failure(health.error());
    d.health = std::move(*health);
    return d;
}

Result<RetentionDashboard> DashboardMetrics::retentionDashboard(const Period& period)
{
    Reads q(m_db, period);
    const qint64 from = q.from;
    const qint64 to = q.to;
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const auto active = q(q.repo.activeByStage());
    const auto kinds = q(q.repo.touchpointKinds(Stage::Retention, from, to));
    const auto overdue = q(q.repo.withoutReviewSince(Stage::Retention, now - 90 * kDay));
    const auto flows = q(q.repo.flows(from, to));
    if (q.failed())
        return failure(q.error());
    auto risk = atRiskDashboard(period);
    if (!risk)
        return failure(risk.error());
    qint64 touches = 0;
    qint64 selfService = 0;
    qint64 productUpdates = 0;
    for (const auto& k : kinds) {
        touches += k.count;
        selfService += k.kind == TouchpointKind::SelfService ? k.count : 0;
        productUpdates += k.kind == TouchpointKind::ProductUpdate ? k.count : 0;
    }
    qint64 regressions = 0;
    for (const auto& f : flows)
        regressions += f.from == Stage::Retention && f.to == Stage::PostSales ? f.count : 0;
    RetentionDashboard d{period, {}, std::move(risk->customers), channelMix(kinds, Stage::Retention, from, to), {}, {}};
    d.kpis.push_back(kpi("customers", tr("In retention"), static_cast<double>(active[2]), {}, customersIn(Stage::Retention)));
    d.kpis.push_back(kpi("overdue_reviews", tr("Success review overdue"), static_cast<double>(overdue.size()), {}, customers(overdue)));
    // Touchpoints have no list of their own: these open the customers they belong to.
    d.kpis.push_back(kpi("self_service_share", tr("Self-service share"), percent(selfService, touches),
                         QStringLiteral("%"), touchedBy({Stage::Retention}, {TouchpointKind::SelfService}, from, to)));
    d.kpis.push_back(kpi("product_update_touches", tr("Product-update touches"), static_cast<double>(productUpdates), {},
                         touchedBy({Stage::Retention}, {TouchpointKind::ProductUpdate}, from, to)));
    const auto atRiskCount = std::find_if(risk->kpis.begin(), risk->kpis.end(),
                                          [](const Kpi& k) { return k.key == QLatin1String("at_risk"); });
    const bool counted = atRiskCount != risk->kpis.end();
    d.kpis.push_back(kpi("at_risk", tr("At risk"), counted ? atRiskCount->value : std::nullopt, {},
                         counted ? atRiskCount->drill : DrillDown{}));
    auto regressed = moversOf(flows, [](const auto& f) { return f.from == Stage::Retention && f.to == Stage::PostSales; });
    d.kpis.push_back(kpi("regressions", tr("Back to post-sales"), static_cast<double>(regressions), {}, std::move(regressed)));
    auto reviews = namedCustomers(m_db, std::span(overdue).first(std::min(overdue.size(), kListed)));
    if (!reviews)
        return failure(reviews.error());
    d.overdueReviews = std::move(*reviews);
    auto health = this->health(Stage::Retention, d.kpis);
    if (!health)
        return failure(health.error());
    d.health = std::move(*health);
    return d;
}

Result<AdvocacyDashboard> DashboardMetrics::advocacyDashboard(const Period& period)
{
    Reads q(m_db, period);
    const qint64 from = q.from;
    const qint64 to = q.to;
    const auto active = q(q.repo.activeByStage());
    const auto flows = q(q.repo.flows(from, to));
    auto kinds = q(q.repo.touchpointKinds(Stage::Advocacy, from, to));
    for (const auto& k : q(q.repo.touchpointKinds(Stage::Retention, from, to))) {
        auto same = std::find_if(kinds.begin(), kinds.end(), [&](const auto& x) { return x.kind == k.kind; });
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
    AdvocacyDashboard d{period, {}, {QStringLiteral("advocacy_touchpoints"), tr("Advocacy touchpoints by kind"), tr("touchpoints"), {}},
                        {}, {}};
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
        d.advocacyTouchpoints.slices.push_back({k.kind, k.count, touchedBy({Stage::Retention, Stage::Advocacy}, {k.kind}, from, to)});
    }
    d.kpis.push_back(kpi("advocates", tr("Advocates"), static_cast<double>(active[3]), {}, customersIn(Stage::Advocacy)));
    auto newcomers = moversOf(flows, [](const auto& f) { return f.to == Stage::Advocacy; });
    d.kpis.push_back(kpi("new_advocates", tr("New advocates"), static_cast<double>(entered), {}, std::move(newcomers)));
    d.kpis.push_back(kpi("advocacy_touchpoints", tr("Advocacy touchpoints"), static_cast<double>(advocacyTouches), {},
                         touchedBy({Stage::Retention, Stage::Advocacy}, std::move(advocacyKinds), from, to)));
    d.kpis.push_back(kpi("candidates", tr("Candidates"), static_cast<double>(candidates.size()), {}, customers(candidates)));
    auto list = namedCustomers(m_db, candidates);
    if (!list)
        return failure(list.error());
    d.candidates = std::move(*list);
    auto health = this->health(Stage::Advocacy, d.kpis);
    if (!health)
        return failure(health.error());
    d.health = std::move(*health);
    return d;
}

Result<AtRiskDashboard> DashboardMetrics::atRiskDashboard(const Period& period)
{
    Reads q(m_db, period);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    // Low CSAT looks back 90 days, the ticket surge 30.
    const auto recent = q(q.repo.recentTickets(now - 90 * kDay, now - 30 * kDay));
    if (q.failed())
        return failure(q.error());
    std::unordered_map<qint64, qint64> surge;
    std::unordered_set<qint64> unhappy;
    for (const auto& t : recent) {
        if (t.createdAt >= now - 30 * kDay)
            ++surge[t.customerId];
        if (t.csat > 0 && t.csat < 3)
            unhappy.insert(t.customerId);
    }
    std::map<qint64, AtRiskCustomer> risks; // by id
    for (const Stage stage : {Stage::Retention, Stage::Advocacy}) {
        const auto members = q(q.repo.members(stage));
        if (q.failed())
            return failure(q.error());
        for (const auto& c : members) {
            QStringList why;
            const auto tickets = surge.find(c.id);
            if (tickets != surge.end() && tickets->second >= 3)
                why << tr("%1 tickets in 30 days").arg(tickets->second);
            if (unhappy.contains(c.id))
                why << tr("CSAT below 3");
            if (c.lastTouchAt == 0 || c.lastTouchAt < now - 60 * kDay)
                why << tr("silent for 60 days");
            if (!why.isEmpty())
                risks[c.id] = AtRiskCustomer{c.id, {}, stage, std::move(why)};
        }
    }
    std::vector<qint64> ids;
    ids.reserve(risks.size());
    for (const auto& entry : risks)
        ids.push_back(entry.first);
    auto names = q.repo.namesApart(ids);
    if (!names)
        return failure(names.error());
    AtRiskDashboard d{period, {}, {}};
    for (auto& [id, risk] : risks) {
        risk.name = (*names)[id];
        d.customers.push_back(std::move(risk));
    }
    d.kpis.push_back(kpi("at_risk", tr("At risk"), static_cast<double>(ids.size()), {}, customers(ids)));
    return d;
}

} // namespace fd
