// funneldesk_heap_pages_probe: a main that starts as both programs do
// (fd::startWithHugePageHeap first), then prints what it ended up with, for HeapPagesTest:
//   pid N                  its process id
//   starts N               how many times main began (FD_PROBE_STARTS, counted across exec)
//   tunables VALUE|unset   GLIBC_TUNABLES as the program sees it after the start
//   first VALUE|unset      FUNNELDESK_GLIBC_TUNABLES, likewise
//   huge_kb N              AnonHugePages (KiB) of the process after 64 MiB malloc'd and touched
//   touched 1              a byte of that block
#include "common/HeapPages.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <unistd.h>

namespace {

const char* orUnset(const char* value)
{
    return value ? value : "unset";
}

long long anonHugeKilobytes()
{
    std::FILE* rollup = std::fopen("/proc/self/smaps_rollup", "r");
    if (!rollup)
        return -1;
    long long kb = -1;
    char line[256];
    while (std::fgets(line, sizeof line, rollup)) {
        if (std::strncmp(line, "AnonHugePages:", 14) == 0)
            kb = std::atoll(line + 14);
    }
    std::fclose(rollup);
    return kb;
}

} // namespace

int main(int, char* argv[])
{
    const char* before = std::getenv("FD_PROBE_STARTS");
    const std::string starts = std::to_string((before ? std::atoi(before) : 0) + 1);
    ::setenv("FD_PROBE_STARTS", starts.c_str(), 1);
    fd::startWithHugePageHeap(argv);

    constexpr std::size_t kBytes = std::size_t{64} << 20;
    auto* block = static_cast<char*>(std::malloc(kBytes));
    if (!block)
        return 1;
    std::memset(block, 1, kBytes);
    const long long huge = anonHugeKilobytes();
    // Reading the block back keeps the compiler from leaving out the malloc and the memset.
    std::printf("pid %d\nstarts %s\ntunables %s\nfirst %s\nhuge_kb %lld\ntouched %d\n",
                static_cast<int>(::getpid()), starts.c_str(),
                orUnset(std::getenv("GLIBC_TUNABLES")),
                orUnset(std::getenv("FUNNELDESK_GLIBC_TUNABLES")), huge, block[kBytes - 1]);
    std::free(block);
    return 0;
}
