// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "privilegedrequest.h"

#include "format/textescape.h"

#include "actionids.h"

namespace
{
using Action = PrivilegedRequest::Action;

const char *actionId(Action action)
{
    switch (action) {
    case Action::SetSwappiness:
        return MemLensActions::setSwappiness;
    case Action::SetTransparentHugePages:
        return MemLensActions::setThp;
    case Action::DropCaches:
        return MemLensActions::dropCaches;
    case Action::SetOomScoreAdj:
        return MemLensActions::setOomScoreAdj;
    }
    Q_UNREACHABLE();
}

constexpr qsizetype helperPrefixLength = sizeof(MemLensActions::helperId); // the id and its dot
}

QString PrivilegedRequest::actionName() const
{
    return QString::fromLatin1(actionId(action) + helperPrefixLength);
}

std::optional<PrivilegedRequest::Action> PrivilegedRequest::actionFromName(const QString &name)
{
    for (const Action action : {Action::SetSwappiness, Action::SetTransparentHugePages, Action::DropCaches, Action::SetOomScoreAdj}) {
        if (name == QLatin1StringView(actionId(action) + helperPrefixLength))
            return action;
    }
    return std::nullopt;
}

PrivilegedRequest PrivilegedRequest::swappiness(int value)
{
    return {Action::SetSwappiness, {{QStringLiteral("value"), QString::number(value)}}, tr("Set vm.swappiness to %1").arg(value)};
}

PrivilegedRequest PrivilegedRequest::transparentHugePages(const QString &enabled, const QString &defrag)
{
    PrivilegedRequest request{Action::SetTransparentHugePages, {}, {}};
    QStringList said;
    if (!enabled.isEmpty()) {
        request.arguments.insert(QStringLiteral("enabled"), enabled);
        said.append(tr("use them %1").arg(enabled));
    }
    if (!defrag.isEmpty()) {
        request.arguments.insert(QStringLiteral("defrag"), defrag);
        said.append(tr("defragment %1").arg(defrag));
    }
    request.message = tr("Set transparent huge pages: %1").arg(said.join(QStringLiteral(", ")));
    return request;
}

PrivilegedRequest PrivilegedRequest::dropCaches(int level)
{
    return {Action::DropCaches, {{QStringLiteral("value"), QString::number(level)}}, tr("Drop %1").arg(cachesOf(level))};
}

QString PrivilegedRequest::cachesOf(int level)
{
    return level == 1 ? tr("the page cache") : level == 2 ? tr("dentries and inodes") : tr("the page cache, dentries and inodes");
}

PrivilegedRequest PrivilegedRequest::oomScoreAdj(const ProcessKey &process, const QString &name, int value)
{
    return {Action::SetOomScoreAdj,
            {{QStringLiteral("pid"), QString::number(process.pid)},
             {QStringLiteral("starttime"), QString::number(process.startTime)},
             {QStringLiteral("value"), QString::number(value)}},
            // The name is its owner's choosing: 32 characters of it say which process it is.
            tr("Set the OOM score adjustment of %1 (PID %2) to %3").arg(TextEscape::forDialog(name, 32)).arg(process.pid).arg(value)};
}

std::optional<PrivilegedRequest> PrivilegedRequest::fromActionName(const QString &name, const QMap<QString, QString> &arguments, const QString &message)
{
    const std::optional<Action> action = actionFromName(name);
    if (!action)
        return std::nullopt;
    return PrivilegedRequest{*action, arguments, message};
}
