// SPDX-License-Identifier: MIT
#include "llm/messageaccumulator.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Workbench {

namespace {

bool takesJsonInput(const QJsonObject &block)
{
    const QString type = block.value("type"_L1).toString();
    return type == "tool_use"_L1 || type == "server_tool_use"_L1 || block.contains("input"_L1);
}

} // namespace

MessageAccumulator::Outcome MessageAccumulator::apply(const QString &eventName, const QByteArray &data)
{
    m_lastDeltaText.clear();
    m_lastDeltaKind.clear();

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    const QString type =
        eventName.isEmpty() && doc.isObject() ? doc.object().value("type"_L1).toString() : eventName;

    if (type == "ping"_L1)
        return Outcome::Ignored;

    auto keep = [&](Outcome outcome) {
        QJsonObject record{{"event"_L1, type}};
        if (doc.isNull())
            record.insert("data"_L1, QString::fromUtf8(data));
        else
            record.insert("data"_L1, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        m_unknown.append(record);
        return outcome;
    };

    if (!doc.isObject())
        return keep(Outcome::Malformed);
    const QJsonObject obj = doc.object();

    // An index that names a block which was never started cannot be applied anywhere.
    auto blockIndex = [&](bool mustExist) {
        const QJsonValue v = obj.value("index"_L1);
        if (!v.isDouble())
            return -1;
        const int index = v.toInt(-1);
        if (index < 0 || (mustExist && (index >= m_blocks.size() || m_blocks.at(index).isEmpty())))
            return -1;
        return index;
    };

    if (type == "message_start"_L1) {
        QJsonObject message = obj.value("message"_L1).toObject();
        m_usage = message.take("usage"_L1).toObject();
        const QJsonArray content = message.take("content"_L1).toArray();
        m_blocks.clear();
        m_partialJson.clear();
        for (const QJsonValue &block : content) {
            m_blocks.append(block.toObject());
            m_partialJson.append(QByteArray());
        }
        m_message = message;
        m_started = true;
        return Outcome::MessageStarted;
    }

    if (type == "content_block_start"_L1) {
        const int index = blockIndex(false);
        const QJsonObject block = obj.value("content_block"_L1).toObject();
        if (index < 0 || block.isEmpty())
            return keep(Outcome::Malformed);
        while (m_blocks.size() <= index) {
            m_blocks.append(QJsonObject());
            m_partialJson.append(QByteArray());
        }
        m_blocks[index] = block;
        m_partialJson[index].clear();
        m_lastIndex = index;
        return Outcome::BlockStarted;
    }

    if (type == "content_block_delta"_L1) {
        const int index = blockIndex(true);
        if (index < 0)
            return keep(Outcome::Malformed);
        const QJsonObject delta = obj.value("delta"_L1).toObject();
        const QString deltaType = delta.value("type"_L1).toString();
        QJsonObject &block = m_blocks[index];
        m_lastIndex = index;
        if (deltaType == "text_delta"_L1 || deltaType == "thinking_delta"_L1) {
            const QString key = deltaType == "text_delta"_L1 ? u"text"_s : u"thinking"_s;
            m_lastDeltaText = delta.value(key).toString();
            m_lastDeltaKind = key;
            block.insert(key, QString(block.value(key).toString() + m_lastDeltaText));
            return Outcome::TextAppended;
        }
        if (deltaType == "signature_delta"_L1) {
            block.insert("signature"_L1, delta.value("signature"_L1).toString());
            return Outcome::BlockUpdated;
        }
        if (deltaType == "input_json_delta"_L1) {
            m_partialJson[index] += delta.value("partial_json"_L1).toString().toUtf8();
            return Outcome::BlockUpdated;
        }
        if (deltaType == "citations_delta"_L1) {
            QJsonArray citations = block.value("citations"_L1).toArray();
            citations.append(delta.value("citation"_L1));
            block.insert("citations"_L1, citations);
            return Outcome::BlockUpdated;
        }
        return keep(Outcome::Unknown);
    }

    if (type == "content_block_stop"_L1) {
        const int index = blockIndex(true);
        if (index < 0)
            return keep(Outcome::Malformed);
        QJsonObject &block = m_blocks[index];
        m_lastIndex = index;
        const QByteArray json = std::exchange(m_partialJson[index], {}).trimmed();
        if (!json.isEmpty()) {
            QJsonParseError inputError;
            const QJsonDocument input = QJsonDocument::fromJson(json, &inputError);
            if (input.isObject()) {
                block.insert("input"_L1, input.object());
            } else {
                // Cut-off fine-grained streaming: keep the raw text where it can be inspected.
                block.insert("input"_L1, QJsonObject());
                m_unknown.append(QJsonObject{{"event"_L1, type},
                                             {"data"_L1, obj},
                                             {"partial_json"_L1, QString::fromUtf8(json)},
                                             {"error"_L1, inputError.errorString()}});
            }
        } else if (takesJsonInput(block) && !block.value("input"_L1).isObject()) {
            block.insert("input"_L1, QJsonObject());
        }
        return Outcome::BlockStopped;
    }

    if (type == "message_delta"_L1) {
        const QJsonObject delta = obj.value("delta"_L1).toObject();
        for (const auto &key : {"stop_reason"_L1, "stop_sequence"_L1, "stop_details"_L1}) {
            if (delta.contains(key))
                m_message.insert(key, delta.value(key));
        }
        // Usage in message_delta is cumulative: a field replaces, never adds.
        const QJsonObject usage = obj.value("usage"_L1).toObject();
        for (auto it = usage.begin(); it != usage.end(); ++it)
            m_usage.insert(it.key(), it.value());
        return Outcome::MessageDelta;
    }

    if (type == "message_stop"_L1) {
        m_stopped = true;
        return Outcome::MessageStopped;
    }

    if (type == "error"_L1) {
        m_streamError = obj.value("error"_L1).toObject();
        return Outcome::StreamError;
    }

    return keep(Outcome::Unknown);
}

QJsonObject MessageAccumulator::message() const
{
    QJsonObject message = m_message;
    if (!message.contains("type"_L1))
        message.insert("type"_L1, u"message"_s);
    if (!message.contains("role"_L1))
        message.insert("role"_L1, u"assistant"_s);
    for (const auto &key : {"stop_reason"_L1, "stop_sequence"_L1}) {
        if (!message.contains(key))
            message.insert(key, QJsonValue::Null);
    }
    QJsonArray content;
    for (const QJsonObject &block : m_blocks) {
        if (!block.isEmpty())
            content.append(block);
    }
    message.insert("content"_L1, content);
    message.insert("usage"_L1, m_usage);
    return message;
}

QJsonObject MessageAccumulator::block(int index) const
{
    return index >= 0 && index < m_blocks.size() ? m_blocks.at(index) : QJsonObject();
}

} // namespace Workbench
