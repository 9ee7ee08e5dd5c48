#include "StatusRoom.h"

#include <QEvent>
#include <QLayout>
#include <QStatusBar>
#include <QWidget>

#include <algorithm>

namespace fd {

namespace {

// QStatusBar's message rectangle (QStatusBarPrivate::messageRect, left to right): from 6 px
// to 2 px before the first visible permanent widget, or to 12 px before the bar's end.
int messageRoom(const QStatusBar& bar, int permanentWidth)
{
    const int right = permanentWidth > 0 ? bar.width() - permanentWidth - 2 : bar.width() - 12;
    return right - 6 - 8; // 8: what the layout's margins may take besides
}

} // namespace

StatusRoom::StatusRoom(QStatusBar* bar, const QList<QWidget*>& yielding) : QObject(bar), m_bar(bar)
{
    for (QWidget* widget : yielding)
        m_yielding.append(widget);
    connect(bar, &QStatusBar::messageChanged, this, &StatusRoom::arrange);
    bar->installEventFilter(this);
}

bool StatusRoom::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_bar && event->type() == QEvent::Resize)
        arrange();
    return QObject::eventFilter(watched, event);
}

void StatusRoom::arrange()
{
    // Every yielding widget back first, then away one by one while the message does not fit.
    for (const QPointer<QWidget>& widget : std::as_const(m_hidden)) {
        if (widget)
            widget->show();
    }
    m_hidden.clear();
    const QString message = m_bar->currentMessage();
    if (message.isEmpty())
        return;
    const int needed = m_bar->fontMetrics().horizontalAdvance(message);
    const int spacing = m_bar->layout() ? std::max(0, m_bar->layout()->spacing()) : 0;
    // The widths the permanent widgets take, at their preferred sizes, right of the message.
    int permanent = 0;
    for (QWidget* child : m_bar->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (!child->isHidden()) // the permanent widgets and the size grip
            permanent += child->sizeHint().width() + spacing;
    }
    for (const QPointer<QWidget>& widget : std::as_const(m_yielding)) {
        if (needed <= messageRoom(*m_bar, permanent) || !widget || widget->isHidden())
            continue;
        permanent -= widget->sizeHint().width() + spacing;
        widget->hide();
        m_hidden << widget;
    }
}

} // namespace fd
