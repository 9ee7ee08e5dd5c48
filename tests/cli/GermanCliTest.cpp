// Step 14: funneldesk-cli follows the system's language. Under LANG=de_DE.UTF-8 its sentences
// for people are German (resources/translations/funneldesk_de.ts), while what scripts read
// (CSV, JSON, .ics, the keys of `settings list`) is byte for byte what an English run writes:
// numbers, dates and column names never follow the locale there.
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcessEnvironment>

using namespace fd;
using test::runCli;
using test::runCliOn;

namespace {

QProcessEnvironment language(const QString& lang, const QString& languageList = {})
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LANG"), lang);
    if (!languageList.isEmpty())
        env.insert(QStringLiteral("LANGUAGE"), languageList);
    return env;
}

} // namespace

TEST_CASE("funneldesk-cli says its sentences in German under LANG=de_DE.UTF-8", "[cli][german]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("de.sqlite"));
    REQUIRE(runCliOn(db, {QStringLiteral("generate"), QStringLiteral("--customers"),
                          QStringLiteral("5"), QStringLiteral("--tickets"), QStringLiteral("10"),
                          QStringLiteral("--touchpoints"), QStringLiteral("20")})
                .exitCode == 0);
    const auto german = language(QStringLiteral("de_DE.UTF-8"));

    // A data error: one sentence, exit 1, in German.
    const test::CliRun missing = runCliOn(
        db, {QStringLiteral("show"), QStringLiteral("customer"), QStringLiteral("4242")}, german);
    test::requireOneSentence(missing, QStringLiteral("Es gibt keinen Kunden mit der ID 4242."));
    // The same in English without LANG's German.
    test::requireOneSentence(
        runCliOn(db, {QStringLiteral("show"), QStringLiteral("customer"), QStringLiteral("4242")}),
        QStringLiteral("There is no customer with id 4242."));

    // A name or path that core quotes inside a sentence takes the language's quotation marks
    // too (common/Quoted.h), not only the marks written into the translated text. A missing
    // file's path, on either backend's pass.
    {
        const test::FilesAsFiles files;
        const QString nowhere = scratch.file(QStringLiteral("nowhere.sqlite"));
        const test::CliRun absent = runCliOn(nowhere, {QStringLiteral("stats")}, german);
        CHECK(absent.exitCode == 1);
        CHECK(absent.err.startsWith(QStringLiteral("„%1“ existiert nicht;").arg(nowhere)));
        CHECK(runCliOn(nowhere, {QStringLiteral("stats")})
                  .err.startsWith(QStringLiteral("“%1” does not exist;").arg(nowhere)));
    }

    // A usage error, with its hint.
    const test::CliRun unknown = runCli({QStringLiteral("frobnicate")}, german);
    INFO(unknown.err.toStdString());
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Unbekannter Befehl „frobnicate“.")));
    CHECK(unknown.err.contains(QStringLiteral("Versuchen Sie „funneldesk-cli --help“.")));

    // The help, with its command synopses as they are typed.
    const test::CliRun help = runCli({QStringLiteral("--help")}, german);
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Aufruf: funneldesk-cli [--db PATH|URI] COMMAND")));
    CHECK(help.out.contains(QStringLiteral("export customers|tickets|touchpoints|transitions")));

    // LANGUAGE, as a desktop sets it, chooses too; a language FunnelDesk has no catalogue for
    // falls back to English.
    CHECK(runCli({QStringLiteral("frobnicate")},
                 language(QStringLiteral("C.UTF-8"), QStringLiteral("de")))
              .err.contains(QStringLiteral("Unbekannter Befehl")));
    CHECK(runCli({QStringLiteral("frobnicate")}, language(QStringLiteral("fr_FR.UTF-8")))
              .err.contains(QStringLiteral("Unknown command “frobnicate”.")));
}

TEST_CASE("Under LANG=de_DE.UTF-8 the CSV, JSON and .ics funneldesk-cli writes are the English "
          "run's, byte for byte",
          "[cli][german]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("de.sqlite"));
    REQUIRE(runCliOn(db, {QStringLiteral("generate"), QStringLiteral("--customers"),
                          QStringLiteral("60"), QStringLiteral("--tickets"), QStringLiteral("400"),
                          QStringLiteral("--touchpoints"), QStringLiteral("1200"),
                          QStringLiteral("--seed"), QStringLiteral("14")})
                .exitCode == 0);
    const auto german = language(QStringLiteral("de_DE.UTF-8"));
    const QString from = QStringLiteral("2000-01-01");
    const QString to = QDate::currentDate().toString(Qt::ISODate);
    const QList<QStringList> commands = {
        {QStringLiteral("export"), QStringLiteral("customers")},
        {QStringLiteral("export"), QStringLiteral("tickets")},
        {QStringLiteral("export"), QStringLiteral("touchpoints")},
        {QStringLiteral("export"), QStringLiteral("transitions")},
        {QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--bom")},
        {QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("--from"), from, QStringLiteral("--to"), to},
        {QStringLiteral("report"), QStringLiteral("post-sales"), QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("--from"), from, QStringLiteral("--to"), to},
        {QStringLiteral("report"), QStringLiteral("health"), QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("--from"), from, QStringLiteral("--to"), to},
        {QStringLiteral("report"), QStringLiteral("retention"), QStringLiteral("--format"),
         QStringLiteral("json"), QStringLiteral("--from"), from, QStringLiteral("--to"), to},
        {QStringLiteral("report"), QStringLiteral("flow"), QStringLiteral("--format"),
         QStringLiteral("json"), QStringLiteral("--from"), from, QStringLiteral("--to"), to},
        {QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("show"), QStringLiteral("customer"), QStringLiteral("1"),
         QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("show"), QStringLiteral("ticket"), QStringLiteral("1"),
         QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("settings"), QStringLiteral("list")},
        {QStringLiteral("tasks"), QStringLiteral("ics"), QStringLiteral("--all"),
         QStringLiteral("--out"), QStringLiteral("-")},
    };
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const test::CliRun english = runCliOn(db, command);
        const test::CliRun deutsch = runCliOn(db, command, german);
        INFO(english.err.toStdString() << deutsch.err.toStdString());
        REQUIRE(english.exitCode == 0);
        REQUIRE(deutsch.exitCode == 0);
        REQUIRE_FALSE(english.out.isEmpty());
        CHECK(deutsch.out == english.out);
    }
    // The table, for people, is German: its headers and its numbers.
    const test::CliRun table =
        runCliOn(db,
                 {QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--from"),
                  from, QStringLiteral("--to"), to},
                 german);
    INFO(table.out.toStdString());
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Phase")));
    CHECK(table.out.contains(QStringLiteral("Kundenbindung")));
}
