// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hostagent.h"

#include <QHash>

namespace
{
// The [Instance] keys of a flatpak-info file (an .ini: "key=value" lines under "[Section]").
QHash<QByteArray, QString> instanceKeys(const QByteArray &text)
{
    QHash<QByteArray, QString> keys;
    QByteArray section;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.startsWith('[') && line.endsWith(']'))
            section = line.mid(1, line.size() - 2);
        else if (section == "Instance" && line.contains('='))
            keys.insert(line.left(line.indexOf('=')).trimmed(), QString::fromUtf8(line.mid(line.indexOf('=') + 1).trimmed()));
    }
    return keys;
}
}

std::optional<AgentCommand> HostAgent::fromFlatpakInfo(const QByteArray &flatpakInfo, const QString &architecture)
{
    struct Abi {
        const char *triplet;
        const char *loader;
    };
    static const QHash<QString, Abi> abis = {
        {QStringLiteral("x86_64"), {"x86_64-linux-gnu", "ld-linux-x86-64.so.2"}},
        {QStringLiteral("arm64"), {"aarch64-linux-gnu", "ld-linux-aarch64.so.1"}},
    };
    const auto abi = abis.constFind(architecture);
    const QHash<QByteArray, QString> keys = instanceKeys(flatpakInfo);
    const QString app = keys.value("app-path");
    const QString runtime = keys.value("runtime-path");
    if (abi == abis.cend() || app.isEmpty() || runtime.isEmpty())
        return std::nullopt;
    const QString runtimeLibraries = runtime + QStringLiteral("/lib/") + QLatin1StringView(abi->triplet);
    AgentCommand command;
    command.program = QStringLiteral("flatpak-spawn");
    command.arguments = {QStringLiteral("--host"),
                         QStringLiteral("--env=LD_LIBRARY_PATH=%1:%2/lib").arg(runtimeLibraries, app),
                         runtimeLibraries + u'/' + QLatin1StringView(abi->loader),
                         app + QStringLiteral("/bin/memlens-agent")};
    return command;
}
