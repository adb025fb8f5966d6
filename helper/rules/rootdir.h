// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <string>

// The directory under which the helper resolves every path it touches: "/" in the helper, a
// temporary tree in tests. Paths are chosen by the rules, never taken from a request.
class RootDir
{
public:
    explicit RootDir(std::string directory);

    // path is absolute ("/proc/sys/vm/swappiness").
    std::string resolve(const std::string &path) const;
    bool isLive() const
    {
        return m_directory == "/";
    }

private:
    std::string m_directory;
};
