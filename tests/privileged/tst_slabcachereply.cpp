// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Slab caches for the UI: what the helper's readslabinfo returns, decoded, must be what MemLens
// reads itself from the same tree as root (core's parser and reclaim reader); a damaged reply
// is refused whole with a reason; and each way the helper can fail says why in a sentence.
// The replies are produced by the helper's own rule on captured trees, minus D-Bus
// (e2e-helper.sh covers that).
#include "privileged/slabcachefeed.h"
#include "privileged/slabcachereply.h"
#include "read/slabcachereader.h"
#include "support/fixtures.h"
#include "support/helperreply.h"
#include "support/waits.h"

#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using Caches = Reading<QList<SlabCacheRecord>>;

namespace
{
constexpr const char *kernelmem = "linux-6.18-kernelmem";

QVariantMap replyFromHelper(const char *tree)
{
    return HelperReply::data(TuningRules::readSlabinfo(RootDir(Fixtures::tree(tree).toStdString()), {}));
}

Caches readDirectly(const char *tree)
{
    FileReader reader;
    return readSlabCaches(reader, SysRoot(Fixtures::tree(tree)));
}

// No caches at all, and a reason that says this.
bool missingSaying(const Caches &caches, const QString &says)
{
    return !caches.available() && caches.unavailableReason.contains(says);
}

// A reply of two whole caches, to damage.
QVariantMap twoCaches()
{
    QVariantMap data{{u"caches"_s, u"2"_s}, {u"message"_s, u"2 slab caches"_s}};
    const QStringList names{u"dentry"_s, u"kmalloc-64"_s};
    for (int i = 0; i < 2; ++i) {
        const QString prefix = QString::number(i) + u'.';
        data.insert(prefix + u"name"_s, names[i]);
        for (const QString &count : {u"active_objs"_s, u"num_objs"_s, u"objsize"_s, u"objperslab"_s, u"pagesperslab"_s, u"active_slabs"_s, u"num_slabs"_s})
            data.insert(prefix + count, u"1"_s);
        data.insert(prefix + u"bytes"_s, u"4096"_s);
    }
    data.insert(u"0.reclaimable"_s, u"1"_s);
    return data;
}
}

class TestSlabCacheReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helperAndDirectReadAgree_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::addColumn<int>("caches");
        QTest::addColumn<int>("known");
        QTest::addRow("6.18, SLUB sysfs") << QString::fromLatin1(kernelmem) << 235 << 235;
        QTest::addRow("6.1, no sysfs") << u"linux-6.1-numa"_s << 146 << 0;
    }
    void helperAndDirectReadAgree()
    {
        QFETCH(QString, tree);
        QFETCH(int, caches);
        QFETCH(int, known);
        const Caches viaHelper = SlabCacheReply::fromData(replyFromHelper(qPrintable(tree)));
        const Caches direct = readDirectly(qPrintable(tree));
        QVERIFY2(viaHelper.available(), qPrintable(viaHelper.unavailableReason));
        QVERIFY2(direct.available() && direct.problem.isEmpty(), qPrintable(direct.unavailableReason + direct.problem));
        QCOMPARE(viaHelper.value->size(), caches);
        QCOMPARE(direct.value->size(), caches);
        int flags = 0;
        for (qsizetype i = 0; i < caches; ++i) {
            const SlabCacheRecord &helper = viaHelper.value->at(i);
            const SlabCacheRecord &own = direct.value->at(i);
            QCOMPARE(helper.cache, own.cache); // name, every count and the bytes, in the kernel's order
            QCOMPARE(helper.reclaimable.value, own.reclaimable.value);
            // Unknown, never "not reclaimable", and each way says why.
            QVERIFY(helper.reclaimable.available() || helper.reclaimable.unavailableReason.contains(QString::fromLatin1(helper.cache.name)));
            QVERIFY(own.reclaimable.available() || !own.reclaimable.unavailableReason.isEmpty());
            flags += helper.reclaimable.available();
        }
        QCOMPARE(flags, known);
    }

    void dentryAsSlabtopShowsIt()
    {
        const Caches caches = SlabCacheReply::fromData(replyFromHelper(kernelmem));
        const auto dentry = std::find_if(caches.value->cbegin(), caches.value->cend(), [](const SlabCacheRecord &r) {
            return r.cache.name == "dentry";
        });
        QVERIFY(dentry != caches.value->cend());
        QCOMPARE(dentry->cache.activeObjects, qint64(189292));
        QCOMPARE(dentry->cache.objectSize, qint64(192));
        QCOMPARE(dentry->cache.totalBytes, 9020 * qint64(sysconf(_SC_PAGESIZE)));
        QCOMPARE(dentry->reclaimable.value, std::optional<bool>(true));
    }

    void wholeReplyKeepsEveryCache()
    {
        const Caches caches = SlabCacheReply::fromData(twoCaches());
        QVERIFY2(caches.available(), qPrintable(caches.unavailableReason));
        QCOMPARE(caches.value->size(), 2);
        QCOMPARE(caches.value->at(1).cache.name, "kmalloc-64");
        QCOMPARE(caches.value->at(1).cache.totalBytes, qint64(4096));
        QVERIFY(!caches.value->at(1).reclaimable.available());
        QVERIFY(caches.value->at(1).reclaimable.unavailableReason.contains(u"kmalloc-64"_s));
    }

    // A damaged reply loses nothing quietly: no list at all, and a reason that says what is wrong.
    void malformedRepliesAreRefused_data()
    {
        QTest::addColumn<QVariantMap>("data");
        QTest::addColumn<QString>("says");
        const auto with = [](const QString &key, const QVariant &value) {
            QVariantMap data = twoCaches();
            data.insert(key, value);
            return data;
        };
        const auto without = [](const QString &key) {
            QVariantMap data = twoCaches();
            data.remove(key);
            return data;
        };
        QTest::addRow("empty") << QVariantMap() << u"count of caches"_s;
        QTest::addRow("no count") << without(u"caches"_s) << u"count of caches"_s;
        QTest::addRow("count not a number") << with(u"caches"_s, u"two"_s) << u"count of caches"_s;
        QTest::addRow("negative count") << with(u"caches"_s, u"-1"_s) << u"count of caches"_s;
        QTest::addRow("count as a JSON number") << with(u"caches"_s, 2) << u"count of caches"_s;
        QTest::addRow("count beyond the entries") << with(u"caches"_s, u"3"_s) << u"lacks"_s;
        QTest::addRow("count far beyond") << with(u"caches"_s, u"99999999999"_s) << u"count of caches"_s;
        QTest::addRow("a cache fewer than counted") << with(u"caches"_s, u"1"_s) << u"should not have"_s;
        QTest::addRow("a name missing") << without(u"1.name"_s) << u"lacks"_s;
        QTest::addRow("a count missing") << without(u"0.num_slabs"_s) << u"lacks"_s;
        QTest::addRow("bytes missing") << without(u"1.bytes"_s) << u"lacks"_s;
        QTest::addRow("a count not a number") << with(u"0.objsize"_s, u"192 B"_s) << u"0.objsize"_s;
        QTest::addRow("a negative count") << with(u"0.objsize"_s, u"-192"_s) << u"0.objsize"_s;
        QTest::addRow("a count as a list") << with(u"0.objsize"_s, QVariantList{192}) << u"0.objsize"_s;
        QTest::addRow("2^63") << with(u"1.bytes"_s, u"9223372036854775808"_s) << u"1.bytes"_s;
        QTest::addRow("a name with a space") << with(u"1.name"_s, u"kmalloc 64"_s) << u"name"_s;
        QTest::addRow("an empty name") << with(u"1.name"_s, QString()) << u"name"_s;
        QTest::addRow("a name with a control character") << with(u"1.name"_s, u"kmalloc\u0007"_s) << u"name"_s;
        QTest::addRow("a non-ASCII name") << with(u"1.name"_s, u"kmalloc-\u00e9"_s) << u"name"_s;
        QTest::addRow("a name as a number") << with(u"1.name"_s, 64) << u"name"_s;
        QTest::addRow("a repeated name") << with(u"1.name"_s, u"dentry"_s) << u"twice"_s;
        QTest::addRow("reclaimable 2") << with(u"1.reclaimable"_s, u"2"_s) << u"neither 0 nor 1"_s;
        QTest::addRow("reclaimable yes") << with(u"1.reclaimable"_s, u"yes"_s) << u"neither 0 nor 1"_s;
        QTest::addRow("an unknown figure") << with(u"1.color"_s, u"1"_s) << u"1.color"_s;
        QTest::addRow("an unknown entry") << with(u"path"_s, u"/proc/slabinfo"_s) << u"path"_s;
        QTest::addRow("a negative index") << with(u"-1.name"_s, u"x"_s) << u"-1.name"_s;
        QTest::addRow("an index with a sign") << with(u"+1.name"_s, u"x"_s) << u"+1.name"_s;
    }
    void malformedRepliesAreRefused()
    {
        QFETCH(QVariantMap, data);
        QFETCH(QString, says);
        const Caches caches = SlabCacheReply::fromData(data);
        QVERIFY2(missingSaying(caches, u"malformed"_s) && missingSaying(caches, says), qPrintable(caches.unavailableReason));
    }

    // Each way the client can answer: the caches, or one sentence for the UI.
    void everyAnswerSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("says");
        QTest::addRow("refused") << R"({"ok":false,"error":"not-authorized","message":"Unauthorized"})"_ba << u"need administrator rights"_s;
        QTest::addRow("cancelled") << R"({"ok":false,"error":"cancelled","message":""})"_ba << u"cancelled"_s;
        QTest::addRow("helper missing") << R"({"ok":false,"error":"helper-missing","message":"no service"})"_ba << u"cmake --install"_s;
        QTest::addRow("busy") << R"({"ok":false,"error":"busy","message":""})"_ba << u"need administrator rights"_s;
        QTest::addRow("helper's error") << R"({"ok":false,"error":"failed","message":"/proc/slabinfo is malformed: line 7 is not a slab cache line"})"_ba
                                        << u"line 7 is not a slab cache line"_s;
        QTest::addRow("refused arguments") << R"({"ok":false,"error":"invalid-arguments","message":"unexpected argument x"})"_ba << u"unexpected argument"_s;
        QTest::addRow("not the client's") << "Segmentation fault"_ba << u"Segmentation fault"_s;
        QTest::addRow("ok, but no caches") << R"({"ok":true,"data":{"message":"0 slab caches"}})"_ba << u"malformed"_s;
    }
    void everyAnswerSaysWhy()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, says);
        const Caches caches = SlabCacheReply::fromReply(PrivilegedReply::fromClientOutput(line));
        QVERIFY2(missingSaying(caches, says), qPrintable(caches.unavailableReason));
    }

    void missingSlabinfoSaysWhy()
    {
        const Caches caches = readDirectly("linux-6.18"); // captured without slabinfo
        QVERIFY2(missingSaying(caches, u"/proc/slabinfo"_s), qPrintable(caches.unavailableReason));
    }

    // On a captured tree the feed reads the file itself, on a thread, whoever runs MemLens.
    void feedReadsATreeItself()
    {
        SlabCacheFeed feed(SysRoot(Fixtures::tree(kernelmem)), u"/nonexistent/memlens-kauth-client"_s);
        QVERIFY(!feed.needsHelper());
        QVERIFY(!feed.caches().available());
        QVERIFY(!feed.caches().unavailableReason.isEmpty());
        QSignalSpy read(&feed, &SlabCacheFeed::cachesRead);
        feed.read();
        QVERIFY(feed.isReading());
        feed.read(); // ignored while the first runs
        QVERIFY(read.wait(Waits::patientMs));
        QCOMPARE(read.size(), 1);
        QVERIFY(!feed.isReading());
        QCOMPARE(feed.caches(), readDirectly(kernelmem));
        QCOMPARE(read.at(0).at(0).value<Caches>(), feed.caches());
    }

    // Destroyed while its thread reads: it waits for the thread rather than leave it running.
    void feedDestroyedWhileReading()
    {
        auto feed = std::make_unique<SlabCacheFeed>(SysRoot(Fixtures::tree(kernelmem)));
        feed->read();
        feed.reset();
    }
};

QTEST_GUILESS_MAIN(TestSlabCacheReply)
#include "tst_slabcachereply.moc"
