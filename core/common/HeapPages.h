// Both programs' heap in transparent huge pages (2 MiB) instead of 4 KiB pages, through glibc's
// own switch for it: the tunable glibc.malloc.hugetlb=1 (glibc 2.35 and later; the glibc manual,
// "Memory Allocation Tunables"). With it, malloc asks the kernel with madvise(MADV_HUGEPAGE) for
// huge pages in the memory it maps. That matters where the kernel gives huge pages only to memory
// so marked: THP mode "madvise" in /sys/kernel/mm/transparent_hugepage/enabled (the kernel's
// Documentation/admin-guide/mm/transhuge.rst).
//
// Why: each 4 KiB page a process touches for the first time costs a page fault. On the
// project's machine, a virtual machine, a fault costs about 7 µs, and `report retention` on data
// set L touches about 35 MB: 18-20 % of its time went to faults. With the switch the same process
// took 3,800 faults instead of 9,500 (docs/PERFORMANCE.md, "Huge pages for the heap", for every
// figure).
//
// glibc reads its tunables once, from the environment, when a program starts. So the switch is
// set by starting the program again in the same process, before anything else happens.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace fd {

// The text of /sys/kernel/mm/transparent_hugepage/enabled, such as "always [madvise] never"
// (the bracketed word is the mode), or empty when it cannot be read.
QByteArray transparentHugePageModes();

// The value GLIBC_TUNABLES should hold to start again with huge pages, or nullopt when the
// program should run as it is. `current` is the variable's value (null when it is not set);
// `thpEnabled` is the text of /sys/kernel/mm/transparent_hugepage/enabled (empty when it cannot
// be read), such as "always [madvise] never".
// - nullopt when `current` already sets glibc.malloc.hugetlb (to any value): either this program
//   was started again already, or the user chose, e.g. glibc.malloc.hugetlb=0 to run it under
//   valgrind, which does not follow the second start.
// - nullopt unless the bracketed mode is "madvise". Under "always" glibc ignores the switch, and
//   under "never" there are no huge pages to ask for.
// - Otherwise `current` followed by ":glibc.malloc.hugetlb=1" (just the tunable when `current` is
//   null or empty). The user's other tunables are kept.
std::optional<QByteArray> tunablesWithHugePages(const char* current, QByteArrayView thpEnabled);

// Whether this build's malloc is glibc's, 2.35 or later, so that it takes the tunable: false
// under a sanitizer, which brings its own allocator.
bool mallocTakesHugePageTunable();

// Call early in main, before any thread starts and before argv is changed. This is a no-op
// unless this build's malloc is glibc's (2.35 or later, no sanitizer's allocator) and
// tunablesWithHugePages() returns a value. In that case, it sets GLIBC_TUNABLES to the value
// and execs /proc/self/exe with `argv`. The program runs again in the same process, with the
// same pid, start time, arguments and open files. The second start gets back the first one's
// process name (/proc/PID/comm, which the exec would make "exe") and the user's
// GLIBC_TUNABLES, so that ps, the lock messages and the programs FunnelDesk starts see what
// they saw before. A program never starts a third time. Returns only when the program should
// run as it is; if exec fails, it also returns, with the user's environment, and the program
// runs with 4 KiB pages. Also a no-op in secure mode (setuid, setgid or file capabilities,
// where glibc ignores the tunable), when the dynamic loader was started as the program, and
// under valgrind, whose own program /proc/self/exe would be. The kernel's copy of the
// environment (/proc/PID/environ, `ps e`) keeps what the exec was given: GLIBC_TUNABLES with the
// tunable, and the marks. The category funneldesk.heap says at debug level that the program
// started again, or why it could not. For tests only, FUNNELDESK_HEAP_PAGES=force starts again
// in every build (a sanitizer's malloc, THP not "madvise"); the second start removes it.
void startWithHugePageHeap(char* argv[]);

} // namespace fd
