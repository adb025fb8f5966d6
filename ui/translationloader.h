// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>

class QCoreApplication;

// Loads MemLens's own translation (compiled into memlens_ui) and Qt's for the same language
// (standard buttons and dialogs), for the locale given: the system's at start, a fixed one in
// tests. English needs nothing; a language without a translation stays English.
namespace TranslationLoader
{
// Returns whether MemLens's own translation was found.
bool install(QCoreApplication *application, const QLocale &locale = QLocale());
}
