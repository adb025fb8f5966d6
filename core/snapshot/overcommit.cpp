// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "overcommit.h"

#include "read/sysroot.h"
#include "snapshot/systemsnapshot.h"

#include <QCoreApplication>

std::optional<qint64> Overcommit::headroom(qint64 adminReserveBytes) const
{
    if (mode != Mode::Strict || !committed)
        return std::nullopt;
    return limit - adminReserveBytes - *committed;
}

std::optional<Overcommit> Overcommit::from(const NamedValues &meminfo, qint64 mode, qint64 ratio, qint64 kbytes, qint64 pageSize)
{
    const std::optional<qint64> memTotal = meminfo.value("MemTotal");
    const std::optional<qint64> swapTotal = meminfo.value("SwapTotal");
    if (mode < 0 || mode > 2 || ratio < 0 || kbytes < 0 || pageSize <= 0 || !memTotal || !swapTotal)
        return std::nullopt;
    // Every huge page pool (Hugetlb, since 4.16), or the default size's pool on older kernels;
    // a kernel without hugetlbfs writes neither and has none.
    std::optional<qint64> hugetlb = meminfo.value("Hugetlb");
    if (!hugetlb) {
        const std::optional<qint64> pages = meminfo.value("HugePages_Total");
        const std::optional<qint64> size = meminfo.value("Hugepagesize");
        hugetlb = pages && size ? *pages * *size : 0;
    }

    Overcommit result;
    result.mode = Mode(mode);
    result.fromKbytes = kbytes > 0;
    // In pages and in integer arithmetic, truncating where the kernel does. A sysctl so large
    // that the product leaves 64 bits gives no figure rather than a wrapped one.
    qint64 ramShare = 0;
    if (result.fromKbytes) {
        if (__builtin_mul_overflow(kbytes, qint64(1024), &ramShare))
            return std::nullopt;
        ramShare /= pageSize;
    } else {
        if (__builtin_mul_overflow(*memTotal / pageSize - *hugetlb / pageSize, ratio, &ramShare))
            return std::nullopt;
        ramShare /= 100;
    }
    if (__builtin_mul_overflow(ramShare + *swapTotal / pageSize, pageSize, &result.limit))
        return std::nullopt;
    result.kernelLimit = meminfo.value("CommitLimit");
    result.committed = meminfo.value("Committed_AS");
    return result;
}

Reading<Overcommit> Overcommit::fromSnapshot(const SystemSnapshot &snapshot)
{
    if (const QString missing = snapshot.missingInputs({"overcommit_memory", "overcommit_ratio", "overcommit_kbytes"}); !missing.isEmpty())
        return Reading<Overcommit>::missing(missing);
    const auto setting = [&snapshot](QByteArrayView name) {
        return *snapshot.tunable(name).value;
    };
    const auto overcommit =
        from(*snapshot.meminfo.value, setting("overcommit_memory"), setting("overcommit_ratio"), setting("overcommit_kbytes"), SysRoot::pageSize());
    if (!overcommit)
        return Reading<Overcommit>::missing(QCoreApplication::translate(
            "Overcommit",
            "the commit limit cannot be computed here: meminfo lacks MemTotal or SwapTotal, or an overcommit sysctl is out of range"));
    return {overcommit, {}, {}};
}
