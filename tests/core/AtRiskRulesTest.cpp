// The at-risk thresholds as settings (metrics/AtRiskRules.h): the at-risk dashboard and the
// retention dashboard's "At risk" count on a data set small enough to count by hand, at the
// defaults (3 tickets in 30 days, a CSAT below 3 in 90 days, silent for more than 60 days)
// and with each threshold changed through TeamSettings, as `settings set` and the Settings
// dialog save them. The expected customers are worked out from the days below, not read off
// the program.
#include "metrics/AtRiskRules.h"
#include "domain/Customer.h"
#include "domain/StageTransition.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "metrics/DashboardMetrics.h"
#include "service/TeamSettings.h"
#include "storage/CustomerRepository.h"
#include "storage/StageTransitionRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TouchpointRepository.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace fd;

namespace {

struct RiskDesk {
    test::Scratch scratch;
    std::unique_ptr<Database> db = test::openDatabase(scratch.file(QStringLiteral("risk.sqlite")));
    FixedClock clock{test::testNow()}; // 2026-03-15 10:00 local
    Period period = Period::lastDays(test::testNow(), 30);

    static QDateTime daysAgo(int days)
    {
        return test::testNow().toUTC().addSecs(-qint64(days) * 86400);
    }

    qint64 customer(const char* name, Stage stage)
    {
        Customer c;
        c.name = QString::fromLatin1(name);
        c.since = daysAgo(400).date();
        c.stage = stage;
        c.stageEnteredAt = daysAgo(300);
        const qint64 id = CustomerRepository(*db).insert(c);
        StageTransition t;
        t.customerId = id;
        t.to = stage;
        t.at = daysAgo(300);
        t.actor = QStringLiteral("test");
        t.reason = QStringLiteral("test");
        StageTransitionRepository(*db).insert(t);
        return id;
    }
    void touch(qint64 customer, int days)
    {
        Touchpoint p;
        p.customerId = customer;
        p.kind = TouchpointKind::Phone;
        p.occurredAt = daysAgo(days);
        REQUIRE(TouchpointRepository(*db).add(p));
    }
    void ticket(qint64 customer, int days, std::optional<int> csat = std::nullopt)
    {
        Ticket t;
        t.customerId = customer;
        t.subject = QStringLiteral("Question");
        t.createdAt = daysAgo(days);
        t.status = csat ? TicketStatus::Solved : TicketStatus::Open;
        if (csat) {
            t.firstResponseAt = t.createdAt.addSecs(3600);
            t.solvedAt = t.createdAt.addSecs(7200);
        }
        t.csat = csat;
        REQUIRE(TicketRepository(*db).add(t, clock.now()));
    }
};

} // namespace

TEST_CASE("the at-risk thresholds are settings: counted by hand at the defaults and changed",
          "[metrics][at-risk]")
{
    RiskDesk d;
    using S = Stage;
    // Each customer touched a day ago unless said otherwise (a ticket is no touch).
    const qint64 ann = d.customer("Ann", S::Retention); // 2 tickets, 10 and 20 days ago
    d.touch(ann, 1);
    d.ticket(ann, 10);
    d.ticket(ann, 20);
    const qint64 ben = d.customer("Ben", S::Retention); // rated 3, 50 days ago
    d.touch(ben, 1);
    d.ticket(ben, 50, 3);
    const qint64 cal = d.customer("Cal", S::Advocacy); // rated 1, 100 days ago
    d.touch(cal, 1);
    d.ticket(cal, 100, 1);
    const qint64 dee = d.customer("Dee", S::Retention); // last touched 45 days ago
    d.touch(dee, 45);
    const qint64 eve = d.customer("Eve", S::Retention); // last touched 70 days ago
    d.touch(eve, 70);
    const qint64 fin = d.customer("Fin", S::Advocacy); // 3 tickets, 10, 20 and 35 days ago
    d.touch(fin, 1);
    d.ticket(fin, 10);
    d.ticket(fin, 20);
    d.ticket(fin, 35);
    const qint64 hal = d.customer("Hal", S::Retention); // 3 tickets 5-7 days ago, one rated 2
    d.touch(hal, 1);
    d.ticket(hal, 5, 2);
    d.ticket(hal, 6);
    d.ticket(hal, 7);
    const qint64 gil =
        d.customer("Gil", S::Onboarding); // every sign, but not in a stage the check reads
    d.ticket(gil, 2, 1);
    d.ticket(gil, 3);
    d.ticket(gil, 4);

    struct Case {
        QStringList set;
        std::vector<qint64> atRisk; // by id
    };
    const std::vector<Case> cases = {
        // Defaults: Eve silent for 70 days (> 60); Hal 3 tickets in 30 days and a 2. Not Ann (2
        // tickets), Ben (a 3), Cal (a 1 100 days ago), Dee (45 days), Fin (2 in 30 days), Gil.
        {{}, {eve, hal}},
        // 2 tickets are a surge: Ann (10, 20 days), Fin (10, 20 days).
        {{QStringLiteral("at_risk.surge.min_tickets=2")}, {ann, eve, fin, hal}},
        // A 40-day surge window: Fin's third ticket (35 days ago) counts.
        {{QStringLiteral("at_risk.surge.window_days=40")}, {eve, fin, hal}},
        // A 3 is low: Ben.
        {{QStringLiteral("at_risk.csat.below=4")}, {ben, eve, hal}},
        // A 120-day CSAT window: Cal's 1, 100 days ago.
        {{QStringLiteral("at_risk.csat.window_days=120")}, {cal, eve, hal}},
        // A CSAT window shorter than the surge's: Hal's 2 (5 days ago) still counts, his surge too.
        {{QStringLiteral("at_risk.csat.window_days=6")}, {eve, hal}},
        // Silent after 40 days: Dee (45) too; after 80, not Eve (70).
        {{QStringLiteral("at_risk.silent.after_days=40")}, {dee, eve, hal}},
        {{QStringLiteral("at_risk.silent.after_days=80")}, {hal}},
        // Every threshold at once.
        {{QStringLiteral("at_risk.surge.min_tickets=2"),
          QStringLiteral("at_risk.surge.window_days=40"), QStringLiteral("at_risk.csat.below=4"),
          QStringLiteral("at_risk.csat.window_days=120"),
          QStringLiteral("at_risk.silent.after_days=40")},
         {ann, ben, cal, dee, eve, fin, hal}},
    };
    for (const Case& c : cases) {
        INFO(c.set.join(QStringLiteral(", ")).toStdString());
        // Back to the defaults, then this case's values.
        QStringList reset;
        for (const AtRiskParameter& p : AtRiskSettings::parameters())
            reset << AtRiskSettings::prefix() + QLatin1String(p.key) + QLatin1Char('=') +
                         QString::number(AtRiskRules{}.*p.member);
        REQUIRE(TeamSettings(*d.db).set(reset));
        if (!c.set.isEmpty())
            REQUIRE(TeamSettings(*d.db).set(c.set));
        DashboardMetrics metrics(*d.db, d.clock);
        auto atRisk = metrics.atRiskDashboard(d.period);
        REQUIRE(atRisk);
        std::vector<qint64> ids;
        for (const AtRiskCustomer& r : atRisk->customers)
            ids.push_back(r.id);
        CHECK(ids == c.atRisk);
        auto retention = metrics.retention(d.period);
        REQUIRE(retention);
        CHECK(retention->kpi(QStringLiteral("at_risk"))->drill.ids == c.atRisk);
    }

    // The reasons name the thresholds in force (the others back at their defaults).
    REQUIRE(TeamSettings(*d.db).set({QStringLiteral("at_risk.surge.min_tickets=3"),
                                     QStringLiteral("at_risk.surge.window_days=40"),
                                     QStringLiteral("at_risk.csat.below=4"),
                                     QStringLiteral("at_risk.csat.window_days=90"),
                                     QStringLiteral("at_risk.silent.after_days=40")}));
    auto report = DashboardMetrics(*d.db, d.clock).atRisk(d.period);
    REQUIRE(report);
    const ReportTable* risks = report->table(QStringLiteral("at_risk"));
    REQUIRE(risks);
    REQUIRE(risks->rows.size() == 5); // Ben, Dee, Eve, Fin, Hal
    CHECK(risks->rows[0] ==
          QStringList{QStringLiteral("Ben (Retention)"), QStringLiteral("CSAT below 4")});
    CHECK(risks->rows[1] ==
          QStringList{QStringLiteral("Dee (Retention)"), QStringLiteral("silent for 40 days")});
    CHECK(risks->rows[3] ==
          QStringList{QStringLiteral("Fin (Advocacy)"), QStringLiteral("3 tickets in 40 days")});
    CHECK(risks->rows[4] == QStringList{QStringLiteral("Hal (Retention)"),
                                        QStringLiteral("3 tickets in 40 days; CSAT below 4")});
}

TEST_CASE("the retention dashboard lists every customer at risk with the reasons, as the at-risk "
          "dashboard: the window has no other list of them",
          "[metrics][at-risk]")
{
    RiskDesk d;
    // 203 retention customers never touched: each silent, so each at risk; more than the 200
    // that the dashboard's other lists show.
    std::vector<qint64> all;
    {
        Transaction t(*d.db);
        for (int i = 0; i < 203; ++i)
            all.push_back(d.customer("Silent", Stage::Retention));
        t.commit();
    }
    std::sort(all.begin(), all.end());
    DashboardMetrics metrics(*d.db, d.clock);
    auto retention = metrics.retentionDashboard(d.period);
    REQUIRE(retention);
    auto atRisk = metrics.atRiskDashboard(d.period);
    REQUIRE(atRisk);
    const QStringList silent{DashboardMetrics::tr("silent for %1 days").arg(60)};
    for (const auto* list : {&retention->atRisk, &atRisk->customers}) {
        REQUIRE(list->size() == all.size());
        for (std::size_t i = 0; i < all.size(); ++i) {
            CHECK((*list)[i].id == all[i]);
            CHECK((*list)[i].reasons == silent);
            CHECK((*list)[i].name.startsWith(QStringLiteral("Silent (customer ")));
        }
    }
    auto report = metrics.retention(d.period);
    REQUIRE(report);
    const ReportTable* table = report->table(QStringLiteral("at_risk"));
    REQUIRE(table);
    CHECK(table->rows.size() == all.size());
    CHECK(report->kpi(QStringLiteral("at_risk"))->drill.ids == all);
}

TEST_CASE("the at-risk thresholds are range-checked keyed settings", "[settings][at-risk]")
{
    // Listed with their defaults and ranges.
    const auto defaults = TeamSettings::defaults();
    CHECK(defaults.at(QStringLiteral("at_risk.surge.min_tickets")) == QStringLiteral("3"));
    CHECK(defaults.at(QStringLiteral("at_risk.surge.window_days")) == QStringLiteral("30"));
    CHECK(defaults.at(QStringLiteral("at_risk.csat.below")) == QStringLiteral("3"));
    CHECK(defaults.at(QStringLiteral("at_risk.csat.window_days")) == QStringLiteral("90"));
    CHECK(defaults.at(QStringLiteral("at_risk.silent.after_days")) == QStringLiteral("60"));
    // Out of range, unknown: refused with the keyed parameters' sentences.
    auto low = TeamSettings::checked({QStringLiteral("at_risk.csat.below=1")});
    REQUIRE_FALSE(low);
    CHECK(low.error() == QStringLiteral("csat.below must be a whole number from 2 to 6, not “1”."));
    auto none = TeamSettings::checked({QStringLiteral("at_risk.surge.min_tickets=0")});
    REQUIRE_FALSE(none);
    CHECK(none.error().startsWith(
        QStringLiteral("surge.min_tickets must be a whole number from 1 to 1000")));
    auto unknown = TeamSettings::checked({QStringLiteral("at_risk.silent.days=5")});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().startsWith(
        QStringLiteral("“silent.days” is not an at-risk threshold; the parameters are")));
    CHECK(TeamSettings::checked({QStringLiteral("at_risk.silent.after_days=090")})
              .value()
              .front()
              .second == QStringLiteral("90"));
    // A saved value out of range is reported, not ignored.
    auto saved =
        AtRiskSettings::fromSettings({{QStringLiteral("at_risk.csat.below"), QStringLiteral("9")}});
    REQUIRE_FALSE(saved);
    CHECK(saved.error().startsWith(QStringLiteral("The saved settings are invalid: csat.below")));
}
