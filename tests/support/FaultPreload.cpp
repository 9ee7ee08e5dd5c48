// The fault shim (support/FaultVfs.h) for a whole process: a library the CLI tests preload
// into funneldesk-cli (LD_PRELOAD), which then opens every file through the shim, its own
// build untouched. Nothing happens unless the environment asks:
//   FUNNELDESK_TEST_FAULT=KIND:N          KIND write, full or read; fails the process's Nth call
//   FUNNELDESK_TEST_FAULT_REPORT=PATH     at exit, "CALLS HIT" written there (HIT 0 or 1): the
//                                          calls of that kind the process made, whether one failed
// Under AddressSanitizer the preload needs ASAN_OPTIONS=verify_asan_link_order=0.
#include "support/FaultVfs.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

using fd::test::FaultKind;

void writeReport()
{
    const char* path = std::getenv("FUNNELDESK_TEST_FAULT_REPORT");
    if (!path || !*path)
        return;
    if (FILE* out = std::fopen(path, "w")) {
        std::fprintf(out, "%d %d\n", fd::test::faults::calls(), fd::test::faults::hit() ? 1 : 0);
        std::fclose(out);
    }
}

__attribute__((constructor)) void armFromEnvironment()
{
    const char* spec = std::getenv("FUNNELDESK_TEST_FAULT");
    if (!spec || !*spec)
        return;
    const char* colon = std::strchr(spec, ':');
    if (!colon)
        return;
    const std::size_t length = static_cast<std::size_t>(colon - spec);
    FaultKind kind = FaultKind::Write;
    if (length == 4 && std::strncmp(spec, "full", 4) == 0)
        kind = FaultKind::Full;
    else if (length == 4 && std::strncmp(spec, "read", 4) == 0)
        kind = FaultKind::Read;
    else if (length != 5 || std::strncmp(spec, "write", 5) != 0)
        return;
    const int n = std::atoi(colon + 1);
    if (n < 1)
        return;
    fd::test::faults::install();
    fd::test::faults::arm(kind, n);
    std::atexit(writeReport);
}

} // namespace
