// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "request.h"

#include <charconv>

std::optional<Outcome> Request::checkKeys(const Arguments &arguments, const std::set<std::string> &required, const std::set<std::string> &optional)
{
    for (const auto &[key, value] : arguments) {
        if (key.size() > maxLength || value.size() > maxLength)
            return Outcome::invalid("an argument is longer than any valid one");
        if (!required.count(key) && !optional.count(key))
            return Outcome::invalid("unexpected argument \"" + key + "\"");
    }
    for (const std::string &key : required) {
        if (!arguments.count(key))
            return Outcome::invalid("missing argument \"" + key + "\"");
    }
    return std::nullopt;
}

std::optional<int64_t> Request::integer(const std::string &text, int64_t min, int64_t max)
{
    if (text.empty() || text.front() == '+')
        return std::nullopt;
    int64_t value = 0;
    const char *end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value, 10);
    if (error != std::errc() || stop != end || value < min || value > max)
        return std::nullopt;
    return value;
}
