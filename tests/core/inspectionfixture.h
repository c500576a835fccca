// SPDX-License-Identifier: MIT
// A known transcript for the inspector and timeline tests: every event at a chosen time, so
// timings can be asserted. Written line by line (TranscriptWriter stamps the current time), and
// with a credential in it on purpose: the reader must remove it, whatever the writer did.
#pragma once

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace InspectionFixture {

inline const QString kSecret = QStringLiteral("sk-ant-api03-SECRETSECRET");

class Lines
{
public:
    explicit Lines(QDateTime start)
        : m_start(std::move(start))
    {}
    void add(qint64 atMs, const QString &type, QJsonObject fields)
    {
        fields.insert(QStringLiteral("v"), 1);
        fields.insert(QStringLiteral("seq"), ++m_seq);
        fields.insert(QStringLiteral("ts"), m_start.addMSecs(atMs).toString(Qt::ISODateWithMs));
        fields.insert(QStringLiteral("type"), type);
        m_bytes += QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    }
    QString iso(qint64 atMs) const { return m_start.addMSecs(atMs).toString(Qt::ISODateWithMs); }
    void sse(qint64 sentMs, int turn, qint64 tMs, const QString &event, const QJsonObject &data)
    {
        add(sentMs + tMs, QStringLiteral("sse"),
            {{QStringLiteral("turn"), turn},
             {QStringLiteral("t_ms"), tMs},
             {QStringLiteral("event"), event},
             {QStringLiteral("data"), data}});
    }
    const QByteArray &bytes() const { return m_bytes; }

private:
    QDateTime m_start;
    QByteArray m_bytes;
    qint64 m_seq = 0;
};

inline QJsonObject delta(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("content_block_delta")},
            {QStringLiteral("index"), 0},
            {QStringLiteral("delta"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text_delta")},
                                                  {QStringLiteral("text"), text}}}};
}

/// Turn 1: a 529, a retry after 1000 ms, then an answer (TTFT 350 ms, 200 output tokens over
/// 1000 ms of streaming) asking for `rm -rf build`, which waits 5000 ms for approval, is edited,
/// runs 480 ms and changes 3 files. Turn 2: TTFT from the first delta (200 ms), 50 tokens over
/// 500 ms. The run ends at 9300 ms.
inline QByteArray knownRun()
{
    Lines l(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    const auto S = [](const char *s) { return QString::fromLatin1(s); };
    l.add(0, S("run_started"),
          {{S("run_id"), S("run-1")},
           {S("task"), S("clean the build")},
           {S("provider"), S("anthropic")},
           {S("model"), S("claude-sonnet-4-6")},
           {S("permission_mode"), S("default")}});
    l.add(0, S("user_message"), {{S("content"), S("clean the build")}});
    const QJsonObject body{
        {S("model"), S("claude-sonnet-4-6")},
        {S("max_tokens"), 8192},
        {S("system"), S("You are careful.")},
        {S("metadata"), QJsonObject{{S("api_key"), kSecret}, {S("user_id"), S("u-7")}}},
        {S("messages"),
         QJsonArray{QJsonObject{{S("role"), S("user")},
                                {S("content"), QString(S("clean the build; my key is ") + kSecret +
                                                       S(" and the needle-42 word"))}}}}};
    l.add(100, S("request"), {{S("turn"), 1}, {S("body"), body}});
    l.add(110, S("request_headers"),
          {{S("turn"), 1},
           {S("headers"), QJsonObject{{S("x-api-key"), kSecret},
                                      {S("Authorization"), QString(S("Bearer ") + kSecret)},
                                      {S("anthropic-version"), S("2023-06-01")}}}});
    l.add(400, S("response_headers"),
          {{S("turn"), 1},
           {S("status"), 529},
           {S("headers"), QJsonObject{{S("request-id"), S("req_1")}, {S("retry-after"), S("1")}}}});
    l.add(400, S("retry"),
          {{S("turn"), 1},
           {S("attempt"), 2},
           {S("max_attempts"), 4},
           {S("delay_ms"), 1000},
           {S("error"), QJsonObject{{S("code"), S("overloaded_error")}, {S("message"), S("Overloaded")}}}});
    l.add(1400, S("request_headers"),
          {{S("turn"), 1}, {S("headers"), QJsonObject{{S("x-stainless-retry-count"), S("1")}}}});
    l.add(1500, S("response_headers"),
          {{S("turn"), 1},
           {S("status"), 200},
           {S("headers"), QJsonObject{{S("request-id"), S("req_2")},
                                      {S("anthropic-ratelimit-requests-remaining"), S("49")}}}});
    l.sse(1400, 1, 50, S("message_start"),
          {{S("type"), S("message_start")},
           {S("message"),
            QJsonObject{{S("id"), S("msg_1")},
                        {S("usage"), QJsonObject{{S("input_tokens"), 1000}, {S("output_tokens"), 1}}}}}});
    l.sse(1400, 1, 80, S("ping"), {{S("type"), S("ping")}});
    l.sse(1400, 1, 350, S("content_block_delta"), delta(S("I will clean")));
    l.sse(1400, 1, 600, S("content_block_delta"), delta(S(" the build.")));
    l.sse(1400, 1, 1350, S("message_delta"),
          {{S("type"), S("message_delta")}, {S("usage"), QJsonObject{{S("output_tokens"), 200}}}});
    l.sse(1400, 1, 1350, S("message_stop"), {{S("type"), S("message_stop")}});
    l.add(2800, S("assistant_message"),
          {{S("turn"), 1},
           {S("ttft_ms"), 350},
           {S("cost_usd"), 0.0123},
           {S("message"), QJsonObject{{S("id"), S("msg_1")},
                                      {S("model"), S("claude-sonnet-4-6")},
                                      {S("stop_reason"), S("tool_use")},
                                      {S("usage"), QJsonObject{{S("input_tokens"), 1000},
                                                               {S("output_tokens"), 200},
                                                               {S("cache_read_input_tokens"), 300},
                                                               {S("cache_creation_input_tokens"), 50}}}}}});
    l.add(2810, S("tool_call"),
          {{S("turn"), 1},
           {S("id"), S("toolu_1")},
           {S("name"), S("bash")},
           {S("input"), QJsonObject{{S("command"), S("rm -rf build")}}}});
    l.add(2820, S("decision"),
          {{S("id"), S("toolu_1")},
           {S("verdict"), S("ask")},
           {S("mode"), S("default")},
           {S("decided_by"), S("rule")},
           {S("rule"), S("Bash(rm:*)")},
           {S("rule_source"), S("user settings")},
           {S("reason"), S("a rule asks about rm")},
           {S("risks"), QJsonArray{S("recursive delete")}},
           {S("at"), l.iso(2820)}});
    l.add(7820, S("decision"),
          {{S("id"), S("toolu_1")},
           {S("verdict"), S("allow")},
           {S("mode"), S("default")},
           {S("decided_by"), S("user")},
           {S("reason"), S("edited, then approved when asked")},
           {S("original_input"), QJsonObject{{S("command"), S("rm -rf build")}}},
           {S("edited_input"), QJsonObject{{S("command"), S("rm -rf build/tmp")}}},
           {S("at"), l.iso(7820)}});
    l.add(7830, S("checkpoint"), {{S("id"), S("toolu_1")}, {S("checkpoint"), S("cp-1")}});
    l.add(7840, S("exec_started"),
          {{S("id"), S("toolu_1")},
           {S("spec"), QJsonObject{{S("argv"), QJsonArray{S("bash"), S("-c"), S("rm -rf build/tmp")}},
                                   {S("limits"), QJsonObject{{S("cpuSeconds"), 60}}}}},
           {S("checkpoint"), S("cp-1")}});
    l.add(7900, S("output"),
          {{S("id"), S("toolu_1")}, {S("stream"), S("stdout")}, {S("text"), S("removed\n")}});
    l.add(7910, S("output"), {{S("id"), S("toolu_1")}, {S("stream"), S("stderr")}, {S("text"), S("warn\n")}});
    l.add(8340, S("exec_finished"),
          {{S("id"), S("toolu_1")},
           {S("result"),
            QJsonObject{
                {S("end"), S("exited")},
                {S("exitCode"), 0},
                {S("shellStatus"), 0},
                {S("description"), S("exited with status 0")},
                {S("durationMs"), 480},
                {S("changes"),
                 QJsonObject{{S("created"), QJsonArray{}},
                             {S("modified"), QJsonArray{QJsonObject{{S("path"), S("a")}}}},
                             {S("deleted"), QJsonArray{QJsonObject{{S("path"), S("build/tmp/x")}},
                                                       QJsonObject{{S("path"), S("build/tmp/y")}}}}}}}}});
    l.add(8350, S("tool_result"),
          {{S("id"), S("toolu_1")}, {S("content"), S("removed")}, {S("is_error"), false}});
    l.add(8400, S("request"),
          {{S("turn"), 2}, {S("body"), QJsonObject{{S("model"), S("claude-sonnet-4-6")}}}});
    l.add(8410, S("request_headers"), {{S("turn"), 2}, {S("headers"), QJsonObject{}}});
    l.add(8500, S("response_headers"),
          {{S("turn"), 2}, {S("status"), 200}, {S("headers"), QJsonObject{{S("request-id"), S("req_3")}}}});
    l.sse(8410, 2, 90, S("message_start"),
          {{S("type"), S("message_start")},
           {S("message"), QJsonObject{{S("usage"), QJsonObject{{S("input_tokens"), 1500}}}}}});
    l.sse(8410, 2, 200, S("content_block_delta"), delta(S("Done.")));
    l.sse(8410, 2, 700, S("message_delta"),
          {{S("type"), S("message_delta")}, {S("usage"), QJsonObject{{S("output_tokens"), 50}}}});
    l.add(9200, S("assistant_message"),
          {{S("turn"), 2},
           {S("cost_usd"), 0.01},
           {S("message"),
            QJsonObject{{S("id"), S("msg_2")},
                        {S("stop_reason"), S("end_turn")},
                        {S("usage"), QJsonObject{{S("input_tokens"), 1500}, {S("output_tokens"), 50}}}}}});
    l.add(9300, S("run_finished"), {{S("stop_reason"), S("end_turn")}, {S("turns"), 2}});
    return l.bytes();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace InspectionFixture
