#include "CancelOnSignal.h"

#include <cstddef>
#include <iterator>

namespace fd::cli {

namespace {

std::atomic_bool g_cancel{false};
constexpr int kCancelSignals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction g_previous[std::size(kCancelSignals)] = {};

extern "C" void cancelOnSignal(int signal)
{
    g_cancel.store(true, std::memory_order_relaxed);
    for (std::size_t i = 0; i < std::size(kCancelSignals); ++i) {
        if (kCancelSignals[i] == signal)
            sigaction(signal, &g_previous[i], nullptr);
    }
}

} // namespace

static_assert(std::size(kCancelSignals) == 3, "CancelOnSignal::kSignals");

CancelOnSignal::CancelOnSignal()
{
    g_cancel = false;
    struct sigaction action = {};
    action.sa_handler = &cancelOnSignal;
    sigemptyset(&action.sa_mask);
    for (const int blocked : kCancelSignals)
        sigaddset(&action.sa_mask, blocked);
    for (std::size_t i = 0; i < std::size(kCancelSignals); ++i) {
        sigaction(kCancelSignals[i], nullptr, &g_previous[i]);
        m_installed[i] = g_previous[i].sa_handler != SIG_IGN;
        if (m_installed[i])
            sigaction(kCancelSignals[i], &action, nullptr);
    }
}

CancelOnSignal::~CancelOnSignal()
{
    for (std::size_t i = 0; i < std::size(kCancelSignals); ++i) {
        if (m_installed[i])
            sigaction(kCancelSignals[i], &g_previous[i], nullptr);
    }
}

const std::atomic_bool* CancelOnSignal::cancelled()
{
    return &g_cancel;
}

} // namespace fd::cli
