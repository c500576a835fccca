// SPDX-License-Identifier: MIT
#pragma once

// Writes transcripts shaped like a real run's (docs/transcript-format.md), through the real
// TranscriptWriter: per turn the request body with the whole history so far, headers, one `sse`
// line per streamed event, the assistant message with usage and cost, and per tool call its
// `tool_call`, decision(s), execution, output and result. Used by the loader and page tests
// and by bench/transcript_open.cpp.

#include "transcript/transcriptwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Workbench::Recorded {

struct Call
{
    QString id;
    QString command; ///< a bash command
    QString stdoutText;
    QString stderrText;
    int exitCode = 0;
    bool denied = false; ///< asked, then denied by the user: never ran
};

class Run
{
public:
    /// `stream`: write the request, headers and sse lines too (as a real run does).
    explicit Run(const QString &path, bool stream = true)
        : m_stream(stream)
    {
        m_ok = m_writer.open(path).ok();
    }

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] int turns() const { return m_turn; }
    [[nodiscard]] int calls() const { return m_calls; }

    void start(const QString &task, const QString &model = QStringLiteral("claude-sonnet-4-6"))
    {
        m_model = model;
        w(u"run_started", {{s(u"run_id"), s(u"run-test")},
                           {s(u"task"), task},
                           {s(u"provider"), s(u"anthropic")},
                           {s(u"model"), model},
                           {s(u"workspace"), s(u"/tmp/ws")},
                           {s(u"sandbox"), s(u"bubblewrap")},
                           {s(u"permission_mode"), s(u"default")},
                           {s(u"max_turns"), 30}});
        w(u"user_message", {{s(u"content"), task}});
        m_history.append(QJsonObject{{s(u"role"), s(u"user")}, {s(u"content"), task}});
    }

    /// One model turn: `text`, then the calls (stop_reason tool_use), or end_turn without calls.
    void turn(const QString &text, const QList<Call> &calls = {}, const QString &thinking = {})
    {
        ++m_turn;
        if (m_stream) {
            w(u"request", {{s(u"turn"), m_turn},
                           {s(u"body"), QJsonObject{{s(u"model"), m_model},
                                                    {s(u"max_tokens"), 8192},
                                                    {s(u"system"), s(u"You are a careful engineer.")},
                                                    {s(u"messages"), m_history}}}});
            w(u"request_headers",
              {{s(u"turn"), m_turn},
               {s(u"headers"), QJsonObject{{s(u"anthropic-version"), s(u"2023-06-01")}}}});
            w(u"response_headers",
              {{s(u"turn"), m_turn},
               {s(u"status"), 200},
               {s(u"headers"), QJsonObject{{s(u"request-id"), s(u"req_%1").arg(m_turn)}}}});
        }
        QJsonArray content;
        int index = 0;
        if (!thinking.isEmpty()) {
            sseBlock(index++, s(u"thinking_delta"), s(u"thinking"), thinking);
            content.append(QJsonObject{
                {s(u"type"), s(u"thinking")}, {s(u"thinking"), thinking}, {s(u"signature"), s(u"sig")}});
        }
        if (!text.isEmpty()) {
            sseBlock(index++, s(u"text_delta"), s(u"text"), text);
            content.append(QJsonObject{{s(u"type"), s(u"text")}, {s(u"text"), text}});
        }
        for (const Call &c : calls) {
            const QJsonObject input{{s(u"command"), c.command}};
            sse(s(u"content_block_start"), QJsonObject{{s(u"index"), index++}});
            content.append(QJsonObject{{s(u"type"), s(u"tool_use")},
                                       {s(u"id"), c.id},
                                       {s(u"name"), s(u"bash")},
                                       {s(u"input"), input}});
        }
        const QString stop = calls.isEmpty() ? s(u"end_turn") : s(u"tool_use");
        const QJsonObject usage{{s(u"input_tokens"), 1000 + 100 * m_turn},
                                {s(u"output_tokens"), 50 + int(text.size() / 4)},
                                {s(u"cache_read_input_tokens"), 200},
                                {s(u"cache_creation_input_tokens"), 0}};
        sse(s(u"message_stop"), QJsonObject{});
        w(u"assistant_message", {{s(u"turn"), m_turn},
                                 {s(u"message"), QJsonObject{{s(u"id"), s(u"msg_%1").arg(m_turn)},
                                                             {s(u"model"), m_model},
                                                             {s(u"content"), content},
                                                             {s(u"stop_reason"), stop},
                                                             {s(u"usage"), usage}}},
                                 {s(u"ttft_ms"), 420},
                                 {s(u"cost_usd"), 0.0125}});
        m_history.append(QJsonObject{{s(u"role"), s(u"assistant")}, {s(u"content"), content}});
        QJsonArray results;
        for (const Call &c : calls) {
            ++m_calls;
            w(u"tool_call", {{s(u"turn"), m_turn},
                             {s(u"id"), c.id},
                             {s(u"name"), s(u"bash")},
                             {s(u"input"), QJsonObject{{s(u"command"), c.command}}}});
            w(u"decision", {{s(u"id"), c.id},
                            {s(u"verdict"), s(u"ask")},
                            {s(u"mode"), s(u"default")},
                            {s(u"decided_by"), s(u"mode")},
                            {s(u"reason"), s(u"no rule allows this call; default mode asks")}});
            QString result;
            bool isError = false;
            if (c.denied) {
                w(u"decision", {{s(u"id"), c.id},
                                {s(u"verdict"), s(u"deny")},
                                {s(u"decided_by"), s(u"user")},
                                {s(u"reason"), s(u"denied by the user")},
                                {s(u"user_message"), s(u"not now")}});
                result = s(u"The user denied this call: not now");
                isError = true;
            } else {
                w(u"decision", {{s(u"id"), c.id},
                                {s(u"verdict"), s(u"allow")},
                                {s(u"decided_by"), s(u"user")},
                                {s(u"reason"), s(u"approved by the user")}});
                w(u"exec_started",
                  {{s(u"id"), c.id},
                   {s(u"spec"), QJsonObject{{s(u"sandbox"), s(u"bubblewrap")},
                                            {s(u"argv"), QJsonArray{s(u"bash"), s(u"-c"), c.command}}}}});
                if (!c.stdoutText.isEmpty())
                    w(u"output",
                      {{s(u"id"), c.id}, {s(u"stream"), s(u"stdout")}, {s(u"text"), c.stdoutText}});
                if (!c.stderrText.isEmpty())
                    w(u"output",
                      {{s(u"id"), c.id}, {s(u"stream"), s(u"stderr")}, {s(u"text"), c.stderrText}});
                w(u"exec_finished", {{s(u"id"), c.id},
                                     {s(u"result"), QJsonObject{{s(u"end"), s(u"exited")},
                                                                {s(u"exitCode"), c.exitCode},
                                                                {s(u"shellStatus"), c.exitCode},
                                                                {s(u"description"),
                                                                 s(u"exited with status %1").arg(c.exitCode)},
                                                                {s(u"durationMs"), 35},
                                                                {s(u"stdout"), c.stdoutText},
                                                                {s(u"stderr"), c.stderrText}}}});
                result = c.stdoutText + c.stderrText;
                isError = c.exitCode != 0;
            }
            w(u"tool_result", {{s(u"id"), c.id}, {s(u"content"), result}, {s(u"is_error"), isError}});
            results.append(QJsonObject{{s(u"type"), s(u"tool_result")},
                                       {s(u"tool_use_id"), c.id},
                                       {s(u"content"), result},
                                       {s(u"is_error"), isError}});
        }
        if (!results.isEmpty())
            m_history.append(QJsonObject{{s(u"role"), s(u"user")}, {s(u"content"), results}});
    }

    void finish(const QString &stopReason = QStringLiteral("end_turn"))
    {
        w(u"run_finished", {{s(u"stop_reason"), stopReason},
                            {s(u"turns"), m_turn},
                            {s(u"usage"), QJsonObject{}},
                            {s(u"cost_usd"), 0.0125 * m_turn}});
        m_writer.close();
    }

    void close() { m_writer.close(); }

private:
    static QString s(QStringView v) { return v.toString(); }

    void w(QStringView type, const QJsonObject &fields) { m_writer.write(type.toString(), fields); }

    void sse(const QString &event, const QJsonObject &data)
    {
        if (m_stream)
            w(u"sse",
              {{s(u"turn"), m_turn}, {s(u"t_ms"), 100 + m_sse++}, {s(u"event"), event}, {s(u"data"), data}});
    }

    // Text streamed in pieces of a few characters, as the API sends it.
    void sseBlock(int index, const QString &deltaType, const QString &field, const QString &text)
    {
        if (!m_stream)
            return;
        sse(s(u"content_block_start"), QJsonObject{{s(u"index"), index}});
        for (qsizetype at = 0; at < text.size(); at += 12)
            sse(s(u"content_block_delta"),
                QJsonObject{{s(u"index"), index},
                            {s(u"delta"), QJsonObject{{s(u"type"), deltaType}, {field, text.mid(at, 12)}}}});
        sse(s(u"content_block_stop"), QJsonObject{{s(u"index"), index}});
    }

    TranscriptWriter m_writer;
    bool m_ok = false;
    bool m_stream = true;
    QString m_model;
    QJsonArray m_history;
    int m_turn = 0;
    int m_calls = 0;
    int m_sse = 0;
};

} // namespace Workbench::Recorded
