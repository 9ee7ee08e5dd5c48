// The dashboards' typed results (metrics/Dashboards.h, issue 16) agree with the Report
// tables made from them, on generated data: the window's charts read the typed values, CSV,
// JSON and the tables read the Report, so the two must say the same. Each cell is looked up
// under the header it must have, and each table's columns are checked in order, so a column
// that moved, or a cell written under the wrong header, fails here.
#include "demo/Generator.h"
#include "metrics/DashboardMetrics.h"
#include "success/HealthEngine.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>
#include <QDate>

#include <algorithm>

using namespace fd;

namespace {

GeneratorOptions typedOptions()
{
    GeneratorOptions options;
    options.customers = 400;
    options.tickets = 3000;
    options.touchpoints = 9000;
    options.days = 400;
    options.seed = 11;
    return options;
}

struct Generated {
    test::Scratch scratch;
    std::unique_ptr<Database> db = test::openDatabase(scratch.file(QStringLiteral("typed.sqlite")));
    FixedClock clock{test::testNow()};
    // 90 days, a period long enough for every kind of row.
    Period period = Period::lastDays(test::testNow(), 90);

    Generated() { REQUIRE(Generator::run(*db, typedOptions(), clock)); }
};

// The table `key` of `report`, which must be there with exactly `columns`, in this order.
const ReportTable& tableOf(const Report& report, const char* key, const QStringList& columns)
{
    INFO("table " << key);
    const ReportTable* t = report.table(QString::fromLatin1(key));
    REQUIRE(t);
    REQUIRE(t->columns == columns);
    REQUIRE(t->rowDrills.size() == t->rows.size());
    return *t;
}

// The cell of row `row` under the header `column`.
QString cell(const ReportTable& t, std::size_t row, const QString& column)
{
    const qsizetype at = t.columns.indexOf(column);
    REQUIRE(at >= 0);
    REQUIRE(row < t.rows.size());
    REQUIRE(at < t.rows[row].size());
    return t.rows[row].at(at);
}

QString tr(const char* words)
{
    return DashboardMetrics::tr(words);
}

QString n(qint64 value)
{
    return QString::number(value);
}

QString decimals(std::optional<double> value, int places)
{
    return value ? QString::number(*value, 'f', places) : QString();
}

bool sameList(const DrillDown& a, const DrillDown& b)
{
    return a.kind == b.kind && a.stage == b.stage && a.listed == b.listed && a.ids == b.ids &&
           a.touchKinds == b.touchKinds && a.touchStages == b.touchStages &&
           a.touchFrom == b.touchFrom && a.touchTo == b.touchTo && a.band == b.band;
}

// A stage's health scores (issue 18): the band table and the drops agree with the typed
// values, each band's customers (found when opened) are as many as its count, each in the
// stage's health table once, and the KPI of At risk is the band's.
void checkScores(DashboardMetrics& metrics, Stage stage, const Health& health, const Report& report,
                 const ScoreHealth& scores, const std::vector<Kpi>& kpis)
{
    const ReportTable& bands = tableOf(report, "score_bands", {tr("band"), tr("customers")});
    REQUIRE(bands.rows.size() == 3);
    const char* keys[] = {"healthy", "watch", "at_risk"};
    std::vector<qint64> everyBand;
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(cell(bands, i, tr("band")) == QLatin1String(keys[i]));
        CHECK(cell(bands, i, tr("customers")) == n(scores.bands[i].customers));
        const DrillDown& drill = scores.bands[i].drill;
        CHECK(drill.deferred());
        CHECK(drill.stage == stage);
        CHECK(drill.band == scores.bands[i].band);
        auto ids = metrics.customersFor(drill);
        REQUIRE(ids);
        CHECK(static_cast<qint64>(ids->size()) == scores.bands[i].customers);
        CHECK(std::is_sorted(ids->begin(), ids->end()));
        everyBand.insert(everyBand.end(), ids->begin(), ids->end());
        CHECK(sameList(bands.rowDrills[i], drill));
    }
    std::sort(everyBand.begin(), everyBand.end());
    CHECK(std::adjacent_find(everyBand.begin(), everyBand.end()) == everyBand.end());
    std::vector<qint64> active; // the stage's active customers: its clock bands, listed
    for (const HealthBand& band : health.bands)
        active.insert(active.end(), band.drill.ids.begin(), band.drill.ids.end());
    std::sort(active.begin(), active.end());
    CHECK_FALSE(everyBand.empty());
    CHECK(std::includes(active.begin(), active.end(), everyBand.begin(), everyBand.end()));
    const auto atRisk = std::find_if(kpis.begin(), kpis.end(), [](const Kpi& k) {
        return k.key == QLatin1String("at_risk_score");
    });
    REQUIRE(atRisk != kpis.end());
    CHECK(atRisk->value == static_cast<double>(scores.bands[2].customers));
    const ReportTable& drops = tableOf(
        report, "band_drops", {tr("customer"), tr("day"), tr("from"), tr("to"), tr("score")});
    REQUIRE(drops.rows.size() == scores.drops.size());
    for (std::size_t i = 0; i < scores.drops.size(); ++i) {
        CHECK(cell(drops, i, tr("customer")) == scores.drops[i].name);
        CHECK(cell(drops, i, tr("score")) == n(scores.drops[i].score));
        CHECK(drops.rowDrills[i].ids == std::vector<qint64>{scores.drops[i].id});
    }
}

void checkHealth(const Report& report, const Health& health, const std::vector<Kpi>& kpis)
{
    const ReportTable& split = tableOf(report, "health", {tr("state"), tr("customers")});
    REQUIRE(split.rows.size() == 3);
    CHECK(split.title == health.title);
    const char* keys[] = {"on_track", "behind", "stuck"};
    qint64 all = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        const HealthBand& band = health.bands[i];
        CHECK(band.state == static_cast<HealthState>(i));
        CHECK(cell(split, i, tr("state")) == band.label);
        CHECK(cell(split, i, tr("customers")) == n(band.customers));
        CHECK(sameList(split.rowDrills[i], band.drill));
        CHECK(static_cast<qint64>(band.drill.ids.size()) == band.customers);
        const auto kpi = std::find_if(kpis.begin(), kpis.end(), [&](const Kpi& k) {
            return k.key == QLatin1String(keys[i]);
        });
        REQUIRE(kpi != kpis.end());
        CHECK(kpi->value == static_cast<double>(band.customers));
        all += band.customers;
    }
    CHECK(health.stuckTotal == health.bands[2].customers);
    const ReportTable& stuck = tableOf(report, "stuck", {tr("customer"), health.measure});
    REQUIRE(stuck.rows.size() == health.stuck.size());
    for (std::size_t i = 0; i < health.stuck.size(); ++i) {
        CHECK(cell(stuck, i, tr("customer")) == health.stuck[i].name);
        CHECK(cell(stuck, i, health.measure) == n(health.stuck[i].days));
        CHECK(stuck.rowDrills[i].ids == std::vector<qint64>{health.stuck[i].id});
        if (i > 0)
            CHECK(health.stuck[i - 1].days >= health.stuck[i].days); // longest first
    }
    CHECK(all > 0); // the generated data has customers in every stage
}

template <typename K>
void checkMix(const Report& report, const Mix<K>& mix, const QString& keyColumn)
{
    const ReportTable& t =
        tableOf(report, mix.key.toLatin1().constData(), {keyColumn, mix.counted});
    CHECK(t.title == mix.title);
    REQUIRE(t.rows.size() == mix.slices.size());
    for (std::size_t i = 0; i < mix.slices.size(); ++i) {
        CHECK(cell(t, i, keyColumn) == toString(mix.slices[i].key));
        CHECK(cell(t, i, mix.counted) == n(mix.slices[i].count));
        CHECK(sameList(t.rowDrills[i], mix.slices[i].drill));
    }
}

} // namespace

TEST_CASE("typed funnel and flow values agree with their report tables", "[metrics][typed]")
{
    Generated g;
    DashboardMetrics metrics(*g.db, g.clock);

    auto funnel = metrics.funnelDashboard(g.period);
    REQUIRE(funnel);
    const Report fr = toReport(*funnel);
    CHECK(fr.name == QLatin1String("funnel"));
    const ReportTable& ft =
        tableOf(fr, "funnel",
                {tr("stage"), tr("customers"), tr("at start"), tr("entered"), tr("moved on"),
                 tr("conversion %"), tr("open tickets"), tr("mean CSAT")});
    REQUIRE(funnel->funnel.stages.size() == enumCount<Stage>());
    REQUIRE(ft.rows.size() == funnel->funnel.stages.size());
    qint64 customers = 0;
    for (std::size_t i = 0; i < ft.rows.size(); ++i) {
        const FunnelStage& s = funnel->funnel.stages[i];
        INFO("stage " << toString(s.stage).toStdString());
        CHECK(s.stage == static_cast<Stage>(i));
        CHECK(cell(ft, i, tr("stage")) == toString(s.stage));
        CHECK(cell(ft, i, tr("customers")) == n(s.customers));
        CHECK(cell(ft, i, tr("at start")) == n(s.atStart));
        CHECK(cell(ft, i, tr("entered")) == n(s.entered));
        CHECK(cell(ft, i, tr("moved on")) == n(s.movedOn));
        CHECK(cell(ft, i, tr("conversion %")) == decimals(s.movedOnPct, 1));
        CHECK(cell(ft, i, tr("open tickets")) == n(s.openTickets));
        CHECK(cell(ft, i, tr("mean CSAT")) == decimals(s.meanCsat, 2));
        CHECK(sameList(ft.rowDrills[i], s.drill));
        CHECK(s.drill.stage == s.stage);
        // The conversion is what moved on of those who could: none for the last stage.
        if (i + 1 < ft.rows.size() && s.atStart + s.entered > 0)
            CHECK(*s.movedOnPct == Approx(100.0 * static_cast<double>(s.movedOn) /
                                          static_cast<double>(s.atStart + s.entered)));
        else
            CHECK_FALSE(s.movedOnPct);
        customers += s.customers;
    }
    CHECK(customers > 0);

    auto flow = metrics.flowDashboard(g.period);
    REQUIRE(flow);
    const Report wr = toReport(*flow);
    const ReportTable& cells = tableOf(wr, "flow", {tr("from"), tr("to"), tr("customers")});
    REQUIRE_FALSE(flow->flow.cells.empty());
    REQUIRE(cells.rows.size() == flow->flow.cells.size());
    bool entries = false;
    for (std::size_t i = 0; i < cells.rows.size(); ++i) {
        const FlowCell& c = flow->flow.cells[i];
        entries = entries || !c.from;
        CHECK(cell(cells, i, tr("from")) ==
              (c.from ? toString(*c.from) : DashboardMetrics::enteredCell()));
        CHECK(cell(cells, i, tr("to")) == toString(c.to));
        CHECK(cell(cells, i, tr("customers")) == n(c.customers));
        CHECK(sameList(cells.rowDrills[i], c.drill));
    }
    CHECK(entries); // new customers in 90 days of a generated desk

    // The weekly trend: a column per stage, headed by its key.
    QStringList weekColumns{tr("week")};
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i)
        weekColumns << toString(static_cast<Stage>(i));
    const ReportTable& weeks = tableOf(wr, "weekly", weekColumns);
    CHECK(weeks.title == flow->weekly.title);
    REQUIRE(weeks.rows.size() == flow->weekly.weeks.size());
    CHECK(weeks.rows.size() >= 13); // every week of 90 days
    qint64 moved = 0;
    for (std::size_t i = 0; i < weeks.rows.size(); ++i) {
        const StageWeek& w = flow->weekly.weeks[i];
        CHECK(w.start.dayOfWeek() == 1);
        CHECK(cell(weeks, i, tr("week")) == w.start.toString(Qt::ISODate));
        REQUIRE(w.moves.size() == enumCount<Stage>());
        for (const auto& [stage, count] : w.moves) {
            CHECK(cell(weeks, i, toString(stage)) == n(count));
            moved += count;
        }
        CHECK(sameList(weeks.rowDrills[i], w.drill));
    }
    // Every move of the period falls in one of its weeks.
    qint64 total = 0;
    for (const FlowCell& c : flow->flow.cells)
        total += c.customers;
    CHECK(moved == total);
    CHECK(total > 0);
}

TEST_CASE("typed stage dashboards agree with their report tables", "[metrics][typed]")
{
    Generated g;
    REQUIRE(HealthEngine(*g.db, g.clock).recompute()); // every active customer scored
    DashboardMetrics metrics(*g.db, g.clock);

    auto onboarding = metrics.onboardingDashboard(g.period);
    REQUIRE(onboarding);
    const Report on = toReport(*onboarding);
    REQUIRE(on.tables.size() == 5);
    CHECK(on.tables[0].key == QLatin1String("stuck"));
    CHECK(on.tables[1].key == QLatin1String("health"));
    CHECK(on.tables[2].key == QLatin1String("score_bands"));
    CHECK(on.tables[3].key == QLatin1String("band_drops"));
    checkHealth(on, onboarding->health, onboarding->kpis);
    checkScores(metrics, Stage::Onboarding, onboarding->health, on, onboarding->scores,
                onboarding->kpis);
    qint64 scored = 0;
    for (const ScoreBandSlice& slice : onboarding->scores.bands)
        scored += slice.customers;
    CHECK(scored ==
          onboarding->health.bands[0].customers + onboarding->health.bands[1].customers +
              onboarding->health.bands[2].customers); // every active customer of the stage
    checkMix(on, onboarding->touchpoints, tr("kind"));
    CHECK_FALSE(onboarding->touchpoints.slices.empty());

    auto postSales = metrics.postSalesDashboard(g.period);
    REQUIRE(postSales);
    const Report ps = toReport(*postSales);
    checkHealth(ps, postSales->health, postSales->kpis);
    checkScores(metrics, Stage::PostSales, postSales->health, ps, postSales->scores,
                postSales->kpis);
    const ReportTable& weeks = tableOf(ps, "weekly", {tr("week"), tr("tickets")});
    REQUIRE(weeks.rows.size() == postSales->weekly.weeks.size());
    qint64 tickets = 0;
    for (std::size_t i = 0; i < weeks.rows.size(); ++i) {
        const TicketWeek& w = postSales->weekly.weeks[i];
        CHECK(cell(weeks, i, tr("week")) == w.start.toString(Qt::ISODate));
        CHECK(cell(weeks, i, tr("tickets")) == n(w.tickets));
        CHECK(static_cast<qint64>(w.drill.ids.size()) == w.tickets);
        CHECK(sameList(weeks.rowDrills[i], w.drill));
        tickets += w.tickets;
    }
    CHECK(tickets > 0);
    checkMix(ps, postSales->statuses, tr("status"));
    checkMix(ps, postSales->priorities, tr("priority"));
    CHECK(postSales->statuses.slices.size() == enumCount<TicketStatus>());

    auto retention = metrics.retentionDashboard(g.period);
    REQUIRE(retention);
    const Report re = toReport(*retention);
    checkHealth(re, retention->health, retention->kpis);
    checkScores(metrics, Stage::Retention, retention->health, re, retention->scores,
                retention->kpis);
    checkMix(re, retention->touchpoints, tr("kind"));
    const ReportTable& risks = tableOf(re, "at_risk", {tr("customer"), tr("why")});
    REQUIRE(risks.rows.size() == retention->atRisk.size());
    for (std::size_t i = 0; i < risks.rows.size(); ++i) {
        const AtRiskCustomer& c = retention->atRisk[i];
        CHECK(cell(risks, i, tr("customer")) ==
              c.name + QStringLiteral(" (") + displayName(c.stage) + QLatin1Char(')'));
        CHECK(cell(risks, i, tr("why")) == c.reasons.join(QStringLiteral("; ")));
        CHECK(risks.rowDrills[i].ids == std::vector<qint64>{c.id});
    }
    const ReportTable& reviews = tableOf(re, "overdue_reviews", {tr("customer")});
    REQUIRE(reviews.rows.size() == retention->overdueReviews.size());
    for (std::size_t i = 0; i < reviews.rows.size(); ++i) {
        CHECK(cell(reviews, i, tr("customer")) == retention->overdueReviews[i].name);
        CHECK(reviews.rowDrills[i].ids == std::vector<qint64>{retention->overdueReviews[i].id});
    }

    auto advocacy = metrics.advocacyDashboard(g.period);
    REQUIRE(advocacy);
    const Report ad = toReport(*advocacy);
    checkHealth(ad, advocacy->health, advocacy->kpis);
    checkScores(metrics, Stage::Advocacy, advocacy->health, ad, advocacy->scores, advocacy->kpis);
    checkMix(ad, advocacy->advocacyTouchpoints, tr("kind"));
    for (const auto& slice : advocacy->advocacyTouchpoints.slices)
        CHECK(isAdvocacy(slice.key));
}

TEST_CASE("every dashboard's report is the one made from its typed values", "[metrics][typed]")
{
    Generated g;
    DashboardMetrics metrics(*g.db, g.clock);
    for (const QString& name : DashboardMetrics::names()) {
        INFO(name.toStdString());
        auto typed = metrics.dashboard(name, g.period);
        REQUIRE(typed);
        CHECK(dashboardName(*typed) == name);
        auto report = metrics.report(name, g.period);
        REQUIRE(report);
        const Report made = toReport(*typed);
        CHECK(made.name == report->name);
        REQUIRE(made.tables.size() == report->tables.size());
        for (std::size_t i = 0; i < made.tables.size(); ++i) {
            CHECK(made.tables[i].key == report->tables[i].key);
            CHECK(made.tables[i].columns == report->tables[i].columns);
            CHECK(made.tables[i].rows == report->tables[i].rows);
        }
        REQUIRE(made.kpis.size() == report->kpis.size());
        for (std::size_t i = 0; i < made.kpis.size(); ++i) {
            CHECK(made.kpis[i].key == report->kpis[i].key);
            CHECK(made.kpis[i].value == report->kpis[i].value);
        }
    }
    CHECK_FALSE(metrics.dashboard(QStringLiteral("revenue"), g.period));
}

TEST_CASE("every dashboard's report is the same on the test's backend as in an SQLite file",
          "[metrics][typed]")
{
    // Issue 16: the same results on both backends. On SQLite this compares two files.
    Generated g;
    auto file = test::openSqliteFile(g.scratch.file(QStringLiteral("file.sqlite")));
    REQUIRE(Generator::run(*file, typedOptions(), g.clock));
    DashboardMetrics onTest(*g.db, g.clock);
    DashboardMetrics inFile(*file, g.clock);
    for (const QString& name : DashboardMetrics::names()) {
        INFO(name.toStdString());
        auto a = onTest.report(name, g.period);
        auto b = inFile.report(name, g.period);
        REQUIRE(a);
        REQUIRE(b);
        REQUIRE(a->tables.size() == b->tables.size());
        for (std::size_t i = 0; i < a->tables.size(); ++i) {
            INFO("table " << a->tables[i].key.toStdString());
            CHECK(a->tables[i].key == b->tables[i].key);
            CHECK(a->tables[i].columns == b->tables[i].columns);
            REQUIRE(a->tables[i].rows.size() == b->tables[i].rows.size());
            for (std::size_t r = 0; r < a->tables[i].rows.size(); ++r) {
                INFO("row " << r);
                CHECK(a->tables[i].rows[r].join(QLatin1Char('|')) ==
                      b->tables[i].rows[r].join(QLatin1Char('|')));
                CHECK(sameList(a->tables[i].rowDrills[r], b->tables[i].rowDrills[r]));
            }
        }
        REQUIRE(a->kpis.size() == b->kpis.size());
        for (std::size_t i = 0; i < a->kpis.size(); ++i) {
            INFO("kpi " << a->kpis[i].key.toStdString());
            CHECK(a->kpis[i].key == b->kpis[i].key);
            CHECK(a->kpis[i].value == b->kpis[i].value);
            CHECK(sameList(a->kpis[i].drill, b->kpis[i].drill));
        }
    }
}
