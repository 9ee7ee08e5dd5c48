#include "AlsoViewing.h"

#include "CurrentAgent.h"
#include "DataChanges.h"
#include "service/Session.h"
#include "service/Team.h"
#include "views/TicketDetail.h"

#include <QDateTime>
#include <QTimer>

namespace fd {

AlsoViewing::AlsoViewing(Database& db, DataChanges* changes, TicketDetail* detail, const QString& me,
                         QObject* parent)
    : QObject(parent), m_presence(db, me), m_detail(detail)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &AlsoViewing::look);
    m_timer->start();
    connect(changes, &DataChanges::notified, this, &AlsoViewing::hear);
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
    return Session(db).display().section(QLatin1Char('@'), 0, 0); // the login
}

void AlsoViewing::look()
{
    // A ticket counts as shown while its pane is on screen.
    const qint64 shown = m_detail->isVisible() ? m_detail->ticketId() : 0;
    if (shown != m_presence.shown()) {
        m_ticks = 0;
        (void)m_presence.show(shown);
    } else if (++m_ticks >= Presence::kHeartbeatSeconds) {
        m_ticks = 0;
        (void)m_presence.heartbeat();
    }
    m_detail->setAlsoViewing(m_presence.others(QDateTime::currentDateTimeUtc()));
}

void AlsoViewing::hear()
{
    (void)m_presence.receive(QDateTime::currentDateTimeUtc());
    m_detail->setAlsoViewing(m_presence.others(QDateTime::currentDateTimeUtc()));
}

} // namespace fd
