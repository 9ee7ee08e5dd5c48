// Report tables for people (issue 15, hostile tester): the table format says keys as their
// display names and "no value" as "—"; CSV keeps the keys and the empty cell.
#include "metrics/CellText.h"
#include "metrics/ReportFormat.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace fd;

TEST_CASE("report table format: keys in words, no value as a dash, CSV keeps keys",
          "[metrics][words]")
{
    Report r{QStringLiteral("post-sales"),
             Period::lastDays(QDateTime::currentDateTimeUtc(), 30),
             {},
             {}};
    ReportTable t{
        QStringLiteral("mix"),
        QStringLiteral("Mix"),
        {QStringLiteral("stage"), QStringLiteral("status"), QStringLiteral("kind"),
         QStringLiteral("conversion %")},
        {},
        {},
        {CellKind::Stage, CellKind::TicketStatus, CellKind::TouchpointKind, CellKind::Number},
        {}};
    t.rows.push_back({QStringLiteral("post_sales"), QStringLiteral("on_hold"),
                      QStringLiteral("self_service"), QString()});
    r.tables.push_back(t);
    const QString text = ReportFormat::table(r);
    CHECK(text.startsWith(QStringLiteral("post-sales, "))); // the name as typed on the command line
    CHECK(text.contains(QStringLiteral("Stage")));
    CHECK(text.contains(QStringLiteral("Conversion %")));
    CHECK(text.contains(QStringLiteral("Post-sales  On hold  Self-service  —")));
    CHECK(!text.contains(QStringLiteral("post_sales")));
    CHECK(!text.contains(QStringLiteral("on_hold")));
    CHECK(!text.contains(QStringLiteral("self_service")));
    CHECK(cellWords(CellKind::Stage, QStringLiteral("(new)")) == QStringLiteral("New"));

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    REQUIRE(ReportFormat::csv(r, csv));
    CHECK(csv.data().contains("post_sales,on_hold,self_service,\r\n"));
}
