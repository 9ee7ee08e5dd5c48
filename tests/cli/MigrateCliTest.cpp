// `funneldesk-cli --db SOURCE migrate --to TARGET` (issue 16, "New commands"): every row copied,
// all or nothing, and afterwards `stats` and every `export` the same on both sides. File to file
// runs everywhere; the [postgres] cases only through tests/pg/with-cluster.sh.
#include "support/CliRun.h"
#include "support/PgTestSchema.h"
#include "support/TestSupport.h"

#include "storage/CopyAll.h"
#include "storage/Database.h"
#include "storage/postgres/PgSchema.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <string>

using namespace fd;
using namespace fd::test;

namespace {

const QStringList kExports = {QStringLiteral("customers"), QStringLiteral("tickets"),
                              QStringLiteral("touchpoints"), QStringLiteral("transitions")};
const QStringList kReports = {QStringLiteral("funnel"),     QStringLiteral("onboarding"),
                              QStringLiteral("post-sales"), QStringLiteral("retention"),
                              QStringLiteral("advocacy"),   QStringLiteral("flow"),
                              QStringLiteral("at-risk")};

CliRun ok(const QString& db, const QStringList& args)
{
    CliRun run = runCliOn(db, args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

// What a user can read of a database: stats, every export, every report, the stage rules.
QStringList everythingShown(const QString& db)
{
    QStringList shown{ok(db, {QStringLiteral("stats")}).out};
    for (const QString& entity : kExports)
        shown << ok(db, {QStringLiteral("export"), entity}).out;
    for (const QString& report : kReports)
        shown << ok(db, {QStringLiteral("report"), report, QStringLiteral("--format"),
                         QStringLiteral("json")})
                     .out;
    shown << ok(db, {QStringLiteral("stages"), QStringLiteral("rules")}).out;
    return shown;
}

// Every row of every table, as text, in key order: what a copy must keep exactly, the
// summary columns and touchpoint_day included.
QStringList everyRow(Database& db)
{
    QStringList rows;
    for (const CopyAll::Table& table : CopyAll::tables()) {
        std::string columns;
        for (const CopyAll::Column& column : table.columns)
            columns += (columns.empty() ? "" : ", ") + std::string(column.name);
        auto q = db.query("SELECT " + columns + " FROM " + table.name + " ORDER BY " + table.order);
        while (q->step()) {
            QString row = QString::fromLatin1(table.name);
            for (int c = 0; c < q->columnCount(); ++c)
                row += QLatin1Char('|') + (q->isNull(c) ? QStringLiteral("NULL") : q->text(c));
            // Each migrate adds its own entry to the copy's audit log (AuditMigrateCliTest).
            if (row.contains(QLatin1String("|bulk|*|")) && row.contains(QLatin1String("|migrate|")))
                continue;
            rows << row;
        }
    }
    return rows;
}

QStringList searchHits(Database& db, const char* word)
{
    QStringList ids;
    auto q = db.query(std::string("SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH '") + word +
                      "*' ORDER BY rowid");
    while (q->step())
        ids << q->text(0);
    return ids;
}

// A small desk with the awkward cases: text that needs quoting, a NULL here and there, a
// pinned move (its touchpoints' days move to the new stage), a changed rule (settings).
QString awkwardDesk(const Scratch& scratch)
{
    const QString db = scratch.file(QStringLiteral("desk.sqlite"));
    ok(db, {QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("120"),
            QStringLiteral("--seed"), QStringLiteral("11")});
    const QString id =
        ok(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                QStringLiteral("Zoë \"Quote\", Ltd. ß 名前"), QStringLiteral("--company"),
                QStringLiteral("=1+2")})
            .out.trimmed();
    ok(db, {QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"), id,
            QStringLiteral("--subject"), QStringLiteral("Ünïcode façade; 'quotes' and \"more\""),
            QStringLiteral("--description"),
            QStringLiteral(
                "first line\nsecond line")}); // a subject is one line (Validation::lineProblem)
    ok(db, {QStringLiteral("add"), QStringLiteral("touchpoint"), QStringLiteral("--customer"), id,
            QStringLiteral("--kind"), QStringLiteral("survey"), QStringLiteral("--score"),
            QStringLiteral("9")});
    ok(db, {QStringLiteral("stages"), QStringLiteral("set"), id, QStringLiteral("advocacy"),
            QStringLiteral("--reason"), QStringLiteral("hand-picked"), QStringLiteral("--pin")});
    ok(db, {QStringLiteral("stages"), QStringLiteral("rules"), QStringLiteral("--set"),
            QStringLiteral("retention.regress.min_tickets=7")});
    return db;
}

} // namespace

TEST_CASE("CopyAll lists every table and column of a new FunnelDesk file, parents first",
          "[cli][migrate]")
{
    FilesAsFiles files; // SQLite's own catalogue, in the switched run too
    Scratch scratch;
    auto db = openDatabase(scratch.file(QStringLiteral("new.sqlite")));
    QSet<QString> listed;
    for (const CopyAll::Table& table : CopyAll::tables()) {
        INFO(table.name);
        QStringList expected;
        auto info = db->query(std::string("SELECT name FROM pragma_table_info('") + table.name +
                              "') ORDER BY cid");
        while (info->step())
            expected << info->text(0);
        QStringList columns;
        for (const CopyAll::Column& column : table.columns)
            columns << QString::fromLatin1(column.name);
        CHECK(columns == expected);
        // Every table it points to comes before it.
        auto keys =
            db->query(std::string("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list('") +
                      table.name + "')");
        while (keys->step())
            CHECK(listed.contains(keys->text(0)));
        listed.insert(QString::fromLatin1(table.name));
    }
    // Nothing is left out but the search index (rebuilt) and its shadow tables, and the summaries
    // a copy counts again.
    for (const char* summary : CopyAll::rebuiltSummaries())
        listed.insert(QString::fromLatin1(summary));
    auto q = db->query(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'ticket_fts%' "
        "AND name NOT LIKE 'sqlite_%'");
    QSet<QString> tables;
    while (q->step())
        tables.insert(q->text(0));
    CHECK(tables == listed);
}

TEST_CASE("migrate copies a file into a new file: stats, every export and report the same on both",
          "[cli][migrate]")
{
    FilesAsFiles files; // file → file, in the switched run too
    Scratch scratch;
    const QString source = awkwardDesk(scratch);
    const QStringList before = everythingShown(source);
    const QString target = scratch.file(QStringLiteral("copy.sqlite"));

    const CliRun run = ok(source, {QStringLiteral("migrate"), QStringLiteral("--to"), target});
    // Rows per table on stdout, the time and the check on stderr.
    CHECK(run.out.startsWith(QLatin1String("agent ")));
    CHECK(run.out.contains(QLatin1String("\ncustomer 121\n")));
    CHECK(run.out.contains(QLatin1String("\ntouchpoint_day ")));
    CHECK(run.err.contains(QLatin1String("Migrated")));
    CHECK(run.err.contains(QLatin1String(" s; `check` found nothing wrong")));

    CHECK(everythingShown(target) == before);
    CHECK(everythingShown(source) == before); // the source is only read
    ok(target, {QStringLiteral("check")});
    // Only the new file is left: no temporary, no journal.
    CHECK(entries(scratch.dir().path()).filter(QStringLiteral("copy.sqlite")) ==
          QStringList{QStringLiteral("copy.sqlite")});

    // What a killed run left (its process gone) goes with the next run for that target.
    const QString killed = scratch.file(QStringLiteral("third.sqlite.migrating-999999999"));
    {
        QFile left(killed);
        REQUIRE(left.open(QIODevice::WriteOnly));
        left.write("half a copy");
    }
    ok(source, {QStringLiteral("migrate"), QStringLiteral("--to"),
                scratch.file(QStringLiteral("third.sqlite"))});
    CHECK(entries(scratch.dir().path()).filter(QStringLiteral("third.sqlite")) ==
          QStringList{QStringLiteral("third.sqlite")});

    {
        // Every row as it was: the summaries (open tickets, last touches, touchpoint_day,
        // whose counts moved with the pinned customer) copied, not recounted; the search
        // index rebuilt to find the same tickets.
        auto from = openDatabase(source, Database::Access::ReadOnly);
        auto to = openDatabase(target, Database::Access::ReadOnly);
        const QStringList rows = everyRow(*from);
        CHECK(rows.size() > 1000);
        CHECK(everyRow(*to) == rows);
        for (const char* word : {"façade", "fac", "quotes", "the"})
            CHECK(searchHits(*to, word) == searchHits(*from, word));
        CHECK_FALSE(searchHits(*to, "façade").isEmpty());
    }

    // The ids go on where they were; a copy of the copy is the same again.
    const QStringList newCustomer = {QStringLiteral("add"), QStringLiteral("customer"),
                                     QStringLiteral("--name"), QStringLiteral("Next")};
    CHECK(ok(target, newCustomer).out == ok(source, newCustomer).out);
    const QString again = scratch.file(QStringLiteral("again.sqlite"));
    ok(target, {QStringLiteral("migrate"), QStringLiteral("--to"), again});
    CHECK(everythingShown(again) == everythingShown(source));
}

TEST_CASE("migrate refuses a target that exists, a missing source or folder, in one sentence, "
          "writing nothing",
          "[cli][migrate]")
{
    FilesAsFiles files; // a file's refusals, in the switched run too
    Scratch scratch;
    const QString source = scratch.file(QStringLiteral("desk.sqlite"));
    ok(source, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                QStringLiteral("Acme")});
    const QString existing = scratch.file(QStringLiteral("there.sqlite"));
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("someone's file\n");
    }
    ok(source, {QStringLiteral("stats")}); // a reader's -wal and -shm are there from now on
    const QStringList before = entries(scratch.dir().path());
    const auto migrate = [&](const QString& from, const QString& to) {
        return runCliOn(from, {QStringLiteral("migrate"), QStringLiteral("--to"), to});
    };
    requireOneSentence(migrate(source, existing),
                       QStringLiteral("already exists; migrate writes a new FunnelDesk file"));
    CHECK(fileBytes(existing) == QByteArray("someone's file\n"));
    requireOneSentence(migrate(source, source), QStringLiteral("is the database being migrated"));
    requireOneSentence(
        migrate(source, QDir(scratch.dir().path()).filePath(QStringLiteral("./desk.sqlite"))),
        QStringLiteral("is the database being migrated"));
    requireOneSentence(migrate(scratch.file(QStringLiteral("missing.sqlite")),
                               scratch.file(QStringLiteral("new.sqlite"))),
                       QStringLiteral("There is no FunnelDesk file"));
    requireOneSentence(migrate(source, scratch.file(QStringLiteral("no/such/folder.sqlite"))),
                       QStringLiteral("does not exist"));
    // Not a FunnelDesk file: the database's own sentence, and no new file.
    const CliRun foreign = migrate(existing, scratch.file(QStringLiteral("new.sqlite")));
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(entries(scratch.dir().path()) == before);
}

TEST_CASE("migrate of a database that fails check writes every row, then keeps none",
          "[cli][migrate]")
{
    Scratch scratch;
    const QString source = scratch.file(QStringLiteral("broken.sqlite"));
    ok(source, {QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("30"),
                QStringLiteral("--seed"), QStringLiteral("2")});
    {
        auto raw = openDatabase(source);
        raw->execute("UPDATE customer SET open_tickets = open_tickets + 5 WHERE id = 3");
    }
    ok(source, {QStringLiteral("stats")});
    const QStringList before = entries(scratch.dir().path());
    const CliRun run = runCliOn(source, {QStringLiteral("migrate"), QStringLiteral("--to"),
                                         scratch.file(QStringLiteral("copy.sqlite"))});
    requireOneSentence(run,
                       QStringLiteral("failed, and nothing was written: the copy failed 1 check"));
    CHECK(run.err.contains(QLatin1String("open tickets")));
    CHECK(entries(scratch.dir().path()) == before);
}

TEST_CASE("migrate's flags: a wrong or missing one is bad usage (exit 2)", "[cli][migrate]")
{
    Scratch scratch;
    const QString source = scratch.file(QStringLiteral("desk.sqlite"));
    ok(source, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                QStringLiteral("Acme")});
    const QString target = scratch.file(QStringLiteral("new.sqlite"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("migrate")},
          QStringList{QStringLiteral("migrate"), QStringLiteral("--to")},
          QStringList{QStringLiteral("migrate"), QStringLiteral("--to"), target,
                      QStringLiteral("extra")},
          QStringList{QStringLiteral("migrate"), QStringLiteral("--to"), target,
                      QStringLiteral("--bogus")},
          QStringList{QStringLiteral("migrate"), QStringLiteral("--to"), target,
                      QStringLiteral("--to"), scratch.file(QStringLiteral("other.sqlite"))},
          QStringList{QStringLiteral("migrate"), QStringLiteral("--to"),
                      QStringLiteral("host=db nosuchkey=1 password=SECRET")}}) {
        const CliRun run = runCliOn(source, args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK_FALSE(run.err.contains(QLatin1String("SECRET")));
    }
    CHECK_FALSE(QFile::exists(target));
    CHECK(ok(source, {QStringLiteral("migrate"), QStringLiteral("--help")})
              .out.contains(QLatin1String("--to")));
}

TEST_CASE("migrate passes a server's refusal through as init says it, and writes nothing",
          "[cli][migrate][server]")
{
    // Port 1 on 127.0.0.1: nothing listens there.
    const QString server = QStringLiteral("postgresql://rep:SECRET@127.0.0.1:1/funneldesk");
    Scratch scratch;
    const QString source = scratch.file(QStringLiteral("desk.sqlite"));
    ok(source, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                QStringLiteral("Acme")});
    const CliRun init = runCliOn(server, {QStringLiteral("init")});
    REQUIRE(init.exitCode == 1);
    const CliRun run =
        runCliOn(source, {QStringLiteral("migrate"), QStringLiteral("--to"), server});
    requireOneSentence(run, init.err.trimmed());
    CHECK_FALSE(run.err.contains(QLatin1String("SECRET")));

    // A server as the source that cannot be opened: one sentence, no file.
    const QString target = scratch.file(QStringLiteral("new.sqlite"));
    const CliRun from =
        runCliOn(server, {QStringLiteral("migrate"), QStringLiteral("--to"), target});
    CHECK(from.exitCode == 1);
    CHECK(from.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK_FALSE(from.err.contains(QLatin1String("SECRET")));
    CHECK_FALSE(QFile::exists(target));
}

namespace {

qint64 tablesIn(PgTestSchema& schema)
{
    auto rows = schema.admin().exec("SELECT count(*) FROM pg_tables WHERE schemaname = $1",
                                    {schema.name()});
    REQUIRE(rows);
    return rows->int64(0, 0);
}

pg::Schema::State::Kind kindOf(const PgTestSchema& schema)
{
    pg::Connection conn = schema.connect();
    const auto state = pg::Schema::inspect(conn);
    REQUIRE(state);
    return state->kind;
}

QString smallDesk(const Scratch& scratch)
{
    const QString db = scratch.file(QStringLiteral("desk.sqlite"));
    ok(db, {QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("40"),
            QStringLiteral("--seed"), QStringLiteral("5")});
    return db;
}

} // namespace

TEST_CASE(
    "migrate refuses a server schema that holds anything else, or FunnelDesk's of another version",
    "[cli][migrate][postgres][pg-files]")
{
    Scratch scratch;
    const QString source = smallDesk(scratch);
    const QStringList migrate = {QStringLiteral("migrate"), QStringLiteral("--to")};

    PgTestSchema foreign;
    REQUIRE(foreign.admin().exec("CREATE TABLE " + foreign.name().toUtf8() + ".invoices (id int)"));
    requireOneSentence(
        runCliOn(source, migrate + QStringList{cliDb(foreign)}),
        QStringLiteral("not FunnelDesk's; migrate copies only into an empty database"));
    CHECK(tablesIn(foreign) == 1);

    PgTestSchema older;
    ok(cliDb(older), {QStringLiteral("init")});
    REQUIRE(older.admin().exec("UPDATE " + older.name().toUtf8() + ".fd_meta SET version = " +
                               QByteArray::number(pg::Schema::kVersion - 1)));
    const qint64 tables = tablesIn(older);
    const CliRun run = runCliOn(source, migrate + QStringList{cliDb(older)});
    requireOneSentence(run, QStringLiteral("has FunnelDesk's schema version %1 and the database")
                                .arg(pg::Schema::kVersion));
    CHECK(run.err.contains(
        QStringLiteral("version %1; migrate copies only between databases of the same version")
            .arg(pg::Schema::kVersion - 1)));
    // The advice names the side to act on: the older target, opened here, is brought up.
    CHECK(run.err.contains(QStringLiteral("same version: open the database")));
    CHECK(tablesIn(older) == tables);
    auto version = older.admin().exec("SELECT version FROM " + older.name().toUtf8() + ".fd_meta");
    REQUIRE(version);
    CHECK(version->int64(0, 0) == pg::Schema::kVersion - 1);

    // A target newer than this FunnelDesk cannot be brought down: the advice says whose it is.
    PgTestSchema newer;
    ok(cliDb(newer), {QStringLiteral("init")});
    REQUIRE(newer.admin().exec("UPDATE " + newer.name().toUtf8() + ".fd_meta SET version = " +
                               QByteArray::number(pg::Schema::kVersion + 1)));
    const CliRun ahead = runCliOn(source, migrate + QStringList{cliDb(newer)});
    requireOneSentence(ahead, QStringLiteral("version %1; migrate copies only between databases "
                                             "of the same version: the database")
                                  .arg(pg::Schema::kVersion + 1));
    CHECK(ahead.err.contains(
        QStringLiteral("was made by a newer FunnelDesk (this one knows versions up to %1): run "
                       "the migrate with that FunnelDesk.")
            .arg(pg::Schema::kVersion)));
    CHECK_FALSE(ahead.err.contains(QStringLiteral("bring it up to date")));
}

TEST_CASE("migrate gives the server's refusals as init does: wrong password, no such database",
          "[cli][migrate][postgres][pg-files]")
{
    Scratch scratch;
    const QString source = smallDesk(scratch);
    const QString tcp = qEnvironmentVariable("FUNNELDESK_TEST_PG_TCP");
    REQUIRE_FALSE(tcp.isEmpty());
    QString wrong = tcp;
    wrong.replace(QLatin1String("postgresql://funneldesk@"),
                  QLatin1String("postgresql://funneldesk:WRONGPW@"));
    REQUIRE(wrong != tcp);
    QString missing = tcp;
    missing.replace(QLatin1String("/funneldesk_test"), QLatin1String("/no_such_database"));
    REQUIRE(missing != tcp);
    for (const QString& target : {wrong, missing}) {
        const CliRun init = runCliOn(target, {QStringLiteral("init")});
        REQUIRE(init.exitCode == 1);
        const CliRun run =
            runCliOn(source, {QStringLiteral("migrate"), QStringLiteral("--to"), target});
        requireOneSentence(run, init.err.trimmed());
        CHECK_FALSE(run.err.contains(QLatin1String("WRONGPW")));
    }
}

TEST_CASE("A migrate into an empty schema that cannot finish leaves the schema empty",
          "[cli][migrate][postgres]")
{
    FilesAsFiles files; // the source is a file that holds what the server refuses
    Scratch scratch;
    const QString source = smallDesk(scratch);
    // A company PostgreSQL's company index cannot hold (about 2.7 kB at most, and this does
    // not compress): SQLite stores it, the server refuses it in the middle of the copy. (A
    // name that long is refused at add: Validation::nameProblem.)
    QString name;
    quint32 state = 12345;
    for (int i = 0; i < 9000; ++i) {
        state = state * 1103515245U + 12345U;
        name += QChar(u'a' + static_cast<char16_t>((state >> 16) % 26));
    }
    ok(source, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                QStringLiteral("Wide"), QStringLiteral("--company"), name});
    PgTestSchema schema;
    const CliRun run =
        runCliOn(source, {QStringLiteral("migrate"), QStringLiteral("--to"), cliDb(schema)});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(
        run.err.contains(QLatin1String("failed, and nothing was written: The PostgreSQL server")));
    CHECK(run.out.isEmpty());
    CHECK(tablesIn(schema) == 0);
    CHECK(kindOf(schema) == pg::Schema::State::Kind::Empty);
}

TEST_CASE("pg::Schema::dropEmpty undoes init, and refuses a schema with rows or not FunnelDesk's",
          "[cli][migrate][postgres]")
{
    PgTestSchema schema;
    ok(cliDb(schema), {QStringLiteral("init")});
    QString roles;
    {
        pg::Connection conn = schema.connect();
        const auto named =
            conn.exec("SELECT fd_team_role('rep') || ',' || fd_team_role('manager')");
        REQUIRE(named);
        roles = named->text(0, 0);
        REQUIRE(conn.exec("INSERT INTO agent (name) VALUES ('Ann')"));
        const Status refused = pg::Schema::dropEmpty(conn);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(
            QLatin1String("holds FunnelDesk's data; nothing was dropped")));
        REQUIRE(conn.exec("DELETE FROM agent"));
        const Status dropped = pg::Schema::dropEmpty(conn);
        INFO((dropped ? QString() : QString(dropped.error())).toStdString());
        REQUIRE(dropped);
    }
    CHECK(tablesIn(schema) == 0);
    CHECK(kindOf(schema) == pg::Schema::State::Kind::Empty);
    // The team's roles init made are gone with it, not left for the next init of this name.
    const auto left = schema.admin().exec(
        "SELECT count(*) FROM pg_roles WHERE rolname = ANY (string_to_array($1, ','))", {roles});
    REQUIRE(left);
    CHECK(left->int64(0, 0) == 0);
    ok(cliDb(schema), {QStringLiteral("init")}); // as new
    PgTestSchema foreign;
    REQUIRE(foreign.admin().exec("CREATE TABLE " + foreign.name().toUtf8() + ".invoices (id int)"));
    pg::Connection conn = foreign.connect();
    const Status refused = pg::Schema::dropEmpty(conn);
    REQUIRE_FALSE(refused);
    CHECK(tablesIn(foreign) == 1);
}

// Every row of every table but the team's time zone, which a server records (init) and a file
// does not, and the agent of the login that migrated to a server (its first manager, issue 17).
QStringList everyRowButTheZone(Database& db)
{
    QStringList rows = everyRow(db);
    rows.removeIf([](const QString& row) {
        return row.startsWith(QLatin1String("settings|team.time_zone|")) ||
               (row.startsWith(QLatin1String("agent|")) &&
                row.section(QLatin1Char('|'), 6, 6) == QLatin1String("funneldesk"));
    });
    return rows;
}

// `stats` of a copy on a server: the source's, and one agent more when the migrate added the
// agent of the login that ran it.
QString withOwnerAgent(const QString& stats)
{
    QStringList lines = stats.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.startsWith(QLatin1String("agents ")))
            line = QStringLiteral("agents %1").arg(line.mid(7).toLongLong() + 1);
    }
    return lines.join(QLatin1Char('\n'));
}

TEST_CASE("migrate file → server → file: every row, stats, exports and reports the same",
          "[cli][migrate][postgres]")
{
    FilesAsFiles files; // both ends files, in the switched run too
    Scratch scratch;
    const QString source = awkwardDesk(scratch);
    const QStringList before = everythingShown(source);
    PgTestSchema schema;
    const QString server = cliDb(schema);
    const CliRun up = ok(source, {QStringLiteral("migrate"), QStringLiteral("--to"), server});
    CHECK(up.out.contains(QLatin1String("\ncustomer 121\n")));
    // More touchpoints than CopyAll reads at a time (4,096): one COPY carries several batches.
    const auto touchpoints =
        QRegularExpression(QStringLiteral("\ntouchpoint (\\d+)\n")).match(up.out);
    REQUIRE(touchpoints.hasMatch());
    CHECK(touchpoints.captured(1).toLongLong() > 4096);
    CHECK(up.err.contains(QLatin1String("`check` found nothing wrong")));
    CHECK(up.err.contains(QStringLiteral("as the new agent “funneldesk”")));
    CHECK(ok(server, {QStringLiteral("stats")}).out == withOwnerAgent(before.constFirst()));
    ok(server, {QStringLiteral("check")});

    // Back into a new file: every row as it was (ids, summaries, touchpoint_day), so every
    // export and report too; the owner's agent comes along.
    const QString back = scratch.file(QStringLiteral("back.sqlite"));
    ok(server, {QStringLiteral("migrate"), QStringLiteral("--to"), back});
    QStringList backShown = everythingShown(back);
    CHECK(backShown.constFirst() == withOwnerAgent(before.constFirst()));
    backShown.first() = before.constFirst();
    CHECK(backShown == before);
    {
        auto from = openDatabase(source, Database::Access::ReadOnly);
        auto to = openDatabase(back, Database::Access::ReadOnly);
        CHECK(everyRowButTheZone(*to) == everyRowButTheZone(*from));
        for (const char* word : {"façade", "fac", "quotes"})
            CHECK(searchHits(*to, word) == searchHits(*from, word));
    }

    // The identity sequences go on after the highest id copied.
    const QStringList newCustomer = {QStringLiteral("add"), QStringLiteral("customer"),
                                     QStringLiteral("--name"), QStringLiteral("Next")};
    CHECK(ok(server, newCustomer).out == ok(source, newCustomer).out);
    // A server that holds data now is refused as a target, and keeps it.
    const QString stats = ok(server, {QStringLiteral("stats")}).out;
    const CliRun again =
        runCliOn(back, {QStringLiteral("migrate"), QStringLiteral("--to"), server});
    requireOneSentence(again, QStringLiteral("already holds FunnelDesk's data"));
    CHECK(ok(server, {QStringLiteral("stats")}).out == stats);
}

TEST_CASE("After a migrate to a server, every export and report there is the file's",
          "[cli][migrate][postgres][pg-files]")
{
    Scratch scratch;
    const QString source = awkwardDesk(scratch);
    const QStringList before = everythingShown(source);
    PgTestSchema schema;
    const QString server = cliDb(schema);
    ok(source, {QStringLiteral("migrate"), QStringLiteral("--to"), server});
    QStringList expected = before;
    expected.first() = withOwnerAgent(before.constFirst()); // the migrating login's agent
    CHECK(everythingShown(server) == expected);
}
