#include "service/Audit.h"

#include "storage/AuditLog.h"

#include <QLocale>
#include <QTime>

namespace fd::service {

Result<std::vector<AuditEntry>> Audit::list(const Query& query)
{
    if (query.customerId && query.ticketId)
        return failure(tr("Name a customer or a ticket, not both."));
    if (query.from.isValid() && query.to.isValid() && query.to < query.from)
        return failure(tr("The last day (%1) is before the first (%2).")
                           .arg(query.to.toString(Qt::ISODate), query.from.toString(Qt::ISODate)));
    AuditFilter filter;
    filter.customerId = query.customerId;
    filter.ticketId = query.ticketId;
    if (query.from.isValid())
        filter.fromUtc = query.from.startOfDay().toSecsSinceEpoch();
    if (query.to.isValid())
        filter.untilUtc = query.to.addDays(1).startOfDay().toSecsSinceEpoch(); // the day is inclusive
    filter.newestFirst = query.newestFirst;
    filter.limit = query.limit;
    return AuditLog(m_db).list(filter);
}

QString Audit::describe(const AuditEntry& e)
{
    const auto shown = [](const QString& value) { return value.isNull() ? tr("(empty)") : value; };
    if (e.action == QLatin1String("insert"))
        return e.table == QLatin1String("settings") ? tr("%1 set to %2").arg(e.field, shown(e.newValue))
                                                     : tr("added: %1").arg(shown(e.newValue));
    if (e.action == QLatin1String("delete"))
        return e.table == QLatin1String("settings") ? tr("%1 removed (was %2)").arg(e.field, shown(e.oldValue))
                                                     : tr("removed: %1").arg(shown(e.oldValue));
    if (e.action == QLatin1String("bulk"))
        return tr("%1: %2 rows").arg(e.field, QLocale().toString(e.newValue.toLongLong()));
    return tr("%1: %2 → %3").arg(e.field, shown(e.oldValue), shown(e.newValue));
}

QString Audit::who(const AuditEntry& e)
{
    QString name;
    if (!e.agentName.isNull())
        name = e.agentName;
    else if (e.agentId)
        name = tr("agent #%1").arg(*e.agentId);
    if (!e.login.isNull())
        return name.isEmpty() ? e.login : tr("%1 (%2)").arg(name, e.login);
    return name.isEmpty() ? QStringLiteral("—") : name;
}

} // namespace fd::service
