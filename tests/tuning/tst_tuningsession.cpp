// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The tuning session against a backend that plays the helper and the kernel: every case ends by
// comparing the values the kernel would hold, since that is what a user lives with.
#include "model/systemhistory.h"
#include "snapshot/systemsnapshot.h"
#include "support/scriptedbackend.h"
#include "support/waits.h"
#include "tuning/tuninglogmodel.h"
#include "tuning/tuningsession.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using State = TuningChange::State;
using Answer = ScriptedBackend::Answer;

class TestTuningSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aChangeIsListedWithTheOldValueAndCanBeUndone();
    void busyMeansQueuedAndEveryRequestIsAnsweredOnce();
    void whatWentWrongIsSaidAndNothingChanged_data();
    void whatWentWrongIsSaidAndNothingChanged();
    void twoTrialsOverlapAndEachEndsAtItsOwnDeadline();
    void aPutBackWaitsForTheRequestInFlightAndGoesAheadOfNewChanges();
    void aKeptTrialStays();
    void aFailedPutBackIsListedAndOfferedAgain();
    void quittingPutsBackOrKeeps();
    void theJournalHoldsOpenTrialsOnly();
    void aJournalLeftByAKilledMemLensIsOffered();
    void aJournalFromBeforeARestartOrDamagedIsSaid();
    void theOomAdjustmentIsListedAndUndone();
    void dropCachesSaysWhatItFreed();
    void effectsCompareTheMinuteBeforeWithTheMinuteAfter();

private:
    void makeSession();
    const TuningChange &changeOf(quint64 id) const
    {
        return *m_session->change(id);
    }
    QString stateOf(quint64 id) const
    {
        return TuningLogModel::stateText(changeOf(id), 0);
    }

    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<SystemHistory> m_history;
    ScriptedBackend *m_kernel = nullptr;
    std::unique_ptr<TuningSession> m_session;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTuningSession::init()
{
    m_state = std::make_unique<QTemporaryDir>();
    m_history = std::make_unique<SystemHistory>();
    makeSession();
}

void TestTuningSession::makeSession()
{
    m_tester.reset();
    m_session.reset();
    m_kernel = new ScriptedBackend;
    m_session = std::make_unique<TuningSession>(new PrivilegedClient(m_kernel), m_history.get(), TrialJournal(m_state->path()));
    m_tester = std::make_unique<QAbstractItemModelTester>(m_session->log(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTuningSession::cleanup()
{
    m_tester.reset();
    m_session.reset();
}

void TestTuningSession::aChangeIsListedWithTheOldValueAndCanBeUndone()
{
    QSignalSpy made(m_session.get(), &TuningSession::made);
    const quint64 id = m_session->setSwappiness(10, false);
    QCOMPARE(m_session->log()->rowCount(), 1);
    QTRY_COMPARE(changeOf(id).state, State::Made);
    QCOMPARE(m_kernel->swappiness, 10);
    QCOMPARE(changeOf(id).description, u"swappiness 60 → 10"_s);
    QCOMPARE(TuningLogModel::offerFor(changeOf(id)), TuningLogModel::Offer::Undo);
    QCOMPARE(changeOf(id).backDescription, u"swappiness back to 60"_s);
    QCOMPARE(made.size(), 1);
    QCOMPARE(m_kernel->received.first().actionName(), u"setswappiness"_s);
    QVERIFY(m_kernel->received.first().message.contains(u"10"_s));

    m_session->putBack(id);
    QCOMPARE(changeOf(id).state, State::PuttingBack);
    QTRY_COMPARE(changeOf(id).state, State::PutBack);
    QCOMPARE(stateOf(id), u"Undone"_s);
    QCOMPARE(m_kernel->swappiness, 60);
    QCOMPARE(TuningLogModel::offerFor(changeOf(id)), TuningLogModel::Offer::Nothing);
}

void TestTuningSession::busyMeansQueuedAndEveryRequestIsAnsweredOnce()
{
    // The first request waits for a password nobody has typed yet.
    m_kernel->script = {Answer::Hold};
    QSignalSpy changed(m_session.get(), &TuningSession::changed);
    const quint64 first = m_session->setSwappiness(10, false);
    const quint64 second = m_session->setTransparentHugePages(u"never"_s, {}, false);
    const quint64 third = m_session->setSwappiness(20, false);
    QTRY_VERIFY(m_kernel->holding());
    QCOMPARE(changeOf(first).state, State::Asking);
    QCOMPARE(changeOf(second).state, State::Queued);
    QCOMPARE(changeOf(third).state, State::Queued);
    QCOMPARE(m_kernel->received.size(), 1);
    m_kernel->release();
    QTRY_COMPARE(changeOf(third).state, State::Made);
    QCOMPARE(changeOf(first).state, State::Made);
    QCOMPARE(changeOf(second).state, State::Made);
    QCOMPARE(m_kernel->received.size(), 3); // each once, in order
    QCOMPARE(m_kernel->swappiness, 20);
    QCOMPARE(m_kernel->thpEnabled, u"never"_s);
    QCOMPARE(changeOf(third).description, u"swappiness 10 → 20"_s);
    QCOMPARE(changeOf(second).description, u"huge pages enabled madvise → never"_s);
}

void TestTuningSession::whatWentWrongIsSaidAndNothingChanged_data()
{
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<QString>("said");
    QTest::addRow("refused") << Answer::Refuse << u"not allowed"_s;
    QTest::addRow("cancelled") << Answer::Cancel << u"cancelled"_s;
    QTest::addRow("kernel refused") << Answer::KernelRefuse << u"kernel refused the value: Invalid argument"_s;
    QTest::addRow("helper missing") << Answer::HelperMissing << u"cmake --install"_s;
    QTest::addRow("failed") << Answer::Fail << u"the helper crashed"_s;
}

void TestTuningSession::whatWentWrongIsSaidAndNothingChanged()
{
    QFETCH(Answer, answer);
    QFETCH(QString, said);
    m_kernel->script = {answer};
    const quint64 id = m_session->setSwappiness(10, true);
    QTRY_COMPARE(changeOf(id).state, State::NotMade);
    QVERIFY2(stateOf(id).contains(said), qPrintable(stateOf(id)));
    QCOMPARE(m_kernel->swappiness, 60);
    QCOMPARE(TuningLogModel::offerFor(changeOf(id)), TuningLogModel::Offer::Nothing);
    QVERIFY(!m_session->hasOpenTrials()); // nothing was set, so nothing is on trial
}

void TestTuningSession::twoTrialsOverlapAndEachEndsAtItsOwnDeadline()
{
    m_session->setTrialLength(400ms);
    const quint64 swappiness = m_session->setSwappiness(10, true);
    QTRY_COMPARE(changeOf(swappiness).state, State::OnTrial);
    QTest::qWait(150);
    const quint64 thp = m_session->setTransparentHugePages(u"always"_s, u"defer"_s, true);
    QTRY_COMPARE(changeOf(thp).state, State::OnTrial);
    QCOMPARE(changeOf(swappiness).state, State::OnTrial); // both at once, the first untouched
    QVERIFY(changeOf(thp).deadlineMs > changeOf(swappiness).deadlineMs);
    QCOMPARE(m_kernel->swappiness, 10);
    QCOMPARE(m_kernel->thpEnabled, u"always"_s);
    QVERIFY(stateOf(swappiness).startsWith(u"On trial: back in"_s));

    // The first ends first, while the second is still tried.
    QTRY_COMPARE(changeOf(swappiness).state, State::PutBack);
    QCOMPARE(m_kernel->swappiness, 60);
    QCOMPARE(changeOf(thp).state, State::OnTrial);
    QCOMPARE(m_kernel->thpEnabled, u"always"_s);
    QTRY_COMPARE(changeOf(thp).state, State::PutBack);
    QCOMPARE(m_kernel->thpEnabled, u"madvise"_s);
    QCOMPARE(m_kernel->thpDefrag, u"madvise"_s);
    QCOMPARE(stateOf(thp), u"Put back at the end of its trial"_s);
    QVERIFY(!m_session->hasOpenTrials());
}

void TestTuningSession::aPutBackWaitsForTheRequestInFlightAndGoesAheadOfNewChanges()
{
    m_session->setTrialLength(200ms);
    const quint64 trial = m_session->setSwappiness(10, true);
    QTRY_COMPARE(changeOf(trial).state, State::OnTrial);
    // A drop waits for its password past the trial's end; a change is queued behind it.
    m_kernel->script = {Answer::Hold};
    const quint64 drop = m_session->dropCaches(1);
    QTRY_VERIFY(m_kernel->holding());
    const quint64 later = m_session->setTransparentHugePages(u"never"_s, {}, false);
    QTRY_COMPARE(changeOf(trial).state, State::PuttingBack);
    QTest::qWait(100);
    QCOMPARE(changeOf(trial).state, State::PuttingBack); // not dropped: waiting its turn
    QCOMPARE(m_kernel->swappiness, 10);
    m_kernel->release();
    QTRY_COMPARE(changeOf(later).state, State::Made);
    QCOMPARE(changeOf(drop).state, State::Made);
    QCOMPARE(changeOf(trial).state, State::PutBack);
    QCOMPARE(m_kernel->swappiness, 60);
    // The order the helper saw: the drop, the put-back, then the change asked for before it.
    QCOMPARE(m_kernel->received.size(), 4);
    QCOMPARE(m_kernel->received.at(2), PrivilegedRequest::swappiness(60));
    QCOMPARE(m_kernel->received.at(3).action, PrivilegedRequest::Action::SetTransparentHugePages);
}

void TestTuningSession::aKeptTrialStays()
{
    m_session->setTrialLength(200ms);
    const quint64 id = m_session->setSwappiness(10, true);
    QTRY_COMPARE(changeOf(id).state, State::OnTrial);
    QVERIFY(m_session->hasOpenTrials());
    m_session->keep(id);
    QCOMPARE(changeOf(id).state, State::Kept);
    QVERIFY(!m_session->hasOpenTrials());
    QTest::qWait(400);
    QCOMPARE(changeOf(id).state, State::Kept);
    QCOMPARE(m_kernel->swappiness, 10);
    QCOMPARE(TuningLogModel::offerFor(changeOf(id)), TuningLogModel::Offer::Undo);
}

void TestTuningSession::aFailedPutBackIsListedAndOfferedAgain()
{
    m_session->setTrialLength(150ms);
    const quint64 id = m_session->setSwappiness(10, true);
    QTRY_COMPARE(changeOf(id).state, State::OnTrial);
    m_kernel->script = {Answer::Cancel};
    QTRY_COMPARE(changeOf(id).state, State::PutBackFailed);
    QCOMPARE(stateOf(id), u"Not put back: cancelled"_s);
    QCOMPARE(m_kernel->swappiness, 10);
    QVERIFY(m_session->hasOpenTrials()); // the tried value is still in place
    QCOMPARE(TuningLogModel::offerFor(changeOf(id)), TuningLogModel::Offer::TryPutBackAgain);
    m_session->putBack(id);
    QTRY_COMPARE(changeOf(id).state, State::PutBack);
    QCOMPARE(stateOf(id), u"Put back at the end of its trial"_s);
    QCOMPARE(m_kernel->swappiness, 60);
}

void TestTuningSession::quittingPutsBackOrKeeps()
{
    const quint64 swappiness = m_session->setSwappiness(10, true);
    const quint64 thp = m_session->setTransparentHugePages(u"never"_s, {}, true);
    const quint64 plain = m_session->setSwappiness(30, false);
    QTRY_COMPARE(changeOf(plain).state, State::Made);
    QVERIFY(m_session->hasOpenTrials());
    QSignalSpy settled(m_session.get(), &TuningSession::settled);
    m_session->putBackOpenTrials();
    QVERIFY(m_session->puttingBack());
    QVERIFY(settled.wait(Waits::patientMs));
    QCOMPARE(changeOf(swappiness).state, State::PutBack);
    QCOMPARE(changeOf(thp).state, State::PutBack);
    QCOMPARE(stateOf(thp), u"Put back when MemLens closed"_s);
    QCOMPARE(changeOf(plain).state, State::Made); // not on trial: left as made
    QCOMPARE(m_kernel->thpEnabled, u"madvise"_s);
    QVERIFY(!m_session->hasOpenTrials());

    const quint64 kept = m_session->setSwappiness(5, true);
    QTRY_COMPARE(changeOf(kept).state, State::OnTrial);
    m_session->keepOpenTrials();
    QCOMPARE(changeOf(kept).state, State::Kept);
    QCOMPARE(m_kernel->swappiness, 5);
    QVERIFY(!m_session->hasOpenTrials());
}

void TestTuningSession::theJournalHoldsOpenTrialsOnly()
{
    const QString journal = QDir(m_state->path()).filePath(u"trials-%1.json"_s.arg(QCoreApplication::applicationPid()));
    const quint64 plain = m_session->setSwappiness(20, false);
    QTRY_COMPARE(changeOf(plain).state, State::Made);
    QVERIFY(!QFile::exists(journal));
    const quint64 trial = m_session->setSwappiness(10, true);
    QTRY_COMPARE(changeOf(trial).state, State::OnTrial);
    QFile file(journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(written.contains("swappiness 20 → 10") && written.contains("\"value\": \"20\""), written.constData());
    m_session->keep(trial);
    QVERIFY(!QFile::exists(journal));
}

// A MemLens killed during a trial (memlens-tuningdrive, the session with its real client, here
// answering through a stand-in for memlens-kauth-client), and the next start.
void TestTuningSession::aJournalLeftByAKilledMemLensIsOffered()
{
    QProcess victim;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_STATE_HOME"_s, m_state->path());
    victim.setProcessEnvironment(environment);
    victim.start(QStringLiteral(MEMLENS_TUNINGDRIVE),
                 {u"--client"_s, QStringLiteral(STUB_KAUTH_CLIENT), u"--trial-ms"_s, u"600000"_s, u"trial-swappiness=10"_s, u"stay"_s});
    const QString journal = QDir(m_state->filePath(u"memlens"_s)).filePath(u"trials-%1.json"_s.arg(victim.processId()));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(journal), Waits::patientMs);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    // While it runs its journal is its own.
    QVERIFY(TrialJournal(m_state->filePath(u"memlens"_s)).takeLeftBehind().stillSet.isEmpty());
    victim.kill();
    QVERIFY(victim.waitForFinished());

    m_session.reset();
    m_state->setAutoRemove(true);
    m_tester.reset();
    m_kernel = new ScriptedBackend;
    m_kernel->swappiness = 10; // what the killed MemLens left
    m_session = std::make_unique<TuningSession>(new PrivilegedClient(m_kernel), m_history.get(), TrialJournal(m_state->filePath(u"memlens"_s)));
    m_tester = std::make_unique<QAbstractItemModelTester>(m_session->log(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<quint64> left = m_session->recoverLeftTrials();
    QCOMPARE(left.size(), 1);
    const TuningChange &change = changeOf(left.first());
    QCOMPARE(change.state, State::LeftOnTrial);
    QCOMPARE(change.description, u"swappiness 60 → 10"_s);
    QVERIFY(change.madeAtMs <= before && change.madeAtMs > before - 60'000);
    QCOMPARE(TuningLogModel::offerFor(change), TuningLogModel::Offer::KeepOrPutBack);
    QVERIFY(m_session->hasOpenTrials());
    QVERIFY(!QFile::exists(journal)); // taken over: this session's journal has it now
    m_session->putBack(left.first());
    QTRY_COMPARE(changeOf(left.first()).state, State::PutBack);
    QCOMPARE(m_kernel->swappiness, 60);
    QVERIFY(m_session->recoverLeftTrials().isEmpty()); // found once
}

void TestTuningSession::aJournalFromBeforeARestartOrDamagedIsSaid()
{
    const QDir directory(m_state->path());
    const quint64 id = m_session->setSwappiness(10, true);
    QTRY_COMPARE(changeOf(id).state, State::OnTrial);
    QFile own(directory.filePath(u"trials-%1.json"_s.arg(QCoreApplication::applicationPid())));
    QVERIFY(own.open(QIODevice::ReadOnly));
    QJsonObject journal = QJsonDocument::fromJson(own.readAll()).object();
    own.close();
    // The same trial, by a MemLens that ran before the machine last started.
    journal.insert(u"boot"_s, u"00000000-0000-0000-0000-000000000000"_s);
    QFile earlier(directory.filePath(u"trials-1.json"_s));
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.write(QJsonDocument(journal).toJson());
    earlier.close();
    QFile damaged(directory.filePath(u"trials-2.json"_s));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"format\":1,\"pid\":2,\"trials\":[{\"action\":\"formatdisk\"");
    damaged.close();

    QSignalSpy notices(m_session.get(), &TuningSession::notice);
    QVERIFY(m_session->recoverLeftTrials().isEmpty());
    QCOMPARE(notices.size(), 2);
    QVERIFY2(notices.at(0).at(0).toString().contains(u"swappiness 60 → 10 was on trial when the machine restarted"_s),
             qPrintable(notices.at(0).at(0).toString()));
    QVERIFY2(notices.at(1).at(0).toString().contains(u"damaged"_s), qPrintable(notices.at(1).at(0).toString()));
    QVERIFY(QFile::exists(damaged.fileName() + u".damaged"_s));
    QVERIFY(!QFile::exists(earlier.fileName()));
    QVERIFY(own.exists()); // this session's own journal is not another's left-behind one
}

void TestTuningSession::theOomAdjustmentIsListedAndUndone()
{
    const ProcessKey process{4242, 99};
    const quint64 id = m_session->setOomScoreAdj(process, u"evil\u202Eexe\x1b]0;x\x07"_s, 500);
    QTRY_COMPARE(changeOf(id).state, State::Made);
    QCOMPARE(m_kernel->oomScoreAdj.value(4242), 500);
    // Another user's name, escaped wherever it is shown or sent to polkit.
    QVERIFY2(!changeOf(id).description.contains(QChar(0x202E)) && !changeOf(id).description.contains(QChar(0x1b)), qPrintable(changeOf(id).description));
    QVERIFY(!m_kernel->received.first().message.contains(QChar(0x202E)));
    QVERIFY2(changeOf(id).description.endsWith(u"(PID 4242) 0 → 500"_s), qPrintable(changeOf(id).description));
    QCOMPARE(changeOf(id).result, u"its OOM score is now 999"_s);
    QCOMPARE(m_kernel->received.first().arguments.value(u"starttime"_s), u"99"_s);
    m_session->putBack(id);
    QTRY_COMPARE(changeOf(id).state, State::PutBack);
    QCOMPARE(m_kernel->oomScoreAdj.value(4242), 0);
    QCOMPARE(m_kernel->received.last().arguments.value(u"starttime"_s), u"99"_s);
}

void TestTuningSession::dropCachesSaysWhatItFreed()
{
    const auto cached = [](qint64 bytes) {
        SystemSnapshot snapshot;
        snapshot.meminfo.value = NamedValues{};
        snapshot.meminfo.value->append({"Cached", bytes, NamedValue::Unit::Bytes});
        return snapshot;
    };
    m_session->applySystem(cached(3000LL << 20));
    const quint64 id = m_session->dropCaches(3);
    QTRY_COMPARE(changeOf(id).state, State::Made);
    QCOMPARE(TuningLogModel::offerFor(changeOf(id)), TuningLogModel::Offer::Nothing); // nothing to undo
    m_session->applySystem(cached(1000LL << 20));
    QCOMPARE(stateOf(id), u"Made: freed 2.0 GiB of cache (2.9 GiB → 1,000.0 MiB)"_s);
}

void TestTuningSession::effectsCompareTheMinuteBeforeWithTheMinuteAfter()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto sample = [this](qint64 at, double pressure, double swapOut) {
        SystemSnapshot snapshot;
        snapshot.sampledAtMs = at;
        snapshot.memoryPressure.value = Pressure{PressureLine{pressure, 0, 0, 0}, PressureLine{0, 0, 0, 0}};
        snapshot.vmstat.value = NamedValues{};
        snapshot.vmstatRates = {{"pswpout", swapOut / 4096}, {"pgmajfault", 2}};
        m_history->append(snapshot);
    };
    sample(now - 50'000, 1, 4096);
    sample(now - 20'000, 3, 4096 * 3);
    sample(now + 10'000, 10, 0);
    const TuningEffect effect = TuningEffect::measure(*m_history, now, now + 30'000);
    QCOMPARE(effect.before.pressurePercent, 2.0);
    QCOMPARE(effect.after.pressurePercent, 10.0);
    QCOMPARE(effect.afterMs, 30'000);
    QVERIFY(!effect.settled());
    QCOMPARE(TuningLogModel::effectText(effect.before), u"PSI 2.00 % · swap-out 8.0 KiB/s · faults 2.0/s"_s);
    QCOMPARE(TuningLogModel::effectText(TuningEffect::Window{}), u"PSI — % · swap-out —/s · faults —/s"_s);
}

QTEST_GUILESS_MAIN(TestTuningSession)
#include "tst_tuningsession.moc"
