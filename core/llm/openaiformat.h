// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace Workbench {

/// Translation between the Anthropic Messages shapes the agent loop speaks and the OpenAI
/// chat-completions shapes local servers (Ollama, llama.cpp server, vLLM) speak (reference §7).
/// Pure functions and a small state machine: no network, so every quirk is testable alone.
namespace OpenAiFormat {

/// A chat-completions request for a Messages request body: `system` becomes the first message,
/// `tool_use` blocks become assistant `tool_calls` (arguments as a JSON string), each
/// `tool_result` a role "tool" message with its `tool_call_id`, thinking blocks are dropped (no
/// local server can read them back), `tools` become function tools, `max_tokens`,
/// `temperature`, `top_p` and `stop_sequences` (→ `stop`) are kept. Fields no local server
/// understands (`tool_choice`, `thinking`, `cache_control`, `metadata`…) are not sent.
/// `streamed` adds `stream: true` and `stream_options.include_usage`.
[[nodiscard]] QJsonObject chatRequest(const QJsonObject &messagesBody, bool streamed);

/// `system` (a string or text blocks) + Messages API messages → chat messages.
[[nodiscard]] QJsonArray chatMessages(const QJsonValue &system, const QJsonArray &messages);

/// Messages API tools → `{type:"function", function:{name, description, parameters}}`. The
/// Anthropic-defined bash and text-editor tools carry no schema (the model knows them), so they
/// get a written one; other schema-less tools are left out.
[[nodiscard]] QJsonArray functionTools(const QJsonArray &tools);

/// stop→end_turn, tool_calls/function_call→tool_use, length→max_tokens,
/// content_filter→refusal. A missing finish_reason, or "stop" while tool calls arrived (Ollama
/// says "stop" there), is tool_use when there are tool calls, else end_turn.
[[nodiscard]] QString stopReason(const QString &finishReason, bool hasToolCalls);

/// `{prompt_tokens, completion_tokens, prompt_tokens_details.cached_tokens}` → `{input_tokens
/// (uncached, as Anthropic counts), output_tokens, cache_read_input_tokens}`.
[[nodiscard]] QJsonObject usage(const QJsonObject &openAiUsage);

/// Every `tool_use` id already in the conversation: a server that repeats ids across turns
/// ("call_0" every time) must not collide with them.
[[nodiscard]] QSet<QString> toolUseIds(const QJsonArray &messages);

} // namespace OpenAiFormat

/// Turns chat-completions chunks (or one non-streamed chat.completion) into Messages API SSE
/// events, so ModelJob's parser and accumulator build the same message for every provider.
///
/// Text and reasoning (`reasoning_content` from llama.cpp, `reasoning` from Ollama, shown as a
/// thinking block) stream as they arrive. Tool calls are accumulated by `index` (a fragment
/// without one continues the last call; a new id at a taken index is a new call) and emitted
/// whole by finish(), once their arguments are complete and parse. Missing, empty or repeated
/// ids are replaced by ids made from `idSalt` and the index, so the same answer always gets the
/// same ids.
class OpenAiStreamTranslator
{
public:
    /// `model` is used when chunks name none; `reservedIds` are ids a tool call must not reuse.
    OpenAiStreamTranslator(QString model, QString idSalt, QSet<QString> reservedIds = {});

    /// SSE bytes for one chunk object. An `error` object becomes an `error` event; after it
    /// (or after finish()) every further chunk yields nothing.
    QByteArray chunk(const QJsonObject &chunk);
    /// Closes the message: open blocks, the tool calls, message_delta (stop_reason, usage) and
    /// message_stop. Fails, leaving the text that arrived, when a tool call has no name or its
    /// arguments are not a JSON object (typically an answer cut off mid-call).
    Result<QByteArray> finish();

    [[nodiscard]] bool hasFinishReason() const { return !m_finishReason.isEmpty(); }
    [[nodiscard]] bool hasStarted() const { return m_started; }
    [[nodiscard]] bool isDone() const { return m_done; }

private:
    struct ToolCall
    {
        QString id;
        QString name;
        QString arguments;
        int openAiIndex = -1;
    };
    enum class Open
    {
        None,
        Text,
        Thinking,
    };

    QByteArray start(const QJsonObject &chunk);
    QByteArray appendTo(Open kind, const QString &text);
    QByteArray closeOpenBlock();
    void addToolCallFragment(const QJsonObject &fragment, int position);
    QString uniqueId(const QString &wanted, int index);

    QString m_model;
    QString m_salt;
    QSet<QString> m_usedIds;
    QList<ToolCall> m_calls;
    QJsonObject m_usage;
    QString m_finishReason;
    Open m_open = Open::None;
    int m_nextIndex = 0;
    int m_lastCall = -1;
    bool m_started = false;
    bool m_done = false;
};

} // namespace Workbench
