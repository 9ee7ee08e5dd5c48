// The one path by which the window learns that the data in its file changed, so that every
// view shows the data as it is (issue 15, "Numbers that are current").
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSet>

class QSocketNotifier;
class QTimer;

namespace fd {

class BackgroundTask;
class Database;

// Emits changed() once for each change to the data:
//  - a write made in this window: whoever made it calls announce() (the dialogs, the detail
//    panes, Recompute, the import wizard, the SLA sweep when it recorded breaches);
//  - a write by anyone else (another FunnelDesk, the CLI, a background job of this window on
//    its own connection):
//    - on a SQLite file, the file's change counter (Database::dataVersion()) is read every
//      pollInterval() ms on the UI thread;
//    - on a PostgreSQL server (issue 17, "Live"), the server announces each committed
//      transaction (LISTEN/NOTIFY, Session::listenForChanges): a QSocketNotifier on the
//      connection's socket reads the notifications as they come (Session::takeNotifications),
//      and the timer only looks at what libpq took in during other statements (no round trip
//      to the server);
//    a change is announced after a short settling time. While a background job of this
//    window's own data runs (BackgroundTasks::started, on the same Location), a change found
//    waits until the job has finished, up to kHoldMs (2 s) since the job started: the job's
//    author announces the job's writes as it finishes, and its commit, noticed a moment
//    earlier, does not cause a second refresh however slowly the finish reaches the UI
//    thread. A job that fails announces nothing; the change found is announced as usual.
// The window's own commits are not announced twice: the counter is taken as seen by
// announce(), and a server leaves this session's own notifications out.
// The same look notices a file deleted, moved or replaced under the window
// (Database::hasMoved(), one stat) and emits fileGone() once.
class DataChanges : public QObject {
    Q_OBJECT

public:
    explicit DataChanges(Database& db, QObject* parent = nullptr);

    // A write made in this window: emits changed() now, and takes the file's counter as
    // seen. Every view is current when it returns.
    void announce();
    // Reads the counter now (the timer does it every pollInterval() ms): when another
    // connection committed since it was last seen, changed() follows after the settling
    // time unless announce() came first. True if a change was found. Emits fileGone() the
    // first time the file is found no longer at its path.
    bool poll();
    // The file was found deleted, moved or replaced (fileGone() was emitted).
    bool isGone() const { return m_gone; }
    // Milliseconds between two looks at the counter (1,000 by default); 0 stops looking. A
    // server's notifications are read as they come, whatever this says.
    void setPollInterval(int ms);
    int pollInterval() const;
    // Whether a server's notifications are being watched (its socket, after LISTEN).
    bool isListening() const { return m_notifier != nullptr; }
    // After the lost connection was replaced (Session::adopt): watches the new socket, takes
    // the counter as seen and looks again as before. The caller announces the re-read.
    void resume();

signals:
    // The data may differ from what the views show: read it again.
    void changed();
    // The file is no longer at its path: nothing more can be saved to it, but this window's
    // connection still reads it all (Database::hasMoved()). Emitted once.
    void fileGone();
    // The connection to a PostgreSQL server was lost (a look at the counter failed with
    // Error::Kind::ConnectionLost); `why` is core's sentence. Emitted once per loss; looking
    // stops until resume().
    void connectionLost(const QString& why);
    // A server's notifications were read (whatever they said): presence messages may wait
    // in Database::takePresence (AlsoViewing).
    void notified();

private:
    void settle();
    // A job started: a job on this window's data holds back what settle() would announce.
    void hold(BackgroundTask* task);
    void release(const QObject* task);
    // A server: subscribes and watches the connection's socket.
    void listen();
    // A server: what arrived; a change from another session starts the settling time.
    bool takeNotifications();
    void lose(const QString& why);

    Database& m_db;
    qint64 m_seen = 0;
    bool m_known = false; // m_seen holds a counter read from the file
    bool m_gone = false;
    bool m_lost = false;
    int m_interval = 0; // the timer's interval; 0: stopped by setPollInterval
    QTimer* m_poll = nullptr;
    QSocketNotifier* m_notifier = nullptr; // a server's socket, while listening
    QTimer* m_settle = nullptr;
    QSet<const QObject*> m_jobs; // this window's jobs on its data, running
    QElapsedTimer m_heldSince;   // since the first of them started
};

} // namespace fd
