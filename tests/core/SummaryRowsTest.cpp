// The summaries that new tickets and touchpoints change (each customer's open tickets, last touch,
// last review, last advocacy and best survey; the daily touchpoint counts) come out the same when
// many rows are written by one statement. An import into a database that has data writes each
// batch that way: on a server one COPY a table from 8 rows on (MultiRowInsert.h, kCopyFrom), whose
// new rows the summary triggers count once per statement (schema v21, 031_summary_rows.sql),
// several of the same customer among them; in a file, row triggers count each row. Likewise the
// daily counts that customers moved or churned by one UPDATE carry to their new stage (schema v22,
// 032_stage_move_days.sql, once per statement on a server). Runs on both backends.
#include "csv/CsvImporter.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "support/ImportTestSupport.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTimeZone>

#include <optional>
#include <ostream>
#include <string>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

// UTC seconds of an ISO date and time read as UTC.
qint64 utc(const char* isoTime)
{
    return QDateTime::fromString(QString::fromLatin1(isoTime), Qt::ISODate)
        .toUTC()
        .toSecsSinceEpoch();
}

struct Summary {
    qint64 openTickets = 0;
    std::optional<qint64> lastTouch;
    std::optional<qint64> lastReview;
    std::optional<qint64> lastAdvocacy;
    std::optional<qint64> bestSurvey;
    bool operator==(const Summary&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Summary& s)
{
    const auto text = [](const std::optional<qint64>& v) {
        return v ? std::to_string(*v) : std::string("none");
    };
    return out << "{open " << s.openTickets << ", touch " << text(s.lastTouch) << ", review "
               << text(s.lastReview) << ", advocacy " << text(s.lastAdvocacy) << ", survey "
               << text(s.bestSurvey) << '}';
}

// The summary columns of the customer with `email`, as stored.
Summary stored(Database& db, const char* email)
{
    auto q = db.query("SELECT open_tickets, last_touch_at, last_review_at, last_advocacy_at, "
                      "best_survey FROM customer WHERE email = ?");
    q->bind(1, QString::fromLatin1(email));
    REQUIRE(q->step());
    const auto value = [&q](int column) {
        return q->isNull(column) ? std::nullopt : std::optional<qint64>(q->int64(column));
    };
    return {q->int64(0), value(1), value(2), value(3), value(4)};
}

// check finds nothing, and touchpoint_day counts every touchpoint once.
void requireCountsRight(Database& db)
{
    auto problems = IntegrityCheck::run(db);
    REQUIRE(problems);
    CHECK(problems->isEmpty());
    CHECK(db.scalar("SELECT sum(touchpoints) FROM touchpoint_day") ==
          db.scalar("SELECT count(*) FROM touchpoint"));
}

// The stage each customer is in, by e-mail, and how many touchpoints touchpoint_day counts in
// `bucket` (a stage, or 'churned').
QString stageOf(Database& db, const char* email)
{
    auto q = db.query("SELECT stage FROM customer WHERE email = ?");
    q->bind(1, QString::fromLatin1(email));
    REQUIRE(q->step());
    return q->text(0);
}

qint64 countedIn(Database& db, const char* bucket)
{
    auto q = db.query("SELECT coalesce(sum(touchpoints), 0) FROM touchpoint_day WHERE stage = ?");
    q->bind(1, QString::fromLatin1(bucket));
    REQUIRE(q->step());
    return q->int64(0);
}

} // namespace

TEST_CASE("Tickets and touchpoints imported many to a statement into a database with data keep "
          "each customer's summaries and the daily counts",
          "[import][summaries]")
{
    const test::Zone zone("UTC");
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"s.sqlite"_s));
    // The customers, by a first import into the empty database (its bulk path).
    REQUIRE(test::importCsv(*db, "subject,customer_email,status,created_at,solved_at\n"
                                 "First,a@example.com,open,2025-01-05 10:00:00,\n"
                                 "Second,b@example.com,solved,2025-01-03 08:00:00,"
                                 "2025-01-04 08:00:00\n"));
    REQUIRE(stored(*db, "a@example.com") ==
            Summary{1, utc("2025-01-05T10:00:00Z"), std::nullopt, std::nullopt, std::nullopt});

    // Ten touchpoints of both customers, interleaved (one COPY on a server), each kind's newest
    // not last: two reviews, three scored surveys and one without a score (newer, and no best
    // score), two kinds of advocacy, and touches older than every other.
    ImportOptions touchpoints;
    touchpoints.entity = ImportMapping::Entity::Touchpoints;
    auto second = test::importCsv(*db,
                                  "customer_email,kind,direction,occurred_at,summary,score\n"
                                  "a@example.com,success_review,outbound,2025-02-01 09:00:00,,\n"
                                  "b@example.com,survey,inbound,2025-02-02 12:00:00,,7\n"
                                  "a@example.com,survey,inbound,2025-01-20 12:00:00,,9\n"
                                  "a@example.com,survey,inbound,2025-03-01 12:00:00,,\n"
                                  "b@example.com,testimonial,inbound,2025-01-15 12:00:00,,\n"
                                  "b@example.com,meetup,inbound,2025-01-10 12:00:00,,\n"
                                  "a@example.com,email,outbound,2024-12-01 12:00:00,Hello,\n"
                                  "a@example.com,success_review,outbound,2025-01-25 09:00:00,,\n"
                                  "b@example.com,survey,inbound,2025-01-05 12:00:00,,5\n"
                                  "b@example.com,email,outbound,2024-11-01 12:00:00,Hi,\n",
                                  touchpoints);
    REQUIRE(second);
    REQUIRE(second->imported == 10);
    CHECK(stored(*db, "a@example.com") ==
          Summary{1, utc("2025-03-01T12:00:00Z"), utc("2025-02-01T09:00:00Z"), std::nullopt, 9});
    CHECK(stored(*db, "b@example.com") ==
          Summary{0, utc("2025-02-02T12:00:00Z"), std::nullopt, utc("2025-01-15T12:00:00Z"), 7});

    // Nine tickets, open and not, several open ones of the same customer, of both customers and
    // of a new one; each new ticket's arrival is a touchpoint too (nine more, one COPY).
    auto third = test::importCsv(*db, "subject,customer_email,status,created_at,solved_at\n"
                                      "Third,a@example.com,pending,2025-04-01 10:00:00,\n"
                                      "Fourth,a@example.com,closed,2025-02-10 10:00:00,"
                                      "2025-02-11 10:00:00\n"
                                      "Fifth,b@example.com,new,2025-01-01 10:00:00,\n"
                                      "Sixth,c@example.com,open,2025-02-20 10:00:00,\n"
                                      "Seventh,a@example.com,on_hold,2025-03-15 10:00:00,\n"
                                      "Eighth,b@example.com,solved,2025-02-05 10:00:00,"
                                      "2025-02-06 10:00:00\n"
                                      "Ninth,c@example.com,open,2025-01-10 10:00:00,\n"
                                      "Tenth,a@example.com,open,2025-01-02 10:00:00,\n"
                                      "Eleventh,b@example.com,pending,2025-01-20 10:00:00,\n");
    REQUIRE(third);
    REQUIRE(third->imported == 9);
    CHECK(stored(*db, "a@example.com") ==
          Summary{4, utc("2025-04-01T10:00:00Z"), utc("2025-02-01T09:00:00Z"), std::nullopt, 9});
    CHECK(stored(*db, "b@example.com") ==
          Summary{2, utc("2025-02-05T10:00:00Z"), std::nullopt, utc("2025-01-15T12:00:00Z"), 7});
    CHECK(stored(*db, "c@example.com") ==
          Summary{2, utc("2025-02-20T10:00:00Z"), std::nullopt, std::nullopt, std::nullopt});

    // Every summary and daily touchpoint count against a count of the rows.
    requireCountsRight(*db);
}

TEST_CASE("Customers moved or churned many to a statement carry their daily touchpoint counts",
          "[import][summaries]")
{
    const test::Zone zone("UTC");
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"m.sqlite"_s));
    REQUIRE(test::importCsv(*db, "subject,customer_email,status,created_at,solved_at\n"
                                 "First,a@example.com,open,2025-01-05 10:00:00,\n"
                                 "Second,b@example.com,solved,2025-01-03 08:00:00,"
                                 "2025-01-04 08:00:00\n"));

    // Three new customers, whose tickets (and arrivals) share days and channels with each other
    // and with a customer already there. The import places them by the rules; on a server it
    // writes their stages in one UPDATE (StageFactsWrites.cpp), whose statement trigger moves
    // their counts out of the stage they were created in (schema v22, 032_stage_move_days.sql).
    auto placed = test::importCsv(*db, "subject,customer_email,status,created_at,solved_at\n"
                                       "T1,c@example.com,solved,2025-01-03 08:00:00,"
                                       "2025-01-04 08:00:00\n"
                                       "T2,c@example.com,solved,2025-03-03 08:00:00,"
                                       "2025-03-04 08:00:00\n"
                                       "T3,d@example.com,solved,2025-01-03 09:00:00,"
                                       "2025-01-03 10:00:00\n"
                                       "T4,e@example.com,open,2025-03-05 10:00:00,\n"
                                       "T5,d@example.com,closed,2025-02-05 10:00:00,"
                                       "2025-02-06 10:00:00\n"
                                       "T6,e@example.com,solved,2025-01-03 10:00:00,"
                                       "2025-01-03 12:00:00\n"
                                       "T7,a@example.com,solved,2025-01-03 11:00:00,"
                                       "2025-01-03 12:00:00\n"
                                       "T8,c@example.com,solved,2025-01-03 09:00:00,"
                                       "2025-01-03 12:00:00\n");
    REQUIRE(placed);
    REQUIRE(placed->customersCreated == 3);
    for (const char* email : {"c@example.com", "d@example.com", "e@example.com"})
        REQUIRE(stageOf(*db, email) == u"retention"_s);
    CHECK(countedIn(*db, "onboarding") == 0);
    CHECK(countedIn(*db, "retention") == 10);
    requireCountsRight(*db);

    // Churned in one statement, one customer of it staying as it was.
    db->execute("UPDATE customer SET status = CASE email WHEN 'a@example.com' THEN 'active' ELSE "
                "'churned' END WHERE email IN ('a@example.com', 'c@example.com', 'e@example.com')");
    CHECK(countedIn(*db, "churned") == 5);
    CHECK(countedIn(*db, "retention") == 5);
    requireCountsRight(*db);

    // Back, with every other customer in the statement too.
    db->execute("UPDATE customer SET status = 'active'");
    CHECK(countedIn(*db, "churned") == 0);
    CHECK(countedIn(*db, "retention") == 10);
    requireCountsRight(*db);
}
