// `funneldesk-cli audit [--customer ID | --ticket ID] [--from DATE] [--to DATE] [--format
// csv|json|table]` (issue 17, "Audit log, on both backends"): the audit log, oldest first, through
// service::Audit. Days are local (PRODUCT.md's CLI conventions), --to included; an id that
// names no customer or ticket now still lists its entries (a removed row's history).
// CSV and JSON keep the stored values (column names, enum names, agent ids: what a script
// compares), shown visibly when they go to a terminal (CliContext::writeOutput); the table is
// for people, in the History tab's words (service::AuditText).
#include "CliContext.h"
#include "Commands.h"

#include "common/DateTimeText.h"
#include "common/VisibleText.h"
#include "csv/CsvWriter.h"
#include "service/Audit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd::cli {

namespace {

const QStringList kColumns = {
    QStringLiteral("id"),        QStringLiteral("at"),     QStringLiteral("agent_id"),
    QStringLiteral("agent"),     QStringLiteral("login"),  QStringLiteral("action"),
    QStringLiteral("table"),     QStringLiteral("row_id"), QStringLiteral("customer_id"),
    QStringLiteral("ticket_id"), QStringLiteral("field"),  QStringLiteral("old_value"),
    QStringLiteral("new_value"),
};

// The entry's cells in kColumns' order: `at` as local YYYY-MM-DD HH:MM:SS, NULL as null.
QList<QJsonValue> cells(const AuditEntry& e)
{
    const auto id = [](const std::optional<qint64>& v) {
        return v ? QJsonValue(*v) : QJsonValue();
    };
    const auto text = [](const QString& v) { return v.isNull() ? QJsonValue() : QJsonValue(v); };
    return {QJsonValue(e.id), formatLocalDateTime(QDateTime::fromSecsSinceEpoch(e.at, Qt::UTC)),
            id(e.agentId),    text(e.agentName),
            text(e.login),    e.action,
            e.table,          id(e.rowId),
            id(e.customerId), id(e.ticketId),
            text(e.field),    text(e.oldValue),
            text(e.newValue)};
}

Status write(QIODevice& device, const std::vector<AuditEntry>& entries, bool json)
{
    if (json) {
        QJsonArray all;
        for (const AuditEntry& e : entries) {
            const QList<QJsonValue> values = cells(e);
            QJsonObject o;
            for (qsizetype c = 0; c < kColumns.size(); ++c)
                o[kColumns.at(c)] = values.at(c);
            all.append(o);
        }
        device.write(QJsonDocument(all).toJson(QJsonDocument::Indented));
        return {};
    }
    CsvWriter csv(device);
    csv.writeRow(kColumns);
    for (const AuditEntry& e : entries) {
        QStringList row;
        for (const QJsonValue& value : cells(e))
            row << (value.isDouble() ? QString::number(value.toInteger()) : value.toString());
        csv.writeRow(row);
    }
    return {};
}

// When, who, which row and the change, in aligned columns, as the History tab words them;
// each cell on one line as visibleCell shows it.
void printTable(QTextStream& out, const std::vector<AuditEntry>& entries,
                const service::AgentNames& names)
{
    QList<QStringList> rows{{CliContext::tr("When"), CliContext::tr("Who"), CliContext::tr("Where"),
                             CliContext::tr("Change")}};
    for (const AuditEntry& e : entries)
        rows.append({formatLocalDateTime(QDateTime::fromSecsSinceEpoch(e.at, Qt::UTC)),
                     visibleCell(service::AuditText::who(e)),
                     visibleCell(service::AuditText::where(e)),
                     visibleCell(service::AuditText::change(e, names))});
    qsizetype widths[3] = {0, 0, 0};
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < 3; ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < 3; ++c)
            out << row.at(c).leftJustified(widths[c] + 2);
        out << row.at(3) << '\n';
    }
    out.flush();
}

// --customer or --ticket: a positive whole number, or the exit code of bad usage.
std::optional<int> readId(CliContext& context, const QCommandLineParser& parser, const char* name,
                          std::optional<qint64>& id)
{
    const QString option = QString::fromLatin1(name);
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value <= 0)
        return context.usage(CliContext::tr("--%1 needs an id (a positive whole number), not “%2”.")
                                 .arg(option, parser.value(option)));
    id = value;
    return std::nullopt;
}

} // namespace

int audit(CliContext& context)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption customer(
        QStringLiteral("customer"),
        CliContext::tr(
            "Only this customer's entries (its tickets, contacts, touchpoints and replies too)."),
        QStringLiteral("ID"));
    const QCommandLineOption ticket(
        QStringLiteral("ticket"),
        CliContext::tr("Only this ticket's entries (its replies and touchpoints too)."),
        QStringLiteral("ID"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CliContext::tr("From this day on (local)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                CliContext::tr("Up to and including this day (local)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        CliContext::tr("csv (default), json, or table: for people, with labels, agent names "
                       "and local times (csv and json keep the stored values)."),
        QStringLiteral("FORMAT"));
    parser.addOptions({customer, ticket, from, to, format});
    if (auto stop = context.parse(
            parser, QStringLiteral("audit [--customer ID | --ticket ID] [--from DATE] [--to DATE] "
                                   "[--format csv|json|table]")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            CliContext::tr("audit takes no arguments besides its options (“%1” is one too many).")
                .arg(parser.positionalArguments().constFirst()));
    service::Audit::Query query;
    if (auto stop = readId(context, parser, "customer", query.customerId))
        return *stop;
    if (auto stop = readId(context, parser, "ticket", query.ticketId))
        return *stop;
    if (query.customerId && query.ticketId)
        return context.usage(CliContext::tr("audit takes --customer or --ticket, not both."));
    if (parser.isSet(from)) {
        query.from = parseDate(parser.value(from));
        if (!query.from.isValid())
            return context.usage(CliContext::tr("--from needs a date as YYYY-MM-DD."));
    }
    if (parser.isSet(to)) {
        query.to = parseDate(parser.value(to));
        if (!query.to.isValid())
            return context.usage(CliContext::tr("--to needs a date as YYYY-MM-DD."));
    }
    if (query.from.isValid() && query.to.isValid() && query.to < query.from)
        return context.usage(CliContext::tr("--to must not be before --from."));
    const QString kind =
        parser.value(format).isEmpty() ? QStringLiteral("csv") : parser.value(format);
    if (kind != QLatin1String("csv") && kind != QLatin1String("json") &&
        kind != QLatin1String("table"))
        return context.usage(CliContext::tr("--format must be csv, json or table."));

    auto db = context.open(Session::Access::ReadOnly, CliContext::Reads::Few);
    if (!db)
        return UserError;
    auto entries = service::Audit(*db).list(query);
    if (!entries)
        return context.fail(entries.error());
    if (kind == QLatin1String("table")) {
        auto names = service::Audit(*db).agentNames();
        if (!names)
            return context.fail(names.error());
        printTable(context.out(), *entries, *names);
        return Success;
    }
    return context.writeOutput(QStringLiteral("-"), [&](QIODevice& device) {
        return write(device, *entries, kind == QLatin1String("json"));
    });
}

} // namespace fd::cli
