// HealthRepository::write on both backends with enough scores for a server's bulk path (upsertRows:
// COPY into a temporary table, then the scores stored before updated and the new ones inserted;
// issue 18, "health for every customer ≤ 2 s"): a first recompute, a second the same day (its
// snapshot replaced, a band change's first band kept), and the next day's with the caller's idea
// of what is stored wrong both ways (a score believed new that is there, one believed there that
// is not): every table ends as the scores say, on a file as on a server.
#include "domain/Customer.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/HealthRepository.h"
#include "storage/MultiRowInsert.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

namespace {

constexpr int kCustomers = 12; // more than kCopyFrom (storage/MultiRowInsert.h): the bulk path

std::vector<HealthScore> scoresOf(const std::vector<qint64>& customers, int base)
{
    std::vector<HealthScore> scores;
    for (std::size_t i = 0; i < customers.size(); ++i) {
        HealthScore s;
        s.customerId = customers[i];
        s.score = base + int(i);
        s.band = s.score >= 70  ? ScoreBand::Healthy
                 : s.score < 40 ? ScoreBand::AtRisk
                                : ScoreBand::Watch;
        scores.push_back(s);
    }
    return scores;
}

// Each row of `sql` as "a|b|c".
QStringList rowsOf(Database& db, const char* sql, const QDate& day = {})
{
    auto q = db.query(sql);
    if (day.isValid())
        q->bind(1, day);
    QStringList rows;
    while (q->step()) {
        QStringList cells;
        for (int c = 0; c < q->columnCount(); ++c)
            cells << q->text(c);
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

QStringList expectedHealth(const std::vector<HealthScore>& scores, const QDate& day)
{
    QStringList rows;
    for (const HealthScore& s : scores)
        rows << QStringLiteral("%1|%2|%3|%4")
                    .arg(s.customerId)
                    .arg(s.score)
                    .arg(QString::fromLatin1(enumName(s.band)), day.toString(Qt::ISODate));
    return rows;
}

QStringList expectedSnapshots(const std::vector<HealthScore>& scores)
{
    QStringList rows;
    for (const HealthScore& s : scores)
        rows << QStringLiteral("%1|%2|%3")
                    .arg(s.customerId)
                    .arg(s.score)
                    .arg(QString::fromLatin1(enumName(s.band)));
    return rows;
}

const char* const kHealth =
    "SELECT customer_id, score, band, day FROM customer_health ORDER BY customer_id";
const char* const kSnapshots =
    "SELECT customer_id, score, band FROM health_snapshot WHERE day = ? ORDER BY customer_id";
const char* const kChanges = "SELECT customer_id, from_band, to_band, score FROM "
                             "health_band_change WHERE day = ? ORDER BY customer_id";

} // namespace

TEST_CASE("health scores written in bulk land whole, whatever the caller believed was stored",
          "[health]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("health.sqlite")));
    std::vector<qint64> customers;
    for (int i = 0; i < kCustomers; ++i) {
        auto id =
            CustomerRepository(*db).add(test::customerNamed(QStringLiteral("Customer %1").arg(i)));
        REQUIRE(id);
        customers.push_back(*id);
    }
    HealthRepository health(*db);
    const QDate day1 = test::testNow().date();
    const QDate day2 = day1.addDays(1);

    // The first recompute: nothing stored, every row new.
    const std::vector<HealthScore> first = scoresOf(customers, 35); // 35-46: At risk and Watch
    std::vector<BandMove> firstMoves;
    for (const HealthScore& s : first)
        firstMoves.push_back({s.customerId, std::nullopt, s.band, -1, s.score});
    REQUIRE(health.write(first, day1, firstMoves));
    CHECK(rowsOf(*db, kHealth) == expectedHealth(first, day1));
    CHECK(rowsOf(*db, kSnapshots, day1) == expectedSnapshots(first));
    CHECK(rowsOf(*db, kChanges, day1).isEmpty()); // a first score is no change of band

    // Again the same day, every score up 30 (each changes band), told what is stored: the
    // day's snapshot replaced, the band changes of those who moved.
    auto stored = health.stored();
    REQUIRE(stored);
    REQUIRE(stored->size() == std::size_t(kCustomers));
    const std::vector<HealthScore> second = scoresOf(customers, 65);
    std::vector<BandMove> secondMoves;
    for (std::size_t i = 0; i < second.size(); ++i) {
        if (first[i].band != second[i].band)
            secondMoves.push_back({second[i].customerId, first[i].band, second[i].band,
                                   first[i].score, second[i].score});
    }
    REQUIRE(secondMoves.size() >= kCopyFrom); // the band changes take the bulk path too
    REQUIRE(health.write(second, day1, secondMoves, {}, *stored));
    CHECK(rowsOf(*db, kHealth) == expectedHealth(second, day1));
    CHECK(rowsOf(*db, kSnapshots, day1) == expectedSnapshots(second));
    CHECK(db->scalar("SELECT count(*) FROM health_snapshot") == kCustomers);
    QStringList changed;
    for (const BandMove& m : secondMoves)
        changed << QStringLiteral("%1|%2|%3|%4")
                       .arg(m.customerId)
                       .arg(QString::fromLatin1(enumName(*m.from)),
                            QString::fromLatin1(enumName(m.to)))
                       .arg(m.toScore);
    CHECK(rowsOf(*db, kChanges, day1) == changed);

    // The same day once more, back down: a band change keeps the day's first band.
    stored = health.stored();
    REQUIRE(stored);
    std::vector<BandMove> backMoves;
    for (BandMove m : secondMoves) {
        std::swap(*m.from, m.to);
        std::swap(m.fromScore, m.toScore);
        backMoves.push_back(m);
    }
    REQUIRE(health.write(first, day1, backMoves, {}, *stored));
    CHECK(rowsOf(*db, kHealth) == expectedHealth(first, day1));
    CHECK(rowsOf(*db, kSnapshots, day1) == expectedSnapshots(first));
    QStringList changedBack;
    for (const BandMove& m : secondMoves)
        changedBack << QStringLiteral("%1|%2|%2|%3")
                           .arg(m.customerId)
                           .arg(QString::fromLatin1(enumName(*m.from)))
                           .arg(m.fromScore);
    CHECK(rowsOf(*db, kChanges, day1) == changedBack);

    // The next day, told wrong both ways: the first customer's score believed new (it is
    // there), the second's believed there (deleted since), and every snapshot of the new day
    // believed there (none is).
    stored = health.stored();
    REQUIRE(stored);
    std::vector<StoredHealth> believed(stored->begin() + 1, stored->end());
    for (StoredHealth& b : believed)
        b.day = day2;
    {
        auto q = db->query("DELETE FROM customer_health WHERE customer_id = ?");
        q->bind(1, customers[1]);
        REQUIRE(db->guard([&] { q->exec(); }));
    }
    const std::vector<HealthScore> third = scoresOf(customers, 20);
    REQUIRE(health.write(third, day2, {}, {}, believed));
    CHECK(rowsOf(*db, kHealth) == expectedHealth(third, day2));
    CHECK(rowsOf(*db, kSnapshots, day2) == expectedSnapshots(third));
    CHECK(rowsOf(*db, kSnapshots, day1) == expectedSnapshots(first));

    // And right again: the believed-new scores of a day that has their snapshots already.
    REQUIRE(health.write(third, day2, {}, {}, {}));
    CHECK(rowsOf(*db, kHealth) == expectedHealth(third, day2));
    CHECK(db->scalar("SELECT count(*) FROM health_snapshot") == 2 * kCustomers);
}
