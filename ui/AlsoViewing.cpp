#include "AlsoViewing.h"

#include "CurrentAgent.h"
#include "DataChanges.h"
#include "service/Session.h"
#include "service/Team.h"
#include "views/TicketDetail.h"

#include <QDateTime>
#include <QEvent>
#include <QTimer>

namespace fd {

AlsoViewing::AlsoViewing(Database& db, DataChanges* changes, TicketDetail* detail,
                         const QString& me, QObject* parent)
    : QObject(parent), m_presence(db, me), m_detail(detail)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &AlsoViewing::look);
    m_timer->start();
    connect(changes, &DataChanges::notified, this, &AlsoViewing::hear);
    // Others learn of a switch or a leave at once, not at the next tick: the window may be
    // quitting, and then no tick comes (hostile pass: the others named a rep for 30 s after).
    connect(detail, &TicketDetail::ticketShown, this, [this] { tell(); });
    detail->installEventFilter(this);
}

AlsoViewing::~AlsoViewing()
{
    (void)m_presence.show(0);
}

bool AlsoViewing::eventFilter(QObject* watched, QEvent* event)
{
    // A window's hiding (closing, quitting) hides the pane as well; a minimised window keeps
    // it visible, so nothing is said then (tell() looks at isVisible()).
    if (watched == m_detail && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        tell();
    return QObject::eventFilter(watched, event);
}

QString AlsoViewing::nameOf(Database& db)
{
    std::optional<qint64> agent = Session(db).actingAgent();
    if (!agent)
        agent = CurrentAgent::remembered(Session(db).location().key());
    if (agent) {
        if (auto found = Team(db).find(*agent); found && *found)
            return (*found)->name;
    }
    // The login (a service's display names no login).
    if (const QString login = Session(db).rights().login; !login.isEmpty())
        return login;
    return Session(db).display().section(QLatin1Char('@'), 0, 0);
}

bool AlsoViewing::tell()
{
    // A ticket counts as shown while its pane is on screen.
    const qint64 shown = m_detail->isVisible() ? m_detail->ticketId() : 0;
    if (shown == m_presence.shown())
        return false;
    m_ticks = 0;
    (void)m_presence.show(shown);
    showNames();
    return true;
}

void AlsoViewing::look()
{
    if (!tell() && ++m_ticks >= Presence::kHeartbeatSeconds) {
        m_ticks = 0;
        (void)m_presence.heartbeat();
    }
    showNames();
}

void AlsoViewing::showNames()
{
    m_detail->setAlsoViewing(m_presence.others(QDateTime::currentDateTimeUtc()));
}

void AlsoViewing::hear()
{
    (void)m_presence.receive(QDateTime::currentDateTimeUtc());
    showNames();
}

} // namespace fd
