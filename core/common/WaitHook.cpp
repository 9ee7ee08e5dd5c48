#include "common/WaitHook.h"

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace fd {

namespace {

thread_local std::vector<WaitHook*> t_hooks; // installed on this thread, oldest first
thread_local int t_inside = 0;               // hook calls under way on this thread

// Marks a hook call for insideHook(), even when the hook throws.
class Inside {
public:
    Inside() { ++t_inside; }
    ~Inside() { --t_inside; }
    Inside(const Inside&) = delete;
    Inside& operator=(const Inside&) = delete;
};

} // namespace

WaitHook* WaitHook::current()
{
    return t_hooks.empty() ? nullptr : t_hooks.back();
}

bool WaitHook::insideHook()
{
    return t_inside > 0;
}

void WaitHook::notify(const ServerWait& wait)
{
    if (WaitHook* hook = current()) {
        const Inside inside;
        try {
            hook->waiting(wait);
        } catch (...) {
            // Unwinding from here would abandon the waiting statement mid-query, its connection
            // still busy: whatever the hook ran (a refused read's storage error) stops here.
            qWarning("A statement's wait hook threw; the wait goes on.");
        }
    }
}

void WaitHook::notifyEnded()
{
    if (WaitHook* hook = current()) {
        const Inside inside;
        hook->waitEnded();
    }
}

WaitHookScope::WaitHookScope(WaitHook& hook) : m_hook(&hook)
{
    t_hooks.push_back(m_hook);
}

WaitHookScope::~WaitHookScope()
{
    const auto found = std::find(t_hooks.rbegin(), t_hooks.rend(), m_hook);
    if (found != t_hooks.rend())
        t_hooks.erase(std::next(found).base());
}

} // namespace fd
