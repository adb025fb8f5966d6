// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// How the helper tells the client why it refused: KAuth carries an integer error code with a
// helper's error reply. Codes start well above KAuth's own errors so the two never collide.
namespace MemLensHelperStatus
{
enum Code {
    InvalidArguments = 1001,
    KernelRefused,
    NoSuchProcess,
    Failed,
};

// The client's name for a helper code, or nullptr for a code that is not the helper's.
inline const char *name(int code)
{
    switch (code) {
    case InvalidArguments:
        return "invalid-arguments";
    case KernelRefused:
        return "kernel-refused";
    case NoSuchProcess:
        return "no-such-process";
    case Failed:
        return "failed";
    default:
        return nullptr;
    }
}
}
