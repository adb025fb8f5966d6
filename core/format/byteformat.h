// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

// How MemLens writes memory sizes: binary units as the kernel counts them ("1.5 GiB"), exact
// byte counts for tooltips, and one sign for a value that is not available.
namespace ByteFormat
{
QString human(qint64 bytes);
QString exact(qint64 bytes);
// human() or the unavailable sign.
QString humanOrDash(std::optional<qint64> bytes);
// The sign shown in place of a value the kernel did not give us.
QString unavailable();
}
