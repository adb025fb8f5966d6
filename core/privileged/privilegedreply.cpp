// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "privilegedreply.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{
PrivilegedReply::Error errorFromName(const QString &name)
{
    using Error = PrivilegedReply::Error;
    static const QHash<QString, Error> errors = {
        {QStringLiteral("not-authorized"), Error::NotAuthorized},
        {QStringLiteral("cancelled"), Error::Cancelled},
        {QStringLiteral("helper-missing"), Error::HelperMissing},
        {QStringLiteral("busy"), Error::Busy},
        {QStringLiteral("invalid-arguments"), Error::InvalidArguments},
        {QStringLiteral("kernel-refused"), Error::KernelRefused},
        {QStringLiteral("no-such-process"), Error::NoSuchProcess},
    };
    return errors.value(name, Error::Failed);
}
}

PrivilegedReply PrivilegedReply::fromClientOutput(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {Error::Failed, tr("the helper's client gave an answer MemLens does not understand: %1").arg(QString::fromUtf8(line.left(200))), {}};
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("ok")).toBool())
        return {Error::None, {}, object.value(QStringLiteral("data")).toObject().toVariantMap()};
    return {errorFromName(object.value(QStringLiteral("error")).toString()), object.value(QStringLiteral("message")).toString(), {}};
}

QString PrivilegedReply::explanation() const
{
    switch (error) {
    case Error::None:
        return message;
    case Error::NotAuthorized:
        return tr("You are not allowed to make this change: the system's policy refused it.");
    case Error::Cancelled:
        return tr("Cancelled: nothing was changed.");
    case Error::HelperMissing:
        return tr(
            "MemLens's privileged helper is not installed. Install it with: sudo cmake --install build/dev --component memlens-helper "
            "--prefix /usr (./build.sh run does this for you).");
    case Error::ClientMissing:
        return tr("memlens-kauth-client was not found next to MemLens; rebuild MemLens (./build.sh run).");
    case Error::Busy:
        return tr("The helper is busy with another change; try again in a moment.");
    case Error::InvalidArguments:
        return tr("The helper refused the request: %1").arg(message);
    case Error::KernelRefused:
        return tr("The kernel refused the value: %1").arg(message);
    case Error::NoSuchProcess:
        return tr("The process has ended (or its number now belongs to another process): %1").arg(message);
    case Error::Failed:
        break;
    }
    return tr("The change failed: %1").arg(message);
}
