#include "service/AuditText.h"

#include "common/DateTimeText.h"
#include "domain/Enums.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace fd::service {

namespace {

bool is(const QString& text, const char* name)
{
    return text == QLatin1String(name);
}

// The stored columns that hold an agent's id (storage/AuditSchema.cpp's triggers).
bool holdsAgent(const QString& table, const QString& field)
{
    return (is(table, "customer") && is(field, "owner_id")) ||
           (is(table, "ticket") && is(field, "assignee_id")) ||
           (is(table, "ticket_comment") && is(field, "author_agent_id")) ||
           (is(table, "touchpoint") && is(field, "agent_id"));
}

template <typename E> QString enumWords(const QString& stored, QString (*words)(E))
{
    const auto value = enumFromString<E>(stored);
    return value ? words(*value) : stored;
}

QString customerStatusWords(CustomerStatus s)
{
    return s == CustomerStatus::Active ? AuditText::tr("Active") : AuditText::tr("Churned");
}

QString directionWords(Direction d)
{
    return d == Direction::Inbound ? AuditText::tr("Inbound") : AuditText::tr("Outbound");
}

QString roleWords(AgentRole r)
{
    return r == AgentRole::Rep ? AuditText::tr("Rep") : AuditText::tr("Manager");
}

QString commentKindWords(CommentKind k)
{
    return k == CommentKind::PublicReply ? AuditText::tr("Public reply")
                                         : AuditText::tr("Internal note");
}

// An enum column's stored name in its displayed words; empty when the column holds no enum.
QString enumValue(const QString& table, const QString& field, const QString& stored)
{
    if (is(field, "stage"))
        return enumWords<Stage>(stored, &displayName);
    if (is(field, "status"))
        return is(table, "customer") ? enumWords<CustomerStatus>(stored, &customerStatusWords)
                                     : enumWords<TicketStatus>(stored, &displayName);
    if (is(field, "priority"))
        return enumWords<Priority>(stored, &displayName);
    if (is(field, "category"))
        return enumWords<Category>(stored, &displayName);
    if (is(field, "channel") || (is(table, "touchpoint") && is(field, "kind")))
        return enumWords<TouchpointKind>(stored, &displayName);
    if (is(table, "ticket_comment") && is(field, "kind"))
        return enumWords<CommentKind>(stored, &commentKindWords);
    if (is(field, "direction"))
        return enumWords<Direction>(stored, &directionWords);
    if (is(table, "agent") && is(field, "role"))
        return enumWords<AgentRole>(stored, &roleWords);
    return {};
}

// What an added or removed row's entry holds: its name, subject, title, kind or text.
QString identifyingField(const QString& table)
{
    if (is(table, "touchpoint") || is(table, "ticket_comment"))
        return is(table, "touchpoint") ? QStringLiteral("kind") : QStringLiteral("body");
    return QStringLiteral("name");
}

QString operationWords(const QString& operation)
{
    if (is(operation, "import"))
        return AuditText::tr("Import");
    if (is(operation, "generate"))
        return AuditText::tr("Demo data");
    if (is(operation, "migrate"))
        return AuditText::tr("Migration");
    if (is(operation, "recompute stages"))
        return AuditText::tr("Stage recompute");
    return operation;
}

// A paused transaction's note of what went unlogged (016_audit_pause.sql: "ticket delete,
// customer insert") in words: "tickets removed, customers added". A pair not known, as stored.
QString skippedWords(const QString& stored)
{
    static const QHash<QString, const char*> kTables = {
        {QStringLiteral("agent"), QT_TRANSLATE_NOOP("fd::service::AuditText", "agents")},
        {QStringLiteral("customer"), QT_TRANSLATE_NOOP("fd::service::AuditText", "customers")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("fd::service::AuditText", "contacts")},
        {QStringLiteral("ticket"), QT_TRANSLATE_NOOP("fd::service::AuditText", "tickets")},
        {QStringLiteral("ticket_comment"), QT_TRANSLATE_NOOP("fd::service::AuditText", "replies")},
        {QStringLiteral("canned_reply"),
         QT_TRANSLATE_NOOP("fd::service::AuditText", "canned replies")},
        {QStringLiteral("touchpoint"), QT_TRANSLATE_NOOP("fd::service::AuditText", "touchpoints")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("fd::service::AuditText", "settings")},
    };
    QStringList words;
    for (const QString& pair : stored.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        const QString table = pair.section(QLatin1Char(' '), 0, 0);
        const QString action = pair.section(QLatin1Char(' '), 1);
        const auto label = kTables.constFind(table);
        if (label == kTables.constEnd()) {
            words << pair;
            continue;
        }
        const QString what = AuditText::tr(label.value());
        if (is(action, "insert"))
            words << AuditText::tr("%1 added").arg(what);
        else if (is(action, "update"))
            words << AuditText::tr("%1 changed").arg(what);
        else if (is(action, "delete"))
            words << AuditText::tr("%1 removed").arg(what);
        else
            words << pair;
    }
    return words.join(QStringLiteral(", "));
}

} // namespace

QString AuditText::fieldLabel(const QString& table, const QString& field)
{
    static const QHash<QString, const char*> kLabels = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("company"), QT_TR_NOOP("Company")},
        {QStringLiteral("plan"), QT_TR_NOOP("Plan")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("since"), QT_TR_NOOP("First sale")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("stage_pinned"), QT_TR_NOOP("Pinned")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("customer_id"), QT_TR_NOOP("Customer")},
        {QStringLiteral("contact_id"), QT_TR_NOOP("Contact")},
        {QStringLiteral("ticket_id"), QT_TR_NOOP("Ticket")},
        {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("assignee_id"), QT_TR_NOOP("Assignee")},
        {QStringLiteral("csat"), QT_TR_NOOP("CSAT")},
        {QStringLiteral("external_ref"), QT_TR_NOOP("External reference")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("author_agent_id"), QT_TR_NOOP("Author")},
        {QStringLiteral("at"), QT_TR_NOOP("When")},
        {QStringLiteral("occurred_at"), QT_TR_NOOP("When")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("direction"), QT_TR_NOOP("Direction")},
        {QStringLiteral("agent_id"), QT_TR_NOOP("Agent")},
        {QStringLiteral("summary"), QT_TR_NOOP("Summary")},
        {QStringLiteral("score"), QT_TR_NOOP("Survey score")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
    };
    if (is(table, "settings") || is(table, "*"))
        return field;
    const auto label = kLabels.constFind(field);
    return label == kLabels.constEnd() ? field : tr(*label);
}

QString AuditText::value(const QString& table, const QString& field, const QString& stored,
                         const AgentNames& names)
{
    if (stored.isEmpty())
        return tr("(empty)");
    bool isNumber = false;
    const qint64 number = stored.toLongLong(&isNumber);
    if (holdsAgent(table, field))
        return isNumber && names.contains(number) ? names.value(number)
                                                  : tr("agent #%1").arg(stored);
    if (is(field, "stage_pinned") || (is(table, "agent") && is(field, "active")))
        return stored == QLatin1String("0") ? tr("No") : tr("Yes");
    if (isNumber && (is(field, "occurred_at") || (is(table, "ticket_comment") && is(field, "at"))))
        return formatLocalDateTime(QDateTime::fromSecsSinceEpoch(number, Qt::UTC));
    if (is(field, "customer_id") || is(field, "contact_id") || is(field, "ticket_id"))
        return QStringLiteral("#%1").arg(stored);
    if (QString words = enumValue(table, field, stored); !words.isEmpty())
        return words;
    QString text = stored;
    text.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString AuditText::change(const AuditEntry& e, const AgentNames& names)
{
    const bool settings = is(e.table, "settings");
    if (is(e.action, "insert"))
        return settings
                   ? tr("%1 set to %2").arg(e.field, value(e.table, e.field, e.newValue, names))
                   : tr("Added: %1")
                         .arg(value(e.table, identifyingField(e.table), e.newValue, names));
    if (is(e.action, "delete"))
        return settings ? tr("%1 removed (was %2)")
                              .arg(e.field, value(e.table, e.field, e.oldValue, names))
                        : tr("Removed: %1")
                              .arg(value(e.table, identifyingField(e.table), e.oldValue, names));
    if (is(e.action, "bulk")) {
        const qint64 rows = e.newValue.toLongLong();
        QString done = is(e.field, "pause")
                           ? tr("Audit log paused")
                           : (rows == 1 ? tr("%1: %2 row") : tr("%1: %2 rows"))
                                 .arg(operationWords(e.field), QLocale().toString(rows));
        if (e.oldValue.isEmpty())
            return done;
        return tr("%1; not logged one by one: %2").arg(done, skippedWords(e.oldValue));
    }
    return tr("%1: %2 → %3")
        .arg(fieldLabel(e.table, e.field), value(e.table, e.field, e.oldValue, names),
             value(e.table, e.field, e.newValue, names));
}

QString AuditText::who(const AuditEntry& e)
{
    QString name = e.agentName;
    if (name.isNull() && e.agentId)
        name = tr("agent #%1").arg(*e.agentId); // removed since
    if (!e.login.isEmpty() && name.compare(e.login, Qt::CaseInsensitive) != 0)
        return name.isEmpty() ? e.login : tr("%1 (%2)").arg(name, e.login);
    if (!name.isEmpty())
        return name;
    return is(e.action, "bulk") ? tr("(unknown — bulk load)") : tr("(unknown)");
}

QString AuditText::where(const AuditEntry& e, bool withCustomerId)
{
    if (is(e.action, "bulk")) // one entry for many rows
        return is(e.table, "customer")     ? tr("Customers")
               : is(e.table, "ticket")     ? tr("Tickets")
               : is(e.table, "touchpoint") ? tr("Touchpoints")
                                           : tr("Every table");
    const QString id = e.rowId ? QString::number(*e.rowId) : QString();
    if (is(e.table, "customer"))
        return withCustomerId ? tr("Customer #%1").arg(id) : tr("Customer");
    if (is(e.table, "ticket"))
        return tr("Ticket #%1").arg(id);
    if (is(e.table, "ticket_comment"))
        return tr("Reply on #%1").arg(e.ticketId ? QString::number(*e.ticketId) : QString());
    if (is(e.table, "touchpoint"))
        return tr("Touchpoint #%1").arg(id);
    if (is(e.table, "contact"))
        return tr("Contact #%1").arg(id);
    if (is(e.table, "agent"))
        return tr("Agent #%1").arg(id);
    if (is(e.table, "canned_reply"))
        return tr("Canned reply #%1").arg(id);
    if (is(e.table, "settings"))
        return tr("Settings");
    return e.table;
}

} // namespace fd::service
