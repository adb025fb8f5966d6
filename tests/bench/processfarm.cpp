// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "processfarm.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

ProcessFarm::ProcessFarm(int processes, std::size_t sharedBytes, std::size_t privateBytes, int descriptors)
{
    // A memfd: a shared file without touching the disk, gone when the last process ends.
    const int fd = memfd_create("memlens-bench-shared", MFD_CLOEXEC);
    if (fd < 0 || ftruncate(fd, off_t(sharedBytes)) != 0) {
        std::perror("memfd");
        std::exit(1);
    }
    int ready[2];
    if (pipe(ready) != 0)
        std::exit(1);
    for (int i = 0; i < processes; ++i) {
        const pid_t pid = fork();
        if (pid < 0) {
            std::perror("fork");
            break;
        }
        if (pid == 0) {
            // A benchmark killed outright (or cut short by a closed pipe) takes its farm along.
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            close(ready[0]);
            const auto *shared = static_cast<const volatile char *>(mmap(nullptr, sharedBytes, PROT_READ, MAP_SHARED, fd, 0));
            long sum = 0;
            for (std::size_t at = 0; at < sharedBytes; at += 4096)
                sum += shared[at];
            auto *own = static_cast<char *>(mmap(nullptr, privateBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
            std::memset(own, int(sum & 0x7f) + 1, privateBytes);
            // Descriptors are numbered from 0, the lowest free first: open until the highest is the last.
            for (int fd = 0; fd >= 0 && fd + 1 < descriptors;)
                fd = ::open("/dev/null", O_RDONLY);
            const char one = 1;
            (void)!write(ready[1], &one, 1);
            close(ready[1]);
            for (;;)
                pause();
        }
        m_pids.push_back(pid);
    }
    close(ready[1]);
    close(fd);
    // Wait until every process has its pages resident.
    char byte;
    for (std::size_t i = 0; i < m_pids.size() && read(ready[0], &byte, 1) == 1; ++i) { }
    close(ready[0]);
}

ProcessFarm::~ProcessFarm()
{
    for (const pid_t pid : m_pids)
        kill(pid, SIGKILL);
    for (const pid_t pid : m_pids)
        waitpid(pid, nullptr, 0);
}
