#include "service/Conflicts.h"

#include "common/DateTimeText.h"
#include "common/Quoted.h"
#include "domain/Enums.h"
#include "storage/AgentRepository.h"
#include "storage/ContactRepository.h"

namespace fd {

namespace {

// “Printer on fire”: a text as a value, cut after 40 characters.
QString shortQuoted(const QString& text)
{
    constexpr int kLongest = 40;
    const QString simple = text.simplified();
    const QString shown =
        simple.size() > kLongest ? simple.left(kLongest).trimmed() + QChar(0x2026) : simple;
    return quoted(shown);
}

QString arrow(const QString& field, const QString& value)
{
    return field + QStringLiteral(" → ") + value;
}

QString agentName(Database& db, const std::optional<qint64>& id)
{
    if (!id)
        return {};
    auto agent = AgentRepository(db).find(*id);
    return agent && *agent ? (*agent)->name : QString();
}

} // namespace

QStringList Conflicts::changes(Database& db, const Ticket& opened, const Ticket& now)
{
    QStringList out;
    if (opened.status != now.status)
        out << arrow(tr("status"), displayName(now.status));
    if (opened.priority != now.priority)
        out << arrow(tr("priority"), displayName(now.priority));
    if (opened.assigneeId != now.assigneeId) {
        const QString name = agentName(db, now.assigneeId);
        out << arrow(tr("assignee"), !now.assigneeId  ? tr("unassigned")
                                     : name.isEmpty() ? tr("agent %1").arg(*now.assigneeId)
                                                      : name);
    }
    if (opened.category != now.category)
        out << arrow(tr("category"), displayName(now.category));
    if (opened.csat != now.csat)
        out << arrow(tr("CSAT"), now.csat ? QString::number(*now.csat) : tr("not rated"));
    if (opened.subject != now.subject)
        out << arrow(tr("subject"), shortQuoted(now.subject));
    if (opened.description != now.description)
        out << arrow(tr("description"), shortQuoted(now.description));
    if (opened.contactId != now.contactId) {
        QString name = tr("none");
        if (now.contactId) {
            name = tr("contact %1").arg(*now.contactId);
            if (auto contacts = ContactRepository(db).forCustomer(now.customerId)) {
                for (const Contact& c : *contacts) {
                    if (c.id == *now.contactId)
                        name = c.name;
                }
            }
        }
        out << arrow(tr("contact"), name);
    }
    if (opened.tags != now.tags)
        out << arrow(tr("tags"), shortQuoted(now.tags));
    return out;
}

QStringList Conflicts::changes(Database& db, const Customer& opened, const Customer& now)
{
    QStringList out;
    if (opened.name != now.name)
        out << arrow(tr("name"), shortQuoted(now.name));
    if (opened.email != now.email)
        out << arrow(tr("email"), shortQuoted(now.email));
    if (opened.company != now.company)
        out << arrow(tr("company"), shortQuoted(now.company));
    if (opened.plan != now.plan)
        out << arrow(tr("plan"), shortQuoted(now.plan));
    if (opened.ownerId != now.ownerId) {
        const QString name = agentName(db, now.ownerId);
        out << arrow(tr("owner"), !now.ownerId     ? tr("nobody")
                                  : name.isEmpty() ? tr("agent %1").arg(*now.ownerId)
                                                   : name);
    }
    if (opened.since != now.since)
        out << arrow(tr("customer since"), formatDate(now.since));
    if (opened.status != now.status)
        out << arrow(tr("status"),
                     now.status == CustomerStatus::Churned ? tr("churned") : tr("active"));
    if (opened.tags != now.tags)
        out << arrow(tr("tags"), shortQuoted(now.tags));
    if (opened.notes != now.notes)
        out << arrow(tr("notes"), shortQuoted(now.notes));
    return out;
}

QStringList Conflicts::changes(const CannedReply& opened, const CannedReply& now)
{
    QStringList out;
    if (opened.title != now.title)
        out << arrow(tr("title"), shortQuoted(now.title));
    if (opened.body != now.body)
        out << arrow(tr("text"), shortQuoted(now.body));
    return out;
}

Error Conflicts::sentence(Database& db, const QString& row, const RowVersion& now,
                          const QStringList& changes, const QDateTime& today)
{
    QString who = agentName(db, now.changedBy);
    if (who.isEmpty())
        who = tr("someone else");
    QString when;
    if (now.changedAt.isValid()) {
        const QDateTime local = now.changedAt.toLocalTime();
        const bool sameDay = today.isValid() && local.date() == today.toLocalTime().date();
        when =
            local.toString(sameDay ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    const QString what = changes.isEmpty()
                             ? QString()
                             : QStringLiteral(" (%1)").arg(changes.join(QStringLiteral(", ")));
    const QString text =
        when.isEmpty()
            ? tr("%1 was changed by %2%3 after you opened it; your change was not saved.")
                  .arg(row, who, what)
            : tr("%1 was changed by %2 at %3%4 after you opened it; your change was not saved.")
                  .arg(row, who, when, what);
    return Error(text, Error::Kind::Conflict);
}

} // namespace fd
