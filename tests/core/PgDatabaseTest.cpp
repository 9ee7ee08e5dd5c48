// The PostgreSQL backend of Database (issue 16; plan §3b, R8): opening a server's FunnelDesk
// schema and each refusal in one sentence; statements with SQLite's `?N` parameters; reading
// values as SQLite reads them; transactions that land whole or not at all; cancel; the change
// counter; and a repository working unchanged on it.
// [postgres] tests run through tests/pg/with-cluster.sh; each has a schema of its own.
#include "storage/postgres/PgDatabase.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/postgres/PgSchema.h"
#include "storage/postgres/PgStatement.h"
#include "storage/Transaction.h"
#include "support/PgTestSchema.h"

#include <catch2/catch.hpp>

#include <QThread>

#include <atomic>
#include <thread>

using namespace fd;

namespace {

// A new customer for the write refusals: Acme, customer since 2026-01-05.
Customer acme()
{
    Customer customer;
    customer.name = QStringLiteral("Acme");
    customer.since = QDate(2026, 1, 5);
    return customer;
}

std::unique_ptr<Database> openPg(const test::PgTestSchema& schema, Database::Options options = {})
{
    Result<std::unique_ptr<Database>> opened =
        Database::open(schema.location(), std::move(options));
    INFO((opened ? QString() : QString(opened.error())).toStdString());
    REQUIRE(opened);
    return std::move(*opened);
}

std::unique_ptr<Database> initialisedPg(test::PgTestSchema& schema)
{
    pg::Connection conn = schema.connect();
    const Status made = pg::Schema::init(conn, QStringLiteral("Europe/Berlin"));
    INFO((made ? QString() : QString(made.error())).toStdString());
    REQUIRE(made);
    return openPg(schema);
}

QString refusal(const Location& where, Database::Options options = {})
{
    Result<std::unique_ptr<Database>> opened = Database::open(where, std::move(options));
    REQUIRE_FALSE(opened);
    return opened.error();
}

} // namespace

TEST_CASE("PgStatement numbers SQLite's ? and ?N parameters as $N, outside quotes and comments")
{
    int count = 0;
    CHECK(PgStatement::numbered("SELECT ? + ?", &count) == "SELECT $1 + $2");
    CHECK(count == 2);
    CHECK(PgStatement::numbered("WHERE a = ?2 OR b = ? OR c = ?1", &count) ==
          "WHERE a = $2 OR b = $3 OR c = $1");
    CHECK(count == 3);
    CHECK(PgStatement::numbered("SELECT '?', \"a?\" -- ?\n, ? /* ? */", &count) ==
          "SELECT '?', \"a?\" -- ?\n, $1 /* ? */");
    CHECK(count == 1);
    CHECK(PgStatement::numbered("SELECT 'it''s ?', ?", &count) == "SELECT 'it''s ?', $1");
    CHECK(PgStatement::numbered("SELECT 1", &count) == "SELECT 1");
    CHECK(count == 0);
}

TEST_CASE("postgres database: an empty schema, another application's, or a newer FunnelDesk's is "
          "refused in one "
          "sentence",
          "[postgres]")
{
    test::PgTestSchema schema;
    const QString where = schema.connect().display();
    CHECK(refusal(schema.location()) ==
          QStringLiteral("Schema “%1” of %2 holds no FunnelDesk tables yet; create them "
                         "there first (FunnelDesk's init), or copy a FunnelDesk file into "
                         "it (migrate).")
              .arg(schema.name(), where));

    pg::Connection conn = schema.connect();
    REQUIRE(conn.exec("CREATE TABLE invoices (id int)"));
    CHECK(refusal(schema.location()) ==
          QStringLiteral("Schema “%1” of %2 holds tables that are not FunnelDesk's; "
                         "FunnelDesk uses a schema of its own. Name another database or "
                         "schema.")
              .arg(schema.name(), where));
    REQUIRE(conn.exec("DROP TABLE invoices"));

    REQUIRE(pg::Schema::init(conn));
    REQUIRE(conn.exec("UPDATE fd_meta SET version = version + 1"));
    CHECK(refusal(schema.location()) ==
          QStringLiteral("%1 holds FunnelDesk data of a newer version (schema %2; this "
                         "FunnelDesk reads up to %3); open it with a newer FunnelDesk.")
              .arg(where)
              .arg(pg::Schema::kVersion + 1)
              .arg(pg::Schema::kVersion));
}

TEST_CASE("postgres database: a server that is not running and a database that does not exist are "
          "refused in one "
          "sentence each",
          "[postgres]")
{
    const QString port = qEnvironmentVariable("FUNNELDESK_TEST_PG_PORT");
    REQUIRE_FALSE(port.isEmpty());
    // A port next to the cluster's that nothing listens on (the cluster is on 127.0.0.1 only).
    const Result<Location> down =
        Location::parse(QStringLiteral("host=127.0.0.1 port=%1 user=funneldesk dbname=x "
                                       "connect_timeout=5")
                            .arg(port.toInt() == 65535 ? 65534 : port.toInt() + 1));
    REQUIRE(down);
    CHECK(refusal(*down).startsWith(
        QStringLiteral("Cannot reach the PostgreSQL server at 127.0.0.1:")));

    const QString missing = refusal(test::pgLocation(QStringLiteral("dbname=no_such_db")));
    CHECK(missing.contains(QStringLiteral("has no database “no_such_db”")));
}

TEST_CASE("postgres database: a user who may only read is refused a read-write open as ReadOnly, "
          "and reads",
          "[postgres]")
{
    test::PgTestSchema schema;
    initialisedPg(schema);
    pg::Connection& admin = schema.admin();
    REQUIRE(admin.exec("DO $$ BEGIN CREATE ROLE fd_t_viewer LOGIN; "
                       "EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
    const QByteArray name = schema.name().toUtf8();
    REQUIRE(admin.exec("GRANT USAGE ON SCHEMA " + name + " TO fd_t_viewer"));
    const Location viewer = schema.location(QStringLiteral("user=fd_t_viewer"));
    const QString noRead = refusal(viewer);
    INFO(noRead.toStdString());
    CHECK(noRead.contains(QStringLiteral("has no right to read FunnelDesk's tables")));
    // init by that user is told the same, not the server's "permission denied … (42501)".
    pg::Connection viewerConnection = schema.connect(QStringLiteral("user=fd_t_viewer"));
    const Status init = pg::Schema::init(viewerConnection);
    REQUIRE_FALSE(init);
    INFO(init.error().toStdString());
    CHECK(init.error() ==
          pg::Schema::noRightToRead(QStringLiteral("fd_t_viewer"), viewerConnection.display()));

    REQUIRE(admin.exec("GRANT SELECT ON ALL TABLES IN SCHEMA " + name + " TO fd_t_viewer"));
    REQUIRE(admin.exec("GRANT SELECT ON ALL SEQUENCES IN SCHEMA " + name + " TO fd_t_viewer"));
    Result<std::unique_ptr<Database>> writable = Database::open(viewer, {});
    REQUIRE_FALSE(writable);
    CHECK(writable.error().is(Error::Kind::ReadOnly));
    CHECK(writable.error() ==
          QStringLiteral("User “fd_t_viewer” may read FunnelDesk's tables in %1 but not change "
                         "them; open it read-only, or ask the database's administrator for the "
                         "right to write.")
              .arg(schema.connect(QStringLiteral("user=fd_t_viewer")).display()));

    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    Result<std::unique_ptr<Database>> reading = Database::open(viewer, readOnly);
    REQUIRE(reading);
    CHECK((*reading)->isReadOnly());
    CHECK((*reading)->scalar("SELECT count(*) FROM customer") == 0);
}

TEST_CASE("postgres database: a read-only open refuses every write as ReadOnly, in one sentence",
          "[postgres]")
{
    test::PgTestSchema schema;
    initialisedPg(schema);
    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    std::unique_ptr<Database> db = openPg(schema, readOnly);
    const Customer customer = acme();
    const Result<qint64> added = CustomerRepository(*db).add(customer);
    REQUIRE_FALSE(added);
    CHECK(added.error().is(Error::Kind::ReadOnly));
    CHECK(added.error().contains(QStringLiteral("read-only")));
}

TEST_CASE(
    "postgres database: data another session holds past the busy timeout is Busy, in one sentence",
    "[postgres]")
{
    test::PgTestSchema schema;
    initialisedPg(schema);
    pg::Connection holder = schema.connect();
    REQUIRE(holder.exec("BEGIN"));
    REQUIRE(holder.exec("LOCK TABLE customer IN ACCESS EXCLUSIVE MODE"));
    Database::Options shortWait;
    shortWait.busyTimeoutMs = 200;
    std::unique_ptr<Database> db = openPg(schema, shortWait);
    const Customer customer = acme();
    const Result<qint64> added = CustomerRepository(*db).add(customer);
    REQUIRE_FALSE(added);
    INFO(added.error().toStdString());
    CHECK(added.error().is(Error::Kind::Busy));
    CHECK(added.error() ==
          QStringLiteral("The data this needs on the PostgreSQL server at %1 is held by another "
                         "session; try again in a moment (nothing was changed).")
              .arg(db->display()));
    REQUIRE(holder.exec("ROLLBACK"));
    CHECK(CustomerRepository(*db).add(customer));
}

TEST_CASE(
    "postgres database: two sessions adding one email at once add it once; the second is refused",
    "[postgres]")
{
    // Under READ COMMITTED each session's check would miss the other's uncommitted row
    // (hostile pass): the second now waits for the first to end (Dialect::serialiseCheck).
    test::PgTestSchema schema;
    std::unique_ptr<Database> first = initialisedPg(schema);
    std::unique_ptr<Database> second = openPg(schema);
    std::unique_ptr<Database> watcher = openPg(schema);
    Customer one = acme();
    one.email = QStringLiteral("help@acme.example");
    Customer other = acme();
    other.name = QStringLiteral("Acme Support");
    other.email = QStringLiteral(" Help@ACME.example ");

    Transaction held(*first);
    REQUIRE(CustomerRepository(*first).add(one));
    Result<qint64> secondAdded = failure(QString());
    std::atomic<bool> done = false;
    std::thread adder([&] {
        secondAdded = CustomerRepository(*second).add(other);
        done = true;
    });
    // Until the second session is seen waiting for the first (or, without the wait, is done).
    const auto waiting = [&] {
        return watcher->scalar("SELECT count(*) FROM pg_locks WHERE NOT granted") > 0;
    };
    for (int i = 0; i < 500 && !done && !waiting(); ++i)
        QThread::msleep(20);
    held.commit();
    adder.join();
    REQUIRE_FALSE(secondAdded);
    CHECK(secondAdded.error().contains(QStringLiteral("already belongs to Acme")));
    CHECK(watcher->scalar("SELECT count(*) FROM customer WHERE email IS NOT NULL") == 1);
}

TEST_CASE("postgres database: statements bind and read values as on SQLite", "[postgres]")
{
    test::PgTestSchema schema;
    std::unique_ptr<Database> db = initialisedPg(schema);
    CHECK(db->backend() == Database::Backend::Postgres);
    CHECK(db->path().isEmpty());

    auto q = db->query(
        "SELECT ?1::bigint, ?2::text, ?3::float8, ?4::text, ?1 > 5, 7.9::numeric, ?5::date");
    q->bind(1, qint64(42));
    q->bind(2, QStringLiteral("Zoë ✓"));
    q->bind(3, 2.5);
    q->bindNull(4);
    q->bind(5, QDate(2026, 3, 1));
    REQUIRE(q->step());
    CHECK(q->columnCount() == 7);
    CHECK(q->int64(0) == 42);
    CHECK(q->text(1) == QStringLiteral("Zoë ✓"));
    CHECK(q->utf8(1) == "Zoë ✓");
    CHECK(q->real(2) == 2.5);
    CHECK(q->isNull(3));
    CHECK(q->text(3).isNull());
    CHECK(q->int64(4) == 1); // a boolean reads as 1/0
    CHECK(q->int64(5) == 7); // truncated, as SQLite's integer of a real
    CHECK(q->date(6) == QDate(2026, 3, 1));
    CHECK_FALSE(q->step());

    // An empty text is a value, not NULL.
    auto empty = db->query("SELECT ?1::text IS NULL, length(?1::text)");
    empty->bind(1, QString(QLatin1String("")));
    REQUIRE(empty->step());
    CHECK(empty->int64(0) == 0);
    CHECK(empty->int64(1) == 0);
}

TEST_CASE("postgres database: a repository reads what was written, and changes are counted",
          "[postgres]")
{
    test::PgTestSchema schema;
    std::unique_ptr<Database> db = initialisedPg(schema);
    auto insert = db->query(
        db->dialect().insertReturningId("INSERT INTO customer (name, email, since, stage, "
                                        "stage_entered_at) VALUES (?, ?, ?, 'onboarding', ?)"));
    insert->bind(1, QStringLiteral("Acme"));
    insert->bind(2, QStringLiteral("ops@acme.example"));
    insert->bind(3, QDate(2026, 1, 5));
    insert->bind(4, qint64(1767571200));
    const qint64 id = db->insertedId(*insert);
    CHECK(id > 0);
    CHECK(db->lastInsertId() == id);
    const auto found = CustomerRepository(*db).find(id);
    INFO((found ? QString() : QString(found.error())).toStdString());
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK((*found)->name == QStringLiteral("Acme"));
    CHECK((*found)->since == QDate(2026, 1, 5));
    CHECK((*found)->stage == Stage::Onboarding);

    db->execute("UPDATE customer SET plan = 'Pro'");
    CHECK(db->changes() == 1);
}

TEST_CASE(
    "postgres database: a NULL id is picked as SQLite picks a rowid, past any id a writer gave",
    "[postgres]")
{
    test::PgTestSchema schema;
    std::unique_ptr<Database> db = initialisedPg(schema);
    auto insert =
        db->query(db->dialect().insertReturningId("INSERT INTO agent (id, name) VALUES (?, ?)"));
    auto add = [&](std::optional<qint64> id, const char* name) {
        bindId(*insert, 1, id.value_or(0));
        insert->bind(2, QString::fromUtf8(name));
        return db->insertedId(*insert);
    };
    CHECK(add(std::nullopt, "Ann") == 1);
    CHECK(add(40, "Bob") == 40); // an id a writer gives (an import, a migrate)
    CHECK(db->lastInsertId() == 40);
    CHECK(add(std::nullopt, "Cat") == 41);                  // never one already taken
    db->execute("INSERT INTO agent (name) VALUES ('Eve')"); // as SQLite's last_insert_rowid()
    CHECK(db->lastInsertId() == 42);
    CHECK(add(std::nullopt, "Dan") == 43);
    CHECK(db->lastInsertId() == 43);
}

TEST_CASE("postgres database: a transaction lands whole or not at all, nested ones as savepoints",
          "[postgres]")
{
    test::PgTestSchema schema;
    std::unique_ptr<Database> db = initialisedPg(schema);
    {
        Transaction outer(*db);
        db->execute("INSERT INTO agent (name) VALUES ('Ann')");
        {
            Transaction inner(*db);
            db->execute("INSERT INTO agent (name) VALUES ('Bob')");
        } // not committed: only Bob goes
        outer.commit();
    }
    CHECK(db->scalar("SELECT count(*) FROM agent") == 1);
    CHECK_FALSE(db->inTransaction());

    // A failed statement rolls the whole change back, and committing it says so.
    const Result<void> failed = db->guard([&] {
        Transaction t(*db);
        db->execute("INSERT INTO agent (name) VALUES ('Cat')");
        try {
            db->execute("INSERT INTO agent (id, name) VALUES (1, 'duplicate id')");
        } catch (const SqlError&) {
        }
        t.commit();
    });
    REQUIRE_FALSE(failed);
    CHECK(failed.error().contains(QStringLiteral("rolled all of it back")));
    CHECK_FALSE(db->inTransaction());
    CHECK(db->scalar("SELECT count(*) FROM agent") == 1);
}

TEST_CASE("postgres database: interrupt stops a running statement, and the connection stays usable",
          "[postgres]")
{
    test::PgTestSchema schema;
    std::unique_ptr<Database> db = initialisedPg(schema);
    Database* raw = db.get();
    std::thread canceller([raw] {
        QThread::msleep(300);
        raw->interrupt();
    });
    const Result<void> slept = db->guard([&] { db->execute("SELECT pg_sleep(30)"); });
    canceller.join();
    REQUIRE_FALSE(slept);
    CHECK(slept.error().contains(QStringLiteral("stopped the statement, as asked")));
    CHECK(db->scalar("SELECT 1") == 1);
}

TEST_CASE("postgres database: the change counter moves when another connection writes",
          "[postgres]")
{
    test::PgTestSchema schema;
    std::unique_ptr<Database> db = initialisedPg(schema);
    const Result<qint64> before = db->dataVersion();
    REQUIRE(before);
    std::unique_ptr<Database> other = openPg(schema);
    other->execute("INSERT INTO agent (name) VALUES ('Ann')");
    const Result<qint64> after = db->dataVersion();
    REQUIRE(after);
    CHECK(*after != *before);
    const Result<qint64> still = db->dataVersion();
    CHECK(*still == *after);
}

TEST_CASE("postgres database: local days are the team's, whatever this machine's zone",
          "[postgres]")
{
    test::PgTestSchema schema;
    std::unique_ptr<Database> db = initialisedPg(schema); // team zone Europe/Berlin
    // 2026-01-01 23:30 UTC is already 2 January in Berlin.
    const std::string sql = "SELECT " + db->dialect().localDay("1767310200");
    auto q = db->query(sql);
    REQUIRE(q->step());
    CHECK(q->text(0) == QStringLiteral("2026-01-02"));
}
