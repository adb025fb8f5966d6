// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The Flatpak manifest cannot be built offline here, so it is checked as data: the ids, the
// command and the permissions agree with the .desktop entry and the metainfo, everything it
// refers to exists, and it grants what the host agent needs and nothing it does not.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFlatpakManifest : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_manifest;
    QString m_source = QStringLiteral(MEMLENS_SOURCE_DIR);

    QByteArray read(const QString &path)
    {
        QFile file(m_source + u'/' + path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(read(u"flatpak/io.github.memlens.MemLens.json"_s), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        m_manifest = document.object();
    }

    void idsAgreeWithTheDesktopFiles()
    {
        const QString id = m_manifest.value(u"id"_s).toString();
        QCOMPARE(id, u"io.github.memlens.MemLens"_s);
        QVERIFY(QFile::exists(m_source + u"/resources/"_s + id + u".desktop"_s));
        QVERIFY(read(u"resources/%1.metainfo.xml"_s.arg(id)).contains(u"<id>%1</id>"_s.arg(id).toUtf8()));
        QVERIFY(read(u"resources/%1.metainfo.xml"_s.arg(id)).contains(u"<launchable type=\"desktop-id\">%1.desktop</launchable>"_s.arg(id).toUtf8()));
        QVERIFY(read(u"resources/icons/%1.svg"_s.arg(id)).startsWith("<?xml"));
    }

    void commandIsWhatTheDesktopEntryStarts()
    {
        const QString command = m_manifest.value(u"command"_s).toString();
        QCOMPARE(command, u"memlens"_s);
        QVERIFY(read(u"resources/io.github.memlens.MemLens.desktop"_s).contains(QByteArray("\nExec=" + command.toUtf8() + "\n")));
        QVERIFY(read(u"app/CMakeLists.txt"_s).contains(QByteArray("add_executable(" + command.toUtf8())));
    }

    void runtimeShipsKdeFrameworks6()
    {
        QCOMPARE(m_manifest.value(u"runtime"_s).toString(), u"org.kde.Platform"_s);
        QCOMPARE(m_manifest.value(u"sdk"_s).toString(), u"org.kde.Sdk"_s);
        QVERIFY(m_manifest.value(u"runtime-version"_s).toString().startsWith(u"6."_s));
    }

    void permissionsAreWhatTheAppNeeds()
    {
        QStringList args;
        for (const QJsonValue &arg : m_manifest.value(u"finish-args"_s).toArray())
            args.append(arg.toString());
        // The host agent is started with flatpak-spawn --host, which talks to this name.
        QVERIFY(args.contains(u"--talk-name=org.freedesktop.Flatpak"_s));
        QVERIFY(args.contains(u"--socket=wayland"_s) && args.contains(u"--socket=fallback-x11"_s));
        // /proc of the sandbox is useless, and the host's is read by the agent: no host filesystem.
        for (const QString &arg : std::as_const(args))
            QVERIFY2(!arg.startsWith(u"--filesystem="_s) && arg != u"--device=all"_s, qPrintable(arg));
    }

    void buildsThisRepositoryWithoutTheHelper()
    {
        const QJsonArray modules = m_manifest.value(u"modules"_s).toArray();
        QCOMPARE(modules.size(), 1);
        const QJsonObject module = modules.first().toObject();
        QCOMPARE(module.value(u"buildsystem"_s).toString(), u"cmake-ninja"_s);
        QStringList options;
        for (const QJsonValue &option : module.value(u"config-opts"_s).toArray())
            options.append(option.toString());
        QVERIFY(options.contains(u"-DMEMLENS_HELPER=OFF"_s));
        QVERIFY(read(u"CMakeLists.txt"_s).contains("option(MEMLENS_HELPER"));
        for (const QJsonValue &source : module.value(u"sources"_s).toArray()) {
            const QString path = source.toObject().value(u"path"_s).toString();
            const QDir sourceDir(m_source + u"/flatpak/"_s + path);
            QVERIFY2(sourceDir.exists(u"CMakeLists.txt"_s), qPrintable(path)); // the repository root
        }
    }
};

QTEST_GUILESS_MAIN(TestFlatpakManifest)
#include "tst_flatpakmanifest.moc"
