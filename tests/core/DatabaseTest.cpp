// The RAII layer over SQLite (storage/sqlite behind storage/Database.h): statements, the
// statement cache, transactions and errors.
#include "storage/Database.h"
#include "common/Location.h"
#include "storage/CustomerRepository.h"
#include "storage/Dialect.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include <array>
#include <functional>

#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

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

constexpr QFileDevice::Permissions kReadAndEnter = QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                   QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                                   QFileDevice::ReadOther | QFileDevice::ExeOther;

// Runs `read` as someone who may read `folder` but not write to it, and returns what it
// says. A normal user gets the folder made 0555. Root may write to any folder whatever its
// mode, so as root `read` runs in a forked child that has become nobody (uid and gid 65534)
// and the folder stays root's, 0755. Either way it first checks that a file cannot be
// created there, so the test cannot pass while write access was not really taken away.
QString withoutWriteAccess(const QString& folder, const std::function<QString()>& read)
{
    const auto probe = [&]() -> QString {
        QFile file(QDir(folder).filePath(QStringLiteral("probe")));
        if (file.open(QIODevice::WriteOnly)) {
            file.remove();
            return QStringLiteral("the folder is still writable; the test takes nothing away");
        }
        return read();
    };
    if (::geteuid() != 0) {
        QFile::setPermissions(folder, kReadAndEnter);
        const QString said = probe();
        QFile::setPermissions(folder, kReadAndEnter | QFileDevice::WriteOwner); // to clean up
        return said;
    }
    QFile::setPermissions(folder, kReadAndEnter | QFileDevice::WriteOwner);
    int ends[2] = {-1, -1};
    REQUIRE(::pipe(ends) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(ends[0]);
        const QByteArray said =
            ::setgroups(0, nullptr) == 0 && ::setgid(65534) == 0 && ::setuid(65534) == 0
                ? probe().toUtf8()
                : QByteArray("could not become nobody");
        qsizetype written = 0;
        while (written < said.size()) {
            const ssize_t n = ::write(ends[1], said.constData() + written,
                                      static_cast<size_t>(said.size() - written));
            if (n <= 0)
                break;
            written += n;
        }
        ::_exit(0);
    }
    ::close(ends[1]);
    QByteArray said;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(ends[0], buffer, sizeof buffer)) > 0)
        said.append(buffer, n);
    ::close(ends[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    return QString::fromUtf8(said);
}

// What a read-only open of `path` gives: "rows N, without locks|with locks, read-only
// folder" or the error.
QString readSettings(const QString& path)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    return QStringLiteral("rows %1, %2, %3")
        .arg(countRows(**db))
        .arg((*db)->readsWithoutLocks() ? QStringLiteral("without locks")
                                        : QStringLiteral("with locks"),
             (*db)->isInReadOnlyFolder() ? QStringLiteral("read-only folder")
                                         : QStringLiteral("writable folder"));
}

} // namespace

TEST_CASE("Statement binds and reads every value type unchanged", "[storage]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));

    // Every character but NUL, which is refused (the next test).
    const QString hostile = QStringLiteral("it's \"quoted\"; DROP TABLE customer; --") +
                            QChar(u'\u202e') + QChar(1) +
                            QStringLiteral("\t\r\n\\ after U+0001 ✓ 😀 ") + QChar(u'\uffff');
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

TEST_CASE(
    "Text with a NUL character is refused with one sentence on both backends, writing nothing",
    "[storage]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));
    const QString withNul = QStringLiteral("before") + QChar(0) + QStringLiteral("after");
    const QByteArray utf8 = withNul.toUtf8();
    REQUIRE(utf8.size() == 12);

    // Each way of binding text refuses it before the backend sees it (PostgreSQL would cut
    // the text at the NUL; SQLite would keep it).
    const std::function<void(Statement&)> binds[] = {
        [&](Statement& q) { q.bind(1, withNul); },
        [&](Statement& q) { q.bind(1, std::string_view(utf8.constData(), 12)); },
        [&](Statement& q) { q.bindStatic(1, std::string_view(utf8.constData(), 12)); },
    };
    for (const auto& bind : binds) {
        const Status refused = db->guard([&] {
            auto q = db->query("INSERT INTO settings (key, value) VALUES ('k', ?1)");
            bind(*q);
            q->exec();
        });
        REQUIRE_FALSE(refused);
        CHECK(QString(refused.error()) == Statement::nulSentence());
        CHECK(refused.error().contains(QStringLiteral("U+0000")));
        CHECK(db->scalar("SELECT count(*) FROM settings WHERE key = 'k'") == 0);
    }
    // The statement is usable afterwards, and a text without NUL is kept whole.
    auto q = db->query("SELECT ?1");
    q->bind(1, QStringLiteral("before after"));
    REQUIRE(q->step());
    CHECK(q->text(0) == QStringLiteral("before after"));
    q->reset();

    // A repository's write refuses it earlier, as a control character (a name by
    // Validation::nameProblem, free text by Validation::textProblem), and stores nothing.
    Customer customer = test::customerNamed(QStringLiteral("Acme"));
    customer.plan = withNul;
    const auto added = CustomerRepository(*db).add(customer);
    REQUIRE_FALSE(added);
    CHECK(
        added.error().contains(QStringLiteral("The plan holds a control character, U+0000 NULL")));
    CHECK(db->scalar("SELECT count(*) FROM customer") == 0);
}

TEST_CASE("The statement cache reuses a prepared statement and resets it", "[storage]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));
    const StatementImpl* first = nullptr;
    {
        auto q = db->query("SELECT ?");
        q->bind(1, qint64(7));
        REQUIRE(q->step());
        first = &q->impl();
    } // left mid-iteration: the guard resets it
    auto q = db->query("SELECT ?");
    CHECK(&q->impl() == first);
    REQUIRE(q->step());
    CHECK(q->isNull(0)); // bindings were cleared
}

TEST_CASE("Bad SQL and constraint failures throw SqlError with SQLite's code",
          "[sqlite-only][storage]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));
    CHECK_THROWS_AS(db->query("SELEC nonsense"), SqlError);
    try {
        db->execute("INSERT INTO ticket (customer_id, subject, created_at) VALUES (999, 's', 0)");
        FAIL("foreign key violation was not reported");
    } catch (const SqlError& error) {
        constexpr int kSqliteConstraint =
            19; // SQLITE_CONSTRAINT, https://www.sqlite.org/rescode.html
        CHECK((error.nativeCode() & 0xff) == kSqliteConstraint);
        const QString sentence = db->describe(error);
        CHECK(sentence.contains(QStringLiteral("a.sqlite")));
        CHECK(sentence.contains(QStringLiteral("FOREIGN KEY")));
    }
}

TEST_CASE("Transactions commit whole or roll back whole", "[storage]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));
    // The rows a new database starts with (PostgreSQL's init records the team's time zone).
    const qint64 initial = countRows(*db);
    CHECK(db->scalar("SELECT count(*) FROM settings WHERE key IN ('a', 'b', 'inner', 'outer')") ==
          0);

    SECTION("a transaction that is not committed leaves nothing behind")
    {
        {
            Transaction tx(*db);
            insertSetting(*db, "a");
            insertSetting(*db, "b");
        }
        CHECK(countRows(*db) == initial);
        CHECK_FALSE(db->inTransaction());
    }
    SECTION("commit makes it last")
    {
        Transaction tx(*db);
        insertSetting(*db, "a");
        tx.commit();
        CHECK(countRows(*db) == initial + 1);
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
        // SQLite: "UNIQUE constraint failed: settings.key"; PostgreSQL: "duplicate key value
        // violates unique constraint "settings_pkey"".
        CHECK(guarded.error().contains(QStringLiteral("unique"), Qt::CaseInsensitive));
        CHECK(countRows(*db) == initial);
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
        CHECK(countRows(*db) == initial + 1);
        CHECK(db->scalar("SELECT count(*) FROM settings WHERE key = 'outer'") == 1);
    }
}

TEST_CASE("Writers wait for the busy timeout, then report the file as locked",
          "[sqlite-only][storage]")
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

TEST_CASE("A file in a folder the user cannot write to is read, or refused in one sentence",
          "[sqlite-only][storage]")
{
    test::Scratch scratch;
    // The scratch folder is the owner's only; the one who may not write must still enter it.
    QFile::setPermissions(scratch.dir().path(), kReadAndEnter | QFileDevice::WriteOwner);
    const QString folder = scratch.file(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("team.sqlite"));
    const QString writer = scratch.file(QStringLiteral("live.sqlite"));
    {
        auto db = test::openDatabase(writer);
        insertSetting(*db, "saved");
    } // closed: checkpointed, no -wal or -shm left
    REQUIRE(QFile::copy(writer, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup | QFileDevice::ReadOther);

    SECTION("with no -wal or -shm beside it, it is read without locks")
    {
        const QString said = withoutWriteAccess(folder, [&] { return readSettings(path); });
        CHECK(said == QStringLiteral("rows 1, without locks, read-only folder"));
        SECTION("and a write is refused, naming the folder, before anything is created")
        {
            const QString refused = withoutWriteAccess(folder, [&]() -> QString {
                auto db = Database::open(path);
                return db ? QStringLiteral("opened for writing") : db.error();
            });
            CHECK(refused.contains(QStringLiteral("team.sqlite")));
            CHECK(refused.contains(QStringLiteral("its folder “%1” is not writable").arg(folder)));
            CHECK(refused.contains(QStringLiteral("copy the file to a folder you can write to")));
        }
        CHECK(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("team.sqlite")});
    }
    SECTION("a copy taken while someone was writing")
    {
        // The writer's latest change is in its -wal only, not yet in the file.
        auto live = test::openDatabase(writer);
        live->execute("PRAGMA wal_autocheckpoint = 0");
        insertSetting(*live, "in the wal");
        REQUIRE(QFile::remove(path));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            REQUIRE(QFile::copy(writer + suffix, path + suffix));
            QFile::setPermissions(path + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ReadGroup |
                                                     QFileDevice::ReadOther);
        }
        SECTION("with its -shm is read with the change in its -wal")
        {
            CHECK(withoutWriteAccess(folder, [&] { return readSettings(path); }) ==
                  QStringLiteral("rows 2, with locks, read-only folder"));
        }
        SECTION("without its -shm is refused: reading it without locks would miss that change")
        {
            REQUIRE(QFile::remove(path + QStringLiteral("-shm")));
            const QString said = withoutWriteAccess(folder, [&] { return readSettings(path); });
            CHECK(said.startsWith(QStringLiteral("“%1” cannot be read here").arg(path)));
            CHECK(said.contains(QStringLiteral("team.sqlite-wal")));
            CHECK(said.contains(QStringLiteral("copy both files to a folder you can write to")));
        }
    }
}

TEST_CASE("Database::open takes a Location: a path opens its file, a server its database",
          "[storage]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("a.sqlite"));
    auto file = Location::parse(path);
    REQUIRE(file);
    auto opened = Database::open(*file, {});
    REQUIRE(opened);
    CHECK((*opened)->backend() == Database::Backend::Sqlite);
    CHECK((*opened)->path() == path);
    CHECK((*opened)->socket() == -1);
    CHECK((*opened)->scalar("PRAGMA application_id") != 0); // a FunnelDesk file was made

    // Port 1 of 127.0.0.1: no server listens, so the server's own refusal comes back as one
    // sentence, without the password (PgDatabaseTest opens real ones).
    auto server = Location::parse(QStringLiteral("postgresql://rep:SECRET@127.0.0.1:1/team"));
    REQUIRE(server);
    auto refused = Database::open(*server, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().startsWith(
        QStringLiteral("Cannot reach the PostgreSQL server at 127.0.0.1:1 (")));
    CHECK_FALSE(refused.error().contains(QStringLiteral("SECRET")));
}

TEST_CASE("The SQLite dialect's hooks are the SQL FunnelDesk has always sent to SQLite",
          "[sqlite-only][storage]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));
    const Dialect& d = db->dialect();
    const auto one = [&](const std::string& sql) { return db->scalar(sql); };

    CHECK(d.parameter(3) == "?3");
    CHECK(d.indexed("ticket_open_created") == " INDEXED BY ticket_open_created");
    CHECK(one("SELECT " + d.nocase("'Ab_c'") + " = 'aB_C'") == 1);
    CHECK(one("SELECT " + d.nocase("'É'") + " = 'é'") == 0); // ASCII letters only, as NOCASE
    CHECK(one("SELECT " + d.greatest("3", "7") + " * 10 + " + d.least("3", "7")) == 73);
    CHECK(one("SELECT " + d.nullSafeEqual("NULL", "NULL") + " + " +
              d.nullSafeDiffer("1", "NULL")) == 2);

    // 2024-03-31 22:30 UTC is already 1 April in Berlin (summer time, UTC+2).
    auto day = db->query("SELECT " + d.localDay("?1"));
    day->bind(1, QDateTime(QDate(2024, 3, 31), QTime(22, 30), Qt::UTC));
    REQUIRE(day->step());
    CHECK(day->text(0) == QStringLiteral("2024-04-01"));

    const std::array<qint64, 3> ids{4, 8, 15};
    CHECK(d.idListValue(ids) == "[4,8,15]");
    auto in = db->query("SELECT count(*) FROM (SELECT 8 AS x UNION ALL SELECT 9) WHERE x IN " +
                        d.idList(2));
    in->bind(2, d.idListValue(ids));
    REQUIRE(in->step());
    CHECK(in->int64(0) == 1);
}

TEST_CASE("The dialect's insert yields the new id, and its search finds tickets by word prefixes",
          "[storage]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("a.sqlite")));
    const Dialect& d = db->dialect();
    db->execute("INSERT INTO customer (id, name, since, stage_entered_at) VALUES (41, 'Ada', "
                "'2024-01-02', 0)");
    auto insert =
        db->query(d.insertReturningId("INSERT INTO ticket (customer_id, subject, created_at) "
                                      "VALUES (41, ?, 0)"));
    insert->bind(1, QStringLiteral("Printer jammed again"));
    const qint64 first = db->insertedId(*insert);
    insert->bind(1, QStringLiteral("Invoice missing"));
    const qint64 second = db->insertedId(*insert);
    CHECK(first > 0);
    CHECK(second == db->scalar("SELECT max(id) FROM ticket"));
    CHECK(second != first);

    // The ids found, in order, joined by commas; a null QString for none.
    const auto found = [&](const QStringList& words) {
        auto q = db->query("SELECT t.id FROM ticket t WHERE " + d.searchCondition("t", 1) +
                           " ORDER BY t.id");
        q->bind(1, d.searchExpression(words));
        QString ids;
        while (q->step())
            ids += (ids.isNull() ? QString(QLatin1String("")) : QStringLiteral(",")) + q->text(0);
        return ids;
    };
    // SQLite's FTS5 query quotes each word as a prefix; PostgreSQL's fd_search_query() is given
    // the words and makes the prefixes itself.
    CHECK(d.searchExpression({QStringLiteral("print"), QStringLiteral("jam")}) ==
          (db->backend() == Database::Backend::Sqlite ? QStringLiteral("\"print\"* \"jam\"*")
                                                      : QStringLiteral("print jam")));
    CHECK(found({QStringLiteral("print"), QStringLiteral("jam")}) == QString::number(first));
    CHECK(found({QStringLiteral("INVOICE")}) == QString::number(second));
    CHECK(found({QStringLiteral("print"), QStringLiteral("invoice")}).isNull());
}
