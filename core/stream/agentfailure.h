// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// The last record an agent writes when it must stop (a request it cannot take, requests of
// another version): why, in a sentence for the person at the other end of the pipe.
struct AgentFailure {
    QString reason;

    bool operator==(const AgentFailure &) const = default;
};
