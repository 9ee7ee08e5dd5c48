// Ticket search spells a word's prefix out as the indexed words it begins (issue 15, second
// round: a prefix MATCH cost 33 ms on data set L, the same words OR-ed 7 ms). What it finds
// must be exactly what FTS5's own prefix query finds, in every queue, whatever the case.
#include "common/Clock.h"
#include "demo/Generator.h"
#include "domain/Customer.h"
#include "domain/Ticket.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/postgres/PgNewestMatches.h"
#include "storage/TicketListRepository.h"
#include "storage/TicketRepository.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace fd;
using Queue = TicketListQuery::Queue;

namespace {

// FTS5's own answer: every word as a prefix query, within the open statuses if asked.
std::vector<qint64> prefixMatches(Database& db, const QString& search, bool openOnly)
{
    std::vector<qint64> ids;
    const QString match = TicketListRepository::matchExpression(search);
    if (match.isEmpty())
        return ids;
    auto q =
        db.query(std::string("SELECT f.rowid FROM ticket_fts f JOIN ticket t ON t.id = f.rowid "
                             "WHERE ticket_fts MATCH ?1") +
                 (openOnly ? " AND t.status IN ('new', 'open', 'pending', 'on_hold')" : ""));
    q->bind(1, match);
    while (q->step())
        ids.push_back(q->int64(0));
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<qint64> listed(Database& db, const QString& search, Queue queue)
{
    TicketListQuery q;
    q.queue = queue;
    q.search = search;
    auto ids = TicketListRepository(db).ids(q);
    REQUIRE(ids);
    std::sort(ids->begin(), ids->end());
    return *ids;
}

// On a server (nullptr on a file): a database with one customer and `count` solved tickets, ids 1
// to count in order, ticket i's subject the SQL expression `subject` of i, its creation time
// spread over 500 seconds (so that times repeat).
std::unique_ptr<Database> serverWithTickets(const test::Scratch& scratch, const char* subject,
                                            int count)
{
    auto db = test::openDatabase(scratch.file(QStringLiteral("server.sqlite")));
    if (db->backend() != Database::Backend::Postgres)
        return nullptr;
    Customer c;
    c.name = QStringLiteral("Acme");
    c.since = QDate(2026, 1, 5);
    const qint64 acme = *CustomerRepository(*db).add(c);
    const std::string many =
        "INSERT INTO ticket (customer_id, subject, status, created_at, solved_at) SELECT " +
        std::to_string(acme) + ", " + subject +
        ", 'solved', 1772352000 + (i * 37) % 500, 1772352600 FROM generate_series(1, " +
        std::to_string(count) + ") AS i";
    db->execute(many.c_str());
    return db;
}

} // namespace

TEST_CASE("Ticket search finds exactly what FTS5's prefix query finds, in every queue",
          "[sqlite-only][tickets][search]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("search.sqlite")));
    GeneratorOptions options;
    options.customers = 100;
    options.tickets = 3000;
    options.touchpoints = 3000;
    options.seed = 21;
    REQUIRE(Generator::run(*db, options, FixedClock(test::testNow())));
    // Words the generator does not write: a prefix of several of them, another case, letters
    // beyond ASCII (left to FTS5's prefix query), and a quote.
    db->execute("UPDATE ticket SET subject = subject || ' Exporter exportable Überweisung' WHERE "
                "id % 50 = 0");
    db->execute("UPDATE ticket SET subject = subject || ' exporting' WHERE id % 70 = 0");

    // Some letter begins more than 16 indexed words: its prefix is left to FTS5 whole.
    db->execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, 'ticket_fts', 'row')");
    QString many;
    {
        auto q = db->query(
            "SELECT substr(term, 1, 1) AS letter FROM temp.words WHERE letter BETWEEN 'a' AND 'z' "
            "GROUP BY letter HAVING count(*) > 16 LIMIT 1");
        REQUIRE(q->step());
        many = q->text(0);
    }
    for (const QString& search :
         {QStringLiteral("export"), QStringLiteral("EXPORT"), QStringLiteral("Export ing"),
          QStringLiteral("exp"), QStringLiteral("inv"), QStringLiteral("log fai"), many,
          QString(many.toUpper() + QStringLiteral(" exp")), QStringLiteral("Über"),
          QStringLiteral("uberw"), QStringLiteral("zzzq"), QStringLiteral("export zzzq"),
          QStringLiteral("a1b2")}) {
        INFO(search.toStdString());
        const auto all = prefixMatches(*db, search, false);
        const auto open = prefixMatches(*db, search, true);
        CHECK(listed(*db, search, Queue::All) == all); // fewer than the 10,000 newest kept
        CHECK(listed(*db, search, Queue::AllOpen) == open);
    }
    CHECK_FALSE(prefixMatches(*db, QStringLiteral("exp"), false).empty());
    CHECK_FALSE(prefixMatches(*db, QStringLiteral("Über"), true).empty());
}

namespace {

// The prefix rule of issue 16 by hand, for ASCII text: every word of `search` begins a word of
// the ticket's subject or description, whatever the case. The tickets' ids, ascending.
std::vector<qint64> byHand(const std::map<qint64, QString>& texts, const QString& search)
{
    const QStringList wanted = TicketListRepository::searchWords(search.toLower());
    std::vector<qint64> ids;
    for (const auto& [id, text] : texts) {
        const QStringList words = TicketListRepository::searchWords(text.toLower());
        const bool all = std::all_of(wanted.begin(), wanted.end(), [&](const QString& w) {
            return std::any_of(words.begin(), words.end(),
                               [&](const QString& v) { return v.startsWith(w); });
        });
        if (all && !wanted.isEmpty())
            ids.push_back(id);
    }
    return ids;
}

} // namespace

TEST_CASE("A search over every ticket finds its words and prefixes after subjects are added, "
          "edited and deleted",
          "[tickets][search]")
{
    // On a server the search over every ticket reads each ticket's words from ticket_words, a
    // table of their own kept by triggers (014_search_order.sql); on both backends it must find
    // what the tickets' texts hold at every moment.
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("words.sqlite")));
    Customer c;
    c.name = QStringLiteral("Acme");
    c.since = QDate(2026, 1, 5);
    const qint64 acme = *CustomerRepository(*db).add(c);
    TicketRepository tickets(*db);
    std::map<qint64, QString> texts; // subject and description, as searched
    const QStringList subjects = {QStringLiteral("Invoice shows the wrong plan"),
                                  QStringLiteral("VAT number on invoices"),
                                  QStringLiteral("Export file is empty"),
                                  QStringLiteral("Login loop after reset"),
                                  QStringLiteral("Login fails on mobile"),
                                  QStringLiteral("Invoiced twice, login fails")};
    const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 30; ++i) {
        Ticket t;
        t.customerId = acme;
        t.subject = subjects[i % subjects.size()];
        t.description = i % 4 == 0 ? QStringLiteral("Reported by snake_case users") : QString();
        t.createdAt = start.addSecs((i * 7919) % 30 * 3600); // ids out of creation order
        const auto id = tickets.add(t, t.createdAt);
        REQUIRE(id);
        texts[*id] = t.subject + QLatin1Char(' ') + t.description;
    }
    const QStringList searches = {
        QStringLiteral("invoice"),     QStringLiteral("INV"),        QStringLiteral("invoices"),
        QStringLiteral("login fails"), QStringLiteral("log fa"),     QStringLiteral("exp"),
        QStringLiteral("snake"),       QStringLiteral("case users"), QStringLiteral("zzzz"),
        QStringLiteral("renamed"),     QStringLiteral("wrong plan")};
    const auto compare = [&](const char* when) {
        for (const QString& search : searches) {
            INFO(when << ": \"" << search.toStdString() << '"');
            CHECK(listed(*db, search, Queue::All) == byHand(texts, search));
        }
        // The #123 shortcut: that ticket, whatever its words, or none.
        const qint64 some = texts.rbegin()->first;
        CHECK(listed(*db, QStringLiteral("#") + QString::number(some), Queue::All) ==
              std::vector<qint64>{some});
        CHECK(listed(*db, QStringLiteral("#999999"), Queue::All).empty());
    };
    compare("added");
    CHECK(byHand(texts, QStringLiteral("invoice")).size() ==
          15); // the rule by hand finds what it should

    // Edits: new words in, old words out; a description gains a word.
    for (auto& [id, text] : texts) {
        if (id % 3 != 0)
            continue;
        auto found = tickets.find(id, TicketRepository::Lock::None);
        REQUIRE(found);
        REQUIRE(*found);
        Ticket t = **found;
        t.subject = QStringLiteral("Renamed ") + QString::number(id);
        t.description = id % 2 == 0 ? QStringLiteral("Now about invoices") : t.description;
        REQUIRE(tickets.update(t, start.addDays(2)));
        text = t.subject + QLatin1Char(' ') + t.description;
    }
    compare("edited");
    // Deletes, one by one and several in one statement.
    std::vector<qint64> gone;
    for (const auto& [id, text] : texts)
        if (id % 5 == 1 || id % 7 == 2)
            gone.push_back(id);
    db->execute(("DELETE FROM ticket WHERE id = " + std::to_string(gone.front())).c_str());
    db->execute("DELETE FROM ticket WHERE id % 5 = 1 OR id % 7 = 2");
    for (qint64 id : gone)
        texts.erase(id);
    compare("deleted");

    if (db->backend() != Database::Backend::Postgres)
        return;
    // The server's table holds each ticket's row as the ticket has it (what `check` compares).
    CHECK(db->scalar("SELECT count(*) FROM ticket t FULL JOIN ticket_words w ON w.id = t.id WHERE "
                     "t.id IS NULL "
                     "OR w.id IS NULL OR w.created_at <> t.created_at OR w.search IS DISTINCT FROM "
                     "t.search") == 0);
    CHECK(db->scalar("SELECT count(*) FROM ticket_words") == static_cast<qint64>(texts.size()));
}

TEST_CASE("On a server the newest matches in creation order or by subject are read from "
          "ticket_words alone, not the tickets' rows",
          "[tickets][search]")
{
    // A search over every ticket walked ticket's rows newest first and tested each one's words:
    // 262,893 rows of ticket's 463 MB for 'invoice' on data set L (docs/PERFORMANCE.md, Step 10,
    // eighth round). In creation order (the list's own) it needs each match's id and creation
    // time only, which the narrow ticket_words holds (014_search_order.sql).
    test::Scratch scratch;
    auto db = serverWithTickets(scratch,
                                "CASE WHEN i % 4 = 0 THEN 'Invoice ' ELSE 'Export ' END || i", 400);
    if (!db)
        return;
    db->execute("ANALYZE ticket");
    db->execute("ANALYZE ticket_words");
    Transaction reading(*db);
    db->execute("SET LOCAL enable_seqscan = off");
    // The session's rows fetched from each table, by a bitmap (counted on the table) or through
    // an index (counted on the index); PostgreSQL 15 counts across transactions until it
    // flushes its statistics, so a statement's are a difference.
    const auto fetched = [&](const char* table) {
        const std::string t = std::string("'") + table + "'::regclass";
        return db->scalar("SELECT sum(pg_stat_get_xact_tuples_fetched(r)) FROM (SELECT " + t +
                          "::oid AS r UNION ALL SELECT indexrelid FROM pg_index WHERE indrelid = " +
                          t + ") AS x");
    };
    const qint64 ticketBefore = fetched("ticket");
    const qint64 wordsBefore = fetched("ticket_words");
    TicketListQuery q;
    q.queue = Queue::All;
    q.search = QStringLiteral("invoice");
    const auto ids = TicketListRepository(*db).ids(q);
    REQUIRE(ids);
    CHECK(ids->size() == 100);
    CHECK(fetched("ticket_words") - wordsBefore >= 100); // the counter counts
    CHECK(fetched("ticket") == ticketBefore);            // no ticket row read
    // By another column (TicketSearchSortTest) from ticket_words too (028_search_sort.sql).
    q.sortColumn = TicketListQuery::Column::Subject;
    const auto bySubject = TicketListRepository(*db).ids(q);
    REQUIRE(bySubject);
    CHECK(bySubject->size() == 100);
    CHECK(fetched("ticket") == ticketBefore);
}

TEST_CASE("On a server the newest matches over every ticket are the same whether walked or read "
          "by windows of the newest ids, and the walk is allowed again after",
          "[tickets][search]")
{
    // pg::newestMatches walks ticket_words newest first for a common word, and ANDs the GIN
    // index with a window of the newest ids for a rarer one, widening a window that falls short
    // (docs/PERFORMANCE.md, "Step 10: a search's newest matches by windows"). A sample of 100
    // here stands for the 4,096 of data set L, so that 2,000 tickets take every way.
    test::Scratch scratch;
    // Ticket i: 'delta' in a third (walked), 'beta' in one in fifty (windowed), 'epsilon' in one
    // in fifty of the newest hundred and one in two hundred before (a window too narrow,
    // widened), 'gamma' in the oldest 300 only (none in the sample).
    auto db = serverWithTickets(
        scratch,
        "'Ticket ' || i || CASE WHEN i % 3 = 0 THEN ' delta' ELSE '' END || CASE WHEN i % 50 = 0 "
        "THEN ' beta' ELSE '' END || CASE WHEN (i > 1900 AND i % 50 = 0) OR i % 200 = 0 THEN ' "
        "epsilon' ELSE '' END || CASE WHEN i <= 300 THEN ' gamma' ELSE '' END",
        2000);
    if (!db)
        return;
    db->execute("ANALYZE ticket_words");
    REQUIRE(db->scalar("SELECT min(id) FROM ticket") == 1); // the cases below count on it
    REQUIRE(db->scalar("SELECT max(id) FROM ticket") == 2000);

    // What every way must give: the newest matches by id, read from the tickets themselves, in
    // `order` (by id, newest first, unless given).
    const auto expected = [&](const char* word, int limit,
                              const char* order = " ORDER BY t.id DESC") {
        std::vector<std::pair<qint64, qint64>> rows;
        auto q = db->query(std::string("SELECT id, created_at FROM (SELECT * FROM ticket WHERE "
                                       "search @@ fd_search_query(?) ORDER BY id DESC LIMIT ?) t") +
                           order);
        q->bind(1, QString::fromUtf8(word));
        q->bind(2, qint64{limit});
        while (q->step())
            rows.emplace_back(q->int64(0), q->int64(1));
        return rows;
    };
    const auto indexWalkAllowed = [&] {
        return db->scalar("SELECT CASE WHEN current_setting('enable_indexscan') = 'on' THEN 1 "
                          "ELSE 0 END") == 1;
    };
    // With a parameter of its own (the urgency order's SLA targets are), after the statement's.
    const pg::NewestMatchesOrder subjectOrder{
        ", subject",
        " ORDER BY fd_nocase(t.subject) DESC, t.id * ?" +
            std::to_string(pg::NewestMatchesOrder::kFirstParameter),
        [](Statement& q) { q.bind(pg::NewestMatchesOrder::kFirstParameter, qint64{-1}); }};
    pg::NewestMatchesTuning tuning;
    tuning.sample = 100;
    struct Case {
        const char* word;
        int limit;
        int windows; // window statements expected (0: walked, or one statement over all)
    };
    for (const Case& k : {Case{"delta", 10, 0}, Case{"delta", 1000, 0}, Case{"beta", 10, 1},
                          Case{"beta", 1, 1}, Case{"beta", 40, 0}, Case{"epsilon", 10, 1},
                          Case{"gamma", 5, 0}, Case{"gamma", 300, 0}, Case{"zzz", 5, 0}}) {
        INFO(k.word << " limit " << k.limit);
        const pg::NewestMatches found =
            pg::newestMatches(*db, QString::fromUtf8(k.word), k.limit, tuning);
        CHECK(found.rows == expected(k.word, k.limit));
        CHECK(found.windows == k.windows);
        CHECK(indexWalkAllowed());
        // Sorted by the caller (TicketSearchSortTest for the list's orders): the same newest
        // matches by id, in that order, whichever way they were read.
        const pg::NewestMatches sorted =
            pg::newestMatches(*db, QString::fromUtf8(k.word), k.limit, tuning, &subjectOrder);
        CHECK(sorted.rows ==
              expected(k.word, k.limit, " ORDER BY fd_nocase(t.subject) DESC, t.id DESC"));
        CHECK(sorted.windows == k.windows);
        CHECK(indexWalkAllowed());
    }
    {
        // Inside a caller's transaction the windows run in a savepoint, and leave the setting on
        // for the rest of it.
        Transaction callers(*db);
        CHECK(pg::newestMatches(*db, QStringLiteral("beta"), 10, tuning).windows == 1);
        CHECK(indexWalkAllowed());
    }
    CHECK(expected("epsilon", 10).size() == 10); // five in the first window, ten in all
    CHECK(expected("beta", 40).size() == 40);    // its window is every ticket

    // Through the list, by creation time both ways (sorted here: created_at repeats every 500
    // tickets, ties by id) and by another column: the same tickets, in the server's order.
    const auto listed = [&](const char* order) {
        std::vector<qint64> ids;
        auto sql = std::string("SELECT id FROM ticket WHERE search @@ fd_search_query('beta') "
                               "ORDER BY ") +
                   order;
        auto q = db->query(sql);
        while (q->step())
            ids.push_back(q->int64(0));
        return ids;
    };
    TicketListQuery q;
    q.queue = Queue::All;
    q.search = QStringLiteral("beta");
    const auto byCreation = TicketListRepository(*db).ids(q);
    REQUIRE(byCreation);
    CHECK(*byCreation == listed("created_at DESC, id DESC"));
    q.descending = false;
    const auto oldestFirst = TicketListRepository(*db).ids(q);
    REQUIRE(oldestFirst);
    CHECK(*oldestFirst == listed("created_at, id"));
    q.sortColumn = TicketListQuery::Column::Subject;
    const auto bySubject = TicketListRepository(*db).ids(q);
    REQUIRE(bySubject);
    CHECK(*bySubject == listed("fd_nocase(subject), id"));
    q.search = QStringLiteral("nowhere");
    CHECK(TicketListRepository(*db).ids(q)->empty());
}
