// `check` on a file reports an audit trigger that is missing or not FunnelDesk's (issue 17,
// "Audit log"; storage/AuditSchema.cpp, storage/IntegrityCheck.cpp): anyone who may write a
// file may drop a trigger with the sqlite3 shell, and the changes it logged then go unrecorded.
// The server's side is tests/core/PgGuardTest.cpp.
#include "service/Maintenance.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "support/TestSupport.h"

#include "SchemaDowngrade.h"

#include <catch2/catch.hpp>

using namespace fd;

TEST_CASE("check names an audit trigger dropped from a file, or replaced by another",
          "[audit][guard][sqlite-only]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("a.sqlite"));
    {
        auto db = test::openDatabase(path);
        const auto clean = service::Maintenance(*db).check();
        REQUIRE(clean);
        CHECK(clean->isEmpty());
        db->execute("DROP TRIGGER audit_ticket_insert");
        db->execute("DROP TRIGGER audit_log_no_delete");
        db->execute(
            "DROP TRIGGER audit_customer_delete; "
            "CREATE TRIGGER audit_customer_delete AFTER DELETE ON customer BEGIN SELECT 1; END;");
        const auto found = service::Maintenance(*db).check();
        REQUIRE(found);
        INFO(found->join(QLatin1Char('\n')).toStdString());
        CHECK(*found ==
              QStringList{
                  QStringLiteral(
                      "The audit trigger “audit_customer_delete” differs from FunnelDesk's, so the "
                      "changes it logs may go unrecorded"),
                  QStringLiteral(
                      "The audit trigger “audit_log_no_delete” is missing, so the changes it logs "
                      "go unrecorded"),
                  QStringLiteral(
                      "The audit trigger “audit_ticket_insert” is missing, so the changes it logs "
                      "go unrecorded"),
              });
    }
    // A file that gained its audit log by upgrading has FunnelDesk's triggers exactly.
    {
        const QString old = scratch.file(QStringLiteral("old.sqlite"));
        {
            auto db = test::openDatabase(old);
            test::downgradeToV5(*db);
        }
        auto db = test::openDatabase(old);
        CHECK(Schema::version(*db) == Schema::kVersion);
        const auto upgraded = service::Maintenance(*db).check();
        REQUIRE(upgraded);
        CHECK(upgraded->isEmpty());
    }
}
