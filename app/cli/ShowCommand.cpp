#include "CliContext.h"
#include "Commands.h"

#include "common/Clock.h"
#include "common/DateTimeText.h"
#include "common/VisibleText.h"
#include "service/Customers.h"
#include "service/Team.h"
#include "service/Tickets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd::cli {

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isNull() ? QJsonValue() : QJsonValue(text);
}

QJsonValue orNull(const QDateTime& utc)
{
    return utc.isValid() ? QJsonValue(formatLocalDateTime(utc)) : QJsonValue();
}

QString agentName(Database& db, const std::optional<qint64>& id)
{
    if (!id)
        return {};
    auto agent = Team(db).find(*id);
    return agent && *agent ? (*agent)->name : QString();
}

// JSON escapes its own way: its bytes as they are, not through out()'s visible text (on a
// terminal writeOutput shows a bidi override in it visibly all the same).
int printJson(CliContext& context, const QJsonObject& object)
{
    return context.writeOutput(QStringLiteral("-"), [&](QIODevice& device) -> Status {
        device.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return {};
    });
}

// Prints a JSON object as aligned "key  value" lines, each value on its one line as
// visibleCell shows it (a line break as “␊”, a tab as “␉”).
void printTable(QTextStream& out, const QJsonObject& object, const QStringList& order)
{
    qsizetype width = 0;
    for (const QString& key : order)
        width = std::max(width, key.size());
    for (const QString& key : order) {
        const QJsonValue value = object.value(key);
        QString text;
        if (value.isBool())
            text = value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        else if (value.isDouble())
            text = QString::number(value.toInteger());
        else if (!value.isNull() && !value.isArray())
            text = value.toString();
        else if (value.isNull())
            text = QStringLiteral("—");
        else
            continue;
        out << key.leftJustified(width + 2) << visibleCell(text) << '\n';
    }
}

int showCustomer(CliContext& context, Database& db, qint64 id, bool json)
{
    Customers customers(db, Clock::system());
    auto found = customers.find(id);
    if (!found)
        return context.fail(found.error());
    if (!*found)
        return context.fail(CliContext::tr("There is no customer with id %1.").arg(id));
    const Customer& c = **found;
    auto activity = customers.activity(id);
    if (!activity)
        return context.fail(activity.error());
    auto history = customers.moves(id);
    if (!history)
        return context.fail(history.error());

    QJsonObject o;
    o[QStringLiteral("id")] = c.id;
    o[QStringLiteral("name")] = c.name;
    o[QStringLiteral("email")] = orNull(c.email);
    o[QStringLiteral("company")] = orNull(c.company);
    o[QStringLiteral("plan")] = orNull(c.plan);
    o[QStringLiteral("owner")] = orNull(agentName(db, c.ownerId));
    o[QStringLiteral("since")] = formatDate(c.since);
    o[QStringLiteral("status")] = toString(c.status);
    o[QStringLiteral("stage")] = toString(c.stage);
    o[QStringLiteral("stage_entered_at")] = orNull(c.stageEnteredAt);
    o[QStringLiteral("pinned")] = c.stagePinned;
    o[QStringLiteral("stage_reason")] =
        history->empty() ? QJsonValue() : QJsonValue(history->back().reason);
    o[QStringLiteral("contacts")] = activity->contacts;
    o[QStringLiteral("tickets")] = activity->tickets;
    o[QStringLiteral("open_tickets")] = activity->openTickets;
    o[QStringLiteral("touchpoints")] = activity->touchpoints;
    o[QStringLiteral("last_touch_at")] = orNull(activity->lastTouchAt);
    o[QStringLiteral("tags")] = orNull(c.tags);
    o[QStringLiteral("notes")] = orNull(c.notes);
    if (json)
        return printJson(context, o);
    printTable(context.out(), o,
               {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"),
                QStringLiteral("company"), QStringLiteral("plan"), QStringLiteral("owner"),
                QStringLiteral("since"), QStringLiteral("status"), QStringLiteral("stage"),
                QStringLiteral("stage_entered_at"), QStringLiteral("pinned"),
                QStringLiteral("stage_reason"), QStringLiteral("contacts"),
                QStringLiteral("tickets"), QStringLiteral("open_tickets"),
                QStringLiteral("touchpoints"), QStringLiteral("last_touch_at"),
                QStringLiteral("tags"), QStringLiteral("notes")});
    context.out().flush();
    return Success;
}

QString stateName(SlaClock::State state)
{
    switch (state) {
    case SlaClock::State::Running:
        return QStringLiteral("running");
    case SlaClock::State::Paused:
        return QStringLiteral("paused");
    case SlaClock::State::Met:
        return QStringLiteral("met");
    case SlaClock::State::Breached:
        return QStringLiteral("breached");
    }
    return {};
}

// The ticket's two SLA clocks now (domain/Sla.h): state, target in hours, due time and
// breach time (the recorded one, else the moment the target passed), and the pause.
void addSla(QJsonObject& o, const Ticket& t, const SlaTargets& targets, const QDateTime& now)
{
    const SlaStatus sla = Sla::evaluate(t, targets, now);
    const auto clock = [&](const QString& name, const SlaClock& c, qint64 targetSecs) {
        o[name + QStringLiteral("_sla")] = stateName(c.state);
        o[name + QStringLiteral("_target_hours")] = targetSecs / 3600;
        o[name + QStringLiteral("_due_at")] = orNull(c.due);
        o[name + QStringLiteral("_breached_at")] = orNull(c.breachedAt);
    };
    clock(QStringLiteral("first_response"), sla.firstResponse,
          targets.firstResponseSecs(t.priority));
    clock(QStringLiteral("resolution"), sla.resolution, targets.resolutionSecs(t.priority));
    o[QStringLiteral("resolution_paused_since")] = orNull(t.slaPausedSince);
    o[QStringLiteral("resolution_paused_secs")] = t.slaPausedSecs;
}

QStringList slaKeys()
{
    return {
        QStringLiteral("first_response_sla"),      QStringLiteral("first_response_target_hours"),
        QStringLiteral("first_response_due_at"),   QStringLiteral("first_response_breached_at"),
        QStringLiteral("resolution_sla"),          QStringLiteral("resolution_target_hours"),
        QStringLiteral("resolution_due_at"),       QStringLiteral("resolution_breached_at"),
        QStringLiteral("resolution_paused_since"), QStringLiteral("resolution_paused_secs")};
}

int showTicket(CliContext& context, Database& db, qint64 id, bool json)
{
    Tickets tickets(db, Clock::system());
    auto found = tickets.find(id);
    if (!found)
        return context.fail(found.error());
    if (!*found)
        return context.fail(CliContext::tr("There is no ticket with id %1.").arg(id));
    const Ticket& t = **found;
    auto thread = tickets.thread(id);
    if (!thread)
        return context.fail(thread.error());
    auto customer = Customers(db, Clock::system()).find(t.customerId);
    auto targets = tickets.slaTargets();
    if (!targets)
        return context.fail(targets.error());

    QJsonObject o;
    o[QStringLiteral("id")] = t.id;
    o[QStringLiteral("customer_id")] = t.customerId;
    o[QStringLiteral("customer")] =
        customer && *customer ? QJsonValue((*customer)->name) : QJsonValue();
    o[QStringLiteral("subject")] = t.subject;
    o[QStringLiteral("description")] = orNull(t.description);
    o[QStringLiteral("status")] = toString(t.status);
    o[QStringLiteral("priority")] = toString(t.priority);
    o[QStringLiteral("channel")] = toString(t.channel);
    o[QStringLiteral("category")] = toString(t.category);
    o[QStringLiteral("assignee")] = orNull(agentName(db, t.assigneeId));
    o[QStringLiteral("created_at")] = orNull(t.createdAt);
    o[QStringLiteral("first_response_at")] = orNull(t.firstResponseAt);
    o[QStringLiteral("solved_at")] = orNull(t.solvedAt);
    o[QStringLiteral("csat")] = t.csat ? QJsonValue(*t.csat) : QJsonValue();
    o[QStringLiteral("tags")] = orNull(t.tags);
    o[QStringLiteral("external_ref")] = orNull(t.externalRef);
    addSla(o, t, *targets, QDateTime::currentDateTimeUtc());
    QJsonArray comments;
    for (const TicketComment& c : *thread) {
        QJsonObject entry;
        entry[QStringLiteral("kind")] = toString(c.kind);
        entry[QStringLiteral("author")] = c.authorAgentId
                                              ? QJsonValue(agentName(db, c.authorAgentId))
                                              : QJsonValue(QStringLiteral("customer"));
        entry[QStringLiteral("at")] = orNull(c.at);
        entry[QStringLiteral("body")] = c.body;
        comments.append(entry);
    }
    o[QStringLiteral("comments")] = comments;
    if (json)
        return printJson(context, o);
    printTable(context.out(), o,
               QStringList{QStringLiteral("id"), QStringLiteral("customer_id"),
                           QStringLiteral("customer"), QStringLiteral("subject"),
                           QStringLiteral("description"), QStringLiteral("status"),
                           QStringLiteral("priority"), QStringLiteral("channel"),
                           QStringLiteral("category"), QStringLiteral("assignee"),
                           QStringLiteral("created_at"), QStringLiteral("first_response_at"),
                           QStringLiteral("solved_at"), QStringLiteral("csat"),
                           QStringLiteral("tags"), QStringLiteral("external_ref")} +
                   slaKeys());
    // Each entry: a heading line, then the body's lines indented, so that no line of a body
    // reads as another entry's heading.
    for (const TicketComment& c : *thread) {
        context.out() << '\n'
                      << formatLocalDateTime(c.at) << "  " << toString(c.kind) << "  "
                      << visibleCell(c.authorAgentId ? agentName(db, c.authorAgentId)
                                                     : CliContext::tr("customer"))
                      << '\n';
        for (const QString& line : QString(c.body)
                                       .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                       .split(QLatin1Char('\n')))
            context.out() << "    " << visibleCell(line) << '\n';
    }
    context.out().flush();
    return Success;
}

} // namespace

int show(CliContext& context)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("what"), CliContext::tr("customer or ticket"));
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("its id"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    CliContext::tr("json or table (default)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOption(format);
    if (auto stop =
            context.parse(parser, QStringLiteral("show customer|ticket ID [--format json|table]")))
        return *stop;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usage(CliContext::tr("show needs what and an id, e.g. “show customer 42”."));
    const QString& what = args.at(0);
    if (what != QLatin1String("customer") && what != QLatin1String("ticket"))
        return context.usage(
            CliContext::tr("Cannot show “%1”: choose customer or ticket.").arg(what));
    bool ok = false;
    const qint64 id = args.at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return context.usage(
            CliContext::tr("“%1” is not an id (a positive whole number).").arg(args.at(1)));
    const QString style = parser.value(format);
    if (style != QLatin1String("json") && style != QLatin1String("table"))
        return context.usage(
            CliContext::tr("--format must be json or table, not “%1”.").arg(style));

    auto db = context.open(Session::Access::ReadOnly, CliContext::Reads::Few);
    if (!db)
        return UserError;
    const bool json = style == QLatin1String("json");
    return what == QLatin1String("customer") ? showCustomer(context, *db, id, json)
                                             : showTicket(context, *db, id, json);
}

} // namespace fd::cli
