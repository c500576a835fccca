// SPDX-License-Identifier: MIT
#include "llm/sseparser.h"

namespace Workbench {

namespace {
constexpr char kBom[] = "\xEF\xBB\xBF";
constexpr qsizetype kBomSize = 3;
} // namespace

QList<SseEvent> SseParser::feed(const QByteArray &bytes)
{
    QList<SseEvent> out;
    QByteArrayView input(bytes);

    // The BOM may itself arrive split, so hold bytes back until three are known.
    QByteArray held;
    if (!m_bomChecked) {
        m_buffer += bytes;
        const QByteArrayView bom(kBom, kBomSize);
        if (m_buffer.size() < kBomSize && bom.startsWith(QByteArrayView(m_buffer)))
            return out;
        if (m_buffer.startsWith(bom))
            m_buffer.remove(0, kBomSize);
        m_bomChecked = true;
        held = std::exchange(m_buffer, {});
        input = QByteArrayView(held);
    }

    qsizetype pos = 0;
    const qsizetype size = input.size();
    if (m_skipLf && size > 0) {
        if (input[0] == '\n')
            pos = 1;
        m_skipLf = false;
    }

    const char *data = input.data();
    while (pos < size) {
        qsizetype end = pos;
        while (end < size && data[end] != '\n' && data[end] != '\r')
            ++end;
        if (end == size) {
            m_buffer.append(data + pos, size - pos);
            break;
        }
        if (m_buffer.isEmpty()) {
            processLine(QByteArrayView(data + pos, end - pos), out);
        } else {
            m_buffer.append(data + pos, end - pos);
            const QByteArray line = std::exchange(m_buffer, {});
            processLine(line, out);
        }
        if (data[end] == '\r') {
            if (end + 1 < size) {
                if (data[end + 1] == '\n')
                    ++end;
            } else {
                m_skipLf = true; // its LF, if any, comes with the next piece
            }
        }
        pos = end + 1;
    }
    return out;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        // Moved out, not copied: one allocation per event instead of three.
        if (m_hasData)
            out.append(SseEvent{std::exchange(m_eventName, {}), std::exchange(m_data, {})});
        m_eventName.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.front() == ':')
        return; // comment

    QByteArrayView field = line;
    QByteArrayView value;
    const qsizetype colon = line.indexOf(':');
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }

    if (field == "event") {
        // The Messages stream repeats a handful of names; share them instead of allocating.
        static const QByteArray known[] = {"content_block_delta",
                                           "content_block_start",
                                           "content_block_stop",
                                           "message_start",
                                           "message_delta",
                                           "message_stop",
                                           "ping"};
        for (const QByteArray &name : known) {
            if (value == name) {
                m_eventName = name;
                return;
            }
        }
        m_eventName = value.toByteArray();
    } else if (field == "data") {
        if (m_hasData)
            m_data += '\n';
        m_data += value;
        m_hasData = true;
    }
    // "id", "retry" and unknown fields carry nothing the Messages stream needs.
}

bool SseParser::finish()
{
    const bool clean = m_buffer.isEmpty() && !m_hasData && m_eventName.isEmpty();
    reset();
    return clean;
}

void SseParser::reset()
{
    m_buffer.clear();
    m_eventName.clear();
    m_data.clear();
    m_hasData = false;
    m_skipLf = false;
    m_bomChecked = false;
}

} // namespace Workbench
