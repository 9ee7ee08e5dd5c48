// Which path an import takes (issue 16, "COPY for bulk writes"): `init` on a server leaves the
// login that ran it as the first manager's agent (service/Setup.cpp), and an import into that
// database is still an import into an empty one: the bulk path (storage/BulkLoad.h), with the
// row triggers off while the rows go in, not a row load that pays every trigger per row
// (docs/PERFORMANCE.md, "Step 10, sixth round"). Its outcome is the same as an import into a
// database with no agent at all.
#include "csv/CsvExporter.h"
#include "demo/Generator.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/IntegrityCheck.h"
#include "support/ImportTestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QLoggingCategory>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kTickets =
    "Customer Name,Customer Email,Subject,Status,Priority,Channel,Created,Solved\r\n"
    "Acme,ops@acme.example,Cannot log in,Solved,Normal,Email,2024-06-03 09:00,2024-06-03 12:00\r\n"
    "Acme,ops@acme.example,Invoice,Open,Low,Email,2024-06-20 10:00,\r\n"
    "Globex,it@globex.example,Export fails,Solved,High,Phone,2024-06-10 11:00,2024-06-12 09:00\r\n"
    "Initech,tps@initech.example,Printer,Solved,Normal,Chat,2024-06-25 14:00,2024-06-25 15:00\r\n"
    "Initech,tps@initech.example,Printer again,Pending,Normal,Chat,2024-11-04 08:00,\r\n";

// The row triggers on the customer table that are on: none while a bulk load runs (SQLite drops
// them, PostgreSQL's BulkSession disables them), all of them otherwise.
qint64 customerTriggersOn(Database& db)
{
    if (test::onSqlite())
        return db.scalar(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'customer'");
    return db.scalar(
        "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'customer'::regclass AND NOT tgisinternal "
        "AND tgenabled <> 'D'");
}

// The import's steps (its funneldesk.import debug lines, "NAME: N ms"), and the stage engine's
// debug lines whole, caught while it lives.
QStringList g_steps;
QStringList g_stageLines;
void keepStep(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArrayView(context.category) == "funneldesk.import")
        g_steps << message.section(u':', 0, 0);
    if (context.category && QByteArrayView(context.category) == "funneldesk.stages")
        g_stageLines << message;
}
struct StepsCaught {
    StepsCaught()
    {
        g_steps.clear();
        g_stageLines.clear();
        QLoggingCategory::setFilterRules(
            u"funneldesk.import.debug=true\nfunneldesk.stages.debug=true"_s);
        previous = qInstallMessageHandler(keepStep);
    }
    ~StepsCaught()
    {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    }
    StepsCaught(const StepsCaught&) = delete;
    StepsCaught& operator=(const StepsCaught&) = delete;
    QtMessageHandler previous = nullptr;
};

void addOwnerAgent(Database& db)
{
    db.query("INSERT INTO agent (name, email, role, active) VALUES ('Owner', 'owner@example.com', "
             "'manager', 1)")
        ->exec();
}

// What an import leaves, as text: the customers with their stages and summaries, their moves
// and tickets, by name rather than id.
QStringList outcome(Database& db)
{
    QStringList all = test::texts(
        db,
        "SELECT name || '|' || stage || '|' || stage_entered_at || '|' || open_tickets || '|' || "
        "coalesce(CAST(last_touch_at AS text), '') FROM customer ORDER BY name");
    all += test::texts(
        db,
        "SELECT c.name || '|' || coalesce(t.from_stage, '') || '|' || t.to_stage || '|' || t.at "
        "FROM stage_transition t JOIN customer c ON c.id = t.customer_id "
        "ORDER BY c.name, t.at, t.to_stage");
    all += test::texts(db, "SELECT c.name || '|' || t.subject || '|' || t.status FROM ticket t "
                           "JOIN customer c ON c.id = t.customer_id ORDER BY t.subject");
    return all;
}

// The indexes of `db` whose names are LIKE `pattern`, each as "name: sql", or by name alone.
QStringList indexes(Database& db, const char* pattern, bool withSql)
{
    return test::texts(db, std::string("SELECT name") + (withSql ? " || ': ' || sql" : "") +
                               " FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                               "AND name LIKE '" +
                               pattern + "' ORDER BY name");
}

// Imports `csv` into `db` (a file, so the bulk path), and the names of the indexes LIKE
// `pattern` just before its commit, while the load still held them as it loaded.
std::pair<Result<ImportSummary>, QStringList>
importSeeingIndexes(Database& db, const QByteArray& csv, const char* pattern)
{
    QStringList during;
    ImportOptions options;
    options.beforeCommit = [&]() -> Status {
        during = indexes(db, pattern, false);
        return {};
    };
    auto imported = test::importCsv(db, csv, options);
    return {std::move(imported), during};
}

} // namespace

TEST_CASE("An import into a database whose only rows are agents, as init leaves a server's, loads "
          "in bulk",
          "[csv][import][storage]")
{
    const test::Zone zone("UTC");
    test::Scratch scratch;
    auto empty = test::openDatabase(scratch.file(u"empty.sqlite"_s));
    auto owned = test::openDatabase(scratch.file(u"owned.sqlite"_s));
    addOwnerAgent(*owned);
    const qint64 triggers = customerTriggersOn(*owned);
    REQUIRE(triggers > 0);

    // Whole or not at all: a failure before the commit leaves the agent alone and the triggers on.
    ImportOptions failing;
    failing.beforeCommit = []() -> Status { return failure(u"stop"_s); };
    REQUIRE_FALSE(test::importCsv(*owned, kTickets, failing));
    CHECK(owned->scalar("SELECT count(*) FROM ticket") == 0);
    CHECK(owned->scalar("SELECT count(*) FROM customer") == 0);
    CHECK(owned->scalar("SELECT count(*) FROM agent") == 1);
    CHECK(customerTriggersOn(*owned) == triggers);

    qint64 during = -1;
    ImportOptions options;
    options.beforeCommit = [&]() -> Status {
        during = customerTriggersOn(*owned);
        return {};
    };
    auto imported = test::importCsv(*owned, kTickets, options);
    REQUIRE(imported);
    CHECK(during == 0); // the bulk path: on main, the agent made it a row load (every trigger on)
    CHECK(customerTriggersOn(*owned) == triggers);
    CHECK(imported->imported == 5);

    // The same rows, stages, moves and summaries as an import into a database with no agent.
    auto plain = test::importCsv(*empty, kTickets);
    REQUIRE(plain);
    CHECK(imported->stageMoves == plain->stageMoves);
    CHECK(imported->stageMoves > 0);
    CHECK(outcome(*owned) == outcome(*empty));
    // One audit entry for the import, besides the agent's own.
    CHECK(owned->scalar("SELECT count(*) FROM audit_log WHERE table_name = 'ticket'") == 1);
    CHECK(owned->scalar("SELECT count(*) FROM audit_log WHERE table_name = 'ticket'") ==
          empty->scalar("SELECT count(*) FROM audit_log WHERE table_name = 'ticket'"));
    CHECK(owned->scalar("SELECT count(*) FROM agent WHERE name = 'Owner'") == 1);
}

TEST_CASE("A bulk import counts its tickets' arrivals into the touchpoint summaries as it stores "
          "them, under each customer's stage after its placement",
          "[csv][import][storage]")
{
    const test::Zone zone("UTC");
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"b.sqlite"_s));
    std::optional<Result<ImportSummary>> imported;
    {
        const StepsCaught steps;
        imported = test::importCsv(*db, kTickets);
    }
    REQUIRE(*imported);
    // Counted from what it kept, not read back from the table (as after a merged row).
    CHECK(g_steps.contains(u"touchpoint summaries"_s));
    REQUIRE((*imported)->mergedRows == 0);
    REQUIRE((*imported)->stageMoves > 0);
    auto problems = IntegrityCheck::run(*db);
    REQUIRE(problems);
    CHECK(problems->isEmpty());
    // Each customer's last touch is its latest ticket's arrival.
    CHECK(db->scalar("SELECT count(*) FROM customer c WHERE coalesce(c.last_touch_at, -1) <> "
                     "coalesce((SELECT max(t.occurred_at) FROM touchpoint t WHERE t.customer_id "
                     "= c.id), -1)") == 0);
    CHECK(db->scalar("SELECT count(*) FROM customer WHERE last_touch_at IS NULL") == 0);
    // Every arrival counted once, by its kind and under its customer's stage now.
    CHECK(db->scalar("SELECT sum(touchpoints) FROM touchpoint_day") == 5);
    CHECK(db->scalar("SELECT count(*) FROM (SELECT d.kind, d.stage, sum(d.touchpoints) AS n FROM "
                     "touchpoint_day d GROUP BY d.kind, d.stage EXCEPT SELECT t.kind, c.stage, "
                     "count(*) FROM touchpoint t JOIN customer c ON c.id = t.customer_id GROUP BY "
                     "t.kind, c.stage) AS differing") == 0);
}

TEST_CASE("A bulk import replays its new customers from the tickets and touchpoints it kept as it "
          "stored them, and places them as an import that reads them back does",
          "[csv][import][stages]")
{
    const test::Zone zone("UTC");
    test::Scratch scratch;
    const FixedClock clock(test::testNow());
    auto source = test::openDatabase(scratch.file(u"source.sqlite"_s));
    GeneratorOptions generated;
    generated.customers = 150;
    generated.tickets = 1500;
    generated.touchpoints = 1500; // the tickets' arrivals: what an import of tickets stores
    REQUIRE(Generator::run(*source, generated, clock));
    // Tickets: the only import into an empty database that makes touchpoints (an import of
    // touchpoints needs their customers there already, so it loads row by row).
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    REQUIRE(CsvExporter::write(*source, CsvExporter::Entity::Tickets, out, {}));
    const QByteArray csv = out.data();

    // Into an empty file: the bulk path, which keeps what it stores.
    auto bulk = test::openDatabase(scratch.file(u"bulk.sqlite"_s));
    std::optional<Result<ImportSummary>> kept;
    {
        const StepsCaught steps;
        kept = test::importCsv(*bulk, csv);
    }
    REQUIRE(*kept);
    REQUIRE((*kept)->mergedRows == 0);
    CHECK(g_stageLines.filter(u"replay: kept "_s).size() == 1);
    CHECK(g_stageLines.filter(u"replay: read "_s).isEmpty());

    // Into a file with a customer already: a row load, whose placement reads the rows back.
    auto rows = test::openDatabase(scratch.file(u"rows.sqlite"_s));
    rows->query("INSERT INTO customer (name, email, since, stage, status, stage_entered_at) "
                "VALUES ('~ before', 'before@example.com', '2020-01-01', 'retention', 'active', "
                "1577836800)")
        ->exec();
    std::optional<Result<ImportSummary>> read;
    {
        const StepsCaught steps;
        read = test::importCsv(*rows, csv);
    }
    REQUIRE(*read);
    CHECK(g_stageLines.filter(u"replay: read "_s).size() == 1);

    REQUIRE((*kept)->stageMoves > 100); // enough histories to tell the two apart
    CHECK((*kept)->stageMoves == (*read)->stageMoves);
    // Generated names and subjects repeat: lines that tie on them may come in either order.
    QStringList placed = outcome(*rows);
    placed.removeIf([](const QString& line) { return line.startsWith(u"~ before|"_s); });
    placed.sort();
    QStringList bulkPlaced = outcome(*bulk);
    bulkPlaced.sort();
    CHECK(bulkPlaced == placed);
}

TEST_CASE("A bulk import that merges a row into a ticket reads its new customers' histories back "
          "instead of keeping them",
          "[csv][import][stages]")
{
    const test::Zone zone("UTC");
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"merged.sqlite"_s));
    std::optional<Result<ImportSummary>> imported;
    {
        const StepsCaught steps;
        imported = test::importCsv(*db, test::fixture(u"import-quirks/c21_event_log.csv"_s));
    }
    REQUIRE(*imported);
    REQUIRE((*imported)->mergedRows > 0); // the merge moves its ticket's arrival
    CHECK(g_stageLines.filter(u"replay: read "_s).size() == 1);
    CHECK(g_stageLines.filter(u"replay: kept "_s).isEmpty());
}

TEST_CASE("A bulk import into a file keeps the partial indexes that pick rows by value as the rows "
          "go in, and builds the others once at the end",
          "[csv][import][storage][sqlite-only]")
{
    const test::Zone zone("UTC");
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"kept.sqlite"_s));
    const QStringList before = indexes(*db, "%", true);
    REQUIRE(before.size() > 20);
    const auto [imported, during] = importSeeingIndexes(*db, kTickets, "%");
    REQUIRE(imported);
    CHECK(imported->imported == 5);
    // While the rows went in: advocacy candidates, open tickets, low ratings, surveys and open
    // tasks, kept row by row; no index whose WHERE only asks for a value (ticket_external_ref,
    // touchpoint_ticket), and no full one, each built once at the end.
    CHECK(during == QStringList{u"customer_advocacy_candidate"_s, u"task_open_customer"_s,
                                u"task_open_due"_s, u"task_open_owner"_s, u"ticket_low_csat"_s,
                                u"ticket_open_created"_s, u"ticket_open_sla"_s,
                                u"touchpoint_survey"_s});
    // After it, every index as it was declared, each agreeing with the rows it covers.
    CHECK(indexes(*db, "%", true) == before);
    CHECK(test::texts(*db, "PRAGMA integrity_check") == QStringList{u"ok"_s});
    CHECK(db->scalar("SELECT count(*) FROM ticket INDEXED BY ticket_open_created WHERE " +
                     db->dialect().openTicket("status")) == 2);
    CHECK(db->scalar("SELECT count(*) FROM ticket INDEXED BY ticket_open_sla WHERE " +
                     db->dialect().openTicket("status")) == 2);
}

TEST_CASE("A bulk import into a file keeps a user's partial index by what it holds, however it is "
          "spelt, and builds a unique one at the end, which the rows' last state satisfies",
          "[csv][import][storage][sqlite-only]")
{
    const test::Zone zone("UTC");
    test::Scratch scratch;
    auto db = test::openDatabase(scratch.file(u"mine.sqlite"_s));
    db->execute("CREATE UNIQUE INDEX mine_one_open ON ticket (customer_id, subject) WHERE status = "
                "'open'; CREATE INDEX mine_printer ON ticket (created_at) where subject = "
                "'Printer'; CREATE INDEX mine_ref ON ticket (external_ref) where external_ref is "
                "not null; CREATE INDEX mine_ref_noted ON ticket (external_ref, id) WHERE "
                "(external_ref NOTNULL) -- a note\n");
    // Ticket A open, then B open with the same subject, then A's later row solves it: halfway
    // through, two open tickets of Acme share a subject.
    const QByteArray csv =
        "external_ref,customer_name,customer_email,subject,status,priority,channel,created_at,"
        "solved_at\r\n"
        "A,Acme,ops@acme.example,Printer,open,normal,email,2024-06-03 09:00,\r\n"
        "B,Acme,ops@acme.example,Printer,open,normal,email,2024-06-04 09:00,\r\n"
        "A,Acme,ops@acme.example,Printer,solved,normal,email,2024-06-03 09:00,2024-06-05 09:00\r\n";
    const auto [imported, during] = importSeeingIndexes(*db, csv, "mine%");
    REQUIRE(imported);
    CHECK(during == QStringList{u"mine_printer"_s}); // the unique and the IS NOT NULL ones waited
    CHECK(indexes(*db, "mine%", false) ==
          (QStringList{u"mine_one_open"_s, u"mine_printer"_s, u"mine_ref"_s, u"mine_ref_noted"_s}));
    CHECK(test::texts(*db, "SELECT external_ref || ' ' || status FROM ticket ORDER BY "
                           "external_ref") == (QStringList{u"A solved"_s, u"B open"_s}));
    CHECK(test::texts(*db, "PRAGMA integrity_check") == QStringList{u"ok"_s});
}
