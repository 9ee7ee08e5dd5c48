// funneldesk-cli health recompute|explain|preview (issue 18) on either backend: what a run
// stored and what a second one finds unchanged, a customer factor by factor, a preview that
// names who would move and saves nothing, and bad usage in one sentence with exit 2.
#include "common/TimeUnits.h"
#include "storage/Database.h"
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>

using namespace fd;

namespace {

using Run = test::CliRun;

Run cli(const QString& db, const QStringList& args)
{
    return test::runCliOn(db, args);
}

QString day(int daysAgo)
{
    return QDate::currentDate().addDays(-daysAgo).toString(Qt::ISODate);
}

void require(const Run& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

// The local time, to the minute, 50 days and an hour before now: 50 whole days have passed
// at any hour of the day. (Local midnight 50 days ago was not: across the change from summer
// time, the last hour of a day was 51 elapsed days after it.)
QString elapsedAgo(int days)
{
    return QDateTime::currentDateTime()
        .addSecs(-(days * kDay + 3600))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Two customers: Kept touched yesterday, Quiet 50 whole days ago.
QString twoCustomers(test::Scratch& scratch)
{
    const QString db = scratch.file(QStringLiteral("health.sqlite"));
    for (const char* name : {"Kept", "Quiet"})
        require(
            cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QString::fromLatin1(name), QStringLiteral("--since"), day(200)}));
    require(
        cli(db, {QStringLiteral("add"), QStringLiteral("touchpoint"), QStringLiteral("--customer"),
                 QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("phone"),
                 QStringLiteral("--at"), day(1) + QStringLiteral(" 10:00")}));
    require(cli(db, {QStringLiteral("add"), QStringLiteral("touchpoint"),
                     QStringLiteral("--customer"), QStringLiteral("2"), QStringLiteral("--kind"),
                     QStringLiteral("phone"), QStringLiteral("--at"), elapsedAgo(50)}));
    return db;
}

} // namespace

TEST_CASE("health recompute scores every active customer once and then finds nothing changed",
          "[cli][health]")
{
    test::Scratch scratch;
    const QString db = twoCustomers(scratch);
    const Run dry = cli(
        db, {QStringLiteral("health"), QStringLiteral("recompute"), QStringLiteral("--dry-run")});
    require(dry);
    CHECK(
        dry.out.contains(QStringLiteral("Would change 2 scores; 2 customers would change band:")));
    const Run first = cli(db, {QStringLiteral("health"), QStringLiteral("recompute")});
    require(first);
    CHECK(first.out.contains(QStringLiteral("Scored 2 customers as of ")));
    CHECK(first.out.contains(QStringLiteral("Healthy 2, Watch 0, At risk 0.")));
    CHECK(first.out.contains(
        QStringLiteral("Changed 2 scores; 2 customers changed band:\n  (new) → healthy  2\n")));
    auto opened = test::openDatabase(db, Database::Access::ReadOnly);
    CHECK(opened->scalar("SELECT count(*) FROM health_snapshot") == 2);
    const Run second = cli(db, {QStringLiteral("health"), QStringLiteral("recompute")});
    require(second);
    CHECK(second.out.contains(QStringLiteral("No score changed.")));
    CHECK(opened->scalar("SELECT count(*) FROM health_snapshot") == 2);

    const Run explain =
        cli(db, {QStringLiteral("health"), QStringLiteral("explain"), QStringLiteral("2")});
    require(explain);
    CHECK(explain.out.startsWith(QStringLiteral("Quiet (customer 2) scores 78 now: Healthy.\n")));
    CHECK(
        explain.out.contains(QStringLiteral("The last health recompute stored 78 (Healthy) on ")));
    CHECK(explain.out.contains(QStringLiteral("\n  recency  4.3 / 20  days since the last touch: "
                                              "50 (all up to 14 days, none from 60)\n")));
    CHECK(explain.out.contains(
        QStringLiteral("\n  csat  not counted  no rated ticket in the last 90 days\n")));
}

TEST_CASE("health preview lists who would change band and saves nothing", "[cli][health]")
{
    test::Scratch scratch;
    const QString db = twoCustomers(scratch);
    const Run preview = cli(db, {QStringLiteral("health"), QStringLiteral("preview"),
                                 QStringLiteral("--set"), QStringLiteral("recency.weight=60")});
    require(preview);
    CHECK(preview.out.startsWith(
        QStringLiteral("With recency.weight=60, 1 of 2 customers would change band.\n"
                       "Now: Healthy 2, Watch 0, At risk 0.\n"
                       "Then: Healthy 1, Watch 1, At risk 0.\n"
                       "  healthy → watch  1\n"
                       "2\tQuiet\thealthy → watch\n")));
    // The key as `settings set` names it gives the same answer; a key of another group is usage.
    const Run named =
        cli(db, {QStringLiteral("health"), QStringLiteral("preview"), QStringLiteral("--set"),
                 QStringLiteral("health.recency.weight=60")});
    require(named);
    CHECK(named.out.section(QLatin1Char('\n'), 1) == preview.out.section(QLatin1Char('\n'), 1));
    const Run other =
        cli(db, {QStringLiteral("health"), QStringLiteral("preview"), QStringLiteral("--set"),
                 QStringLiteral("sla.urgent.first_response_hours=2")});
    CHECK(other.exitCode == 2);
    auto opened = test::openDatabase(db, Database::Access::ReadOnly);
    CHECK(opened->scalar("SELECT count(*) FROM settings WHERE key LIKE 'health.%'") == 0);
    CHECK(opened->scalar("SELECT count(*) FROM customer_health") == 0);
}

TEST_CASE("report health: every stage's bands now and the band drops of the period",
          "[cli][health]")
{
    test::Scratch scratch;
    const QString db = twoCustomers(scratch);
    const Run none = cli(db, {QStringLiteral("report"), QStringLiteral("health"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    require(none);
    CHECK(none.out.contains(QStringLiteral("\nunscored,2,")));
    require(cli(db, {QStringLiteral("health"), QStringLiteral("recompute")}));
    const Run table = cli(db, {QStringLiteral("report"), QStringLiteral("health")});
    require(table);
    CHECK(table.out.contains(QStringLiteral("Not scored yet")));
    CHECK(table.out.contains(QStringLiteral("Health score bands by stage, now")));
    const Run csv = cli(db, {QStringLiteral("report"), QStringLiteral("health"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    require(csv);
    CHECK(csv.out.contains(QStringLiteral("\nhealthy,2,")));
    CHECK(csv.out.contains(QStringLiteral("\nunscored,0,")));
    CHECK(csv.out.contains(QStringLiteral("bands_by_stage")));
    CHECK(csv.out.contains(QStringLiteral("band_drops")));
}

TEST_CASE("health: bad usage is one sentence and exit 2, a customer that is not there exit 1",
          "[cli][health]")
{
    test::Scratch scratch;
    const QString db = twoCustomers(scratch);
    const auto usage = GENERATE(table<QStringList, QString>({
        {{QStringLiteral("health")},
         QStringLiteral("health needs a subcommand: recompute, explain or preview.")},
        {{QStringLiteral("health"), QStringLiteral("score")},
         QStringLiteral("Unknown health subcommand “score”")},
        {{QStringLiteral("health"), QStringLiteral("explain")},
         QStringLiteral("health explain needs one customer id.")},
        {{QStringLiteral("health"), QStringLiteral("preview")},
         QStringLiteral("health preview needs one or more --set KEY=VALUE.")},
        {{QStringLiteral("health"), QStringLiteral("preview"), QStringLiteral("--set"),
          QStringLiteral("recency.weight=101")},
         QStringLiteral("recency.weight must be a whole number from 0 to 100, not “101”.")},
        {{QStringLiteral("health"), QStringLiteral("preview"), QStringLiteral("--set"),
          QStringLiteral("loyalty=1")},
         QStringLiteral("“loyalty” is not a health score parameter")},
    }));
    const Run run = cli(db, std::get<0>(usage));
    CAPTURE(std::get<0>(usage));
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(std::get<1>(usage)));
    CHECK(run.out.isEmpty());

    const Run contradiction =
        cli(db, {QStringLiteral("health"), QStringLiteral("preview"), QStringLiteral("--set"),
                 QStringLiteral("band.at_risk_below=90")});
    CHECK(contradiction.exitCode == 1);
    CHECK(contradiction.err.startsWith(
        QStringLiteral("band.at_risk_below (90) must not be more than band.healthy_min (70).")));
    const Run missing =
        cli(db, {QStringLiteral("health"), QStringLiteral("explain"), QStringLiteral("77")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.startsWith(QStringLiteral("Customer 77 does not exist.")));
}
