// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Both catalogues against their glossaries (translations/glossary_*.md) and their language's
// typography, so that the next string cannot drift: a term in a form the glossary forbids, a plain
// space where the language needs a non-breaking one, or two kinds of apostrophe in one catalogue
// fail with the message's source text and the offending fragment. MEMLENS_TS_DE, MEMLENS_TS_FR,
// MEMLENS_GLOSSARY_DE and MEMLENS_GLOSSARY_FR in the environment point the test at other files
// (an older catalogue, to see it fail).
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace
{
struct Message {
    QString source;
    QStringList translations; // one, or one per plural form
    bool numerus = false;
};

QString pathFor(const char *variable, const QString &fallback)
{
    const QString overridden = qEnvironmentVariable(variable);
    return overridden.isEmpty() ? fallback : overridden;
}

QList<Message> readCatalogue(const QString &path, int *unfinished)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"message") {
            messages.append(Message{});
            messages.last().numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
        } else if (xml.name() == u"source" && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation" && !messages.isEmpty()) {
            *unfinished += xml.attributes().value(QLatin1StringView("type")) == u"unfinished";
            if (!messages.last().numerus)
                messages.last().translations.append(xml.readElementText());
        } else if (xml.name() == u"numerusform" && !messages.isEmpty()) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// What a reader sees of a translation: HTML tags taken out, so that an attribute's quotes and
// colons (href="https://…") are not read as text. Placeholders (%1, %n) stay; the rules below
// never take them for a percent sign.
QString readable(QString text)
{
    static const QRegularExpression tag(u"<[^>]*>"_s);
    text.replace(tag, u" "_s);
    return text;
}

struct Term {
    QString english;
    QRegularExpression forbidden;
    QString form;
};

// The glossary's table rows: | English | translation | forbidden forms | note |. Forbidden forms
// are the `quoted` pieces of the third cell; `*` stands for any ending, and a form never matches
// inside an identifier or a compound (vm.overcommit_memory, kernel.dmesg_restrict, RAM-Module).
QList<Term> readGlossary(const QString &path)
{
    QList<Term> terms;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return terms;
    static const QRegularExpression quoted(u"`([^`]+)`"_s);
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.startsWith(u'|'))
            continue;
        const QStringList cells = line.split(u'|');
        if (cells.size() < 5 || cells[1].trimmed().startsWith(u'-'))
            continue;
        for (auto it = quoted.globalMatch(cells[3]); it.hasNext();) {
            const QString form = it.next().captured(1);
            QString pattern = QRegularExpression::escape(form);
            pattern.replace(u"\\*"_s, u"\\w*"_s);
            pattern.replace(u"\\ "_s, u"[ \\x{a0}]+"_s);
            // A form written with a capital (a German noun, "Resident") is matched as written.
            const auto options = form.front().isUpper() ? QRegularExpression::UseUnicodePropertiesOption
                                                        : QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
            terms.append({cells[1].trimmed(), QRegularExpression(u"(?<![\\w./-])"_s + pattern + u"(?![\\w-]|\\.\\w)"_s, options), form});
        }
    }
    return terms;
}

QString fragment(const QString &text, qsizetype at, qsizetype length)
{
    const qsizetype from = qMax<qsizetype>(0, at - 20);
    QString shown = text.mid(from, at - from + length + 20);
    shown.replace(QChar(0xa0), u"⍽"_s);
    return u"…"_s + shown + u"…"_s;
}

QString failure(const Message &message, const QString &what)
{
    return u"\"%1\": %2"_s.arg(message.source.left(80), what);
}
}

class TestGlossary : public QObject
{
    Q_OBJECT

private:
    void catalogues()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<QString>("glossary");
        QTest::addRow("de") << pathFor("MEMLENS_TS_DE", QStringLiteral(MEMLENS_TRANSLATIONS "/memlens_de.ts"))
                            << pathFor("MEMLENS_GLOSSARY_DE", QStringLiteral(MEMLENS_TRANSLATIONS "/glossary_de.md"));
        QTest::addRow("fr") << pathFor("MEMLENS_TS_FR", QStringLiteral(MEMLENS_TRANSLATIONS "/memlens_fr.ts"))
                            << pathFor("MEMLENS_GLOSSARY_FR", QStringLiteral(MEMLENS_TRANSLATIONS "/glossary_fr.md"));
    }

    static QList<Message> load(const QString &path)
    {
        int unfinished = 0;
        const QList<Message> messages = readCatalogue(path, &unfinished);
        if (messages.size() < 400)
            qWarning("%s could not be read", qPrintable(path));
        if (unfinished)
            qWarning("%s has %d unfinished messages", qPrintable(path), unfinished);
        return unfinished ? QList<Message>() : messages;
    }

    static void report(const QStringList &failures)
    {
        for (const QString &line : failures)
            qWarning("%s", qPrintable(line));
        QVERIFY2(failures.isEmpty(), qPrintable(u"%1 problem(s), the first: %2"_s.arg(failures.size()).arg(failures.value(0))));
    }

private Q_SLOTS:
    void termsHaveTheirOneForm_data()
    {
        catalogues();
    }
    void termsHaveTheirOneForm()
    {
        QFETCH(QString, catalogue);
        QFETCH(QString, glossary);
        const QList<Term> terms = readGlossary(glossary);
        QVERIFY2(terms.size() >= 5, qPrintable(u"%1 has no forbidden forms"_s.arg(glossary)));
        const QList<Message> messages = load(catalogue);
        QVERIFY(messages.size() >= 400);
        QStringList failures;
        for (const Message &message : messages) {
            for (const QString &translation : message.translations) {
                const QString text = readable(translation);
                for (const Term &term : terms) {
                    const QRegularExpressionMatch match = term.forbidden.match(text);
                    if (match.hasMatch())
                        failures << failure(message,
                                            u"\"%1\" is written `%2`, which the glossary forbids: %3"_s
                                                .arg(term.english, term.form, fragment(text, match.capturedStart(), match.capturedLength())));
                }
            }
        }
        report(failures);
    }

    void spacesAreNonBreaking_data()
    {
        catalogues();
    }
    void spacesAreNonBreaking()
    {
        QFETCH(QString, catalogue);
        const QList<Message> messages = load(catalogue);
        QVERIFY(messages.size() >= 400);
        const bool french = QTest::currentDataTag() == QByteArrayView("fr");
        // Both languages: a percent sign (not a placeholder) after a number, "12 %". French
        // also before : ; ! ? and inside « ». German quotes are „…“, never "…".
        QList<std::pair<QRegularExpression, QString>> rules = {
            {QRegularExpression(u"(\\d|%n) ?%(?![\\dnL])"_s), u"a plain or missing space before a percent sign"_s},
        };
        if (french) {
            rules.append({QRegularExpression(u"( |(?<=\\w))[:;!?](?=[\\s\\x{a0}]|$)"_s), u"a plain or missing space before : ; ! or ?"_s});
            rules.append({QRegularExpression(u"«(?!\\x{a0})|(?<!\\x{a0})»"_s), u"« » without a non-breaking space inside"_s});
        } else {
            rules.append({QRegularExpression(u"\""_s), u"a straight double quote (German uses „…“)"_s});
        }
        QStringList failures;
        for (const Message &message : messages) {
            for (const QString &translation : message.translations) {
                const QString text = readable(translation);
                for (const auto &[rule, what] : std::as_const(rules)) {
                    for (auto it = rule.globalMatch(text); it.hasNext();) {
                        const QRegularExpressionMatch match = it.next();
                        failures << failure(message, u"%1: %2"_s.arg(what, fragment(text, match.capturedStart(), match.capturedLength())));
                    }
                }
            }
        }
        report(failures);
    }

    void oneKindOfApostrophe_data()
    {
        catalogues();
    }
    void oneKindOfApostrophe()
    {
        QFETCH(QString, catalogue);
        const QList<Message> messages = load(catalogue);
        QVERIFY(messages.size() >= 400);
        QStringList straight;
        QStringList curly;
        for (const Message &message : messages) {
            for (const QString &translation : message.translations) {
                const QString text = readable(translation);
                if (const qsizetype at = text.indexOf(u'\''); at >= 0)
                    straight << failure(message, u"' where the catalogue mostly writes ’: "_s + fragment(text, at, 1));
                if (const qsizetype at = text.indexOf(QChar(0x2019)); at >= 0)
                    curly << failure(message, u"’ where the catalogue mostly writes ': "_s + fragment(text, at, 1));
            }
        }
        // The catalogue's own choice is the form most of it uses; the other one is the mistake.
        report(straight.size() >= curly.size() ? curly : straight);
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
