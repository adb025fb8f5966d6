// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The helper's rules, each shown refusing, on a fake root tree built from captured /proc text:
// nothing here needs D-Bus, polkit or root, except the one live write, which restores the value.
#include "tuningrules.h"

#include "support/fixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using Status = Outcome::Status;

Q_DECLARE_METATYPE(Arguments)

namespace
{
// The captured 6.18 tree's processes: 23158 is "odd) (name x", a user process; 2 is kthreadd.
constexpr qint64 userPid = 23158;
constexpr qint64 kernelPid = 2;

QString startTimeOf(const QByteArray &stat)
{
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return QString::fromLatin1(fields.at(19));
}

using Rule = Outcome (*)(const RootDir &, const Arguments &);

Rule ruleFor(const QString &action)
{
    return action == u"swappiness" ? TuningRules::setSwappiness
        : action == u"thp"         ? TuningRules::setThp
        : action == u"drop"        ? TuningRules::dropCaches
                                   : TuningRules::setOomScoreAdj;
}
}

class TestTuningRules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_userStart;

    void write(const QString &path, const QByteArray &text)
    {
        const QString full = m_root.path() + path;
        QDir().mkpath(QFileInfo(full).path());
        QFile file(full);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }
    QByteArray read(const QString &path) const
    {
        QFile file(m_root.path() + path);
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
    }
    RootDir root() const
    {
        return RootDir(m_root.path().toStdString());
    }

private Q_SLOTS:
    void init()
    {
        write(u"/proc/sys/vm/swappiness"_s, "60\n");
        write(u"/proc/sys/vm/drop_caches"_s, "0\n");
        write(u"/sys/kernel/mm/transparent_hugepage/enabled"_s, "always [madvise] never\n");
        // An older kernel's defrag file: no "defer+madvise" on offer.
        write(u"/sys/kernel/mm/transparent_hugepage/defrag"_s, "always defer [madvise] never\n");
        for (const qint64 pid : {userPid, kernelPid}) {
            const QByteArray stat = Fixtures::file("linux-6.18", qPrintable(u"proc/%1/stat"_s.arg(pid)));
            write(u"/proc/%1/stat"_s.arg(pid), stat);
            write(u"/proc/%1/oom_score_adj"_s.arg(pid), "0\n");
            write(u"/proc/%1/oom_score"_s.arg(pid), "667\n");
            if (pid == userPid)
                m_userStart = startTimeOf(stat);
        }
    }

    // Every test starts from the same tree, whatever the last one left there (a link, a missing
    // file): init() would otherwise write through a planted link.
    void cleanup()
    {
        QVERIFY(QDir(m_root.path()).removeRecursively());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<Arguments>("arguments");
        QTest::addColumn<int>("status");
        const auto invalid = int(Status::InvalidArguments);
        // The _data function runs before init(): the start time straight from the capture.
        const std::string start = startTimeOf(Fixtures::file("linux-6.18", "proc/23158/stat")).toStdString();
        const std::string pid = std::to_string(userPid);
        QTest::addRow("swappiness: text") << u"swappiness"_s << Arguments{{"value", "ten"}} << invalid;
        QTest::addRow("swappiness: -1") << u"swappiness"_s << Arguments{{"value", "-1"}} << invalid;
        QTest::addRow("swappiness: 201") << u"swappiness"_s << Arguments{{"value", "201"}} << invalid;
        QTest::addRow("swappiness: hex") << u"swappiness"_s << Arguments{{"value", "0x10"}} << invalid;
        QTest::addRow("swappiness: plus") << u"swappiness"_s << Arguments{{"value", "+10"}} << invalid;
        QTest::addRow("swappiness: space") << u"swappiness"_s << Arguments{{"value", "10 "}} << invalid;
        QTest::addRow("swappiness: empty") << u"swappiness"_s << Arguments{{"value", ""}} << invalid;
        QTest::addRow("swappiness: overflow") << u"swappiness"_s << Arguments{{"value", "99999999999999999999"}} << invalid;
        QTest::addRow("swappiness: trailing text") << u"swappiness"_s << Arguments{{"value", "12abc"}} << invalid;
        QTest::addRow("swappiness: ../") << u"swappiness"_s << Arguments{{"value", "../10"}} << invalid;
        QTest::addRow("swappiness: a path") << u"swappiness"_s << Arguments{{"value", "/proc/sys/vm/swappiness"}} << invalid;
        QTest::addRow("swappiness: 10 kB") << u"swappiness"_s << Arguments{{"value", std::string(10240, '1')}} << invalid;
        QTest::addRow("swappiness: 10 kB key") << u"swappiness"_s << Arguments{{"value", "10"}, {std::string(10240, 'v'), "10"}} << invalid;
        QTest::addRow("swappiness: missing key") << u"swappiness"_s << Arguments{} << invalid;
        QTest::addRow("swappiness: extra key") << u"swappiness"_s << Arguments{{"value", "10"}, {"path", "/etc/shadow"}} << invalid;
        QTest::addRow("thp: nothing") << u"thp"_s << Arguments{} << invalid;
        QTest::addRow("thp: not a word") << u"thp"_s << Arguments{{"enabled", "sometimes"}} << invalid;
        QTest::addRow("thp: ../") << u"thp"_s << Arguments{{"enabled", "../../../etc/passwd"}} << invalid;
        QTest::addRow("thp: absolute path") << u"thp"_s << Arguments{{"enabled", "/etc/passwd"}} << invalid;
        QTest::addRow("thp: brackets") << u"thp"_s << Arguments{{"enabled", "[never]"}} << invalid;
        QTest::addRow("thp: not offered here") << u"thp"_s << Arguments{{"defrag", "defer+madvise"}} << invalid;
        QTest::addRow("thp: defrag word for enabled") << u"thp"_s << Arguments{{"enabled", "defer"}} << invalid;
        QTest::addRow("thp: one bad of two") << u"thp"_s << Arguments{{"enabled", "never"}, {"defrag", "sometimes"}} << invalid;
        QTest::addRow("thp: unknown knob") << u"thp"_s << Arguments{{"khugepaged", "never"}} << invalid;
        QTest::addRow("thp: extra key") << u"thp"_s << Arguments{{"enabled", "never"}, {"value", "1"}} << invalid;
        QTest::addRow("thp: 10 kB") << u"thp"_s << Arguments{{"enabled", std::string(10240, 'a')}} << invalid;
        QTest::addRow("drop: 0") << u"drop"_s << Arguments{{"value", "0"}} << invalid;
        QTest::addRow("drop: 4") << u"drop"_s << Arguments{{"value", "4"}} << invalid;
        QTest::addRow("drop: text") << u"drop"_s << Arguments{{"value", "all"}} << invalid;
        QTest::addRow("drop: ../") << u"drop"_s << Arguments{{"value", "../3"}} << invalid;
        QTest::addRow("drop: missing key") << u"drop"_s << Arguments{} << invalid;
        QTest::addRow("drop: extra key") << u"drop"_s << Arguments{{"value", "3"}, {"pid", "1"}} << invalid;
        QTest::addRow("adj: pid 0") << u"adj"_s << Arguments{{"pid", "0"}, {"starttime", start}, {"value", "0"}} << invalid;
        QTest::addRow("adj: negative pid") << u"adj"_s << Arguments{{"pid", "-1"}, {"starttime", start}, {"value", "0"}} << invalid;
        QTest::addRow("adj: -1001") << u"adj"_s << Arguments{{"pid", pid}, {"starttime", start}, {"value", "-1001"}} << invalid;
        QTest::addRow("adj: 1001") << u"adj"_s << Arguments{{"pid", pid}, {"starttime", start}, {"value", "1001"}} << invalid;
        QTest::addRow("adj: pid text") << u"adj"_s << Arguments{{"pid", "self"}, {"starttime", start}, {"value", "0"}} << invalid;
        QTest::addRow("adj: pid ../") << u"adj"_s << Arguments{{"pid", "../1"}, {"starttime", start}, {"value", "0"}} << invalid;
        QTest::addRow("adj: pid a path") << u"adj"_s << Arguments{{"pid", "/1"}, {"starttime", start}, {"value", "0"}} << invalid;
        QTest::addRow("adj: start time text") << u"adj"_s << Arguments{{"pid", pid}, {"starttime", "now"}, {"value", "0"}} << invalid;
        QTest::addRow("adj: value text") << u"adj"_s << Arguments{{"pid", pid}, {"starttime", start}, {"value", "immune"}} << invalid;
        QTest::addRow("adj: no start time") << u"adj"_s << Arguments{{"pid", pid}, {"value", "100"}} << invalid;
        QTest::addRow("adj: extra key") << u"adj"_s << Arguments{{"pid", pid}, {"starttime", start}, {"value", "100"}, {"path", "x"}} << invalid;
        QTest::addRow("adj: 10 kB") << u"adj"_s << Arguments{{"pid", pid}, {"starttime", std::string(10240, '1')}, {"value", "100"}} << invalid;
        QTest::addRow("adj: recycled pid") << u"adj"_s << Arguments{{"pid", pid}, {"starttime", start + "1"}, {"value", "100"}} << int(Status::NoSuchProcess);
        QTest::addRow("adj: gone") << u"adj"_s << Arguments{{"pid", "4000000"}, {"starttime", start}, {"value", "100"}} << int(Status::NoSuchProcess);
        QTest::addRow("adj: kernel thread") << u"adj"_s << Arguments{{"pid", "2"}, {"starttime", "26"}, {"value", "100"}} << invalid;
    }

    // Whatever is refused, nothing is written.
    void refusals()
    {
        QFETCH(QString, action);
        QFETCH(Arguments, arguments);
        QFETCH(int, status);
        const Outcome outcome = ruleFor(action)(root(), arguments);
        QCOMPARE(int(outcome.status), status);
        QVERIFY(!outcome.message.empty());
        QVERIFY(outcome.data.empty());
        QCOMPARE(read(u"/proc/sys/vm/swappiness"_s), "60");
        QCOMPARE(read(u"/proc/sys/vm/drop_caches"_s), "0");
        QCOMPARE(read(u"/sys/kernel/mm/transparent_hugepage/enabled"_s), "always [madvise] never");
        QCOMPARE(read(u"/sys/kernel/mm/transparent_hugepage/defrag"_s), "always defer [madvise] never");
        QCOMPARE(read(u"/proc/%1/oom_score_adj"_s.arg(userPid)), "0");
        QCOMPARE(read(u"/proc/%1/oom_score_adj"_s.arg(kernelPid)), "0");
    }

    void writesWhatIsAllowed()
    {
        Outcome outcome = TuningRules::setSwappiness(root(), {{"value", "10"}});
        QCOMPARE(int(outcome.status), int(Status::Done));
        QCOMPARE(read(u"/proc/sys/vm/swappiness"_s), "10");
        QCOMPARE(outcome.data.at("old"), "60");
        QCOMPARE(outcome.data.at("new"), "10");
        QVERIFY(outcome.message.find("swappiness") != std::string::npos);

        outcome = TuningRules::setSwappiness(root(), {{"value", "200"}});
        QCOMPARE(int(outcome.status), int(Status::Done));
        QCOMPARE(read(u"/proc/sys/vm/swappiness"_s), "200");

        // A fake sysfs file keeps what is written, not the kernel's bracketed list, so the new
        // value read back is the word itself rather than the one in brackets.
        outcome = TuningRules::setThp(root(), {{"enabled", "never"}, {"defrag", "defer"}});
        QCOMPARE(int(outcome.status), int(Status::Done));
        QCOMPARE(read(u"/sys/kernel/mm/transparent_hugepage/enabled"_s), "never");
        QCOMPARE(read(u"/sys/kernel/mm/transparent_hugepage/defrag"_s), "defer");
        QCOMPARE(outcome.data.at("enabled.old"), "madvise");
        QCOMPARE(outcome.data.at("defrag.old"), "madvise");
        QCOMPARE(outcome.data.size(), 4u);

        outcome = TuningRules::dropCaches(root(), {{"value", "3"}});
        QCOMPARE(int(outcome.status), int(Status::Done));
        QCOMPARE(read(u"/proc/sys/vm/drop_caches"_s), "3");

        outcome = TuningRules::setOomScoreAdj(root(), {{"pid", std::to_string(userPid)}, {"starttime", m_userStart.toStdString()}, {"value", "-500"}});
        QCOMPARE(int(outcome.status), int(Status::Done));
        QCOMPARE(read(u"/proc/%1/oom_score_adj"_s.arg(userPid)), "-500");
        QCOMPARE(outcome.data.at("old"), "0");
        QCOMPARE(outcome.data.at("new"), "-500");
        QCOMPARE(outcome.data.at("oom_score"), "667");
    }

    void linksAreNotFollowed_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("action");
        QTest::addColumn<Arguments>("arguments");
        const std::string start = startTimeOf(Fixtures::file("linux-6.18", "proc/23158/stat")).toStdString();
        QTest::addRow("swappiness") << u"/proc/sys/vm/swappiness"_s << u"swappiness"_s << Arguments{{"value", "10"}};
        QTest::addRow("thp") << u"/sys/kernel/mm/transparent_hugepage/enabled"_s << u"thp"_s << Arguments{{"enabled", "never"}};
        QTest::addRow("drop") << u"/proc/sys/vm/drop_caches"_s << u"drop"_s << Arguments{{"value", "3"}};
        QTest::addRow("adj") << u"/proc/%1/oom_score_adj"_s.arg(userPid) << u"adj"_s
                             << Arguments{{"pid", std::to_string(userPid)}, {"starttime", start}, {"value", "100"}};
    }

    // A link planted where the knob should be is refused, and what it points at stays as it was.
    void linksAreNotFollowed()
    {
        QFETCH(QString, target);
        QFETCH(QString, action);
        QFETCH(Arguments, arguments);
        QFile::remove(m_root.path() + target);
        write(u"/elsewhere"_s, "always [madvise] never\n");
        QVERIFY(QFile::link(m_root.path() + u"/elsewhere"_s, m_root.path() + target));
        const Outcome outcome = ruleFor(action)(root(), arguments);
        QCOMPARE(int(outcome.status), int(Status::Failed));
        QVERIFY(outcome.message.find(QFileInfo(target).fileName().toStdString()) != std::string::npos);
        QCOMPARE(read(u"/elsewhere"_s), "always [madvise] never");
    }

    void missingFilesAreNotCreated()
    {
        QFile::remove(m_root.path() + u"/proc/sys/vm/drop_caches"_s);
        const Outcome outcome = TuningRules::dropCaches(root(), {{"value", "1"}});
        QCOMPARE(int(outcome.status), int(Status::Failed));
        QVERIFY(outcome.message.find("drop_caches") != std::string::npos);
        QVERIFY(!QFile::exists(m_root.path() + u"/proc/sys/vm/drop_caches"_s));
    }

    // The real knob on this machine, written and put back (root only).
    void liveSwappiness()
    {
        if (geteuid() != 0)
            QSKIP("writing /proc/sys/vm/swappiness needs root");
        const RootDir live("/");
        QFile file(u"/proc/sys/vm/swappiness"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::string original = file.readAll().trimmed().toStdString();
        const std::string other = original == "33" ? "34" : "33";
        const Outcome set = TuningRules::setSwappiness(live, {{"value", other}});
        const Outcome back = TuningRules::setSwappiness(live, {{"value", original}});
        QCOMPARE(int(set.status), int(Status::Done));
        QCOMPARE(set.data.at("new"), other);
        QCOMPARE(int(back.status), int(Status::Done));
        QCOMPARE(back.data.at("new"), original);
    }
};

QTEST_GUILESS_MAIN(TestTuningRules)
#include "tst_tuningrules.moc"
