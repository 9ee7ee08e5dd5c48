// The demo generator: deterministic for a seed, realistic, all-or-nothing.
#include "demo/Generator.h"
#include "storage/IntegrityCheck.h"
#include "storage/StatsRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>

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

} // namespace

TEST_CASE("The same seed and day give the same data; another seed does not", "[generator]")
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
    // The bulk load rebuilt the search index and put the journal back to WAL.
    CHECK(count(*db, "SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH 'setup OR invoice'") > 0);
    auto mode = db->query("PRAGMA journal_mode");
    REQUIRE(mode->step());
    CHECK(mode->text(0) == QStringLiteral("wal"));
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
        const QByteArray sql = "SELECT count(*) FROM " + name.left(name.indexOf('.')) +
                               " WHERE " + name.mid(name.indexOf('.') + 1) + " > " + now;
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
    // Onboarding customers are recent; advocates are not.
    CHECK(count(*db, "SELECT count(*) FROM customer WHERE stage = 'onboarding' AND "
                     "status = 'active' AND julianday('2026-03-15') - julianday(since) > 45 "
                     "AND id IN (SELECT customer_id FROM touchpoint)") == 0);
    CHECK(count(*db, "SELECT count(*) FROM customer WHERE stage = 'advocacy' AND "
                     "julianday('2026-03-15') - julianday(since) < 120") == 0);
    // Surveys carry NPS scores, advocates' are high.
    CHECK(count(*db, "SELECT count(*) FROM touchpoint WHERE kind = 'survey' AND score IS NULL") == 0);
    CHECK(count(*db, "SELECT min(score) FROM touchpoint p JOIN customer c ON c.id = "
                     "p.customer_id WHERE p.kind = 'survey' AND p.occurred_at >= "
                     "c.stage_entered_at AND c.stage = 'advocacy'") >= 9);
    // Some CSAT, only on solved tickets.
    CHECK(count(*db, "SELECT count(*) FROM ticket WHERE csat IS NOT NULL") > 0);
    CHECK(count(*db, "SELECT count(*) FROM ticket WHERE csat IS NOT NULL AND solved_at IS NULL") == 0);
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
    CHECK(tooFew.error().contains(QStringLiteral("--touchpoints")));
    CHECK(count(*db, "SELECT count(*) FROM agent") == 0);

    REQUIRE(Generator::run(*db, small(), clock));
    const QByteArray before = digest(*db);
    auto twice = Generator::run(*db, small(), clock);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().contains(QStringLiteral("already holds 300 customers")));
    CHECK(digest(*db) == before);
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
    auto result = Generator::run(*db, small(), clock, progress, &cancel);
    REQUIRE_FALSE(result);
    CHECK(result.error().contains(QStringLiteral("cancelled")));
    CHECK(count(*db, "SELECT count(*) FROM customer") == 0);
    CHECK(count(*db, "SELECT count(*) FROM agent") == 0);
    // The indexes and triggers dropped for the bulk load are back.
    CHECK(count(*db, "SELECT count(*) FROM sqlite_schema WHERE name = 'touchpoint_customer'") == 1);
    CHECK(count(*db, "SELECT count(*) FROM sqlite_schema WHERE name = 'ticket_fts_insert'") == 1);
}
