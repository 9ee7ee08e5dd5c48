// `report post-sales` lists every week of the period (issue 15, hostile tester #6): the
// CSV keeps its columns (PRODUCT.md §5: report … --format csv) and has a row, 0 when
// empty, for each week from the one --from falls in to the one --to falls in.
#include "support/CliRun.h"
#include "support/TestSupport.h"

using namespace fd;
using test::runCliOn;

TEST_CASE("report post-sales has a row for every week, 0 when no ticket was made",
          "[cli][report][weeks]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("weeks.sqlite"));
    const auto added = runCliOn(db, {QStringLiteral("add"), QStringLiteral("customer"),
                                     QStringLiteral("--name"), QStringLiteral("Weekly Co"),
                                     QStringLiteral("--since"), QStringLiteral("2026-01-05")});
    REQUIRE(added.exitCode == 0);
    const QString id = added.out.trimmed();
    REQUIRE(runCliOn(db, {QStringLiteral("stages"), QStringLiteral("set"), id,
                          QStringLiteral("post_sales"), QStringLiteral("--reason"),
                          QStringLiteral("test"), QStringLiteral("--pin")})
                .exitCode == 0);
    // Pinned, so its tickets do not move it on. Tickets in the weeks of 2 and 23 March; 1 March is
    // a Sunday, 31 March a Tuesday.
    for (const char* at : {"2026-03-03 10:00", "2026-03-25 10:00"}) {
        REQUIRE(runCliOn(db, {QStringLiteral("add"), QStringLiteral("ticket"),
                              QStringLiteral("--customer"), id, QStringLiteral("--subject"),
                              QStringLiteral("Question"), QStringLiteral("--at"),
                              QString::fromLatin1(at)})
                    .exitCode == 0);
    }
    const auto csv = runCliOn(db, {QStringLiteral("report"), QStringLiteral("post-sales"),
                                   QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                                   QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    INFO(csv.out.toStdString());
    const qsizetype start = csv.out.indexOf(QStringLiteral("\r\nweekly\r\n"));
    REQUIRE(start >= 0);
    const QStringList lines = csv.out.mid(start + 10).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() >= 7);
    CHECK(lines.mid(0, 7) ==
          QStringList{QStringLiteral("week,tickets"), QStringLiteral("2026-02-23,0"),
                      QStringLiteral("2026-03-02,1"), QStringLiteral("2026-03-09,0"),
                      QStringLiteral("2026-03-16,0"), QStringLiteral("2026-03-23,1"),
                      QStringLiteral("2026-03-30,0")});
}
