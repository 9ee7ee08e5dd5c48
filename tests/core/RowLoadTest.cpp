// An import into a file that already has data writes row by row inside one transaction
// whose writers nest savepoints: its statement journal lives in a temporary file while it
// runs (RowLoad), not in memory, where SQLite 3.40 walks the whole journal at the end of
// every statement (issue 15: 100k tickets took 30 s of CPU, most of it in that walk).
// An import into an empty file (BulkLoad) keeps its temporary data in a file too, so that its
// index builds sort on two threads, gives the file 16 KiB pages (BulkLoad::kPageSize), and
// gives the connection back as it found it.
#include "storage/RowLoad.h"
#include "storage/BulkLoad.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/sqlite/SqliteTempStore.h"
#include "storage/TaskRepository.h"
#include "storage/TicketRepository.h"
#include "storage/Transaction.h"
#include "support/FaultVfs.h"
#include "support/ImportTestSupport.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kFile = 1;   // PRAGMA temp_store: FILE
constexpr qint64 kMemory = 2; // MEMORY, the connection's usual setting (Schema)

// PRAGMA journal_mode's answer: "wal", "delete", ….
QString journalMode(Database& db)
{
    auto q = db.query("PRAGMA journal_mode");
    return q->step() ? q->text(0) : QString();
}

// `count` tickets of `customer` with the ids 1…count planned, as an import plans them (so that
// TicketRepository writes them many to a statement), all created at `createdAt`.
std::vector<Ticket> numberedTickets(qint64 customer, std::size_t count, const QDateTime& createdAt)
{
    std::vector<Ticket> tickets(count);
    for (std::size_t i = 0; i < count; ++i) {
        tickets[i].id = static_cast<qint64>(i) + 1;
        tickets[i].customerId = customer;
        tickets[i].subject = u"Ticket %1"_s.arg(i + 1);
        tickets[i].createdAt = createdAt;
    }
    return tickets;
}

} // namespace

TEST_CASE("An import into a file with data keeps its statement journal in a file, and memory after",
          "[sqlite-only][csv][import][storage]")
{
    const test::Zone zone("UTC");
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"r.sqlite"_s));
    REQUIRE(db->scalar("PRAGMA temp_store") == kMemory);
    REQUIRE(test::importCsv(*db, "Subject,Email,Status\nFirst,a@example.com,Open\n"));

    qint64 during = -1;
    ImportOptions options;
    options.beforeCommit = [&]() -> Status {
        during = db->scalar("PRAGMA temp_store");
        return {};
    };
    auto second =
        test::importCsv(*db, "Subject,Email,Status\nSecond,b@example.com,Open\n", options);
    REQUIRE(second);
    CHECK(second->imported == 1);
    CHECK(during == kFile);
    CHECK(db->scalar("PRAGMA temp_store") == kMemory);
    CHECK(db->scalar("SELECT count(*) FROM ticket") == 2);

    // A failure before the commit rolls the rows back and still restores the setting.
    options.beforeCommit = []() -> Status { return failure(u"stop"_s); };
    REQUIRE_FALSE(
        test::importCsv(*db, "Subject,Email,Status\nThird,c@example.com,Open\n", options));
    CHECK(db->scalar("PRAGMA temp_store") == kMemory);
    CHECK(db->scalar("SELECT count(*) FROM ticket") == 2);
}

TEST_CASE("A row load inside a caller's transaction leaves the temp store as it is",
          "[sqlite-only][storage]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"r.sqlite"_s));
    Transaction outer(*db);
    {
        RowLoad load(*db); // the temp store cannot change inside a transaction
        CHECK(db->scalar("PRAGMA temp_store") == kMemory);
        load.commit();
    }
    CHECK(db->scalar("PRAGMA temp_store") == kMemory);
    outer.commit();
}

TEST_CASE("A bulk import into an empty file sorts on a temp file, gives the file 16 KiB pages, "
          "and leaves the connection's settings as they were",
          "[sqlite-only][csv][import][storage]")
{
    const test::Zone zone("UTC");
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"b.sqlite"_s));
    const qint64 cacheSize = db->scalar("PRAGMA cache_size");
    // The spill threshold is counted in pages: after the load, as a connection newly opened on
    // the file (now of larger pages) has it.
    const auto freshSpill = [&](const QString& path) {
        return test::openDatabase(path)->scalar("PRAGMA cache_spill");
    };
    REQUIRE(db->scalar("PRAGMA temp_store") == kMemory);
    REQUIRE(db->scalar("PRAGMA page_size") == 4096); // SQLite's default, as the file was made

    qint64 during = -1;
    qint64 createdIndexDuring = -1; // the bulk path builds ticket_created in its commit
    ImportOptions options;
    options.beforeCommit = [&]() -> Status {
        during = db->scalar("PRAGMA temp_store");
        createdIndexDuring =
            db->scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'ticket_created'");
        return {};
    };
    auto imported = test::importCsv(*db,
                                    "Subject,Email,Status\nInvoice overdue,a@example.com,Open\n"
                                    "Printer jam,b@example.com,Solved\n",
                                    options);
    REQUIRE(imported);
    CHECK(imported->imported == 2);
    CHECK(during == kFile);
    CHECK(createdIndexDuring == 0);
    CHECK(db->scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'ticket_created'") == 1);
    CHECK(db->scalar("PRAGMA temp_store") == kMemory);
    CHECK(db->scalar("PRAGMA cache_size") == cacheSize);
    CHECK(db->scalar("PRAGMA cache_spill") == freshSpill(scratch.file(u"b.sqlite"_s)));
    CHECK(db->scalar("PRAGMA page_size") == BulkLoad::kPageSize);
    CHECK(journalMode(*db) == u"wal"_s);
    // The search index rebuilt with the indexes holds every ticket.
    db->execute("INSERT INTO ticket_fts (ticket_fts, rank) VALUES ('integrity-check', 1)");
    CHECK(db->scalar("SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH 'invoice'") == 1);
    CHECK(db->scalar("SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH 'printer'") == 1);

    // A bulk import that fails before its commit gives the settings back as well.
    auto again = test::openDatabase(scratch.file(u"c.sqlite"_s));
    options.beforeCommit = []() -> Status { return failure(u"stop"_s); };
    REQUIRE_FALSE(
        test::importCsv(*again, "Subject,Email,Status\nThird,c@example.com,Open\n", options));
    CHECK(again->scalar("PRAGMA temp_store") == kMemory);
    CHECK(again->scalar("PRAGMA cache_size") == cacheSize);
    CHECK(again->scalar("PRAGMA cache_spill") == freshSpill(scratch.file(u"c.sqlite"_s)));
    CHECK(again->scalar("SELECT count(*) FROM ticket") == 0);

    // One that fails while it builds the indexes (a user's unique index the rows break, made
    // again in the commit, in sorted runs) too.
    auto third = test::openDatabase(scratch.file(u"d.sqlite"_s));
    third->execute("CREATE UNIQUE INDEX one_subject ON ticket (subject)");
    const qint64 threads = third->scalar("PRAGMA threads");
    REQUIRE_FALSE(test::importCsv(*third, "Subject,Email,Status\nSame,d@example.com,Open\n"
                                          "Same,e@example.com,Open\n"));
    CHECK(third->scalar("PRAGMA temp_store") == kMemory);
    CHECK(third->scalar("PRAGMA cache_size") == cacheSize);
    CHECK(third->scalar("PRAGMA cache_spill") == freshSpill(scratch.file(u"d.sqlite"_s)));
    CHECK(third->scalar("PRAGMA threads") == threads);
    CHECK(third->scalar("SELECT count(*) FROM ticket") == 0);
    CHECK(third->scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'one_subject'") == 1);

    // A file another connection keeps open (the window beside a command-line import) stays in
    // WAL, where its page size cannot change, and is loaded with the pages it has.
    const QString shared = scratch.file(u"e.sqlite"_s);
    auto loader = test::openDatabase(shared);
    auto beside = test::openDatabase(shared);
    REQUIRE(beside->scalar("SELECT count(*) FROM ticket") == 0);
    auto besideImported =
        test::importCsv(*loader, "Subject,Email,Status\nFourth,f@example.com,Open\n");
    REQUIRE(besideImported);
    CHECK(besideImported->imported == 1);
    CHECK(loader->scalar("PRAGMA page_size") == 4096);
    CHECK(beside->scalar("SELECT count(*) FROM ticket") == 1);
}

TEST_CASE("A bulk load writes its rows many to a statement without a statement journal",
          "[sqlite-only][storage]")
{
    // SQLite keeps, for a statement that may write several rows and be undone alone, the
    // original of every page it changes; past 64 KiB in a temporary file. An import of data set
    // L's tickets wrote 2.9 GB there, 341 MB of it for the placement's tasks
    // (Dialect::insertRows). Here each statement of 64 tickets lands in pages all over
    // ticket_open_created, which a bulk load keeps: with the journal, one would pass 64 KiB at
    // once.
    test::Scratch scratch;
    const test::FaultVfs vfs; // counts the files SQLite opens, fails none
    auto db = test::openDatabase(scratch.file(u"bulk.sqlite"_s));
    const Status loaded = db->guard([&] {
        BulkLoad load(*db, BulkLoad::Reads::None, BulkLoad::Indexes::SelectiveKept);
        const qint64 customer = CustomerRepository(*db).insert(test::customerNamed(u"Acme"_s));
        const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
        std::vector<Ticket> tickets = numberedTickets(customer, 6000, start);
        std::vector<PlannedTask> tasks;
        for (std::size_t i = 0; i < tickets.size(); ++i) {
            const auto spread = static_cast<qint64>((i * 7919) % 6000); // all over the index
            tickets[i].createdAt = start.addSecs(spread * 3600);
            PlannedTask task;
            task.customerId = customer;
            task.title = u"Call back about ticket %1"_s.arg(i + 1);
            task.dueDay = start.date().addDays(spread);
            task.origin = u"plan:onboarding"_s;
            task.occasion = u"entry:%1"_s.arg(i + 1);
            task.step = 1;
            task.createdAt = start.toSecsSinceEpoch();
            tasks.push_back(task);
        }
        constexpr auto kBatch = static_cast<std::size_t>(ImportOptions::kBatchRows);
        for (std::size_t at = 0; at < tickets.size(); at += kBatch) // the import's batches
            TicketRepository(*db).insert(std::span<const Ticket>(tickets).subspan(
                at, std::min<std::size_t>(kBatch, tickets.size() - at)));
        CHECK(TaskRepository(*db).addPlanned(tasks) == 6000);
        load.commit();
    });
    REQUIRE(loaded);
    REQUIRE(db->scalar("SELECT count(*) FROM ticket") == 6000);
    REQUIRE(db->scalar("SELECT count(*) FROM touchpoint") == 6000); // the arrivals
    CHECK(test::faults::statementJournalsOpened() == 0);
}

TEST_CASE("Many rows written by one statement that stops at a broken row land none of the rows",
          "[storage]")
{
    // Dialect::insertRows: under SQLite's FAIL the rows before the broken one stay in the
    // statement's transaction, which the failed write rolls back. The broken row is inside the
    // first statement of 64 rows (insertRowsByStatement). On PostgreSQL the rows go by COPY,
    // which refuses them all: there the test checks the rollback alone.
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"f.sqlite"_s));
    const qint64 customer = CustomerRepository(*db).insert(test::customerNamed(u"Acme"_s));
    std::vector<Ticket> tickets =
        numberedTickets(customer, 100, QDateTime(QDate(2025, 2, 1), QTime(9, 0), QTimeZone::utc()));
    tickets[40].id = 10; // the 41st row repeats the 10th row's id

    const Status bulk = db->guard([&] {
        BulkLoad load(*db);
        TicketRepository(*db).insert(std::span<const Ticket>(tickets));
        load.commit();
    });
    CHECK_FALSE(bulk);
    CHECK(db->scalar("SELECT count(*) FROM ticket") == 0);
    CHECK(db->scalar("SELECT count(*) FROM touchpoint") == 0);

    const auto inTransaction = [&] {
        return db->guard([&] {
            Transaction tx(*db);
            TicketRepository(*db).insert(std::span<const Ticket>(tickets));
            tx.commit();
        });
    };
    CHECK_FALSE(inTransaction());
    CHECK(db->scalar("SELECT count(*) FROM ticket") == 0);

    tickets[40].id = 41; // and whole, they land
    REQUIRE(inTransaction());
    CHECK(db->scalar("SELECT count(*) FROM ticket") == 100);
}

TEST_CASE(
    "Index builds in sorted runs keep spilling dirty pages whatever unit the cache was set in, "
    "and give the connection its settings back",
    "[sqlite-only][storage]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"s.sqlite"_s));
    // In pages, a multiple of 256: as a spill threshold SQLite would also read it as "off".
    db->execute("PRAGMA cache_size = 2048");
    const qint64 threads = db->scalar("PRAGMA threads");
    {
        sqlite::SortsInRuns runs(*db);
        CHECK(db->scalar("PRAGMA cache_spill") > 0); // 0: spilling off
        CHECK(db->scalar("PRAGMA cache_size") == -4096);
        CHECK(db->scalar("PRAGMA threads") == 2);
    }
    CHECK(db->scalar("PRAGMA cache_size") == 2048);
    CHECK(db->scalar("PRAGMA cache_spill") == 2048); // SQLite's own threshold (1) under the cache
    CHECK(db->scalar("PRAGMA threads") == threads);
}
