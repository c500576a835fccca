// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Workbench {

/// One Server-Sent Event: the `event:` name (empty when absent) and its joined `data:` lines.
struct SseEvent
{
    QByteArray name;
    QByteArray data;
    bool operator==(const SseEvent &o) const = default;
};

/// Incremental SSE decoder (WHATWG rules): accepts the byte stream in pieces of any size, one byte
/// at a time included, and returns the events completed by each piece. Handles LF, CR and CRLF
/// line ends (also a CR at the end of one piece and its LF at the start of the next), comment
/// lines, multi-line data, fields without a value, and a leading UTF-8 BOM.
class SseParser
{
public:
    /// Appends bytes; returns events completed by them, in order.
    QList<SseEvent> feed(const QByteArray &bytes);
    /// End of stream: an event not terminated by a blank line is discarded (as the spec says).
    /// Returns true when nothing partial was pending.
    bool finish();
    void reset();

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);

    QByteArray m_buffer;
    QByteArray m_eventName;
    QByteArray m_data;
    bool m_hasData = false;
    bool m_skipLf = false;
    bool m_bomChecked = false;
};

} // namespace Workbench
