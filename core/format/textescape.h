// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Names from other processes (comm, argv, a mapped file's path, a user name from a directory
// service) are bytes of someone else's choosing. Written raw, a control character drives the
// reader's terminal (an ESC sequence that retitles it or clears the screen) and a bidi override
// reorders the text after it. Everything MemLens writes as plain text, or shows in a row, goes
// through here first; JSON keeps the exact text, its own escaping covers it.
namespace TextEscape
{
// Control characters (C0, DEL, C1) as \xNN, as ps and htop show them; bidi embeddings, overrides,
// isolates and marks, and the line and paragraph separators, as \uNNNN. Everything else as is.
QString visible(const QString &text);

// For a polkit dialog, which shows text without escaping and asks for a password under it:
// visible(), every other format character (zero-width joiners, tag characters, soft hyphens)
// escaped too, and cut to maxLength characters with an ellipsis.
QString forDialog(const QString &text, qsizetype maxLength);

// A CSV cell that a spreadsheet cannot read as a formula: visible(), with an apostrophe before
// a leading =, +, - or @.
QString csvCell(const QString &text);
}
