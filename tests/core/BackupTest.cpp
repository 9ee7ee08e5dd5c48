#include "domain/Customer.h"
#include "storage/Backup.h"
#include "storage/CustomerRepository.h"
#include "storage/StatsRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace fd;

TEST_CASE("A backup is a complete, sound copy under its final name", "[backup]")
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(QStringLiteral("live.sqlite")));
    Customer c;
    c.name = QStringLiteral("Acme Corp");
    c.since = QDate(2025, 1, 10);
    REQUIRE(CustomerRepository(*db).add(c));

    const QString target = scratch.file(QStringLiteral("copy.sqlite"));
    REQUIRE(Backup::save(*db, target));
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));
    CHECK((QFileInfo(target).permissions() & (QFile::ReadOther | QFile::WriteOther)) == 0);

    auto copy = test::openDatabase(target, Database::Access::ReadOnly);
    auto counts = StatsRepository(*copy).counts();
    REQUIRE(counts);
    CHECK(counts->customers == 1);
    CHECK(counts->transitions == 1);

    SECTION("an existing target is never overwritten")
    {
        const QByteArray before = test::fileBytes(target);
        auto again = Backup::save(*db, target);
        REQUIRE_FALSE(again);
        CHECK(again.error().contains(QStringLiteral("already exists")));
        CHECK(test::fileBytes(target) == before);
    }
}
