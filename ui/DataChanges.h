// The one path by which the window learns that the data in its file changed, so that every
// view shows the data as it is (issue 15, "Numbers that are current").
#pragma once

#include <QObject>

class QTimer;

namespace fd {

class Database;

// Emits changed() once for each change to the file:
//  - a write made in this window: whoever made it calls announce() (the dialogs, the detail
//    panes, Recompute, the import wizard, the SLA sweep when it recorded breaches);
//  - a write by anyone else on the same file (another FunnelDesk, the CLI, a background job
//    of this window on its own connection): the file's change counter
//    (Database::dataVersion()) is read every pollInterval() ms on the UI thread; a change
//    is announced after a short settling time, so a background job that announces its own
//    write as it finishes does not cause a second refresh.
// The window's own connection does not see its own commits in that counter, so a write
// announced here is not announced again by the poll.
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
    // Milliseconds between two looks at the counter (1,000 by default); 0 stops looking.
    void setPollInterval(int ms);
    int pollInterval() const;

signals:
    // The data may differ from what the views show: read it again.
    void changed();
    // The file is no longer at its path: nothing more can be saved to it, but this window's
    // connection still reads it all (Database::hasMoved()). Emitted once.
    void fileGone();
    // The connection to a PostgreSQL server was lost (a look at the counter failed with
    // Error::Kind::ConnectionLost); `why` is core's sentence. Emitted once; looking stops.
    void connectionLost(const QString& why);

private:
    void settle();

    Database& m_db;
    qint64 m_seen = 0;
    bool m_known = false; // m_seen holds a counter read from the file
    bool m_gone = false;
    bool m_lost = false;
    QTimer* m_poll = nullptr;
    QTimer* m_settle = nullptr;
};

} // namespace fd
