// A status-bar message is read whole (hostile tester, issue 15: a stage move's explanation
// was cut by the permanent counts label on its right). While a message is shown, the
// status bar's permanent labels named here give way, the first named first, until the
// message fits; they come back when the message goes or when the window is wide enough.
// QStatusBar draws a message only left of its first visible permanent widget.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QStatusBar;
class QWidget;

namespace fd {

class StatusRoom : public QObject {
    Q_OBJECT

public:
    // `yielding`: permanent widgets of `bar`, the one to hide first first. Owned by `bar`.
    StatusRoom(QStatusBar* bar, const QList<QWidget*>& yielding);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void arrange();

    QStatusBar* m_bar;
    QList<QPointer<QWidget>> m_yielding;
    QList<QPointer<QWidget>> m_hidden; // by this, to show again
};

} // namespace fd
