// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/octalescape.h"
#include "parsetest.h"

#include <QTest>

// Paths the kernel escapes (\040 for a space in /proc/swaps, \012 for a newline in smaps).
class TestOctalEscape : public QObject
{
    Q_OBJECT

    // The path field of the captured /proc/swaps line for "/var/tmp/swap file".
    static QByteArray capturedSwapPath()
    {
        const QByteArray swaps = Fixtures::file("linux-6.18-swap", "proc/swaps");
        const qsizetype begin = swaps.indexOf('\n') + 1;
        return swaps.mid(begin, swaps.indexOf(' ', begin) - begin);
    }

private Q_SLOTS:
    void unescape_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("path");
        QTest::addRow("captured swap file") << capturedSwapPath() << QStringLiteral("/var/tmp/swap file");
        QTest::addRow("no escapes") << QByteArrayLiteral("/dev/zram0") << QStringLiteral("/dev/zram0");
        QTest::addRow("tab") << QByteArrayLiteral("/a\\011b") << QStringLiteral("/a\tb");
        QTest::addRow("newline") << QByteArrayLiteral("/a\\012b") << QStringLiteral("/a\nb");
        QTest::addRow("backslash") << QByteArrayLiteral("/a\\134b") << QStringLiteral("/a\\b");
        QTest::addRow("escape at the very end") << QByteArrayLiteral("/a\\040") << QStringLiteral("/a ");
        QTest::addRow("highest byte, UTF-8 pair") << QByteArrayLiteral("/\\303\\251t\\303\\251") << QStringLiteral("/été");
        // Not complete escapes: kept as written.
        QTest::addRow("two digits at the end") << QByteArrayLiteral("/a\\04") << QStringLiteral("/a\\04");
        QTest::addRow("8 is not octal") << QByteArrayLiteral("/a\\048") << QStringLiteral("/a\\048");
        QTest::addRow("more than a byte") << QByteArrayLiteral("/a\\777") << QStringLiteral("/a\\777");
        QTest::addRow("lone backslash") << QByteArrayLiteral("/a\\") << QStringLiteral("/a\\");
        QTest::addRow("escaped backslash before digits") << QByteArrayLiteral("/a\\134040") << QStringLiteral("/a\\040");
        QTest::addRow("empty") << QByteArray() << QString();
        // Bytes that are not UTF-8 cannot be shown as they are; they become U+FFFD, never a crash.
        QTest::addRow("invalid UTF-8") << QByteArrayLiteral("/a\\377b") << QStringLiteral("/a\uFFFDb");
    }
    void unescape()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, path);
        QCOMPARE(unescapeOctal(text), path);
    }
};

QTEST_GUILESS_MAIN(TestOctalEscape)
#include "tst_octalescape.moc"
