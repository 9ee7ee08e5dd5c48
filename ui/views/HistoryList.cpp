#include "views/HistoryList.h"

#include "models/Formatting.h"
#include "service/Audit.h"

#include <QHeaderView>

namespace fd {

namespace {

// Which row an entry is about, for people: "Customer", "Ticket #12", "Reply on #12", …
QString place(const AuditEntry& e)
{
    const QString id = e.rowId ? QString::number(*e.rowId) : QString();
    if (e.table == QLatin1String("customer"))
        return HistoryList::tr("Customer");
    if (e.table == QLatin1String("ticket"))
        return HistoryList::tr("Ticket #%1").arg(id);
    if (e.table == QLatin1String("ticket_comment"))
        return HistoryList::tr("Reply on #%1").arg(e.ticketId ? QString::number(*e.ticketId) : QString());
    if (e.table == QLatin1String("touchpoint"))
        return HistoryList::tr("Touchpoint #%1").arg(id);
    if (e.table == QLatin1String("contact"))
        return HistoryList::tr("Contact #%1").arg(id);
    return e.table;
}

} // namespace

HistoryList::HistoryList(Database& db, QWidget* parent) : QTreeWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("history"));
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setHeaderLabels({tr("When"), tr("Who"), tr("Where"), tr("Change")});
    header()->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    setColumnWidth(0, metrics.horizontalAdvance(shortDateTime(QDateTime(QDate(2026, 12, 28), QTime(20, 48), Qt::UTC))) +
                          metrics.averageCharWidth() * 3);
    setColumnWidth(1, metrics.averageCharWidth() * 14);
    setColumnWidth(2, metrics.horizontalAdvance(tr("Reply on #%1").arg(1000000)) + metrics.averageCharWidth() * 2);
}

void HistoryList::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_ticketId.reset();
    reload();
}

void HistoryList::setTicket(qint64 ticketId)
{
    m_ticketId = ticketId;
    m_customerId.reset();
    reload();
}

void HistoryList::reload()
{
    m_stale = true;
    if (isVisible())
        fill();
}

void HistoryList::showEvent(QShowEvent* event)
{
    QTreeWidget::showEvent(event);
    if (m_stale)
        fill();
}

void HistoryList::fill()
{
    m_stale = false;
    clear();
    if (!m_customerId && !m_ticketId)
        return;
    service::Audit::Query query;
    query.customerId = m_customerId;
    query.ticketId = m_ticketId;
    query.newestFirst = true;
    query.limit = kLimit;
    auto entries = service::Audit(m_db).list(query);
    if (!entries) {
        auto* item = new QTreeWidgetItem(this, {QString(), QString(), QString(), entries.error()});
        item->setToolTip(3, entries.error());
        return;
    }
    QList<QTreeWidgetItem*> items;
    items.reserve(static_cast<qsizetype>(entries->size()));
    for (const AuditEntry& e : *entries) {
        const QString change = service::Audit::describe(e);
        auto* item = new QTreeWidgetItem({shortDateTime(QDateTime::fromSecsSinceEpoch(e.at, Qt::UTC)),
                                          service::Audit::who(e), place(e), change});
        item->setToolTip(3, change);
        items << item;
    }
    addTopLevelItems(items);
}

} // namespace fd
