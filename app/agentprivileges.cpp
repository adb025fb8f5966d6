// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "agentprivileges.h"

#ifdef MEMLENS_HAVE_CAPNG
#include <cap-ng.h>
#endif
#include <sys/prctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

QString AgentPrivileges::dropAllButReading()
{
    if (geteuid() == 0) {
#ifndef MEMLENS_HAVE_CAPNG
        return QStringLiteral("this memlens-agent was built without libcap-ng and cannot drop root's capabilities: it does not run as root");
#else
        capng_clear(CAPNG_SELECT_BOTH);
        // CAP_SYS_PTRACE: /proc/PID/smaps and numa_maps of other users' processes (ptrace read access).
        // CAP_DAC_READ_SEARCH: files and directories only their owner may read (other users' cgroups,
        // the journal's files). CAP_SYSLOG: /dev/kmsg where dmesg_restrict is set.
        if (capng_updatev(CAPNG_ADD, capng_type_t(CAPNG_EFFECTIVE | CAPNG_PERMITTED), CAP_SYS_PTRACE, CAP_DAC_READ_SEARCH, CAP_SYSLOG, -1) != 0)
            return QStringLiteral("cannot choose the capabilities to keep");
        // Root stays root by uid, and without SECBIT_NOROOT a program it executed would get every
        // capability back. Locked first: that takes CAP_SETPCAP, which the next call drops.
        if (capng_lock() != 0)
            return QStringLiteral("cannot lock the capabilities");
        if (capng_apply(CAPNG_SELECT_BOTH) != 0)
            return QStringLiteral("cannot drop capabilities");
#endif
    }
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        return QStringLiteral("cannot set no_new_privs: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}
