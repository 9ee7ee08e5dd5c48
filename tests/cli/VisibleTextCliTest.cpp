// Issues 16/17 hostile pass on the command line's text: a ticket subject that a rep set with
// psql to an ESC sequence and a bidi override (add and import refuse or remove them since:
// TerminalOutputCliTest) is shown visibly by every human-readable
// output (CliContext's out() and err(), report tables, audit's table) and kept as it is by
// JSON; `add ticket --assignee` takes a server login too; `audit --format table` words each
// entry as the History tab does, while CSV keeps the stored values.
#include "storage/Database.h"
#include "support/CliRun.h"
#include "support/TestSupport.h"
#include "support/TextRuleOff.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace fd;
using namespace fd::test;

namespace {

const QString kHostile = QStringLiteral("Screen\x1b[2Jgone ") + QChar(0x202E) +
                         QStringLiteral("txt.exe") + QChar(0x9B) + QStringLiteral("31m");

CliRun ok(const QString& db, const QStringList& args)
{
    CliRun run = runCliOn(db, args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

// Nothing a terminal would obey: no C0 control but tab and line feed, no C1, no bidi control.
bool inert(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F) ||
            (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return false;
    }
    return true;
}

// A database with one ticket, imported from a CSV file, whose subject a rep then set to
// kHostile with raw SQL (no FunnelDesk rule in between).
QString importHostile(Scratch& scratch)
{
    const QString db = scratch.file(QStringLiteral("v.sqlite"));
    const QString csv = scratch.file(QStringLiteral("t.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("subject,customer_email,customer_name,created_at\r\n"
               "Plain,ops@acme.example,Acme,2026-03-01 10:00\r\n");
    file.close();
    ok(db, {QStringLiteral("import"), QStringLiteral("tickets"), csv});
    auto opened = openDatabase(db);
    allowAnyText(*opened); // on a server: a row from before 018_text_rule.sql
    auto q = opened->query("UPDATE ticket SET subject = ? WHERE id = 1");
    q->bind(1, kHostile);
    q->exec();
    return db;
}

} // namespace

TEST_CASE("show prints an imported ESC sequence and bidi override visibly, and JSON keeps them",
          "[cli][security]")
{
    Scratch scratch;
    const QString db = importHostile(scratch);

    const CliRun table =
        ok(db, {QStringLiteral("show"), QStringLiteral("ticket"), QStringLiteral("1")});
    INFO(table.out.toStdString());
    CHECK(inert(table.out));
    CHECK(table.out.contains(QStringLiteral("Screen\u241B[2Jgone <U+202E>txt.exe<U+009B>31m")));

    const CliRun json =
        ok(db, {QStringLiteral("show"), QStringLiteral("ticket"), QStringLiteral("1"),
                QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(QJsonDocument::fromJson(json.out.toUtf8())
              .object()
              .value(QStringLiteral("subject"))
              .toString() == kHostile);

    // The import is one bulk entry; the raw update is logged with the new subject. The audit's
    // table shows it visibly, its CSV (to a pipe) as it is.
    const CliRun audit =
        ok(db, {QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("table")});
    INFO(audit.out.toStdString());
    CHECK(inert(audit.out));
    CHECK(audit.out.contains(QStringLiteral("Screen\u241B[2Jgone <U+202E>txt.exe<U+009B>31m")));
    if (onSqlite()) // a server records the login that wrote it
        CHECK(audit.out.contains(QStringLiteral("(unknown — bulk load)")));
    CHECK(ok(db, {QStringLiteral("audit")}).out.contains(kHostile));
}

TEST_CASE("An error sentence quoting hostile text shows it visibly", "[cli][security]")
{
    Scratch scratch;
    const QString db = scratch.file(QStringLiteral("e.sqlite"));
    const CliRun run = runCliOn(
        db, {QStringLiteral("show"), QStringLiteral("ticket"), QStringLiteral("\x1b]0;owned\x07")});
    CHECK(run.exitCode == 2);
    CHECK(inert(run.err));
    CHECK(run.err.contains(u"\u241B]0;owned\u2407"));
}

TEST_CASE(
    "add ticket --assignee takes an agent's server login, and the hint names team add on a server",
    "[cli][team]")
{
    Scratch scratch;
    const QString db = scratch.file(QStringLiteral("a.sqlite"));
    ok(db, {QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--name"),
            QStringLiteral("Ann Lee")});
    ok(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
            QStringLiteral("Acme")});
    // The login team add would have given (on a file no command sets one; a copy of a server's
    // agents keeps theirs).
    openDatabase(db)->execute("UPDATE agent SET login = 'alee' WHERE name = 'Ann Lee'");
    const QString ticket =
        ok(db, {QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"),
                QStringLiteral("1"), QStringLiteral("--subject"), QStringLiteral("Hi"),
                QStringLiteral("--assignee"), QStringLiteral("alee")})
            .out.trimmed();
    const CliRun shown = ok(db, {QStringLiteral("show"), QStringLiteral("ticket"), ticket});
    CHECK(shown.out.contains(QRegularExpression(QStringLiteral("assignee +Ann Lee\n"))));

    const CliRun nobody =
        runCliOn(db, {QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"),
                      QStringLiteral("1"), QStringLiteral("--subject"), QStringLiteral("Hi"),
                      QStringLiteral("--assignee"), QStringLiteral("nobody")});
    requireOneSentence(
        nobody, QStringLiteral("There is no agent “nobody”; add one with `funneldesk-cli %1")
                    .arg(onSqlite() ? QStringLiteral("add agent") : QStringLiteral("team add")));
}

TEST_CASE(
    "audit's table words fields, values and agents as the History tab, and CSV keeps them raw",
    "[cli][audit]")
{
    Scratch scratch;
    const QString db = scratch.file(QStringLiteral("w.sqlite"));
    ok(db, {QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--name"),
            QStringLiteral("Ann Lee")});
    ok(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
            QStringLiteral("Acme")});
    ok(db, {QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"),
            QStringLiteral("1"), QStringLiteral("--subject"), QStringLiteral("Hi")});
    openDatabase(db)->execute("UPDATE ticket SET assignee_id = 1, status = 'on_hold' WHERE id = 1");

    const CliRun table =
        ok(db, {QStringLiteral("audit"), QStringLiteral("--ticket"), QStringLiteral("1"),
                QStringLiteral("--format"), QStringLiteral("table")});
    INFO(table.out.toStdString());
    CHECK(table.out.startsWith(QStringLiteral("When ")));
    CHECK(table.out.contains(QStringLiteral("Assignee: (empty) → Ann Lee")));
    CHECK(table.out.contains(QStringLiteral("Status: New → On hold")));
    CHECK(table.out.contains(QStringLiteral("Added: Hi")));
    if (onSqlite()) // a server records the login that wrote it
        CHECK(table.out.contains(QStringLiteral("(unknown)")));
    CHECK_FALSE(table.out.contains(QStringLiteral("assignee_id")));

    const CliRun csv =
        ok(db, {QStringLiteral("audit"), QStringLiteral("--ticket"), QStringLiteral("1")});
    CHECK(csv.out.contains(QStringLiteral(",assignee_id,,1\r\n")));
    CHECK(csv.out.contains(QStringLiteral(",status,new,on_hold\r\n")));
}
