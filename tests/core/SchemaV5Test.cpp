// Schema v5 (issue 15, cold reports): a report reads a period along time-ordered indexes
// instead of one seek per customer. A v4 file upgrades in place and reports the same; each
// read that moved to the new indexes returns what the v4 query returned; the report table
// strips trailing white space as the pattern it replaced did.
#include "common/Clock.h"
#include "common/VisibleText.h"
#include "demo/Generator.h"
#include "metrics/DashboardMetrics.h"
#include "metrics/ReportFormat.h"
#include "storage/Database.h"
#include "storage/MetricsRepository.h"
#include "storage/Schema.h"
#include "support/ReadBack.h"
#include "support/TestSupport.h"

#include "SchemaDowngrade.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

using namespace fd;

namespace {

using test::indexColumns;

// Every report over the last 90 days, as one digest.
QByteArray reports(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const FixedClock clock(test::testNow());
    DashboardMetrics metrics(db, clock);
    for (const QString& name : DashboardMetrics::names()) {
        auto report = metrics.report(name, Period::lastDays(clock.now(), 90));
        REQUIRE(report);
        hash.addData(ReportFormat::json(*report));
    }
    return hash.result();
}

void generate(Database& db, quint64 seed)
{
    GeneratorOptions options;
    options.customers = 300;
    options.tickets = 3000;
    options.touchpoints = 12000;
    options.seed = seed;
    REQUIRE(Generator::run(db, options, FixedClock(test::testNow())));
}

std::vector<qint64> column(Database& db, const std::string& sql)
{
    std::vector<qint64> values;
    auto q = db.query(sql);
    while (q->step())
        values.push_back(q->isNull(0) ? -1 : q->int64(0));
    std::sort(values.begin(), values.end());
    return values;
}

std::vector<qint64> sorted(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

} // namespace

TEST_CASE("A schema v4 file upgrades to v5 in place: the new indexes, the same reports",
          "[sqlite-only][migration][speed]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("v4.sqlite"));
    QByteArray before;
    {
        auto db = test::openDatabase(path);
        generate(*db, 15);
        before = reports(*db);
        test::downgradeToV4(*db);
        REQUIRE(Schema::version(*db) == 4);
    }
    auto db = test::openDatabase(path);
    CHECK(Schema::version(*db) == Schema::kVersion);
    CHECK(indexColumns(*db, "ticket_created").join(u',') ==
          QStringLiteral(
              "created_at,id,customer_id,csat,first_response_at,solved_at,status,priority,category,"
              "first_response_breached_at,resolution_breached_at"));
    CHECK(indexColumns(*db, "contact_added").join(u',') == QStringLiteral("added_at,customer_id"));
    CHECK(indexColumns(*db, "stage_transition_entry").join(u',') ==
          QStringLiteral("customer_id,to_stage,at"));
    CHECK(indexColumns(*db, "customer_advocacy_candidate").join(u',') ==
          QStringLiteral("stage,status,best_survey"));
    CHECK(indexColumns(*db, "customer_id_name").join(u',') == QStringLiteral("id,name"));
    CHECK(indexColumns(*db, "ticket_low_csat").join(u',') ==
          QStringLiteral("created_at,customer_id,csat"));
    CHECK(reports(*db) == before);
    CHECK(QDir(scratch.dir().path()).entryList({QStringLiteral("v4.sqlite.v4-*.bak")}).size() == 1);
}

TEST_CASE("The reads moved to the v5 indexes return what the v4 queries returned",
          "[metrics][speed]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("reads.sqlite")));
    generate(*db, 7);
    // Candidates for advocacy, and a churned customer among them, which must not count.
    db->execute(
        "UPDATE customer SET best_survey = 9 + id % 2, last_advocacy_at = NULL WHERE id % 4 = 0");
    db->execute("UPDATE customer SET status = 'churned' WHERE id % 8 = 0");
    MetricsRepository repo(*db);
    const qint64 now = test::testNow().toSecsSinceEpoch();
    const std::string since = std::to_string(now - 90 * 86400);
    const std::string until = std::to_string(now);

    for (const Stage stage :
         {Stage::Onboarding, Stage::PostSales, Stage::Retention, Stage::Advocacy}) {
        std::string name = "'";
        name.append(enumName(stage));
        name += '\'';
        INFO("stage " << name);

        auto tickets = repo.tickets(stage, now - 90 * 86400, now);
        REQUIRE(tickets);
        std::vector<std::tuple<qint64, qint64, qint64, qint64, qint64, int>> got;
        for (const auto& t : *tickets)
            got.emplace_back(t.id, t.customerId, t.firstResponseAt, t.solvedAt, t.breachedAt,
                             t.csat);
        std::sort(got.begin(), got.end());
        std::vector<std::tuple<qint64, qint64, qint64, qint64, qint64, int>> expected;
        auto q =
            db->query("SELECT t.id, t.customer_id, coalesce(t.first_response_at, 0), "
                      "coalesce(t.solved_at, 0), "
                      "t.first_response_breached_at, t.resolution_breached_at, coalesce(t.csat, 0) "
                      "FROM customer c JOIN ticket t ON t.customer_id = c.id WHERE c.stage = " +
                      name + " AND c.status = 'active' AND t.created_at >= " + since +
                      " AND t.created_at < " + until + " ORDER BY t.id");
        while (q->step()) {
            // The first breach of either kind; 0 for none.
            const auto response = q->optionalInt64(4);
            const auto resolution = q->optionalInt64(5);
            const qint64 breached = response && resolution
                                        ? std::min(*response, *resolution)
                                        : response.value_or(resolution.value_or(0));
            expected.emplace_back(q->int64(0), q->int64(1), q->int64(2), q->int64(3), breached,
                                  q->int32(6));
        }
        REQUIRE_FALSE(expected.empty());
        CHECK(got == expected);

        auto contacts = repo.contactsAdded(stage, now - 90 * 86400, now);
        REQUIRE(contacts);
        CHECK(sorted(*contacts) ==
              column(*db, "SELECT c.id FROM customer c JOIN contact k ON k.customer_id = c.id "
                          "WHERE c.stage = " +
                              name + " AND c.status = 'active' AND k.added_at >= " + since +
                              " AND k.added_at < " + until));

        auto times = repo.timesInStage(stage, now - 90 * 86400, now);
        REQUIRE(times);
        CHECK(sorted(*times) ==
              column(*db, "SELECT t.at - (SELECT max(e.at) FROM stage_transition e WHERE "
                          "e.customer_id = t.customer_id AND e.to_stage = t.from_stage AND "
                          "e.at <= t.at) FROM stage_transition t WHERE t.from_stage = " +
                              name + " AND t.at >= " + since + " AND t.at < " + until));

        for (const int score : {7, 9, 10}) {
            auto candidates = repo.advocacyCandidates(stage, score);
            REQUIRE(candidates);
            CHECK(*candidates ==
                  column(*db, "SELECT id FROM customer" + test::noIndex(*db) + " WHERE stage = " +
                                  name + " AND status = 'active' AND best_survey >= " +
                                  std::to_string(score) + " AND last_advocacy_at IS NULL"));
        }
    }
    CHECK_FALSE(
        column(*db, "SELECT id FROM customer WHERE best_survey >= 9 AND last_advocacy_at IS NULL "
                    "AND status = 'active' AND stage = 'retention'")
            .empty());

    // Every customer's stage in one walk: the totals the funnel shows, as each stage's own count,
    // and each active customer's stage.
    auto roll = repo.stageRoll();
    REQUIRE(roll);
    std::size_t activeTotal = 0;
    for (const Stage stage :
         {Stage::Onboarding, Stage::PostSales, Stage::Retention, Stage::Advocacy}) {
        const std::string name = "'" + std::string(enumName(stage)) + "'";
        const std::size_t i = static_cast<std::size_t>(stage);
        const auto active = column(*db, "SELECT id FROM customer" + test::noIndex(*db) +
                                            " WHERE stage = " + name + " AND status = 'active'");
        CHECK(roll->active[i] == static_cast<qint64>(active.size()));
        CHECK(repo.activeIn(stage).value() == roll->active[i]);
        CHECK(roll->all[i] == column(*db, "SELECT count(*) FROM customer" + test::noIndex(*db) +
                                              " WHERE stage = " + name)
                                  .front());
        CHECK(roll->openTickets[i] ==
              column(*db, "SELECT coalesce(sum(open_tickets), 0) FROM customer" +
                              test::noIndex(*db) + " WHERE stage = " + name +
                              " AND status = 'active'")
                  .front());
        for (const qint64 id : active)
            CHECK(roll->activeStage.at(id) == stage);
        activeTotal += active.size();
    }
    CHECK(roll->activeStage.size() == activeTotal);
    CHECK(roll->all != roll->active); // the generated data has churned customers

    // CSAT by stage: SQLite's avg() over the join (the sum over the count, in doubles), to the last
    // bit.
    auto csat = repo.csatByStage(now - 90 * 86400, now, roll->activeStage);
    REQUIRE(csat);
    int rated = 0;
    for (const Stage stage :
         {Stage::Onboarding, Stage::PostSales, Stage::Retention, Stage::Advocacy}) {
        auto q = db->query("SELECT sum(t.csat), count(t.csat) FROM ticket t JOIN customer c ON "
                           "c.id = t.customer_id WHERE "
                           "t.created_at >= " +
                           since + " AND t.created_at < " + until +
                           " AND t.csat IS NOT NULL "
                           "AND c.status = 'active' AND c.stage = '" +
                           std::string(enumName(stage)) + "'");
        REQUIRE(q->step());
        const auto& mine = (*csat)[static_cast<std::size_t>(stage)];
        CHECK((q->int64(1) == 0) == !mine.has_value());
        if (mine && q->int64(1) != 0) {
            CHECK(*mine == static_cast<double>(q->int64(0)) / static_cast<double>(q->int64(1)));
            ++rated;
        }
    }
    CHECK(rated > 0);

    // At risk: every ticket of the last 30 days, and the ones rated below 3 of the 60 before.
    auto recent = repo.recentTickets(now - 90 * 86400, now - 30 * 86400, 3);
    REQUIRE(recent);
    std::vector<std::tuple<qint64, qint64, int>> gotRecent;
    for (const auto& t : *recent)
        gotRecent.emplace_back(t.customerId, t.createdAt, t.csat);
    std::sort(gotRecent.begin(), gotRecent.end());
    std::vector<std::tuple<qint64, qint64, int>> expectedRecent;
    int older = 0;
    {
        auto q = db->query("SELECT customer_id, created_at, coalesce(csat, 0) FROM ticket" +
                           test::noIndex(*db) + " WHERE created_at >= " + since +
                           " ORDER BY customer_id, created_at, csat");
        while (q->step()) {
            const bool surge = q->int64(1) >= now - 30 * 86400;
            const bool low = q->int32(2) > 0 && q->int32(2) < 3;
            older += !surge && low ? 1 : 0;
            if (surge || low)
                expectedRecent.emplace_back(q->int64(0), q->int64(1), q->int32(2));
        }
    }
    CHECK(older > 0);
    CHECK(gotRecent == expectedRecent);

    // Names by id, missing ids left out.
    const std::vector<qint64> ids{1, 2, 3, 150, 299, 300, 100000};
    auto names = repo.names(ids);
    REQUIRE(names);
    CHECK(names->size() == 6);
    for (const qint64 id : ids) {
        auto q = db->query("SELECT name FROM customer WHERE id = ?1");
        q->bind(1, id);
        if (q->step())
            CHECK((*names)[id] == q->text(0));
        else
            CHECK_FALSE(names->contains(id));
    }
}

TEST_CASE("The report table strips the ASCII white space at a line's end, as the regular "
          "expression it replaced did",
          "[metrics]")
{
    // Cells that end in characters \s matches (ASCII white space) and in ones it does not
    // (no-break space, em space, next line), in a one-column table padded to the widest.
    const QStringList cells{
        QStringLiteral("plain"),      QStringLiteral("tab\t"),    QStringLiteral("feed\f\v"),
        QStringLiteral("nbsp\u00a0"), QStringLiteral("em\u2003"), QStringLiteral("nel\u0085"),
        QStringLiteral("  "),         QStringLiteral("\u00a0"),   QString()};
    Report report{QStringLiteral("spaces"), Period::lastDays(test::testNow(), 30), {}, {}};
    ReportTable table{
        QStringLiteral("t"), QStringLiteral("T"), {QStringLiteral("cell")}, {}, {}, {}, {}};
    qsizetype width = 4;
    QStringList shown; // a cell's tab or form feed is shown, not obeyed (visibleCell, issue 17)
    for (const QString& cell : cells) {
        table.rows.push_back({cell});
        shown << visibleCell(cell);
        width = std::max(width, shown.back().size());
    }
    report.tables.push_back(table);
    const QString out = ReportFormat::table(report);

    QString expected = QStringLiteral("\nT\n");
    // The header in words: Title-style (metrics/CellText.h).
    for (const QString& line : QStringList{QStringLiteral("Cell")} + shown) {
        QString text = line.leftJustified(width);
        expected += text.trimmed().isEmpty()
                        ? QStringLiteral("\n")
                        : text.remove(QRegularExpression(QStringLiteral("\\s+$"))) + u'\n';
    }
    CHECK(out.endsWith(expected));
    CHECK(out.contains(QStringLiteral("nbsp\u00a0\n")));
    CHECK(out.contains(QStringLiteral("tab\u2409\n")));
}
