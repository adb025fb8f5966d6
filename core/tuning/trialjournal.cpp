// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "trialjournal.h"

#include "parse/procstatparser.h"
#include "read/filereader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace
{
constexpr int format = 1;
// A journal is a few lines; anything much larger is not one.
constexpr qint64 maximumSize = 1024 * 1024;

QByteArray bootId()
{
    FileReader reader;
    const FileReader::Result read = reader.read(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return read.ok() ? read.data.toByteArray().trimmed() : QByteArray();
}

// A process's start time, or nothing when no process has this pid.
std::optional<quint64> startTimeOf(qint64 pid)
{
    FileReader reader;
    const FileReader::Result read = reader.read(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!read.ok())
        return std::nullopt;
    const ParseResult<ProcStat> stat = parseProcStat(read.data);
    return stat.ok() ? std::optional(stat.value.startTime) : std::nullopt;
}

QString fileOf(const QString &directory, qint64 pid)
{
    return QDir(directory).filePath(QStringLiteral("trials-%1.json").arg(pid));
}

QJsonObject toJson(const TrialJournal::Trial &trial)
{
    QJsonObject arguments;
    for (auto it = trial.back.arguments.cbegin(); it != trial.back.arguments.cend(); ++it)
        arguments.insert(it.key(), it.value());
    return {{QStringLiteral("action"), trial.back.actionName()},
            {QStringLiteral("arguments"), arguments},
            {QStringLiteral("message"), trial.back.message},
            {QStringLiteral("description"), trial.description},
            {QStringLiteral("back"), trial.backDescription},
            {QStringLiteral("setAt"), trial.setAtMs}};
}

std::optional<TrialJournal::Trial> trialFromJson(const QJsonObject &object)
{
    QMap<QString, QString> arguments;
    const QJsonObject given = object.value(QStringLiteral("arguments")).toObject();
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        if (!it.value().isString())
            return std::nullopt;
        arguments.insert(it.key(), it.value().toString());
    }
    const auto back =
        PrivilegedRequest::fromActionName(object.value(QStringLiteral("action")).toString(), arguments, object.value(QStringLiteral("message")).toString());
    const QJsonValue setAt = object.value(QStringLiteral("setAt"));
    if (!back || !setAt.isDouble())
        return std::nullopt;
    return TrialJournal::Trial{*back,
                               object.value(QStringLiteral("description")).toString(),
                               object.value(QStringLiteral("back")).toString(),
                               qint64(setAt.toDouble())};
}
}

TrialJournal::TrialJournal(const QString &directory)
    : m_directory(directory)
{
}

QString TrialJournal::defaultDirectory()
{
    // QStandardPaths has no state location before Qt 6.7: the XDG base directory rule by hand.
    const QString state = qEnvironmentVariable("XDG_STATE_HOME");
    return QDir(QDir::isAbsolutePath(state) ? state : QDir::homePath() + QStringLiteral("/.local/state")).filePath(QStringLiteral("memlens"));
}

QString TrialJournal::write(const QList<Trial> &open) const
{
    const qint64 pid = QCoreApplication::applicationPid();
    const QString path = fileOf(m_directory, pid);
    if (open.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            return tr("could not remove %1").arg(path);
        return {};
    }
    if (!QDir().mkpath(m_directory))
        return tr("could not create %1").arg(m_directory);
    QJsonArray trials;
    for (const Trial &trial : open)
        trials.append(toJson(trial));
    const QJsonObject journal{{QStringLiteral("format"), format},
                              {QStringLiteral("pid"), pid},
                              {QStringLiteral("starttime"), QString::number(startTimeOf(pid).value_or(0))},
                              {QStringLiteral("boot"), QString::fromLatin1(bootId())},
                              {QStringLiteral("trials"), trials}};
    // Written whole and renamed into place: a crash mid-write leaves the last journal, not half.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(journal).toJson()) < 0 || !file.commit())
        return tr("could not write %1: %2").arg(path, file.errorString());
    return {};
}

TrialJournal::LeftBehind TrialJournal::takeLeftBehind() const
{
    LeftBehind left;
    const QByteArray boot = bootId();
    const QDir directory(m_directory);
    for (const QString &name : directory.entryList({QStringLiteral("trials-*.json")}, QDir::Files, QDir::Name)) {
        const QString path = directory.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > maximumSize) {
            left.problems.append(tr("%1 could not be read").arg(path));
            continue;
        }
        const QJsonObject journal = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        const qint64 pid = journal.value(QStringLiteral("pid")).toInteger();
        const QString startTime = journal.value(QStringLiteral("starttime")).toString();
        const bool sameBoot = journal.value(QStringLiteral("boot")).toString().toLatin1() == boot && !boot.isEmpty();
        // A MemLens still running keeps its own journal; a pid since taken by another process
        // has another start time.
        if (sameBoot && pid > 0 && startTimeOf(pid) && QString::number(*startTimeOf(pid)) == startTime)
            continue;
        const QJsonArray trials = journal.value(QStringLiteral("trials")).toArray();
        QList<Trial> read;
        bool whole = journal.value(QStringLiteral("format")).toInt() == format && pid > 0;
        for (const QJsonValue &value : trials) {
            const std::optional<Trial> trial = trialFromJson(value.toObject());
            whole = whole && trial;
            if (trial)
                read.append(*trial);
        }
        if (!whole) {
            // Kept for whoever wants to look, under a name no later start reads again.
            const QString kept = path + QStringLiteral(".damaged");
            QFile::remove(kept);
            QFile::rename(path, kept);
            left.problems.append(tr("%1 is damaged; kept as %2").arg(path, kept));
        } else {
            QFile::remove(path);
        }
        (sameBoot ? left.stillSet : left.endedByRestart).append(read);
    }
    return left;
}
