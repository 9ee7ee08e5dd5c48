// Who else has a ticket open (issue 17, "Live": "A ticket open in two windows shows 'Also
// viewing: Emma Hansen' in both"). Windows on one server tell each other, over the server's
// notifications (Database::sendPresence; nothing is stored), which ticket each shows:
//   view  — "I show ticket T now" (on opening it, and every kHeartbeatSeconds while shown);
//   here  — the answer of each window showing T to a `view` of T, so a newcomer learns at once;
//   leave — "I show no ticket" (its pane hidden: another view, the window closed or quitting).
// A switch to another ticket and a leave are said at once (ui/AlsoViewing.h), so the others
// drop the name on their next notification; only a window not heard from for kExpirySeconds
// (it crashed, its connection went) is dropped by the clock.
// On a SQLite file nobody else can be heard: others() is always empty.
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <map>

namespace fd {

class Database;

class Presence {
public:
    static constexpr int kHeartbeatSeconds = 10;
    static constexpr int kExpirySeconds = 30;

    // `me`: the name others see (the signed-in agent's, else the login). `db` must outlive this
    // and listen (Session::listenForChanges) for others to be heard.
    Presence(Database& db, QString me) : m_db(db), m_me(std::move(me)) {}

    // The ticket this window shows now (0: none): says view (or leave) when it changed.
    Status show(qint64 ticketId);
    qint64 shown() const { return m_ticket; }
    // Says view again (every kHeartbeatSeconds while a ticket is shown).
    Status heartbeat();
    // Reads what others said since the last call (after Session::takeNotifications read the
    // socket) as of `now` (UTC), and answers here to a view of the ticket shown here. True
    // when others() may have changed.
    Result<bool> receive(const QDateTime& now);
    // The names of the others showing the same ticket, heard from within kExpirySeconds of
    // `now`, sorted, each once.
    QStringList others(const QDateTime& now) const;

private:
    Status say(const char* what);

    struct Heard {
        qint64 ticket = 0;
        QString name;
        QDateTime at;
    };
    Database& m_db;
    QString m_me;
    qint64 m_ticket = 0;
    std::map<QString, Heard> m_heard; // by the sender's session
};

} // namespace fd
