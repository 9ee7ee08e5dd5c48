// Issue 15 (hostile tester, final round): the funnel table said "2 / 0 / 0 / 0.0" — the
// conversion's whole was not shown, and the table wrote "0.0" where the KPI tile wrote
// "0 %". The table now shows "at start" beside "entered" (moved on of those), and a
// percentage reads the same in every table cell and tile (metrics/CellText.h percentText):
// "0 %", "12.5 %", "—" when there is no whole to count from.
#include "common/Clock.h"
#include "demo/Generator.h"
#include "metrics/CellText.h"
#include "metrics/DashboardMetrics.h"
#include "metrics/ReportFormat.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

// Each funnel row's conversion in words, beside its KPI tile's value in words.
void checkAgreement(const Report& funnel)
{
    const ReportTable* table = funnel.table(QStringLiteral("funnel"));
    REQUIRE(table);
    const auto at = [&](const char* column) {
        return static_cast<int>(table->columns.indexOf(DashboardMetrics::tr(column)));
    };
    const int atStart = at("at start");
    const int entered = at("entered");
    const int movedOn = at("moved on");
    const int conversion = at("conversion %");
    REQUIRE(atStart > 0);
    REQUIRE(conversion > movedOn);
    CHECK(headerWords(*table, conversion) == QStringLiteral("Conversion")); // its cells say "%"
    for (const QStringList& row : table->rows) {
        INFO(row.join(QLatin1Char('|')).toStdString());
        const Kpi* kpi = funnel.kpi(row.at(0) + QStringLiteral("_conversion"));
        const QString words = cellWords(table->cellKind(conversion), row.value(conversion));
        if (!kpi || !kpi->value) {
            CHECK(words == noValueText());
            continue;
        }
        CHECK(words == percentText(*kpi->value));
        CHECK(words.endsWith(QStringLiteral(" %")));
        // The whole it is a share of is in the row: moved on of (at start + entered).
        const double whole = row.value(atStart).toDouble() + row.value(entered).toDouble();
        REQUIRE(whole > 0);
        CHECK(*kpi->value == Approx(100.0 * row.value(movedOn).toDouble() / whole));
    }
}

} // namespace

TEST_CASE("A funnel conversion reads as its tile does, with its whole in the row",
          "[metrics][words][percent]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("p.sqlite")));
    const FixedClock clock(test::testNow());
    GeneratorOptions options;
    options.customers = 200;
    options.tickets = 300;
    options.touchpoints = 400;
    REQUIRE(Generator::run(*db, options, clock));
    auto funnel = DashboardMetrics(*db, clock).funnel(Period::lastDays(clock.now(), 30));
    REQUIRE(funnel);
    checkAgreement(*funnel);
    const QString text = ReportFormat::table(*funnel);
    CHECK(text.contains(QStringLiteral(" %")));
    CHECK_FALSE(text.contains(QStringLiteral(".0 ")));
}

TEST_CASE("A conversion with nothing to count from is no value, not 0 %",
          "[metrics][words][percent]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("empty.sqlite")));
    const FixedClock clock(test::testNow());
    auto funnel = DashboardMetrics(*db, clock).funnel(Period::lastDays(clock.now(), 30));
    REQUIRE(funnel);
    checkAgreement(*funnel);
    for (const Kpi& kpi : funnel->kpis) {
        if (kpi.key.endsWith(QStringLiteral("_conversion")))
            CHECK_FALSE(kpi.value);
    }
}

TEST_CASE("A percentage is said with one decimal only when it has one", "[metrics][words][percent]")
{
    CHECK(percentText(0.0) == QStringLiteral("0 %"));
    CHECK(percentText(25.0) == QStringLiteral("25 %"));
    CHECK(percentText(12.5) == QStringLiteral("12.5 %"));
    CHECK(percentText(100.0 / 3.0) == QStringLiteral("33.3 %"));
    CHECK(percentText(99.96) == QStringLiteral("100 %")); // as the table's "100.0" says it
    CHECK(cellWords(CellKind::Percent, QStringLiteral("100.0")) == percentText(99.96));
    CHECK(cellWords(CellKind::Percent, QString()) == noValueText());
}
