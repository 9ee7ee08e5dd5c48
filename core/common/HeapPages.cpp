#include "common/HeapPages.h"

#include <QFile>
#include <QLoggingCategory>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <unistd.h>

#if defined(__GLIBC__)
#include <features.h>
#endif

namespace fd {

namespace {

// Debug: whether the program started again (QT_LOGGING_RULES="funneldesk.heap.debug=true").
Q_LOGGING_CATEGORY(lcHeap, "funneldesk.heap", QtWarningMsg)

constexpr char kTunables[] = "GLIBC_TUNABLES";
// What GLIBC_TUNABLES was at the first start: "set:" and its value, or "unset".
constexpr char kFirstTunables[] = "FUNNELDESK_GLIBC_TUNABLES";
constexpr char kHugePages[] = "glibc.malloc.hugetlb";

// Whether malloc in this build is glibc's, recent enough to know the tunable. A sanitizer brings
// its own allocator, and an older glibc ignores a tunable it does not know.
#if defined(__GLIBC__) && __GLIBC_PREREQ(2, 35)
#define FD_MALLOC_TAKES_TUNABLE 1
#else
#define FD_MALLOC_TAKES_TUNABLE 0
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#undef FD_MALLOC_TAKES_TUNABLE
#define FD_MALLOC_TAKES_TUNABLE 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) ||                         \
    __has_feature(memory_sanitizer)
#undef FD_MALLOC_TAKES_TUNABLE
#define FD_MALLOC_TAKES_TUNABLE 0
#endif
#endif
constexpr bool kMallocTakesTheTunable = FD_MALLOC_TAKES_TUNABLE != 0;

bool setsHugePages(const QByteArray& tunables)
{
    // name=value pairs separated by ':' (the glibc manual, "Tunables").
    for (const QByteArray& pair : tunables.split(':')) {
        const qsizetype equals = pair.indexOf('=');
        if ((equals < 0 ? pair : pair.left(equals)) == kHugePages)
            return true;
    }
    return false;
}

void restore(const char* firstTunables)
{
    const QByteArrayView first(firstTunables);
    if (first.startsWith("set:"))
        ::setenv(kTunables, firstTunables + 4, 1);
    else
        ::unsetenv(kTunables);
    ::unsetenv(kFirstTunables);
}

} // namespace

bool mallocTakesHugePageTunable()
{
    return kMallocTakesTheTunable;
}

std::optional<QByteArray> tunablesWithHugePages(const char* current, QByteArrayView thpEnabled)
{
    if (current && setsHugePages(QByteArray(current)))
        return std::nullopt;
    if (!thpEnabled.contains("[madvise]"))
        return std::nullopt;
    QByteArray tunables(current ? current : "");
    if (!tunables.isEmpty())
        tunables += ':';
    return tunables + kHugePages + "=1";
}

void startWithHugePageHeap(char* argv[])
{
    if constexpr (!kMallocTakesTheTunable)
        return;
    const char* const current = std::getenv(kTunables);
    if (const char* first = std::getenv(kFirstTunables)) {
        // Started again (or a stray variable): the user's environment back, for what FunnelDesk
        // starts in its turn.
        if (current && setsHugePages(QByteArray(current))) {
            qCDebug(lcHeap, "Started again with GLIBC_TUNABLES=%s.", current);
            restore(first);
            return;
        }
        ::unsetenv(kFirstTunables);
    }
    QFile modes(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    const QByteArray thpEnabled = modes.open(QIODevice::ReadOnly) ? modes.readAll() : QByteArray();
    const std::optional<QByteArray> tunables = tunablesWithHugePages(current, thpEnabled);
    if (!tunables)
        return;
    const QByteArray first = current ? "set:" + QByteArray(current) : QByteArray("unset");
    if (::setenv(kFirstTunables, first.constData(), 1) != 0 ||
        ::setenv(kTunables, tunables->constData(), 1) != 0) {
        restore(first.constData());
        return;
    }
    ::execv("/proc/self/exe", argv);
    const int error = errno;
    restore(first.constData()); // exec failed: run on as we are
    qCDebug(lcHeap, "Could not start again with GLIBC_TUNABLES=%s: %s.", tunables->constData(),
            std::strerror(error));
}

} // namespace fd
