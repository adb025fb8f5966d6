// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <sys/types.h>

#include <cstddef>
#include <vector>

// A farm of idle processes like a browser's renderers: each maps the same shared file (read
// through, so every page is resident in every process), has private memory of its own and holds
// open descriptors (at least descriptors: /dev/null opened until there are as many), which
// MemLens lists to find GPU clients. Started by fork before the benchmark creates any thread;
// ended when destroyed.
class ProcessFarm
{
public:
    ProcessFarm(int processes, std::size_t sharedBytes, std::size_t privateBytes, int descriptors = 0);
    ~ProcessFarm();
    ProcessFarm(const ProcessFarm &) = delete;
    ProcessFarm &operator=(const ProcessFarm &) = delete;

    const std::vector<pid_t> &pids() const
    {
        return m_pids;
    }

private:
    std::vector<pid_t> m_pids;
};
