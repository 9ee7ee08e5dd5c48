// The demo generator: deterministic for a seed, realistic, all-or-nothing.
#include "demo/Generator.h"
#include "common/TimeUnits.h"
#include "stages/StageEngine.h"
#include "storage/CustomerRepository.h"
#include "storage/IntegrityCheck.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlError.h"
#include "storage/StatsRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>

#include <algorithm>
#include <map>
#include <span>

using namespace fd;

namespace {

GeneratorOptions small(quint64 seed = 7)
{
    GeneratorOptions options;
    options.customers = 300;
    options.tickets = 3000;
    options.touchpoints = 15000;
    options.seed = seed;
    return options;
}

// A digest of every table's rows in id order.
QByteArray digest(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"agent", "customer", "contact", "ticket", "ticket_comment",
                              "touchpoint", "stage_transition"}) {
        auto q = db.query(std::string("SELECT * FROM ") + table + " ORDER BY id");
        while (q->step()) {
            for (int c = 0; c < q->columnCount(); ++c) {
                hash.addData(q->text(c).toUtf8());
                hash.addData("|");
            }
        }
    }
    return hash.result();
}

std::unique_ptr<Database> generated(const test::Scratch& scratch, const QString& name,
                                    const GeneratorOptions& options)
{
    auto db = test::openDatabase(scratch.file(name));
    const FixedClock clock(test::testNow());
    const Status result = Generator::run(*db, options, clock);
    if (!result)
        FAIL(result.error().toStdString());
    return db;
}

qint64 count(Database& db, const char* sql)
{
    return db.scalar(sql);
}

qint64 count(Database& db, const QByteArray& sql)
{
    return db.scalar(sql.constData());
}

} // namespace

TEST_CASE("The same seed and day give the same data, and another seed does not", "[generator]")
{
    test::Scratch scratch;
    auto a = generated(scratch, QStringLiteral("a.sqlite"), small(7));
    auto b = generated(scratch, QStringLiteral("b.sqlite"), small(7));
    auto c = generated(scratch, QStringLiteral("c.sqlite"), small(8));
    CHECK(digest(*a) == digest(*b));
    CHECK(digest(*a) != digest(*c));
}

TEST_CASE("Generated data has the requested size and passes every check", "[generator]")
{
    test::Scratch scratch;
    auto db = generated(scratch, QStringLiteral("g.sqlite"), small());
    auto counts = StatsRepository(*db).counts();
    REQUIRE(counts);
    CHECK(counts->customers == 300);
    CHECK(counts->tickets == 3000);
    CHECK(counts->touchpoints == 15000);
    CHECK(counts->agents >= 4);
    CHECK(counts->contacts > counts->customers);
    CHECK(counts->comments > 0);
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i) {
        INFO(toString(static_cast<Stage>(i)).toStdString());
        CHECK(counts->activeByStage[i] > 0);
    }
    auto problems = IntegrityCheck::run(*db);
    REQUIRE(problems);
    CHECK(problems->join(QLatin1Char('\n')).toStdString() == "");
    // The bulk load rebuilt the search index and put the journal back to WAL (SQLite's).
    if (db->backend() == Database::Backend::Sqlite) {
        CHECK(count(*db,
                    "SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH 'setup OR invoice'") >
              0);
        auto mode = db->query("PRAGMA journal_mode");
        REQUIRE(mode->step());
        CHECK(mode->text(0) == QStringLiteral("wal"));
    }
}

TEST_CASE("Generated histories follow the funnel of PRODUCT.md §1", "[generator]")
{
    test::Scratch scratch;
    auto db = generated(scratch, QStringLiteral("g.sqlite"), small());
    const QDate today = test::testNow().date();

    // First sales spread over the last 24 months, up to today.
    auto range = db->query("SELECT min(since), max(since) FROM customer");
    REQUIRE(range->step());
    CHECK(range->date(0) >= today.addDays(-730));
    CHECK(range->date(1) <= today);
    CHECK(range->date(0).daysTo(range->date(1)) > 600);
    // Nothing happens in the future.
    const QByteArray now = QByteArray::number(test::testNow().toSecsSinceEpoch());
    for (const char* column : {"touchpoint.occurred_at", "ticket.created_at", "ticket.solved_at",
                               "ticket_comment.at", "contact.added_at", "stage_transition.at"}) {
        const QByteArray name(column);
        const QByteArray sql = "SELECT count(*) FROM " + name.left(name.indexOf('.')) + " WHERE " +
                               name.mid(name.indexOf('.') + 1) + " > " + now;
        INFO(column);
        CHECK(count(*db, sql.constData()) == 0);
    }

    // Advocacy kinds only after a customer became an advocate.
    CHECK(count(*db, "SELECT count(*) FROM touchpoint p JOIN customer c ON c.id = "
                     "p.customer_id WHERE p.kind IN ('testimonial', 'meetup', "
                     "'user_conference', 'community_forum', 'referral') AND c.stage <> "
                     "'advocacy' AND c.status = 'active'") == 0);
    // Every advocate has an advocacy touchpoint; onboarding customers have setup tickets.
    CHECK(count(*db, "SELECT count(*) FROM customer c WHERE c.stage = 'advocacy' AND NOT "
                     "EXISTS (SELECT 1 FROM touchpoint p WHERE p.customer_id = c.id AND p.kind "
                     "IN ('testimonial', 'community_forum', 'meetup', 'referral'))") == 0);
    CHECK(count(*db, "SELECT count(*) FROM ticket WHERE category = 'setup'") >
          count(*db, "SELECT count(*) FROM ticket WHERE category = 'billing'"));
    // Onboarding customers are recent; advocates are not (since is a local day, compared as
    // ISO text on SQLite and as a date on PostgreSQL).
    const QByteArray onboardingSince = today.addDays(-45).toString(Qt::ISODate).toUtf8();
    const QByteArray advocacySince = today.addDays(-120).toString(Qt::ISODate).toUtf8();
    CHECK(count(*db, "SELECT count(*) FROM customer WHERE stage = 'onboarding' AND status = "
                     "'active' AND since < '" +
                         onboardingSince + "' AND id IN (SELECT customer_id FROM touchpoint)") ==
          0);
    CHECK(count(*db, "SELECT count(*) FROM customer WHERE stage = 'advocacy' AND since > '" +
                         advocacySince + "'") == 0);
    // Surveys carry NPS scores, advocates' are high.
    CHECK(count(*db, "SELECT count(*) FROM touchpoint WHERE kind = 'survey' AND score IS NULL") ==
          0);
    CHECK(count(*db, "SELECT min(score) FROM touchpoint p JOIN customer c ON c.id = "
                     "p.customer_id WHERE p.kind = 'survey' AND p.occurred_at >= "
                     "c.stage_entered_at AND c.stage = 'advocacy'") >= 9);
    // Some CSAT, only on solved tickets.
    CHECK(count(*db, "SELECT count(*) FROM ticket WHERE csat IS NOT NULL") > 0);
    CHECK(count(*db, "SELECT count(*) FROM ticket WHERE csat IS NOT NULL AND solved_at IS NULL") ==
          0);
}

TEST_CASE("Generate refuses bad numbers and non-empty files, writing nothing", "[generator]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("g.sqlite")));
    const FixedClock clock(test::testNow());
    GeneratorOptions options = small();
    options.touchpoints = options.tickets - 1;
    auto tooFew = Generator::run(*db, options, clock);
    REQUIRE_FALSE(tooFew);
    CHECK(tooFew.error().contains(
        QStringLiteral("at least as many touchpoints as tickets"))); // no flag: core's words
    CHECK(count(*db, "SELECT count(*) FROM agent") == 0);

    REQUIRE(Generator::run(*db, small(), clock));
    const QByteArray before = digest(*db);
    auto twice = Generator::run(*db, small(), clock);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().contains(QStringLiteral("already holds 300 customers")));
    CHECK(digest(*db) == before);
}

TEST_CASE("A generate of several batches stores every customer's summaries as its rows say",
          "[generator]")
{
    // 2,100 customers: three batches of up to 1,000 (Generator.cpp), each customer's summary
    // columns written with its row; `check` recounts them from the tickets and touchpoints.
    test::Scratch scratch;
    GeneratorOptions options = small();
    options.customers = 2100;
    options.tickets = 2100;
    options.touchpoints = 4200;
    auto db = generated(scratch, QStringLiteral("batches.sqlite"), options);
    CHECK(count(*db, "SELECT count(*) FROM customer") == 2100);
    // Each of the three batches has customers with open tickets, counted by the writer.
    CHECK(
        count(*db, "SELECT count(DISTINCT (id - 1) / 1000) FROM customer WHERE open_tickets > 0") ==
        3);
    auto problems = IntegrityCheck::run(*db);
    REQUIRE(problems);
    CHECK(problems->join(QLatin1Char('\n')).toStdString() == "");
    // Summaries are one per customer, each customer with its planned id.
    Customer unplanned;
    unplanned.name = QStringLiteral("Unplanned");
    unplanned.since = QDate(2026, 1, 5);
    const CustomerRepository::Summary summary;
    CHECK_THROWS_AS(CustomerRepository(*db).insert(std::span<const Customer>(&unplanned, 1),
                                                   std::span<const CustomerRepository::Summary>()),
                    SqlError);
    CHECK_THROWS_AS(CustomerRepository(*db).insert(std::span<const Customer>(&unplanned, 1),
                                                   std::span(&summary, 1)),
                    SqlError);
    CHECK(count(*db, "SELECT count(*) FROM customer") == 2100);
}

TEST_CASE("A cancelled generate leaves the file as it was", "[generator]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("g.sqlite")));
    const FixedClock clock(test::testNow());
    std::atomic_bool cancel{false};
    qint64 calls = 0;
    auto progress = [&](qint64, qint64) {
        if (++calls == 1)
            cancel = true;
    };
    // 1,500 customers: cancelled after the first of two batches (1,000 customers each), before
    // the second is written; 300: during the only one, before the commit.
    GeneratorOptions options = small();
    options.customers = GENERATE(1500, 300);
    auto result = Generator::run(*db, options, clock, progress, &cancel);
    REQUIRE_FALSE(result);
    CHECK(result.error().contains(QStringLiteral("cancelled")));
    CHECK(calls == 1);
    CHECK(count(*db, "SELECT count(*) FROM customer") == 0);
    CHECK(count(*db, "SELECT count(*) FROM agent") == 0);
    // The indexes and triggers dropped for the bulk load are back (SQLite's bulk load drops them).
    if (db->backend() == Database::Backend::Sqlite) {
        CHECK(count(*db, "SELECT count(*) FROM sqlite_schema WHERE name = 'touchpoint_customer'") ==
              1);
        CHECK(count(*db, "SELECT count(*) FROM sqlite_schema WHERE name = 'ticket_fts_insert'") ==
              1);
    }
}

namespace {

GeneratorOptions sized(qint64 customers, qint64 tickets, qint64 touchpoints, quint64 seed)
{
    GeneratorOptions options;
    options.customers = customers;
    options.tickets = tickets;
    options.touchpoints = touchpoints;
    options.seed = seed;
    return options;
}

// One number counted by SQL for a customer at a moment: `sql` binds ?1 customer, ?2 the
// moment (UTC seconds), ?3 a window start (UTC seconds).
qint64 countAt(Database& db, const QByteArray& sql, qint64 customer, qint64 at, qint64 from = 0)
{
    auto q = db.query(sql.constData());
    q->bind(1, customer);
    q->bind(2, at);
    if (sql.contains("?3"))
        q->bind(3, from);
    REQUIRE(q->step());
    return q->isNull(0) ? -1 : q->int64(0);
}

QString counted(qint64 n, const char* one, const char* many)
{
    return n == 1 ? QString::fromUtf8(one) : QString::fromUtf8(many).arg(n);
}

// Re-checks every stored move against PRODUCT.md §3's default rules, recounting the
// customer's rows at the move's moment with SQL of its own (not the engine's fact
// queries): the thresholds hold, the reason quotes the recounted numbers, and the moves
// chain from the entry into onboarding. Returns the moves checked per rule.
std::map<QString, int> recheckMoves(Database& db)
{
    const char* kLive = "('live_chat', 'email', 'phone', 'in_person')";
    const char* kAdvocacy =
        "('testimonial', 'community_forum', 'meetup', 'user_conference', 'referral')";
    const QByteArray touchpoints =
        "SELECT count(*) FROM touchpoint WHERE customer_id = ?1 AND occurred_at <= ?2";
    const QByteArray tickets = "SELECT count(*) FROM ticket WHERE customer_id = ?1 AND created_at "
                               "> ?3 AND created_at <= ?2";
    const QByteArray live =
        QByteArray("SELECT count(*) FROM touchpoint WHERE customer_id = ?1 AND occurred_at > ?3 "
                   "AND occurred_at <= ?2 AND kind IN ") +
        kLive;
    const QByteArray open =
        "SELECT count(*) FROM ticket WHERE customer_id = ?1 AND created_at <= ?2 AND priority IN "
        "('high', 'urgent') AND (solved_at IS NULL OR solved_at > ?2)";
    const QByteArray openUrgent =
        "SELECT count(*) FROM ticket WHERE customer_id = ?1 AND created_at <= ?2 AND priority "
        "= 'urgent' AND (solved_at IS NULL OR solved_at > ?2)";
    const QByteArray advocacy =
        QByteArray("SELECT count(*) FROM touchpoint WHERE customer_id = ?1 AND occurred_at >= ?3 "
                   "AND occurred_at <= ?2 AND kind IN ") +
        kAdvocacy;
    const QByteArray detractor =
        "SELECT count(*) FROM touchpoint WHERE customer_id = ?1 AND kind = 'survey' AND "
        "score <= 6 AND occurred_at >= ?3 AND occurred_at <= ?2";
    const QByteArray promoter =
        "SELECT count(*) FROM touchpoint WHERE customer_id = ?1 AND kind = 'survey' AND "
        "score >= 9 AND occurred_at >= ?3 AND occurred_at <= ?2";
    const QByteArray csatLow =
        "SELECT CASE WHEN avg(csat) < 4 THEN 1 ELSE 0 END FROM ticket WHERE customer_id = ?1 AND "
        "created_at <= ?2 AND csat IS NOT NULL";

    std::map<QString, int> checked;
    qint64 customer = 0;
    QString stage;
    auto q =
        db.query("SELECT t.customer_id, t.from_stage, t.to_stage, t.at, t.actor, t.reason, c.since "
                 "FROM stage_transition t JOIN customer c ON c.id = t.customer_id "
                 "ORDER BY t.customer_id, t.at, t.id");
    while (q->step()) {
        const qint64 id = q->int64(0);
        const QString from = q->isNull(1) ? QString() : q->text(1);
        const QString to = q->text(2);
        const qint64 at = q->int64(3);
        const QString actor = q->text(4);
        const QString reason = q->text(5);
        const QDate since = q->date(6);
        INFO("customer " << id << ", " << actor.toStdString() << " at " << at << ": "
                         << reason.toStdString());
        if (id != customer) {
            customer = id;
            CHECK(actor == QStringLiteral("funnel.entry"));
            CHECK(from.isEmpty());
            CHECK(to == QStringLiteral("onboarding"));
            CHECK(at == since.startOfDay().toSecsSinceEpoch());
            stage = to;
            continue;
        }
        CHECK(from == stage);
        stage = to;
        ++checked[actor];
        const qint64 days =
            since.daysTo(QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toLocalTime().date());
        const qint64 month = at - 30 * kDay;
        if (actor == QStringLiteral("onboarding.complete")) {
            CHECK((from == QStringLiteral("onboarding") && to == QStringLiteral("post_sales")));
            const qint64 n = countAt(db, touchpoints, id, at);
            CHECK(days >= 30);
            CHECK(n >= 1);
            CHECK(reason.contains(QStringLiteral("%1 since first sale (≥ 30)")
                                      .arg(counted(days, "1 day", "%1 days"))));
            CHECK(reason.contains(
                QStringLiteral("%1 (≥ 1)").arg(counted(n, "1 touchpoint", "%1 touchpoints"))));
        } else if (actor == QStringLiteral("postsales.settled")) {
            CHECK((from == QStringLiteral("post_sales") && to == QStringLiteral("retention")));
            const qint64 recent = countAt(db, tickets, id, at, month);
            const qint64 liveRecent = countAt(db, live, id, at, month);
            CHECK(days >= 90);
            CHECK(recent <= 2);
            CHECK(countAt(db, open, id, at) == 0);
            CHECK(liveRecent <= 3);
            CHECK(reason.contains(QStringLiteral("%1 since first sale (≥ 90)")
                                      .arg(counted(days, "1 day", "%1 days"))));
            CHECK(reason.contains(QStringLiteral("%1 in the last 30 days (≤ 2)")
                                      .arg(counted(recent, "1 ticket", "%1 tickets"))));
            CHECK(reason.contains(
                QStringLiteral("%1 in the last 30 days (≤ 3)")
                    .arg(counted(liveRecent, "1 live touchpoint", "%1 live touchpoints"))));
        } else if (actor == QStringLiteral("retention.regress")) {
            CHECK((from == QStringLiteral("retention") && to == QStringLiteral("post_sales")));
            CHECK(
                (countAt(db, tickets, id, at, month) >= 5 || countAt(db, openUrgent, id, at) > 0));
        } else if (actor == QStringLiteral("retention.advocate")) {
            CHECK((from == QStringLiteral("retention") && to == QStringLiteral("advocacy")));
            const qint64 halfYear = at - 180 * kDay;
            const bool advocated = countAt(db, advocacy, id, at, halfYear) > 0;
            CHECK((advocated || (countAt(db, promoter, id, at, halfYear) > 0 &&
                                 countAt(db, csatLow, id, at) == 0)));
            CHECK(countAt(db, detractor, id, at, at - 90 * kDay) == 0);
        } else if (actor == QStringLiteral("advocacy.lapse")) {
            CHECK((from == QStringLiteral("advocacy") && to == QStringLiteral("retention")));
            const qint64 year = at - 365 * kDay;
            const bool quiet = countAt(db, advocacy, id, at, year) == 0 &&
                               countAt(db, promoter, id, at, year) == 0;
            CHECK((quiet || countAt(db, detractor, id, at, at - 90 * kDay) > 0));
        } else {
            FAIL("a move by an unknown actor");
        }
    }
    // Each customer's stage is its latest move's.
    CHECK(count(db, "SELECT count(*) FROM customer c WHERE c.stage <> (SELECT t.to_stage FROM "
                    "stage_transition t "
                    "WHERE t.customer_id = c.id ORDER BY t.at DESC, t.id DESC LIMIT 1) OR "
                    "c.stage_entered_at <> "
                    "(SELECT max(t.at) FROM stage_transition t WHERE t.customer_id = c.id)") == 0);
    return checked;
}

// What `stages recompute` (and its replay) would change on the file at the generator's now.
qint64 recomputeChanges(Database& db, bool replay)
{
    const FixedClock clock(test::testNow());
    StageEngine engine(db, clock);
    RecomputeOptions options;
    options.dryRun = true;
    options.replay = replay;
    auto report = engine.recompute(options);
    REQUIRE(report);
    for (const StageChange& change : report->changes) {
        for (const StageTransition& move : change.moves)
            UNSCOPED_INFO("customer " << move.customerId
                                      << " would move: " << move.reason.toStdString());
    }
    return static_cast<qint64>(report->changes.size());
}

// Every stored move, one line per move in customer and time order, and each customer's stage.
QStringList movesOf(Database& db)
{
    QStringList lines;
    auto q = db.query(
        "SELECT customer_id, from_stage, to_stage, at, actor, reason FROM stage_transition "
        "ORDER BY customer_id, at, id");
    while (q->step()) {
        QStringList line;
        for (int c = 0; c < 6; ++c)
            line << (q->isNull(c) ? QStringLiteral("-") : q->text(c));
        lines << line.join(QLatin1Char('|'));
    }
    auto stages = db.query("SELECT id, stage, stage_entered_at FROM customer ORDER BY id");
    while (stages->step())
        lines << stages->text(0) + QLatin1Char('|') + stages->text(1) + QLatin1Char('|') +
                     stages->text(2);
    return lines;
}

} // namespace

TEST_CASE("Every generated move is one the stage rules make, quoting the numbers they count",
          "[generator][stages]")
{
    // The example of issue 14 (26 of its 151 postsales.settled moves broke their own
    // thresholds), another seed, and a file with many tickets per customer.
    const GeneratorOptions cases[] = {sized(200, 2000, 5000, 7), sized(300, 3000, 15000, 1),
                                      sized(60, 3000, 6000, 3)};
    for (const GeneratorOptions& options : cases) {
        INFO(options.customers << " customers, " << options.tickets << " tickets, "
                               << options.touchpoints << " touchpoints, seed " << options.seed);
        test::Scratch scratch;
        auto db = generated(scratch, QStringLiteral("g.sqlite"), options);
        const auto checked = recheckMoves(*db);
        CHECK(checked.count(QStringLiteral("onboarding.complete")) == 1);
        CHECK(checked.count(QStringLiteral("postsales.settled")) == 1);
        // The history is what the rules say: recomputing now moves nobody.
        CHECK(recomputeChanges(*db, false) == 0);
        CHECK(recomputeChanges(*db, true) == 0);
        // On a server, the same seed gives the very moves it gives in an SQLite file (issue 16).
        if (db->backend() != Database::Backend::Sqlite) {
            auto file = test::openSqliteFile(scratch.file(QStringLiteral("file.sqlite")));
            const FixedClock clock(test::testNow());
            REQUIRE(Generator::run(*file, options, clock));
            const QStringList onServer = movesOf(*db);
            const QStringList inFile = movesOf(*file);
            CHECK(onServer.size() == inFile.size());
            for (qsizetype i = 0; i < std::min(onServer.size(), inFile.size()); ++i) {
                if (onServer[i] != inFile[i]) {
                    CHECK(onServer[i] == inFile[i]); // the first difference only
                    break;
                }
            }
        }
    }
}

TEST_CASE("Generated histories follow the file's own stage rules", "[generator][stages]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("g.sqlite")));
    // Settling allows no ticket at all in the last 30 days: fewer settle, and later.
    REQUIRE(SettingsRepository(*db).setValue(
        QStringLiteral("stage_rule.postsales.settled.max_tickets"), QStringLiteral("0")));
    const FixedClock clock(test::testNow());
    REQUIRE(Generator::run(*db, sized(200, 2000, 5000, 7), clock));
    CHECK(count(*db, "SELECT count(*) FROM stage_transition WHERE actor = 'postsales.settled' AND "
                     "reason NOT LIKE '%0 tickets in the last 30 days (≤ 0)%'") == 0);
    CHECK(count(*db, "SELECT count(*) FROM stage_transition WHERE actor = 'postsales.settled'") >
          0);
    CHECK(recomputeChanges(*db, false) == 0);
}

TEST_CASE("Generate refuses counts beyond a workstation's, and more memory than there is",
          "[generator]")
{
    GeneratorOptions huge = sized(1'000'000'000, 0, 0, 1);
    auto refused = Generator::validate(huge);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral(
        "customers fit a demo on a workstation (ten times data set L), not 1000000000.")));
    CHECK(refused.error().contains(QString::number(GeneratorOptions::kMaxCustomers)));
    CHECK_FALSE(Generator::validate(
        sized(10, GeneratorOptions::kMaxTickets + 1, GeneratorOptions::kMaxTouchpoints, 1)));
    CHECK_FALSE(Generator::validate(sized(10, 0, GeneratorOptions::kMaxTouchpoints + 1, 1)));
    CHECK_FALSE(Generator::validate(sized(0, 0, 0, 1)));
    CHECK_FALSE(Generator::validate(sized(10, -1, 0, 1)));
    CHECK(Generator::validate(sized(GeneratorOptions::kMaxCustomers, GeneratorOptions::kMaxTickets,
                                    GeneratorOptions::kMaxTouchpoints, 1)));

    // Memory grows with the counts, and with the rows each customer holds at once.
    const GeneratorOptions l = sized(100'000, 1'000'000, 5'000'000, 1);
    const GeneratorOptions fewCustomers = sized(10, 1'000'000, 5'000'000, 1);
    CHECK(Generator::memoryNeeded(l) < (1LL << 30));
    CHECK(Generator::memoryNeeded(fewCustomers) > 4 * Generator::memoryNeeded(l));
    CHECK(Generator::fitsMemory(l, 1LL << 30));
    auto tooBig = Generator::fitsMemory(fewCustomers, 1LL << 30);
    REQUIRE_FALSE(tooBig);
    CHECK(tooBig.error().contains(QStringLiteral("1024 MB are available")));
    CHECK(Generator::fitsMemory(fewCustomers, -1)); // unknown: not refused
    CHECK(Generator::availableMemory() != 0);

    // A refused run touches nothing.
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("g.sqlite")));
    const FixedClock clock(test::testNow());
    auto result = Generator::run(*db, huge, clock);
    REQUIRE_FALSE(result);
    CHECK(result.error() == refused.error());
    CHECK(count(*db, "SELECT count(*) FROM agent") == 0);
}

TEST_CASE("Counts not given follow data set L's proportions", "[generator]")
{
    const GeneratorOptions tenCustomers = GeneratorOptions::derived(10, std::nullopt, std::nullopt);
    CHECK(tenCustomers.customers == 10);
    CHECK(tenCustomers.tickets == 100);
    CHECK(tenCustomers.touchpoints == 500);
    const GeneratorOptions fromTickets =
        GeneratorOptions::derived(std::nullopt, 1000, std::nullopt);
    CHECK(fromTickets.customers == 100);
    CHECK(fromTickets.touchpoints == 5000);
    const GeneratorOptions fromTouchpoints =
        GeneratorOptions::derived(std::nullopt, std::nullopt, 5000);
    CHECK(fromTouchpoints.customers == 100);
    CHECK(fromTouchpoints.tickets == 1000);
    // Derived tickets never outnumber the touchpoints given.
    const GeneratorOptions fewTouchpoints = GeneratorOptions::derived(100, std::nullopt, 300);
    CHECK(fewTouchpoints.tickets == 300);
    CHECK(Generator::validate(fewTouchpoints));
    const GeneratorOptions none =
        GeneratorOptions::derived(std::nullopt, std::nullopt, std::nullopt);
    CHECK(none.customers == GeneratorOptions{}.customers);
    CHECK(none.tickets == GeneratorOptions{}.tickets);
    CHECK(none.touchpoints == GeneratorOptions{}.touchpoints);
}
