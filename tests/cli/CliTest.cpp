// funneldesk-cli end to end: exit codes, output formats and the one-sentence errors on
// files it must not touch.
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>

#include <sqlite3.h>

using namespace fd;

namespace {

using Run = test::CliRun;
using test::requireOneSentence;

Run cli(const QStringList& args, const QProcessEnvironment& extra = {})
{
    return test::runCli(args, extra);
}

Run cli(const QString& db, QStringList args)
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    return cli(args);
}

} // namespace

TEST_CASE("Help, version and usage errors have their exit codes", "[cli]")
{
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("stats")));
    CHECK(help.out.contains(QStringLiteral("--db PATH")));

    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("funneldesk-cli " FUNNELDESK_VERSION));

    const Run commandHelp =
        cli({QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--help")});
    CHECK(commandHelp.exitCode == 0);
    CHECK(commandHelp.out.contains(QStringLiteral("--priority")));

    for (const QStringList& bad :
         {QStringList{}, QStringList{QStringLiteral("frobnicate")},
          QStringList{QStringLiteral("--bogus")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--bogus")},
          QStringList{QStringLiteral("add"), QStringLiteral("unicorn")},
          QStringList{QStringLiteral("show"), QStringLiteral("customer")},
          QStringList{QStringLiteral("show"), QStringLiteral("customer"), QStringLiteral("x1")},
          QStringList{QStringLiteral("generate"), QStringLiteral("--customers"),
                      QStringLiteral("many")},
          QStringList{QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"),
                      QStringLiteral("1"), QStringLiteral("--subject"), QStringLiteral("s"),
                      QStringLiteral("--priority"), QStringLiteral("extreme")},
          QStringList{QStringLiteral("--db")}}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        const Run run = cli(bad);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.isEmpty());
    }
}

TEST_CASE("add, show and stats work together on a new file", "[cli]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("cli.sqlite"));
    // A customer two days into onboarding: the rules leave it there.
    const QDate since = QDate::currentDate().addDays(-2);
    const QString sinceText = since.toString(Qt::ISODate);
    const QString dayAfter = since.addDays(1).toString(Qt::ISODate);
    const Run agent = cli(db, {QStringLiteral("add"), QStringLiteral("agent"),
                               QStringLiteral("--name"), QStringLiteral("Rita Rep")});
    REQUIRE(agent.exitCode == 0);
    const Run customer =
        cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                 QStringLiteral("Acme Corp"), QStringLiteral("--email"),
                 QStringLiteral("ops@acme.example"), QStringLiteral("--since"), sinceText,
                 QStringLiteral("--owner"), QStringLiteral("Rita Rep")});
    INFO(customer.err.toStdString());
    REQUIRE(customer.exitCode == 0);
    const QString id = customer.out.trimmed();
    CHECK(id == QStringLiteral("1")); // the id alone on stdout
    CHECK((QFileInfo(db).permissions() & (QFile::ReadOther | QFile::ReadGroup)) == 0);

    const Run ticket =
        cli(db, {QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"), id,
                 QStringLiteral("--subject"), QStringLiteral("Setup help"),
                 QStringLiteral("--priority"), QStringLiteral("high"), QStringLiteral("--channel"),
                 QStringLiteral("live_chat"), QStringLiteral("--at"),
                 dayAfter + QStringLiteral(" 09:30")});
    REQUIRE(ticket.exitCode == 0);
    const Run touch =
        cli(db, {QStringLiteral("add"), QStringLiteral("touchpoint"), QStringLiteral("--customer"),
                 id, QStringLiteral("--kind"), QStringLiteral("survey"), QStringLiteral("--score"),
                 QStringLiteral("9"), QStringLiteral("--at"), dayAfter + QStringLiteral(" 10:00")});
    REQUIRE(touch.exitCode == 0);
    const Run contact = cli(db, {QStringLiteral("add"), QStringLiteral("contact"),
                                 QStringLiteral("--customer"), id, QStringLiteral("--name"),
                                 QStringLiteral("Dana"), QStringLiteral("--at"), dayAfter});
    REQUIRE(contact.exitCode == 0);

    const Run json = cli(db, {QStringLiteral("show"), QStringLiteral("customer"), id,
                              QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(o.value(QStringLiteral("id")).toInt() == 1);
    CHECK(o.value(QStringLiteral("name")).toString() == QStringLiteral("Acme Corp"));
    CHECK(o.value(QStringLiteral("email")).toString() == QStringLiteral("ops@acme.example"));
    CHECK(o.value(QStringLiteral("stage")).toString() == QStringLiteral("onboarding"));
    CHECK(o.value(QStringLiteral("stage_entered_at")).toString() ==
          sinceText + QStringLiteral(" 00:00:00"));
    CHECK(o.value(QStringLiteral("pinned")).toBool() == false);
    CHECK(o.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(o.value(QStringLiteral("owner")).toString() == QStringLiteral("Rita Rep"));
    CHECK(o.value(QStringLiteral("tickets")).toInt() == 1);
    CHECK(o.value(QStringLiteral("open_tickets")).toInt() == 1);
    CHECK(o.value(QStringLiteral("touchpoints")).toInt() == 2); // the survey and the ticket's
    CHECK(o.value(QStringLiteral("contacts")).toInt() == 1);

    const Run table =
        cli(db, {QStringLiteral("show"), QStringLiteral("ticket"), QStringLiteral("1")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Setup help")));
    CHECK(table.out.contains(QStringLiteral("live_chat")));

    const Run stats = cli(db, {QStringLiteral("stats")});
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.out == QStringLiteral("customers 1\ncontacts 1\nagents 1\ntickets 1\ncomments 0\n"
                                      "touchpoints 2\ntransitions 1\nonboarding 1\npost_sales 0\n"
                                      "retention 0\nadvocacy 0\nchurned 0\n"));

    const Run missing =
        cli(db, {QStringLiteral("show"), QStringLiteral("customer"), QStringLiteral("99")});
    requireOneSentence(missing, QStringLiteral("no customer with id 99"));
    const Run badTicket =
        cli(db, {QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"),
                 QStringLiteral("99"), QStringLiteral("--subject"), QStringLiteral("x")});
    requireOneSentence(badTicket, QStringLiteral("no customer with id 99"));
    const Run noAgent =
        cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                 QStringLiteral("B"), QStringLiteral("--owner"), QStringLiteral("Nobody")});
    requireOneSentence(noAgent, QStringLiteral("no agent “Nobody”"));
}

TEST_CASE("FUNNELDESK_DB names the file when --db is not given", "[cli]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("env.sqlite"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("FUNNELDESK_DB"), db);
    const Run add = cli({QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--name"),
                         QStringLiteral("Env Agent")},
                        env);
    REQUIRE(add.exitCode == 0);
    if (test::onSqlite())
        CHECK(QFileInfo::exists(db));
    CHECK(cli({QStringLiteral("stats")}, env).out.contains(QStringLiteral("\nagents 1\n")));
}

TEST_CASE("generate, check and backup on a small data set", "[sqlite-only][cli]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("gen.sqlite"));
    const Run gen =
        cli(db, {QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("200"),
                 QStringLiteral("--tickets"), QStringLiteral("1000"),
                 QStringLiteral("--touchpoints"), QStringLiteral("5000"), QStringLiteral("--seed"),
                 QStringLiteral("3"), QStringLiteral("--progress")});
    INFO(gen.err.toStdString());
    REQUIRE(gen.exitCode == 0);
    CHECK(gen.err.contains(QStringLiteral("100%")));
    const Run stats = cli(db, {QStringLiteral("stats")});
    CHECK(stats.out.startsWith(QStringLiteral("customers 200\n")));
    CHECK(stats.out.contains(QStringLiteral("\ntickets 1000\n")));
    CHECK(stats.out.contains(QStringLiteral("\ntouchpoints 5000\n")));

    const Run check = cli(db, {QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.startsWith(QStringLiteral("ok")));

    const QString copy = scratch.file(QStringLiteral("copy.sqlite"));
    const Run backup = cli(db, {QStringLiteral("backup"), copy});
    REQUIRE(backup.exitCode == 0);
    CHECK(cli(copy, {QStringLiteral("stats")}).out == stats.out);
    requireOneSentence(cli(db, {QStringLiteral("backup"), copy}), QStringLiteral("already exists"));

    const Run again =
        cli(db, {QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("5"),
                 QStringLiteral("--tickets"), QStringLiteral("0"), QStringLiteral("--touchpoints"),
                 QStringLiteral("0")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already holds 200 customers")));
}

TEST_CASE("check finds a broken invariant and exits 1", "[cli]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("broken.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Acme")})
                .exitCode == 0);
    {
        auto raw = test::openDatabase(db);
        raw->execute("UPDATE customer SET stage = 'retention'");
    }
    const Run check = cli(db, {QStringLiteral("check")});
    CHECK(check.exitCode == 1);
    CHECK(check.err.contains(QStringLiteral("latest stage transition")));
}

TEST_CASE("Files the CLI must not use get one sentence, exit 1, and stay untouched",
          "[sqlite-only][cli]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("target.sqlite"));
    QString expected;
    QStringList command = {QStringLiteral("stats")};

    SECTION("a text file")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("This is a shopping list, not a database.\n");
        file.close();
        expected = QStringLiteral("not a FunnelDesk database");
        command = {QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--name"),
                   QStringLiteral("X")};
    }
    SECTION("a newer schema")
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
        const QByteArray sql = "PRAGMA application_id = " + QByteArray::number(0x46446b31) +
                               "; PRAGMA user_version = 99; CREATE TABLE t (x);";
        REQUIRE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
        expected = QStringLiteral("newer FunnelDesk");
    }
    SECTION("a read-only file, for a write")
    {
        REQUIRE(cli(path, {QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--name"),
                           QStringLiteral("A")})
                    .exitCode == 0);
        QFile::setPermissions(path, QFile::ReadOwner);
        // Reading still works.
        const Run stats = cli(path, {QStringLiteral("stats")});
        CHECK(stats.exitCode == 0);
        CHECK(stats.out.contains(QStringLiteral("agents 1")));
        expected = QStringLiteral("read-only");
        command = {QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--name"),
                   QStringLiteral("B")};
    }
    SECTION("a missing file, for reading")
    {
        expected = QStringLiteral("does not exist");
    }

    const QByteArray before = test::fileBytes(path);
    const Run run = cli(path, command);
    requireOneSentence(run, expected);
    CHECK(run.err.contains(QStringLiteral("target.sqlite")));
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("A file locked by another program is reported, not waited on forever",
          "[sqlite-only][cli]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("locked.sqlite"));
    REQUIRE(cli(path, {QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--name"),
                       QStringLiteral("A")})
                .exitCode == 0);
    auto holder = test::openDatabase(path);

    SECTION("a writer holds the write lock: writes fail, reads go on")
    {
        Transaction hold(*holder);
        holder->execute("INSERT INTO settings (key, value) VALUES ('held', '1')");
        const Run refused = cli(path, {QStringLiteral("add"), QStringLiteral("agent"),
                                       QStringLiteral("--name"), QStringLiteral("B")});
        requireOneSentence(refused, QStringLiteral("locked by another program"));
        // It names who holds it: this test program.
        CHECK(
            refused.err.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())));
        CHECK(cli(path, {QStringLiteral("stats")}).exitCode == 0);
    }
    SECTION("a program holds the file exclusively: even reads fail")
    {
        holder->execute("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                        "INSERT INTO settings (key, value) VALUES ('held', '1'); COMMIT;");
        requireOneSentence(cli(path, {QStringLiteral("stats")}),
                           QStringLiteral("locked by another program"));
    }
}

TEST_CASE("stages recompute, explain, set, preview and rules", "[cli][stages]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("stages.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("generate"), QStringLiteral("--customers"),
                     QStringLiteral("300"), QStringLiteral("--tickets"), QStringLiteral("2000"),
                     QStringLiteral("--touchpoints"), QStringLiteral("9000")})
                .exitCode == 0);

    const Run first = cli(db, {QStringLiteral("stages"), QStringLiteral("recompute")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.startsWith(QStringLiteral("Evaluated ")));
    const Run second = cli(db, {QStringLiteral("stages"), QStringLiteral("recompute")});
    CHECK(second.out.contains(QStringLiteral("Nobody moves.")));
    CHECK(cli(db, {QStringLiteral("check")}).exitCode == 0);

    const Run explain =
        cli(db, {QStringLiteral("stages"), QStringLiteral("explain"), QStringLiteral("1")});
    REQUIRE(explain.exitCode == 0);
    CHECK(explain.out.contains(QStringLiteral(" since ")));
    CHECK(explain.out.contains(QStringLiteral("Next:")));

    // --agent names an existing agent (issue 14 §6).
    REQUIRE(cli(db, {QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--name"),
                     QStringLiteral("Rita")})
                .exitCode == 0);
    const Run set = cli(db, {QStringLiteral("stages"), QStringLiteral("set"), QStringLiteral("1"),
                             QStringLiteral("advocacy"), QStringLiteral("--reason"),
                             QStringLiteral("Keynote speaker"), QStringLiteral("--pin"),
                             QStringLiteral("--agent"), QStringLiteral("Rita")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(QStringLiteral("Pinned.")));
    const Run shown =
        cli(db, {QStringLiteral("show"), QStringLiteral("customer"), QStringLiteral("1"),
                 QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject o = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("stage")).toString() == QStringLiteral("advocacy"));
    CHECK(o.value(QStringLiteral("pinned")).toBool());

    CHECK(cli(db, {QStringLiteral("stages"), QStringLiteral("set"), QStringLiteral("1"),
                   QStringLiteral("retention")})
              .exitCode == 2);
    CHECK(cli(db, {QStringLiteral("stages"), QStringLiteral("set"), QStringLiteral("1"),
                   QStringLiteral("heaven"), QStringLiteral("--reason"), QStringLiteral("x")})
              .exitCode == 2);
    requireOneSentence(
        cli(db, {QStringLiteral("stages"), QStringLiteral("set"), QStringLiteral("9999"),
                 QStringLiteral("retention"), QStringLiteral("--reason"), QStringLiteral("x")}),
        QStringLiteral("no customer with id 9999"));

    const Run preview =
        cli(db, {QStringLiteral("stages"), QStringLiteral("preview"), QStringLiteral("--rule"),
                 QStringLiteral("postsales.settled.min_days=40")});
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.out.startsWith(QStringLiteral("With postsales.settled.min_days=40, ")));
    const Run soon =
        cli(db, {QStringLiteral("stages"), QStringLiteral("preview"), QStringLiteral("--rule"),
                 QStringLiteral("postsales.settled.min_days=soon")});
    CHECK(soon.exitCode == 2); // a value outside its range is usage (the exit-code rule)
    CHECK(soon.err.contains(QStringLiteral("whole number")));

    const Run rules =
        cli(db, {QStringLiteral("stages"), QStringLiteral("rules"), QStringLiteral("--set"),
                 QStringLiteral("retention.regress.min_tickets=6")});
    REQUIRE(rules.exitCode == 0);
    CHECK(rules.out.contains(QStringLiteral("retention.regress.min_tickets 6\n")));
    CHECK(rules.out.contains(QStringLiteral("onboarding.complete.min_days 30\n")));
    CHECK(cli(db, {QStringLiteral("stages"), QStringLiteral("rewind")}).exitCode == 2);
}

TEST_CASE("Adding a touchpoint moves its customer at once and says why", "[cli][stages]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("move.sqlite"));
    const QString since = QDate::currentDate().addDays(-40).toString(Qt::ISODate);
    REQUIRE(cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Acme"), QStringLiteral("--since"), since})
                .exitCode == 0);
    const Run touch =
        cli(db, {QStringLiteral("add"), QStringLiteral("touchpoint"), QStringLiteral("--customer"),
                 QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("phone")});
    REQUIRE(touch.exitCode == 0);
    CHECK(touch.out.trimmed() == QStringLiteral("1"));
    CHECK(touch.err.contains(QStringLiteral(
        "Onboarding → Post-sales: 40 days since first sale (≥ 30) and 1 touchpoint (≥ 1).")));
}

TEST_CASE("export transitions writes the history as CSV", "[cli][export]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("x.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("=Evil, Inc."), QStringLiteral("--since"),
                     QStringLiteral("2025-03-01")})
                .exitCode == 0);
    REQUIRE(cli(db, {QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--name"),
                     QStringLiteral("Rita")})
                .exitCode == 0);
    REQUIRE(cli(db, {QStringLiteral("stages"), QStringLiteral("set"), QStringLiteral("1"),
                     QStringLiteral("retention"), QStringLiteral("--reason"),
                     QStringLiteral("Imported \"as is\""), QStringLiteral("--agent"),
                     QStringLiteral("Rita")})
                .exitCode == 0);
    const QString out = scratch.file(QStringLiteral("t.csv"));
    const Run run = cli(db, {QStringLiteral("export"), QStringLiteral("transitions"),
                             QStringLiteral("--out"), out, QStringLiteral("--bom")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QByteArray csv = test::fileBytes(out);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"
                           "customer_id,customer_name,from,to,at,actor,reason\r\n"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    REQUIRE(lines.size() == 4); // header, two moves, and the empty rest after the last CRLF
    CHECK(lines[1].startsWith("1,\"'=Evil, Inc.\",,onboarding,2025-03-01 00:00:00,funnel.entry,"));
    CHECK(lines[2].contains(",onboarding,retention,"));
    CHECK(lines[2].contains(",Rita,\"Onboarding → Retention by Rita: Imported \"\"as is\"\"\"\r"));

    const Run filtered = cli(db, {QStringLiteral("export"), QStringLiteral("transitions"),
                                  QStringLiteral("--stage"), QStringLiteral("retention")});
    REQUIRE(filtered.exitCode == 0);
    CHECK(filtered.out.count(QLatin1Char('\n')) == 2);
    CHECK(cli(db, {QStringLiteral("export"), QStringLiteral("transitions"),
                   QStringLiteral("--from"), QStringLiteral("yesterday")})
              .exitCode == 2);
    CHECK(cli(db, {QStringLiteral("export"), QStringLiteral("unicorns")}).exitCode == 2);
}

TEST_CASE("import and export: the Kaggle file in, tickets out, and the errors in between",
          "[cli][import]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("k.sqlite"));
    const QString kaggle = QStringLiteral(FUNNELDESK_TEST_FIXTURES "/kaggle-support-tickets.csv");

    const Run dry = cli(db, {QStringLiteral("import"), QStringLiteral("tickets"), kaggle,
                             QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.startsWith(QStringLiteral("Dry run: 8,469 of 8,469 rows would be imported")));
    CHECK_FALSE(QFileInfo::exists(db)); // a dry run creates no database

    // --progress: one line on stderr, rewritten as the rows are read (the default on a
    // terminal; stderr here is a pipe, so the dry run above printed none).
    CHECK(dry.err.isEmpty());
    const Run run = cli(db, {QStringLiteral("import"), QStringLiteral("tickets"), kaggle,
                             QStringLiteral("--progress")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList steps = run.err.trimmed().split(QLatin1Char('\r'), Qt::SkipEmptyParts);
    REQUIRE(steps.size() >= 2);
    CHECK(steps.constFirst().startsWith(QStringLiteral("Importing: ")));
    CHECK(steps.constLast() ==
          QStringLiteral("Importing: every row read; applying the stage rules and saving…"));
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
    CHECK(run.out.startsWith(QStringLiteral("Imported 8,469 of 8,469 rows; 0 rejected.")));
    CHECK(run.out.contains(QStringLiteral("Customers: 580 created")));
    CHECK(cli(db, {QStringLiteral("check")}).exitCode == 0);

    const QString out = scratch.file(QStringLiteral("tickets.csv"));
    REQUIRE(
        cli(db, {QStringLiteral("export"), QStringLiteral("tickets"), QStringLiteral("--out"), out})
            .exitCode == 0);
    const QByteArray csv = test::fileBytes(out);
    CHECK(csv.startsWith(
        "id,external_ref,customer_name,customer_email,customer_company,customer_since,subject,"));
    CHECK(csv.count("\r\n") >= 8470);

    // Wrong use: exit 2; a file that cannot be imported: exit 1, one sentence.
    CHECK(cli(db, {QStringLiteral("import"), QStringLiteral("tickets")}).exitCode == 2);
    CHECK(cli(db, {QStringLiteral("import"), QStringLiteral("unicorns"), kaggle}).exitCode == 2);
    CHECK(cli(db, {QStringLiteral("import"), QStringLiteral("tickets"), kaggle,
                   QStringLiteral("--skip-invalid")})
              .exitCode == 2);
    // An unknown field is bad usage (issue 14: a value outside a fixed list).
    const auto unknownField =
        cli(db, {QStringLiteral("import"), QStringLiteral("tickets"), kaggle,
                 QStringLiteral("--map"), QStringLiteral("colour=Ticket ID")});
    CHECK(unknownField.exitCode == 2);
    CHECK(unknownField.err.contains(QStringLiteral("colour")));
    requireOneSentence(cli(db, {QStringLiteral("import"), QStringLiteral("tickets"),
                                scratch.file(QStringLiteral("missing.csv"))}),
                       QStringLiteral("missing.csv"));
}

TEST_CASE("report prints every dashboard in table, CSV and JSON", "[cli][report]")
{
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("r.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("generate"), QStringLiteral("--customers"),
                     QStringLiteral("200"), QStringLiteral("--tickets"), QStringLiteral("1000"),
                     QStringLiteral("--touchpoints"), QStringLiteral("3000")})
                .exitCode == 0);
    for (const char* name :
         {"funnel", "onboarding", "post-sales", "retention", "advocacy", "flow", "at-risk"}) {
        INFO(name);
        const Run table = cli(db, {QStringLiteral("report"), QString::fromLatin1(name)});
        REQUIRE(table.exitCode == 0);
        CHECK(table.out.startsWith(QString::fromLatin1(name) + QStringLiteral(", ")));
        const Run csv = cli(db, {QStringLiteral("report"), QString::fromLatin1(name),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
        REQUIRE(csv.exitCode == 0);
        CHECK(csv.out.startsWith(QStringLiteral("kpi,value,unit\r\n")));
        const Run json = cli(db, {QStringLiteral("report"), QString::fromLatin1(name),
                                  QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                  QStringLiteral("--to"), QStringLiteral("2025-12-31")});
        REQUIRE(json.exitCode == 0);
        CHECK(json.out.contains(QStringLiteral("\"from\": \"2025-01-01\"")));
        CHECK(json.out.contains(QStringLiteral("\"to\": \"2025-12-31\"")));
    }
    CHECK(cli(db, {QStringLiteral("report"), QStringLiteral("revenue")}).exitCode == 2);
    CHECK(cli(db, {QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--format"),
                   QStringLiteral("xml")})
              .exitCode == 2);
    CHECK(cli(db,
              {QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--from"),
               QStringLiteral("2026-02-01"), QStringLiteral("--to"), QStringLiteral("2026-01-01")})
              .exitCode == 2);
}

TEST_CASE("add --at: a local time the clocks skip moves forward, and a wrong date says why",
          "[cli][dates]")
{
    // c19 in tests/fixtures/import-quirks: New York skipped 02:00-03:00 on 2024-03-10.
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("gap.sqlite"));
    QProcessEnvironment newYork;
    newYork.insert(QStringLiteral("TZ"), QStringLiteral("America/New_York"));
    QProcessEnvironment utc;
    utc.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    const auto inDb = [&](QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return args;
    };
    const Run customer = cli(inDb({QStringLiteral("add"), QStringLiteral("customer"),
                                   QStringLiteral("--name"), QStringLiteral("Acme Corp"),
                                   QStringLiteral("--since"), QStringLiteral("2024-01-02")}),
                             newYork);
    REQUIRE(customer.exitCode == 0);
    const QString id = customer.out.trimmed();
    const Run ticket =
        cli(inDb({QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"), id,
                  QStringLiteral("--subject"), QStringLiteral("Gap"), QStringLiteral("--at"),
                  QStringLiteral("2024-03-10 02:30")}),
            newYork);
    INFO(ticket.err.toStdString());
    REQUIRE(ticket.exitCode == 0);
    CHECK(ticket.err.contains(
        QStringLiteral("2024-03-10 03:30:00"))); // the note says how it was read
    const auto createdAt = [&](const QProcessEnvironment& zone) {
        const Run show =
            cli(inDb({QStringLiteral("show"), QStringLiteral("ticket"), ticket.out.trimmed(),
                      QStringLiteral("--format"), QStringLiteral("json")}),
                zone);
        REQUIRE(show.exitCode == 0);
        return QJsonDocument::fromJson(show.out.toUtf8())
            .object()
            .value(QStringLiteral("created_at"))
            .toString();
    };
    CHECK(createdAt(utc) == QStringLiteral("2024-03-10 07:30:00"));
    CHECK(createdAt(newYork) == QStringLiteral("2024-03-10 03:30:00"));

    // The doubled hour of 2024-11-03 is the first (EDT), with no note.
    const Run fold =
        cli(inDb({QStringLiteral("add"), QStringLiteral("touchpoint"), QStringLiteral("--customer"),
                  id, QStringLiteral("--kind"), QStringLiteral("email"), QStringLiteral("--at"),
                  QStringLiteral("2024-11-03 01:30")}),
            newYork);
    INFO(fold.err.toStdString());
    CHECK(fold.exitCode == 0);
    CHECK(fold.err.isEmpty());

    // A date that is not in the calendar is said to be so, not to be in the wrong form.
    const Run bad =
        cli(inDb({QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"), id,
                  QStringLiteral("--subject"), QStringLiteral("Bad"), QStringLiteral("--at"),
                  QStringLiteral("2024-02-30 10:00")}),
            newYork);
    INFO(bad.err.toStdString());
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.contains(
        QStringLiteral("“2024-02-30 10:00” is not a real date (February 2024 has 29 days).")));
    CHECK_FALSE(bad.err.contains(QStringLiteral("YYYY-MM-DD")));
}
