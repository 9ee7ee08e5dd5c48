// Why a file did not open, by kind (Error::Kind): only damage is Damaged, the one kind for which
// the window offers an automatic backup in the file's place (app/gui/main.cpp, offerBackup).
// The hostile pass of issue 19 found a locked file and one of a newer FunnelDesk offered a
// backup with Yes as the default: Return put an older backup over a whole file.
#include "service/Session.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <sqlite3.h>

using namespace fd;

namespace {

Error openError(const QString& path)
{
    auto db = Session::open(path);
    REQUIRE_FALSE(db);
    INFO(db.error().toStdString());
    return db.error();
}

void overwrite(const QString& path, qint64 at, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(at));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("Only a damaged file is called Damaged: not a locked one, nor one of a newer FunnelDesk",
          "[sqlite-only][damage]")
{
    test::Scratch scratch;
    const QString good = scratch.file(QStringLiteral("good.sqlite"));
    {
        auto db = test::openSqliteFile(good);
        REQUIRE(db);
        db->execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const QByteArray bytes = test::fileBytes(good);
    const auto copy = [&](const QString& name) {
        const QString path = scratch.file(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    };

    SECTION("no SQLite header")
    {
        const QString path = copy(QStringLiteral("header.sqlite"));
        overwrite(path, 0, QByteArray(100, 'x'));
        CHECK(openError(path).is(Error::Kind::Damaged));
    }
    SECTION("its schema page overwritten")
    {
        const QString path = copy(QStringLiteral("schema.sqlite"));
        overwrite(path, 100, QByteArray(4096 - 100, '\x5a'));
        CHECK(openError(path).is(Error::Kind::Damaged));
    }
    SECTION("a schema newer than this FunnelDesk")
    {
        const QString path = copy(QStringLiteral("newer.sqlite"));
        overwrite(path, 60, QByteArray::fromHex("000003e7")); // user_version 999
        const Error why = openError(path);
        CHECK_FALSE(why.is(Error::Kind::Damaged));
        CHECK(why.contains(QStringLiteral("newer")));
    }
    SECTION("locked by another program")
    {
        // Another connection holds the file's exclusive lock, as sqlite3 with
        // locking_mode=EXCLUSIVE and a write would (SQLite tells connections of one process apart).
        const QString path = copy(QStringLiteral("locked.sqlite"));
        sqlite3* holder = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &holder) == SQLITE_OK);
        REQUIRE(sqlite3_exec(
                    holder, "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; CREATE TABLE held(x);",
                    nullptr, nullptr, nullptr) == SQLITE_OK);
        qputenv("FUNNELDESK_BUSY_TIMEOUT_MS", "200");
        const Error why = openError(path);
        qunsetenv("FUNNELDESK_BUSY_TIMEOUT_MS");
        CHECK(why.is(Error::Kind::Busy));
        sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(holder);
    }
}
