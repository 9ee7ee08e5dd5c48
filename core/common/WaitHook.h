// A thread's say in its waits for a database server (issue 19, Step 13: "The stall ends in a
// timeout sentence within a stated time, never in a frozen window"). pg::Connection waits for
// the server's answer on the socket; a thread that must not stop for that long (the window's
// UI thread, which reads most of what it shows itself) installs a WaitHook, and every wait of
// that thread calls it about every kSliceMs (50 ms) until the answer comes or the wait ends
// in the timeout sentence. The CLI and the background workers install nothing: their waits
// are as they were, one poll per kSilenceMs.
//
// Re-entrancy (the danger of a hook that lets the thread do other work): while a hook call
// runs, the thread is inside a statement that has not been answered. Any database statement
// the hook starts on that thread, on the waiting connection or another, is refused and never
// sent (pg::Connection::exec and the calls under it fail with the sentence "FunnelDesk is still
// waiting for the PostgreSQL server at … to answer an earlier request …"); insideHook() tells.
#pragma once

#include <QString>

#include <QtGlobal>

namespace fd {

// What a wait has come to, at each call.
struct ServerWait {
    QString server;           // host:port (or the socket's folder) as libpq names it
    qint64 waitedMs = 0;      // since the wait began, in milliseconds (non-decreasing)
    int giveUpSeconds = 0;    // waited this long (s, from the wait's start) with no sign of the
                              // server, the wait ends in the timeout sentence; it moves on
                              // each time the server shows it lives (answers a new connection)
    bool askingAlive = false; // a new connection is asking the server whether it lives
};

class WaitHook {
public:
    static constexpr int kSliceMs = 50; // the longest a hooked thread is left without a call

    virtual ~WaitHook() = default;
    // The wait goes on; called on the waiting thread, at least every kSliceMs (at most about
    // 2 × kSliceMs when the machine is slow). No database statement can be run from here. An
    // exception it lets out is caught and dropped (qWarning): it must not end the wait.
    virtual void waiting(const ServerWait& wait) = 0;
    // The wait that called waiting() at least once is over (answered, or ended in the
    // timeout sentence). Not called for a wait that ended before its first slice.
    virtual void waitEnded() {}

    // The hook installed on the calling thread last and still installed, or null.
    static WaitHook* current();
    // Whether the calling thread is inside a call of its hook now (where statements are
    // refused).
    static bool insideHook();
    // Calls the calling thread's hook, if any, marking the call as inside it; for the
    // waits (pg::Connection) that run on this thread.
    static void notify(const ServerWait& wait);
    static void notifyEnded();
};

// Installs `hook` on the calling thread for this object's life (a RAII guard; nested and
// out-of-order lifetimes are kept apart: the newest still installed is the one called).
// The hook must outlive the guard.
class WaitHookScope {
public:
    explicit WaitHookScope(WaitHook& hook);
    ~WaitHookScope();
    WaitHookScope(const WaitHookScope&) = delete;
    WaitHookScope& operator=(const WaitHookScope&) = delete;

private:
    WaitHook* m_hook;
};

} // namespace fd
