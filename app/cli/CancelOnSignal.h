// Ctrl+C, SIGTERM and SIGHUP during a long command (generate, migrate): the work stops at its
// next batch and rolls back, instead of the process ending halfway.
#pragma once

#include <atomic>
#include <csignal>

namespace fd::cli {

// Catches SIGINT, SIGTERM and SIGHUP while it lives (those not ignored by whoever started the
// program), then puts back what was there. The first signal sets cancelled() and puts back the
// action that was there (main's: remove the temporary files and die), so a second one ends
// the program at once, its temporary files removed. One at a time.
class CancelOnSignal {
public:
    CancelOnSignal();
    ~CancelOnSignal();
    CancelOnSignal(const CancelOnSignal&) = delete;
    CancelOnSignal& operator=(const CancelOnSignal&) = delete;

    // The flag the work polls: set by the first signal.
    static const std::atomic_bool* cancelled();

private:
    static constexpr int kSignals = 3;
    bool m_installed[kSignals] = {};
};

} // namespace fd::cli
