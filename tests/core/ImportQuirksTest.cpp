// Files shaped like what teams really export from other helpdesks, Jira and spreadsheets
// (tests/fixtures/import-quirks, whose README says what a user expects of each), and the
// kinds of fault a hostile first import found.
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

TEST_CASE("Zendesk's offsets after a space are exact instants, and Via is the channel",
          "[csv][import][quirks]")
{
    const Zone zone("UTC");
    auto run = importFixture(u"import-quirks/c01_zendesk_offset.csv"_s);
    REQUIRE(run.summary);
    CHECK(ticket(*run.db, u"1001"_s) ==
          u"solved|high|email|2024-03-05T13:22:10Z|2024-03-05T15:40:00Z|||login, vip"_s);
    CHECK(ticket(*run.db, u"1002"_s) ==
          u"open|normal|self_service|2024-03-06T08:05:00Z||||billing"_s);
    CHECK(ticket(*run.db, u"1003"_s) ==
          u"closed|low|live_chat|2024-03-08T04:30:00Z|2024-03-08T06:10:00Z|||"_s);
}

TEST_CASE("Zammad's numbered priorities and pending reminder, and customers matched by name",
          "[csv][import][quirks]")
{
    const Zone zone("UTC");
    auto run = importFixture(u"import-quirks/c02_zammad_names.csv"_s);
    REQUIRE(run.summary);
    CHECK(ticket(*run.db, u"31001"_s).startsWith(u"new|normal|"_s));
    CHECK(ticket(*run.db, u"31002"_s).startsWith(u"pending|high|"_s));
    CHECK(ticket(*run.db, u"31003"_s).startsWith(u"closed|low|"_s));
    CHECK(run.db->scalar("SELECT count(*) FROM customer") == 2);
    CHECK(run.db->scalar("SELECT count(*) FROM ticket t JOIN customer c ON c.id = t.customer_id "
                         "WHERE c.name = 'Ada Example'") == 2);
}

TEST_CASE("Repeated list headers are joined, but a repeated header of another field is refused",
          "[csv][import][quirks]")
{
    const Zone zone("UTC");
    auto run = importFixture(u"import-quirks/c05_duplicate_headers.csv"_s);
    REQUIRE(run.summary);
    CHECK(ticket(*run.db, u"SUP-12"_s).endsWith(u"|billing, vip"_s));
    CHECK(ticket(*run.db, u"SUP-13"_s).endsWith(u"|performance"_s));

    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"t.sqlite"_s));
    auto refused = importCsv(*db, "Subject,Email,Status,Status\nA,a@example.com,Open,Closed\n");
    REQUIRE_FALSE(refused);
    CHECK(refused.error() ==
          u"in.csv: The header “Status” appears 2 times (columns 3 and 4), and a ticket has one "
          u"status; remove or rename all but one of those columns."_s);
    CHECK(db->scalar("SELECT count(*) FROM ticket") == 0);
}

TEST_CASE("Semicolon files with or without Excel's sep= line read like comma files",
          "[csv][import][quirks]")
{
    const Zone zone("UTC");
    for (const QString& name :
         {u"import-quirks/c06a_semicolon_sep.csv"_s, u"import-quirks/c06b_semicolon.csv"_s}) {
        INFO(name.toStdString());
        auto run = importFixture(name);
        REQUIRE(run.summary);
        CHECK(run.summary->imported == 2);
        CHECK(ticket(*run.db, u"1"_s) == u"open|high|email|2024-03-05T14:22:00Z||||"_s);
        CHECK(row(*run.db, u"SELECT subject FROM ticket WHERE external_ref = '2'"_s) ==
              u"Rechnung falsch, bitte pruefen"_s);
        CHECK(run.summary->text().contains(u"“;”"_s));
    }
}

TEST_CASE(
    "Values in another language are refused with the option that maps them, and mapped with it",
    "[csv][import][quirks]")
{
    const test::FrontEnd cli(test::FrontEnd::Cli); // the flags these sentences name
    const Zone zone("UTC");
    auto refused = importFixture(u"import-quirks/c06c_german_values.csv"_s);
    REQUIRE_FALSE(refused.summary);
    CHECK(refused.summary.error().startsWith(
        u"in.csv, line 2, column 3 (“Status”): 'Offen' is not a ticket status"_s));
    CHECK(refused.summary.error().contains(u"--map-value status:Offen=VALUE"_s));
    CHECK_FALSE(refused.summary.error().contains(u".;"_s));

    ImportOptions options;
    options.valueMaps = {u"status:Offen=open"_s, u"status:geschlossen=closed"_s,
                         u"priority:Hoch=high"_s, u"priority:NIEDRIG=low"_s};
    auto run = importFixture(u"import-quirks/c06c_german_values.csv"_s, options);
    REQUIRE(run.summary);
    CHECK(ticket(*run.db, u"1"_s).startsWith(u"open|high|"_s));
    CHECK(ticket(*run.db, u"2"_s).startsWith(u"closed|low|"_s));

    SECTION("a mapping to a value the field does not take is refused before any row")
    {
        ImportOptions wrong;
        wrong.valueMaps = {u"status:Offen=offen"_s};
        auto bad = importFixture(u"import-quirks/c06c_german_values.csv"_s, wrong);
        REQUIRE_FALSE(bad.summary);
        CHECK(bad.summary.error() == u"In the value mapping status:Offen=offen: 'offen' is not a "
                                     u"ticket status; expected new, "
                                     u"open, pending, on_hold, solved or closed."_s);
        ImportOptions field;
        field.valueMaps = {u"subject:Drucker=Printer"_s};
        auto noField = importFixture(u"import-quirks/c06c_german_values.csv"_s, field);
        REQUIRE_FALSE(noField.summary);
        CHECK(noField.summary.error() ==
              u"In the value mapping subject:Drucker=Printer, 'subject' is not a field with fixed "
              u"values; map the values of one of these fields: status, priority, channel, "
              u"category, csat."_s);
    }
    SECTION("a dry run that keeps its bad rows lists every unknown value with its rows")
    {
        QBuffer rejects;
        rejects.open(QIODevice::WriteOnly);
        ImportOptions dry;
        dry.dryRun = true;
        dry.skipInvalid = true;
        dry.rejects = &rejects;
        auto checked = importFixture(u"import-quirks/c06c_german_values.csv"_s, dry);
        REQUIRE(checked.summary);
        QStringList unknown;
        for (const auto& value : checked.summary->unknownValues)
            unknown << value.field + u':' + value.text + u'=' + QString::number(value.rows);
        CHECK(unknown == QStringList{u"priority:Hoch=1"_s, u"priority:Niedrig=1"_s,
                                     u"status:Geschlossen=1"_s, u"status:Offen=1"_s});
    }
}

TEST_CASE("UTF-16 from Excel's Unicode text imports", "[csv][import][quirks]")
{
    const Zone zone("UTC");
    auto run = importFixture(u"import-quirks/c07c_utf16le_nobom_comma.csv"_s);
    REQUIRE(run.summary);
    const auto created = test::times(*run.db, "SELECT created_at FROM ticket");
    REQUIRE(created.size() == 1);
    CHECK(row(*run.db, u"SELECT subject FROM ticket"_s) + u'|' +
              test::utcText(created.front(), u"yyyy-MM-dd HH:mm"_s) ==
          u"Login issue|2024-03-05 14:22"_s);
}

TEST_CASE("Excel's padding: empty rows are skipped, unnamed columns are not mentioned",
          "[csv][import][quirks]")
{
    const Zone zone("UTC");
    auto run = importFixture(u"import-quirks/c09a_excel_padding.csv"_s);
    REQUIRE(run.summary);
    CHECK(run.summary->rows == 2);
    CHECK(run.summary->imported == 2);
    CHECK(run.summary->emptyRows == 2);
    CHECK_FALSE(run.summary->text().contains(u"“”"_s));
    CHECK(run.db->scalar("SELECT csat FROM ticket WHERE external_ref = '1'") == 5);
}

TEST_CASE("Placeholders are empty cells, counted in the summary", "[csv][import][quirks]")
{
    const Zone zone("UTC");
    auto dash = importFixture(u"import-quirks/c11a_placeholders_dash.csv"_s);
    REQUIRE(dash.summary);
    CHECK(dash.summary->placeholders == 1);
    CHECK(ticket(*dash.db, u"2"_s) == u"open|normal|email|2024-03-05T14:22:00Z||||"_s);
    CHECK(dash.summary->text().contains(u"1 cell held a placeholder"_s));

    auto na = importFixture(u"import-quirks/c11b_placeholders_na.csv"_s);
    REQUIRE(na.summary);
    CHECK(na.summary->placeholders == 2);
    CHECK(ticket(*na.db, u"1"_s) == u"open|normal|email|2024-03-05T14:22:00Z||||"_s);
    CHECK(ticket(*na.db, u"2"_s).endsWith(u"|4|"_s));
}

TEST_CASE(
    "osTicket's headers and 12-hour times, and a status column no field reads is never ignored",
    "[csv][import][quirks]")
{
    const test::FrontEnd cli(test::FrontEnd::Cli); // the flags these sentences name
    const Zone zone("UTC");
    auto run = importFixture(u"import-quirks/c14a_ostickets_ampm.csv"_s);
    REQUIRE(run.summary);
    CHECK(ticket(*run.db, u"100231"_s).startsWith(u"open|normal|email|2024-03-05T00:15:00Z|"_s));
    CHECK(ticket(*run.db, u"100232"_s).startsWith(u"closed|high|email|2024-03-05T12:30:00Z|"_s));
    CHECK(ticket(*run.db, u"100233"_s).startsWith(u"open|low|email|2024-03-25T23:59:00Z|"_s));

    // The same file with a status header no synonym knows.
    QByteArray renamed = fixture(u"import-quirks/c14a_ostickets_ampm.csv"_s);
    renamed.replace("Current Status", "Ticket Lifecycle");
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"t.sqlite"_s));
    auto refused = importCsv(*db, renamed);
    REQUIRE_FALSE(refused);
    CHECK(refused.error() ==
          u"in.csv: no column is read as the tickets' status, but column 7 (“Ticket Lifecycle”) "
          u"looks "
          u"like it (it holds Open, Closed), and without it every ticket would be imported as new; "
          u"map "
          u"it with --map status='Ticket Lifecycle', or leave it out with --map status=."_s);
    ImportOptions mapped;
    mapped.overrides = {u"status=Ticket Lifecycle"_s};
    auto fixed = importCsv(*db, renamed, mapped);
    REQUIRE(fixed);
    CHECK(db->scalar("SELECT count(*) FROM ticket WHERE status = 'closed'") == 1);
}

TEST_CASE("HubSpot's layout: Waiting on contact is pending", "[csv][import][quirks]")
{
    const Zone zone("UTC");
    auto run = importFixture(u"import-quirks/c16_hubspot.csv"_s);
    REQUIRE(run.summary);
    CHECK(ticket(*run.db, u"5550001"_s) ==
          u"pending|high|email|2024-03-05T14:22:00Z||Dana Agent||"_s);
    CHECK(ticket(*run.db, u"5550002"_s) ==
          u"closed|normal|email|2024-03-06T09:05:00Z|2024-03-07T10:00:00Z|Dana Agent||"_s);
    CHECK(run.db->scalar("SELECT count(*) FROM customer WHERE email = 'ada@example.com'") == 1);
}

TEST_CASE("Freshdesk's layout, and a creation column under an unknown name is named",
          "[csv][import][quirks]")
{
    const test::FrontEnd cli(test::FrontEnd::Cli); // the flags these sentences name
    const Zone zone("UTC");
    auto run = importFixture(u"import-quirks/c17_freshdesk.csv"_s);
    REQUIRE(run.summary);
    CHECK(ticket(*run.db, u"101"_s) ==
          u"solved|normal|email|2024-03-05T14:22:10Z|2024-03-05T18:00:00Z|Dana Agent||login"_s);
    CHECK(ticket(*run.db, u"102"_s) ==
          u"on_hold|low|self_service|2024-03-06T09:05:00Z||Dana Agent||"_s);

    QByteArray renamed = fixture(u"import-quirks/c17_freshdesk.csv"_s);
    renamed.replace("Created time", "Ticket opened on");
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"t.sqlite"_s));
    auto refused = importCsv(*db, renamed);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(u"column 10 (“Ticket opened on”) looks like it"_s));
    CHECK(refused.error().contains(u"--map created_at='Ticket opened on'"_s));
}

TEST_CASE("An event log's rows of one ticket number are one ticket", "[csv][import][quirks]")
{
    const Zone zone("UTC");
    auto run = importFixture(u"import-quirks/c21_event_log.csv"_s);
    REQUIRE(run.summary);
    CHECK(run.db->scalar("SELECT count(*) FROM ticket") == 2);
    CHECK(ticket(*run.db, u"INC0001"_s) ==
          u"solved|normal|phone|2024-03-05T09:00:00Z|2024-03-06T14:00:00Z|Dana Agent||"_s);
    CHECK(ticket(*run.db, u"INC0002"_s) ==
          u"pending|high|email|2024-03-06T11:15:00Z||Lee Agent||"_s);
    CHECK(run.db->scalar("SELECT count(*) FROM agent WHERE name = '?'") == 0);
    CHECK(run.summary->mergedRows == 3);
    CHECK(run.summary->mergedTickets == 2);
    CHECK(run.summary->text().contains(u"5 rows with the same ticket number became 2 tickets"_s));
    // One arrival touchpoint per ticket, at its creation.
    CHECK(run.db->scalar("SELECT count(*) FROM touchpoint") == 2);
    auto problems = IntegrityCheck::run(*run.db);
    REQUIRE(problems);
    CHECK(problems->isEmpty());

    SECTION("the latest row wins by its update time, not its place in the file")
    {
        QByteArray shuffled = fixture(u"import-quirks/c21_event_log.csv"_s);
        QList<QByteArray> lines = shuffled.trimmed().split('\n');
        std::swap(lines[2], lines[3]); // INC0001's Resolved row before its Active row
        test::Scratch scratch;
        auto db = test::openDatabase(scratch.file(u"t.sqlite"_s));
        REQUIRE(importCsv(*db, lines.join('\n') + '\n'));
        CHECK(ticket(*db, u"INC0001"_s) ==
              u"solved|normal|phone|2024-03-05T09:00:00Z|2024-03-06T14:00:00Z|Dana Agent||"_s);
    }
    SECTION("one number with two customers is refused, naming both lines")
    {
        QByteArray conflict = fixture(u"import-quirks/c21_event_log.csv"_s);
        conflict.replace("INC0002,Awaiting User Info,Caller 40",
                         "INC0002,Awaiting User Info,Caller 12");
        test::Scratch scratch;
        auto db = test::openDatabase(scratch.file(u"t.sqlite"_s));
        auto refused = importCsv(*db, conflict);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().startsWith(
            u"in.csv, line 6, column 3 (“caller_id”): ticket INC0002 is for “Caller 40” on "
            u"line 5 and for “Caller 12” on this line"_s));
        CHECK(db->scalar("SELECT count(*) FROM ticket") == 0);
    }
}

TEST_CASE("What a hostile first import found: each kind stays fixed", "[csv][import][quirks]")
{
    const test::FrontEnd cli(test::FrontEnd::Cli); // the flags these sentences name
    const Zone zone("UTC");
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"h.sqlite"_s));

    SECTION("placeholders of every spelling never become an agent, a customer or a tag")
    {
        auto summary = importCsv(*db, "Ticket ID,Email,Subject,Assignee,Tags,Created\n"
                                      "1,a@x.example,S,Unassigned,\"vip, -\",2024-03-05 10:00\n"
                                      "2,b@x.example,S,-- None --,#N/A,2024-03-05 10:00\n"
                                      "3,c@x.example,S,(unassigned),,2024-03-05 10:00\n"
                                      "4,d@x.example,S,Dana  Agent,,2024-03-05 10:00\n"
                                      "5,e@x.example,S,dana agent,,2024-03-05 10:00\n");
        REQUIRE(summary);
        CHECK(db->scalar("SELECT count(*) FROM agent") == 1); // Dana, however spaced
        CHECK(row(*db, u"SELECT tags FROM ticket WHERE external_ref = '1'"_s) == u"vip"_s);
        CHECK(summary->placeholders ==
              4); // whole cells; the "-" in a list of tags is dropped as well
    }
    SECTION("an empty status column beside one that holds statuses is refused, naming both")
    {
        auto refused = importCsv(*db, "Ticket ID,Email,Subject,Status,Ticket State,Created\n"
                                      "1,a@x.example,S,,Closed,2024-03-05 10:00\n"
                                      "2,b@x.example,S,,Open,2024-03-05 10:00\n");
        REQUIRE_FALSE(refused);
        CHECK(refused.error().startsWith(
            u"in.csv: column 4 (“Status”), read as the tickets' status, is empty, but "
            u"column 5 (“Ticket State”) looks like it"_s));
    }
    SECTION("a column of date-times under a name no synonym knows is refused when there is no "
            "creation time")
    {
        auto refused = importCsv(*db, "Ticket ID,Email,Subject,Status,Timestamp\n"
                                      "1,a@x.example,S,Open,2024-03-05 10:00\n");
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(
            u"column 5 (“Timestamp”) looks like it (it holds 2024-03-05 10:00)"_s));
        ImportOptions mapped;
        mapped.overrides = {u"created_at=Timestamp"_s};
        REQUIRE(importCsv(
            *db,
            "Ticket ID,Email,Subject,Status,Timestamp\n1,a@x.example,S,Open,2024-03-05 10:00\n",
            mapped));
        CHECK(ticket(*db, u"1"_s).contains(u"|2024-03-05T10:00:00Z|"_s));
    }
    SECTION("an event log's solved time is its Resolved row's update, not its creation")
    {
        REQUIRE(importCsv(*db, "number,state,caller_id,opened_at,updated_at,short_description\n"
                               "INC1,New,C1,2024-03-05 09:00,2024-03-05 09:00,VPN\n"
                               "INC1,Resolved,C1,2024-03-05 09:00,2024-03-06 14:00,VPN\n"
                               "INC1,Closed,C1,2024-03-05 09:00,2024-03-09 16:00,VPN\n"));
        CHECK(ticket(*db, u"INC1"_s) ==
              u"closed|normal|email|2024-03-05T09:00:00Z|2024-03-06T14:00:00Z|||"_s);
    }
    SECTION("a closed ticket with no solved time says so")
    {
        auto summary = importCsv(
            *db,
            "Ticket ID,Email,Subject,Status,Created\n1,a@x.example,S,Closed,2024-03-05 14:22\n");
        REQUIRE(summary);
        CHECK(summary->text().contains(
            u"1 solved or closed ticket has no solved time in the file"_s));
    }
    SECTION("a trailing comma on every row, or on the header alone, is not a broken row")
    {
        REQUIRE(
            importCsv(*db, "Ticket ID,Email,Subject,Created\n1,a@x.example,S,2024-03-05 10:00,\n"));
        REQUIRE(
            importCsv(*db, "Ticket ID,Email,Subject,Created,\n2,b@x.example,S,2024-03-05 10:00\n"));
        CHECK(db->scalar("SELECT count(*) FROM ticket") == 2);
    }
    SECTION("a rejected ragged row names its place once, its reason under the reason header")
    {
        QBuffer rejects;
        rejects.open(QIODevice::WriteOnly);
        ImportOptions options;
        options.skipInvalid = true;
        options.rejects = &rejects;
        auto summary = importCsv(
            *db,
            "Ticket ID,Email,Subject,Created\n1,a@x.example,S,2024-03-05 10:00\n2,b@x.example\n",
            options);
        REQUIRE(summary);
        const QByteArray rejected = rejects.data().split('\n').value(1);
        CHECK(rejected.startsWith("2,b@x.example,,,\"in.csv, line 3: "));
        CHECK(rejected.count("line 3") == 1);
        CHECK(summary->text().contains(u"The rejected row:\n  in.csv, line 3: "_s));
    }
    SECTION("two --map for one field, or one column for two fields, are refused")
    {
        ImportOptions twice;
        twice.overrides = {u"created_at=When"_s, u"created_at=Fixed"_s};
        auto refused = importCsv(
            *db, "Ticket ID,Email,Subject,When,Fixed\n1,a@x.example,S,2024-03-05,2024-03-06\n",
            twice);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(
            u"The mappings created_at=When and created_at=Fixed both name the field created_at"_s));
        ImportOptions shared;
        shared.overrides = {u"created_at=When"_s, u"solved_at=When"_s};
        auto both =
            importCsv(*db, "Ticket ID,Email,Subject,When\n1,a@x.example,S,2024-03-05\n", shared);
        REQUIRE_FALSE(both);
        CHECK(both.error().contains(
            u"Column “When” is read into two fields, created_at and solved_at"_s));
        ImportOptions values;
        values.valueMaps = {u"status:Offen=open"_s, u"status:offen=closed"_s};
        auto conflicting =
            importCsv(*db, "Ticket ID,Email,Subject,Status\n1,a@x.example,S,Offen\n", values);
        REQUIRE_FALSE(conflicting);
        CHECK(
            conflicting.error() ==
            u"The status “offen” is read both as open and as closed; keep one of the --map-value status:offen mappings."_s);
    }
    SECTION("a customers file of addresses names each customer by its address")
    {
        ImportOptions customers;
        customers.entity = Entity::Customers;
        auto summary = importCsv(*db, "Email\nada@x.example\n", customers);
        REQUIRE(summary);
        CHECK(row(*db, u"SELECT name, email FROM customer"_s) == u"ada@x.example|ada@x.example"_s);
    }
    SECTION("the public incident event log's shape: no subject column, ? and -100 for no value")
    {
        auto summary = importCsv(
            *db,
            "number,incident_state,active,caller_id,opened_at,sys_updated_at,contact_type,"
            "category,priority,assigned_to,resolved_at,closed_at\n"
            "INC0000045,New,true,Caller 2403,29/2/2016 01:16,29/2/2016 01:23,Phone,Category 55,"
            "3 - Moderate,?,?,5/3/2016 12:00\n"
            "INC0000045,-100,true,Caller 2403,29/2/2016 01:16,29/2/2016 08:53,Phone,Category 55,"
            "3 - Moderate,Resolver 89,?,5/3/2016 12:00\n"
            "INC0000045,Resolved,false,Caller 2403,29/2/2016 01:16,29/2/2016 11:29,Phone,"
            "Category 55,3 - Moderate,Resolver 89,29/2/2016 11:29,5/3/2016 12:00\n");
        REQUIRE(summary);
        CHECK(db->scalar("SELECT count(*) FROM ticket") == 1);
        CHECK(ticket(*db, u"INC0000045"_s) ==
              u"solved|normal|phone|2016-02-29T01:16:00Z|2016-02-29T11:29:00Z|Resolver 89||"_s);
        CHECK(row(*db, u"SELECT subject FROM ticket"_s) == u"INC0000045"_s);
        CHECK(summary->text().contains(u"each ticket's subject is its number"_s));
    }
    SECTION("a row that names a customer only by a name two customers share is refused")
    {
        ImportOptions customers;
        customers.entity = Entity::Customers;
        REQUIRE(importCsv(*db,
                          "Name,Email\nJohn Smith,john1@a.example\nJohn Smith,john2@b.example\n",
                          customers));
        auto refused = importCsv(
            *db, "Issue key,Summary,Reporter,Created\nSUP-1,S,John Smith,2024-03-05 10:00\n");
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(u"more than one customer is named “John Smith”"_s));
        REQUIRE(importCsv(*db, "Issue key,Summary,Reporter,Reporter email,Created\n"
                               "SUP-1,S,John Smith,john2@b.example,2024-03-05 10:00\n"));
    }
    SECTION("a date column no field reads still settles the file's day/month order")
    {
        auto summary = importCsv(
            *db,
            "Ticket ID,Email,Subject,Created,Due\n1,a@x.example,S,03/04/2024 09:00,04/25/2024\n");
        REQUIRE(summary);
        CHECK(ticket(*db, u"1"_s).contains(u"|2024-03-04T09:00:00Z|"_s));
        CHECK(summary->text().contains(
            u"Dates read month first (MM/DD/YYYY): column “Due” has 04/25/2024 (line 2)."_s));
        // A column read proves the order before one that is not; garbage in the latter refuses
        // nothing.
        auto mixed = importCsv(
            *db,
            "Ticket ID,Email,Subject,Created,Due\n2,b@x.example,S,13/04/2024 09:00,04/25/2024\n"
            "3,c@x.example,S,01/04/2024 09:00,2024-01-02\n");
        REQUIRE(mixed);
        CHECK(ticket(*db, u"3"_s).contains(u"|2024-04-01T09:00:00Z|"_s));
    }
    SECTION("a touchpoint kind no synonym reads says how to map it")
    {
        ImportOptions touchpoints;
        touchpoints.entity = Entity::Touchpoints;
        REQUIRE(
            importCsv(*db, "Ticket ID,Email,Subject,Created\n1,a@x.example,S,2024-03-05 10:00\n"));
        auto refused =
            importCsv(*db, "Email,Kind,Date\na@x.example,Meeting,2024-03-06 10:00\n", touchpoints);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(u"--map-value kind:Meeting=VALUE"_s));
    }
}
