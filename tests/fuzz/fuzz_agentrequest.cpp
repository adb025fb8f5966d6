// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// An agent's requests from any bytes (what arrives on memlens-agent's stdin, as root too): lines
// cut at any point, each a request or a refusal; a request always writes back to a line that
// parses to the same request.
#include "stream/agentrequest.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    AgentRequest::LineSplitter lines;
    // In two pieces, as a pipe may hand them over.
    lines.append(bytes.first(bytes.size() / 2));
    lines.append(bytes.sliced(bytes.size() / 2));
    while (const std::optional<QByteArray> line = lines.next()) {
        const AgentRequest::Parsed parsed = AgentRequest::parseLine(*line);
        if (parsed.request.has_value() == !parsed.error.isEmpty())
            abort();
        if (parsed.request) {
            const QByteArray again = AgentRequest::toLine(*parsed.request);
            if (again.chopped(1) != *line || AgentRequest::parseLine(again.chopped(1)).request != parsed.request)
                abort();
        }
    }
    return 0;
}
