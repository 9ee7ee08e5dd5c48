// The kind of a Result's error (core/common/Result.h, Error::Kind), set where storage words
// the sentence (Database::describe(), movedSentence(), open()'s refusals): a caller routes
// on the kind, never on the words (issue 15's last review: the window compared the sentence
// with Database::movedSentence()). The sentences themselves are unchanged.
#include "domain/Customer.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace fd;

namespace {

QString quotedPath(const QString& path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}

} // namespace

TEST_CASE("A write to a file that is gone fails with the kind Gone and the same sentence",
          "[sqlite-only][errorkind]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("k.sqlite"));
    auto db = test::openDatabase(path);
    REQUIRE(QFile::rename(path, path + QStringLiteral(".moved")));

    auto refused = CustomerRepository(*db).add(test::customerNamed(QStringLiteral("Typed after")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind() == Error::Kind::Gone);
    CHECK(refused.error() ==
          quotedPath(path) + QStringLiteral(" was deleted or moved while FunnelDesk had it "
                                            "open; nothing more can be saved to it."));
    // A write outside a Transaction, refused at its commit (the commit hook).
    auto raw =
        db->guard([&] { db->execute("INSERT INTO settings(key, value) VALUES ('x', 'y')"); });
    REQUIRE_FALSE(raw);
    CHECK(raw.error().is(Error::Kind::Gone));
    // The window's own sentence for a job that found the path empty.
    CHECK(Database::movedSentence(path).is(Error::Kind::Gone));
    CHECK(db->movedSentence() == refused.error());
    // Passed on as it is (`return failure(r.error())`), the kind stays.
    const Status passed = [&]() -> Status { return failure(refused.error()); }();
    CHECK(passed.error().is(Error::Kind::Gone));
}

TEST_CASE("A write to a file another connection holds locked fails with the kind Busy",
          "[sqlite-only][errorkind]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("busy.sqlite"));
    auto holder = test::openDatabase(path);
    Database::Options quick;
    quick.busyTimeoutMs = 50;
    auto writer = Database::open(path, quick);
    REQUIRE(writer);
    holder->execute("BEGIN IMMEDIATE");

    auto refused = CustomerRepository(**writer).add(test::customerNamed(QStringLiteral("Waits")));
    holder->execute("ROLLBACK");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind() == Error::Kind::Busy);
    CHECK(refused.error().startsWith(quotedPath(path) +
                                     QStringLiteral(" is locked by another program")));
}

TEST_CASE("A write that cannot be made to a read-only file fails with the kind ReadOnly",
          "[sqlite-only][errorkind]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("ro.sqlite"));
    test::openDatabase(path).reset();

    SECTION("a connection opened read-only")
    {
        auto reader = test::openDatabase(path, Database::Access::ReadOnly);
        auto refused =
            CustomerRepository(*reader).add(test::customerNamed(QStringLiteral("Not here")));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind() == Error::Kind::ReadOnly);
        CHECK(refused.error() ==
              quotedPath(path) + QStringLiteral(" is read-only; nothing was saved. Make it "
                                                "writable or work on a copy."));
    }
    SECTION("a file nobody may write, opened for writing")
    {
        REQUIRE(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        auto refused = Database::open(path);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind() == Error::Kind::ReadOnly);
        CHECK(refused.error().startsWith(quotedPath(path) +
                                         QStringLiteral(" is read-only; make it writable")));
    }
}

TEST_CASE("A write that finds no room fails with the kind Full", "[sqlite-only][errorkind]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("full.sqlite")));
    // The file may not grow by one page: SQLite answers as it does on a full disk (SQLITE_FULL).
    const qint64 pages = db->scalar("PRAGMA page_count");
    db->execute(QStringLiteral("PRAGMA max_page_count = %1").arg(pages).toUtf8().constData());
    Status refused;
    for (int i = 0; i < 200 && refused; ++i) {
        Customer wide = test::customerNamed(QStringLiteral("Customer %1").arg(i));
        wide.notes = QString(400, QLatin1Char('x')); // a name that long is refused before any write
        refused = CustomerRepository(*db).add(wide).map([](qint64) {});
    }
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind() == Error::Kind::Full);
    CHECK(refused.error().startsWith(QStringLiteral("The disk holding ")));
}

TEST_CASE("Every other sentence is of the kind Other", "[errorkind]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("other.sqlite")));
    // core's own rule, not storage's.
    auto invalid = CustomerRepository(*db).add(test::customerNamed(QString()));
    REQUIRE_FALSE(invalid);
    CHECK(invalid.error().kind() == Error::Kind::Other);
    // A sentence built from a kinded one is a new sentence.
    const Error gone = db->movedSentence();
    const Status worded = failure(QStringLiteral("Could not save: %1").arg(gone));
    CHECK(worded.error().kind() == Error::Kind::Other);
    CHECK(Error().kind() == Error::Kind::Other);
}
