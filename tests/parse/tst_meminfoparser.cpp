#include "parse/meminfoparser.h"
#include "support/fixtures.h"

#include <QTest>

class TestMeminfoParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void captures_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("memTotal");
        QTest::addColumn<qint64>("swapTotal");
        QTest::addColumn<qint64>("swapFree");
        QTest::addRow("6.18, no swap") << Fixtures::file("linux-6.18", "proc/meminfo") << qint64(24684084) * 1024 << qint64(0) << qint64(0);
        QTest::addRow("6.18, a swap file in use") << Fixtures::file("linux-6.18-swap", "proc/meminfo") << qint64(24684084) * 1024 << qint64(32764) * 1024
                                                  << qint64(7272) * 1024;
    }
    void captures()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, memTotal);
        QFETCH(qint64, swapTotal);
        QFETCH(qint64, swapFree);
        const auto meminfo = parseMeminfo(text);
        QVERIFY2(meminfo.ok(), qPrintable(meminfo.error));
        QCOMPARE(meminfo.value.value("MemTotal"), memTotal);
        QCOMPARE(meminfo.value.value("SwapTotal"), swapTotal);
        QCOMPARE(meminfo.value.value("SwapFree"), swapFree);
        // Every line is kept, in the kernel's order, under the kernel's name.
        QCOMPARE(meminfo.value.list().size(), text.count('\n'));
        QCOMPARE(meminfo.value.list().constFirst().name, QByteArray("MemTotal"));
        QVERIFY(meminfo.value.contains("Active(file)"));
        QVERIFY(meminfo.value.contains("DirectMap4k"));
        // HugePages_* are counts; everything else is bytes.
        QCOMPARE(meminfo.value.find("HugePages_Total")->unit, NamedValue::Unit::Number);
        QCOMPARE(meminfo.value.find("Hugepagesize")->unit, NamedValue::Unit::Bytes);
        QCOMPARE(meminfo.value.value("Hugepagesize"), qint64(2048) * 1024);
    }

    void damaged_data()
    {
        const QByteArray real = Fixtures::file("linux-6.18", "proc/meminfo");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("fields");
        QTest::addColumn<QString>("error");
        const int all = int(real.count('\n'));
        QTest::addRow("empty") << QByteArray() << 0 << QString();
        QTest::addRow("truncated mid-line") << real.left(real.indexOf("Buffers:") + 12) << 3 << QStringLiteral("line 4");
        QTest::addRow("garbage line") << Fixtures::replaced(real, "Buffers:", "\xff\x01garbage\nBuffers:") << all << QStringLiteral("line 4");
        QTest::addRow("duplicated field, first kept") << Fixtures::replaced(real, "Buffers:", "MemFree:        1 kB\nBuffers:") << all
                                                      << QStringLiteral("appears twice");
        QTest::addRow("64-bit overflow") << Fixtures::replaced(real, "MemTotal:       24684084 kB", "MemTotal:       99999999999999999999 kB") << all - 1
                                         << QStringLiteral("line 1");
        QTest::addRow("missing value") << Fixtures::replaced(real, "MemTotal:       24684084 kB", "MemTotal:") << all - 1 << QStringLiteral("line 1");
        QTest::addRow("negative") << Fixtures::replaced(real, "MemTotal:       24684084 kB", "MemTotal:       -5 kB") << all - 1 << QStringLiteral("line 1");
    }
    void damaged()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, fields);
        QFETCH(QString, error);
        const auto meminfo = parseMeminfo(text);
        QCOMPARE(meminfo.value.list().size(), fields);
        QCOMPARE(meminfo.ok(), error.isEmpty());
        QVERIFY2(meminfo.error.contains(error), qPrintable(meminfo.error));
        // Whatever else happened, the fields around the bad line keep their real values.
        if (fields >= 3) {
            QCOMPARE(meminfo.value.value("MemAvailable"), qint64(24360884) * 1024);
            QCOMPARE(meminfo.value.value("MemFree"), qint64(24387028) * 1024);
        }
    }
};

QTEST_GUILESS_MAIN(TestMeminfoParser)
#include "tst_meminfoparser.moc"
