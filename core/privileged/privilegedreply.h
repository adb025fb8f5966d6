// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

// What came back from one privileged action: its data, or which of the ways it can fail and a
// sentence for the user.
struct PrivilegedReply {
    Q_DECLARE_TR_FUNCTIONS(PrivilegedReply)

public:
    enum class Error {
        None,
        NotAuthorized, // polkit said no
        Cancelled, // the user dismissed the password dialog
        HelperMissing, // the helper, its D-Bus files or its polkit policy are not installed
        ClientMissing, // memlens-kauth-client is not where MemLens looks for it
        Busy,
        InvalidArguments, // the helper's rules refused the request
        KernelRefused, // the kernel would not take the value (e.g. swappiness above 100 before 5.8)
        NoSuchProcess, // ended, or its pid now belongs to another process
        Failed,
    };

    Error error = Error::None;
    QString message; // the helper's or KAuth's own words; explanation() says what to do
    QVariantMap data;

    bool ok() const
    {
        return error == Error::None;
    }
    // One sentence for the user: what went wrong and, where there is something to do, what.
    QString explanation() const;

    // The client's one line of JSON; a line that is not the client's is Failed, with the line.
    static PrivilegedReply fromClientOutput(const QByteArray &line);
};
