// The window while the PostgreSQL server takes long to answer a read or a write the UI thread
// makes (issue 19, Step 13: "Pause the server with SIGSTOP. The stall ends in a timeout sentence
// within a stated time, never in a frozen window"). Most of the window's reads run on the UI
// thread; a paused server leaves such a read waiting up to kSilenceMs + kPingSeconds (5 s) per
// unanswered ask (pg::Connection). This is the UI thread's WaitHook (core/common/WaitHook.h):
// every WaitHook::kSliceMs of such a wait it keeps the window painting and says in the status
// bar "Waiting for the PostgreSQL server at HOST… 3 s (FunnelDesk gives up after 5 s)" with a
// busy cursor; the wait's end takes both away (what the status bar said before comes back).
//
// Why this way (the options weighed, and the danger: re-entrancy). Letting the window paint
// means running Qt's event loop inside a statement that has not been answered, and whatever
// runs there could send a second statement on the same PGconn mid-query:
// - Moving every read off the UI thread (Qt Creator's and KDE's way: QFuture, KJob) is the
//   real cure, and too large a change for now.
// - Repainting only (QWidget::repaint() of the status bar) runs no foreign code, but never
//   reads the window system's events: an uncovered or resized window stays unpainted and the
//   window manager's ping goes unanswered ("not responding").
// - QCoreApplication::processEvents(ExcludeUserInputEvents | ExcludeSocketNotifiers) is
//   chosen, with three fences. (1) Clicks and keys stay queued (Qt's flag: "not discarded;
//   delivered the next time"). (2) An application event filter, in place only during the
//   call, swallows what would run the window's own code: Timer events (a QTimer's timer stays
//   armed, so a swallowed one only comes an interval later; a single-shot too, since it is
//   stopped in its own timerEvent), socket notifications (level-triggered: they come again),
//   Close (ignored: the window stays, the click can be repeated) and Quit; timers of objects
//   passed to keepTicking() are let through. Posted queued calls (QEvent::MetaCall: a
//   background job finishing, a model's late error) cannot be put back in Qt's queue and are
//   delivered. (3) So core refuses, never sends, any statement started on this thread while
//   the hook runs (pg::Connection::refusals(); the caller gets the sentence "FunnelDesk is
//   still waiting for the PostgreSQL server at … to answer an earlier request …").
//   A wait that began inside a paint (a list model reading a page in data()) processes no
//   events at all: painting the same backing store twice at once is not allowed; the status
//   text is still set and appears when that paint ends.
// Waits shorter than kQuietMs are left alone: an ordinary read runs no foreign code, as before.
#pragma once

#include "common/WaitHook.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QMainWindow;

namespace fd {

class ServerWaitStatus : public QObject, public WaitHook {
    Q_OBJECT

public:
    static constexpr int kQuietMs = 200; // a wait this short runs no event at all
    static constexpr int kShowMs = 500;  // from here the status bar says it, cursor busy

    // Installs itself as the calling (UI) thread's WaitHook for its life; the status goes to
    // `window`'s status bar.
    explicit ServerWaitStatus(QMainWindow* window);
    ~ServerWaitStatus() override;

    void waiting(const ServerWait& wait) override;
    void waitEnded() override;

    // `object`'s timer events are delivered during a wait (an animation that only paints; a
    // test's clock). Forgotten when it is destroyed.
    void keepTicking(QObject* object);
    // The status bar's text while a wait is shown; empty when none is.
    const QString& text() const { return m_text; }
    // Event-loop passes made in waits so far (each one every kSliceMs of a wait).
    int passes() const { return m_passes; }

    // The sentence for the status bar, for `wait`.
    static QString sentence(const ServerWait& wait);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void show(const ServerWait& wait);
    static bool paintingNow();

    QPointer<QMainWindow> m_window;
    WaitHookScope m_scope;
    QSet<QObject*> m_ticking;
    QString m_text;
    QString m_before; // the status bar's message when the wait was first shown
    bool m_cursor = false;
    int m_passes = 0;
};

} // namespace fd
