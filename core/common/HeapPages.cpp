#include "common/HeapPages.h"

#include <QFile>
#include <QLoggingCategory>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <sys/auxv.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace fd {

namespace {

// Debug: whether the program started again (QT_LOGGING_RULES="funneldesk.heap.debug=true").
Q_LOGGING_CATEGORY(lcHeap, "funneldesk.heap", QtWarningMsg)

constexpr char kTunables[] = "GLIBC_TUNABLES";
// Set for the second start only: the first start's pid, then ':' and GLIBC_TUNABLES as it was,
// "set:" and its value or "unset". A value left from another process (another pid) is ignored.
constexpr char kFirstStart[] = "FUNNELDESK_GLIBC_TUNABLES";
// The first start's process name (/proc/PID/comm, what ps and the lock messages show): an exec
// of /proc/self/exe would make it "exe".
constexpr char kFirstName[] = "FUNNELDESK_PROCESS_NAME";
// Tests only: "force" starts again even where the switch does nothing (a sanitizer's malloc,
// THP not "madvise"), so that the start itself is tested in every build.
constexpr char kForce[] = "FUNNELDESK_HEAP_PAGES";
constexpr char kHugePages[] = "glibc.malloc.hugetlb";

// Whether malloc in this build is glibc's, recent enough to know the tunable. A sanitizer brings
// its own allocator, and an older glibc ignores a tunable it does not know.
// (__GLIBC__ and __GLIBC_PREREQ come with any C library header, <cstdlib> above.)
#define FD_MALLOC_TAKES_TUNABLE 0
#if defined(__GLIBC__)
#if __GLIBC_PREREQ(2, 35)
#undef FD_MALLOC_TAKES_TUNABLE
#define FD_MALLOC_TAKES_TUNABLE 1
#endif
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

// GLIBC_TUNABLES back as the first start had it ("set:VALUE" or "unset"), and the marks gone.
void restore(QByteArrayView firstTunables)
{
    if (firstTunables.startsWith("set:"))
        ::setenv(kTunables, firstTunables.sliced(4).toByteArray().constData(), 1);
    else
        ::unsetenv(kTunables);
    ::unsetenv(kFirstStart);
    ::unsetenv(kFirstName);
}

// When this is the second start of this process: what GLIBC_TUNABLES was at the first.
std::optional<QByteArray> firstStart()
{
    const QByteArray mark = qgetenv(kFirstStart);
    const QByteArray pid = QByteArray::number(static_cast<qint64>(::getpid())) + ':';
    if (!mark.startsWith(pid))
        return std::nullopt;
    return mark.sliced(pid.size());
}

} // namespace

QByteArray transparentHugePageModes()
{
    QFile modes(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    return modes.open(QIODevice::ReadOnly) ? modes.readAll() : QByteArray();
}

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
    const bool forced = qgetenv(kForce) == "force";
    if (const std::optional<QByteArray> first = firstStart()) {
        // The second start: never a third, whatever GLIBC_TUNABLES holds now (glibc drops the
        // tunable in secure mode). The first start's name and the user's environment back, for
        // ps and for what FunnelDesk starts in its turn.
        const QByteArray name = qgetenv(kFirstName);
        if (!name.isEmpty())
            ::prctl(PR_SET_NAME, name.constData(), 0, 0, 0);
        qCDebug(lcHeap, "Started again with GLIBC_TUNABLES=%s.", qgetenv(kTunables).constData());
        restore(*first);
        ::unsetenv(kForce);
        return;
    }
    ::unsetenv(kFirstStart); // another process's, if any
    ::unsetenv(kFirstName);
    if (!kMallocTakesTheTunable && !forced)
        return;
    // Not in secure mode (setuid, setgid, file capabilities: glibc ignores the tunable there),
    // not when the dynamic loader was started as the program (ld.so PROGRAM: AT_BASE is 0,
    // and /proc/self/exe is the loader, which would take the command for a program), and not
    // under valgrind (its preloaded library in LD_PRELOAD), whose own program /proc/self/exe is.
    if (::getauxval(AT_SECURE) != 0 || ::getauxval(AT_BASE) == 0 ||
        qgetenv("LD_PRELOAD").contains("/vgpreload_"))
        return;
    const char* const current = std::getenv(kTunables);
    const QByteArray thpEnabled = forced ? "always [madvise] never" : transparentHugePageModes();
    const std::optional<QByteArray> tunables = tunablesWithHugePages(current, thpEnabled);
    if (!tunables)
        return;
    const QByteArray first = current ? "set:" + QByteArray(current) : QByteArray("unset");
    char name[16] = {};
    ::prctl(PR_GET_NAME, name, 0, 0, 0);
    const QByteArray mark = QByteArray::number(static_cast<qint64>(::getpid())) + ':' + first;
    if (::setenv(kFirstStart, mark.constData(), 1) != 0 || ::setenv(kFirstName, name, 1) != 0 ||
        ::setenv(kTunables, tunables->constData(), 1) != 0) {
        restore(first);
        return;
    }
    ::execv("/proc/self/exe", argv);
    const int error = errno;
    restore(first); // exec failed: run on as we are
    qCDebug(lcHeap, "Could not start again with GLIBC_TUNABLES=%s: %s.", tunables->constData(),
            std::strerror(error));
}

} // namespace fd
