// Hostile text goes in through the command line and comes back out unchanged: quotes, SQL,
// RTL marks, combining characters, spreadsheet formulas, and (through a CSV import, since
// Linux caps one argument at 128 KiB) a 1 MB description. Every statement binds its values,
// so none of it is ever SQL. Names are the exception: one with a control or text-direction
// character, or too long, is refused in one sentence (Validation::nameProblem); free text
// of several lines refuses a bidi override or a control character but tab and line breaks
// (Validation::textProblem), and then keeps the rest; a one-line field (a subject, a company)
// refuses what a name refuses (Validation::lineProblem).
#include "csv/CsvReader.h"
#include "domain/Validation.h"
#include "storage/ContactRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace fd;

namespace {

QString cliOut(const QString& db, QStringList args, int expected = 0)
{
    QProcess p;
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    p.start(QStringLiteral(FUNNELDESK_CLI_PATH), test::cliArguments(args));
    REQUIRE(p.waitForFinished(120000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == expected);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

std::vector<QStringList> rows(const QString& csvPath)
{
    QFile file(csvPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(file, csvPath);
    std::vector<QStringList> result;
    QStringList row;
    while (reader.next(row).value_or(false))
        result.push_back(row);
    return result;
}

} // namespace

TEST_CASE("Hostile text in every field comes back unchanged", "[cli][security]")
{
    const QStringList hostile = {
        QStringLiteral("Robert'); DROP TABLE customer;--"),
        QStringLiteral("\"double\" 'single' `back` \\backslash\\ %percent_ _under_"),
        QString::fromUtf8("\u202Eevil\u202C \u0645\u0631\u062D\u0628\u0627 \u200Fmark"),
        QString::fromUtf8("Zoe\u0308 \U0001F600 e\u0301 \t tab"),
        QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"),
        QStringLiteral("line one\nline two\r\nline three"),
        QString(100 * 1024, QLatin1Char('x')), // 100 KB, under Linux's argument limit
    };
    test::Scratch scratch;
    const QString db = scratch.file(QStringLiteral("h.sqlite"));
    int unnamed = 0;
    int plain = 0;
    QStringList stored; // each text as free text keeps it
    for (const QString& given : hostile) {
        INFO(given.left(60).toStdString());
        qint64 removed = 0;
        const QString text = Validation::withoutRefusedInText(given, removed);
        stored << text;
        if (removed > 0) { // refused as free text: one sentence, exit 1, nothing written
            cliOut(db,
                   {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                    QStringLiteral("Refused"), QStringLiteral("--plan"), given},
                   1);
            cliOut(db,
                   {QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--customer"),
                    QStringLiteral("1"), QStringLiteral("--subject"), given},
                   1);
        }
        // A name refuses a control or text-direction character and more than 200 characters
        // (Validation::nameProblem): one sentence, exit 1, nothing written; the other fields
        // keep the text as it was.
        const bool nameable = Validation::nameProblem(given, QString()).isEmpty();
        const QString name = nameable ? given : QStringLiteral("Hostile %1").arg(++unnamed);
        if (!nameable) {
            cliOut(db,
                   {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                    given},
                   1);
            cliOut(
                db,
                {QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--name"), given},
                1);
        }
        // A one-line field (company, plan, subject, phone, role) refuses a line break, a tab or a
        // direction mark too (Validation::lineProblem): one sentence, exit 1; it then holds plain
        // text.
        const bool oneLine = Validation::lineProblem(text, QString()).isEmpty();
        const QString line = oneLine ? text : QStringLiteral("Plain %1").arg(++plain);
        if (!oneLine)
            cliOut(db,
                   {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                    QStringLiteral("Refused line"), QStringLiteral("--company"), text},
                   1);
        const QString customer =
            cliOut(db, {QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("--name"),
                        name, QStringLiteral("--company"), line, QStringLiteral("--plan"), line});
        const QJsonObject c =
            QJsonDocument::fromJson(
                cliOut(db, {QStringLiteral("show"), QStringLiteral("customer"), customer,
                            QStringLiteral("--format"), QStringLiteral("json")})
                    .toUtf8())
                .object();
        CHECK(c.value(QStringLiteral("name")).toString() == name);
        CHECK(c.value(QStringLiteral("company")).toString() == line);
        CHECK(c.value(QStringLiteral("plan")).toString() == line);

        const QString ticket =
            cliOut(db, {QStringLiteral("add"), QStringLiteral("ticket"),
                        QStringLiteral("--customer"), customer, QStringLiteral("--subject"), line,
                        QStringLiteral("--description"), text});
        const QJsonObject t =
            QJsonDocument::fromJson(
                cliOut(db, {QStringLiteral("show"), QStringLiteral("ticket"), ticket,
                            QStringLiteral("--format"), QStringLiteral("json")})
                    .toUtf8())
                .object();
        CHECK(t.value(QStringLiteral("subject")).toString() == line);
        CHECK(t.value(QStringLiteral("description")).toString() == text);

        if (!nameable)
            cliOut(db,
                   {QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("--customer"),
                    customer, QStringLiteral("--name"), given},
                   1);
        cliOut(db, {QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("--customer"),
                    customer, QStringLiteral("--name"), name, QStringLiteral("--phone"), line,
                    QStringLiteral("--role"), line});
        auto contacts = ContactRepository(*test::openDatabase(db, Database::Access::ReadOnly))
                            .forCustomer(customer.toLongLong());
        REQUIRE(contacts);
        REQUIRE(contacts->size() == 1);
        CHECK(contacts->front().name == name);
        CHECK(contacts->front().phone == line);
        CHECK(contacts->front().role == line);

        cliOut(db, {QStringLiteral("add"), QStringLiteral("touchpoint"),
                    QStringLiteral("--customer"), customer, QStringLiteral("--kind"),
                    QStringLiteral("phone"), QStringLiteral("--summary"), text});
    }
    CHECK(cliOut(db, {QStringLiteral("check")}).startsWith(QStringLiteral("ok")));

    // The export carries them all, formulas neutralised, everything else as it was.
    const QString out = scratch.file(QStringLiteral("touchpoints.csv"));
    cliOut(db,
           {QStringLiteral("export"), QStringLiteral("touchpoints"), QStringLiteral("--out"), out});
    const auto exported = rows(out);
    REQUIRE(exported.size() == static_cast<std::size_t>(stored.size()) + 1);
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const QString summary = exported[static_cast<std::size_t>(i + 1)].at(6);
        CHECK(summary == (stored.at(i).startsWith(QLatin1Char('='))
                              ? QLatin1Char('\'') + stored.at(i)
                              : stored.at(i)));
    }

    SECTION("a 1 MB description, through an import")
    {
        const QString huge = QString(1024 * 1024, QChar(0x00e9)); // 2 MB of UTF-8
        const QString csv = scratch.file(QStringLiteral("big.csv"));
        {
            QFile file(csv);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write("subject,customer_email,description,created_at\r\nBig one,big@example.com,");
            file.write(huge.toUtf8());
            file.write(",2026-03-01 10:00\r\n");
        }
        cliOut(db, {QStringLiteral("import"), QStringLiteral("tickets"), csv});
        const QString tickets = scratch.file(QStringLiteral("tickets.csv"));
        cliOut(db, {QStringLiteral("export"), QStringLiteral("tickets"), QStringLiteral("--out"),
                    tickets});
        const auto back = rows(tickets);
        CHECK(back.back().at(7) == huge);
    }
}
