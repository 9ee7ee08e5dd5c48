// Time series keep their empty periods (issue 15, hostile tester #6: "Tickets by week"
// skipped the weeks with no tickets, so the axis misled): every week of the period is a
// row, the empty ones with 0, in the post-sales ticket volume and in the flow trend.
#include "domain/Customer.h"
#include "domain/StageTransition.h"
#include "domain/Ticket.h"
#include "metrics/DashboardMetrics.h"
#include "storage/CustomerRepository.h"
#include "storage/StageTransitionRepository.h"
#include "storage/TicketRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

QDateTime noonLocal(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(12, 0)).toUTC();
}

// February 2026 (before the tests' "now", 15 March), local days: Sunday 1 to Saturday 28.
// Its weeks start on the Mondays 26 January (holding 1 February), 2, 9, 16 and 23 February.
const QStringList kFebruaryWeeks{QStringLiteral("2026-01-26"), QStringLiteral("2026-02-02"),
                                 QStringLiteral("2026-02-09"), QStringLiteral("2026-02-16"),
                                 QStringLiteral("2026-02-23")};

Period february()
{
    return {QDateTime(QDate(2026, 2, 1), QTime(0, 0)).toUTC(),
            QDateTime(QDate(2026, 3, 1), QTime(0, 0)).toUTC()};
}

// A post-sales customer who entered onboarding on `entered` and post-sales on `moved`.
qint64 postSalesCustomer(Database& db, const QDateTime& entered, const QDateTime& moved)
{
    Customer c;
    c.name = QStringLiteral("Weekly Co");
    c.since = entered.toLocalTime().date();
    c.stage = Stage::PostSales;
    c.stageEnteredAt = moved;
    const qint64 id = CustomerRepository(db).insert(c);
    std::optional<Stage> from;
    for (const auto& [stage, at] :
         {std::pair{Stage::Onboarding, entered}, std::pair{Stage::PostSales, moved}}) {
        StageTransition t;
        t.customerId = id;
        t.from = from;
        t.to = stage;
        t.at = at;
        t.actor = QStringLiteral("test");
        t.reason = QStringLiteral("test");
        StageTransitionRepository(db).insert(t);
        from = stage;
    }
    return id;
}

QStringList column(const ReportTable& table, int c)
{
    QStringList values;
    for (const QStringList& row : table.rows)
        values << row.value(c);
    return values;
}

} // namespace

TEST_CASE("every week of the period is in a weekly series, the empty ones with 0",
          "[metrics][weeks]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("w.sqlite")));
    const FixedClock clock{test::testNow()};
    // Moves on Tue 3 February (the customer enters) and Wed 25 February (on to post-sales);
    // tickets on the same two days: weeks 2 and 5 of five hold something, three are empty.
    const qint64 customer = postSalesCustomer(*db, noonLocal(2, 3), noonLocal(2, 25));
    for (const QDateTime& at : {noonLocal(2, 3), noonLocal(2, 25)}) {
        Ticket t;
        t.customerId = customer;
        t.subject = QStringLiteral("Question");
        t.createdAt = at;
        t.status = TicketStatus::Open;
        REQUIRE(TicketRepository(*db).add(t, clock.now()));
    }
    DashboardMetrics metrics(*db, clock);

    SECTION("post-sales: tickets by week")
    {
        const auto report = metrics.postSales(february());
        REQUIRE(report);
        const ReportTable* weekly = report->table(QStringLiteral("weekly"));
        REQUIRE(weekly);
        CHECK(column(*weekly, 0) == kFebruaryWeeks);
        CHECK(column(*weekly, 1) == QStringList{QStringLiteral("0"), QStringLiteral("1"),
                                                QStringLiteral("0"), QStringLiteral("0"),
                                                QStringLiteral("1")});
        // An empty week opens an empty list; the others their ticket.
        REQUIRE(weekly->rowDrills.size() == 5);
        CHECK(weekly->rowDrills[0].ids.empty());
        CHECK(weekly->rowDrills[0].kind == DrillDown::Kind::Tickets);
        CHECK(weekly->rowDrills[1].ids.size() == 1);
    }
    SECTION("flow: moves into each stage by week")
    {
        const auto report = metrics.flow(february());
        REQUIRE(report);
        const ReportTable* weekly = report->table(QStringLiteral("weekly"));
        REQUIRE(weekly);
        CHECK(column(*weekly, 0) == kFebruaryWeeks);
        CHECK(column(*weekly, 1) == QStringList{QStringLiteral("0"), QStringLiteral("1"),
                                                QStringLiteral("0"), QStringLiteral("0"),
                                                QStringLiteral("0")});
        CHECK(column(*weekly, 2) == QStringList{QStringLiteral("0"), QStringLiteral("0"),
                                                QStringLiteral("0"), QStringLiteral("0"),
                                                QStringLiteral("1")});
    }
    SECTION("a period inside one week has that one week, empty")
    {
        const Period wednesday{QDateTime(QDate(2026, 2, 11), QTime(0, 0)).toUTC(),
                               QDateTime(QDate(2026, 2, 12), QTime(0, 0)).toUTC()};
        const auto report = metrics.postSales(wednesday);
        REQUIRE(report);
        const ReportTable* weekly = report->table(QStringLiteral("weekly"));
        REQUIRE(weekly);
        CHECK(weekly->rows ==
              std::vector<QStringList>{{QStringLiteral("2026-02-09"), QStringLiteral("0")}});
    }
}
