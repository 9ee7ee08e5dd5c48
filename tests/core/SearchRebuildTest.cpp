// The search index made again in one pass (sqlite::rebuildSearchIndex): FTS5 gathers the rebuild's
// terms in larger batches than the file's (fewer, larger segments), and the file and the
// connection batch later writes as they did before.
#include "storage/Database.h"
#include "storage/sqlite/SqliteSearchIndex.h"
#include "storage/Transaction.h"
#include "support/ImportTestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

// The rows of FTS5's data table: its structure, averages and every segment's pages. A rebuild in
// batches of `hashsize` bytes writes one segment per batch, merged as they pile up.
qint64 searchDataRows(Database& db)
{
    return db.scalar("SELECT count(*) FROM ticket_fts_data");
}

// The file's own 'hashsize' setting in bytes, or -1 without one (FTS5's default, 1 MiB, then).
qint64 storedHashSize(Database& db)
{
    auto q = db.query("SELECT v FROM ticket_fts_config WHERE k = 'hashsize'");
    return q->step() ? q->int64(0) : -1;
}

void setHashSize(Database& db, qint64 bytes)
{
    db.execute(QByteArray("INSERT INTO ticket_fts (ticket_fts, rank) VALUES ('hashsize', " +
                          QByteArray::number(bytes) + ")")
                   .constData());
}

// 3,000 tickets, each with words of its own: their terms pass 1 KiB many times over.
QByteArray manyTickets()
{
    QByteArray csv = "Subject,Email,Status\n";
    for (int i = 1; i <= 3000; ++i)
        csv += "Invoice word" + QByteArray::number(i) + " batch" + QByteArray::number(i % 97) +
               ",c" + QByteArray::number(i % 50) + "@example.com,Open\n";
    return csv;
}

} // namespace

TEST_CASE("A bulk import's search index finds every ticket, and later writes are batched as FTS5's "
          "default has it",
          "[sqlite-only][search][storage]")
{
    const test::Zone zone("UTC");
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"s.sqlite"_s));
    REQUIRE(storedHashSize(*db) == -1);
    auto imported = test::importCsv(*db, manyTickets());
    REQUIRE(imported);
    REQUIRE(imported->imported == 3000);
    CHECK(storedHashSize(*db) == 1024 * 1024);
    db->execute("INSERT INTO ticket_fts (ticket_fts, rank) VALUES ('integrity-check', 1)");
    CHECK(db->scalar("SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH 'invoice'") == 3000);
    CHECK(db->scalar("SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH 'word2999'") == 1);
    CHECK(db->scalar("SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH 'batch5'") == 31);
}

TEST_CASE("The search index's rebuild gathers more than the file's batch size, then gives it back",
          "[sqlite-only][search][storage]")
{
    const test::Zone zone("UTC");
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"s.sqlite"_s));
    REQUIRE(test::importCsv(*db, manyTickets()));

    // A file whose own batch is 1 KiB: a plain rebuild writes a segment every kibibyte.
    setHashSize(*db, 1024);
    db->execute("INSERT INTO ticket_fts (ticket_fts) VALUES ('rebuild')");
    const qint64 smallBatches = searchDataRows(*db);

    {
        Transaction tx(*db);
        sqlite::rebuildSearchIndex(*db);
        tx.commit();
    }
    CHECK(searchDataRows(*db) < smallBatches);
    CHECK(storedHashSize(*db) == 1024);
    db->execute("INSERT INTO ticket_fts (ticket_fts, rank) VALUES ('integrity-check', 1)");
    CHECK(db->scalar("SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH 'invoice'") == 3000);

    // A rebuild that rolls back leaves the stored setting as it was, and the connection batches
    // as the file says: a plain rebuild writes the small batches' segments again.
    {
        Transaction tx(*db);
        sqlite::rebuildSearchIndex(*db);
    }
    CHECK(storedHashSize(*db) == 1024);
    db->execute("INSERT INTO ticket_fts (ticket_fts) VALUES ('rebuild')");
    CHECK(searchDataRows(*db) == smallBatches);

    // Outside a transaction it is one of its own, with the same outcome.
    sqlite::rebuildSearchIndex(*db);
    CHECK(searchDataRows(*db) < smallBatches);
    CHECK(storedHashSize(*db) == 1024);

    // A file that batches more than the rebuild would keeps its own batch.
    setHashSize(*db, 2 * sqlite::kRebuildHashBytes);
    sqlite::rebuildSearchIndex(*db);
    CHECK(storedHashSize(*db) == 2 * sqlite::kRebuildHashBytes);
}
