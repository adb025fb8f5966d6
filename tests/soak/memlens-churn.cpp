// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// memlens-churn RATE: forks RATE short-lived children a second until SIGTERM, then kills and
// reaps those still alive and prints "children N seconds S" on stdout.
//
// A program of its own rather than a thread of the soak test: the children then fork from a small
// single-threaded process (not from the sampler's, with ASan's heap and Qt's threads), the heap
// the test watches is the sampler's alone, a child can rewrite its command line in the argv of its
// own main(), and the test ends the whole churn, children included, with one signal to its group.

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iterator>
#include <vector>

namespace
{
// What a child does. Composed so that every pair of features meets in some child.
enum Feature {
    ExitAtOnce = 0, // gone before a reader that listed it in /proc can open its files
    Anonymous = 1 << 0, // private anonymous pages, touched
    SharedMemfd = 1 << 1, // a shared memfd mapping, written, so its pages are shared with others
    MappedFile = 1 << 2, // a real file mapped and read through (this program's executable)
    SpacedName = 1 << 3, // a task name with spaces
    HostileName = 1 << 4, // a task name with ") " inside, as if stat's comm field ended early
    Renames = 1 << 5, // a new task name and command line half-way through its life
};
constexpr int kinds[] = {
    ExitAtOnce,
    ExitAtOnce,
    ExitAtOnce,
    Anonymous,
    SharedMemfd,
    MappedFile,
    Anonymous | SpacedName,
    SharedMemfd | HostileName,
    Anonymous | Renames,
    Anonymous | SharedMemfd | MappedFile | SpacedName | Renames,
};

constexpr long pageBytes = 4096;
constexpr long sharedBytes = 1 << 20;
constexpr long mappedFileMaxBytes = 4 << 20;
constexpr std::size_t maxAlive = 400; // a stalled machine must not pile up thousands of children

volatile sig_atomic_t g_stop = 0;

struct Setup {
    int memfd = -1;
    int file = -1;
    long fileBytes = 0;
    char *argvArea = nullptr; // the bytes /proc/PID/cmdline shows
    long argvBytes = 0;
};

std::int64_t nowNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return std::int64_t(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

void sleepUntil(std::int64_t ns)
{
    const timespec at{time_t(ns / 1'000'000'000), long(ns % 1'000'000'000)};
    clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &at, nullptr); // EINTR: SIGTERM, seen by the caller
}

void *mapOrDie(long bytes, int protection, int flags, int fd)
{
    void *memory = mmap(nullptr, std::size_t(bytes), protection, flags, fd, 0);
    if (memory == MAP_FAILED)
        _exit(2);
    return memory;
}

void setName(const char *format, long index)
{
    char name[16]; // the kernel keeps 15 bytes of a task name
    std::snprintf(name, sizeof name, format, index % 1000);
    prctl(PR_SET_NAME, name);
}

// As setproctitle() does: the new title over the old arguments, the rest zeroed, so that the
// kernel shows it as one argument.
void setCommandLine(const Setup &setup, long index)
{
    std::memset(setup.argvArea, 0, std::size_t(setup.argvBytes));
    std::snprintf(setup.argvArea, std::size_t(setup.argvBytes), "soak: renamed child %ld", index);
}

[[noreturn]] void runChild(long index, const Setup &setup)
{
    const int kind = kinds[std::size_t(index) % std::size(kinds)];
    if (kind == ExitAtOnce)
        _exit(0);
    prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive the churn, even one killed outright
    if (kind & SpacedName)
        setName("soak child %ld", index);
    if (kind & HostileName)
        setName("soak) R (%ld", index);
    volatile long sum = 0;
    if (kind & Anonymous) {
        const long bytes = (1 + index % 16) * 16 * pageBytes;
        std::memset(mapOrDie(bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1), int(index), std::size_t(bytes));
    }
    if (kind & SharedMemfd) {
        auto *shared = static_cast<volatile char *>(mapOrDie(sharedBytes, PROT_READ | PROT_WRITE, MAP_SHARED, setup.memfd));
        for (long at = 0; at < sharedBytes; at += pageBytes)
            shared[at] = char(index);
    }
    if (kind & MappedFile) {
        const auto *file = static_cast<const volatile char *>(mapOrDie(setup.fileBytes, PROT_READ, MAP_PRIVATE, setup.file));
        for (long at = 0; at < setup.fileBytes; at += pageBytes)
            sum = sum + file[at];
    }
    const std::int64_t born = nowNs();
    const std::int64_t lifeNs = (50 + index * 37 % 350) * 1'000'000; // 50 to 400 ms
    sleepUntil(born + lifeNs / 2);
    if (kind & Renames) {
        setName("soak renamed %ld", index);
        setCommandLine(setup, index);
    }
    sleepUntil(born + lifeNs);
    _exit(0);
}

Setup prepare(int argc, char **argv)
{
    Setup setup;
    setup.memfd = memfd_create("memlens-soak-shared", MFD_CLOEXEC);
    setup.file = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    struct stat file {
    };
    if (setup.memfd < 0 || ftruncate(setup.memfd, sharedBytes) != 0 || setup.file < 0 || fstat(setup.file, &file) != 0) {
        std::perror("memlens-churn: setup");
        std::exit(1);
    }
    setup.fileBytes = std::min<long>(file.st_size, mappedFileMaxBytes);
    setup.argvArea = argv[0];
    setup.argvBytes = long(argv[argc - 1] + std::strlen(argv[argc - 1]) + 1 - argv[0]);
    return setup;
}

void reap(std::vector<pid_t> &alive, int options)
{
    pid_t pid;
    while ((pid = waitpid(-1, nullptr, options)) > 0)
        alive.erase(std::remove(alive.begin(), alive.end(), pid), alive.end());
}
} // namespace

int main(int argc, char **argv)
{
    const long rate = argc == 2 ? std::atol(argv[1]) : 0;
    if (rate <= 0) {
        std::fprintf(stderr, "usage: memlens-churn CHILDREN_PER_SECOND\n");
        return 1;
    }
    const pid_t parent = getppid();
    prctl(PR_SET_PDEATHSIG, SIGTERM); // the test was killed: stop, and take the children along
    if (getppid() != parent)
        return 1;
    struct sigaction stop {
    };
    stop.sa_handler = [](int) {
        g_stop = 1;
    };
    sigaction(SIGTERM, &stop, nullptr); // no SA_RESTART: the sleep ends at once
    const Setup setup = prepare(argc, argv);

    std::vector<pid_t> alive;
    alive.reserve(maxAlive);
    long forked = 0;
    const std::int64_t start = nowNs();
    const std::int64_t periodNs = 1'000'000'000 / rate;
    std::printf("ready\n");
    std::fflush(stdout);
    for (std::int64_t tick = 1; !g_stop; ++tick) {
        reap(alive, WNOHANG);
        if (alive.size() < maxAlive) {
            const pid_t pid = fork();
            if (pid < 0) {
                std::perror("memlens-churn: fork");
                break;
            }
            if (pid == 0)
                runChild(forked, setup);
            alive.push_back(pid);
            ++forked;
        }
        // Deadlines from the start, not from now: a late wake-up is caught up, not lost. A fork
        // skipped because too many are alive is lost, and lowers the rate reported.
        sleepUntil(start + tick * periodNs);
    }
    const double seconds = double(nowNs() - start) / 1e9;
    for (const pid_t pid : alive)
        kill(pid, SIGKILL);
    reap(alive, 0);
    std::printf("children %ld seconds %.3f\n", forked, seconds);
    return g_stop ? 0 : 1;
}
