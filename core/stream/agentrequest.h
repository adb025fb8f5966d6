// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/processsnapshot.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>
#include <variant>

// What MemLens asks of a memlens-agent: one line of ASCII each on the agent's stdin, answered in
// the snapshot stream. The first line is the handshake, "hello VERSION"; an agent that reads
// another version of requests refuses the conversation. Lines:
//   hello 4                     interval 2000          pss-max-age 10000
//   pause on|off                refresh                slab-caches
//   libraries on|off            cgroups on|off         kill-history on|off
//   mappings PID STARTTIME      mappings none
namespace AgentRequest
{
inline constexpr quint32 version = 4;
// No request is longer; a longer line is not a request.
inline constexpr qsizetype maxLineLength = 64;

struct Hello {
    quint32 version = 0;
    bool operator==(const Hello &) const = default;
};
struct Interval {
    int ms = 0; // 500 to 10000
    bool operator==(const Interval &) const = default;
};
struct PssMaxAge {
    int ms = 0; // 1000 to 600000
    bool operator==(const PssMaxAge &) const = default;
};
struct Pause {
    bool on = false;
    bool operator==(const Pause &) const = default;
};
struct Refresh {
    bool operator==(const Refresh &) const = default;
};
struct SlabCaches {
    bool operator==(const SlabCaches &) const = default;
};
struct Libraries {
    bool on = false;
    bool operator==(const Libraries &) const = default;
};
struct Cgroups {
    bool on = false;
    bool operator==(const Cgroups &) const = default;
};
struct Kills {
    bool on = false;
    bool operator==(const Kills &) const = default;
};
struct Mappings {
    std::optional<ProcessKey> process; // none: stop sampling mappings
    bool operator==(const Mappings &) const = default;
};
using Request = std::variant<Hello, Interval, PssMaxAge, Pause, Refresh, SlabCaches, Libraries, Cgroups, Kills, Mappings>;

// The line for a request, with its newline.
QByteArray toLine(const Request &request);

struct Parsed {
    std::optional<Request> request;
    QString error; // set when request is empty: why the line is not a request
};
// One line, without its newline. Anything but a well-formed request in range is refused with the
// reason (made safe to show: the line's own bytes are never echoed).
Parsed parseLine(QByteArrayView line);

// Cuts a byte stream into lines as they arrive from a pipe; a line longer than maxLineLength
// (or bytes that never end a line) is an error, and the splitter stays broken.
class LineSplitter
{
    Q_DECLARE_TR_FUNCTIONS(AgentRequest)

public:
    void append(QByteArrayView bytes);
    // The next whole line without its newline, or nullopt when more bytes are needed or the
    // stream is broken (error() then says why).
    std::optional<QByteArray> next();
    QString error() const
    {
        return m_error;
    }

private:
    QByteArray m_buffer;
    QString m_error;
};
}
