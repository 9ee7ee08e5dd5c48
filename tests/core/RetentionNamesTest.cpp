// The retention and at-risk dashboards on a handful of customers whose every figure is worked
// out by hand: the retention members (count, overdue reviews, health bands) and the names of
// the three lists the dashboards show (at risk, overdue reviews, stuck), with the namesake rule
// of SharedNames.h: a name another customer has too, ASCII letters folded, whatever that
// customer's stage or status, reads "Acme (customer 12)". Both dashboards read the members
// once and find the shared names in one pass (docs/PERFORMANCE.md, "Step 10, eighth round");
// the figures here are those of the reads they replaced. Runs on both backends.
#include "domain/Customer.h"
#include "domain/Names.h"
#include "domain/Ticket.h"
#include "domain/Touchpoint.h"
#include "metrics/DashboardMetrics.h"
#include "storage/CustomerRepository.h"
#include "storage/MetricsRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TouchpointRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace fd;

namespace {

QDateTime noonUtc(int month, int day, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
}

struct Desk {
    test::Scratch scratch;
    std::unique_ptr<Database> db = test::openDatabase(scratch.file(QStringLiteral("names.sqlite")));
    FixedClock clock{test::testNow()}; // 2026-03-15 10:00 local
    Period period{QDateTime(QDate(2026, 3, 1), QTime(0, 0)).toUTC(),
                  QDateTime(QDate(2026, 3, 16), QTime(0, 0)).toUTC()};

    qint64 customer(const char* name, Stage stage, const QDateTime& entered,
                    CustomerStatus status = CustomerStatus::Active)
    {
        Customer c = test::customerNamed(QString::fromUtf8(name));
        c.stage = stage;
        c.stageEnteredAt = entered;
        c.status = status;
        return CustomerRepository(*db).insert(c);
    }
    void touch(qint64 customer, TouchpointKind kind, const QDateTime& at)
    {
        Touchpoint p;
        p.customerId = customer;
        p.kind = kind;
        p.occurredAt = at;
        REQUIRE(TouchpointRepository(*db).add(p));
    }
    void ticket(qint64 customer, const QDateTime& created)
    {
        Ticket t;
        t.customerId = customer;
        t.subject = QStringLiteral("Question");
        t.createdAt = created;
        t.status = TicketStatus::Open;
        REQUIRE(TicketRepository(*db).add(t, clock.now()));
    }
};

std::vector<qint64> sorted(std::vector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

TEST_CASE("retention and at-risk read their members once and name namesakes apart, counted by hand",
          "[metrics][names]")
{
    Desk d;
    using S = Stage;
    using K = TouchpointKind;
    // Acme: in retention since 1 December, never touched nor reviewed: stuck 103 days (the clock is
    // 09:00 UTC), overdue,
    // silent. Its namesake ACME is churned, and still a namesake.
    const qint64 acme = d.customer("Acme", S::Retention, noonUtc(12, 1, 2025));
    d.customer("ACME", S::PostSales, noonUtc(6, 1, 2025), CustomerStatus::Churned);
    // Café: reviewed on 1 March, three tickets in March (a surge). CAFÉ in advocacy is not its
    // namesake (É is not an ASCII letter, so it is not folded), silent since 1 November.
    const qint64 cafe = d.customer("Café", S::Retention, noonUtc(1, 1));
    d.touch(cafe, K::SuccessReview, noonUtc(3, 1));
    for (const int day : {5, 6, 7})
        d.ticket(cafe, noonUtc(3, day));
    const qint64 cafeCaps = d.customer("CAFÉ", S::Advocacy, noonUtc(6, 1, 2025));
    d.touch(cafeCaps, K::Testimonial, noonUtc(11, 1, 2025));
    // Zed: reviewed on 10 March, nothing wrong. Its namesake zed is in onboarding.
    const qint64 zed = d.customer("Zed", S::Retention, noonUtc(1, 1));
    d.touch(zed, K::SuccessReview, noonUtc(3, 10));
    d.customer("zed", S::Onboarding, noonUtc(3, 1));
    // Bo and bO, namesakes of each other, both in retention: Bo last reviewed 1 October and
    // touched 1 January (72 days: behind), bO touched 1 November (133 days: stuck), never reviewed.
    const qint64 bo = d.customer("Bo", S::Retention, noonUtc(9, 1, 2025));
    d.touch(bo, K::SuccessReview, noonUtc(10, 1, 2025));
    d.touch(bo, K::Email, noonUtc(1, 1));
    const qint64 bO = d.customer("bO", S::Retention, noonUtc(9, 1, 2025));
    d.touch(bO, K::Email, noonUtc(11, 1, 2025));
    // Ivy: no namesake, in retention since 1 June, never touched: stuck 286 days.
    const qint64 ivy = d.customer("Ivy", S::Retention, noonUtc(6, 1, 2025));
    const auto apart = [](qint64 id, const char* name) {
        return Names::customerAtStart(id, QString::fromUtf8(name));
    };

    DashboardMetrics metrics(*d.db, d.clock);
    auto retention = metrics.retentionDashboard(d.period);
    REQUIRE(retention);
    const Report report = toReport(*retention);
    CHECK(report.kpi(QStringLiteral("customers"))->value == 6); // Acme, Café, Zed, Bo, bO, Ivy
    // No review in the 90 days before 15 March: Acme, Bo (1 October), bO, Ivy.
    CHECK(report.kpi(QStringLiteral("overdue_reviews"))->drill.ids == sorted({acme, bo, bO, ivy}));
    REQUIRE(retention->overdueReviews.size() == 4);
    std::vector<QString> reviewNames;
    for (const NamedCustomer& c : retention->overdueReviews)
        reviewNames.push_back(c.name);
    std::vector<QString> expectedReviews;
    for (const qint64 id : sorted({acme, bo, bO, ivy}))
        expectedReviews.push_back(id == acme ? apart(acme, "Acme")
                                  : id == bo ? apart(bo, "Bo")
                                  : id == bO ? apart(bO, "bO")
                                             : QStringLiteral("Ivy"));
    CHECK(reviewNames == expectedReviews);
    // By days since the last touch: Café (tickets in March) and Zed on track, Bo behind,
    // Ivy (286 days in the stage), bO (133) and Acme (103) stuck, longest first.
    CHECK(retention->health.bands[0].drill.ids == sorted({cafe, zed}));
    CHECK(retention->health.bands[1].drill.ids == std::vector<qint64>{bo});
    REQUIRE(retention->health.stuck.size() == 3);
    CHECK(retention->health.stuck[0].id == ivy);
    CHECK(retention->health.stuck[0].name == QStringLiteral("Ivy"));
    CHECK(retention->health.stuck[1].id == bO);
    CHECK(retention->health.stuck[1].name == apart(bO, "bO"));
    CHECK(retention->health.stuck[2].id == acme);
    CHECK(retention->health.stuck[2].days == 103);
    CHECK(retention->health.stuck[2].name == apart(acme, "Acme"));

    // At risk: every retention customer but Zed, and CAFÉ in advocacy (silent), in id order.
    const std::vector<qint64> atRisk = sorted({acme, cafe, cafeCaps, bo, bO, ivy});
    CHECK(report.kpi(QStringLiteral("at_risk"))->drill.ids == atRisk);
    auto risks = metrics.atRiskDashboard(d.period);
    REQUIRE(risks);
    for (const auto* list : {&retention->atRisk, &risks->customers}) {
        REQUIRE(list->size() == atRisk.size());
        for (std::size_t i = 0; i < atRisk.size(); ++i) {
            const AtRiskCustomer& c = (*list)[i];
            INFO("customer " << c.id);
            CHECK(c.id == atRisk[i]);
            if (c.id == acme)
                CHECK(c.name == apart(acme, "Acme"));
            else if (c.id == bo)
                CHECK(c.name == apart(bo, "Bo"));
            else if (c.id == bO)
                CHECK(c.name == apart(bO, "bO"));
            else if (c.id == cafe)
                CHECK((c.name == QStringLiteral("Café") &&
                       c.reasons == QStringList{QStringLiteral("3 tickets in 30 days")}));
            else if (c.id == cafeCaps)
                CHECK((c.name == QStringLiteral("CAFÉ") && c.stage == S::Advocacy));
            else
                CHECK(c.name == QStringLiteral("Ivy"));
        }
    }
    CHECK(risks->kpis.at(0).drill.ids == atRisk);
}

TEST_CASE("a long list's names are told apart as a short list's are", "[metrics][names]")
{
    Desk d;
    // Namesakes by case, by stage and status, a non-ASCII near-namesake, and names alone.
    const char* names[] = {"Acme", "ACME",    "acme", "Café", "CAFÉ",
                           "Ivy",  "Ivy Two", "Zoë",  "ZOË",  "zoë"};
    std::vector<qint64> ids;
    for (std::size_t i = 0; i < std::size(names); ++i)
        ids.push_back(d.customer(names[i], static_cast<Stage>(i % 4), noonUtc(1, 1),
                                 i % 3 == 1 ? CustomerStatus::Churned : CustomerStatus::Active));
    MetricsRepository repo(*d.db);
    const auto many = repo.namesApartOfMany(ids);
    REQUIRE(many);
    CHECK(many->size() == ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        INFO(names[i]);
        const auto one = repo.namesApart(std::span(ids).subspan(i, 1));
        REQUIRE(one);
        CHECK(many->at(ids[i]) == one->at(ids[i]));
    }
    // Acme ×3 and Zoë/zoë (ë is not folded: ZOË stands alone) are shared; the rest are not.
    CHECK(many->at(ids[1]) == Names::customerAtStart(ids[1], QStringLiteral("ACME")));
    CHECK(many->at(ids[3]) == QStringLiteral("Café"));
    CHECK(many->at(ids[5]) == QStringLiteral("Ivy"));
    CHECK(many->at(ids[7]) == Names::customerAtStart(ids[7], QString::fromUtf8("Zoë")));
    CHECK(many->at(ids[8]) == QString::fromUtf8("ZOË"));
    // A list of one customer, an unknown id and none.
    CHECK(repo.namesApartOfMany(std::vector<qint64>{ids[5], 999999})->size() == 1);
    CHECK(repo.namesApartOfMany({})->empty());
}
