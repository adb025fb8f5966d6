// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// `memlens --snapshot` on the live system while two processes carry names built to attack the
// reader: a comm set with prctl(PR_SET_NAME) and an argv[0], each with ESC, BEL, CR, DEL and a
// right-to-left override. The table and the CSV must not hand one raw control or bidi character
// to the terminal (they show them escaped, as ps does); the JSON keeps the exact names.
#include "support/waits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace
{
// 11 bytes, within comm's 15: an OSC title change cut short, BEL, CR, DEL, U+202E.
constexpr char hostileComm[] = "\x1b]0;X\x07\r\x7f\xe2\x80\xae";
constexpr char hostileArgv0[] =
    "\x1b]0;pwned\x07\x1b[2J\r\x7f\xe2\x80\xae"
    "evil";

// A character no plain-text report may write raw: controls other than the line feed that ends
// its lines, DEL, C1, and the bidi controls and separators.
bool isHostile(char32_t c)
{
    return (c < 0x20 && c != u'\n') || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}
}

class TestHostileNames : public QObject
{
    Q_OBJECT

    QList<pid_t> m_children;
    pid_t m_named = 0; // renamed itself with prctl
    pid_t m_argv = 0; // started with a hostile argv[0]

    static QByteArray commOf(pid_t pid)
    {
        QFile comm(u"/proc/%1/comm"_s.arg(pid));
        return comm.open(QIODevice::ReadOnly) ? comm.readAll() : QByteArray();
    }

    static QByteArray report(const QString &format)
    {
        QProcess memlens;
        memlens.start(QStringLiteral(MEMLENS_BINARY), {u"--snapshot"_s, u"--format"_s, format});
        if (!memlens.waitForFinished(Waits::patientMs) || memlens.exitCode() != 0)
            return {};
        return memlens.readAllStandardOutput();
    }

private Q_SLOTS:
    void initTestCase()
    {
        int ready[2];
        QVERIFY(pipe(ready) == 0);
        m_named = fork();
        if (m_named == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            prctl(PR_SET_NAME, hostileComm);
            (void)!write(ready[1], "n", 1);
            for (;;)
                pause();
        }
        m_argv = fork();
        if (m_argv == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            char *const argv[] = {const_cast<char *>(hostileArgv0), const_cast<char *>("3600"), nullptr};
            execv("/bin/sleep", argv);
            _exit(127);
        }
        m_children = {m_named, m_argv};
        char byte;
        QCOMPARE(read(ready[0], &byte, 1), 1); // renamed before the reports are taken
        ::close(ready[0]);
        ::close(ready[1]);
        // The exec'd child's argv is its own once /proc says it runs sleep.
        QTRY_COMPARE_WITH_TIMEOUT(commOf(m_argv), QByteArray("sleep\n"), Waits::patientMs);
    }

    void cleanupTestCase()
    {
        for (const pid_t pid : std::as_const(m_children)) {
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
        }
    }

    void plainTextWritesNothingRaw_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("table") << u"table"_s;
        QTest::addRow("csv") << u"csv"_s;
    }
    void plainTextWritesNothingRaw()
    {
        QFETCH(QString, format);
        const QByteArray out = report(format);
        QVERIFY(!out.isEmpty());
        const QString text = QString::fromUtf8(out);
        for (const char32_t c : text.toUcs4())
            QVERIFY2(!isHostile(c), qPrintable(u"U+%1 written raw"_s.arg(uint(c), 4, 16, QLatin1Char('0'))));
        // The argv[0] shows, escaped, in the command both formats print (the table's cut at 40).
        QVERIFY2(text.contains(u"\\x1b]0;pwned\\x07\\x1b[2J\\x0d\\x7f\\u202e"_s), qPrintable(text.left(2000)));
        if (format == u"csv") // and the renamed process's comm in the CSV's name column
            QVERIFY(text.contains(u",\\x1b]0;X\\x07\\x0d\\x7f\\u202e,"_s));
    }

    void jsonKeepsTheExactNames()
    {
        const QJsonDocument document = QJsonDocument::fromJson(report(u"json"_s));
        QVERIFY(document.isObject());
        int found = 0;
        for (const QJsonValue &value : document.object().value(u"processes"_s).toArray()) {
            const QJsonObject process = value.toObject();
            const qint64 pid = process.value(u"pid"_s).toInteger();
            if (pid == m_named) {
                QCOMPARE(process.value(u"name"_s).toString(), QString::fromUtf8(hostileComm));
                ++found;
            }
            if (pid == m_argv) {
                QVERIFY(process.value(u"command"_s).toString().startsWith(QString::fromUtf8(hostileArgv0)));
                ++found;
            }
        }
        QCOMPARE(found, 2);
    }
};

QTEST_GUILESS_MAIN(TestHostileNames)
#include "tst_hostilenames.moc"
