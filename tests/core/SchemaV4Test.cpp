// Schema v4 (issue 15): covering indexes for the recompute's touchpoint scan and for the SLA
// sweep. A v3 file upgrades in place and reads the same afterwards; the sweep that reads the
// clocks from the index decides exactly as the rule does on whole tickets.
#include "common/Clock.h"
#include "demo/Generator.h"
#include "domain/Sla.h"
#include "metrics/DashboardMetrics.h"
#include "metrics/ReportFormat.h"
#include "stages/RuleEvaluator.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SettingsRepository.h"
#include "storage/StageFactsRepository.h"
#include "storage/TicketRepository.h"
#include "support/TestSupport.h"

#include "SchemaDowngrade.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>

#include <map>

using namespace fd;

namespace {

using test::indexColumns;

// Every customer's facts for a recompute now, and every report, as one digest.
QByteArray readings(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const FixedClock clock(test::testNow());
    auto facts =
        StageFactsRepository(db).all(RuleEvaluator::windows(StageRules{}, clock.now(), false));
    REQUIRE(facts);
    for (const CustomerFacts& f : *facts) {
        for (const qint64 v : {f.customerId, qint64(f.stage), f.touchpoints, f.settledTickets,
                               f.settledLiveTouchpoints, f.regressTickets, f.openHighOrUrgent,
                               f.openUrgent, f.csatCount, f.csatSum, f.lastAdvocacyAt})
            hash.addData(QByteArray(QByteArray::number(v) + '|'));
        for (const qint64 at : f.lastSurveyAt)
            hash.addData(QByteArray(QByteArray::number(at) + '|'));
    }
    DashboardMetrics metrics(db, clock);
    for (const QString& name : DashboardMetrics::names()) {
        auto report = metrics.report(name, Period::lastDays(clock.now(), 90));
        REQUIRE(report);
        hash.addData(ReportFormat::json(*report));
    }
    return hash.result();
}

// Takes a current file back to schema v3, as the release before issue 15 left it.
void downgradeToV3(Database& db)
{
    test::downgradeToV4(db);
    db.execute("DROP INDEX ticket_open_sla; DROP INDEX touchpoint_customer; "
               "CREATE INDEX touchpoint_customer ON touchpoint (customer_id, occurred_at); "
               "PRAGMA user_version = 3;");
}

} // namespace

TEST_CASE("A schema v3 file upgrades to v4 in place: the new indexes, the same facts and reports",
          "[sqlite-only][migration][speed]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("v3.sqlite"));
    QByteArray before;
    {
        auto db = test::openDatabase(path);
        GeneratorOptions options;
        options.customers = 200;
        options.tickets = 2000;
        options.touchpoints = 8000;
        options.seed = 15;
        REQUIRE(Generator::run(*db, options, FixedClock(test::testNow())));
        before = readings(*db); // read before: the reports now name v5 indexes
        downgradeToV3(*db);
        REQUIRE(Schema::version(*db) == 3);
    }
    auto db = test::openDatabase(path);
    CHECK(Schema::version(*db) == Schema::kVersion);
    CHECK(indexColumns(*db, "touchpoint_customer").join(u',') ==
          QStringLiteral("customer_id,occurred_at,kind,score"));
    CHECK(
        indexColumns(*db, "ticket_open_sla").join(u',') ==
        QStringLiteral("id,status,priority,created_at,first_response_at,solved_at,sla_paused_secs,"
                       "sla_paused_since,first_response_breached_at,resolution_breached_at"));
    CHECK(readings(*db) == before);
    // One backup of the v3 file was taken first.
    CHECK(QDir(scratch.dir().path()).entryList({QStringLiteral("v3.sqlite.v3-*.bak")}).size() == 1);
}

TEST_CASE("The SLA sweep, reading the clocks from the index, records what the rule records on "
          "whole tickets",
          "[sla][speed]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("sweep.sqlite")));
    GeneratorOptions options;
    options.customers = 100;
    options.tickets = 1500;
    options.touchpoints = 6000;
    options.seed = 3;
    REQUIRE(Generator::run(*db, options, FixedClock(test::testNow())));
    // More open tickets, some paused; forget every open ticket's breaches, so the sweep has them
    // all to find again; some open tickets carry a solved time, which the clocks read too.
    db->execute("UPDATE ticket SET status = 'pending', sla_paused_since = created_at + 3600 WHERE "
                "id % 20 = 0");
    db->execute("UPDATE ticket SET status = 'open', solved_at = NULL WHERE id % 20 = 10");
    db->execute(
        "UPDATE ticket SET first_response_breached_at = NULL, resolution_breached_at = NULL "
        "WHERE status IN ('new', 'open', 'pending', 'on_hold')");
    db->execute(
        "UPDATE ticket SET solved_at = created_at + 7200 WHERE status = 'open' AND id % 7 = 0");
    const QDateTime now = test::testNow().addDays(3);

    // What the rule decides on each whole open ticket.
    TicketRepository tickets(*db);
    auto targets = tickets.slaTargets();
    REQUIRE(targets);
    std::map<qint64, std::pair<QDateTime, QDateTime>> expected;
    int breaching = 0;
    {
        auto q = db->query(
            "SELECT id FROM ticket WHERE status IN ('new', 'open', 'pending', 'on_hold')");
        std::vector<qint64> ids;
        while (q->step())
            ids.push_back(q->int64(0));
        REQUIRE(ids.size() > 100);
        for (const qint64 id : ids) {
            auto found = tickets.find(id);
            REQUIRE(found);
            REQUIRE(*found);
            Ticket t = **found;
            breaching += Sla::recordBreaches(t, *targets, now) ? 1 : 0;
            expected[id] = {t.firstResponseBreachedAt, t.resolutionBreachedAt};
        }
    }
    REQUIRE(breaching > 0);

    auto swept = tickets.recordBreaches(now);
    REQUIRE(swept);
    CHECK(*swept == breaching);
    for (const auto& [id, breaches] : expected) {
        auto found = tickets.find(id);
        REQUIRE(found);
        INFO("ticket " << id);
        CHECK((*found)->firstResponseBreachedAt == breaches.first);
        CHECK((*found)->resolutionBreachedAt == breaches.second);
    }
}
