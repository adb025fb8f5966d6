// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The KAuth helper's id and its actions, shared by the helper, the client and the tests so that
// an id the client asks for is always one the helper and its polkit policy declare (a test
// compares these with io.github.memlens.helper.actions and the installed .policy).
// Plain C++: included by the Qt 5 helper and client and by the Qt 6 application alike.
namespace MemLensActions
{
inline constexpr char helperId[] = "io.github.memlens.helper";

inline constexpr char setSwappiness[] = "io.github.memlens.helper.setswappiness";
inline constexpr char setThp[] = "io.github.memlens.helper.setthp";
inline constexpr char dropCaches[] = "io.github.memlens.helper.dropcaches";
inline constexpr char setOomScoreAdj[] = "io.github.memlens.helper.setoomscoreadj";

inline constexpr const char *all[] = {setSwappiness, setThp, dropCaches, setOomScoreAdj};
}
