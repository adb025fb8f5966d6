// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// How long a test waits for something that arrives through the event loop or from another
// process. A refresh that takes 50 ms on a quiet machine can take seconds on a loaded two-core
// one running the sanitizer build beside another build: tests wait for what they need, returning
// as soon as it is there, and give up only after a time that means something is stuck.
namespace Waits
{
constexpr int patientMs = 60'000;
}
