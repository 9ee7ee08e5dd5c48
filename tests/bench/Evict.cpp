// Evicts files from the kernel's page cache, so the next read of them comes from the disk:
// the "first run of the day" of tests/bench/run.sh. posix_fadvise(POSIX_FADV_DONTNEED)
// drops a file's clean cached pages (dirty ones are written back first by fdatasync).
// A file that does not exist is skipped (a database without a -wal).
// Usage: funneldesk_evict FILE...   Exit status 1 if a file exists but cannot be evicted.
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

int main(int argc, char* argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "Usage: funneldesk_evict FILE...\n");
        return 2;
    }
    int status = 0;
    for (int i = 1; i < argc; ++i) {
        const int fd = ::open(argv[i], O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            if (errno == ENOENT)
                continue;
            std::fprintf(stderr, "Cannot open %s: %s.\n", argv[i], std::strerror(errno));
            status = 1;
            continue;
        }
        // Dirty pages cannot be dropped: write them first (a no-op for a file only read).
        ::fdatasync(fd);
        if (const int rc = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED); rc != 0) {
            std::fprintf(stderr, "Cannot evict %s: %s.\n", argv[i], std::strerror(rc));
            status = 1;
        }
        ::close(fd);
    }
    return status;
}
