// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The helper's readslabinfo rule on captured trees and on damaged copies of their slabinfo: the
// reply is every cache, names and numbers only, or an error with no data at all.
#include "slabinfotable.h"
#include "tuningrules.h"

#include "support/fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using Status = Outcome::Status;

Q_DECLARE_METATYPE(Arguments)

namespace
{
constexpr const char *kernelmem = "linux-6.18-kernelmem";

// The 6.18 capture's slabinfo, with one line changed.
QByteArray damaged(QByteArrayView from, QByteArrayView to)
{
    return Fixtures::replaced(Fixtures::file(kernelmem, "proc/slabinfo"), from, to);
}
}

class TestSlabinfoRule : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;

    RootDir root() const
    {
        return RootDir(m_root.path().toStdString());
    }
    void writeSlabinfo(const QByteArray &text)
    {
        QVERIFY(QDir().mkpath(m_root.path() + u"/proc"_s));
        QFile file(m_root.path() + u"/proc/slabinfo"_s);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }

private Q_SLOTS:
    void captures_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::addColumn<int>("caches");
        QTest::addColumn<int>("reclaimable");
        QTest::addColumn<int>("known");
        // 6.18's SLUB sysfs was captured (52 caches of 235 reclaimable); 6.1's was not.
        QTest::addRow("6.18") << QString::fromLatin1(kernelmem) << 235 << 52 << 235;
        QTest::addRow("6.1, no sysfs") << u"linux-6.1-numa"_s << 146 << 0 << 0;
    }
    void captures()
    {
        QFETCH(QString, tree);
        QFETCH(int, caches);
        QFETCH(int, reclaimable);
        QFETCH(int, known);
        const Outcome outcome = TuningRules::readSlabinfo(RootDir(Fixtures::tree(qPrintable(tree)).toStdString()), {});
        QCOMPARE(int(outcome.status), int(Status::Done));
        QCOMPARE(outcome.data.at("caches"), std::to_string(caches));
        int ones = 0;
        int flags = 0;
        for (const auto &[key, value] : outcome.data) {
            const bool isName = key.size() > 5 && key.compare(key.size() - 5, 5, ".name") == 0;
            // Everything but a name is a number; a name is one printable word.
            if (isName)
                QVERIFY2(value.find_first_of(" /\t\n") == std::string::npos && !value.empty(), value.c_str());
            else
                QVERIFY2(value.find_first_not_of("0123456789") == std::string::npos, (key + "=" + value).c_str());
            if (key.find(".reclaimable") != std::string::npos) {
                ++flags;
                ones += value == "1";
            }
        }
        QCOMPARE(ones, reclaimable);
        QCOMPARE(flags, known);
    }

    // dentry as the 6.18 capture lists it, and SLUB's sysfs says it is reclaimable.
    void oneCacheWhole()
    {
        const Outcome outcome = TuningRules::readSlabinfo(RootDir(Fixtures::tree(kernelmem).toStdString()), {});
        std::string prefix;
        for (const auto &[key, value] : outcome.data) {
            if (value == "dentry")
                prefix = key.substr(0, key.find('.') + 1);
        }
        QVERIFY(!prefix.empty());
        const std::map<std::string, std::string> expected = {
            {"active_objs", "189292"},
            {"num_objs", "189420"},
            {"objsize", "192"},
            {"objperslab", "21"},
            {"pagesperslab", "1"},
            {"active_slabs", "9020"},
            {"num_slabs", "9020"},
            {"bytes", std::to_string(9020LL * sysconf(_SC_PAGESIZE))},
            {"reclaimable", "1"},
        };
        for (const auto &[field, value] : expected)
            QCOMPARE(outcome.data.at(prefix + field), value);
    }

    // The same layout from a 2.0 kernel and from a statistics kernel.
    void otherLayouts_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray line = "dentry_cache 9812 10150 160 25 1 : tunables 120 60 0 : slabdata 406 406 0";
        QTest::addRow("2.0") << "slabinfo - version: 2.0\n# name ...\n" + line + '\n';
        QTest::addRow("2.1 statistics") << "slabinfo - version: 2.1 (statistics)\n" + line + " : globalstat 1 2 3 4 5 6 7 8 9 : cpustat 1 2 3 4\n";
    }
    void otherLayouts()
    {
        QFETCH(QByteArray, text);
        writeSlabinfo(text);
        const Outcome outcome = TuningRules::readSlabinfo(root(), {});
        QCOMPARE(int(outcome.status), int(Status::Done));
        QCOMPARE(outcome.data.at("0.name"), "dentry_cache");
        QCOMPARE(outcome.data.at("0.num_slabs"), "406");
        QVERIFY(!outcome.data.count("0.reclaimable")); // no sysfs in this tree: unknown, not "no"
    }

    // Whatever is wrong with the file, the reply is an error naming /proc/slabinfo and holds no
    // cache at all, never the lines before the damage.
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("says");
        const QByteArray whole = Fixtures::file(kernelmem, "proc/slabinfo");
        QTest::addRow("empty") << QByteArray() << u"empty"_s;
        QTest::addRow("cut mid-line") << whole.left(whole.size() - 20) << u"middle of a line"_s;
        QTest::addRow("cut after the header") << whole.left(whole.indexOf('\n', whole.indexOf('#')) + 1) << u"no cache"_s;
        QTest::addRow("no version line") << whole.mid(whole.indexOf('\n') + 1) << u"line 1"_s;
        QTest::addRow("version 3.0") << damaged("version: 2.1", "version: 3.0") << u"line 1"_s;
        QTest::addRow("a letter in a count") << damaged("189292 189420", "189292 17268x") << u"not a slab cache line"_s;
        QTest::addRow("a sign") << damaged("189292 189420", "189292 -172683") << u"not a slab cache line"_s;
        QTest::addRow("2^63") << damaged("189292 189420", "189292 9223372036854775808") << u"not a slab cache line"_s;
        QTest::addRow("bytes overflow") << damaged("9020   9020", "9020   4611686018427387904") << u"not a slab cache line"_s;
        QTest::addRow("no slabdata") << damaged(": slabdata   9020   9020      0", "") << u"not a slab cache line"_s;
        QTest::addRow("garbage after") << damaged("9020   9020      0", "9020   9020      0 rm -rf") << u"not a slab cache line"_s;
        QTest::addRow("control character in a name") << damaged("dentry ", "den\x01try ") << u"not a slab cache line"_s;
        QTest::addRow("non-ASCII name") << damaged("dentry ", "dentr\xc3\xa9 ") << u"not a slab cache line"_s;
        QTest::addRow("name too long") << damaged("dentry ", QByteArray(QByteArray(SlabinfoTable::maxNameLength + 1, 'd') + ' ')) << u"not a slab cache line"_s;
        QTest::addRow("NUL byte") << damaged("dentry ", QByteArray("dent\0ry ", 8)) << u"not a slab cache line"_s;
        QTest::addRow("repeated cache") << damaged("\nfilp ", "\ndentry ") << u"repeats"_s;
        QTest::addRow("1 MiB") << whole + QByteArray(1 << 20, '#') + '\n' << u"larger"_s;
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, says);
        writeSlabinfo(text);
        const Outcome outcome = TuningRules::readSlabinfo(root(), {});
        QCOMPARE(int(outcome.status), int(Status::Failed));
        QVERIFY2(QString::fromStdString(outcome.message).contains(says), outcome.message.c_str());
        QVERIFY2(QString::fromStdString(outcome.message).contains(u"/proc/slabinfo"_s), outcome.message.c_str());
        QVERIFY(outcome.data.empty());
    }

    void missingFile()
    {
        const Outcome outcome = TuningRules::readSlabinfo(root(), {});
        QCOMPARE(int(outcome.status), int(Status::Failed));
        QVERIFY2(outcome.message.find("slabinfo") != std::string::npos, outcome.message.c_str());
        QVERIFY(outcome.data.empty());
    }

    // It takes no arguments: any at all is refused before the file is read.
    void argumentsRefused_data()
    {
        QTest::addColumn<Arguments>("arguments");
        QTest::addRow("a cache name") << Arguments{{"name", "dentry"}};
        QTest::addRow("a path") << Arguments{{"path", "/etc/shadow"}};
        QTest::addRow("empty key") << Arguments{{"", ""}};
        QTest::addRow("10 kB key") << Arguments{{std::string(10240, 'k'), "1"}};
    }
    void argumentsRefused()
    {
        QFETCH(Arguments, arguments);
        const Outcome outcome = TuningRules::readSlabinfo(RootDir(Fixtures::tree(kernelmem).toStdString()), arguments);
        QCOMPARE(int(outcome.status), int(Status::InvalidArguments));
        QVERIFY(!outcome.message.empty());
        QVERIFY(outcome.data.empty());
    }

    // A name that would lead out of /sys/kernel/slab is listed, its reclaim flag left unknown.
    void reclaimFlagNeverLeavesSysKernelSlab()
    {
        QVERIFY(QDir().mkpath(m_root.path() + u"/sys/kernel/slab/x"_s));
        QVERIFY(QDir().mkpath(m_root.path() + u"/sys/kernel/y"_s));
        QFile flag(m_root.path() + u"/sys/kernel/y/reclaim_account"_s);
        QVERIFY(flag.open(QIODevice::WriteOnly));
        flag.write("1\n");
        flag.close();
        writeSlabinfo("slabinfo - version: 2.1\n../y 1 1 8 1 1 : tunables 0 0 0 : slabdata 1 1 0\n");
        const Outcome outcome = TuningRules::readSlabinfo(root(), {});
        QCOMPARE(int(outcome.status), int(Status::Done));
        QCOMPARE(outcome.data.at("0.name"), "../y");
        QVERIFY(!outcome.data.count("0.reclaimable"));
    }

    void cleanup()
    {
        QVERIFY(QDir(m_root.path()).removeRecursively());
    }
};

QTEST_GUILESS_MAIN(TestSlabinfoRule)
#include "tst_slabinforule.moc"
