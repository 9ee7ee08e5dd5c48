#include "service/Presence.h"

#include "storage/Database.h"

#include <algorithm>

namespace fd {

// A message is "KIND|TICKET|NAME"; the storage adds the schema and the sender's session.
Status Presence::say(const char* what)
{
    return m_db.sendPresence(
        QStringLiteral("%1|%2|%3").arg(QLatin1String(what)).arg(m_ticket).arg(m_me));
}

Status Presence::show(qint64 ticketId)
{
    if (ticketId == m_ticket)
        return {};
    m_ticket = ticketId;
    return say(ticketId > 0 ? "view" : "leave");
}

Status Presence::heartbeat()
{
    return m_ticket > 0 ? say("view") : Status();
}

Result<bool> Presence::receive(const QDateTime& now)
{
    const std::vector<Database::PresenceHeard> messages = m_db.takePresence();
    bool answer = false;
    for (const Database::PresenceHeard& said : messages) {
        const QStringList parts = said.message.split(QLatin1Char('|'));
        if (parts.size() < 3)
            continue; // not FunnelDesk's
        const QString& kind = parts[0];
        const qint64 ticket = parts[1].toLongLong();
        if (kind == QLatin1String("leave") || ticket <= 0 || said.gone) {
            m_heard.erase(said.sender); // a session that is gone shows nothing any more
            continue;
        }
        // The name the server vouches for; the message's own only from the owner's sessions.
        const QString name =
            said.vouched.isEmpty() ? parts.mid(2).join(QLatin1Char('|')) : said.vouched;
        m_heard[said.sender] = Heard{ticket, name, now};
        if (kind == QLatin1String("view") && ticket == m_ticket && m_ticket > 0)
            answer = true;
    }
    if (answer) {
        if (Status said = say("here"); !said)
            return failure(said.error());
    }
    return !messages.empty();
}

QStringList Presence::others(const QDateTime& now) const
{
    QStringList names;
    if (m_ticket <= 0)
        return names;
    for (const auto& [sender, heard] : m_heard) {
        if (heard.ticket == m_ticket && heard.at.secsTo(now) <= kExpirySeconds &&
            !names.contains(heard.name))
            names.append(heard.name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace fd
