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

Result<Report> DashboardMetrics::report(const QString& name, const Period& period)
{
    if (name == QLatin1String("funnel"))
        return funnel(period);
    if (name == QLatin1String("flow"))
        return flow(period);
    if (name == QLatin1String("onboarding"))
        return onboarding(period);
    if (name == QLatin1String("post-sales"))
        return postSales(period);
    if (name == QLatin1String("retention"))
        return retention(period);
    if (name == QLatin1String("advocacy"))
        return advocacy(period);
    if (name == QLatin1String("at-risk"))
        return atRisk(period);
    return failure(tr("There is no report “%1”; choose %2.").arg(name, names().join(QStringLiteral(", "))));
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

Status DashboardMetrics::addHealth(Report& report, Stage stage)
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
    // Longest first; among equals, the oldest customer first.
    std::sort(stuckList.begin(), stuckList.end(),
              [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    std::vector<qint64> stuckIds;
    stuckIds.reserve(stuckList.size());
    for (const auto& entry : stuckList)
        stuckIds.push_back(entry.second);
    // The KPI opens them all; the table lists the longest stuck, for acting on.
    stuckList.resize(std::min<std::size_t>(stuckList.size(), kListed));
    auto names = MetricsRepository(m_db).names(std::span(stuckIds).first(stuckList.size()));
    if (!names)
        return failure(names.error());

    const QString measure = byTouch ? tr("days since the last touch") : tr("days in %1").arg(displayName(stage));
    ReportTable health{QStringLiteral("health"), tr("On track, behind, stuck (%1: under %2, %2–%3, over %3)")
                                                     .arg(measure).arg(behind).arg(stuck),
                       {tr("state"), tr("customers")}, {}, {}, {CellKind::Text, CellKind::Number}, {}};
    const QString states[] = {tr("On track"), tr("Behind"), tr("Stuck")};
    const DrillDown groups[] = {customers(std::move(listed[0])), customers(std::move(listed[1])), customers(stuckIds)};
    for (std::size_t i = 0; i < 3; ++i) {
        health.rows.push_back({states[i], QString::number(counts[i])});
        health.rowDrills.push_back(groups[i]);
    }
    ReportTable stuckTable{QStringLiteral("stuck"),
                           stuckIds.size() > stuckList.size()
                               ? tr("Stuck: act on these first (the %1 longest of %2)").arg(stuckList.size()).arg(stuckIds.size())
                               : tr("Stuck: act on these first"),
                           {tr("customer"), measure}, {}, {}, {CellKind::Text, CellKind::Number}, {}};
    for (const auto& [days, id] : stuckList) {
        stuckTable.rows.push_back({(*names)[id], QString::number(days)});
        stuckTable.rowDrills.push_back(customers({id}));
    }
    report.kpis.push_back(kpi("on_track", states[0], static_cast<double>(counts[0]), {}, groups[0]));
    report.kpis.push_back(kpi("behind", states[1], static_cast<double>(counts[1]), {}, groups[1]));
    report.kpis.push_back(kpi("stuck", states[2], static_cast<double>(counts[2]), {}, groups[2]));
    // The Stuck list first: it is what a manager acts on.
    report.tables.insert(report.tables.begin(), std::move(health));
    report.tables.insert(report.tables.begin(), std::move(stuckTable));
    return {};
}

Result<Report> DashboardMetrics::funnel(const Period& period)
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

    Report r{QStringLiteral("funnel"), period, {}, {}};
    ReportTable table{QStringLiteral("funnel"), tr("Funnel"),
                      {tr("stage"), tr("customers"), tr("at start"), tr("entered"), tr("moved on"),
                       tr("conversion %"), tr("open tickets"), tr("mean CSAT")},
                      {}, {},
                      // "at start" and "entered" are the conversion's whole: "moved on" of them (hostile
                      // tester, final round: "2 / 0 / 0 / 0.0" read like 0 of 0).
                      {CellKind::Stage, CellKind::Number, CellKind::Number, CellKind::Number, CellKind::Number,
                       CellKind::Percent, CellKind::Number, CellKind::Number},
                      {}};
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
        table.rows.push_back({toString(stage), QString::number(active[i]), QString::number(atStart[i]),
                              QString::number(entered), QString::number(movedOn), number(conversion, 1),
                              QString::number(open[i]), number(csat[i], 2)});
        table.rowDrills.push_back(customersIn(stage));
        const QByteArray key = QByteArray(enumName(stage).data(), static_cast<qsizetype>(enumName(stage).size()));
        r.kpis.push_back(Kpi{QString::fromLatin1(key + "_customers"), displayName(stage),
                             static_cast<double>(active[i]), {}, customersIn(stage)});
        if (next(stage))
            r.kpis.push_back(Kpi{QString::fromLatin1(key + "_conversion"),
                                 tr("%1 → %2").arg(displayName(stage), displayName(*next(stage))), conversion,
                                 QStringLiteral("%"),
                                 moversOf(flows, [&](const auto& f) { return f.from == stage && f.to == *next(stage); })});
    }
    r.tables.push_back(std::move(table));
    return r;
}

Result<Report> DashboardMetrics::flow(const Period& period)
{
    Reads q(m_db, period);
    const qint64 from = q.from;
    const qint64 to = q.to;
    // New customers count as moves into onboarding.
    const auto moves = q(q.repo.moves(from, to, true));
    if (q.failed())
        return failure(q.error());
    const auto flows = MetricsRepository::flowsOf(moves);
    Report r{QStringLiteral("flow"), period, {}, {}};
    ReportTable matrix{QStringLiteral("flow"), tr("Moves between stages"), {tr("from"), tr("to"), tr("customers")}, {}, {},
                       {CellKind::Stage, CellKind::Stage, CellKind::Number}, {}};
    qint64 total = 0;
    qint64 entries = 0;
    for (const auto& f : flows) {
        matrix.rows.push_back({f.from ? toString(*f.from) : enteredCell(), toString(f.to), QString::number(f.count)});
        matrix.rowDrills.push_back(customers(f.customers));
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
    ReportTable trend{QStringLiteral("weekly"), tr("Moves into each stage by week"), {tr("week")}, {}, {},
                      {CellKind::Date}, {CellKind::Text}};
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i) {
        trend.columns << toString(static_cast<Stage>(i));
        trend.cellKinds.push_back(CellKind::Number);
        trend.headerKinds.push_back(CellKind::Stage);
    }
    for (auto& [day, week] : weekly) {
        QStringList row{formatDate(day)};
        for (const qint64 c : week.counts)
            row << QString::number(c);
        trend.rows.push_back(row);
        trend.rowDrills.push_back(customers(unique(std::move(week.customers))));
    }
    auto moved = moversOf(flows, [](const auto& f) { return f.from.has_value(); });
    auto entered = moversOf(flows, [](const auto& f) { return !f.from; });
    r.kpis.push_back(kpi("moves", tr("Moves"), static_cast<double>(total), {}, std::move(moved)));
    r.kpis.push_back(kpi("new_customers", tr("New customers"), static_cast<double>(entries), {}, std::move(entered)));
    r.tables.push_back(std::move(matrix));
    r.tables.push_back(std::move(trend));
    return r;
}

Result<Report> DashboardMetrics::onboarding(const Period& period)
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
    Report r{QStringLiteral("onboarding"), period, {}, {}};
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
    r.kpis.push_back(kpi("customers", tr("In onboarding"), static_cast<double>(active[0]), {}, customersIn(Stage::Onboarding)));
    r.kpis.push_back(kpi("new", tr("New this period"), static_cast<double>(entered), {}, std::move(newcomers)));
    r.kpis.push_back(kpi("median_days_to_leave", tr("Median days to leave"), median(days), QStringLiteral("days"), std::move(leavers)));
    r.kpis.push_back(kpi("median_first_response_hours", tr("Median first response"), median(responseHours), QStringLiteral("hours"),
                         ticketList(std::move(answered))));
    r.tables.push_back(channelMix(kinds, Stage::Onboarding, from, to));
    if (auto health = addHealth(r, Stage::Onboarding); !health)
        return failure(health.error());
    return r;
}

Result<Report> DashboardMetrics::postSales(const Period& period)
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
    Report r{QStringLiteral("post-sales"), period, {}, {}};
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
    r.kpis.push_back(kpi("customers", tr("In post-sales"), static_cast<double>(active[1]), {}, customersIn(Stage::PostSales)));
    r.kpis.push_back(kpi("tickets", tr("Tickets"), count(inPeriod), {}, ticketList(inPeriod)));
    r.kpis.push_back(kpi("median_first_response_hours", tr("Median first response"), median(response), QStringLiteral("hours"),
                         ticketList(responded)));
    r.kpis.push_back(kpi("median_resolution_hours", tr("Median resolution"), median(resolution), QStringLiteral("hours"),
                         ticketList(resolved)));
    r.kpis.push_back(kpi("sla_breaches", tr("SLA breaches"), count(breached), {}, ticketList(breached)));
    r.kpis.push_back(kpi("setup_usage_share", tr("Setup and usage tickets"),
                         percent(static_cast<qint64>(setupOrUsage.size()), static_cast<qint64>(inPeriod.size())),
                         QStringLiteral("%"), ticketList(setupOrUsage)));
    r.kpis.push_back(kpi("new_contacts", tr("New contacts"), count(contacts), {}, customers(unique(contacts))));
    ReportTable volume{QStringLiteral("weekly"), tr("Tickets by week"), {tr("week"), tr("tickets")}, {}, {},
                       {CellKind::Date, CellKind::Number}, {}};
    for (const auto& [week, ids] : weekly) {
        volume.rows.push_back({formatDate(week), QString::number(ids.size())});
        volume.rowDrills.push_back(ticketList(ids));
    }
    ReportTable byStatus{QStringLiteral("status"), tr("Tickets by status"), {tr("status"), tr("tickets")}, {}, {},
                         {CellKind::TicketStatus, CellKind::Number}, {}};
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        byStatus.rows.push_back({toString(static_cast<TicketStatus>(i)), QString::number(statuses[i].size())});
        byStatus.rowDrills.push_back(ticketList(statuses[i]));
    }
    ReportTable byPriority{QStringLiteral("priority"), tr("Tickets by priority"), {tr("priority"), tr("tickets")}, {}, {},
                           {CellKind::Priority, CellKind::Number}, {}};
    for (std::size_t i = 0; i < priorities.size(); ++i) {
        byPriority.rows.push_back({toString(static_cast<Priority>(i)), QString::number(priorities[i].size())});
        byPriority.rowDrills.push_back(ticketList(priorities[i]));
    }
    r.tables.push_back(std::move(volume));
    r.tables.push_back(std::move(byStatus));
    r.tables.push_back(std::move(byPriority));
    if (auto health = addHealth(r, Stage::PostSales); !health)
        return failure(health.error());
    return r;
}

Result<Report> DashboardMetrics::retention(const Period& period)
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
    auto risk = atRisk(period);
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
    Report r{QStringLiteral("retention"), period, {}, {}};
    r.kpis.push_back(kpi("customers", tr("In retention"), static_cast<double>(active[2]), {}, customersIn(Stage::Retention)));
    r.kpis.push_back(kpi("overdue_reviews", tr("Success review overdue"), static_cast<double>(overdue.size()), {}, customers(overdue)));
    // Touchpoints have no list of their own: these open the customers they belong to.
    r.kpis.push_back(kpi("self_service_share", tr("Self-service share"), percent(selfService, touches),
                         QStringLiteral("%"), touchedBy({Stage::Retention}, {TouchpointKind::SelfService}, from, to)));
    r.kpis.push_back(kpi("product_update_touches", tr("Product-update touches"), static_cast<double>(productUpdates), {},
                         touchedBy({Stage::Retention}, {TouchpointKind::ProductUpdate}, from, to)));
    const Kpi* atRiskCount = risk->kpi(QStringLiteral("at_risk"));
    r.kpis.push_back(kpi("at_risk", tr("At risk"), atRiskCount ? atRiskCount->value : std::nullopt, {},
                         atRiskCount ? atRiskCount->drill : DrillDown{}));
    auto regressed = moversOf(flows, [](const auto& f) { return f.from == Stage::Retention && f.to == Stage::PostSales; });
    r.kpis.push_back(kpi("regressions", tr("Back to post-sales"), static_cast<double>(regressions), {}, std::move(regressed)));
    for (ReportTable& t : risk->tables)
        r.tables.push_back(std::move(t));
    r.tables.push_back(channelMix(kinds, Stage::Retention, from, to));
    auto reviews = customerTable(m_db, QStringLiteral("overdue_reviews"), tr("No success review in 90 days"),
                                 std::span(overdue).first(std::min(overdue.size(), kListed)));
    if (!reviews)
        return failure(reviews.error());
    r.tables.push_back(std::move(*reviews));
    if (auto health = addHealth(r, Stage::Retention); !health)
        return failure(health.error());
    return r;
}

Result<Report> DashboardMetrics::advocacy(const Period& period)
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
    Report r{QStringLiteral("advocacy"), period, {}, {}};
    ReportTable byKind{QStringLiteral("advocacy_touchpoints"), tr("Advocacy touchpoints by kind"),
                       {tr("kind"), tr("touchpoints")}, {}, {}, {CellKind::TouchpointKind, CellKind::Number}, {}};
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
        byKind.rows.push_back({toString(k.kind), QString::number(k.count)});
        byKind.rowDrills.push_back(touchedBy({Stage::Retention, Stage::Advocacy}, {k.kind}, from, to));
    }
    r.kpis.push_back(kpi("advocates", tr("Advocates"), static_cast<double>(active[3]), {}, customersIn(Stage::Advocacy)));
    auto newcomers = moversOf(flows, [](const auto& f) { return f.to == Stage::Advocacy; });
    r.kpis.push_back(kpi("new_advocates", tr("New advocates"), static_cast<double>(entered), {}, std::move(newcomers)));
    r.kpis.push_back(kpi("advocacy_touchpoints", tr("Advocacy touchpoints"), static_cast<double>(advocacyTouches), {},
                         touchedBy({Stage::Retention, Stage::Advocacy}, std::move(advocacyKinds), from, to)));
    r.kpis.push_back(kpi("candidates", tr("Candidates"), static_cast<double>(candidates.size()), {}, customers(candidates)));
    auto list = customerTable(m_db, QStringLiteral("candidates"),
                              tr("Candidates: retention customers with a survey of 9 or more and no advocacy yet"),
                              candidates);
    if (!list)
        return failure(list.error());
    r.tables.push_back(std::move(byKind));
    r.tables.push_back(std::move(*list));
    if (auto health = addHealth(r, Stage::Advocacy); !health)
        return failure(health.error());
    return r;
}

Result<Report> DashboardMetrics::atRisk(const Period& period)
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
    std::map<qint64, QStringList> reasons;
    std::map<qint64, Stage> stageOf;
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
            if (!why.isEmpty()) {
                reasons[c.id] = why;
                stageOf[c.id] = stage;
            }
        }
    }
    std::vector<qint64> ids;
    ids.reserve(reasons.size());
    for (const auto& entry : reasons)
        ids.push_back(entry.first);
    auto names = q.repo.names(ids);
    if (!names)
        return failure(names.error());
    Report r{QStringLiteral("at-risk"), period, {}, {}};
    ReportTable table{QStringLiteral("at_risk"), tr("At risk"), {tr("customer"), tr("why")}, {}, {}, {CellKind::Text, CellKind::Text}, {}};
    for (const auto& [id, why] : reasons) {
        table.rows.push_back({(*names)[id] + QStringLiteral(" (") + displayName(stageOf[id]) + QLatin1Char(')'),
                              why.join(QStringLiteral("; "))});
        table.rowDrills.push_back(customers({id}));
    }
    r.kpis.push_back(kpi("at_risk", tr("At risk"), static_cast<double>(ids.size()), {}, customers(ids)));
    r.tables.push_back(std::move(table));
    return r;
}

} // namespace fd
