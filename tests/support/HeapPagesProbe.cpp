// funneldesk_heap_pages_probe: a main that starts as both programs do
// (fd::startWithHugePageHeap first), then prints what it ended up with, for HeapPagesTest:
//   pid N                  its process id
//   starts N               how many times main began (FD_PROBE_STARTS, counted across exec)
//   tunables VALUE|unset   GLIBC_TUNABLES as the program sees it after the start
//   first VALUE|unset      FUNNELDESK_GLIBC_TUNABLES, likewise
//   name_mark VALUE|unset  FUNNELDESK_PROCESS_NAME, likewise
//   force VALUE|unset      FUNNELDESK_HEAP_PAGES, likewise
//   name NAME              its process name, /proc/self/comm
//   hg 0|1                 whether malloc marked the mapping of a 64 MiB block for huge pages
//                          (madvise(MADV_HUGEPAGE): "hg" in its VmFlags in /proc/self/smaps)
//   touched 1              a byte of that block, written by memset
#include "common/HeapPages.h"

#include <cstdint>
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

std::string processName()
{
    char name[32] = {};
    if (std::FILE* comm = std::fopen("/proc/self/comm", "r")) {
        if (!std::fgets(name, sizeof name, comm))
            name[0] = '\0';
        std::fclose(comm);
    }
    std::string text(name);
    if (!text.empty() && text.back() == '\n')
        text.pop_back();
    return text;
}

// Whether the mapping holding `address` has "hg" among its VmFlags.
bool markedForHugePages(const void* address)
{
    std::FILE* smaps = std::fopen("/proc/self/smaps", "r");
    if (!smaps)
        return false;
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    bool inside = false;
    bool marked = false;
    char* line = nullptr;
    std::size_t capacity = 0;
    while (::getline(&line, &capacity, smaps) > 0) {
        unsigned long long from = 0;
        unsigned long long to = 0;
        // A mapping's first line starts with its address in lower-case hex; its fields
        // ("Size:", "VmFlags:") with a capital.
        const bool mapping =
            (line[0] >= '0' && line[0] <= '9') || (line[0] >= 'a' && line[0] <= 'f');
        if (mapping && std::sscanf(line, "%llx-%llx", &from, &to) == 2) {
            inside = at >= from && at < to;
        } else if (inside && std::strncmp(line, "VmFlags:", 8) == 0) {
            marked = std::strstr(line, " hg") != nullptr;
            break;
        }
    }
    std::free(line);
    std::fclose(smaps);
    return marked;
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
    const bool marked = markedForHugePages(block);
    // Reading the block back keeps the compiler from leaving out the malloc and the memset.
    std::printf("pid %d\nstarts %s\n", static_cast<int>(::getpid()), starts.c_str());
    std::printf("tunables %s\nfirst %s\n", orUnset(std::getenv("GLIBC_TUNABLES")),
                orUnset(std::getenv("FUNNELDESK_GLIBC_TUNABLES")));
    std::printf("name_mark %s\nforce %s\n", orUnset(std::getenv("FUNNELDESK_PROCESS_NAME")),
                orUnset(std::getenv("FUNNELDESK_HEAP_PAGES")));
    std::printf("name %s\nhg %d\ntouched %d\n", processName().c_str(), marked ? 1 : 0,
                block[kBytes - 1]);
    std::free(block);
    return 0;
}
