// funneldesk-cli import as a user meets it: its options in --help, value mappings on the
// command line, and a dry run that leaves no file behind.
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace fd;
using namespace Qt::StringLiterals;
using test::runCli;

namespace {

const QString kGerman =
    QStringLiteral(FUNNELDESK_TEST_FIXTURES "/import-quirks/c06c_german_values.csv");

QProcessEnvironment utc()
{
    QProcessEnvironment env;
    env.insert(u"TZ"_s, u"UTC"_s);
    return env;
}

} // namespace

TEST_CASE("import --help documents mapping columns, leaving them out, values and date formats",
          "[cli][import]")
{
    const auto help = runCli({u"import"_s, u"--help"_s});
    CHECK(help.exitCode == 0);
    for (const char* option :
         {"--map <FIELD=COLUMN>", "FIELD= leaves the field out", "--map-value <FIELD:TEXT=VALUE>",
          "status:Offen=open", "--date-format <FMT>", "epoch", "--dry-run"})
        CHECK(help.out.simplified().contains(QLatin1String(option)));
}

TEST_CASE("import maps values given on the command line, and refuses without them in one sentence",
          "[cli][import]")
{
    test::Scratch scratch;
    const QString db = scratch.file(u"de.sqlite"_s);
    const auto refused = runCli({u"--db"_s, db, u"import"_s, u"tickets"_s, kGerman}, utc());
    test::requireOneSentence(refused, u"--map-value status:Offen=VALUE"_s);
    // A failed import into a new file leaves no file.
    CHECK_FALSE(QFileInfo::exists(db));

    const auto run = runCli({u"--db"_s, db, u"import"_s, u"tickets"_s, kGerman, u"--map-value"_s,
                             u"status:Offen=open"_s, u"--map-value"_s,
                             u"status:Geschlossen=closed"_s, u"--map-value"_s,
                             u"priority:Hoch=high"_s, u"--map-value"_s, u"priority:Niedrig=low"_s},
                            utc());
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(u"Imported 2 of 2 rows; 0 rejected."_s));
    const auto shown = runCli({u"--db"_s, db, u"stats"_s});
    CHECK(shown.out.contains(u"tickets 2"_s));
}

TEST_CASE("import --dry-run creates neither the database nor the rejects file", "[cli][import]")
{
    test::Scratch scratch;
    const QString db = scratch.file(u"new.sqlite"_s);
    const QString rejects = scratch.file(u"rejects.csv"_s);
    const auto dry =
        runCli({u"--db"_s, db, u"import"_s, u"tickets"_s,
                QStringLiteral(FUNNELDESK_TEST_FIXTURES "/import-quirks/c11d_impossible_date.csv"),
                u"--dry-run"_s, u"--skip-invalid"_s, u"--rejects"_s, rejects},
               utc());
    INFO(dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.startsWith(
        u"Dry run: 2 of 3 rows would be imported, 1 rejected; nothing was written."_s));
    CHECK_FALSE(QFileInfo::exists(db));
    CHECK_FALSE(QFileInfo::exists(rejects));
    CHECK(QDir(scratch.dir().path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("import --delimiter names the character between fields, and a wrong one is a usage error",
          "[cli][import]")
{
    test::Scratch scratch;
    const QString db = scratch.file(u"semi.sqlite"_s);
    const QString file =
        QStringLiteral(FUNNELDESK_TEST_FIXTURES "/import-quirks/c06b_semicolon.csv");
    const auto run =
        runCli({u"--db"_s, db, u"import"_s, u"tickets"_s, file, u"--delimiter"_s, u";"_s}, utc());
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Read with delimiter “;” (as given)."_s));
    // The same file read with a comma is one column, which names no customer.
    const auto comma =
        runCli({u"--db"_s, db, u"import"_s, u"tickets"_s, file, u"--delimiter"_s, u","_s}, utc());
    test::requireOneSentence(comma, u"No column maps to customer_email or customer_name"_s);
    const auto wrong =
        runCli({u"--db"_s, db, u"import"_s, u"tickets"_s, file, u"--delimiter"_s, u"ab"_s});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(u"--delimiter"_s));
}

TEST_CASE("import with every row rejected fails in one sentence and leaves no new database",
          "[cli][import]")
{
    test::Scratch scratch;
    const QString db = scratch.file(u"none.sqlite"_s);
    const QString csv = scratch.file(u"bad.csv"_s);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        "Ticket ID,Email,Subject,Status,Created\n1,a@x.example,S,Whenever,2024-03-05 10:00\n");
    file.close();
    const QString rejects = scratch.file(u"rejects.csv"_s);
    const auto run = runCli({u"--db"_s, db, u"import"_s, u"tickets"_s, csv, u"--skip-invalid"_s,
                             u"--rejects"_s, rejects},
                            utc());
    test::requireOneSentence(run, u"No row of"_s);
    CHECK(run.err.contains(u"its one row was rejected; "_s));
    CHECK_FALSE(QFileInfo::exists(db));
    CHECK(QFileInfo::exists(rejects));
}
