// The retention and at-risk dashboards of DashboardMetrics (PRODUCT.md §4). Both read the
// retention customers once (MetricsRepository::members, one range of customer_stage) and
// take from them what the window shows: how many, whose success review is overdue, the
// health bands, who is at risk; and every name they list in one statement
// (namesApartOfMany). Retention computed the whole at-risk dashboard, then read the members
// again for the health bands and again for the overdue reviews, and tested each at-risk
// customer's name for a namesake by its own index probe (docs/PERFORMANCE.md, "Step 10,
// eighth round").
#include "metrics/DashboardMetrics.h"

#include "common/Clock.h"
#include "metrics/ReportParts.h"
#include "storage/MetricsRepository.h"

#include <algorithm>
#include <span>
#include <unordered_map>
#include <unordered_set>

namespace fd {

namespace {

using namespace reportparts;
using Members = std::vector<MetricsRepository::Member>;
using NameMap = std::unordered_map<qint64, QString>;

// A customer the at-risk checks found, as facts: sorted in a vector rather than kept in a map
// of words, which are made once, with the names (namedRisks).
struct Risk {
    qint64 id = 0;
    Stage stage = Stage::Retention;
    qint64 surgeTickets = 0; // counted only when at least the rule's minimum
    bool lowCsat = false;
    bool silent = false;
};

// The at-risk checks over the retention and advocacy members (DashboardMetrics.h), by id,
// by `rules`: a ticket surge, a low CSAT among `recent` (MetricsRepository::recentTickets: the
// low ratings of the CSAT window, every ticket of the surge window), silence. `now`: UTC
// seconds.
std::vector<Risk> risksOf(const std::vector<MetricsRepository::RecentTicket>& recent,
                          const Members& retention, const Members& advocacy, qint64 now,
                          const AtRiskRules& rules)
{
    std::unordered_map<qint64, qint64> surge;
    std::unordered_set<qint64> unhappy;
    surge.reserve(recent.size());
    for (const auto& t : recent) {
        if (t.createdAt >= now - rules.surgeWindowDays * kDay)
            ++surge[t.customerId];
        if (t.csat > 0 && t.csat < rules.csatBelow &&
            t.createdAt >= now - rules.csatWindowDays * kDay)
            unhappy.insert(t.customerId);
    }
    std::vector<Risk> risks;
    const auto check = [&](Stage stage, const Members& members) {
        for (const auto& c : members) {
            Risk r{c.id, stage, 0, unhappy.contains(c.id),
                   c.lastTouchAt == 0 || c.lastTouchAt < now - rules.silentAfterDays * kDay};
            const auto tickets = surge.find(c.id);
            if (tickets != surge.end() && tickets->second >= rules.surgeMinTickets)
                r.surgeTickets = tickets->second;
            if (r.surgeTickets > 0 || r.lowCsat || r.silent)
                risks.push_back(r);
        }
    };
    check(Stage::Retention, retention);
    check(Stage::Advocacy, advocacy);
    std::sort(risks.begin(), risks.end(), [](const Risk& a, const Risk& b) { return a.id < b.id; });
    return risks;
}

// What the at-risk checks read (risksOf): the CSAT window's low ratings, the surge window's
// every ticket.
Result<std::vector<MetricsRepository::RecentTicket>> recentFor(MetricsRepository& repo, qint64 now,
                                                               const AtRiskRules& rules)
{
    return repo.recentTickets(now - rules.csatWindowDays * kDay, now - rules.surgeWindowDays * kDay,
                              rules.csatBelow);
}

std::vector<qint64> idsOf(std::span<const Risk> risks)
{
    std::vector<qint64> ids;
    ids.reserve(risks.size());
    for (const Risk& r : risks)
        ids.push_back(r.id);
    return ids;
}

// `risks` in their order, each named from `names` and with its reasons in words.
std::vector<AtRiskCustomer> namedRisks(std::span<const Risk> risks, NameMap& names,
                                       const AtRiskRules& rules)
{
    // The same words for every customer: translated once, not once per customer at risk (8,400
    // of them on data set L).
    const QString lowCsat = DashboardMetrics::tr("CSAT below %1").arg(rules.csatBelow);
    const QString silent = DashboardMetrics::tr("silent for %1 days").arg(rules.silentAfterDays);
    std::vector<AtRiskCustomer> list;
    list.reserve(risks.size());
    for (const Risk& r : risks) {
        QStringList why;
        if (r.surgeTickets > 0)
            why << DashboardMetrics::tr("%1 tickets in %2 days")
                       .arg(r.surgeTickets)
                       .arg(rules.surgeWindowDays);
        if (r.lowCsat)
            why << lowCsat;
        if (r.silent)
            why << silent;
        list.push_back(AtRiskCustomer{r.id, names[r.id], r.stage, std::move(why)});
    }
    return list;
}

// The members whose latest success review is before `since` (or never), by id, from the
// members already read (no query of their own).
std::vector<qint64> overdueOf(const Members& members, qint64 since)
{
    std::vector<qint64> ids;
    for (const auto& m : members) {
        if (!m.lastReviewAt || *m.lastReviewAt < since)
            ids.push_back(m.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

Result<RetentionDashboard> DashboardMetrics::retentionDashboard(const Period& period)
{
    Reads q(m_db, period);
    const qint64 from = q.from;
    const qint64 to = q.to;
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const auto kinds = q(q.repo.touchpointKinds(Stage::Retention, from, to));
    const auto flows = q(q.repo.flows(from, to));
    const auto rules = q(atRiskRules());
    const auto recent = q(recentFor(q.repo, now, rules));
    const auto members = q(q.repo.members(Stage::Retention));
    const auto advocates = q(q.repo.members(Stage::Advocacy));
    if (q.failed())
        return failure(q.error());
    const auto overdue = overdueOf(members, now - 90 * kDay);
    const auto risks = risksOf(recent, members, advocates, now, rules);
    const auto atRisk = idsOf(risks);
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
    RetentionDashboard d{period, {}, {}, channelMix(kinds, Stage::Retention, from, to), {}, {}, {}};
    d.kpis.push_back(kpi("customers", tr("In retention"), static_cast<double>(members.size()), {},
                         customersIn(Stage::Retention)));
    d.kpis.push_back(kpi("overdue_reviews", tr("Success review overdue"),
                         static_cast<double>(overdue.size()), {}, customers(overdue)));
    // Touchpoints have no list of their own: these open the customers they belong to.
    d.kpis.push_back(kpi("self_service_share", tr("Self-service share"),
                         percent(selfService, touches), QStringLiteral("%"),
                         touchedBy({Stage::Retention}, {TouchpointKind::SelfService}, from, to)));
    d.kpis.push_back(kpi("product_update_touches", tr("Product-update touches"),
                         static_cast<double>(productUpdates), {},
                         touchedBy({Stage::Retention}, {TouchpointKind::ProductUpdate}, from, to)));
    d.kpis.push_back(
        kpi("at_risk", tr("At risk"), static_cast<double>(atRisk.size()), {}, customers(atRisk)));
    auto regressed = moversOf(flows, [](const auto& f) {
        return f.from == Stage::Retention && f.to == Stage::PostSales;
    });
    d.kpis.push_back(kpi("regressions", tr("Back to post-sales"), static_cast<double>(regressions),
                         {}, std::move(regressed)));
    auto targets = stageTargets();
    if (!targets)
        return failure(targets.error());
    d.health = healthOf(Stage::Retention, *targets, members, now, d.kpis);
    auto scores = scoreHealth(Stage::Retention, period, d.kpis);
    if (!scores)
        return failure(scores.error());
    d.scores = std::move(*scores);

    // Every name the three lists show, in one read: the at-risk customers, the first overdue
    // reviews, the longest stuck.
    const auto reviews = std::span(overdue).first(std::min(overdue.size(), kListed));
    std::vector<qint64> listed = atRisk;
    listed.insert(listed.end(), reviews.begin(), reviews.end());
    for (const StuckCustomer& c : d.health.stuck)
        listed.push_back(c.id);
    auto names = q.repo.namesApartOfMany(unique(std::move(listed)));
    if (!names)
        return failure(names.error());
    d.atRisk = namedRisks(risks, *names, rules);
    for (const qint64 id : reviews)
        d.overdueReviews.push_back({id, (*names)[id]});
    for (StuckCustomer& c : d.health.stuck)
        c.name = (*names)[c.id];
    return d;
}

Result<AtRiskDashboard> DashboardMetrics::atRiskDashboard(const Period& period)
{
    Reads q(m_db, period);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const auto rules = q(atRiskRules());
    const auto recent = q(recentFor(q.repo, now, rules));
    const auto retention = q(q.repo.members(Stage::Retention));
    const auto advocacy = q(q.repo.members(Stage::Advocacy));
    if (q.failed())
        return failure(q.error());
    const auto risks = risksOf(recent, retention, advocacy, now, rules);
    const auto ids = idsOf(risks);
    auto names = q.repo.namesApartOfMany(ids);
    if (!names)
        return failure(names.error());
    AtRiskDashboard d{period, {}, namedRisks(risks, *names, rules)};
    d.kpis.push_back(
        kpi("at_risk", tr("At risk"), static_cast<double>(ids.size()), {}, customers(ids)));
    return d;
}

} // namespace fd
