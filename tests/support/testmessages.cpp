// SPDX-License-Identifier: MIT
#include "testmessages.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Workbench::TestSupport {

QJsonObject assistantMessage(const QJsonArray &content, const QString &stopReason, const MessageMeta &meta)
{
    return QJsonObject{{"id"_L1, meta.id},
                       {"type"_L1, u"message"_s},
                       {"role"_L1, u"assistant"_s},
                       {"model"_L1, meta.model},
                       {"content"_L1, content},
                       {"stop_reason"_L1, stopReason},
                       {"stop_sequence"_L1, QJsonValue::Null},
                       {"usage"_L1, QJsonObject{{"input_tokens"_L1, meta.inputTokens},
                                                {"output_tokens"_L1, meta.outputTokens}}}};
}

QJsonObject textBlock(const QString &text)
{
    return QJsonObject{{"type"_L1, u"text"_s}, {"text"_L1, text}};
}

QJsonObject toolUseBlock(const QString &id, const QString &name, const QJsonObject &input)
{
    return QJsonObject{{"type"_L1, u"tool_use"_s}, {"id"_L1, id}, {"name"_L1, name}, {"input"_L1, input}};
}

QJsonObject bashBlock(const QString &id, const QString &command)
{
    return toolUseBlock(id, u"bash"_s, QJsonObject{{"command"_L1, command}});
}

QJsonObject textMessage(const QString &text, const MessageMeta &meta)
{
    return assistantMessage(QJsonArray{textBlock(text)}, u"end_turn"_s, meta);
}

QJsonObject bashMessage(const QString &id, const QString &command, const MessageMeta &meta)
{
    return assistantMessage(QJsonArray{bashBlock(id, command)}, u"tool_use"_s, meta);
}

QJsonObject messagesRequest(const QString &userText, int maxTokens, const QString &model)
{
    return QJsonObject{
        {"model"_L1, model},
        {"max_tokens"_L1, maxTokens},
        {"messages"_L1, QJsonArray{QJsonObject{{"role"_L1, u"user"_s}, {"content"_L1, userText}}}}};
}

QJsonObject toolResultIn(const QJsonObject &request, const QString &toolUseId)
{
    const QJsonArray messages = request.value("messages"_L1).toArray();
    for (const QJsonValue &message : messages) {
        const QJsonArray content = message.toObject().value("content"_L1).toArray();
        for (const QJsonValue &block : content) {
            if (block.toObject().value("tool_use_id"_L1).toString() == toolUseId)
                return block.toObject();
        }
    }
    return {};
}

} // namespace Workbench::TestSupport
