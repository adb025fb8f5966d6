// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "snapshotstream.h"

#include "stream/snapshotcodec.h"

#include <QCoreApplication>
#include <QIODevice>

namespace
{
constexpr qsizetype magicSize = sizeof(SnapshotStream::magic) - 1;
constexpr qsizetype headerSize = magicSize + 4;
constexpr qsizetype recordHeaderSize = 1 + 4;
// No snapshot comes near this; a length above it means the bytes are not a record.
constexpr quint32 maxRecordSize = 512u << 20;
constexpr QDataStream::Version encoding = QDataStream::Qt_6_4;
// After the tags of the Snapshot alternatives: a process snapshot as its changes (ProcessChanges).
constexpr quint8 processChangesTag = 100;
// A library snapshot as its times, its libraries being those sent last (LibraryTimes).
constexpr quint8 libraryTimesTag = 101;
// Set on a tag whose payload is zlib-compressed (qCompress). The names of a hundred vmstat and
// meminfo counters in every system snapshot make most of a record; compressed, the watcher's day
// of recording fits its budget, and an agent's stream over ssh shrinks alike.
constexpr quint8 compressedFlag = 0x80;
constexpr qsizetype compressFrom = 512; // smaller payloads gain too little
// zlib cannot expand more than about 1032 to 1: a larger claim is not zlib's.
constexpr qint64 maxCompressionRatio = 1032;

// The payload of a record, decompressed if its tag says so; nullopt when it does not decompress.
std::optional<QByteArray> plainPayload(quint8 tag, const QByteArray &payload)
{
    if (!(tag & compressedFlag))
        return payload;
    // qUncompress allocates what the first four bytes claim: check the claim first.
    if (payload.size() < 4)
        return std::nullopt;
    quint32 claimed = 0;
    QDataStream(payload.left(4)) >> claimed;
    if (claimed > maxRecordSize || qint64(claimed) > qint64(payload.size()) * maxCompressionRatio)
        return std::nullopt;
    QByteArray plain = qUncompress(payload);
    if (plain.size() != qsizetype(claimed))
        return std::nullopt;
    return plain;
}

template<typename T>
QByteArray encode(const T &snapshot)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(encoding);
    out << snapshot;
    return bytes;
}

template<typename T, std::size_t index = 0>
constexpr std::size_t variantIndex()
{
    if constexpr (std::is_same_v<std::variant_alternative_t<index, SnapshotStream::Snapshot>, T>)
        return index;
    else
        return variantIndex<T, index + 1>();
}

// The alternative tagged tag (1-based), decoded from bytes that must hold it exactly.
template<std::size_t index = 0>
std::optional<SnapshotStream::Snapshot> decode(quint8 tag, const QByteArray &bytes)
{
    if constexpr (index == std::variant_size_v<SnapshotStream::Snapshot>) {
        return std::nullopt;
    } else {
        if (tag != index + 1)
            return decode<index + 1>(tag, bytes);
        QDataStream in(bytes);
        in.setVersion(encoding);
        std::variant_alternative_t<index, SnapshotStream::Snapshot> snapshot;
        in >> snapshot;
        if (in.status() != QDataStream::Ok || !in.atEnd())
            return std::nullopt;
        return SnapshotStream::Snapshot(std::move(snapshot));
    }
}
}

namespace SnapshotStream
{
std::optional<qint64> timeOf(const Snapshot &snapshot)
{
    return std::visit(
        [](const auto &s) -> std::optional<qint64> {
            if constexpr (requires { s.sampledAtMs; })
                return s.sampledAtMs;
            else if constexpr (requires { s.timeMs; })
                return s.timeMs;
            else
                return std::nullopt;
        },
        snapshot);
}

Outline outline(QIODevice *device)
{
    Outline outline;
    const QByteArray header = device->read(headerSize);
    quint32 streamVersion = 0;
    QDataStream(header.mid(magicSize)) >> streamVersion;
    if (header.size() != headerSize || !header.startsWith(QByteArrayView(magic, magicSize)) || streamVersion != version)
        return outline;
    constexpr quint8 systemTag = quint8(variantIndex<SystemSnapshot>() + 1);
    constexpr quint8 bookmarkTag = quint8(variantIndex<Bookmark>() + 1);
    for (;;) {
        const QByteArray recordHeader = device->read(recordHeaderSize);
        if (recordHeader.size() != recordHeaderSize)
            break;
        quint8 tag = 0;
        quint32 length = 0;
        QDataStream(recordHeader) >> tag >> length;
        if (length > maxRecordSize)
            break;
        const quint8 kind = tag & ~compressedFlag;
        if (kind == systemTag && !(tag & compressedFlag)) {
            // A system snapshot's time is its first field: eight bytes are enough.
            const QByteArray payload = device->read(std::min<qint64>(length, 8));
            if (payload.size() != 8 || device->skip(length - 8) != length - 8)
                break;
            qint64 time = 0;
            QDataStream(payload) >> time;
            outline.sampleTimesMs.append(time);
        } else if (kind == systemTag || kind == bookmarkTag) {
            const QByteArray payload = device->read(length);
            const std::optional<QByteArray> plain = payload.size() == qsizetype(length) ? plainPayload(tag, payload) : std::nullopt;
            if (!plain || plain->size() < 8)
                break;
            if (kind == systemTag) {
                qint64 time = 0;
                QDataStream(plain->left(8)) >> time;
                outline.sampleTimesMs.append(time);
            } else if (const auto bookmark = decode(kind, *plain)) {
                outline.bookmarks.append(std::get<Bookmark>(*bookmark));
            } else {
                break;
            }
        } else if (device->skip(length) != length) {
            break;
        }
    }
    return outline;
}

Writer::Writer(QIODevice *device)
    : m_device(device)
{
    QByteArray header(magic, magicSize);
    QDataStream(&header, QIODevice::Append) << version;
    m_ok = m_device->write(header) == header.size();
}

QByteArray Writer::payloadOf(const Snapshot &snapshot, quint8 *tag)
{
    *tag = quint8(snapshot.index() + 1);
    // Libraries change far less often than every refresh: unchanged, only their times go.
    if (const auto *libraries = std::get_if<LibrarySnapshot>(&snapshot)) {
        if (m_lastLibraries && *m_lastLibraries == libraries->libraries) {
            *tag = libraryTimesTag;
            return encode(LibraryTimes{libraries->sampledAtMs, libraries->oldestReadAtMs, libraries->unreadableProcesses});
        }
        m_lastLibraries = libraries->libraries;
        return encode(*libraries);
    }
    const auto *processes = std::get_if<ProcessSnapshot>(&snapshot);
    if (!processes) {
        return std::visit(
            [](const auto &alternative) {
                return encode(alternative);
            },
            snapshot);
    }
    // The first process snapshot whole; after it, what changed.
    QHash<ProcessKey, ProcessRecord> current;
    current.reserve(processes->processes.size());
    ProcessChanges changes{processes->sampledAtMs, processes->vanished, processes->smapsSource, {}, {}};
    changes.order.reserve(processes->processes.size());
    for (const ProcessRecord &process : processes->processes) {
        current.insert(process.key, process);
        changes.order.append(process.key);
        const auto last = m_lastProcesses.constFind(process.key);
        if (last == m_lastProcesses.cend() || !(*last == process))
            changes.changed.append(process);
    }
    const bool whole = !m_processesWritten;
    m_lastProcesses = std::move(current);
    m_processesWritten = true;
    if (whole)
        return encode(*processes);
    *tag = processChangesTag;
    return encode(changes);
}

bool Writer::write(const Snapshot &snapshot)
{
    if (!m_ok)
        return false;
    quint8 tag = 0;
    QByteArray payload = payloadOf(snapshot, &tag);
    if (payload.size() >= compressFrom) {
        QByteArray compressed = qCompress(payload, 1); // the fastest level: most of the gain, little of the cost
        if (compressed.size() < payload.size()) {
            payload = std::move(compressed);
            tag |= compressedFlag;
        }
    }
    QByteArray record;
    QDataStream(&record, QIODevice::WriteOnly) << tag << quint32(payload.size());
    record += payload;
    m_ok = m_device->write(record) == record.size();
    return m_ok;
}

Reader::Reader(QIODevice *device)
    : m_device(device)
{
}

std::optional<Snapshot> Reader::next()
{
    if (!m_error.isEmpty())
        return std::nullopt;
    m_buffer += m_device->readAll();
    if (!m_headerRead) {
        if (m_buffer.size() < headerSize)
            return std::nullopt;
        quint32 streamVersion = 0;
        QDataStream(m_buffer.mid(magicSize, 4)) >> streamVersion;
        if (!m_buffer.startsWith(QByteArrayView(magic, magicSize))) {
            m_error = tr("this is not a MemLens recording or snapshot stream");
            return std::nullopt;
        }
        if (streamVersion != version) {
            m_error = tr("the stream is in format %1; this MemLens reads format %2").arg(streamVersion).arg(version);
            return std::nullopt;
        }
        m_buffer.remove(0, headerSize);
        m_headerRead = true;
    }
    if (m_buffer.size() < recordHeaderSize)
        return std::nullopt;
    quint8 tag = 0;
    quint32 length = 0;
    QDataStream(m_buffer.left(recordHeaderSize)) >> tag >> length;
    const quint8 kind = tag & ~compressedFlag;
    const bool known = (kind >= 1 && kind <= std::variant_size_v<Snapshot>) || kind == processChangesTag || kind == libraryTimesTag;
    if (length > maxRecordSize || !known) {
        m_error = tr("the stream is damaged: a record does not begin where one should");
        return std::nullopt;
    }
    if (m_buffer.size() < recordHeaderSize + qsizetype(length))
        return std::nullopt; // the rest is still on its way
    const std::optional<QByteArray> payload = plainPayload(tag, m_buffer.mid(recordHeaderSize, length));
    m_buffer.remove(0, recordHeaderSize + length);
    if (!payload) {
        m_error = tr("the stream is damaged: a compressed record does not decompress");
        return std::nullopt;
    }
    std::optional<Snapshot> snapshot = kind == processChangesTag ? decodeProcessChanges(*payload)
        : kind == libraryTimesTag                                ? decodeLibraryTimes(*payload)
                                                                 : decode(kind, *payload);
    if (const auto *libraries = snapshot ? std::get_if<LibrarySnapshot>(&*snapshot) : nullptr)
        m_lastLibraries = libraries->libraries;
    if (!snapshot && m_error.isEmpty())
        m_error = tr("the stream is damaged: a snapshot could not be read");
    if (const auto *processes = snapshot ? std::get_if<ProcessSnapshot>(&*snapshot) : nullptr) {
        m_lastProcesses.emplace();
        for (const ProcessRecord &process : processes->processes)
            m_lastProcesses->insert(process.key, process);
        // The models key their rows by process: one process twice is not a snapshot.
        if (m_lastProcesses->size() != processes->processes.size()) {
            m_error = tr("the stream is damaged: a process is listed twice");
            return std::nullopt;
        }
    }
    return snapshot;
}

std::optional<Snapshot> Reader::decodeLibraryTimes(const QByteArray &payload)
{
    QDataStream in(payload);
    in.setVersion(encoding);
    LibraryTimes times;
    in >> times;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    if (!m_lastLibraries) {
        m_error = tr("the stream is damaged: library times came before any library snapshot");
        return std::nullopt;
    }
    return LibrarySnapshot{times.sampledAtMs, times.oldestReadAtMs, *m_lastLibraries, times.unreadableProcesses};
}

std::optional<Snapshot> Reader::decodeProcessChanges(const QByteArray &payload)
{
    QDataStream in(payload);
    in.setVersion(encoding);
    ProcessChanges changes;
    in >> changes;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    if (!m_lastProcesses) {
        m_error = tr("the stream is damaged: process changes came before any process snapshot");
        return std::nullopt;
    }
    QHash<ProcessKey, const ProcessRecord *> changed;
    for (const ProcessRecord &process : std::as_const(changes.changed))
        changed.insert(process.key, &process);
    ProcessSnapshot snapshot{changes.sampledAtMs, {}, changes.vanished, changes.smapsSource};
    snapshot.processes.reserve(changes.order.size());
    for (const ProcessKey &key : std::as_const(changes.order)) {
        if (const ProcessRecord *process = changed.value(key)) {
            snapshot.processes.append(*process);
        } else if (const auto last = m_lastProcesses->constFind(key); last != m_lastProcesses->cend()) {
            snapshot.processes.append(*last);
        } else {
            m_error = tr("the stream is damaged: a process is said unchanged that was never sent");
            return std::nullopt;
        }
    }
    return snapshot;
}
}
