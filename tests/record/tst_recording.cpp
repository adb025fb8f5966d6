// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The watcher's rolling recording on a real directory: what is written reads back in order across
// segments; the byte budget and the age bound hold after every write; a recording cut at any byte
// of its last record, or damaged inside a segment, reads up to its last whole record, goes on with
// the next segment, and says what it skipped.
#include "record/recordingmoment.h"
#include "record/recordingreader.h"
#include "record/recordingtimeline.h"
#include "record/rollingrecorder.h"
#include "source/replaysource.h"
#include "support/fixtures.h"

#include <QBuffer>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using SnapshotStream::Snapshot;

namespace
{
constexpr qint64 startMs = 1'780'000'000'000;

// Sample i as the watcher writes it, a second after sample i - 1: the system, then the processes,
// one of which grows each time so that the changes are never empty. The same each time asked.
QList<Snapshot> sample(int i)
{
    static const SystemSnapshot system = Fixtures::system("linux-6.18");
    static const ProcessSnapshot processes = [] {
        ProcessSnapshot read = Fixtures::processes("linux-6.18");
        for (ProcessRecord &process : read.processes)
            process.readAtMs = startMs;
        return read;
    }();
    SystemSnapshot thisSystem = system;
    thisSystem.sampledAtMs = startMs + i * 1000;
    ProcessSnapshot these = processes;
    these.sampledAtMs = thisSystem.sampledAtMs;
    these.processes[0].rss.value = 4096 * (i + 1);
    return {thisSystem, these};
}

// The stream a recorder writes for these snapshots alone, header included.
QByteArray streamOf(const QList<Snapshot> &snapshots)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    SnapshotStream::Writer writer(&buffer);
    for (const Snapshot &snapshot : snapshots)
        writer.write(snapshot);
    return buffer.data();
}

qint64 sampleBytes()
{
    return streamOf(sample(0)).size();
}

struct Read {
    QList<Snapshot> snapshots;
    QStringList problems;
    QString error;
};

Read readAll(const QString &path)
{
    RecordingReader reader(path);
    Read read;
    while (auto snapshot = reader.next())
        read.snapshots.append(*snapshot);
    read.problems = reader.problems();
    read.error = reader.error();
    return read;
}

qint64 bytesIn(const QString &directory)
{
    qint64 total = 0;
    for (const RecordingSegments::Segment &segment : RecordingSegments::list(directory))
        total += segment.bytes;
    return total;
}

qint64 timeOf(const Snapshot &snapshot)
{
    return SnapshotStream::timeOf(snapshot).value_or(-1);
}
}

class TestRecording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBackInOrderAcrossSegments()
    {
        QTemporaryDir dir;
        // About four samples to a segment, and room for all twenty.
        RollingRecorder recorder(dir.path(), {8 * 4 * sampleBytes(), 24ll * 3600 * 1000});
        QList<Snapshot> written;
        for (int i = 0; i < 20; ++i) {
            for (const Snapshot &snapshot : sample(i)) {
                QVERIFY2(recorder.write(snapshot, timeOf(snapshot)), qPrintable(recorder.error()));
                written.append(snapshot);
            }
            if (i % 7 == 3) {
                const Bookmark mark{startMs + i * 1000 + 500, Bookmark::Kind::PressureBegan, u"pressure: 31 %"_s};
                QVERIFY(recorder.write(mark, mark.timeMs));
                written.append(mark);
            }
        }
        const QList<RecordingSegments::Segment> segments = RecordingSegments::list(dir.path());
        QVERIFY2(segments.size() >= 4, qPrintable(QString::number(segments.size())));
        // Each segment stands alone: it begins with a system snapshot and its processes in full.
        for (const RecordingSegments::Segment &segment : segments) {
            const Read alone = readAll(segment.path);
            QVERIFY2(alone.error.isEmpty() && alone.problems.isEmpty(), qPrintable(alone.error + alone.problems.join(u'\n')));
            QVERIFY(std::holds_alternative<SystemSnapshot>(alone.snapshots.value(0)));
            QVERIFY(std::holds_alternative<ProcessSnapshot>(alone.snapshots.value(1)));
        }
        const Read read = readAll(dir.path());
        QVERIFY2(read.error.isEmpty() && read.problems.isEmpty(), qPrintable(read.error + read.problems.join(u'\n')));
        QCOMPARE(read.snapshots.size(), written.size());
        for (qsizetype i = 0; i < written.size(); ++i)
            QVERIFY2(read.snapshots[i] == written[i], qPrintable(QString::number(i)));
    }

    // The timeline of a growing recording: reload() sees the new samples and bookmarks, forgets
    // the segments rotation deleted, and reads again only the segments that changed.
    void theTimelineFollowsTheRecording()
    {
        QTemporaryDir dir;
        RollingRecorder recorder(dir.path(), {8 * 4 * sampleBytes(), 24ll * 3600 * 1000});
        auto record = [&](int from, int to) {
            for (int i = from; i < to; ++i) {
                for (const Snapshot &snapshot : sample(i))
                    QVERIFY(recorder.write(snapshot, timeOf(snapshot)));
            }
        };
        record(0, 10);
        RecordingTimeline timeline(dir.path());
        QCOMPARE(timeline.sampleTimesMs().size(), 10);
        QCOMPARE(timeline.sampleTimesMs().constLast(), startMs + 9000);
        const QList<RecordingSegments::Segment> before = RecordingSegments::list(dir.path());
        QVERIFY(before.size() >= 2);

        record(10, 12);
        const Bookmark kill{startMs + 11'500, Bookmark::Kind::OomKill, u"The kernel's OOM killer ended chromium"_s};
        QVERIFY(recorder.write(kill, kill.timeMs));
        // A finished segment is not read again: garbage of the same size and time in it changes nothing.
        const QString finished = before.constFirst().path;
        const QDateTime modified = QFileInfo(finished).lastModified();
        QFile file(finished);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.write(QByteArray(file.size(), 'x')) == QFileInfo(finished).size());
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        file.close();
        timeline.reload();
        QCOMPARE(timeline.sampleTimesMs().size(), 12);
        QCOMPARE(timeline.sampleTimesMs().constLast(), startMs + 11'000);
        QCOMPARE(timeline.bookmarks(), QList<Bookmark>{kill});
        QCOMPARE(timeline.sampleAt(startMs + 11'700), startMs + 11'000);
        // A fresh timeline reads that segment as it now is: nothing.
        QVERIFY(RecordingTimeline(dir.path()).sampleTimesMs().size() < 12);

        // Rotation deletes the oldest segments: their samples leave the timeline.
        QVERIFY(QFile::remove(finished));
        timeline.reload();
        QVERIFY(timeline.sampleTimesMs().constFirst() > startMs);
    }

    void byteBudgetHoldsAfterEveryWrite()
    {
        QTemporaryDir dir;
        const qint64 budget = 8 * 2 * sampleBytes();
        RollingRecorder recorder(dir.path(), {budget, 24ll * 3600 * 1000});
        for (int i = 0; i < 100; ++i) {
            for (const Snapshot &snapshot : sample(i)) {
                QVERIFY(recorder.write(snapshot, timeOf(snapshot)));
                QVERIFY2(bytesIn(dir.path()) <= budget, qPrintable(u"%1 bytes of %2 after sample %3"_s.arg(bytesIn(dir.path())).arg(budget).arg(i)));
            }
        }
        // What is kept is the most recent run of samples, whole and in order, up to the last.
        const Read read = readAll(dir.path());
        QVERIFY2(read.error.isEmpty() && read.problems.isEmpty(), qPrintable(read.error + read.problems.join(u'\n')));
        QVERIFY(read.snapshots.size() >= 2 * 8);
        QCOMPARE(timeOf(read.snapshots.constLast()), startMs + 99 * 1000);
        for (qsizetype i = 1; i < read.snapshots.size(); ++i)
            QVERIFY(timeOf(read.snapshots[i]) - timeOf(read.snapshots[i - 1]) <= 1000);
        QVERIFY(read.snapshots.constLast() == sample(99).constLast());
    }

    void ageBoundHolds()
    {
        QTemporaryDir dir;
        const qint64 maxAgeMs = 24'000; // a segment a second
        RollingRecorder recorder(dir.path(), {200ll << 20, maxAgeMs});
        for (int i = 0; i < 90; ++i) {
            for (const Snapshot &snapshot : sample(i))
                QVERIFY(recorder.write(snapshot, timeOf(snapshot)));
        }
        const qint64 nowMs = startMs + 89 * 1000;
        const Read read = readAll(dir.path());
        QVERIFY(read.error.isEmpty() && read.problems.isEmpty());
        // Nothing older than the bound but the segment that spans it.
        const qint64 oldest = timeOf(read.snapshots.constFirst());
        QVERIFY2(oldest >= nowMs - maxAgeMs - maxAgeMs / 24 - 1000, qPrintable(QString::number(nowMs - oldest)));
        QVERIFY2(oldest <= nowMs - maxAgeMs + 1000, qPrintable(QString::number(nowMs - oldest)));
    }

    // A recorder started again (the watcher restarted, or killed and started) never appends to the
    // last segment, whose tail it cannot trust; the two runs read as one recording.
    void aRestartBeginsANewSegment()
    {
        QTemporaryDir dir;
        QList<Snapshot> written;
        for (int run = 0; run < 2; ++run) {
            RollingRecorder recorder(dir.path(), {});
            for (const Snapshot &snapshot : sample(0)) { // both in the same millisecond
                QVERIFY(recorder.write(snapshot, startMs));
                written.append(snapshot);
            }
        }
        QCOMPARE(RecordingSegments::list(dir.path()).size(), 2);
        const Read read = readAll(dir.path());
        QVERIFY(read.problems.isEmpty());
        QVERIFY(read.snapshots == written);
    }

    // A segment cut at every byte of its last record (a recorder killed mid-write, a machine that
    // lost power): everything before that record is read, then the next segment, and the cut is said.
    void aRecordCutAtAnyByteIsSkippedAndSaid()
    {
        QTemporaryDir source;
        QList<qint64> sizes; // the segment's size after each record
        QList<Snapshot> written;
        {
            RollingRecorder recorder(source.path(), {});
            for (int i = 0; i < 2; ++i) {
                for (const Snapshot &snapshot : sample(i)) {
                    QVERIFY(recorder.write(snapshot, startMs));
                    written.append(snapshot);
                    sizes.append(RecordingSegments::list(source.path()).constFirst().bytes);
                }
            }
            const Bookmark kill{startMs + 1500, Bookmark::Kind::OomKill, u"The kernel's OOM killer ended chromium (2.1 GiB)"_s};
            QVERIFY(recorder.write(kill, startMs));
            written.append(kill);
            sizes.append(RecordingSegments::list(source.path()).constFirst().bytes);
        }
        QFile whole(RecordingSegments::list(source.path()).constFirst().path);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        QCOMPARE(bytes.size(), sizes.constLast());
        const QList<Snapshot> next = sample(5);
        // The last record here is the bookmark; the one before it, a process snapshot's changes.
        for (const int lastRecord : {int(written.size()) - 1, int(written.size()) - 2}) {
            const qint64 from = sizes[lastRecord - 1];
            for (qint64 cut = from; cut < sizes[lastRecord]; ++cut) {
                QTemporaryDir dir;
                QFile damaged(QDir(dir.path()).filePath(RecordingSegments::fileName(startMs)));
                QVERIFY(damaged.open(QIODevice::WriteOnly));
                damaged.write(bytes.left(cut));
                damaged.close();
                {
                    RollingRecorder after(dir.path(), {});
                    for (const Snapshot &snapshot : next)
                        QVERIFY(after.write(snapshot, startMs + 5000));
                }
                const Read read = readAll(dir.path());
                QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
                QCOMPARE(read.snapshots.size(), lastRecord + next.size());
                QVERIFY(read.snapshots.mid(0, lastRecord) == written.mid(0, lastRecord));
                QVERIFY(read.snapshots.mid(lastRecord) == next);
                if (cut == from) {
                    QVERIFY(read.problems.isEmpty()); // cut between records: nothing lost but the record
                } else {
                    QCOMPARE(read.problems.size(), 1);
                    QVERIFY2(read.problems[0].contains(u"cut short"_s), qPrintable(read.problems[0]));
                }
                // The same file alone, as `memlens --replay FILE` opens it.
                const Read alone = readAll(damaged.fileName());
                QVERIFY(alone.error.isEmpty());
                QCOMPARE(alone.snapshots.size(), lastRecord);
                QCOMPARE(alone.problems.size(), cut == from ? 0 : 1);
            }
        }
    }

    // Bytes overwritten inside a segment: its records up to the damage are read, the rest of it
    // skipped and said, and the next segment read whole.
    void aDamagedSegmentIsReadUpToTheDamage()
    {
        QTemporaryDir dir;
        {
            RollingRecorder recorder(dir.path(), {});
            for (int i = 0; i < 3; ++i) {
                for (const Snapshot &snapshot : sample(i))
                    QVERIFY(recorder.write(snapshot, startMs));
            }
        }
        {
            RollingRecorder recorder(dir.path(), {});
            for (const Snapshot &snapshot : sample(7))
                QVERIFY(recorder.write(snapshot, startMs + 7000));
        }
        QFile first(RecordingSegments::list(dir.path()).constFirst().path);
        QVERIFY(first.open(QIODevice::ReadWrite));
        const QByteArray oneSample = streamOf(sample(0));
        first.seek(oneSample.size()); // the third record's header
        first.write("\xee\xee\xee\xee\xee"_ba);
        first.close();
        const Read read = readAll(dir.path());
        QVERIFY(read.error.isEmpty());
        QCOMPARE(read.snapshots.size(), 4);
        QVERIFY(read.snapshots.mid(0, 2) == sample(0));
        QVERIFY(read.snapshots.mid(2) == sample(7));
        QCOMPARE(read.problems.size(), 1);
        QVERIFY2(read.problems[0].contains(u"damaged"_s) && read.problems[0].contains(u"skipped"_s), qPrintable(read.problems[0]));
    }

    // `memlens --replay DIR --at TIME`: the first tick shows the moment (the last sample at or
    // before it, the system history of the ten minutes before), and playing goes on after it.
    void replayOpensAtAMoment()
    {
        QTemporaryDir dir;
        {
            RollingRecorder recorder(dir.path(), {});
            for (int i = 0; i < 30; ++i) {
                for (const Snapshot &snapshot : sample(i))
                    QVERIFY(recorder.write(snapshot, startMs + i * 1000));
                if (i == 20)
                    QVERIFY(recorder.write(Bookmark{startMs + 20'100, Bookmark::Kind::OomKill, u"x"_s}, startMs + 20'100));
            }
        }
        ReplaySource replay(dir.path(), startMs + 20'500);
        QSignalSpy sampled(&replay, &SnapshotSource::sampled);
        replay.request(AgentRequest::Pause{true}); // one tick at a time
        replay.start();
        QList<Snapshot> shown;
        for (const QList<QVariant> &signal : std::as_const(sampled))
            shown.append(signal.constFirst().value<Snapshot>());
        QCOMPARE(shown.size(), 21 + 1);
        for (int i = 0; i <= 20; ++i)
            QVERIFY(shown[i] == sample(i).constFirst());
        QVERIFY(shown.constLast() == sample(20).constLast());
        sampled.clear();
        replay.request(AgentRequest::Refresh{});
        QCOMPARE(sampled.size(), 2);
        QVERIFY(sampled[0].constFirst().value<Snapshot>() == sample(21).constFirst());
        QVERIFY(sampled[1].constFirst().value<Snapshot>() == sample(21).constLast());
    }

    void momentsParse()
    {
        const QDateTime now(QDate(2026, 12, 6), QTime(0, 10), Qt::LocalTime);
        const auto at = [&](const QString &text) {
            return RecordingMoment::parse(text, now);
        };
        QCOMPARE(at(u"2026-12-06T18:40:05.250Z"_s), QDateTime(QDate(2026, 12, 6), QTime(18, 40, 5, 250), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(at(u"2026-12-05T23:50:00"_s), QDateTime(QDate(2026, 12, 5), QTime(23, 50), Qt::LocalTime).toMSecsSinceEpoch());
        // A time of day is its last occurrence: just after midnight, 23:50 is yesterday's.
        QCOMPARE(at(u"23:50"_s), QDateTime(QDate(2026, 12, 5), QTime(23, 50), Qt::LocalTime).toMSecsSinceEpoch());
        QCOMPARE(at(u"0:05:30"_s), QDateTime(QDate(2026, 12, 6), QTime(0, 5, 30), Qt::LocalTime).toMSecsSinceEpoch());
        for (const QString &bad : {u""_s, u"yesterday"_s, u"25:00"_s, u"2026-13-01T00:00"_s, u"12:61"_s, u"\u202e18:40"_s})
            QVERIFY2(!at(bad), qPrintable(bad));
    }

    // A disk that fills up (here: a file size limit, which fails writes as ENOSPC would): the
    // failure is said, what was written before stays readable, a disk that stays full leaves no
    // empty segment behind at each sample, and recording goes on once there is room again.
    void aFullDiskIsSaidAndLeavesNoLitter()
    {
        QTemporaryDir dir;
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
        rlimit original{};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &original) == 0);
        const auto limit = [](rlim_t bytes) {
            rlimit small{};
            getrlimit(RLIMIT_FSIZE, &small);
            small.rlim_cur = bytes;
            return setrlimit(RLIMIT_FSIZE, &small) == 0;
        };
        RollingRecorder recorder(dir.path(), {});
        QVERIFY(limit(rlim_t(3 * sampleBytes())));
        int written = 0;
        bool failed = false;
        for (int i = 0; i < 40 && !failed; ++i) {
            for (const Snapshot &snapshot : sample(i)) {
                if (!recorder.write(snapshot, startMs + i * 1000)) {
                    failed = true;
                    break;
                }
                ++written;
            }
        }
        QVERIFY(failed);
        QVERIFY2(recorder.error().contains(u"cannot write the recording"_s), qPrintable(recorder.error()));
        // Full to the last byte: not even a segment's header fits.
        QVERIFY(limit(8));
        for (int i = 40; i < 50; ++i)
            QVERIFY(!recorder.write(sample(i).constFirst(), startMs + i * 1000));
        QCOMPARE(RecordingSegments::list(dir.path()).size(), 1);
        QVERIFY(limit(original.rlim_cur));
        for (const Snapshot &snapshot : sample(60))
            QVERIFY2(recorder.write(snapshot, startMs + 60'000), qPrintable(recorder.error()));
        std::signal(SIGXFSZ, oldHandler);
        const Read read = readAll(dir.path());
        QVERIFY(read.error.isEmpty());
        QCOMPARE(read.snapshots.size(), written + 2);
        QVERIFY(read.snapshots.constLast() == sample(60).constLast());
        QVERIFY(read.problems.size() <= 1); // the record the limit cut, if it was cut mid-way
    }

    void whatIsNotARecordingIsSaid()
    {
        QTemporaryDir dir;
        QVERIFY(readAll(dir.path()).error.contains(u"no recording"_s));
        // Files of other names in the directory are not the recording's.
        QFile other(QDir(dir.path()).filePath(u"segment-12.memlens-recording"_s));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("not a segment");
        other.close();
        QVERIFY(readAll(dir.path()).error.contains(u"no recording"_s));
        QCOMPARE(readAll(other.fileName()).error, QString());
        QFile foreign(dir.filePath(u"meminfo"_s));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("MemTotal:        1000 kB\n"_ba.repeated(4));
        foreign.close();
        QVERIFY(readAll(foreign.fileName()).error.contains(u"not a MemLens"_s));
        QVERIFY(readAll(dir.filePath(u"missing"_s)).error.contains(u"cannot open"_s));
        // A directory that cannot be made: said, and the write refused.
        RollingRecorder recorder(foreign.fileName() + u"/recording"_s, {});
        QVERIFY(!recorder.write(sample(0).constFirst(), startMs));
        QVERIFY2(recorder.error().contains(u"cannot create"_s), qPrintable(recorder.error()));
    }
};

QTEST_GUILESS_MAIN(TestRecording)
#include "tst_recording.moc"
