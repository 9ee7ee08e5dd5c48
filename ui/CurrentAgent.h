// Who is at the keyboard: the agent the rep chose ("Me" in the tickets view), kept in
// QSettings. Replies are signed with it, "My open" lists its tickets, manual moves name it.
#pragma once

#include <QSettings>
#include <QString>

namespace fd {

inline QString currentAgentName()
{
    return QSettings().value(QStringLiteral("agent/name"), qEnvironmentVariable("USER", QStringLiteral("FunnelDesk"))).toString();
}

inline void setCurrentAgentName(const QString& name)
{
    QSettings().setValue(QStringLiteral("agent/name"), name);
}

} // namespace fd
