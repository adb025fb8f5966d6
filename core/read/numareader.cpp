// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "numareader.h"

#include "parse/flatkeyedparser.h"
#include "parse/nodememinfoparser.h"
#include "read/parsedfile.h"

#include <QDir>

#include <algorithm>

namespace
{
const QString nodesPath = QStringLiteral("/sys/devices/system/node");

// The node ids of the nodeN directories, ascending; anything else there ("power", a "nodeX") is not a node.
QList<int> nodeIds(const QString &directory)
{
    QList<int> ids;
    const QStringList names = QDir(directory).entryList({QStringLiteral("node*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        bool ok = false;
        const int id = QStringView(name).sliced(4).toInt(&ok);
        if (ok && id >= 0 && name == QStringLiteral("node") + QString::number(id))
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

NumaReader::NumaReader(const SysRoot &root)
    : m_root(root)
{
}

Reading<QList<NumaNode>> NumaReader::read()
{
    const QString directory = m_root.path(nodesPath);
    if (!QFileInfo(directory).isDir())
        return Reading<QList<NumaNode>>::missing(tr("this kernel has no NUMA support: %1 does not exist").arg(nodesPath));
    QList<NumaNode> nodes;
    for (const int id : nodeIds(directory)) {
        const QString node = nodesPath + QStringLiteral("/node") + QString::number(id) + u'/';
        // Each line names its node: a file that speaks of another one is not this node's.
        const auto parseMeminfo = [id](QByteArrayView text) {
            auto parsed = parseNodeMeminfo(text);
            if (parsed.ok() && parsed.value.node != id)
                parsed.error =
                    parsed.value.node < 0 ? QStringLiteral("no \"Node N\" lines") : QStringLiteral("its lines are for node %1").arg(parsed.value.node);
            return ParseResult<NamedValues>{std::move(parsed.value.values), parsed.error};
        };
        // A node's figures are compared with each other and summed against /proc/meminfo: a file
        // only partly understood is not shown at all rather than with holes.
        nodes.append({id,
                      readParsed(m_reader, m_root, node + QStringLiteral("meminfo"), parseMeminfo, OnParseError::Discard),
                      readParsed(m_reader, m_root, node + QStringLiteral("numastat"), parseFlatKeyed, OnParseError::Discard),
                      {}});
    }
    return {std::move(nodes), {}, {}};
}
