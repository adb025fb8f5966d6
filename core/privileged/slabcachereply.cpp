// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "slabcachereply.h"

#include "parse/textscan.h"

#include <QSet>

namespace
{
using Caches = Reading<QList<SlabCacheRecord>>;

struct Count {
    QLatin1StringView key;
    qint64 SlabCache::*member;
};

// The helper's name for each figure (the kernel's column names, and the memory the cache holds).
constexpr Count counts[] = {
    {QLatin1StringView("active_objs"), &SlabCache::activeObjects},
    {QLatin1StringView("num_objs"), &SlabCache::objects},
    {QLatin1StringView("objsize"), &SlabCache::objectSize},
    {QLatin1StringView("objperslab"), &SlabCache::objectsPerSlab},
    {QLatin1StringView("pagesperslab"), &SlabCache::pagesPerSlab},
    {QLatin1StringView("active_slabs"), &SlabCache::activeSlabs},
    {QLatin1StringView("num_slabs"), &SlabCache::slabs},
    {QLatin1StringView("bytes"), &SlabCache::totalBytes},
};

std::optional<qint64> countOf(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    const auto number = TextScan::toInt64(value.toString().toLatin1());
    return number && *number >= 0 ? number : std::nullopt;
}
}

Caches SlabCacheReply::fromData(const QVariantMap &data)
{
    const auto malformed = [](const QString &what) {
        return Caches::missing(tr("The helper's answer about slab caches is malformed (%1); no cache is shown.").arg(what));
    };
    const auto total = countOf(data.value(QStringLiteral("caches")));
    if (!total || *total > data.size())
        return malformed(tr("it gives no valid count of caches"));
    QList<SlabCacheRecord> records(*total);
    QList<int> figures(*total); // the name and the counts found for each cache
    for (auto it = data.cbegin(); it != data.cend(); ++it) {
        const QString &key = it.key();
        if (key == u"caches" || key == u"message")
            continue;
        const qsizetype dot = key.indexOf(u'.');
        const auto index = dot > 0 ? TextScan::toInt64(key.first(dot).toLatin1()) : std::nullopt;
        // The helper writes indexes as plain decimals: "+1" or "01" would be a second cache 1.
        if (!index || *index < 0 || *index >= *total || QString::number(*index) != key.first(dot))
            return malformed(tr("an entry %1 it should not have").arg(TextScan::quoted(key.toUtf8())));
        SlabCacheRecord &record = records[*index];
        const QStringView field = QStringView(key).sliced(dot + 1);
        const QVariant &value = it.value();
        if (field == u"name") {
            const QByteArray name = value.typeId() == QMetaType::QString ? value.toString().toUtf8() : QByteArray();
            if (!TextScan::isPrintableName(name))
                return malformed(tr("cache %1 has no valid name").arg(*index));
            record.cache.name = name;
            ++figures[*index];
        } else if (field == u"reclaimable") {
            const auto flag = countOf(value);
            if (!flag || *flag > 1)
                return malformed(tr("cache %1's reclaimable flag is neither 0 nor 1").arg(*index));
            record.reclaimable = {*flag == 1, {}, {}};
        } else {
            const auto count = std::find_if(std::begin(counts), std::end(counts), [&](const Count &c) {
                return field == c.key;
            });
            const auto number = countOf(value);
            if (count == std::end(counts))
                return malformed(tr("an entry %1 it should not have").arg(TextScan::quoted(key.toUtf8())));
            if (!number)
                return malformed(tr("%1 is not a count").arg(TextScan::quoted(key.toUtf8())));
            record.cache.*(count->member) = *number;
            ++figures[*index];
        }
    }
    QSet<QByteArray> names;
    for (qsizetype i = 0; i < records.size(); ++i) {
        SlabCacheRecord &record = records[i];
        if (figures[i] != int(std::size(counts)) + 1)
            return malformed(tr("cache %1 lacks some of its figures").arg(i));
        if (names.contains(record.cache.name))
            return malformed(tr("cache %1 is listed twice").arg(TextScan::quoted(record.cache.name)));
        names.insert(record.cache.name);
        if (!record.reclaimable.available())
            record.reclaimable = Reading<bool>::missing(tr("this kernel does not say whether %1 is reclaimable (it has no /sys/kernel/slab/%1/reclaim_account)")
                                                            .arg(QString::fromLatin1(record.cache.name)));
    }
    return {std::move(records), {}, {}};
}

Caches SlabCacheReply::fromReply(const PrivilegedReply &reply)
{
    using Error = PrivilegedReply::Error;
    switch (reply.error) {
    case Error::None:
        return fromData(reply.data);
    case Error::NotAuthorized:
        return Caches::missing(tr("Slab caches need administrator rights: the system's policy did not grant them to MemLens."));
    case Error::Cancelled:
        return Caches::missing(tr("Slab caches need administrator rights: the password dialog was cancelled."));
    case Error::HelperMissing:
    case Error::ClientMissing:
    case Error::Busy:
        return Caches::missing(tr("Slab caches need administrator rights: %1").arg(reply.explanation()));
    case Error::InvalidArguments:
    case Error::KernelRefused:
    case Error::NoSuchProcess:
    case Error::Failed:
        break;
    }
    return Caches::missing(tr("The privileged helper could not read the slab caches: %1").arg(reply.message));
}
