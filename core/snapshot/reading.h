// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

// A value read from the kernel, or the reason it could not be: "permission denied",
// "not provided by this kernel", "the process ended while it was read". The UI shows the reason
// where the value would be; nothing downstream ever turns a missing value into a zero.
template<typename T>
struct Reading {
    std::optional<T> value;
    QString unavailableReason; // set when value is empty
    QString problem; // set when value holds partial data from a file that was not fully understood

    static Reading missing(const QString &reason)
    {
        return Reading{std::nullopt, reason, {}};
    }
    bool available() const
    {
        return value.has_value();
    }

    bool operator==(const Reading &) const = default;
};
