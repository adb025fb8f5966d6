// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// memlens-kauth-client: runs one MemLens helper action through KAuth's own client API and
// prints the outcome as one line of JSON. The Qt 6 application cannot load KF5Auth, so it runs
// this Qt 5 program with QProcess instead of speaking KAuth's private D-Bus protocol itself.
//
//   memlens-kauth-client ACTION [KEY=VALUE ...] [KEY:=JSON ...] [--message TEXT]
//   memlens-kauth-client --serve
//   ACTION: setswappiness, setthp, dropcaches, or setoomscoreadj
//   KEY=VALUE sends VALUE as text, which is all the helper accepts. KEY:=JSON sends a typed
//   value (a number, list, map, null or a string with any character), so a test can check the
//   helper refuses what a hostile client could put on the bus.
//   --message: what polkit's dialog says ("Set vm.swappiness to 10")
//
// Output: {"ok":true,"data":{...}} or {"ok":false,"error":"...","message":"..."}; the exit code
// is 0 when the action succeeded.
// --serve: one request per line on stdin, {"action":ACTION,"arguments":{KEY:VALUE,...},
// "message":TEXT}, each answered by one line as above, until the end of the input. The
// application keeps one such process for its session: polkit keeps an auth_admin_keep answer
// for the process that asked, so a second request of the same process is not asked again. error is one of: usage, not-authorized, cancelled,
// helper-missing, busy, invalid-arguments, kernel-refused, no-such-process, failed.
#include "actionids.h"
#include "helperstatus.h"

#include <KAuth/Action>
#include <KAuth/ExecuteJob>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>
#include <iostream>
#include <string>

namespace
{
int print(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout); // --serve: the application waits for this line
    return object.value(QStringLiteral("ok")).toBool() ? 0 : 1;
}

QJsonObject failure(const char *error, const QString &message)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QLatin1String(error)}, {QStringLiteral("message"), message}};
}

// KAuth's own failures, named for the application.
const char *kauthError(int code)
{
    switch (code) {
    case KAuth::ActionReply::AuthorizationDeniedError:
        return "not-authorized";
    case KAuth::ActionReply::UserCancelledError:
        return "cancelled";
    case KAuth::ActionReply::HelperBusyError:
        return "busy";
    case KAuth::ActionReply::NoSuchActionError:
    case KAuth::ActionReply::NoResponderError:
    case KAuth::ActionReply::DBusError:
    case KAuth::ActionReply::InvalidActionError:
        // What a system without the helper's D-Bus service, policy or executable answers.
        return "helper-missing";
    default:
        return "failed";
    }
}

// Runs one action through KAuth and says how it went.
QJsonObject perform(const QString &name, const QVariantMap &arguments, const QString &message)
{
    const QString actionId = QLatin1String(MemLensActions::helperId) + QLatin1Char('.') + name;
    bool known = false;
    for (const char *id : MemLensActions::all)
        known = known || actionId == QLatin1String(id);
    if (!known)
        return failure("usage", QStringLiteral("unknown action %1").arg(actionId));

    KAuth::Action action(actionId);
    action.setHelperId(QLatin1String(MemLensActions::helperId));
    action.setArguments(arguments);
    if (!message.isEmpty())
        action.setDetailsV2({{KAuth::Action::AuthDetail::DetailMessage, message}});
    // polkit may wait for the user to type a password: no timeout of KAuth's own cuts that short.
    action.setTimeout(24 * 3600 * 1000);
    KAuth::ExecuteJob *job = action.execute();
    if (!job->exec()) {
        const int code = job->error();
        if (const char *status = MemLensHelperStatus::name(code))
            return failure(status, job->errorText());
        return failure(kauthError(code), job->errorText());
    }
    return {{QStringLiteral("ok"), true}, {QStringLiteral("data"), QJsonObject::fromVariantMap(job->data())}};
}

// --serve: requests on stdin until its end, each answered before the next is read.
int serve()
{
    std::string line;
    while (std::getline(std::cin, line)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(line), &error);
        const QJsonObject request = document.object();
        if (error.error != QJsonParseError::NoError || !document.isObject() || !request.value(QStringLiteral("action")).isString()
            || !request.value(QStringLiteral("arguments")).isObject()) {
            print(failure("usage", QStringLiteral("a request is one line of JSON: {\"action\":...,\"arguments\":{...},\"message\":...}")));
            continue;
        }
        print(perform(request.value(QStringLiteral("action")).toString(),
                      request.value(QStringLiteral("arguments")).toObject().toVariantMap(),
                      request.value(QStringLiteral("message")).toString()));
    }
    return 0;
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args == QStringList{QStringLiteral("--serve")})
        return serve();
    QString message;
    const qsizetype messageAt = args.indexOf(QStringLiteral("--message"));
    if (messageAt >= 0) {
        if (messageAt + 1 >= args.size())
            return print(failure("usage", QStringLiteral("--message needs a text")));
        message = args.takeAt(messageAt + 1);
        args.removeAt(messageAt);
    }
    if (args.isEmpty())
        return print(failure("usage", QStringLiteral("usage: memlens-kauth-client ACTION [KEY=VALUE ...] [KEY:=JSON ...] [--message TEXT]")));

    const QString name = args.takeFirst();
    QVariantMap arguments;
    for (const QString &pair : std::as_const(args)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const bool typed = equals > 0 && pair.at(equals - 1) == QLatin1Char(':');
        const QString key = pair.left(typed ? equals - 1 : equals);
        if (equals < 0 || key.isEmpty())
            return print(failure("usage", QStringLiteral("argument \"%1\" is not KEY=VALUE or KEY:=JSON").arg(pair)));
        if (!typed) {
            arguments.insert(key, pair.mid(equals + 1));
            continue;
        }
        // Wrapped in an array so that a bare number, string or null is a valid document.
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray('[' + pair.mid(equals + 1).toUtf8() + ']'), &error);
        if (error.error != QJsonParseError::NoError || document.array().size() != 1)
            return print(failure("usage", QStringLiteral("argument \"%1\" is not KEY:=JSON").arg(pair)));
        arguments.insert(key, document.array().first().toVariant());
    }

    return print(perform(name, arguments, message));
}
