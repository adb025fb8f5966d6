// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

// A request to the helper as the rules see it: text keys and text values, nothing else.
using Arguments = std::map<std::string, std::string>;

// What a rule did: done (with what it read back), or why not, in one sentence for the user.
struct Outcome {
    enum class Status {
        Done,
        InvalidArguments, // the request breaks a rule; nothing was touched
        KernelRefused, // the kernel would not take a valid-looking value
        NoSuchProcess, // the process ended, or its pid belongs to another process now
        Failed, // an error reading or writing
    };
    Status status = Status::Done;
    std::string message;
    std::map<std::string, std::string> data;

    static Outcome invalid(std::string message)
    {
        return {Status::InvalidArguments, std::move(message), {}};
    }
};

namespace Request
{
// The longest key or value a request may hold: every legitimate one is a few characters.
inline constexpr size_t maxLength = 64;

// Refuses unknown keys, missing required ones and anything longer than maxLength; nullopt when
// the request's keys are acceptable.
std::optional<Outcome> checkKeys(const Arguments &arguments, const std::set<std::string> &required, const std::set<std::string> &optional = {});

// A whole decimal integer within [min, max]: no sign but a leading '-', no spaces, no other base,
// nothing after the digits.
std::optional<int64_t> integer(const std::string &text, int64_t min, int64_t max);
}
