// CSV import and export (PRODUCT.md §6): a round trip changes nothing, a real helpdesk's
// export imports with no mapping, bad rows and bad files are refused with their place and
// reason and leave the database as it was, --skip-invalid writes the rejects.
#include "common/DateTimeText.h"
#include "csv/CsvExporter.h"
#include "csv/CsvImporter.h"
#include "csv/CsvReader.h"
#include "demo/Generator.h"
#include "storage/IntegrityCheck.h"
#include "storage/SqlError.h"
#include "support/ReadBack.h"
#include "support/StorageFaults.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>

#include <algorithm>
#include <atomic>
#include <map>
#include <random>

using namespace fd;
using Entity = ImportMapping::Entity;

namespace {

QByteArray exported(Database& db, CsvExporter::Entity entity)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto rows = CsvExporter::write(db, entity, out, {});
    REQUIRE(rows);
    return out.data();
}

Result<ImportSummary> import(Database& db, Entity entity, const QByteArray& csv,
                             ImportOptions options = {},
                             const Clock& clock = FixedClock(test::testNow()))
{
    QByteArray data = csv;
    QBuffer in(&data);
    in.open(QIODevice::ReadOnly);
    options.entity = entity;
    return CsvImporter(db, clock).run(in, QStringLiteral("in.csv"), options);
}

// --skip-invalid, its rejected rows written to `rejects`.
ImportOptions keepingRejects(QBuffer& rejects)
{
    rejects.open(QIODevice::WriteOnly);
    ImportOptions options;
    options.skipInvalid = true;
    options.rejects = &rejects;
    return options;
}

// Everything a database holds, as one hash: "nothing changed" means the same hash.
QByteArray contents(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto entity : {CsvExporter::Entity::Customers, CsvExporter::Entity::Tickets,
                              CsvExporter::Entity::Touchpoints})
        hash.addData(exported(db, entity));
    hash.addData(QByteArray::number(db.scalar("SELECT count(*) FROM stage_transition")));
    hash.addData(QByteArray::number(db.scalar("SELECT count(*) FROM agent")));
    hash.addData(QByteArray::number(db.scalar("SELECT count(*) FROM touchpoint")));
    return hash.result();
}

const QByteArray kTickets =
    "Ticket ID,Customer Name,Customer Email,Subject,Status,Priority,Channel,Created,CSAT\r\n"
    "T-1,Acme Corp,ops@acme.example,Cannot log in,Open,High,Email,2026-03-01 09:00,\r\n"
    "T-2,Acme Corp,ops@acme.example,Invoice wrong,Closed,Medium,Phone,2026-02-20 10:30,4\r\n"
    "T-3,Globex,help@globex.example,Export fails,Pending Customer Response,Critical,Social "
    "media,2026-03-02 11:00,\r\n";

} // namespace

TEST_CASE("exporting and importing again changes nothing", "[csv][import]")
{
    test::Scratch scratch;
    const FixedClock clock(test::testNow());
    auto a = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));
    GeneratorOptions options;
    options.customers = 120;
    options.tickets = 700;
    options.touchpoints = 2500;
    REQUIRE(Generator::run(*a, options, clock));
    const QByteArray customers = exported(*a, CsvExporter::Entity::Customers);
    const QByteArray tickets = exported(*a, CsvExporter::Entity::Tickets);
    const QByteArray touchpoints = exported(*a, CsvExporter::Entity::Touchpoints);

    auto b = test::openDatabase(scratch.file(QStringLiteral("b.sqlite")));
    for (const auto& [entity, csv] :
         {std::pair{Entity::Customers, customers}, std::pair{Entity::Tickets, tickets},
          std::pair{Entity::Touchpoints, touchpoints}}) {
        auto summary = import(*b, entity, csv, {}, clock);
        REQUIRE(summary);
        CHECK(summary->rejected == 0);
    }
    CHECK(exported(*b, CsvExporter::Entity::Customers) == customers);
    CHECK(exported(*b, CsvExporter::Entity::Tickets) == tickets);
    CHECK(exported(*b, CsvExporter::Entity::Touchpoints) == touchpoints);
    // The first import took the bulk path, which loads without the tables' CHECKs: they
    // are in force again once it is done.
    CHECK_THROWS_AS(b->execute("UPDATE ticket SET status = 'lost' WHERE id = 1"), SqlError);
    CHECK_THROWS_AS(b->execute("UPDATE customer SET stage = 'limbo' WHERE id = 1"), SqlError);
    auto problems = IntegrityCheck::run(*b);
    REQUIRE(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("the Kaggle export imports with no mapping: every ticket, one customer per email",
          "[csv][import]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("k.sqlite")));
    QFile file(QStringLiteral(FUNNELDESK_TEST_FIXTURES "/kaggle-support-tickets.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    auto summary = import(*db, Entity::Tickets, csv);
    REQUIRE(summary);
    CHECK(summary->imported == 8469);
    CHECK(summary->rejected == 0);
    CHECK(db->scalar("SELECT count(*) FROM ticket") == 8469);
    // Each ticket records its inbound touchpoint.
    CHECK(db->scalar("SELECT count(*) FROM touchpoint WHERE ticket_id IS NOT NULL") == 8469);
    // One customer per distinct email, counted from the file itself.
    QSet<QString> emails;
    QBuffer in;
    in.setData(csv);
    in.open(QIODevice::ReadOnly);
    CsvReader reader(in, QStringLiteral("kaggle"));
    QStringList row;
    REQUIRE(reader.next(row).value_or(false));
    const qsizetype emailColumn = row.indexOf(QStringLiteral("Customer Email"));
    while (reader.next(row).value_or(false))
        emails.insert(row.at(emailColumn).toLower());
    CHECK(db->scalar("SELECT count(*) FROM customer") == emails.size());
    CHECK(summary->text().contains(QStringLiteral("Tickets without a creation time: 8,469")));
    auto problems = IntegrityCheck::run(*db);
    REQUIRE(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("ticket rows create customers, map values and keep the earliest first sale",
          "[csv][import]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("t.sqlite")));
    auto summary = import(*db, Entity::Tickets, kTickets);
    REQUIRE(summary);
    CHECK(summary->imported == 3);
    CHECK(summary->customersCreated == 2);
    CHECK(db->scalar("SELECT count(*) FROM customer") == 2);
    // Acme's first ticket in the file is from March, its second from February: since moves back.
    CHECK(db->scalar(
              "SELECT count(*) FROM customer WHERE name = 'Acme Corp' AND since = '2026-02-20'") ==
          1);
    const auto entries = test::times(
        *db, "SELECT t.at FROM stage_transition t JOIN customer c ON c.id = t.customer_id "
             "WHERE c.name = 'Acme Corp' AND t.from_stage IS NULL");
    CHECK(std::count_if(entries.begin(), entries.end(), [](const auto& at) {
              return at && test::localDay(*at) == QStringLiteral("2026-02-20");
          }) == 1);
    CHECK(
        db->scalar(
            "SELECT count(*) FROM ticket WHERE external_ref = 'T-3' AND status = 'pending' AND "
            "priority = 'urgent' AND channel = 'social_media' AND sla_paused_since IS NOT NULL") ==
        1);
    CHECK(db->scalar(
              "SELECT count(*) FROM ticket WHERE external_ref = 'T-2' AND priority = 'normal' AND "
              "csat = 4 AND solved_at IS NOT NULL") == 1);

    SECTION("importing the same rows again finds the customers")
    {
        auto again = import(*db, Entity::Tickets, kTickets);
        REQUIRE(again);
        CHECK(again->customersCreated == 0);
        // Their ticket numbers are there already: left as they were, not written twice.
        CHECK(again->imported == 0);
        CHECK(again->alreadyThere == 3);
        CHECK(db->scalar("SELECT count(*) FROM ticket") == 3);
        CHECK(again->text().contains(
            QStringLiteral("3 rows name ticket numbers the database already has")));

        // New rows of the same customers find them.
        auto more = import(*db, Entity::Tickets, QByteArray(kTickets).replace("T-", "U-"));
        REQUIRE(more);
        CHECK(more->customersCreated == 0);
        CHECK(more->customersMatched == 3);
    }
}

TEST_CASE("a bad row aborts the import with its place and reason, and nothing changes",
          "[csv][import]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("t.sqlite")));
    REQUIRE(import(*db, Entity::Tickets, kTickets));
    const QByteArray before = contents(*db);
    // New ticket numbers: rows whose numbers are in the database already are left alone.
    const QByteArray bad =
        QByteArray(kTickets).replace("T-", "V-") +
        "T-4,Initech,it@initech.example,Printer on fire,Open,Whenever,Email,2026-03-03 08:00,\r\n";

    auto refused = import(*db, Entity::Tickets, bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().startsWith(QStringLiteral("in.csv, line 5, column 6 (“Priority”): ")));
    CHECK(refused.error().contains(QStringLiteral("Whenever")));
    CHECK(contents(*db) == before);

    SECTION("--dry-run counts and writes nothing")
    {
        QBuffer rejects;
        ImportOptions options = keepingRejects(rejects);
        options.dryRun = true;
        auto dry = import(*db, Entity::Tickets, bad, options);
        REQUIRE(dry);
        CHECK(dry->imported == 3);
        CHECK(dry->rejected == 1);
        CHECK(dry->text().startsWith(QStringLiteral("Dry run:")));
        CHECK(contents(*db) == before);
    }

    SECTION("--skip-invalid imports the good rows and writes the bad one with its reason")
    {
        QBuffer rejects;
        auto partial = import(*db, Entity::Tickets, bad, keepingRejects(rejects));
        REQUIRE(partial);
        CHECK(partial->imported == 3);
        CHECK(partial->rejected == 1);
        const QList<QByteArray> lines = rejects.data().split('\n');
        REQUIRE(lines.size() >= 2);
        CHECK(lines.at(0).trimmed().endsWith(",reason"));
        CHECK(lines.at(1).startsWith("T-4,Initech,"));
        CHECK(lines.at(1).contains("line 5, column 6"));
    }
}

// Longer than the rows the importer's first pass reads before it may stop (5,000): the
// second pass then checks the dates to the end of the file.
QByteArray longTickets(int rows, const std::map<int, QByteArray>& replaced = {})
{
    QByteArray csv =
        "Ticket ID,Customer Name,Customer Email,Subject,Status,Priority,Channel,Created,CSAT\r\n";
    for (int i = 1; i <= rows; ++i) {
        if (auto it = replaced.find(i); it != replaced.end()) {
            csv += it->second + "\r\n";
            continue;
        }
        const QByteArray n = QByteArray::number(i % 50);
        csv += "L-" + QByteArray::number(i) + ",Customer " + n + ",c" + n +
               "@example.com,Question " + QByteArray::number(i) +
               ",Open,High,Email,2026-03-01 09:00,\r\n";
    }
    return csv;
}

TEST_CASE("a long file's dates are checked to its last row, whatever stops the import",
          "[csv][import]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("t.sqlite")));
    REQUIRE(import(*db, Entity::Tickets, kTickets));
    const QByteArray before = contents(*db);
    const QByteArray badDate =
        "T-x,Customer 1,c1@example.com,Late,Open,High,Email,03/02/2026 10:00,";
    const QByteArray badPriority =
        "T-y,Customer 2,c2@example.com,Odd,Open,Whenever,Email,2026-03-01 09:00,";
    // What reading the whole file first says: the import that keeps its bad rows does.
    const auto wholeFirstPass = [&](const QByteArray& csv) {
        QBuffer rejects;
        auto result = import(*db, Entity::Tickets, csv, keepingRejects(rejects));
        REQUIRE_FALSE(result);
        return result.error();
    };

    SECTION("a date in another format near the end refuses the import as a whole")
    {
        const QByteArray csv = longTickets(6000, {{5800, badDate}});
        auto refused = import(*db, Entity::Tickets, csv);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(QStringLiteral("mixes date formats")));
        CHECK(refused.error().contains(QStringLiteral("line 5801")));
        CHECK(refused.error() == wholeFirstPass(csv));
        CHECK(contents(*db) == before);
    }
    SECTION("a bad row before it gives way to the date, as a whole first pass would")
    {
        const QByteArray csv = longTickets(6000, {{5500, badPriority}, {5900, badDate}});
        auto refused = import(*db, Entity::Tickets, csv);
        REQUIRE_FALSE(refused);
        CHECK(refused.error() == wholeFirstPass(csv));
        CHECK(contents(*db) == before);
    }
    SECTION("a bad row alone is named with its place")
    {
        auto refused = import(*db, Entity::Tickets, longTickets(6000, {{5500, badPriority}}));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().startsWith(
            QStringLiteral("in.csv, line 5501, column 6 (“Priority”): ")));
        CHECK(contents(*db) == before);
    }
    SECTION("a good file imports every row and counts them")
    {
        auto summary = import(*db, Entity::Tickets, longTickets(6000));
        REQUIRE(summary);
        CHECK(summary->rows == 6000);
        CHECK(summary->imported == 6000);
        CHECK(db->scalar("SELECT count(*) FROM ticket WHERE external_ref LIKE 'L-%'") == 6000);
    }
}

TEST_CASE("an import that fails while writing, or is cancelled, stops reading and changes nothing",
          "[csv][import]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("t.sqlite")));
    REQUIRE(import(*db, Entity::Tickets, kTickets));
    const QByteArray before = contents(*db);
    const QByteArray csv = longTickets(20000);

    SECTION("the database refuses a row far into the file")
    {
        // Rows are written on this thread while the file is read on another.
        const test::RefusedInsert refuse(*db, "ticket", "new.subject = 'Question 15000'",
                                         "refused by the test");
        auto refused = import(*db, Entity::Tickets, csv);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(QStringLiteral("refused by the test")));
    }
    SECTION("cancelled halfway, from the progress")
    {
        std::atomic_bool cancel = false;
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        ImportOptions options;
        options.cancel = &cancel;
        options.progress = [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            if (done >= 10000)
                cancel = true;
        };
        auto cancelled = import(*db, Entity::Tickets, csv, options);
        REQUIRE_FALSE(cancelled);
        CHECK(cancelled.error().contains(QStringLiteral("cancelled")));
        // Writing stops at the batch that saw the cancel, however far reading had got: the
        // first batch end at or past 10,000 rows.
        CHECK(lastDone >= 10000);
        CHECK(lastDone < 10000 + ImportOptions::kBatchRows);
        CHECK(lastDone % ImportOptions::kBatchRows == 0);
        // The total is estimated from the bytes read (the reader reads ahead): near the
        // 20,000 rows there are.
        CHECK(lastTotal >= 17000);
        CHECK(lastTotal <= 23000);
    }
    CHECK(contents(*db) == before);
    auto problems = IntegrityCheck::run(*db);
    REQUIRE(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("bad files get one clear sentence and change nothing", "[csv][import]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("t.sqlite")));
    REQUIRE(import(*db, Entity::Tickets, kTickets));
    const QByteArray before = contents(*db);

    struct Case {
        const char* name;
        QByteArray data;
        const char* says;
    };
    QByteArray hugeField =
        "Subject,Customer Email\r\n\"" + QByteArray(10 * 1024 * 1024, 'x') + "\",a@b.example\r\n";
    const Case cases[] = {
        {"empty", QByteArray(), "empty"},
        {"header only", "Subject,Customer Email\r\n", "no rows"},
        {"binary", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "binary"},
        {"Latin-1", "Subject,Customer Email\r\nCaf\xe9 closed,a@b.example\r\n", "UTF-8"},
        {"a 10 MB field", hugeField, "longer"},
        {"unterminated quote", "Subject,Customer Email\r\n\"never closed,a@b.example\r\n",
         "line 2"},
        {"no customer column", "Subject,Priority\r\nHello,High\r\n", "customer"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        auto result = import(*db, Entity::Tickets, c.data);
        REQUIRE_FALSE(result);
        CHECK(result.error().contains(QLatin1String(c.says), Qt::CaseInsensitive));
        CHECK_FALSE(result.error().contains(QLatin1Char('\n')));
    }
    CHECK(contents(*db) == before);
}

TEST_CASE("exports write local date-times, neutralise formulas and filter by stage and date",
          "[csv][export]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("t.sqlite")));
    QByteArray hostile = kTickets;
    hostile.replace("Cannot log in", "\"=HYPERLINK(\"\"http://evil\"\")\"");
    REQUIRE(import(*db, Entity::Tickets, hostile));
    const QByteArray csv = exported(*db, CsvExporter::Entity::Tickets);
    CHECK(csv.contains(
        ",\"'=HYPERLINK(\"\"http://evil\"\")\",")); // a quote a spreadsheet shows, not runs
    CHECK(csv.contains(",2026-03-01 09:00:00,"));
    CHECK(csv.contains(",2026-02-20 10:30:00,"));

    CsvExporter::Options onlyMarch;
    onlyMarch.filter.from = QDateTime(QDate(2026, 3, 1), QTime(0, 0)).toUTC();
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto rows = CsvExporter::write(*db, CsvExporter::Entity::Tickets, out, onlyMarch);
    REQUIRE(rows);
    CHECK(*rows == 2);
    onlyMarch.filter.stage = Stage::Advocacy;
    out.buffer().clear();
    out.seek(0);
    CHECK(CsvExporter::write(*db, CsvExporter::Entity::Tickets, out, onlyMarch) == 0);
}

TEST_CASE("the fast local-time formatter agrees with Qt across clock changes", "[csv][export]")
{
    std::mt19937_64 random(7);
    LocalDateTimeFormatter fast;
    // Two years around now, and the hours around the 2026 clock changes in Berlin.
    std::vector<qint64> moments;
    const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i)
        moments.push_back(start + static_cast<qint64>(random() % (2 * 366 * 86400)));
    for (const QDateTime& change : {QDateTime(QDate(2026, 3, 29), QTime(0, 0), Qt::UTC),
                                    QDateTime(QDate(2026, 10, 25), QTime(0, 0), Qt::UTC)}) {
        for (qint64 s = 0; s < 4 * 3600; s += 61)
            moments.push_back(change.toSecsSinceEpoch() + s);
    }
    for (const qint64 m : moments) {
        QByteArray mine;
        fast.append(m, mine);
        INFO(m);
        REQUIRE(QString::fromLatin1(mine) ==
                formatLocalDateTime(QDateTime::fromSecsSinceEpoch(m, Qt::UTC)));
    }
}

TEST_CASE("a ticket row is checked as add ticket checks it, before the SLA clocks settle it",
          "[csv][import]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("t.sqlite")));
    QBuffer rejects;
    auto summary =
        import(*db, Entity::Tickets,
               "Ticket ID,Customer Name,Subject,Status,Created,First response,Solved\n"
               "T-1,Acme,Reopened,Open,2026-03-01 09:00,,2026-03-02 09:00\n"
               "T-2,Acme,Answered early,Open,2026-03-01 09:00,2026-02-28 09:00,\n"
               "T-3,Acme,Fine,Solved,2026-03-01 09:00,2026-03-01 10:00,2026-03-02 09:00\n"
               "T-4,Acme,Odd category,Open,2026-03-01 09:00,,\n",
               keepingRejects(rejects));
    REQUIRE(summary);
    CHECK(summary->imported == 2);
    CHECK(summary->rejected == 2);
    const QString rejected = QString::fromUtf8(rejects.data());
    CHECK(rejected.contains(QStringLiteral("only a solved or closed ticket has one")));
    CHECK(rejected.contains(QStringLiteral("first response")));
    CHECK(db->scalar("SELECT count(*) FROM ticket WHERE external_ref IN ('T-1', 'T-2')") == 0);
}

TEST_CASE("one unknown category is named in the import's note", "[csv][import]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("t.sqlite")));
    auto summary = import(*db, Entity::Tickets,
                          "Ticket ID,Customer Name,Subject,Created,Category\n"
                          "T-1,Acme,Help,2026-03-01 09:00,Quantum flux\n");
    REQUIRE(summary);
    CHECK(summary->text().contains(
        QStringLiteral("1 ticket has a category FunnelDesk does not know (“Quantum flux”)")));
}

TEST_CASE("rows of one ticket that change its status run the SLA clocks as they ran then",
          "[csv][import][sla]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("t.sqlite")));
    // Urgent: resolution due 4 h after creation, not counting time pending.
    auto summary =
        import(*db, Entity::Tickets,
               "Ticket ID,Customer Name,Subject,Priority,Status,Created,Updated at\n"
               "T-1,Acme,Waits first,Urgent,Pending,2026-03-01 09:00,2026-03-01 09:00\n"
               "T-1,Acme,Waits first,Urgent,Open,2026-03-01 09:00,2026-03-02 09:00\n"
               "T-3,Acme,Waits later,Urgent,Open,2026-03-01 09:00,2026-03-01 09:00\n"
               "T-3,Acme,Waits later,Urgent,Pending,2026-03-01 09:00,2026-03-01 11:00\n");
    REQUIRE(summary);
    INFO(summary->text().toStdString());
    CHECK(db->scalar("SELECT count(*) FROM ticket") == 2);
    // T-1 waited a day pending, then ran: breached 4 h after it resumed, a day late.
    CHECK(db->scalar("SELECT sla_paused_secs FROM ticket WHERE external_ref = 'T-1'") == 86400);
    CHECK(
        db->scalar(
            "SELECT resolution_breached_at - created_at FROM ticket WHERE external_ref = 'T-1'") ==
        86400 + 4 * 3600);
    // T-3 ran 2 h, then paused: the pause began at the update, not at creation.
    CHECK(
        db->scalar("SELECT sla_paused_since - created_at FROM ticket WHERE external_ref = 'T-3'") ==
        2 * 3600);
    CHECK(db->scalar(
              "SELECT resolution_breached_at IS NULL FROM ticket WHERE external_ref = 'T-3'") == 1);
}

TEST_CASE("an assignee given by number is an agent named after it, not a refused row",
          "[csv][import]")
{
    // Another helpdesk's agent id in the assignee column (Zendesk's assignee_id): last
    // session's name rule (not digits only) refused such rows, and the user lost them.
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("t.sqlite")));
    const QByteArray csv = "Ticket ID,Customer Name,Subject,Status,Created,Assignee\r\n"
                           "N-1,Acme Corp,Cannot log in,Open,2026-03-01 09:00,4711\r\n"
                           "N-2,Acme Corp,Invoice wrong,Open,2026-03-02 09:00,4711\r\n"
                           "N-3,Globex,Export fails,Open,2026-03-03 09:00,815\r\n"
                           "N-4,Globex,Export fails again,Open,2026-03-04 09:00,Dana Agent\r\n";
    auto summary = import(*db, Entity::Tickets, csv);
    REQUIRE(summary);
    CHECK(summary->imported == 4);
    CHECK(summary->rejected == 0);
    CHECK(summary->agentsCreated == 3);
    CHECK(summary->agentsByNumber == 2);
    CHECK(summary->text().contains(QStringLiteral("2 assignees were given by number only")));
    CHECK(db->scalar("SELECT count(*) FROM ticket t JOIN agent a ON a.id = t.assignee_id WHERE "
                     "a.name = 'Agent 4711'") == 2);
    CHECK(db->scalar("SELECT count(*) FROM ticket t JOIN agent a ON a.id = t.assignee_id WHERE "
                     "a.name = 'Agent 815'") == 1);

    // A second file with the same numbers finds those agents.
    auto again = import(*db, Entity::Tickets, QByteArray(csv).replace("N-", "M-"));
    REQUIRE(again);
    CHECK(again->imported == 4);
    CHECK(again->agentsCreated == 0);
    CHECK(db->scalar("SELECT count(*) FROM agent WHERE name LIKE 'Agent %'") == 2);
}
