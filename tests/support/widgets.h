// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

// A widget found as a screen reader finds it: by its accessible name, below parent.
template<typename T>
T *named(const QWidget *parent, const QString &accessibleName)
{
    for (T *widget : parent->findChildren<T *>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}
