// The dates and times other helpdesks' exports hold, as a user expects them imported
// (../shared/fixtures/import-quirks/README.md): month names and 12-hour clocks, one day/month
// order per file, impossible dates, epoch seconds, clock changes, rows with no date at all.
#include "csv/CsvImporter.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Statement.h"
#include "support/ImportTestSupport.h"
#include "support/TestSupport.h"

#include "core/FrontEnds.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>

#include <ctime>

using namespace fd;
using namespace Qt::StringLiterals;
using test::fixture;
using test::importCsv;
using test::importFixture;
using test::row;
using test::ticket;
using test::Zone;
using Entity = ImportMapping::Entity;

TEST_CASE("Jira's month names, two-digit years and 12-hour clock", "[csv][import][quirks]")
{
    const Zone zone("UTC");
    auto run = importFixture(u"import-quirks/c04_jira_dates.csv"_s);
    REQUIRE(run.summary);
    CHECK(ticket(*run.db, u"SUP-12"_s) ==
          u"solved|high|email|2024-03-05T14:22:00Z|2024-03-06T09:05:00Z|||"_s);
    CHECK(ticket(*run.db, u"SUP-13"_s).startsWith(u"open|normal|email|2024-03-12T11:40:00Z|"_s));

    ImportOptions named;
    named.dateFormat = u"dd/MMM/yy h:mm AP"_s;
    auto withFormat = importFixture(u"import-quirks/c04_jira_dates.csv"_s, named);
    REQUIRE(withFormat.summary);
    CHECK(ticket(*withFormat.db, u"SUP-12"_s) == ticket(*run.db, u"SUP-12"_s));
}

TEST_CASE("Day and month are read in one order for the whole file, from every date column",
          "[csv][import][quirks]")
{
    const Zone zone("UTC");
    auto a = importFixture(u"import-quirks/c10a_us_dates.csv"_s);
    REQUIRE(a.summary);
    CHECK(ticket(*a.db, u"1"_s) ==
          u"solved|normal|email|2024-04-03T09:00:00Z|2024-04-13T10:00:00Z|||"_s);
    CHECK(ticket(*a.db, u"2"_s) ==
          u"solved|normal|email|2024-02-01T11:30:00Z|2024-02-20T16:00:00Z|||"_s);
    CHECK(a.summary->text().contains(u"month first"_s));

    auto b = importFixture(u"import-quirks/c10b_us_dates_conflict.csv"_s);
    REQUIRE(b.summary);
    CHECK(ticket(*b.db, u"1"_s).contains(u"|2024-04-03T09:00:00Z|2024-04-13T10:00:00Z|"_s));
    CHECK(ticket(*b.db, u"2"_s).contains(u"|2024-04-05T11:30:00Z|2024-04-20T16:00:00Z|"_s));

    SECTION("all ambiguous: one order with a note, and one --date-format fixes date and date-time "
            "columns")
    {
        auto guessed = importFixture(u"import-quirks/c10d_us_dateonly_and_datetime.csv"_s);
        REQUIRE(guessed.summary);
        CHECK(guessed.summary->text().contains(u"day first"_s));
        CHECK(ticket(*guessed.db, u"1"_s).contains(u"|2024-03-04T09:00:00Z|"_s));
        CHECK(row(*guessed.db, u"SELECT since FROM customer WHERE email = 'ada@example.com'"_s) ==
              u"2024-02-01"_s);

        ImportOptions monthFirst;
        monthFirst.dateFormat = u"MM/dd/yyyy HH:mm"_s;
        auto named =
            importFixture(u"import-quirks/c10d_us_dateonly_and_datetime.csv"_s, monthFirst);
        REQUIRE(named.summary);
        CHECK(ticket(*named.db, u"1"_s).contains(u"|2024-04-03T09:00:00Z|"_s));
        CHECK(ticket(*named.db, u"2"_s).contains(u"|2024-02-05T11:30:00Z|"_s));
        CHECK(row(*named.db, u"SELECT since FROM customer WHERE email = 'ada@example.com'"_s) ==
              u"2024-01-02"_s);
        CHECK(row(*named.db, u"SELECT since FROM customer WHERE email = 'bert@example.com'"_s) ==
              u"2024-02-01"_s);
    }
}

TEST_CASE("An impossible date is one row's error, and --skip-invalid keeps the others",
          "[csv][import][quirks]")
{
    const Zone zone("UTC");
    auto refused = importFixture(u"import-quirks/c11d_impossible_date.csv"_s);
    REQUIRE_FALSE(refused.summary);
    CHECK(refused.summary.error().startsWith(
        u"in.csv, line 3, column 4 (“Created”): '2024-02-30 10:00' is not a real date"_s));
    CHECK(refused.db->scalar("SELECT count(*) FROM ticket") == 0);

    QBuffer rejects;
    rejects.open(QIODevice::WriteOnly);
    ImportOptions options;
    options.skipInvalid = true;
    options.rejects = &rejects;
    auto kept = importFixture(u"import-quirks/c11d_impossible_date.csv"_s, options);
    REQUIRE(kept.summary);
    CHECK(kept.summary->imported == 2);
    CHECK(kept.summary->rejected == 1);
    CHECK(rejects.data().split('\n').value(1).startsWith(
        "2,bert@example.com,Billing,2024-02-30 10:00,"));
    CHECK(rejects.data().contains("not a real date"));
}

TEST_CASE("Unix epoch seconds are instants", "[csv][import][quirks]")
{
    auto run = importFixture(u"import-quirks/c13_epoch.csv"_s); // whatever the machine's zone
    REQUIRE(run.summary);
    CHECK(run.db->scalar("SELECT created_at FROM ticket") == 1709644930);
    CHECK(run.db->scalar("SELECT solved_at FROM ticket") == 1709652000);
}

TEST_CASE("Local times in a clock change: the gap moves forward, the doubled hour is the first",
          "[csv][import][quirks]")
{
    const Zone zone("America/New_York");
    auto run = importFixture(u"import-quirks/c19_dst_local_times.csv"_s);
    REQUIRE(run.summary);
    CHECK(ticket(*run.db, u"1"_s).contains(u"|2024-03-10T07:30:00Z|"_s));
    CHECK(ticket(*run.db, u"2"_s).contains(u"|2024-11-03T05:30:00Z|2024-11-03T05:45:00Z|"_s));
    CHECK(run.summary->text().contains(u"forward"_s));
}

TEST_CASE("A row refused because a time moved forward in a clock change says so",
          "[csv][import][quirks]")
{
    const Zone zone("Europe/Berlin");
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"b.sqlite"_s));
    auto refused = importCsv(*db, "Ticket ID,Email,Subject,Status,Created,Solved\n"
                                  "1,a@x.example,S,Solved,2024-03-31 02:30,2024-03-31 03:10\n");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(
        u"(2024-03-31 02:30 is not a time on this machine's clock: the clocks sprang "
        u"forward, so it was read as the hour after)"_s));
}

TEST_CASE("A ticket with no date-time at all is dated at the import, and counted",
          "[csv][import][quirks]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"t.sqlite"_s));
    auto summary =
        importCsv(*db, "Ticket ID,Email,Subject,Status,Created,Resolved\n"
                       "1,a@example.com,Never answered,Open,,\n"
                       "2,b@example.com,Answered,Solved,2024-03-05 10:00,2024-03-05 12:00\n");
    REQUIRE(summary);
    CHECK(summary->imported == 2);
    CHECK(summary->datedAtImport == 1);
    CHECK(db->scalar("SELECT created_at FROM ticket WHERE external_ref = '1'") ==
          test::testNow().toSecsSinceEpoch());
    CHECK(summary->text().contains(
        u"1 ticket had no date-time at all; it is dated at the moment of the import."_s));
}
