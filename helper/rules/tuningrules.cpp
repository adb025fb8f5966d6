// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tuningrules.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <unistd.h>
#include <vector>

#include <dirent.h>

namespace
{
// Closes a descriptor on every return path, keeping errno: the caller reports the error that
// made it give up, not one from closing.
struct FileDescriptor {
    explicit FileDescriptor(int descriptor)
        : fd(descriptor)
    {
    }
    ~FileDescriptor()
    {
        const int error = errno;
        if (fd >= 0)
            close(fd);
        errno = error;
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    const int fd;
};

// readFile stops at about this much: far more than any file the rules read.
constexpr size_t readCap = 1u << 20;

// name is relative to directory (a descriptor, or AT_FDCWD for an absolute name).
std::optional<std::string> readFile(int directory, const std::string &name)
{
    const FileDescriptor file(openat(directory, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (file.fd < 0)
        return std::nullopt;
    std::string text;
    std::array<char, 4096> buffer;
    ssize_t got = 0;
    while ((got = read(file.fd, buffer.data(), buffer.size())) > 0 && text.size() < readCap)
        text.append(buffer.data(), size_t(got));
    if (got < 0)
        return std::nullopt;
    return text;
}

// 0 on success, else errno. The file must exist already: the helper never creates one.
int writeFile(int directory, const std::string &name, const std::string &text)
{
    const FileDescriptor file(openat(directory, name.c_str(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC));
    if (file.fd < 0)
        return errno;
    const std::string line = text + "\n";
    const ssize_t written = write(file.fd, line.data(), line.size());
    return written < 0 ? errno : written != ssize_t(line.size()) ? EIO : 0;
}

std::string trimmed(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

Outcome failed(const std::string &what, const std::string &path, int error)
{
    return {Outcome::Status::Failed, "could not " + what + " " + path + ": " + std::strerror(error), {}};
}

// "always [madvise] never": the words the kernel offers, and the one in brackets.
struct Choice {
    std::vector<std::string> offered;
    std::string selected;
};

Choice parseChoice(const std::string &text)
{
    Choice choice;
    std::istringstream words(text);
    std::string word;
    while (words >> word) {
        if (word.size() > 2 && word.front() == '[' && word.back() == ']') {
            word = word.substr(1, word.size() - 2);
            choice.selected = word;
        }
        choice.offered.push_back(word);
    }
    return choice;
}

// The fields of /proc/PID/stat after the command name, which may itself hold ") ": the name
// ends at the last ')'. fields[0] is the state (field 3 of proc(5)).
std::optional<std::vector<std::string>> statFields(const std::string &stat)
{
    const size_t close = stat.rfind(')');
    if (close == std::string::npos)
        return std::nullopt;
    std::vector<std::string> fields;
    std::istringstream rest(stat.substr(close + 1));
    std::string field;
    while (rest >> field)
        fields.push_back(field);
    if (fields.size() < 20)
        return std::nullopt;
    return fields;
}

constexpr int64_t kernelThreadFlag = 0x00200000; // PF_KTHREAD

struct ProcessIdentity {
    uint64_t startTime = 0;
    bool kernelThread = false;
};

// /proc/PID opened as a directory stays bound to that one process: once it ends, files opened
// through the descriptor fail instead of reaching a newcomer given the same pid. So the start
// time checked, the value written and the figures read all belong to the same process.
FileDescriptor processDirectory(const RootDir &root, int64_t pid)
{
    return FileDescriptor(open(root.resolve("/proc/" + std::to_string(pid)).c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
}

std::optional<ProcessIdentity> identityOf(int processDirectory)
{
    const auto stat = readFile(processDirectory, "stat");
    const auto fields = stat ? statFields(*stat) : std::nullopt;
    if (!fields)
        return std::nullopt;
    const auto flags = Request::integer((*fields)[6], 0, INT64_MAX); // field 9
    const auto start = Request::integer((*fields)[19], 0, INT64_MAX); // field 22
    if (!flags || !start)
        return std::nullopt;
    return ProcessIdentity{uint64_t(*start), (*flags & kernelThreadFlag) != 0};
}

// Writes value to a one-value sysctl-like file and reads it back. path only names the file in
// messages; name is opened relative to directory.
Outcome writeAndReadBack(int directory, const std::string &name, const std::string &path, const std::string &value, const std::string &what)
{
    // ESRCH: a /proc/PID file opened through a descriptor whose process has ended.
    const Outcome ended{Outcome::Status::NoSuchProcess, "the process ended before " + what + " could be set", {}};
    const auto old = readFile(directory, name);
    if (!old) {
        const int error = errno;
        return error == ESRCH ? ended : failed("read", path, error);
    }
    if (const int error = writeFile(directory, name, value)) {
        if (error == EINVAL)
            return {Outcome::Status::KernelRefused, "the kernel refused " + what + " " + value + " (" + std::strerror(error) + ")", {}};
        return error == ESRCH ? ended : failed("write", path, error);
    }
    const auto now = readFile(directory, name);
    return {Outcome::Status::Done, what + " is now " + (now ? trimmed(*now) : value), {{"old", trimmed(*old)}, {"new", now ? trimmed(*now) : value}}};
}

Outcome writeAndReadBack(const std::string &path, const std::string &value, const std::string &what)
{
    return writeAndReadBack(AT_FDCWD, path, path, value, what);
}
}

Outcome TuningRules::setSwappiness(const RootDir &root, const Arguments &arguments)
{
    if (auto refused = Request::checkKeys(arguments, {"value"}))
        return *refused;
    const auto value = Request::integer(arguments.at("value"), 0, 200);
    if (!value)
        return Outcome::invalid("swappiness must be a whole number from 0 to 200");
    return writeAndReadBack(root.resolve("/proc/sys/vm/swappiness"), std::to_string(*value), "vm.swappiness");
}

Outcome TuningRules::setThp(const RootDir &root, const Arguments &arguments)
{
    if (auto refused = Request::checkKeys(arguments, {}, {"enabled", "defrag"}))
        return *refused;
    if (arguments.empty())
        return Outcome::invalid("say what to set: enabled, defrag or both");
    static const std::map<std::string, std::set<std::string>> words = {
        {"enabled", {"always", "madvise", "never"}},
        {"defrag", {"always", "defer", "defer+madvise", "madvise", "never"}},
    };
    // Check both before writing either, so a bad second value leaves the first unchanged too.
    std::map<std::string, std::string> paths;
    for (const auto &[knob, value] : arguments) {
        if (!words.at(knob).count(value))
            return Outcome::invalid("\"" + value + "\" is not a transparent huge page setting for " + knob);
        const std::string path = root.resolve("/sys/kernel/mm/transparent_hugepage/" + knob);
        const auto current = readFile(AT_FDCWD, path);
        if (!current)
            return failed("read", path, errno);
        const Choice choice = parseChoice(*current);
        if (std::find(choice.offered.begin(), choice.offered.end(), value) == choice.offered.end())
            return Outcome::invalid("this kernel does not offer \"" + value + "\" for " + knob);
        paths[knob] = path;
    }
    Outcome outcome{Outcome::Status::Done, {}, {}};
    for (const auto &[knob, value] : arguments) {
        const Outcome written = writeAndReadBack(paths[knob], value, "transparent huge pages " + knob);
        if (written.status != Outcome::Status::Done)
            return written;
        outcome.data[knob + ".old"] = parseChoice(written.data.at("old")).selected;
        outcome.data[knob + ".new"] = parseChoice(written.data.at("new")).selected;
        outcome.message += (outcome.message.empty() ? "" : "; ") + written.message;
    }
    return outcome;
}

Outcome TuningRules::dropCaches(const RootDir &root, const Arguments &arguments)
{
    if (auto refused = Request::checkKeys(arguments, {"value"}))
        return *refused;
    const auto value = Request::integer(arguments.at("value"), 1, 3);
    if (!value)
        return Outcome::invalid("drop_caches takes 1 (page cache), 2 (slab objects) or 3 (both)");
    // Dirty pages are not dropped; writing them out first lets the drop free what it can.
    if (root.isLive())
        sync();
    const std::string path = root.resolve("/proc/sys/vm/drop_caches");
    if (const int error = writeFile(AT_FDCWD, path, std::to_string(*value)))
        return failed("write", path, error);
    return {Outcome::Status::Done, "caches dropped", {{"value", std::to_string(*value)}}};
}

Outcome TuningRules::setOomScoreAdj(const RootDir &root, const Arguments &arguments)
{
    if (auto refused = Request::checkKeys(arguments, {"pid", "starttime", "value"}))
        return *refused;
    const auto pid = Request::integer(arguments.at("pid"), 1, 4194304); // PID_MAX_LIMIT
    const auto startTime = Request::integer(arguments.at("starttime"), 0, INT64_MAX);
    const auto value = Request::integer(arguments.at("value"), -1000, 1000);
    if (!pid)
        return Outcome::invalid("the pid must be a whole number above 0");
    if (!startTime)
        return Outcome::invalid("the start time must be a whole number");
    if (!value)
        return Outcome::invalid("oom_score_adj must be a whole number from -1000 to 1000");
    const std::string shown = std::to_string(*pid);
    const FileDescriptor directory = processDirectory(root, *pid);
    const auto identity = directory.fd >= 0 ? identityOf(directory.fd) : std::nullopt;
    if (!identity)
        return {Outcome::Status::NoSuchProcess, "process " + shown + " does not exist", {}};
    if (identity->startTime != uint64_t(*startTime))
        return {Outcome::Status::NoSuchProcess, "process " + shown + " is not the one meant: it started at another time", {}};
    if (identity->kernelThread)
        return Outcome::invalid("process " + shown + " is a kernel thread");
    const std::string path = root.resolve("/proc/" + shown + "/oom_score_adj");
    Outcome outcome = writeAndReadBack(directory.fd, "oom_score_adj", path, std::to_string(*value), "oom_score_adj of " + shown);
    if (outcome.status == Outcome::Status::Done) {
        if (const auto score = readFile(directory.fd, "oom_score"))
            outcome.data["oom_score"] = trimmed(*score);
    }
    return outcome;
}
