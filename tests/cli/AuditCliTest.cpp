// `funneldesk-cli audit` (issue 17, "Audit log, on both backends"): its filters and formats,
// its usage errors (one sentence, exit 2), the acting agent from --agent, and a migrate that
// carries the log and adds its own entry.
#include "support/CliRun.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::test;

namespace {

CliRun ok(const QString& db, const QStringList& args)
{
    CliRun run = runCliOn(db, args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

QJsonArray auditJson(const QString& db, QStringList args = {})
{
    const CliRun run = ok(db, QStringList{QStringLiteral("audit"), QStringLiteral("--format"),
                                          QStringLiteral("json")} +
                                  args);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

// A customer with a ticket, and another customer: their ids.
struct Desk {
    QString acme;
    QString ticket;
    QString other;
};

Desk makeDesk(const QString& db)
{
    ok(db, {QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--name"),
            QStringLiteral("Ada")});
    Desk d;
    d.acme = ok(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                     QStringLiteral("Acme")})
                 .out.trimmed();
    d.ticket =
        ok(db, {QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"),
                d.acme, QStringLiteral("--subject"), QStringLiteral("Login fails")})
            .out.trimmed();
    d.other = ok(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                      QStringLiteral("Bolt")})
                  .out.trimmed();
    ok(db, {QStringLiteral("add"), QStringLiteral("touchpoint"), QStringLiteral("--customer"),
            d.other, QStringLiteral("--kind"), QStringLiteral("phone"), QStringLiteral("--agent"),
            QStringLiteral("Ada")});
    return d;
}

} // namespace

TEST_CASE("audit lists the log as CSV or JSON, by customer, ticket and local days", "[cli][audit]")
{
    Scratch scratch;
    const QString db = scratch.file(QStringLiteral("a.sqlite"));
    const Desk d = makeDesk(db);

    const QJsonArray all = auditJson(db);
    REQUIRE(all.size() >= 5);
    CHECK(all.at(0).toObject().value(QStringLiteral("table")).toString() ==
          QStringLiteral("agent"));
    CHECK(all.at(0).toObject().value(QStringLiteral("action")).toString() ==
          QStringLiteral("insert"));
    CHECK(all.at(0).toObject().value(QStringLiteral("new_value")).toString() ==
          QStringLiteral("Ada"));
    CHECK(all.at(0).toObject().value(QStringLiteral("agent_id")).isNull());
    // `add touchpoint --agent Ada` writes on Ada's behalf.
    bool touchByAda = false;
    for (const QJsonValue& v : all) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("table")).toString() == QLatin1String("touchpoint"))
            touchByAda = o.value(QStringLiteral("agent")).toString() == QLatin1String("Ada");
    }
    CHECK(touchByAda);

    const QJsonArray acme = auditJson(db, {QStringLiteral("--customer"), d.acme});
    REQUIRE_FALSE(acme.isEmpty());
    for (const QJsonValue& v : acme)
        CHECK(QString::number(v.toObject().value(QStringLiteral("customer_id")).toInteger()) ==
              d.acme);
    const QJsonArray ticket = auditJson(db, {QStringLiteral("--ticket"), d.ticket});
    REQUIRE_FALSE(ticket.isEmpty());
    CHECK(ticket.size() < acme.size());
    for (const QJsonValue& v : ticket)
        CHECK(QString::number(v.toObject().value(QStringLiteral("ticket_id")).toInteger()) ==
              d.ticket);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    CHECK(auditJson(db, {QStringLiteral("--from"), today, QStringLiteral("--to"), today}).size() ==
          all.size());
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    CHECK(auditJson(db, {QStringLiteral("--to"), yesterday}).isEmpty());

    const CliRun csv = ok(db, {QStringLiteral("audit"), QStringLiteral("--customer"), d.other});
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(
        lines.value(0) ==
        QStringLiteral("id,at,agent_id,agent,login,action,table,row_id,customer_id,ticket_id,field,"
                       "old_value,new_value"));
    CHECK(lines.size() >= 3); // Bolt added, its touchpoint added (and any move it made)
    CHECK(lines.value(1).contains(QLatin1String(",insert,customer,")));
    CHECK(lines.value(1).endsWith(QLatin1String(",Bolt")));
}

TEST_CASE("audit refuses bad flags in one sentence with exit 2", "[cli][audit][usage]")
{
    Scratch scratch;
    const QString db = scratch.file(QStringLiteral("a.sqlite")); // refused before it is opened
    const QList<QPair<QStringList, QString>> cases = {
        {{QStringLiteral("--customer"), QStringLiteral("x")},
         QStringLiteral("--customer needs an id")},
        {{QStringLiteral("--ticket"), QStringLiteral("0")}, QStringLiteral("--ticket needs an id")},
        {{QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--ticket"),
          QStringLiteral("1")},
         QStringLiteral("not both")},
        {{QStringLiteral("--from"), QStringLiteral("yesterday")},
         QStringLiteral("--from needs a date")},
        {{QStringLiteral("--from"), QStringLiteral("2026-02-02"), QStringLiteral("--to"),
          QStringLiteral("2026-02-01")},
         QStringLiteral("--to must not be before --from")},
        {{QStringLiteral("--format"), QStringLiteral("xml")},
         QStringLiteral("--format must be csv, json or table")},
        {{QStringLiteral("extra")}, QStringLiteral("one too many")},
    };
    for (const auto& [args, fragment] : cases) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCliOn(db, QStringList{QStringLiteral("audit")} + args);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(fragment));
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("migrate carries the audit log and adds its own entry", "[cli][audit][migrate]")
{
    FilesAsFiles files; // file to file, in the switched run too
    Scratch scratch;
    const QString source = scratch.file(QStringLiteral("a.sqlite"));
    makeDesk(source);
    const QJsonArray before = auditJson(source);
    const QString target = scratch.file(QStringLiteral("b.sqlite"));
    ok(source, {QStringLiteral("migrate"), QStringLiteral("--to"), target});
    const QJsonArray after = auditJson(target);
    REQUIRE(after.size() == before.size() + 1);
    for (qsizetype i = 0; i < before.size(); ++i)
        CHECK(after.at(i) == before.at(i));
    const QJsonObject entry = after.last().toObject();
    CHECK(entry.value(QStringLiteral("action")).toString() == QStringLiteral("bulk"));
    CHECK(entry.value(QStringLiteral("field")).toString() == QStringLiteral("migrate"));
    CHECK(entry.value(QStringLiteral("new_value")).toString().toLongLong() > before.size());
}
