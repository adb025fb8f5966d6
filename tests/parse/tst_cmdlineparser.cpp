// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/cmdlineparser.h"
#include "parsetest.h"

#include <QTest>

// /proc/PID/cmdline: NUL-separated arguments of captured processes (arguments with spaces and
// ')', kernel threads), and what programs that rewrite their argument area leave there.
class TestCmdlineParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("arguments");
        const QByteArray odd = Fixtures::file("linux-6.18", "proc/23158/cmdline");
        const QStringList oddArguments{QStringLiteral("./odd prog"), QStringLiteral("--flag"), QStringLiteral("arg with space")};
        QTest::addRow("6.18 arguments with spaces") << odd << oddArguments;
        QTest::addRow("6.18 the forked child") << Fixtures::file("linux-6.18", "proc/23160/cmdline") << oddArguments;
        QTest::addRow("6.18 kernel thread") << Fixtures::file("linux-6.18", "proc/2/cmdline") << QStringList();
        QTest::addRow("6.18 bash") << Fixtures::file("linux-6.18", "proc/1170/cmdline") << QStringList{QStringLiteral("bash"), QStringLiteral("/dev/fd/3")};
        QTest::addRow("6.18 init, 15 arguments") << Fixtures::file("linux-6.18", "proc/1/cmdline")
                                                 << QStringList{QStringLiteral("/process_api"),
                                                                QStringLiteral("--firecracker-init"),
                                                                QStringLiteral("--addr"),
                                                                QStringLiteral("0.0.0.0:2024"),
                                                                QStringLiteral("--max-ws-buffer-size"),
                                                                QStringLiteral("32768"),
                                                                QStringLiteral("--block-local-connections"),
                                                                QStringLiteral("--log-vsock-port"),
                                                                QStringLiteral("5002"),
                                                                QStringLiteral("--control-vsock-port"),
                                                                QStringLiteral("5001"),
                                                                QStringLiteral("--listen-vsock-port"),
                                                                QStringLiteral("2024"),
                                                                QStringLiteral("--tcp-readiness-only"),
                                                                QStringLiteral("--auth-required")};
        QTest::addRow("6.1 path with )) and spaces") << Fixtures::file("linux-6.1-swap", "proc/101/cmdline")
                                                     << QStringList{QStringLiteral("/tmp/my (odd)) prog"),
                                                                    QStringLiteral("share"),
                                                                    QStringLiteral("16"),
                                                                    QStringLiteral("/tmp/shared data.bin"),
                                                                    QStringLiteral("arg with space")};
        QTest::addRow("6.1 sleep") << Fixtures::file("linux-6.1-swap", "proc/103/cmdline")
                                   << QStringList{QStringLiteral("/bin/sleep"), QStringLiteral("100000")};
        QTest::addRow("6.1 a single argument") << Fixtures::file("linux-6.1-cgroup2", "proc/86/cmdline") << QStringList{QStringLiteral("/toucher")};
        QTest::addRow("6.1 kernel thread") << Fixtures::file("linux-6.1-swap", "proc/2/cmdline") << QStringList();

        // Derived from the real 23158 command line.
        // setproctitle(3): the program overwrote its arguments with one string; the kernel then
        // stops at its end, and it is one argument, spaces and all.
        const QByteArray retitled = QByteArray(odd).chopped(1).replace('\0', ' ');
        QTest::addRow("rewritten as one string") << retitled << QStringList{QStringLiteral("./odd prog --flag arg with space")};
        QTest::addRow("rewritten, rest of the area cleared")
            << QByteArray(retitled + QByteArray(20, '\0')) << QStringList{QStringLiteral("./odd prog --flag arg with space")};
        QTest::addRow("empty argument in the middle") << Fixtures::replaced(odd, "--flag", "")
                                                      << QStringList{QStringLiteral("./odd prog"), QString(), QStringLiteral("arg with space")};
        QTest::addRow("truncated inside an argument") << odd.left(14) << QStringList{QStringLiteral("./odd prog"), QStringLiteral("--f")};
        QTest::addRow("not UTF-8") << Fixtures::replaced(odd, " prog", "\xff")
                                   << QStringList{QStringLiteral("./odd\uFFFD"), QStringLiteral("--flag"), QStringLiteral("arg with space")};
        QTest::addRow("UTF-8") << Fixtures::replaced(odd, "arg", "\xc3\xa9t\xc3\xa9")
                               << QStringList{QStringLiteral("./odd prog"), QStringLiteral("--flag"), QStringLiteral("été with space")};
        QTest::addRow("empty") << QByteArray() << QStringList();
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, arguments);
        QCOMPARE(parseCmdline(text), arguments);
    }
};

QTEST_GUILESS_MAIN(TestCmdlineParser)
#include "tst_cmdlineparser.moc"
