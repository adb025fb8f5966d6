// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The privileged helper: KAuth starts it as root on the system bus when an authorized client
// asks for one of MemLens's four writes. It reads nothing for anyone: KAuth broadcasts every
// reply on the system bus, so readings go through the root agent's pipe instead (RootAgent). It only translates: every rule about what may be written
// is in rules/, which this file calls with the arguments as plain strings.
#include "actionids.h"
#include "helperstatus.h"
#include "rules/tuningrules.h"

#include <KAuth/ActionReply>
#include <KAuth/HelperSupport>

#include <QObject>
#include <QTimer>
#include <QVariantMap>

using KAuth::ActionReply;

class MemLensHelper : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    ActionReply setswappiness(const QVariantMap &args)
    {
        return run(TuningRules::setSwappiness, args);
    }
    ActionReply setthp(const QVariantMap &args)
    {
        return run(TuningRules::setThp, args);
    }
    ActionReply dropcaches(const QVariantMap &args)
    {
        return run(TuningRules::dropCaches, args);
    }
    ActionReply setoomscoreadj(const QVariantMap &args)
    {
        return run(TuningRules::setOomScoreAdj, args);
    }

private:
    using Rule = Outcome (*)(const RootDir &, const Arguments &);

    static ActionReply run(Rule rule, const QVariantMap &args)
    {
        // Only text reaches the rules: a list, a map or a number from a hostile client is refused
        // here, before any rule could misread it.
        Arguments arguments;
        for (auto it = args.cbegin(); it != args.cend(); ++it) {
            if (it.value().userType() != QMetaType::QString)
                return refuse(MemLensHelperStatus::InvalidArguments, QStringLiteral("argument \"%1\" is not text").arg(it.key()));
            arguments.emplace(it.key().toStdString(), it.value().toString().toStdString());
        }
        const Outcome outcome = rule(RootDir("/"), arguments);
        if (outcome.status != Outcome::Status::Done)
            return refuse(codeOf(outcome.status), QString::fromStdString(outcome.message));
        ActionReply reply = ActionReply::SuccessReply();
        QVariantMap data;
        for (const auto &[key, value] : outcome.data)
            data.insert(QString::fromStdString(key), QString::fromStdString(value));
        data.insert(QStringLiteral("message"), QString::fromStdString(outcome.message));
        reply.setData(data);
        return reply;
    }

    static int codeOf(Outcome::Status status)
    {
        switch (status) {
        case Outcome::Status::InvalidArguments:
            return MemLensHelperStatus::InvalidArguments;
        case Outcome::Status::KernelRefused:
            return MemLensHelperStatus::KernelRefused;
        case Outcome::Status::NoSuchProcess:
            return MemLensHelperStatus::NoSuchProcess;
        case Outcome::Status::Done:
        case Outcome::Status::Failed:
            break;
        }
        return MemLensHelperStatus::Failed;
    }

    static ActionReply refuse(int code, const QString &message)
    {
        ActionReply reply = ActionReply::HelperErrorReply(code);
        reply.setErrorDescription(message);
        return reply;
    }
};

// What KAUTH_HELPER_MAIN does, without its leaks: the macro allocates the responder and never
// frees it, and KAuth keeps its idle timer, unowned, in a property of the responder. Freed here,
// the helper quits with nothing for valgrind or LeakSanitizer to report in the end-to-end test.
int main(int argc, char **argv)
{
    MemLensHelper helper;
    const int status = KAuth::HelperSupport::helperMain(argc, argv, MemLensActions::helperId, &helper);
    delete helper.property("__KAuth_Helper_Shutdown_Timer").value<QTimer *>();
    return status;
}

#include "memlenshelper.moc"
