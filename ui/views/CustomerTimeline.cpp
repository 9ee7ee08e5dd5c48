// The customer pane's timeline (CustomerDetail.h): its tickets, touchpoints and stage moves,
// in columns sized so that the reasons keep what room there is.
#include "views/CustomerDetail.h"

#include "common/DateTimeText.h"
#include "domain/Customer.h"
#include "models/Formatting.h"
#include "service/Customers.h"
#include "views/ColumnFit.h"
#include "views/WrapColumnDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>

#include <algorithm>

namespace fd {

void CustomerDetail::createTimeline()
{
    m_timeline = new QTreeWidget;
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Details")});
    m_timeline->header()->setStretchLastSection(true);
    // Narrow date and kind columns leave the reasons as much room as they can get; the
    // full text is in each row's tooltip.
    const QFontMetrics metrics = m_timeline->fontMetrics();
    const int cellMargin =
        2 *
        (m_timeline->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_timeline) + 1);
    const QDateTime widestDay(QDate(2026, 12, 28), QTime(20, 48), Qt::UTC);
    m_timeline->setColumnWidth(0, metrics.horizontalAdvance(shortDateTime(widestDay)) + cellMargin +
                                      metrics.averageCharWidth());
    // "What" as wide as its widest: a ticket, or a stage move in bold ("Onboarding → Post-sales").
    QFont bold = m_timeline->font();
    bold.setBold(true);
    int whatWidth = 0;
    for (std::size_t status = 0; status < enumCount<TicketStatus>(); ++status)
        whatWidth = std::max(
            whatWidth,
            metrics.horizontalAdvance(tr("Ticket #%1 (%2)")
                                          .arg(1000000)
                                          .arg(displayName(static_cast<TicketStatus>(status)))));
    for (std::size_t from = 0; from < enumCount<Stage>(); ++from) {
        for (std::size_t to = 0; to < enumCount<Stage>(); ++to)
            whatWidth = std::max(whatWidth,
                                 QFontMetrics(bold).horizontalAdvance(
                                     displayName(static_cast<Stage>(from)) + QStringLiteral(" → ") +
                                     displayName(static_cast<Stage>(to))));
    }
    m_timeline->setColumnWidth(1, whatWidth + cellMargin + metrics.averageCharWidth());
    // What may give a third of its width, never wider than the reasons beside it when they
    // are long; both go on over more lines rather than being cut (review: "Onboarding → Po…",
    // the reasons cut at the default window size).
    new ColumnFit(m_timeline, m_timeline->header(), 2, metrics.averageCharWidth() * 8, {}, {1});
    new WrapColumnDelegate(m_timeline, {1, 2});
    // The pane is never narrower than When, What and the Details header whole (What's cut
    // goes to the reasons, not to the list beside the pane).
    const int detailsHeader =
        m_timeline->header()->fontMetrics().horizontalAdvance(tr("Details")) +
        3 * m_timeline->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_timeline) +
        m_timeline->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, m_timeline);
    m_timeline->setMinimumWidth(
        m_timeline->columnWidth(0) + m_timeline->columnWidth(1) +
        std::max(detailsHeader, metrics.averageCharWidth() * 8) + 2 * m_timeline->frameWidth() +
        m_timeline->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_timeline));
}

void CustomerDetail::showTimeline()
{
    m_timeline->clear();
    auto timeline = Customers(m_db, m_clock).timeline(m_customerId);
    if (!timeline) {
        emit failed(timeline.error());
        return;
    }
    QString latestReason;
    for (const TimelineEntry& e : *timeline) {
        QString what = e.what;
        if (e.kind == TimelineEntry::Kind::Ticket)
            what = tr("Ticket #%1 (%2)").arg(e.id).arg(e.what);
        else if (e.kind == TimelineEntry::Kind::StageMove && latestReason.isEmpty())
            latestReason = e.text;
        // A move's reason starts with the move the What column shows ("Retention → Advocacy:
        // …"): Details says the rest, the whole sentence is its tooltip (a narrow pane showed
        // the move twice and the reason not at all).
        // A ticket's subject and a move's reason are one line; a touchpoint's summary keeps its
        // lines in the wrapping column.
        QString details = e.kind == TimelineEntry::Kind::Touchpoint ? e.text : oneLine(e.text);
        if (e.kind == TimelineEntry::Kind::StageMove && details.startsWith(what) &&
            details.size() > what.size()) {
            details = details.mid(what.size());
            while (!details.isEmpty() &&
                   (details.front() == QLatin1Char(':') || details.front().isSpace()))
                details.remove(0, 1);
        }
        auto* item = new QTreeWidgetItem({shortDateTime(e.at), what, details});
        item->setToolTip(1, what);
        item->setToolTip(2, e.text);
        if (e.kind == TimelineEntry::Kind::StageMove) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
        m_timeline->addTopLevelItem(item);
    }
    m_reason->setText(latestReason.isEmpty() ? QString() : tr("Latest move: %1").arg(latestReason));
}

} // namespace fd
