// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The overview's first answer: applications by summed PSS, grouped as the Processes page groups
// them, the largest few as rows and the rest summed; refreshes move rows in place.
#include "model/modelroles.h"
#include "model/topapplicationsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTopApplicationsModel : public QObject
{
    Q_OBJECT

    static ProcessRecord process(qint64 pid, const QString &program, std::optional<qint64> pss, bool kernelThread = false)
    {
        ProcessRecord record;
        record.key = {pid, quint64(pid) * 10};
        record.name = program.left(15);
        record.kernelThread = kernelThread;
        if (!kernelThread)
            record.commandLine = {u"/usr/lib/"_s + program, u"--flag"_s};
        if (pss) {
            SmapsCounters counters;
            counters.set(SmapsCounters::Pss, *pss);
            record.smaps.value = counters;
        } else {
            record.smaps = Reading<SmapsCounters>::missing(u"permission denied"_s);
        }
        return record;
    }

    static QString cell(const TopApplicationsModel &model, const QString &name, int column, int role = Qt::DisplayRole)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(ModelRoles::KeyRole).toString() == name)
                return model.index(row, column).data(role).toString();
        }
        return u"(no row)"_s;
    }

private Q_SLOTS:
    void sumsByApplicationAndKeepsTheLargest()
    {
        TopApplicationsModel model(2);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 mib = 1 << 20;
        model.setProcesses({process(10, u"firefox"_s, 300 * mib),
                            process(11, u"firefox"_s, 200 * mib),
                            process(12, u"firefox"_s, std::nullopt), // another user's: not in the sum
                            process(20, u"code"_s, 400 * mib),
                            process(30, u"bash"_s, 5 * mib),
                            process(31, u"zsh"_s, 4 * mib),
                            process(2, u"kthreadd"_s, std::nullopt, true)},
                           1000 * mib);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, u"firefox"_s, TopApplicationsModel::PssColumn, ModelRoles::RawValueRole), QString::number(500 * mib));
        QCOMPARE(cell(model, u"firefox"_s, TopApplicationsModel::ProcessesColumn), u"3"_s);
        QCOMPARE(cell(model, u"firefox"_s, TopApplicationsModel::PssColumn, ModelRoles::ShareRole), u"1"_s);
        QCOMPARE(cell(model, u"code"_s, TopApplicationsModel::PssColumn, ModelRoles::ShareRole), u"0.8"_s);
        const QString tip = cell(model, u"firefox"_s, TopApplicationsModel::NameColumn, Qt::ToolTipRole);
        QVERIFY2(tip.contains(u"500.0 MiB PSS in 3 processes (50.0 % of RAM)"_s) && tip.contains(u"PSS of 1 process could not be read"_s), qPrintable(tip));
        // What the two rows leave over; kernel threads are not an application.
        QCOMPARE(model.rest().applications, 2);
        QCOMPARE(model.rest().pss, 9 * mib);
        QCOMPARE(cell(model, u"kthreadd"_s, 0), u"(no row)"_s);

        // The next refresh: firefox grew, code ended; rows change in place, one is replaced.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setProcesses({process(10, u"firefox"_s, 600 * mib), process(30, u"bash"_s, 5 * mib), process(31, u"zsh"_s, 4 * mib)}, 1000 * mib);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(cell(model, u"firefox"_s, TopApplicationsModel::PssColumn, ModelRoles::RawValueRole), QString::number(600 * mib));
        QCOMPARE(cell(model, u"bash"_s, TopApplicationsModel::PssColumn, ModelRoles::RawValueRole), QString::number(5 * mib));
        QCOMPARE(model.rest().applications, 1);
    }

    void anApplicationNobodyCouldReadIsUnknownNotZero()
    {
        TopApplicationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProcesses({process(1, u"systemd"_s, std::nullopt)}, std::nullopt);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.index(0, TopApplicationsModel::PssColumn).data(ModelRoles::RawValueRole).isValid());
        QVERIFY(!model.index(0, TopApplicationsModel::PssColumn).data(ModelRoles::UnavailableReasonRole).toString().isEmpty());
        // Without MemTotal the share of RAM is not made up.
        QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"% of RAM"_s));
    }

    void hostileNamesAreShownEscaped()
    {
        TopApplicationsModel model;
        model.setProcesses({process(1, u"evil\u202Eexe\x1b[2J"_s, 1024)}, 1 << 30);
        const QString shown = model.index(0, 0).data().toString();
        QVERIFY2(!shown.contains(QChar(0x202E)) && !shown.contains(QChar(0x1b)), qPrintable(shown));
    }
};

QTEST_GUILESS_MAIN(TestTopApplicationsModel)
#include "tst_topapplicationsmodel.moc"
