// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "privileged/privilegedbackend.h"

#include <QHash>
#include <QTimer>

// A privileged backend that plays the helper and the kernel behind it: the four values the
// helper writes, written as the helper writes them (answering old and new), or each request
// answered as scripted — refused, cancelled, kernel refused, helper missing, failed, or held
// until the test releases it (a password dialog nobody has answered yet). Answers come from the
// event loop, as the real client's do.
class ScriptedBackend : public PrivilegedBackend
{
public:
    enum class Answer { Write, Refuse, Cancel, KernelRefuse, HelperMissing, Fail, Hold };

    // The kernel's values.
    int swappiness = 60;
    QString thpEnabled = QStringLiteral("madvise");
    QString thpDefrag = QStringLiteral("madvise");
    QHash<qint64, int> oomScoreAdj; // pid → value
    // How the next requests are answered, in order; Write once it is empty.
    QList<Answer> script;
    QList<PrivilegedRequest> received;

    void run(const PrivilegedRequest &request) override
    {
        Q_ASSERT(!m_held); // the client's queue gives one request at a time
        received.append(request);
        const Answer answer = script.isEmpty() ? Answer::Write : script.takeFirst();
        if (answer == Answer::Hold) {
            m_held = request;
            return;
        }
        QTimer::singleShot(0, this, [this, request, answer] {
            Q_EMIT finished(reply(request, answer));
        });
    }

    bool holding() const
    {
        return m_held.has_value();
    }
    // Answers the held request.
    void release(Answer answer = Answer::Write)
    {
        const PrivilegedRequest request = *std::exchange(m_held, std::nullopt);
        Q_EMIT finished(reply(request, answer));
    }

private:
    PrivilegedReply reply(const PrivilegedRequest &request, Answer answer)
    {
        using Error = PrivilegedReply::Error;
        switch (answer) {
        case Answer::Refuse:
            return {Error::NotAuthorized, QStringLiteral("Not authorized"), {}};
        case Answer::Cancel:
            return {Error::Cancelled, {}, {}};
        case Answer::KernelRefuse:
            return {Error::KernelRefused, QStringLiteral("Invalid argument"), {}};
        case Answer::HelperMissing:
            return {Error::HelperMissing, QStringLiteral("The name is not activatable"), {}};
        case Answer::Fail:
            return {Error::Failed, QStringLiteral("the helper crashed"), {}};
        case Answer::Hold:
        case Answer::Write:
            break;
        }
        const auto value = [&](const char *key) {
            return request.arguments.value(QLatin1StringView(key));
        };
        QVariantMap data;
        switch (request.action) {
        case PrivilegedRequest::Action::SetSwappiness:
            data = {{QStringLiteral("old"), QString::number(swappiness)}, {QStringLiteral("new"), value("value")}};
            swappiness = value("value").toInt();
            break;
        case PrivilegedRequest::Action::SetTransparentHugePages:
            for (auto [key, knob] : {std::pair{"enabled", &thpEnabled}, std::pair{"defrag", &thpDefrag}}) {
                if (!request.arguments.contains(QLatin1StringView(key)))
                    continue;
                data.insert(QLatin1StringView(key) + QStringLiteral(".old"), *knob);
                data.insert(QLatin1StringView(key) + QStringLiteral(".new"), value(key));
                *knob = value(key);
            }
            break;
        case PrivilegedRequest::Action::DropCaches:
            break;
        case PrivilegedRequest::Action::SetOomScoreAdj: {
            const qint64 pid = value("pid").toLongLong();
            data = {{QStringLiteral("old"), QString::number(oomScoreAdj.value(pid))},
                    {QStringLiteral("new"), value("value")},
                    {QStringLiteral("oom_score"), QString::number(666 + value("value").toInt() * 2 / 3)}};
            oomScoreAdj.insert(pid, value("value").toInt());
            break;
        }
        }
        return {Error::None, {}, data};
    }

    std::optional<PrivilegedRequest> m_held;
};
