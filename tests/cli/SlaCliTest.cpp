// Issue 14 §2 end to end: a ticket written by `add ticket` or `import tickets` gets the SLA
// columns the one rule (Sla::settle) gives, `report post-sales` counts its breaches and
// `show ticket` shows its clocks.
#include "common/DateTimeText.h"
#include "domain/Customer.h"
#include "domain/Sla.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/TicketRepository.h"
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;

namespace {

test::CliRun cli(const QString& db, QStringList args)
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    return test::runCli(args);
}

QString iso(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QString slaFields(const Ticket& t)
{
    return QStringLiteral(
               "%1 solved=%2 paused=%3s since=%4 first_response_breached=%5 resolution_breached=%6")
        .arg(toString(t.status), iso(t.solvedAt))
        .arg(t.slaPausedSecs)
        .arg(iso(t.slaPausedSince), iso(t.firstResponseBreachedAt), iso(t.resolutionBreachedAt));
}

Ticket stored(const QString& path, qint64 id)
{
    auto db = test::openDatabase(path, Database::Access::ReadOnly);
    auto found = TicketRepository(*db).find(id);
    REQUIRE((found && *found));
    return **found;
}

} // namespace

TEST_CASE("add ticket and import tickets record the SLA as it happened, and report and show say it",
          "[cli][sla]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("sla.sqlite"));
    const QDate since = QDate::currentDate().addDays(-60); // post-sales after its first ticket
    REQUIRE(cli(path, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                       QStringLiteral("Acme Corp"), QStringLiteral("--email"),
                       QStringLiteral("ops@acme.example"), QStringLiteral("--since"),
                       since.toString(Qt::ISODate)})
                .exitCode == 0);

    // Urgent (1 h to respond, 4 h to resolve), created 25 days ago: open; solved 10 h later;
    // pending. The CLI takes local minutes.
    const QDateTime created = QDateTime::currentDateTime().addDays(-25);
    const QString at = created.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString solvedAt =
        created.addSecs(10 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QList<QStringList> extras = {{QStringLiteral("--status"), QStringLiteral("open")},
                                       {QStringLiteral("--status"), QStringLiteral("solved"),
                                        QStringLiteral("--solved-at"), solvedAt},
                                       {QStringLiteral("--status"), QStringLiteral("pending")}};
    for (const QStringList& extra : extras) {
        const test::CliRun added =
            cli(path, QStringList{QStringLiteral("add"), QStringLiteral("ticket"),
                                  QStringLiteral("--customer"), QStringLiteral("1"),
                                  QStringLiteral("--subject"), QStringLiteral("Everything is down"),
                                  QStringLiteral("--priority"), QStringLiteral("urgent"),
                                  QStringLiteral("--at"), at} +
                          extra);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }

    // The same three through `import tickets`.
    const QString csvPath = scratch.file(QStringLiteral("tickets.csv"));
    {
        QFile csv(csvPath);
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral(
                      "external_ref,customer_email,subject,priority,status,created_at,solved_at\n"
                      "T-1,ops@acme.example,Everything is down,urgent,open,%1,\n"
                      "T-2,ops@acme.example,Everything is down,urgent,solved,%1,%2\n"
                      "T-3,ops@acme.example,Everything is down,urgent,pending,%1,\n")
                      .arg(at, solvedAt)
                      .toUtf8());
    }
    const QString importedPath = scratch.file(QStringLiteral("imported.sqlite"));
    const test::CliRun imported =
        cli(importedPath, {QStringLiteral("import"), QStringLiteral("tickets"), csvPath});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    // The same three through TicketRepository::add now: the rule, by the core path.
    const QString corePath = scratch.file(QStringLiteral("core.sqlite"));
    {
        auto core = test::openDatabase(corePath);
        Customer c;
        c.name = QStringLiteral("Acme Corp");
        c.since = since;
        const qint64 customer = *CustomerRepository(*core).add(c);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 3; ++i) {
            Ticket t = stored(path, i + 1); // the CLI's times, read back
            t.id = 0;
            t.customerId = customer;
            t.slaPausedSecs = 0;
            t.slaPausedSince = t.firstResponseBreachedAt = t.resolutionBreachedAt = QDateTime();
            REQUIRE(TicketRepository(*core).add(t, now));
        }
    }
    for (qint64 id = 1; id <= 3; ++id) {
        INFO("ticket " << id);
        const Ticket byCli = stored(path, id);
        CHECK(slaFields(byCli) == slaFields(stored(corePath, id)));
        CHECK(slaFields(byCli) == slaFields(stored(importedPath, id)));
        CHECK(byCli.firstResponseBreachedAt == byCli.createdAt.addSecs(3600)); // nobody answered
    }
    CHECK(stored(path, 1).resolutionBreachedAt == stored(path, 1).createdAt.addSecs(4 * 3600));
    CHECK(stored(path, 2).resolutionBreachedAt == stored(path, 2).createdAt.addSecs(4 * 3600));
    CHECK(stored(path, 3).slaPausedSince == stored(path, 3).createdAt);
    CHECK_FALSE(stored(path, 3).resolutionBreachedAt.isValid());

    // Three tickets breached in the last 30 days (the solved one too).
    const test::CliRun report = cli(path, {QStringLiteral("report"), QStringLiteral("post-sales"),
                                           QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(report.out.toStdString() << report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    CHECK(report.out.contains(QStringLiteral("\nsla_breaches,3")));

    // show ticket: both clocks, with targets, due times, breaches and the pause.
    const Ticket pending = stored(path, 3);
    const test::CliRun json =
        cli(path, {QStringLiteral("show"), QStringLiteral("ticket"), QStringLiteral("3"),
                   QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("status")).toString() ==
          QStringLiteral("pending")); // the keys that were there stay
    CHECK(o.value(QStringLiteral("created_at")).toString() ==
          formatLocalDateTime(pending.createdAt));
    CHECK(o.value(QStringLiteral("first_response_sla")).toString() == QStringLiteral("breached"));
    CHECK(o.value(QStringLiteral("first_response_target_hours")).toInt() == 1);
    CHECK(o.value(QStringLiteral("first_response_due_at")).toString() ==
          formatLocalDateTime(pending.createdAt.addSecs(3600)));
    CHECK(o.value(QStringLiteral("first_response_breached_at")).toString() ==
          formatLocalDateTime(pending.firstResponseBreachedAt));
    CHECK(o.value(QStringLiteral("resolution_sla")).toString() == QStringLiteral("paused"));
    CHECK(o.value(QStringLiteral("resolution_target_hours")).toInt() == 4);
    CHECK(o.value(QStringLiteral("resolution_due_at")).isString());
    CHECK(o.value(QStringLiteral("resolution_breached_at")).isNull());
    CHECK(o.value(QStringLiteral("resolution_paused_since")).toString() ==
          formatLocalDateTime(pending.slaPausedSince));
    CHECK(o.value(QStringLiteral("resolution_paused_secs")).toInt() == 0);

    const Ticket open = stored(path, 1);
    const test::CliRun table =
        cli(path, {QStringLiteral("show"), QStringLiteral("ticket"), QStringLiteral("1")});
    REQUIRE(table.exitCode == 0);
    INFO(table.out.toStdString());
    const QStringList lines = table.out.split(QLatin1Char('\n'));
    const auto line = [&](const QString& key) {
        for (const QString& l : lines) {
            if (l.startsWith(key + QLatin1Char(' ')))
                return l.mid(key.size()).trimmed();
        }
        return QStringLiteral("(missing)");
    };
    CHECK(line(QStringLiteral("first_response_sla")) == QStringLiteral("breached"));
    CHECK(line(QStringLiteral("first_response_target_hours")) == QStringLiteral("1"));
    CHECK(line(QStringLiteral("first_response_due_at")) ==
          formatLocalDateTime(open.createdAt.addSecs(3600)));
    CHECK(line(QStringLiteral("first_response_breached_at")) ==
          formatLocalDateTime(open.createdAt.addSecs(3600)));
    CHECK(line(QStringLiteral("resolution_target_hours")) == QStringLiteral("4"));
    CHECK(line(QStringLiteral("resolution_due_at")) ==
          formatLocalDateTime(open.createdAt.addSecs(4 * 3600)));
    CHECK(line(QStringLiteral("resolution_breached_at")) ==
          formatLocalDateTime(open.createdAt.addSecs(4 * 3600)));
    CHECK(line(QStringLiteral("resolution_paused_since")) == QStringLiteral("—"));
}
