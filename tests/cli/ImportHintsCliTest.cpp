// Core's import sentences name no flag (common/FrontEndHints.h); the command line adds its
// own (app/cli/CliHints.cpp), so a CLI user still reads which flag to pass (issue 15,
// hostile tester, final round: the window had been shown them instead).
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace fd;
using namespace Qt::StringLiterals;
using test::runCli;

namespace {

QString csvFile(test::Scratch& scratch, const QString& name, const QByteArray& bytes)
{
    const QString path = scratch.file(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

} // namespace

TEST_CASE("import's refusals name the flag that reads the file", "[cli][import][hints]")
{
    test::Scratch scratch;
    const QString db = scratch.file(u"h.sqlite"_s);
    QProcessEnvironment utc;
    utc.insert(u"TZ"_s, u"UTC"_s);

    const QString value = csvFile(scratch, u"value.csv"_s,
                                  "Subject,Customer Email,Status\nPrinter,a@x.example,Wartend\n");
    const auto unknown = runCli({u"--db"_s, db, u"import"_s, u"tickets"_s, value}, utc);
    test::requireOneSentence(unknown, u"add --map-value status:Wartend=VALUE"_s);
    CHECK(unknown.err.contains(
        u"(--skip-invalid imports the other rows and writes this one to a rejects file)."_s));

    const QString words = csvFile(
        scratch, u"words.csv"_s, "Subject,Customer Email,Created\nPrinter,a@x.example,yesterday\n");
    test::requireOneSentence(runCli({u"--db"_s, db, u"import"_s, u"tickets"_s, words}, utc),
                             u"name its format with --date-format, as in --date-format"_s);

    const QString serial = csvFile(scratch, u"serial.csv"_s,
                                   "Subject,Customer Email,Created\nPrinter,a@x.example,12345.5\n");
    test::requireOneSentence(runCli({u"--db"_s, db, u"import"_s, u"tickets"_s, serial}, utc),
                             u"name its format with --date-format excel."_s);

    const QString touch = csvFile(scratch, u"touch.csv"_s, "Email,Kind\na@x.example,call\n");
    test::requireOneSentence(runCli({u"--db"_s, db, u"import"_s, u"touchpoints"_s, touch}, utc),
                             u"map a column to it with --map occurred_at=COLUMN"_s);
}
