// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "byteformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace ByteFormat
{

QString human(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString exact(qint64 bytes)
{
    return QCoreApplication::translate("ByteFormat", "%1 bytes").arg(QLocale().toString(bytes));
}

QString humanOrDash(std::optional<qint64> bytes)
{
    return bytes ? human(*bytes) : unavailable();
}

QString unavailable()
{
    return QStringLiteral("—");
}

} // namespace ByteFormat
