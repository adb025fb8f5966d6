// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Names of other processes' choosing, made visible for a terminal, a spreadsheet and a row of
// the window: control characters as ps shows them, bidi controls by their code point, the rest
// untouched; and a CSV cell never read as a formula.
#include "format/textescape.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTextEscape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void visible_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::addRow("plain") << u"firefox-esr"_s << u"firefox-esr"_s;
        QTest::addRow("spaces, parentheses") << u"my (odd)) prog"_s << u"my (odd)) prog"_s;
        QTest::addRow("other scripts and emoji") << u"Café 日本 🐧 ‍"_s << u"Café 日本 🐧 ‍"_s;
        QTest::addRow("wine's backslashes") << u"C:\\windows\\system32\\wineboot.exe"_s << u"C:\\windows\\system32\\wineboot.exe"_s;
        QTest::addRow("OSC title change") << u"\x1b]0;pwned\x07"_s << u"\\x1b]0;pwned\\x07"_s;
        QTest::addRow("screen clear") << u"\x1b[2J\x1b[H"_s << u"\\x1b[2J\\x1b[H"_s;
        QTest::addRow("CR, LF, tab, NUL") << QString(u"a\rb\nc\td"_s + QChar(0) + u'e') << u"a\\x0db\\x0ac\\x09d\\x00e"_s;
        QTest::addRow("DEL") << u"x\x7fy"_s << u"x\\x7fy"_s;
        QTest::addRow("C1 CSI") << QString(u"a"_s + QChar(0x9b) + u"31m"_s) << u"a\\x9b31m"_s;
        QTest::addRow("right-to-left override") << QString(u"evil"_s + QChar(0x202e) + u"txt.exe"_s) << u"evil\\u202etxt.exe"_s;
        QTest::addRow("isolates and marks") << QString(QChar(0x2066) + u"a"_s + QChar(0x2069) + QChar(0x200f) + QChar(0x061c))
                                            << u"\\u2066a\\u2069\\u200f\\u061c"_s;
        QTest::addRow("line separator") << QString(u"a"_s + QChar(0x2028) + u"b"_s) << u"a\\u2028b"_s;
        QTest::addRow("empty") << QString() << QString();
    }
    void visible()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(TextEscape::visible(text), shown);
    }

    void forDialog_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QString>("shown");
        QTest::addRow("plain") << u"firefox-esr"_s << 32 << u"firefox-esr"_s;
        QTest::addRow("controls and bidi") << QString(u"a\x1b[2J"_s + QChar(0x202e) + u"b"_s) << 32 << u"a\\x1b[2J\\u202eb"_s;
        QTest::addRow("zero-width joiner, soft hyphen") << QString(u"a"_s + QChar(0x200d) + QChar(0x00ad) + u"b"_s) << 32 << u"a\\u200d\\u00adb"_s;
        QTest::addRow("tag character") << QString(u"a"_s + QString::fromUcs4(U"\U000E0041", 1)) << 32 << u"a\\ue0041"_s;
        QTest::addRow("cut") << u"a-very-long-process-name-indeed"_s << 10 << u"a-very-lo…"_s;
        QTest::addRow("cut before a surrogate pair") << QString(u"abcdefgh"_s + QString::fromUcs4(U"🐧🐧", 2)) << 10 << u"abcdefgh…"_s;
        QTest::addRow("an escape counts in full") << u"\x1b\x1b\x1b"_s << 8 << u"\\x1b\\x1…"_s;
    }
    void forDialog()
    {
        QFETCH(QString, text);
        QFETCH(int, maxLength);
        QFETCH(QString, shown);
        QCOMPARE(TextEscape::forDialog(text, maxLength), shown);
    }

    void csvCell_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::addRow("formula") << u"=HYPERLINK(\"http://x\")"_s << u"'=HYPERLINK(\"http://x\")"_s;
        QTest::addRow("plus") << u"+1+1"_s << u"'+1+1"_s;
        QTest::addRow("login shell") << u"-bash"_s << u"'-bash"_s;
        QTest::addRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::addRow("inside is fine") << u"a=b+c"_s << u"a=b+c"_s;
        QTest::addRow("control first") << u"\x1b=x"_s << u"\\x1b=x"_s;
        QTest::addRow("empty") << QString() << QString();
    }
    void csvCell()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(TextEscape::csvCell(text), cell);
    }
};

QTEST_GUILESS_MAIN(TestTextEscape)
#include "tst_textescape.moc"
