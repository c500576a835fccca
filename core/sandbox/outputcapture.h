// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Workbench {

/// Keeps what a user needs from one output stream of any length: the first cap/2 bytes, the last
/// cap/2 bytes and the total count. Memory stays at about `capBytes` whatever is appended, so a
/// command printing gigabytes cannot exhaust the app.
class OutputCapture
{
public:
    explicit OutputCapture(qint64 capBytes = 1 << 20);

    void append(QByteArrayView chunk);

    /// All bytes ever appended, including those dropped from the middle.
    [[nodiscard]] qint64 totalBytes() const { return m_total; }
    [[nodiscard]] qint64 droppedBytes() const;
    [[nodiscard]] bool isTruncated() const { return droppedBytes() > 0; }
    [[nodiscard]] qint64 capBytes() const { return m_headCap + m_tailCap; }

    /// Everything, when nothing was dropped; otherwise head + "\n… [N bytes elided] …\n" + tail.
    [[nodiscard]] QByteArray text() const;

    /// The elision marker for `n` dropped bytes (exposed so callers and tests agree on it).
    [[nodiscard]] static QByteArray marker(qint64 n);

private:
    [[nodiscard]] QByteArray tail() const;

    qint64 m_headCap;
    qint64 m_tailCap;
    QByteArray m_head;
    QByteArray m_ring;    // tail ring buffer, allocated up to m_tailCap
    qint64 m_ringPos = 0; // next write position once m_ring is full
    qint64 m_total = 0;
};

} // namespace Workbench
