// SPDX-License-Identifier: MIT
#include "llm/ssewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Workbench {

namespace {

QStringList pieces(const QString &text, int size)
{
    QStringList out;
    if (size <= 0) {
        out.append(text);
        return out;
    }
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype len = qMin<qsizetype>(size, text.size() - pos);
        // Splitting a surrogate pair would put invalid UTF-16 on the wire.
        if (pos + len < text.size() && text.at(pos + len - 1).isHighSurrogate())
            ++len;
        out.append(text.mid(pos, len));
        pos += len;
    }
    return out;
}

QJsonObject delta(int index, const QJsonObject &payload)
{
    return QJsonObject{{"type"_L1, u"content_block_delta"_s}, {"index"_L1, index}, {"delta"_L1, payload}};
}

} // namespace

QByteArray SseWriter::event(const QString &name, const QJsonObject &data)
{
    return "event: " + name.toUtf8() + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) +
           "\n\n";
}

QByteArray SseWriter::fromMessage(const QJsonObject &message, int textPieceChars)
{
    QByteArray out;
    const QJsonObject usage = message.value("usage"_L1).toObject();

    QJsonObject start = message;
    start.insert("type"_L1, u"message"_s);
    if (!start.contains("role"_L1))
        start.insert("role"_L1, u"assistant"_s);
    start.insert("content"_L1, QJsonArray());
    start.insert("stop_reason"_L1, QJsonValue::Null);
    start.insert("stop_sequence"_L1, QJsonValue::Null);
    start.remove("stop_details"_L1);
    // Like the API: the input side is known up front, output is a small count until message_delta.
    QJsonObject startUsage = usage;
    if (!startUsage.contains("input_tokens"_L1))
        startUsage.insert("input_tokens"_L1, 0);
    startUsage.insert("output_tokens"_L1, qMin(1, usage.value("output_tokens"_L1).toInt()));
    start.insert("usage"_L1, startUsage);
    out += event(u"message_start"_s, {{"type"_L1, u"message_start"_s}, {"message"_L1, start}});
    out += event(u"ping"_s, {{"type"_L1, u"ping"_s}});

    const QJsonArray content = message.value("content"_L1).toArray();
    for (int index = 0; index < content.size(); ++index) {
        const QJsonObject block = content.at(index).toObject();
        const QString type = block.value("type"_L1).toString();
        QJsonObject startBlock = block;
        QList<QJsonObject> deltas;

        if (type == "text"_L1) {
            startBlock = QJsonObject{{"type"_L1, type}, {"text"_L1, u""_s}};
            for (const QString &piece : pieces(block.value("text"_L1).toString(), textPieceChars)) {
                if (!piece.isEmpty())
                    deltas.append({{"type"_L1, u"text_delta"_s}, {"text"_L1, piece}});
            }
            for (const QJsonValue &citation : block.value("citations"_L1).toArray())
                deltas.append({{"type"_L1, u"citations_delta"_s}, {"citation"_L1, citation}});
        } else if (type == "tool_use"_L1 || type == "server_tool_use"_L1) {
            startBlock.insert("input"_L1, QJsonObject());
            const QString input = QString::fromUtf8(
                QJsonDocument(block.value("input"_L1).toObject()).toJson(QJsonDocument::Compact));
            deltas.append({{"type"_L1, u"input_json_delta"_s}, {"partial_json"_L1, u""_s}});
            for (const QString &piece : pieces(input, textPieceChars))
                deltas.append({{"type"_L1, u"input_json_delta"_s}, {"partial_json"_L1, piece}});
        } else if (type == "thinking"_L1) {
            startBlock.insert("thinking"_L1, u""_s);
            startBlock.insert("signature"_L1, u""_s);
            for (const QString &piece : pieces(block.value("thinking"_L1).toString(), textPieceChars)) {
                if (!piece.isEmpty())
                    deltas.append({{"type"_L1, u"thinking_delta"_s}, {"thinking"_L1, piece}});
            }
            deltas.append({{"type"_L1, u"signature_delta"_s},
                           {"signature"_L1, block.value("signature"_L1).toString()}});
        }

        out += event(
            u"content_block_start"_s,
            {{"type"_L1, u"content_block_start"_s}, {"index"_L1, index}, {"content_block"_L1, startBlock}});
        for (const QJsonObject &d : std::as_const(deltas))
            out += event(u"content_block_delta"_s, delta(index, d));
        out += event(u"content_block_stop"_s, {{"type"_L1, u"content_block_stop"_s}, {"index"_L1, index}});
    }

    QJsonObject messageDelta{{"stop_reason"_L1, message.value("stop_reason"_L1)},
                             {"stop_sequence"_L1, message.value("stop_sequence"_L1)}};
    if (!message.contains("stop_reason"_L1))
        messageDelta.insert("stop_reason"_L1, QJsonValue::Null);
    if (!message.contains("stop_sequence"_L1))
        messageDelta.insert("stop_sequence"_L1, QJsonValue::Null);
    if (message.contains("stop_details"_L1))
        messageDelta.insert("stop_details"_L1, message.value("stop_details"_L1));
    out += event(u"message_delta"_s,
                 {{"type"_L1, u"message_delta"_s},
                  {"delta"_L1, messageDelta},
                  {"usage"_L1, QJsonObject{{"output_tokens"_L1, usage.value("output_tokens"_L1).toInt()}}}});
    out += event(u"message_stop"_s, {{"type"_L1, u"message_stop"_s}});
    return out;
}

} // namespace Workbench
