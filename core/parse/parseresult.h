// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// What a parser returns: everything it could understand, and the first thing it could not.
// A parser never throws and never drops good data because of one bad line: a caller shows the
// value and, when error is set, says that the file was only partly understood.
template<typename T>
struct ParseResult {
    T value{};
    QString error; // empty when the whole text was understood

    bool ok() const
    {
        return error.isEmpty();
    }
};
