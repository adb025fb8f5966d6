// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Real memory pressure for the watcher's tests, inside a memory cgroup the test made:
//   memlens-thrasher PROCS_FILE cache FILE MIB   writes a file of MIB mebibytes, then reads it
//                                                 through a mapping again and again: under a
//                                                 smaller limit every pass refaults its page cache
//   memlens-thrasher PROCS_FILE anon MIB         allocates and touches MIB mebibytes: above the
//                                                 limit, the cgroup's OOM killer ends it
// It first writes its own pid into PROCS_FILE (cgroup.procs), so every page it touches is
// charged to the cgroup. Runs until killed.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

namespace
{
int fail(const char *what)
{
    std::perror(what);
    return 2;
}

bool join(const char *procs)
{
    const std::string pid = std::to_string(getpid());
    const int fd = open(procs, O_WRONLY);
    const bool joined = fd >= 0 && write(fd, pid.data(), pid.size()) == ssize_t(pid.size());
    if (fd >= 0)
        close(fd);
    return joined;
}
}

int main(int argc, char **argv)
{
    if (argc < 4 || !join(argv[1]))
        return fail("memlens-thrasher: usage: PROCS_FILE cache FILE MIB | PROCS_FILE anon MIB; or cannot join the cgroup");
    const size_t page = size_t(sysconf(_SC_PAGESIZE));
    if (std::strcmp(argv[2], "anon") == 0) {
        const size_t bytes = size_t(std::atol(argv[3])) << 20;
        auto *memory = static_cast<volatile char *>(std::malloc(bytes));
        if (!memory)
            return fail("malloc");
        for (;;) {
            for (size_t at = 0; at < bytes; at += page)
                memory[at] = char(at);
        }
    }
    if (argc < 5 || std::strcmp(argv[2], "cache") != 0)
        return fail("memlens-thrasher: unknown mode");
    const size_t bytes = size_t(std::atol(argv[4])) << 20;
    const int fd = open(argv[3], O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return fail("open");
    static char chunk[1 << 20];
    for (size_t i = 0; i < sizeof chunk; ++i)
        chunk[i] = char(i * 131);
    for (size_t written = 0; written < bytes; written += sizeof chunk) {
        if (write(fd, chunk, sizeof chunk) != ssize_t(sizeof chunk))
            return fail("write");
    }
    const auto *mapped = static_cast<const volatile char *>(mmap(nullptr, bytes, PROT_READ, MAP_SHARED, fd, 0));
    if (mapped == MAP_FAILED)
        return fail("mmap");
    unsigned sum = 0;
    for (;;) {
        for (size_t at = 0; at < bytes; at += page)
            sum += unsigned(mapped[at]);
    }
}
