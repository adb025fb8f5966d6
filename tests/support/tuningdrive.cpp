// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// memlens-tuningdrive: a tuning session as the window drives it, without a window, for the
// end-to-end scripts: the real PrivilegedClient and KAuthClientBackend (one memlens-kauth-client
// for the whole run), the real journal in $XDG_STATE_HOME/memlens.
//
//   memlens-tuningdrive [--client PATH] [--trial-ms N] STEP...
//   STEP: swappiness=N | trial-swappiness=N | thp=ENABLED,DEFRAG | trial-thp=ENABLED,DEFRAG
//         (an empty word leaves that knob) | drop=LEVEL | oom=PID:STARTTIME:VALUE
//         | settle (until no trial runs and every put-back is answered)
//         | undo (every change that offers it) | stay (until killed: a MemLens that dies)
//
// Each step waits for its answer. After the last, trials run to their end and put-backs are
// answered. One line per change of a row: "change ID: DESCRIPTION — STATE"; while a swappiness
// trial runs, "kernel swappiness N" as /proc/sys/vm/swappiness says. Exit 0 when nothing was
// refused or failed.
#include "model/systemhistory.h"
#include "privileged/kauthclientbackend.h"
#include "tuning/tuninglogmodel.h"
#include "tuning/tuningsession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace
{
void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

bool answered(const TuningChange &change)
{
    using State = TuningChange::State;
    return change.state != State::Queued && change.state != State::Asking && change.state != State::PuttingBack;
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList steps = app.arguments().mid(1);
    QString client;
    int trialMs = 30'000;
    while (steps.size() >= 2 && steps.first().startsWith(QStringLiteral("--"))) {
        const QString option = steps.takeFirst();
        if (option == QStringLiteral("--client"))
            client = steps.takeFirst();
        else if (option == QStringLiteral("--trial-ms"))
            trialMs = steps.takeFirst().toInt();
    }
    SystemHistory history;
    TuningSession session(new PrivilegedClient(new KAuthClientBackend(client)), &history, TrialJournal());
    session.setTrialLength(std::chrono::milliseconds(trialMs));
    bool problems = false;
    QObject::connect(&session, &TuningSession::notice, [&problems](const QString &text) {
        say(QStringLiteral("notice: ") + text);
        problems = true;
    });
    QObject::connect(&session, &TuningSession::changed, [&](quint64 id) {
        const TuningChange *change = session.change(id);
        say(QStringLiteral("change %1: %2 — %3").arg(id).arg(change->description, TuningLogModel::stateText(*change, QDateTime::currentMSecsSinceEpoch())));
        problems = problems || change->state == TuningChange::State::NotMade || change->state == TuningChange::State::PutBackFailed;
        if (change->state == TuningChange::State::OnTrial && change->request.action == PrivilegedRequest::Action::SetSwappiness) {
            QFile swappiness(QStringLiteral("/proc/sys/vm/swappiness"));
            if (swappiness.open(QIODevice::ReadOnly))
                say(QStringLiteral("kernel swappiness ") + QString::fromLatin1(swappiness.readAll().trimmed()));
        }
    });
    const auto waitFor = [&app](const std::function<bool()> &done) {
        while (!done())
            app.processEvents(QEventLoop::WaitForMoreEvents);
    };
    const auto onTrial = [&session] {
        const TuningLogModel *log = session.log();
        for (int row = 0; row < log->rowCount(); ++row) {
            if (log->rowAt(log->index(row, 0))->change.state == TuningChange::State::OnTrial)
                return true;
        }
        return false;
    };
    const auto settle = [&waitFor, &session, &onTrial] {
        waitFor([&session, &onTrial] {
            return !session.puttingBack() && !onTrial();
        });
    };
    QList<quint64> made;
    for (const QString &step : std::as_const(steps)) {
        const QString name = step.section(u'=', 0, 0);
        const QString value = step.section(u'=', 1);
        const bool trial = name.startsWith(QStringLiteral("trial-"));
        std::optional<quint64> id;
        if (name.endsWith(QStringLiteral("swappiness"))) {
            id = session.setSwappiness(value.toInt(), trial);
        } else if (name.endsWith(QStringLiteral("thp"))) {
            id = session.setTransparentHugePages(value.section(u',', 0, 0), value.section(u',', 1, 1), trial);
        } else if (name == QStringLiteral("drop")) {
            id = session.dropCaches(value.toInt());
        } else if (name == QStringLiteral("oom")) {
            const QStringList parts = value.split(u':');
            id = session.setOomScoreAdj({parts.value(0).toLongLong(), parts.value(1).toULongLong()}, QStringLiteral("target"), parts.value(2).toInt());
        } else if (name == QStringLiteral("undo")) {
            for (const quint64 change : std::as_const(made))
                session.putBack(change);
            waitFor([&session] {
                return !session.puttingBack();
            });
        } else if (name == QStringLiteral("settle")) {
            settle();
        } else if (name == QStringLiteral("stay")) {
            return app.exec();
        } else {
            say(QStringLiteral("unknown step %1").arg(step));
            return 2;
        }
        if (id) {
            made.append(*id);
            waitFor([&session, id] {
                return answered(*session.change(*id));
            });
        }
    }
    // Trials end by themselves; their put-backs are answered.
    settle();
    return problems ? 1 : 0;
}
