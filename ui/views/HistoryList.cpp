#include "views/HistoryList.h"

#include "models/Formatting.h"
#include "service/Audit.h"
#include "service/AuditText.h"
#include "views/WrapColumnDelegate.h"

#include <QHeaderView>

#include <algorithm>

namespace fd {

HistoryList::HistoryList(Database& db, QWidget* parent) : QTreeWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("history"));
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setHeaderLabels({tr("When"), tr("Who"), tr("Where"), tr("Change")});
    header()->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    setColumnWidth(0, metrics.horizontalAdvance(
                          shortDateTime(QDateTime(QDate(2026, 12, 28), QTime(20, 48), Qt::UTC))) +
                          metrics.averageCharWidth() * 3);
    // Who as wide as a usual name ("Emma Hansen", "Ann Lee (ann)"); a longer one is cut, whole
    // in its tooltip. The Change beside it is what a rep reads: it gets the rest, and goes on
    // over more lines rather than being cut (review: "Name: Zephy…" in the customer pane at
    // the default window size).
    setColumnWidth(1, metrics.horizontalAdvance(QStringLiteral("Ann Lee (ann)")) +
                          metrics.averageCharWidth() * 2);
    AuditEntry widest; // "Reply on #1000000"
    widest.table = QStringLiteral("ticket_comment");
    widest.ticketId = 1000000;
    setColumnWidth(2, metrics.horizontalAdvance(service::AuditText::where(widest)) +
                          metrics.averageCharWidth() * 2);
    new WrapColumnDelegate(this, {3});
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
    // Agent ids as names; without them (a failed read), "agent #7" (AuditText::value).
    const service::AgentNames names =
        service::Audit(m_db).agentNames().value_or(service::AgentNames());
    QList<QTreeWidgetItem*> items;
    items.reserve(static_cast<qsizetype>(entries->size()));
    for (const AuditEntry& e : *entries) {
        const QString change = oneLine(service::AuditText::change(e, names));
        const QString who = oneLine(service::AuditText::who(e));
        // The customer's own pane need not repeat its id; a ticket's pane lists only its own.
        auto* item =
            new QTreeWidgetItem({shortDateTime(QDateTime::fromSecsSinceEpoch(e.at, Qt::UTC)), who,
                                 service::AuditText::where(e, !m_customerId), change});
        item->setToolTip(1, who);
        item->setToolTip(3, change);
        items << item;
    }
    addTopLevelItems(items);
}

} // namespace fd
