// Issue 15 (hostile tester, final round): the import wizard told window users "add
// --map-value status:…", "--skip-invalid", "--date-format excel". Core's import sentences
// name no flag (common/FrontEndHints.h): the command line adds its flags
// (app/cli/CliHints.cpp), the window the wizard's own pages and controls
// (ui/ImportHints.cpp). Each sentence the wizard can show, under each front end.
#include "core/FrontEnds.h"
#include "csv/CsvImporter.h"
#include "storage/postgres/PgTeam.h"
#include "support/ImportTestSupport.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcess>

#include <functional>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

struct Case {
    const char* what;
    QByteArray csv;
    std::function<void(ImportOptions&)> options;
    QString cli;    // in the command line's sentence
    QString window; // in the window's sentence
};

// The import's failure, or its summary (notes included) when it succeeds.
QString sentence(const Case& c)
{
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"h.sqlite"_s));
    ImportOptions options;
    if (c.options)
        c.options(options);
    auto run = test::importCsv(*db, c.csv, options);
    return run ? run->text() : run.error();
}

QByteArray renamedStatus()
{
    QByteArray renamed = test::fixture(u"import-quirks/c14a_ostickets_ampm.csv"_s);
    renamed.replace("Current Status", "Ticket Lifecycle");
    return renamed;
}

const QString kColumns = u"on the page “Which column is which”"_s;

std::vector<Case> cases()
{
    const auto dryRun = [](ImportOptions& o) { o.dryRun = true; };
    return {
        {"a value FunnelDesk does not know stops the import",
         "Subject,Customer Email,Status\nPrinter,a@x.example,Wartend\n", nullptr,
         u"add --map-value status:Wartend=VALUE"_s,
         u"choose what it means in the list of values FunnelDesk does not know on the page “What would happen”"_s},
        {"the same sentence says how to import the other rows",
         "Subject,Customer Email,Status\nPrinter,a@x.example,Wartend\n", nullptr,
         u"(--skip-invalid imports the other rows and writes this one to a rejects file)."_s,
         u"(go back to the page “What would happen” and tick “Import the good rows…” to import the other rows)."_s},
        {"a category FunnelDesk does not know is filed under other",
         "Subject,Customer Email,Category\nPrinter,a@x.example,Spaceships\n", dryRun,
         u"filed under other; --map-value category:TEXT=VALUE files a category elsewhere."_s,
         u"filed under other; choose another category in the list of values FunnelDesk does not know, then check again."_s},
        {"a date column in no known form",
         "Subject,Customer Email,Created\nPrinter,a@x.example,yesterday\nFax,b@x.example,soon\n",
         nullptr,
         u"; name its format with --date-format, as in --date-format \"dd/MM/yyyy HH:mm\"."_s,
         u"; write its dates in one of those forms, or leave the column “— not imported —” "_s +
             kColumns + u"."_s},
        {"numbers that may be Excel serial dates",
         "Subject,Customer Email,Created\nPrinter,a@x.example,12345.5\n", nullptr,
         u"; if the column holds them, name its format with --date-format excel."_s,
         u"format it as dates in the spreadsheet and save the file again, or leave it “— not imported —” "_s +
             kColumns},
        {"a value of the given date format that looks like an Excel serial date",
         "Subject,Customer Email,Created\nPrinter,a@x.example,45356.5\n",
         [](ImportOptions& o) { o.dateFormat = u"yyyy-MM-dd"_s; },
         u"does not match the date format yyyy-MM-dd; it looks like an Excel serial date; if the "
         u"column holds them, name its format with --date-format excel; nothing was imported"_s,
         u"it looks like an Excel serial date; if the column holds them, format it as dates in "
         u"the spreadsheet"_s},
        {"two date columns in opposite orders",
         "Subject,Customer Email,Created,Solved\nPrinter,a@x.example,13/04/2024,01/01/2024\n"
         "Fax,b@x.example,01/01/2024,04/13/2024\n",
         nullptr,
         u"a file is read one way, so name it with --date-format (dd/MM/yyyy or MM/dd/yyyy)."_s,
         u"a file is read one way, so write both columns one way, or leave one “— not imported —” "_s +
             kColumns},
        {"dates that may be month first",
         "Subject,Customer Email,Created\nPrinter,a@x.example,01/02/2024 "
         "09:00\nFax,b@x.example,02/01/2024 10:00\n",
         dryRun, u"(DD/MM/YYYY): use --date-format 'MM/dd/yyyy HH:mm' if they are month first."_s,
         u"(DD/MM/YYYY); if they are month first, write them year first (2024-03-05) in the file and import it again."_s},
        {"a field every touchpoint needs", "Email,Kind\na@x.example,call\n",
         [](ImportOptions& o) { o.entity = ImportMapping::Entity::Touchpoints; },
         u"map a column to it with --map occurred_at=COLUMN, with one"_s,
         u"map a column to it "_s + kColumns + u", with one"_s},
        {"no column for the customer", "Subject,Title\nPrinter,x\n", nullptr,
         u"map a column to one of them, e.g. --map customer_email=COLUMN, with one"_s,
         u"map a column to one of them "_s + kColumns + u", with one"_s},
        {"one column read into two fields", "Subject,Customer Email\nPrinter,a@x.example\n",
         [](ImportOptions& o) {
             o.overrides = {u"subject=Subject"_s, u"description=Subject"_s};
         },
         u"so keep one (--map subject=Subject and --map description=Subject)."_s,
         u"so keep one "_s + kColumns + u"."_s},
        {"one value given two readings",
         "Subject,Customer Email,Status\nPrinter,a@x.example,Wartend\n",
         [](ImportOptions& o) {
             o.valueMaps = {u"status:Wartend=pending"_s, u"status:wartend=open"_s};
         },
         u"keep one of the --map-value status:wartend mappings."_s,
         u"keep one in the list of values FunnelDesk does not know."_s},
        {"a column that looks like a field no column feeds", renamedStatus(), nullptr,
         u"; map it with --map status='Ticket Lifecycle', or leave it out with --map status=."_s,
         u"; choose it for status "_s + kColumns +
             u", or leave status “— not imported —” there."_s},
        {"a header read as one column", "Subject;Customer Email\nPrinter;a@x.example\n",
         [](ImportOptions& o) { o.delimiter = ','; },
         u"The header was read as one column, but it holds “;”: try --delimiter ';'."_s,
         u"The header was read as one column, but it holds “;”; save the file again with commas between its columns."_s},
    };
}

} // namespace

TEST_CASE(
    "Core's import sentences name no flag, the command line adds its flags, the window its pages",
    "[csv][import][hints]")
{
    for (const Case& c : cases()) {
        INFO(c.what);
        QString none;
        {
            const test::FrontEnd front(test::FrontEnd::None);
            none = sentence(c);
            INFO(none.toStdString());
            CHECK_FALSE(none.contains(u"--"_s));
        }
        {
            const test::FrontEnd front(test::FrontEnd::Cli);
            const QString cli = sentence(c);
            INFO(cli.toStdString());
            CHECK(cli.contains(c.cli));
        }
        {
            const test::FrontEnd front(test::FrontEnd::Window);
            const QString window = sentence(c);
            INFO(window.toStdString());
            CHECK(window.contains(c.window));
            CHECK_FALSE(window.contains(u"--"_s));
        }
    }
}

TEST_CASE("A hint's arguments are put in once, as given", "[hints]")
{
    const test::FrontEnd front(test::FrontEnd::None);
    hints::set(hints::Hint::MapValue, u"; add --map-value %1:%2=VALUE"_s);
    CHECK(hints::clause(hints::Hint::MapValue, {u"status"_s, u"50%1 done"_s}) ==
          u"; add --map-value status:50%1 done=VALUE"_s);
    CHECK(hints::clause(hints::Hint::Delimiter, {u";"_s}).isEmpty());
}

TEST_CASE("The command line writes each argument of a hint as one shell word, which a shell "
          "reads back as given",
          "[hints]")
{
    const test::FrontEnd front(test::FrontEnd::Cli);
    CHECK(hints::clause(hints::Hint::EnableLogin, {u"bob"_s}) == u" (team enable bob)"_s);
    CHECK(hints::clause(hints::Hint::EnableLogin, {u"o'brien x"_s}) ==
          u" (team enable 'o'\\''brien x')"_s);
    // A login starting with "-" is an operand after "--" in `team enable`, and an option's value
    // as it is after `--login`.
    CHECK(hints::clause(hints::Hint::EnableLogin, {u"-dash"_s}) == u" (team enable -- -dash)"_s);
    CHECK(hints::clause(hints::Hint::ReenableLogin, {u"-a b"_s}) ==
          u": `team disable -- '-a b'`, then `team enable -- '-a b'`"_s);
    CHECK(hints::clause(hints::Hint::LoginToAgent, {u"-dash"_s}) ==
          u", with `team add --agent ID --login -dash`"_s);
    // No sentence gives a team add that refuses the login's name.
    CHECK(pg::Team::giveToAgentHint(u"bob"_s) == u", with `team add --agent ID --login bob`"_s);
    CHECK(pg::Team::giveToAgentHint(u"-dash"_s).isEmpty());
    CHECK(pg::Team::giveToAgentHint(u"o'brien"_s).isEmpty());
    // A word a shell would split, expand or end a command at, and one it keeps as it is.
    for (const QString& word :
         {u"o'brien x"_s, u";"_s, u"|"_s, QString(), u"a b"_s, u"$HOME"_s, u"`id`"_s, u"*"_s,
          u"x\ny"_s, u"''"_s, u"Kündigung"_s, u"a@b.c"_s, u"dd/MM/yyyy HH:mm"_s}) {
        const QString quoted = cli::CliHints::shellWord(word);
        INFO(quoted.toStdString());
        QProcess shell;
        shell.start(u"/bin/sh"_s, {u"-c"_s, u"printf %s "_s + quoted});
        REQUIRE(shell.waitForFinished());
        CHECK(QString::fromUtf8(shell.readAllStandardOutput()) == word);
    }
}
