// I/O faults at every write, and at every read (issue 19, "Reliability"): each write the
// window and the CLI make — add a ticket, import, recompute — run with its Nth write, fsync or
// truncate failed (an I/O error, then a full disk) and with its Nth read failed, for N = 1, 2,
// 3 … until it meets no fault. Each failing round ends in one sentence, `check` passes and
// the file holds exactly what it held; the last round completes. The file operations (backup,
// restore, migrate, the schema upgrade) are IoFaultFilesTest.cpp's.
#include "csv/CsvImporter.h"
#include "demo/Generator.h"
#include "service/Tickets.h"
#include "stages/StageEngine.h"
#include "support/FaultRounds.h"
#include "support/ImportTestSupport.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace fd;
using test::FaultKind;

namespace {

// A small desk, written once per case and copied for each round: a dozen customers.
QString pristineDesk(const test::Scratch& scratch)
{
    const QString path = scratch.file(QStringLiteral("pristine.sqlite"));
    auto db = test::openSqliteFile(path);
    GeneratorOptions options;
    options.customers = 12;
    options.tickets = 40;
    options.touchpoints = 100;
    options.seed = 19;
    REQUIRE(Generator::run(*db, options, FixedClock(test::testNow())));
    return path;
}

// An empty FunnelDesk file (an import into it is a bulk load).
QString pristineEmpty(const test::Scratch& scratch)
{
    const QString path = scratch.file(QStringLiteral("empty.sqlite"));
    test::openSqliteFile(path);
    return path;
}

qint64 count(Database& db, const char* sql)
{
    return db.scalar(sql);
}

const auto kKinds = {FaultKind::Write, FaultKind::Full, FaultKind::Read};

} // namespace

TEST_CASE("A fault at any write or read of adding a ticket leaves the file as it was",
          "[sqlite-only][faults]")
{
    const FaultKind kind = GENERATE(values(kKinds));
    test::Scratch scratch;
    const QString pristine = pristineDesk(scratch);
    const QByteArray before = test::contentDigest(pristine);
    const QString path = scratch.file(QStringLiteral("desk.sqlite"));
    std::unique_ptr<Database> db;
    qint64 tickets = 0;
    qint64 customer = 0;
    const FixedClock clock(test::testNow());
    test::FaultVfs vfs;

    test::FaultOperation add;
    add.setUp = [&] {
        test::copyFresh(pristine, path);
        db = test::openSqliteFile(path);
        tickets = count(*db, "SELECT count(*) FROM ticket");
        customer = count(*db, "SELECT min(id) FROM customer");
    };
    add.run = [&]() -> Status {
        Ticket t;
        t.customerId = customer;
        t.subject = QStringLiteral("The export stops halfway");
        t.status = TicketStatus::Open;
        auto written = Tickets(*db, clock).add(t);
        if (!written)
            return failure(written.error());
        return {};
    };
    add.verify = [&](bool succeeded) {
        CHECK(count(*db, "SELECT count(*) FROM ticket") == tickets + (succeeded ? 1 : 0));
        db.reset();
        if (!succeeded)
            REQUIRE(test::contentDigest(path) == before);
        test::requireSoundAfter(path, succeeded);
    };
    test::everyFault("add ticket", kind, add);
}

namespace {

// An import of a Zendesk export, faulted at every call; `intoEmpty` imports into an empty file
// (a bulk load: a rollback journal, indexes and triggers dropped and made again) instead of one
// with customers (one transaction in WAL). Two test cases, so that CTest runs them side by side.
void importFaults(bool intoEmpty)
{
    const FaultKind kind = GENERATE(values(kKinds));
    test::Scratch scratch;
    const QString pristine = intoEmpty ? pristineEmpty(scratch) : pristineDesk(scratch);
    const QByteArray before = test::contentDigest(pristine);
    const QByteArray csv = test::fixture(QStringLiteral("helpdesk-layouts/zendesk.csv"));
    const QString path = scratch.file(QStringLiteral("desk.sqlite"));
    std::unique_ptr<Database> db;
    qint64 tickets = 0;
    test::FaultVfs vfs;

    test::FaultOperation importing;
    importing.setUp = [&] {
        test::copyFresh(pristine, path);
        db = test::openSqliteFile(path);
        tickets = count(*db, "SELECT count(*) FROM ticket");
    };
    importing.run = [&]() -> Status {
        auto summary = test::importCsv(*db, csv);
        if (!summary)
            return failure(summary.error());
        REQUIRE(summary->imported > 0);
        return {};
    };
    importing.verify = [&](bool succeeded) {
        if (succeeded)
            CHECK(count(*db, "SELECT count(*) FROM ticket") > tickets);
        else
            CHECK(count(*db, "SELECT count(*) FROM ticket") == tickets);
        db.reset();
        if (!succeeded)
            REQUIRE(test::contentDigest(path) == before);
        test::requireSoundAfter(path, succeeded);
    };
    test::everyFault(intoEmpty ? "import into an empty file" : "import", kind, importing,
                     intoEmpty && kind != FaultKind::Write ? 4 : 1);
}

} // namespace

TEST_CASE("A fault at any write or read of an import leaves the file as it was",
          "[sqlite-only][faults]")
{
    importFaults(false);
}

TEST_CASE("A fault at any write or read of an import into an empty file leaves it empty",
          "[sqlite-only][faults]")
{
    importFaults(true);
}

TEST_CASE("A fault at any write or read of a stage recompute leaves the file as it was",
          "[sqlite-only][faults]")
{
    const FaultKind kind = GENERATE(values(kKinds));
    test::Scratch scratch;
    const QString pristine = pristineDesk(scratch);
    const FixedClock clock(test::testNow());
    {
        // Onboarding asks for nothing more: its customers move on at the recompute.
        auto db = test::openSqliteFile(pristine);
        REQUIRE(StageEngine(*db, clock)
                    .saveRules({QStringLiteral("onboarding.complete.min_days=0"),
                                QStringLiteral("onboarding.complete.min_touchpoints=0")}));
    }
    const QByteArray before = test::contentDigest(pristine);
    const QString path = scratch.file(QStringLiteral("desk.sqlite"));
    std::unique_ptr<Database> db;
    qint64 moves = 0;
    test::FaultVfs vfs;

    test::FaultOperation recompute;
    recompute.setUp = [&] {
        test::copyFresh(pristine, path);
        db = test::openSqliteFile(path);
        moves = count(*db, "SELECT count(*) FROM stage_transition");
    };
    recompute.run = [&]() -> Status {
        auto report = StageEngine(*db, clock).recompute();
        if (!report)
            return failure(report.error());
        REQUIRE(report->moveCount() > 0);
        return {};
    };
    recompute.verify = [&](bool succeeded) {
        if (succeeded)
            CHECK(count(*db, "SELECT count(*) FROM stage_transition") > moves);
        else
            CHECK(count(*db, "SELECT count(*) FROM stage_transition") == moves);
        db.reset();
        if (!succeeded)
            REQUIRE(test::contentDigest(path) == before);
        test::requireSoundAfter(path, succeeded);
    };
    test::everyFault("recompute", kind, recompute);
}
