// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "privileged/privilegedreply.h"
#include "privileged/privilegedrequest.h"

#include <QObject>

// Whatever carries one privileged request to the helper and its answer back: the KAuth client
// in the application, a scripted one in tests. It is given one request at a time (the
// PrivilegedClient's queue sees to that) and answers each with exactly one finished(), never
// from inside run().
class PrivilegedBackend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void run(const PrivilegedRequest &request) = 0;

Q_SIGNALS:
    void finished(const PrivilegedReply &reply);
};
