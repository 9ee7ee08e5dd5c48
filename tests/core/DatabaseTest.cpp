// The RAII layer over SQLite: statements, the statement cache, transactions and errors.
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace fd;

namespace {

qint64 countRows(Database& db)
{
    return db.scalar("SELECT count(*) FROM settings");
}

void insertSetting(Database& db, const char* key)
{
    auto q = db.query("INSERT INTO settings (key, value) VALUES (?, 'x')");
    q->bind(1, std::string_view(key));
    q->exec();
}

} // namespace

TEST_CASE("Statement binds and reads every value type unchanged", "[storage]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));

    const QString hostile = QStringLiteral("it's \"quoted\"; DROP TABLE customer; --") +
                            QChar(u'\u202e') + QChar(0) + QStringLiteral("after NUL ✓");
    const QDateTime when = QDateTime(QDate(2025, 7, 1), QTime(12, 30, 15), Qt::UTC);
    auto q = db->query("SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7");
    q->bind(1, hostile);
    q->bind(2, qint64(1) << 40);
    q->bind(3, 2.5);
    q->bind(4, QString());
    q->bind(5, when);
    q->bind(6, QDate(2024, 2, 29));
    q->bind(7, std::optional<qint64>());
    REQUIRE(q->step());
    CHECK(q->text(0) == hostile);
    CHECK(q->text(0).size() == hostile.size());
    CHECK(q->int64(1) == (qint64(1) << 40));
    CHECK(q->real(2) == 2.5);
    CHECK(q->isNull(3));
    CHECK(q->text(3).isNull());
    CHECK(q->dateTime(4) == when);
    CHECK(q->date(5) == QDate(2024, 2, 29));
    CHECK_FALSE(q->optionalInt64(6).has_value());
    CHECK_FALSE(q->step());
}

TEST_CASE("The statement cache reuses a prepared statement and resets it", "[storage]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));
    sqlite3_stmt* first = nullptr;
    {
        auto q = db->query("SELECT ?");
        q->bind(1, qint64(7));
        REQUIRE(q->step());
        first = q->handle();
    } // left mid-iteration: the guard resets it
    auto q = db->query("SELECT ?");
    CHECK(q->handle() == first);
    REQUIRE(q->step());
    CHECK(q->isNull(0)); // bindings were cleared
}

TEST_CASE("Bad SQL and constraint failures throw SqlError with SQLite's code", "[storage]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));
    CHECK_THROWS_AS(db->query("SELEC nonsense"), SqlError);
    try {
        db->execute("INSERT INTO ticket (customer_id, subject, created_at) VALUES (999, 's', 0)");
        FAIL("foreign key violation was not reported");
    } catch (const SqlError& error) {
        CHECK(error.primaryCode() == SQLITE_CONSTRAINT);
        const QString sentence = db->describe(error);
        CHECK(sentence.contains(QStringLiteral("a.sqlite")));
        CHECK(sentence.contains(QStringLiteral("FOREIGN KEY")));
    }
}

TEST_CASE("Transactions commit whole or roll back whole", "[storage]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));

    SECTION("a transaction that is not committed leaves nothing behind")
    {
        {
            Transaction tx(*db);
            insertSetting(*db, "a");
            insertSetting(*db, "b");
        }
        CHECK(countRows(*db) == 0);
        CHECK(sqlite3_get_autocommit(db->handle()) == 1);
    }
    SECTION("commit makes it last")
    {
        Transaction tx(*db);
        insertSetting(*db, "a");
        tx.commit();
        CHECK(countRows(*db) == 1);
    }
    SECTION("an error thrown halfway rolls back the first half")
    {
        auto guarded = db->guard([&] {
            Transaction tx(*db);
            insertSetting(*db, "a");
            insertSetting(*db, "a"); // duplicate key
            tx.commit();
        });
        REQUIRE_FALSE(guarded);
        CHECK(guarded.error().contains(QStringLiteral("UNIQUE")));
        CHECK(countRows(*db) == 0);
    }
    SECTION("a nested transaction is a savepoint: it rolls back alone")
    {
        Transaction outer(*db);
        insertSetting(*db, "outer");
        {
            Transaction inner(*db);
            insertSetting(*db, "inner");
        }
        outer.commit();
        CHECK(countRows(*db) == 1);
        CHECK(db->scalar("SELECT count(*) FROM settings WHERE key = 'outer'") == 1);
    }
}

TEST_CASE("Writers wait for the busy timeout, then report the file as locked", "[storage]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("a.sqlite"));
    auto holder = test::openDatabase(path);
    Database::Options options;
    options.busyTimeoutMs = 50;
    auto other = Database::open(path, options);
    REQUIRE(other);

    Transaction hold(*holder);
    insertSetting(*holder, "held");
    auto attempt = (*other)->guard([&] {
        Transaction tx(**other);
        insertSetting(**other, "blocked");
        tx.commit();
    });
    REQUIRE_FALSE(attempt);
    CHECK(attempt.error().contains(QStringLiteral("locked by another program")));
    CHECK(attempt.error().contains(QStringLiteral("a.sqlite")));
}
