// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tuningrules.h"

#include <QVariantMap>

// A helper rule's outcome as the application receives it: the reply data memlenshelper.cpp makes
// of it (every value as text, and the message), minus D-Bus (e2e-helper.sh covers that part).
namespace HelperReply
{
inline QVariantMap data(const Outcome &outcome)
{
    QVariantMap data;
    for (const auto &[key, value] : outcome.data)
        data.insert(QString::fromStdString(key), QString::fromStdString(value));
    data.insert(QStringLiteral("message"), QString::fromStdString(outcome.message));
    return data;
}
}
