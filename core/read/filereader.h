// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Reads whole /proc and /sys files into one reused buffer: one open, a few reads, no allocation
// once the buffer has grown, which matters when a tick reads thousands of small files. Failures
// are sorted into the cases the UI explains differently.
class FileReader
{
    Q_DECLARE_TR_FUNCTIONS(FileReader)

public:
    enum class Status {
        Ok,
        Missing, // no such file: an optional kernel feature, or a process that has ended
        Vanished, // the process ended while its file was open (the kernel answers ESRCH)
        PermissionDenied, // another user's process, or a root-only file
        TooLarge, // larger than the cap below: refused rather than filling memory
        Failed, // any other error (I/O, a symlink loop, a directory)
    };

    struct Result {
        Status status = Status::Failed;
        QByteArrayView data; // valid until the next read()
        int error = 0; // errno when status is not Ok

        bool ok() const
        {
            return status == Status::Ok;
        }
    };

    // Generous: a process with tens of thousands of mappings has an smaps of tens of MiB.
    static constexpr qsizetype maximumSize = 128 * 1024 * 1024;

    Result read(const QString &path);
    // Reads again a file kept open (a process's stat, each tick): one seek and one read instead
    // of a path lookup, an open and a close.
    Result reread(int fd);

    // A sentence for the UI: why the value from this file is not shown.
    static QString describe(const Result &result, const QString &path);

private:
    Result readToEnd(int fd);

    QByteArray m_buffer;
};
