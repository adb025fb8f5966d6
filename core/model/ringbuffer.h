// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <vector>

// A fixed-capacity buffer that drops its oldest element when full: history that never grows
// past its capacity, however long MemLens runs.
template<typename T>
class RingBuffer
{
public:
    explicit RingBuffer(qsizetype capacity)
        : m_items(size_t(std::max<qsizetype>(capacity, 1)))
    {
    }

    qsizetype capacity() const
    {
        return qsizetype(m_items.size());
    }
    qsizetype size() const
    {
        return m_size;
    }
    bool isFull() const
    {
        return m_size == capacity();
    }
    // 0 is the oldest element.
    const T &at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_items[size_t((m_first + i) % capacity())];
    }
    // Appends; when full, the oldest element is dropped first.
    void append(T value)
    {
        if (isFull())
            removeOldest();
        m_items[size_t((m_first + m_size) % capacity())] = std::move(value);
        ++m_size;
    }
    void removeOldest()
    {
        if (m_size == 0)
            return;
        m_first = (m_first + 1) % capacity();
        --m_size;
    }

private:
    std::vector<T> m_items;
    qsizetype m_first = 0;
    qsizetype m_size = 0;
};
