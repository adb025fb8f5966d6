// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "killdescription.h"

#include "format/byteformat.h"
#include "format/textescape.h"

#include <QLocale>

QString KillDescription::victim(const OomKill &kill)
{
    return kill.pid > 0 ? tr("%1 (%2)").arg(TextEscape::visible(kill.name)).arg(kill.pid) : TextEscape::visible(kill.name);
}

std::optional<qint64> KillDescription::heldBytes(const OomKill &kill)
{
    if (kill.killer != OomKiller::Kernel)
        return kill.rssBytes;
    if (kill.anonRssBytes && kill.fileRssBytes && kill.shmemRssBytes)
        return *kill.anonRssBytes + *kill.fileRssBytes + *kill.shmemRssBytes;
    return std::nullopt;
}

QString KillDescription::reason(const OomKill &kill)
{
    const QLocale locale;
    const auto share = [&locale](const std::optional<double> &value) {
        return value ? locale.toString(*value, 'f', 1) : ByteFormat::unavailable();
    };
    switch (kill.killer) {
    case OomKiller::Kernel: {
        const bool cgroupLimit = kill.constraint == u"CONSTRAINT_MEMCG" || kill.trigger.startsWith(u"Memory cgroup");
        const QString limited = kill.limitCgroup.isEmpty() ? kill.cgroup : kill.limitCgroup;
        if (!cgroupLimit)
            return tr("the system ran out of memory");
        return limited.isEmpty() ? tr("its control group hit its limit") : tr("%1 hit its limit").arg(TextEscape::visible(limited));
    }
    case OomKiller::SystemdOomd:
        if (kill.pressurePercent)
            return tr("systemd-oomd: memory pressure in %1 was %2 % for more than %3 (its limit: %4 %)")
                .arg(TextEscape::visible(kill.watchedCgroup), share(kill.pressurePercent), kill.duration, share(kill.limitPercent));
        if (kill.swapPercent)
            return tr("systemd-oomd: %1 % of swap was in use (its limit: %2 %)").arg(share(kill.swapPercent), share(kill.limitPercent));
        return tr("systemd-oomd killed the whole control group");
    case OomKiller::Earlyoom:
        if (kill.availablePercent && kill.swapPercent)
            return tr("earlyoom (%1): %2 % of memory available and %3 % of swap free (its limits: %4 % and %5 %)")
                .arg(kill.signal, share(kill.availablePercent), share(kill.swapPercent), share(kill.limitPercent), share(kill.swapLimitPercent));
        return tr("earlyoom (%1): memory and swap at or under its limits (%2 % and %3 %)")
            .arg(kill.signal, share(kill.limitPercent), share(kill.swapLimitPercent));
    }
    return {};
}

QString KillDescription::sentence(const OomKill &kill)
{
    const std::optional<qint64> held = heldBytes(kill);
    QString who;
    switch (kill.killer) {
    case OomKiller::Kernel:
        who = held ? tr("The kernel's OOM killer ended %1, which held %2: %3") : tr("The kernel's OOM killer ended %1: %2");
        break;
    case OomKiller::SystemdOomd:
        who = held ? tr("systemd-oomd ended %1, which held %2: %3") : tr("systemd-oomd ended %1: %2");
        break;
    case OomKiller::Earlyoom:
        who = held ? tr("earlyoom ended %1, which held %2: %3") : tr("earlyoom ended %1: %2");
        break;
    }
    return held ? who.arg(victim(kill), ByteFormat::human(*held), reason(kill)) : who.arg(victim(kill), reason(kill));
}
