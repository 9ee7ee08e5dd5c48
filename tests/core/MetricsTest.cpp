// Dashboard metrics on a data set small enough to count by hand: five customers whose
// every move is placed on a known day, and a few tickets. The expected numbers in the
// comments are worked out from those days, not read off the program.
#include "domain/Customer.h"
#include "domain/StageTransition.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "metrics/DashboardMetrics.h"
#include "metrics/ReportFormat.h"
#include "service/TeamSettings.h"
#include "storage/CustomerRepository.h"
#include "storage/StageTransitionRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TouchpointRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;

namespace {

QDateTime noonUtc(int month, int day, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
}

struct Desk {
    test::Scratch scratch;
    std::unique_ptr<Database> db = test::openDatabase(scratch.file(QStringLiteral("m.sqlite")));
    FixedClock clock{test::testNow()}; // 2026-03-15 10:00 local
    // 1–15 March, local days.
    Period period{QDateTime(QDate(2026, 3, 1), QTime(0, 0)).toUTC(),
                  QDateTime(QDate(2026, 3, 16), QTime(0, 0)).toUTC()};

    // A customer with its moves: (stage, when) in order; the last is where it is now.
    qint64 customer(const char* name, std::vector<std::pair<Stage, QDateTime>> path)
    {
        Customer c;
        c.name = QString::fromLatin1(name);
        c.since = path.front().second.date();
        c.stage = path.back().first;
        c.stageEnteredAt = path.back().second;
        const qint64 id = CustomerRepository(*db).insert(c);
        std::optional<Stage> from;
        for (const auto& [stage, at] : path) {
            StageTransition t;
            t.customerId = id;
            t.from = from;
            t.to = stage;
            t.at = at;
            t.actor = QStringLiteral("test");
            t.reason = QStringLiteral("test");
            StageTransitionRepository(*db).insert(t);
            from = stage;
        }
        return id;
    }

    void ticket(qint64 customer, const QDateTime& created, int responseHours)
    {
        Ticket t;
        t.customerId = customer;
        t.subject = QStringLiteral("Question");
        t.createdAt = created;
        t.status = TicketStatus::Open;
        t.firstResponseAt = created.addSecs(responseHours * 3600);
        REQUIRE(TicketRepository(*db).add(t, clock.now()));
    }
};

} // namespace

TEST_CASE("the funnel, its conversions and the onboarding dashboard, counted by hand", "[metrics]")
{
    Desk d;
    using S = Stage;
    // Ann: onboarding from 1 Feb, post-sales on 5 March (in the period): 32 days onboarding.
    d.customer("Ann", {{S::Onboarding, noonUtc(2, 1)}, {S::PostSales, noonUtc(3, 5)}});
    // Days in a stage are whole days up to now (15 March 09:00 UTC).
    // Bob: onboarding from 2 March noon (in the period): 12 days, on track.
    const qint64 bob = d.customer("Bob", {{S::Onboarding, noonUtc(3, 2)}});
    // Cat: onboarding from 1 January noon: 72 days, stuck (over 45).
    const qint64 cat = d.customer("Cat", {{S::Onboarding, noonUtc(1, 1)}});
    // Dan: onboarding from 10 February noon: 32 days, behind (30 to 45).
    d.customer("Dan", {{S::Onboarding, noonUtc(2, 10)}});
    // Eve: post-sales since 10 January, retention on 10 March (in the period).
    d.customer("Eve", {{S::Onboarding, noonUtc(12, 1, 2025)},
                       {S::PostSales, noonUtc(1, 10)},
                       {S::Retention, noonUtc(3, 10)}});
    // Onboarding customers' tickets in the period: answered after 2 h and 6 h.
    d.ticket(bob, noonUtc(3, 3), 2);
    d.ticket(cat, noonUtc(3, 4), 6);

    DashboardMetrics metrics(*d.db, d.clock);
    auto funnel = metrics.funnel(d.period);
    REQUIRE(funnel);
    // Now: onboarding Bob, Cat, Dan; post-sales Ann; retention Eve.
    CHECK(funnel->kpi(QStringLiteral("onboarding_customers"))->value == 3);
    CHECK(funnel->kpi(QStringLiteral("post_sales_customers"))->value == 1);
    CHECK(funnel->kpi(QStringLiteral("retention_customers"))->value == 1);
    CHECK(funnel->kpi(QStringLiteral("advocacy_customers"))->value == 0);
    // Onboarding → post-sales: Ann moved on, of Ann, Cat, Dan at the start plus Bob who
    // entered: 1 of 4. Post-sales → retention: Eve, of Eve at the start plus Ann: 1 of 2.
    CHECK(funnel->kpi(QStringLiteral("onboarding_conversion"))->value == Approx(25.0));
    CHECK(funnel->kpi(QStringLiteral("post_sales_conversion"))->value == Approx(50.0));
    CHECK(funnel->kpi(QStringLiteral("retention_conversion"))->value == Approx(0.0));
    const ReportTable* table = funnel->table(QStringLiteral("funnel"));
    REQUIRE(table);
    // At start Ann, Cat and Dan; Bob entered; Ann moved on: 1 of 3 + 1.
    CHECK(table->rows.at(0) == QStringList{QStringLiteral("onboarding"), QStringLiteral("3"),
                                           QStringLiteral("3"), QStringLiteral("1"),
                                           QStringLiteral("1"), QStringLiteral("25.0"),
                                           QStringLiteral("2"), QString()});

    auto onboarding = metrics.onboarding(d.period);
    REQUIRE(onboarding);
    CHECK(onboarding->kpi(QStringLiteral("new"))->value == 1);                             // Bob
    CHECK(onboarding->kpi(QStringLiteral("median_days_to_leave"))->value == Approx(32.0)); // Ann
    CHECK(onboarding->kpi(QStringLiteral("median_first_response_hours"))->value ==
          Approx(4.0)); // (2 + 6) / 2
    CHECK(onboarding->kpi(QStringLiteral("on_track"))->value == 1);
    CHECK(onboarding->kpi(QStringLiteral("behind"))->value == 1);
    CHECK(onboarding->kpi(QStringLiteral("stuck"))->value == 1);
    // The Stuck list comes first, and it is Cat.
    REQUIRE(onboarding->tables.front().key == QStringLiteral("stuck"));
    CHECK(onboarding->tables.front().rows ==
          std::vector<QStringList>{{QStringLiteral("Cat"), QStringLiteral("72")}});
    REQUIRE(onboarding->tables.front().rowDrills.size() == 1);
    CHECK(onboarding->tables.front().rowDrills.front().ids == std::vector<qint64>{cat});

    auto flow = metrics.flow(d.period);
    REQUIRE(flow);
    CHECK(flow->kpi(QStringLiteral("moves"))->value == 2);         // Ann and Eve
    CHECK(flow->kpi(QStringLiteral("new_customers"))->value == 1); // Bob
    // Each number opens its customers: the moves Ann and Eve, the new customer Bob.
    const qint64 ann = 1;
    const qint64 eve = 5;
    CHECK(flow->kpi(QStringLiteral("moves"))->drill.ids == std::vector<qint64>{ann, eve});
    CHECK(flow->kpi(QStringLiteral("new_customers"))->drill.ids == std::vector<qint64>{bob});
    CHECK(funnel->kpi(QStringLiteral("onboarding_conversion"))->drill.ids ==
          std::vector<qint64>{ann});
    CHECK(onboarding->kpi(QStringLiteral("behind"))->drill.ids.size() == 1); // Dan
    // The matrix: new → onboarding Bob; onboarding → post-sales Ann; post-sales → retention Eve.
    const ReportTable* matrix = flow->table(QStringLiteral("flow"));
    REQUIRE(matrix);
    CHECK(matrix->rows ==
          std::vector<QStringList>{
              {QStringLiteral("(new)"), QStringLiteral("onboarding"), QStringLiteral("1")},
              {QStringLiteral("onboarding"), QStringLiteral("post_sales"), QStringLiteral("1")},
              {QStringLiteral("post_sales"), QStringLiteral("retention"), QStringLiteral("1")}});
    REQUIRE(matrix->rowDrills.size() == 3);
    CHECK(matrix->rowDrills[1].ids == std::vector<qint64>{ann});
    // Weeks start on Monday: Bob (Mon 2 March) and Ann (Thu 5 March) in the week of 2 March,
    // Eve (Tue 10 March) in the week of 9 March; Sunday 1 March's week is there, empty.
    const ReportTable* weekly = flow->table(QStringLiteral("weekly"));
    REQUIRE(weekly);
    CHECK(weekly->rows == std::vector<QStringList>{
                              {QStringLiteral("2026-02-23"), QStringLiteral("0"),
                               QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")},
                              {QStringLiteral("2026-03-02"), QStringLiteral("1"),
                               QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0")},
                              {QStringLiteral("2026-03-09"), QStringLiteral("0"),
                               QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0")}});
    CHECK(weekly->rowDrills.at(1).ids == std::vector<qint64>{ann, bob});

    SECTION("the health table judges by the saved stage targets (Settings → Targets)")
    {
        // Bob 12 days, Dan 32, Cat 72: with targets 10/40, Bob is behind, Dan behind, Cat stuck.
        REQUIRE(TeamSettings(*d.db).set({QStringLiteral("stage_target.onboarding.behind_days=10"),
                                         QStringLiteral("stage_target.onboarding.stuck_days=40")}));
        auto targeted = metrics.onboarding(d.period);
        REQUIRE(targeted);
        CHECK(targeted->kpi(QStringLiteral("on_track"))->value == 0);
        CHECK(targeted->kpi(QStringLiteral("behind"))->value == 2);
        CHECK(targeted->kpi(QStringLiteral("stuck"))->value == 1);
        const ReportTable* health = targeted->table(QStringLiteral("health"));
        REQUIRE(health);
        CHECK(health->title.contains(QStringLiteral("under 10, 10–40, over 40")));
    }

    SECTION("the report in its three formats")
    {
        const QString text = ReportFormat::table(*funnel);
        CHECK(text.startsWith(QStringLiteral("funnel, 2026-03-01 to 2026-03-15\n")));
        CHECK(text.contains(QStringLiteral("Onboarding → Post-sales  25 %")));
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        REQUIRE(ReportFormat::csv(*funnel, csv));
        CHECK(csv.data().startsWith("kpi,value,unit\r\n"));
        CHECK(csv.data().contains("\r\nonboarding_conversion,25,%\r\n"));
        CHECK(csv.data().contains("\r\nfunnel\r\nstage,customers,at start,entered,moved "
                                  "on,conversion %,open tickets,mean CSAT\r\n"));
        const QJsonObject json = QJsonDocument::fromJson(ReportFormat::json(*funnel)).object();
        CHECK(json.value(QStringLiteral("report")).toString() == QStringLiteral("funnel"));
        CHECK(json.value(QStringLiteral("from")).toString() == QStringLiteral("2026-03-01"));
        bool found = false;
        for (const QJsonValue& k : json.value(QStringLiteral("kpis")).toArray()) {
            if (k.toObject().value(QStringLiteral("key")).toString() ==
                QStringLiteral("onboarding_conversion")) {
                found = true;
                CHECK(k.toObject().value(QStringLiteral("value")).toDouble() == Approx(25.0));
            }
        }
        CHECK(found);
    }
}

TEST_CASE("post-sales, retention, advocacy and at-risk, counted by hand", "[metrics]")
{
    Desk d;
    using S = Stage;
    using K = TouchpointKind;
    auto touch = [&](qint64 customer, K kind, const QDateTime& at,
                     std::optional<int> score = std::nullopt) {
        Touchpoint p;
        p.customerId = customer;
        p.kind = kind;
        p.occurredAt = at;
        p.score = score;
        REQUIRE(TouchpointRepository(*d.db).add(p));
    };
    auto ticket = [&](qint64 customer, const QDateTime& created, Priority priority,
                      Category category, std::optional<int> responseHours,
                      std::optional<int> solveHours, std::optional<int> csat = std::nullopt) {
        Ticket t;
        t.customerId = customer;
        t.subject = QStringLiteral("Question");
        t.createdAt = created;
        t.priority = priority;
        t.category = category;
        t.status = solveHours ? TicketStatus::Solved : TicketStatus::Open;
        if (responseHours)
            t.firstResponseAt = created.addSecs(*responseHours * 3600);
        if (solveHours)
            t.solvedAt = created.addSecs(*solveHours * 3600);
        t.csat = csat;
        auto id = TicketRepository(*d.db).add(t, d.clock.now());
        REQUIRE(id);
        return *id;
    };
    auto breach = [&](qint64 ticketId, const char* column, const QDateTime& at) {
        const QByteArray sql = QByteArray("UPDATE ticket SET ") + column + " = " +
                               QByteArray::number(at.toSecsSinceEpoch()) +
                               " WHERE id = " + QByteArray::number(ticketId);
        d.db->execute(sql.constData());
    };

    // Post-sales: Jon since 1 February.
    const qint64 jon =
        d.customer("Jon", {{S::Onboarding, noonUtc(1, 1)}, {S::PostSales, noonUtc(2, 1)}});
    // 2 March: answered after 10 h, its 8 h first-response target breached at 20:00.
    const qint64 late =
        ticket(jon, noonUtc(3, 2), Priority::Normal, Category::Other, 10, std::nullopt);
    breach(late, "first_response_breached_at", noonUtc(3, 2).addSecs(8 * 3600));
    // 5 March: a setup question answered after 2 h and solved after 24 h.
    const qint64 setup = ticket(jon, noonUtc(3, 5), Priority::Normal, Category::Setup, 2, 24);
    // 10 February (before the period): its resolution target breached on 3 March.
    const qint64 old =
        ticket(jon, noonUtc(2, 10), Priority::Low, Category::Billing, 1, std::nullopt);
    breach(old, "resolution_breached_at", noonUtc(3, 3));

    // Retention: Fay reviewed on 1 February, surveyed 10 on 2 March, no advocacy yet.
    const qint64 fay =
        d.customer("Fay", {{S::Onboarding, noonUtc(10, 1, 2025)}, {S::Retention, noonUtc(1, 1)}});
    touch(fay, K::SuccessReview, noonUtc(2, 1));
    touch(fay, K::Survey, noonUtc(3, 2), 10);
    // Gus: last reviewed 1 November 2025 and silent since; surveyed 8.
    const qint64 gus = d.customer(
        "Gus", {{S::Onboarding, noonUtc(6, 1, 2025)}, {S::Retention, noonUtc(12, 1, 2025)}});
    touch(gus, K::Survey, noonUtc(10, 20, 2025), 8);
    touch(gus, K::SuccessReview, noonUtc(11, 1, 2025));
    // Ivy: never reviewed; surveyed 9 on 10 March and referred someone on 11 March.
    const qint64 ivy =
        d.customer("Ivy", {{S::Onboarding, noonUtc(9, 1, 2025)}, {S::Retention, noonUtc(1, 1)}});
    touch(ivy, K::Survey, noonUtc(3, 10), 9);
    touch(ivy, K::Referral, noonUtc(3, 11));
    // Advocacy: Hal since 1 February, a testimonial on 5 March, three tickets in March, one
    // rated 2.
    const qint64 hal =
        d.customer("Hal", {{S::Onboarding, noonUtc(6, 1, 2025)}, {S::Advocacy, noonUtc(2, 1)}});
    touch(hal, K::Testimonial, noonUtc(3, 5));
    ticket(hal, noonUtc(3, 6), Priority::Normal, Category::Usage, 1, 2, 2);
    ticket(hal, noonUtc(3, 7), Priority::Normal, Category::Usage, 1, 2);
    ticket(hal, noonUtc(3, 8), Priority::Normal, Category::Usage, 1, 2);

    DashboardMetrics metrics(*d.db, d.clock);
    auto postSales = metrics.postSales(d.period);
    REQUIRE(postSales);
    CHECK(postSales->kpi(QStringLiteral("tickets"))->value == 2); // 2 and 5 March
    CHECK(postSales->kpi(QStringLiteral("tickets"))->drill.ids == std::vector<qint64>{late, setup});
    CHECK(postSales->kpi(QStringLiteral("median_first_response_hours"))->value ==
          Approx(6.0)); // (10 + 2) / 2
    CHECK(postSales->kpi(QStringLiteral("median_resolution_hours"))->value ==
          Approx(24.0));                                               // the setup one
    CHECK(postSales->kpi(QStringLiteral("sla_breaches"))->value == 2); // 2 and 3 March
    CHECK(postSales->kpi(QStringLiteral("sla_breaches"))->drill.ids ==
          std::vector<qint64>{late, old});
    CHECK(postSales->kpi(QStringLiteral("setup_usage_share"))->value == Approx(50.0)); // 1 of 2
    // Jon has been in post-sales 42 days: on track (under 90).
    CHECK(postSales->kpi(QStringLiteral("on_track"))->value == 1);

    auto retention = metrics.retention(d.period);
    REQUIRE(retention);
    CHECK(retention->kpi(QStringLiteral("customers"))->value == 3);
    // No success review in the 90 days before 15 March: Gus (1 November) and Ivy (never).
    CHECK(retention->kpi(QStringLiteral("overdue_reviews"))->drill.ids ==
          std::vector<qint64>{gus, ivy});
    // Touchpoints of retention customers in 1–15 March: Fay's and Ivy's surveys, Ivy's referral.
    const ReportTable* mix = retention->table(QStringLiteral("touchpoints"));
    REQUIRE(mix);
    CHECK(mix->rows == std::vector<QStringList>{{QStringLiteral("survey"), QStringLiteral("2")},
                                                {QStringLiteral("referral"), QStringLiteral("1")}});
    // Each row opens the customers who had that kind of touchpoint: found when asked.
    REQUIRE(mix->rowDrills.size() == 2);
    CHECK(mix->rowDrills[0].deferred());
    CHECK(metrics.customersFor(mix->rowDrills[0]).value() ==
          std::vector<qint64>{fay, ivy});                                               // surveys
    CHECK(metrics.customersFor(mix->rowDrills[1]).value() == std::vector<qint64>{ivy}); // referral
    CHECK(metrics.customersFor(retention->kpi(QStringLiteral("self_service_share"))->drill)
              .value()
              .empty());
    // Days since the last touch: Fay 13, Ivy 4 (on track); Gus 134 (stuck, over 90).
    CHECK(retention->kpi(QStringLiteral("on_track"))->value == 2);
    CHECK(retention->kpi(QStringLiteral("stuck"))->drill.ids == std::vector<qint64>{gus});

    auto advocacy = metrics.advocacy(d.period);
    REQUIRE(advocacy);
    // A survey of 9 or more and no advocacy touchpoint: Fay (10); not Ivy (referral), not Gus (8).
    CHECK(advocacy->kpi(QStringLiteral("candidates"))->drill.ids == std::vector<qint64>{fay});
    // Advocacy touchpoints of retention and advocacy customers: Ivy's referral, Hal's testimonial.
    CHECK(advocacy->kpi(QStringLiteral("advocacy_touchpoints"))->value == 2);
    CHECK(metrics.customersFor(advocacy->kpi(QStringLiteral("advocacy_touchpoints"))->drill)
              .value() == std::vector<qint64>{ivy, hal});
    CHECK(advocacy->kpi(QStringLiteral("advocates"))->value == 1);

    auto atRisk = metrics.atRisk(d.period);
    REQUIRE(atRisk);
    // Gus: silent since 1 November. Hal: three tickets in 30 days and a CSAT of 2.
    CHECK(atRisk->kpi(QStringLiteral("at_risk"))->drill.ids == std::vector<qint64>{gus, hal});
    const ReportTable* risks = atRisk->table(QStringLiteral("at_risk"));
    REQUIRE(risks);
    REQUIRE(risks->rows.size() == 2);
    CHECK(risks->rows[0] ==
          QStringList{QStringLiteral("Gus (Retention)"), QStringLiteral("silent for 60 days")});
    CHECK(risks->rows[1] == QStringList{QStringLiteral("Hal (Advocacy)"),
                                        QStringLiteral("3 tickets in 30 days; CSAT below 3")});
}

TEST_CASE("every report runs on an empty file and names its period", "[metrics]")
{
    Desk d;
    DashboardMetrics metrics(*d.db, d.clock);
    for (const QString& name : DashboardMetrics::names()) {
        INFO(name.toStdString());
        auto report = metrics.report(name, d.period);
        REQUIRE(report);
        CHECK(report->name == name);
        CHECK_FALSE(report->kpis.empty());
    }
    CHECK_FALSE(metrics.report(QStringLiteral("revenue"), d.period));
}
