// The connection to a PostgreSQL server lost under an open window (issue 16): the server
// stopped, restarted or ended the session. Everything read through that connection from then
// on is an error, and an empty list read that way would say "0 tickets" about data that is
// still there. So the window says once, in one sentence, that the connection was lost, hides
// its views and empties its counts. Reconnecting is Step 11's; here the rep connects again
// with File → Connect to server… (or Open recent), which opens a new window.
#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace fd {

class ConnectionLost : public QObject {
    Q_OBJECT

public:
    // For a window on the server `display` (user@host:port/database): `content` is what the
    // window shows of the data (hidden once lost); the message goes into `column` in its
    // place; `counts` (the status bar's numbers) is emptied; `fileLabel` (the status bar's
    // "PostgreSQL server …") gains "(connection lost)".
    ConnectionLost(const QString& display, QVBoxLayout* column, QWidget* content, QLabel* counts, QLabel* fileLabel,
                   QObject* parent);

    bool isLost() const { return m_lost; }
    // The sentence the window shows: "The connection to the PostgreSQL server at … was lost;
    // …connect again with File → Connect to server….".
    QString sentence() const;
    // For the status bar when the rep asks for something after the loss (Refresh, a save).
    QString refusal() const;
    // The connection was found lost; `why` is core's sentence (Error::Kind::ConnectionLost),
    // kept as the message's tip. Once: later calls change nothing.
    void lost(const QString& why);

signals:
    void connectionLost();

private:
    QString m_display;
    QVBoxLayout* m_column;
    QPointer<QWidget> m_content;
    QPointer<QLabel> m_counts;
    QPointer<QLabel> m_fileLabel;
    bool m_lost = false;
};

} // namespace fd
