// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The privileged helper's rules on requests built from any bytes, against a fake root tree made
// from the captured 6.18 one (never "/"). Whatever a request says, a knob file only ever holds a
// value its rule allows, no other file changes, and a refused request writes nothing and returns
// no data.
//
// Input: the action on the first line (swappiness, thp, drop or adj), then one argument
// per line, "key=value" split at the first '='; a repeated key keeps its first value. Keys and
// values may hold any byte but '\n'.
#include "tuningrules.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

namespace
{
// The captured tree's processes, as in tst_tuningrules: a user process and kthreadd.
const std::string userPid = "23158";
const std::string kernelPid = "2";

fs::path root;
// Every file of the fake tree and what it holds before each input, so that inputs do not depend
// on each other and a crash reproduces from its input alone.
std::vector<std::pair<fs::path, std::string>> files;
std::ptrdiff_t entries = 0; // files and directories in the tree

std::ptrdiff_t countEntries()
{
    std::error_code error;
    return std::distance(fs::recursive_directory_iterator(root, error), fs::recursive_directory_iterator());
}

[[noreturn]] void fail(const std::string &what)
{
    std::fprintf(stderr, "fuzz_tuningrules: %s\n", what.c_str());
    std::abort();
}

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeFile(const fs::path &path, const std::string &text)
{
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush())
        fail("cannot write " + path.string());
}

void removeRoot()
{
    std::error_code ignored;
    fs::remove_all(root, ignored);
}

// "42\n" within [min, max], as the rules write numbers.
bool isNumberLine(const std::string &text, int64_t min, int64_t max)
{
    if (text.empty() || text.back() != '\n')
        return false;
    const auto value = Request::integer(text.substr(0, text.size() - 1), min, max);
    return value && std::to_string(*value) + "\n" == text;
}

// A word the captured choice file offers, written alone as the rule writes it.
bool isOfferedWord(const std::string &text, const std::string &choices)
{
    if (text.size() < 2 || text.back() != '\n' || text.find_first_of(" []\n") != text.size() - 1)
        return false;
    std::istringstream words(choices);
    for (std::string word; words >> word;) {
        if (word.front() == '[')
            word = word.substr(1, word.size() - 2);
        if (word + "\n" == text)
            return true;
    }
    return false;
}

// Whether a changed file holds something its rule may write; every other file must not change.
bool mayHold(const fs::path &path, const std::string &initial, const std::string &now)
{
    const std::string name = path.lexically_relative(root).string();
    if (name == "proc/sys/vm/swappiness")
        return isNumberLine(now, 0, 200);
    if (name == "proc/sys/vm/drop_caches")
        return isNumberLine(now, 1, 3);
    if (name == "sys/kernel/mm/transparent_hugepage/enabled" || name == "sys/kernel/mm/transparent_hugepage/defrag")
        return isOfferedWord(now, initial);
    if (name == "proc/" + userPid + "/oom_score_adj")
        return isNumberLine(now, -1000, 1000);
    return false;
}

using Rule = Outcome (*)(const RootDir &, const Arguments &);

Rule ruleFor(std::string_view action)
{
    return action == "swappiness" ? TuningRules::setSwappiness
        : action == "thp"         ? TuningRules::setThp
        : action == "drop"        ? TuningRules::dropCaches
        : action == "adj"         ? TuningRules::setOomScoreAdj
                                  : nullptr;
}
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    std::error_code error;
    const fs::path temp = fs::temp_directory_path(error);
    std::string name = (error ? fs::path("/tmp") : temp) / "memlens-fuzz-rules-XXXXXX";
    if (!mkdtemp(name.data()))
        fail("cannot create a directory under " + temp.string());
    root = name;
    std::atexit(removeRoot);

    const fs::path capture = fs::path(MEMLENS_FIXTURES) / "linux-6.18";
    const auto captured = [&](const std::string &path) {
        const std::string text = readFile(capture / path);
        if (text.empty())
            fail("missing fixture " + (capture / path).string());
        return text;
    };
    files = {
        {"proc/sys/vm/swappiness", captured("proc/sys/vm/swappiness")},
        {"proc/sys/vm/drop_caches", "0\n"},
        {"sys/kernel/mm/transparent_hugepage/enabled", captured("sys/kernel/mm/transparent_hugepage/enabled")},
        {"sys/kernel/mm/transparent_hugepage/defrag", captured("sys/kernel/mm/transparent_hugepage/defrag")},
    };
    for (const std::string &pid : {userPid, kernelPid}) {
        for (const char *file : {"stat", "oom_score_adj", "oom_score"})
            files.emplace_back("proc/" + pid + "/" + file, captured("proc/" + pid + "/" + file));
    }
    for (auto &[path, text] : files) {
        path = root / path;
        writeFile(path, text);
    }
    entries = countEntries();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    std::string_view input(reinterpret_cast<const char *>(data), size);
    const size_t firstEnd = input.find('\n');
    const Rule rule = ruleFor(input.substr(0, firstEnd));
    if (!rule)
        return 0;
    Arguments arguments;
    input.remove_prefix(firstEnd == std::string_view::npos ? input.size() : firstEnd + 1);
    while (!input.empty()) {
        const std::string_view line = input.substr(0, input.find('\n'));
        input.remove_prefix(std::min(input.size(), line.size() + 1));
        const size_t equals = line.find('=');
        arguments.emplace(line.substr(0, equals), equals == std::string_view::npos ? std::string_view() : line.substr(equals + 1));
    }

    const Outcome outcome = rule(RootDir(root.string()), arguments);

    if (outcome.status != Outcome::Status::Done && (outcome.message.empty() || !outcome.data.empty()))
        fail("a refusal without a reason, or with data");
    bool changed = false;
    for (const auto &[path, initial] : files) {
        const std::string now = readFile(path);
        if (now == initial)
            continue;
        changed = true;
        if (!mayHold(path, initial, now))
            fail(path.string() + " now holds \"" + now + "\"");
        writeFile(path, initial);
    }
    if (changed && outcome.status == Outcome::Status::InvalidArguments)
        fail("an invalid request changed a file");
    if (countEntries() != entries)
        fail("a file appeared in or vanished from the tree");
    return 0;
}
