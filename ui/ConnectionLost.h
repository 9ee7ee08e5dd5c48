// The connection to a PostgreSQL server lost under an open window (issue 16): the server
// stopped, restarted or ended the session. Everything read through that connection from then
// on is an error, and an empty list read that way would say "0 tickets" about data that is
// still there. So the window says once, in one sentence, that the connection was lost, hides
// its views and empties its counts. Then it connects again by itself (issue 17: "reconnects
// by itself, and re-reads what it shows"): after 1, 2, 4, 8, 16, then every 30 seconds, or at
// once with "Reconnect now", off the UI thread (a server that does not answer takes up to its
// connect timeout), with the password given at sign-in, held in memory only.
#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;
class QWidget;

namespace fd {

class Database;

class ConnectionLost : public QObject {
    Q_OBJECT

public:
    // For a window on the server `display` (user@host:port/database) through `db`: `content`
    // is what the window shows of the data (hidden while lost); the message goes into `column`
    // in its place; `counts` (the status bar's numbers) is emptied; `fileLabel` (the status
    // bar's "PostgreSQL server …") gains "(connection lost)" while lost.
    ConnectionLost(Database& db, const QString& display, QVBoxLayout* column, QWidget* content,
                   QLabel* counts, QLabel* fileLabel, QObject* parent);

    bool isLost() const { return m_lost; }
    // Whether a reconnection is under way now (its thread runs).
    bool isReconnecting() const { return m_trying; }
    // The sentence the window shows: "The connection to the PostgreSQL server at … was lost;
    // … FunnelDesk connects again by itself …".
    QString sentence() const;
    // For the status bar when the rep asks for something after the loss (Refresh, a save).
    QString refusal() const;
    // The connection was found lost; `why` is core's sentence (Error::Kind::ConnectionLost),
    // kept as the message's tip. Once per loss: later calls change nothing. The first try
    // comes a second later.
    void lost(const QString& why);
    // Tries now ("Reconnect now"); nothing while not lost or while a try runs.
    void reconnectNow();
    // Seconds before the try after `failed` failed tries: 1, 2, 4, 8, 16, then 30.
    static int delayAfter(int failed);

signals:
    void connectionLost();
    // The connection is back (Session::adopt ran) and the views are shown again: whoever
    // shows the data reads it again.
    void reconnected();

private:
    void schedule(int seconds); // the next try in `seconds`
    void countDown();
    void showState();
    void tried(const QString& failure);
    void restore();

    Database& m_db;
    QString m_display;
    QVBoxLayout* m_column;
    QPointer<QWidget> m_content;
    QPointer<QLabel> m_counts;
    QPointer<QLabel> m_fileLabel;
    QPointer<QWidget> m_page;  // the message, its state and the button, while lost
    QLabel* m_state = nullptr; // "Reconnecting in 4 s…", "Reconnecting…"
    QPushButton* m_now = nullptr;
    QTimer* m_tick = nullptr; // one second of the countdown
    int m_remaining = 0;      // seconds before the next try
    int m_failed = 0;         // tries that failed since the loss
    QString m_lastFailure;
    bool m_lost = false;
    bool m_trying = false;
};

} // namespace fd
