// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QIcon>

// Icons by their freedesktop name ("view-refresh"): the desktop's icon theme's where it has one
// (Breeze on Plasma, Adwaita on GNOME), else MemLens's own, compiled in and drawn in the
// palette's text colour, so a bare system shows them too and they read on light and dark alike.
namespace ThemedIcon
{
QIcon named(const QString &name);
}
