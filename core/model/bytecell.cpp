// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bytecell.h"

#include "format/byteformat.h"
#include "model/modelroles.h"

#include <QLocale>

QVariant percentData(double percent, int role, int decimals)
{
    if (role == Qt::DisplayRole)
        return QString(QLocale().toString(percent, 'f', decimals) + QStringLiteral(" %"));
    return role == ModelRoles::RawValueRole ? QVariant(percent) : QVariant();
}

QVariant countData(std::optional<double> count, const QString &unavailableReason, int role, int decimals)
{
    switch (role) {
    case Qt::DisplayRole:
        return count ? QLocale().toString(*count, 'f', decimals) : ByteFormat::unavailable();
    case Qt::ToolTipRole:
    case ModelRoles::UnavailableReasonRole:
        return count ? QVariant() : QVariant(unavailableReason);
    case ModelRoles::RawValueRole:
        return count ? QVariant(*count) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ByteCell::data(int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return ByteFormat::humanOrDash(bytes);
    case Qt::ToolTipRole:
        if (bytes)
            return ByteFormat::exact(*bytes);
        return unavailableReason.isEmpty() ? QVariant() : QVariant(unavailableReason);
    case ModelRoles::RawValueRole:
        return bytes ? QVariant(*bytes) : QVariant();
    case ModelRoles::UnavailableReasonRole:
        return bytes ? QString() : unavailableReason;
    default:
        return {};
    }
}
