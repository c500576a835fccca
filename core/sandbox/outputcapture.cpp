// SPDX-License-Identifier: MIT
#include "sandbox/outputcapture.h"

#include <QStringBuilder>

#include <algorithm>
#include <cstring>

namespace Workbench {

OutputCapture::OutputCapture(qint64 capBytes)
    : m_headCap(std::max<qint64>(capBytes, 0) / 2)
    , m_tailCap(std::max<qint64>(capBytes, 0) - m_headCap)
{}

void OutputCapture::append(QByteArrayView chunk)
{
    m_total += chunk.size();

    if (m_head.size() < m_headCap) {
        const qint64 take = std::min<qint64>(m_headCap - m_head.size(), chunk.size());
        m_head.append(chunk.first(take));
        chunk = chunk.sliced(take);
    }
    if (chunk.isEmpty() || m_tailCap == 0)
        return;

    // Only the last m_tailCap bytes of a big chunk can survive: skip copying the rest.
    if (chunk.size() >= m_tailCap) {
        m_ring = chunk.last(m_tailCap).toByteArray();
        m_ringPos = 0;
        return;
    }

    // Fill phase: the ring grows until it holds m_tailCap bytes (no up-front allocation, so a
    // short command costs only what it printed).
    if (m_ring.size() < m_tailCap) {
        const qint64 take = std::min<qint64>(m_tailCap - m_ring.size(), chunk.size());
        m_ring.append(chunk.first(take));
        chunk = chunk.sliced(take);
        m_ringPos = 0;
    }

    // Wrap phase: overwrite the oldest bytes; the oldest byte is always at m_ringPos.
    while (!chunk.isEmpty()) {
        const qint64 n = std::min<qint64>(m_tailCap - m_ringPos, chunk.size());
        std::memcpy(m_ring.data() + m_ringPos, chunk.data(), size_t(n));
        m_ringPos = (m_ringPos + n) % m_tailCap;
        chunk = chunk.sliced(n);
    }
}

qint64 OutputCapture::droppedBytes() const
{
    return m_total - m_head.size() - m_ring.size();
}

QByteArray OutputCapture::tail() const
{
    if (m_ringPos == 0)
        return m_ring;
    return m_ring.mid(m_ringPos) + m_ring.left(m_ringPos);
}

QByteArray OutputCapture::marker(qint64 n)
{
    return "\n\xE2\x80\xA6 [" + QByteArray::number(n) + " bytes elided] \xE2\x80\xA6\n";
}

QByteArray OutputCapture::text() const
{
    const qint64 dropped = droppedBytes();
    if (dropped == 0)
        return m_head + tail();
    return m_head + marker(dropped) + tail();
}

} // namespace Workbench
