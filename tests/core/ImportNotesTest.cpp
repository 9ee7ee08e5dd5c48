// The import summary's notes on lines above the header (a report's title, Zammad's empty line):
// each sentence with its own numbers, and no Qt warning on the way. The one-line note once
// took the two-line note's second argument too, and Qt printed "QString::arg: Argument
// missing" on the CLI's stderr at every such import (found by funneldesk_import_fuzz).
#include "support/ImportTestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

QStringList g_warnings;

void keepWarnings(QtMsgType type, const QMessageLogContext& /*context*/, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
}

} // namespace

TEST_CASE("Lines above the header are named in one note, without a Qt warning", "[csv][import]")
{
    const test::Zone zone("UTC");
    const auto [above, note] = GENERATE(table<QByteArray, QString>({
        {"Tickets of March\n",
         u"The header is on line 2; the line above it is a title, not a ticket."_s},
        {"Tickets of March\nExported 2024-04-01\n",
         u"The header is on line 3; the 2 lines above it (a title, empty lines) are not rows."_s},
    }));
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"notes.sqlite"_s));
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepWarnings);
    const auto summary =
        test::importCsv(*db, above + "Ticket ID,Subject,Customer Email,Status,Created\n"
                                     "T-1,Login,ops@acme.example,open,2024-03-05 09:00\n");
    qInstallMessageHandler(previous);
    REQUIRE(summary);
    CHECK(summary->notes.contains(note));
    CHECK(g_warnings.isEmpty());
}
