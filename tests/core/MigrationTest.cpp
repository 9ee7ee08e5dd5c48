// Opening files: new, current, older, newer, foreign, not SQLite, read-only.
#include "storage/Database.h"
#include "storage/Schema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <sys/stat.h>

using namespace fd;

namespace {

// Writes a raw SQLite file with the given header values, bypassing FunnelDesk.
void writeRawDatabase(const QString& path, int applicationId, int userVersion, const char* sql)
{
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
    const QByteArray pragmas = "PRAGMA application_id = " + QByteArray::number(applicationId) +
                               "; PRAGMA user_version = " + QByteArray::number(userVersion) + ";";
    REQUIRE(sqlite3_exec(raw, pragmas.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
}

} // namespace

TEST_CASE("A new file is created at the newest schema, private to its owner", "[migration]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("sub/dir/new.sqlite"));
    auto db = test::openDatabase(path);
    CHECK(Schema::version(*db) == Schema::kVersion);
    CHECK(db->scalar("PRAGMA application_id") == Schema::kApplicationId);
    CHECK(db->scalar("PRAGMA foreign_keys") == 1);
    auto mode = db->query("PRAGMA journal_mode");
    REQUIRE(mode->step());
    CHECK(mode->text(0) == QStringLiteral("wal"));
    for (const char* table : {"agent", "customer", "contact", "ticket", "ticket_comment",
                              "canned_reply", "touchpoint", "stage_transition", "settings",
                              "ticket_fts"}) {
        auto q = db->query("SELECT count(*) FROM sqlite_schema WHERE name = ?");
        q->bind(1, std::string_view(table));
        REQUIRE(q->step());
        INFO(table);
        CHECK(q->int64(0) == 1);
    }
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("Reopening a current file migrates nothing and keeps its data", "[migration]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("a.sqlite"));
    {
        auto db = test::openDatabase(path);
        db->execute("INSERT INTO settings (key, value) VALUES ('k', 'v')");
    }
    auto again = test::openDatabase(path);
    CHECK(again->scalar("SELECT count(*) FROM settings") == 1);
    CHECK(QDir(scratch.dir().path()).entryList({QStringLiteral("*.bak")}).isEmpty());
}

TEST_CASE("Files FunnelDesk must not touch are refused with one sentence, unchanged",
          "[migration]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("victim.sqlite"));
    QString expected;

    SECTION("a text file")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("name,email\nAda,ada@example.com\n");
        file.close();
        expected = QStringLiteral("not a FunnelDesk database");
    }
    SECTION("another application's SQLite database")
    {
        writeRawDatabase(path, 0, 0, "CREATE TABLE photos (id INTEGER PRIMARY KEY);");
        expected = QStringLiteral("another application");
    }
    SECTION("a FunnelDesk file from a newer version")
    {
        writeRawDatabase(path, Schema::kApplicationId, Schema::kVersion + 1,
                         "CREATE TABLE future (id INTEGER PRIMARY KEY);");
        expected = QStringLiteral("newer FunnelDesk");
    }

    const QByteArray before = test::fileBytes(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().contains(QStringLiteral("victim.sqlite")));
    CHECK(db.error().contains(expected));
    CHECK(test::fileBytes(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A read-only file opens for reading only", "[migration]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("ro.sqlite"));
    {
        auto db = test::openDatabase(path);
        db->execute("INSERT INTO settings (key, value) VALUES ('k', 'v')");
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
    const QByteArray before = test::fileBytes(path);

    auto writable = Database::open(path);
    REQUIRE_FALSE(writable);
    CHECK(writable.error().contains(QStringLiteral("read-only")));
    CHECK(writable.error().contains(QStringLiteral("ro.sqlite")));

    auto readable = test::openDatabase(path, Database::Access::ReadOnly);
    CHECK(readable->isReadOnly());
    CHECK(readable->scalar("SELECT count(*) FROM settings") == 1);
    readable.reset();
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("A missing file is not created when only reading", "[migration]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("missing.sqlite"));
    auto db = Database::open(path, {Database::Access::ReadOnly, 100, true});
    REQUIRE_FALSE(db);
    CHECK(db.error().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(path));
}
