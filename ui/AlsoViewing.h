// "Also viewing: NAME" in a ticket's pane while another window on the same server shows the
// same ticket (issue 17, "Live"; service/Presence.h says how windows tell each other). Made by
// the window for its tickets view on a server only; a SQLite file has nobody else to hear.
#pragma once

#include "service/Presence.h"

#include <QObject>

class QTimer;

namespace fd {

class DataChanges;
class Database;
class TicketDetail;

class AlsoViewing : public QObject {
    Q_OBJECT

public:
    // `me`: the name others see. It tells the others at once when `detail` shows another
    // ticket (TicketDetail::ticketShown), is shown or hidden (another view, the window closed
    // or quitting: "leave"), says so again every Presence::kHeartbeatSeconds, and drops whom
    // it has not heard from; it reads what others said each time `changes` read the server's
    // notifications. A failure is left to DataChanges (a lost connection) or to the next look.
    AlsoViewing(Database& db, DataChanges* changes, TicketDetail* detail, const QString& me,
                QObject* parent);
    // Says leave when a ticket is still shown. `db` must still be open: the window deletes
    // this before its database (MainWindow::~MainWindow); a lost connection just fails.
    ~AlsoViewing() override;

    // The name others see for this window's rep: the acting agent (Database::actingAgent, set
    // at sign-in), else the "Me" chosen for this server, else the login.
    static QString nameOf(Database& db);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override; // the pane shown or hidden

private:
    void look(); // every second: a change, else the heartbeat
    bool tell(); // says view or leave when what is shown changed; true when it did
    void showNames();
    void hear();

    Presence m_presence;
    TicketDetail* m_detail;
    QTimer* m_timer = nullptr;
    int m_ticks = 0;
};

} // namespace fd
