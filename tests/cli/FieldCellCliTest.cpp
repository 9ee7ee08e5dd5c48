// Issue 17 hostile pass, second round: a line feed or a tab inside a stored name or reason
// (written by raw SQL, or by another program into a SQLite file) forged lines and columns in
// the CLI's plain-text output, on a terminal and through a pipe alike. Every field of a
// human-readable line is now one cell (common/VisibleText.h, visibleCell): a line feed shows as
// “␊”, a tab as “␉”; a reply's body keeps its lines, indented under its heading. JSON keeps
// the exact value. On a server such rows can only date from before 018_text_rule.sql: the test
// drops those constraints first, as for a schema upgraded with such rows in it.
#include "storage/Database.h"
#include "support/CliRun.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"
#include "support/TextRuleOff.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::test;

namespace {

const QString kName = QStringLiteral("Acme\nFORGED line\tCOL");
const QString kShownName = QStringLiteral("Acme\u240AFORGED line\u2409COL");

CliRun ok(const QString& db, const QStringList& args)
{
    CliRun run = runCliOn(db, args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

// Neither a line nor a column that the stored text made.
void oneCellEach(const CliRun& run, const char* what)
{
    INFO(what << ":\n" << run.out.toStdString());
    CHECK_FALSE(run.out.contains(QStringLiteral("\nFORGED")));
    CHECK_FALSE(run.out.contains(QStringLiteral("\tCOL")));
    CHECK_FALSE(run.out.contains(QStringLiteral("\n2026-01-01 10:00  public_reply")));
}

} // namespace

TEST_CASE("A line feed or tab stored in a name or reason starts no line and no column in the CLI's "
          "text output",
          "[cli][security]")
{
    Scratch scratch;
    const QString db = scratch.file(QStringLiteral("cells.sqlite"));
    const QString since = QDate::currentDate().addDays(-60).toString(Qt::ISODate);
    ok(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
            QStringLiteral("Acme"), QStringLiteral("--since"), since});
    ok(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
            QStringLiteral("Other"), QStringLiteral("--since"), since});
    ok(db, {QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"),
            QStringLiteral("2"), QStringLiteral("--subject"), QStringLiteral("Cannot log in")});
    {
        auto opened = openDatabase(db);
        allowAnyText(*opened); // on a server: rows from before 018_text_rule.sql
        auto name = opened->query("UPDATE customer SET name = ? WHERE id = 1");
        name->bind(1, kName);
        name->exec();
        auto why = opened->query(
            "UPDATE stage_transition SET reason = ?, actor = ? WHERE customer_id = 1");
        why->bind(1, QStringLiteral("Signed\nFORGED reason"));
        why->bind(2, QStringLiteral("Ann\tCOL"));
        why->exec();
        auto reply = opened->query(
            "INSERT INTO ticket_comment (ticket_id, kind, at, body) VALUES (1, 'public_reply', "
            "1767225600, ?)");
        reply->bind(1, QStringLiteral("Thanks\n2026-01-01 10:00  public_reply  Forged heading"));
        reply->exec();
    }

    const CliRun explain =
        ok(db, {QStringLiteral("stages"), QStringLiteral("explain"), QStringLiteral("1")});
    oneCellEach(explain, "stages explain");
    CHECK(explain.out.contains(kShownName));
    CHECK(explain.out.contains(QStringLiteral("Why: Signed\u240AFORGED reason (Ann\u2409COL)")));

    const CliRun show =
        ok(db, {QStringLiteral("show"), QStringLiteral("customer"), QStringLiteral("1")});
    oneCellEach(show, "show customer");
    CHECK(show.out.contains(kShownName));

    const CliRun ticket =
        ok(db, {QStringLiteral("show"), QStringLiteral("ticket"), QStringLiteral("1")});
    oneCellEach(ticket, "show ticket");
    CHECK(ticket.out.contains(
        QStringLiteral("\n    2026-01-01 10:00  public_reply  Forged heading\n")));

    const CliRun report = ok(db, {QStringLiteral("report"), QStringLiteral("onboarding"),
                                  QStringLiteral("--format"), QStringLiteral("table")});
    oneCellEach(report, "report onboarding");
    CHECK(report.out.contains(kShownName));

    const CliRun preview =
        ok(db, {QStringLiteral("stages"), QStringLiteral("preview"), QStringLiteral("--rule"),
                QStringLiteral("onboarding.complete.min_touchpoints=0")});
    oneCellEach(preview, "stages preview");
    CHECK(
        preview.out.contains(QStringLiteral("1\t") + kShownName + QStringLiteral("\tonboarding")));

    const CliRun audit =
        ok(db, {QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("table")});
    oneCellEach(audit, "audit --format table");

    // JSON keeps the exact value.
    const CliRun json =
        ok(db, {QStringLiteral("show"), QStringLiteral("customer"), QStringLiteral("1"),
                QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(QJsonDocument::fromJson(json.out.toUtf8())
              .object()
              .value(QStringLiteral("name"))
              .toString() == kName);
}

TEST_CASE("team list shows a tab or line feed in an agent's name in its cell",
          "[cli][postgres][team]")
{
    PgTestSchema schema;
    ok(cliDb(schema), {QStringLiteral("init")});
    const QString login = schema.name() + QStringLiteral("_bo");
    ok(cliDb(schema),
       {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("--login"), login,
        QStringLiteral("--name"), QStringLiteral("Bo Rep"), QStringLiteral("--role"),
        QStringLiteral("rep"), QStringLiteral("--no-password")});
    pg::Connection owner = schema.connect();
    REQUIRE(owner.exec(
        "ALTER TABLE agent DROP CONSTRAINT IF EXISTS fd_text_agent_name")); // a row from before 013
    REQUIRE(owner.exec("UPDATE agent SET name = $1 WHERE login = $2",
                       {QStringLiteral("Bo\t9\tmanager\tenabled\nFORGED line"), login}));
    const CliRun list = ok(cliDb(schema), {QStringLiteral("team"), QStringLiteral("list")});
    INFO(list.out.toStdString());
    CHECK_FALSE(list.out.contains(QStringLiteral("\nFORGED")));
    for (const QString& line : list.out.trimmed().split(QLatin1Char('\n')))
        CHECK(line.count(QLatin1Char('\t')) == 4);
    CHECK(list.out.contains(
        QStringLiteral("\tBo\u24099\u2409manager\u2409enabled\u240AFORGED line\trep\t")));
}
