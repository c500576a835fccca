// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Workbench::TestSupport {

/// How a made-up assistant message is labelled and what usage it reports. Tests whose figures
/// matter (cost, context meter) name them: `textMessage(u"hi"_s, {.inputTokens = 1000})`.
struct MessageMeta
{
    QString id = QStringLiteral("msg_test");
    QString model = QStringLiteral("claude-sonnet-4-6");
    int inputTokens = 50;
    int outputTokens = 10;
};

/// A whole Messages API response, as the API's final message or a line of a replay file:
/// role "assistant", `content`, `stopReason`, `stop_sequence` null and the usage of `meta`.
[[nodiscard]] QJsonObject assistantMessage(const QJsonArray &content, const QString &stopReason,
                                           const MessageMeta &meta = {});
/// Content blocks.
[[nodiscard]] QJsonObject textBlock(const QString &text);
[[nodiscard]] QJsonObject toolUseBlock(const QString &id, const QString &name, const QJsonObject &input);
/// A `bash` tool_use block whose input is `{command}`.
[[nodiscard]] QJsonObject bashBlock(const QString &id, const QString &command);
/// One text block, stop reason "end_turn".
[[nodiscard]] QJsonObject textMessage(const QString &text, const MessageMeta &meta = {});
/// One `bash` call, stop reason "tool_use".
[[nodiscard]] QJsonObject bashMessage(const QString &id, const QString &command,
                                      const MessageMeta &meta = {});

/// A minimal Messages request body: `model`, `max_tokens` and one user message of `userText`.
[[nodiscard]] QJsonObject messagesRequest(const QString &userText, int maxTokens,
                                          const QString &model = QStringLiteral("claude-sonnet-4-6"));

/// The tool_result block answering `toolUseId` in a Messages request body (or in a list of
/// messages under "messages"); empty when there is none.
[[nodiscard]] QJsonObject toolResultIn(const QJsonObject &request, const QString &toolUseId);

} // namespace Workbench::TestSupport
