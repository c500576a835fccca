// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Workbench {

/// Builds an assistant message from Messages API stream events (reference §2): message_start,
/// content_block_start/delta/stop (text, thinking + signature, input_json_delta, citations),
/// message_delta (stop_reason; usage is cumulative and replaces), message_stop, ping, error.
/// Unknown events and unknown delta types are kept in unknownEvents(); unknown block types are
/// kept verbatim in content so they can be echoed back.
class MessageAccumulator
{
public:
    enum class Outcome
    {
        Ignored, ///< ping
        MessageStarted,
        BlockStarted,
        TextAppended, ///< text_delta or thinking_delta; see lastDeltaText()/lastDeltaKind()
        BlockUpdated, ///< other known deltas (input_json, signature, citation)
        BlockStopped,
        MessageDelta, ///< stop_reason and/or usage changed
        MessageStopped,
        StreamError, ///< an `error` event; see streamError()
        Unknown,     ///< kept in unknownEvents()
        Malformed,   ///< data was not JSON or referenced an unknown index; kept in unknownEvents()
    };

    Outcome apply(const QString &eventName, const QByteArray &data);
    /// The same, for bytes straight from SseParser. Text and thinking deltas — nearly every event
    /// of a stream — are read without building a JSON document; anything of another shape takes
    /// the general path, so the outcome is always the same as apply(QString, QByteArray).
    Outcome apply(QByteArrayView eventName, QByteArrayView data);

    [[nodiscard]] QJsonObject message() const;
    [[nodiscard]] int lastIndex() const { return m_lastIndex; }
    [[nodiscard]] QString lastDeltaText() const { return m_lastDeltaText; }
    /// "text" or "thinking".
    [[nodiscard]] QString lastDeltaKind() const { return m_lastDeltaKind; }
    [[nodiscard]] QJsonObject block(int index) const;
    [[nodiscard]] QJsonObject usage() const { return m_usage; }
    [[nodiscard]] bool isStopped() const { return m_stopped; }
    [[nodiscard]] bool hasStarted() const { return m_started; }
    /// The `error` object of a mid-stream error event ({type, message}).
    [[nodiscard]] QJsonObject streamError() const { return m_streamError; }
    [[nodiscard]] QList<QJsonObject> unknownEvents() const { return m_unknown; }

private:
    bool applyTextDelta(QByteArrayView data);
    void resizeTo(int index);
    [[nodiscard]] QJsonObject materialized(int index) const;

    QJsonObject m_message;       // without content / usage
    QList<QJsonObject> m_blocks; // by index
    // Streamed text and thinking grow here, not inside the QJsonObject (copy-on-write would copy
    // the whole text for every delta); they are put into the block when it is read. Null = no
    // delta yet.
    QList<QString> m_text;
    QList<QString> m_thinking;
    QList<QByteArray> m_partialJson; // input_json_delta buffers, by index
    QJsonObject m_usage;
    QJsonObject m_streamError;
    QList<QJsonObject> m_unknown;
    QString m_lastDeltaText;
    QString m_lastDeltaKind;
    int m_lastIndex = -1;
    bool m_started = false;
    bool m_stopped = false;
};

} // namespace Workbench
