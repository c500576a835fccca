// SPDX-License-Identifier: MIT
#include "fakeopenaiserver.h"

#include <QJsonDocument>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Workbench {

FakeOpenAiServer::FakeOpenAiServer(QObject *parent)
    : FakeHttpServer(parent)
{}

FakeOpenAiServer::~FakeOpenAiServer() = default;

void FakeOpenAiServer::enqueue(const Response &r)
{
    m_queue.append(r);
}

QJsonObject FakeOpenAiServer::chunk(const QJsonObject &delta, const QString &finishReason)
{
    const QJsonObject choice{{"index"_L1, 0},
                             {"delta"_L1, delta},
                             {"finish_reason"_L1, finishReason.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                         : QJsonValue(finishReason)}};
    return QJsonObject{{"id"_L1, u"chatcmpl-fake"_s},
                       {"object"_L1, u"chat.completion.chunk"_s},
                       {"created"_L1, 1767225600},
                       {"model"_L1, u"qwen3:8b"_s},
                       {"choices"_L1, QJsonArray{choice}}};
}

QJsonObject FakeOpenAiServer::usageChunk(int promptTokens, int completionTokens)
{
    return QJsonObject{{"id"_L1, u"chatcmpl-fake"_s},
                       {"object"_L1, u"chat.completion.chunk"_s},
                       {"model"_L1, u"qwen3:8b"_s},
                       {"choices"_L1, QJsonArray{}},
                       {"usage"_L1, QJsonObject{{"prompt_tokens"_L1, promptTokens},
                                                {"completion_tokens"_L1, completionTokens},
                                                {"total_tokens"_L1, promptTokens + completionTokens}}}};
}

QByteArray FakeOpenAiServer::sse(const QList<QJsonObject> &chunks, bool done)
{
    QByteArray out;
    for (const QJsonObject &c : chunks)
        out += "data: " + QJsonDocument(c).toJson(QJsonDocument::Compact) + "\n\n";
    if (done)
        out += "data: [DONE]\n\n";
    return out;
}

FakeOpenAiServer::Response FakeOpenAiServer::stream(const QList<QJsonObject> &chunks, bool done)
{
    Response r;
    r.headers = {{"content-type", "text/event-stream"}, {"cache-control", "no-cache"}};
    r.body = sse(chunks, done);
    return r;
}

FakeOpenAiServer::Response FakeOpenAiServer::textAnswer(const QStringList &pieces, int promptTokens,
                                                        int completionTokens)
{
    QList<QJsonObject> chunks{chunk({{"role"_L1, u"assistant"_s}, {"content"_L1, u""_s}})};
    for (const QString &p : pieces)
        chunks.append(chunk({{"content"_L1, p}}));
    chunks.append(chunk({}, u"stop"_s));
    chunks.append(usageChunk(promptTokens, completionTokens));
    return stream(chunks);
}

FakeOpenAiServer::Response FakeOpenAiServer::toolCallAnswer(const QString &id, const QString &name,
                                                            const QStringList &argumentPieces)
{
    QList<QJsonObject> chunks{chunk(
        {{"role"_L1, u"assistant"_s},
         {"tool_calls"_L1, QJsonArray{QJsonObject{
                               {"index"_L1, 0},
                               {"id"_L1, id},
                               {"type"_L1, u"function"_s},
                               {"function"_L1, QJsonObject{{"name"_L1, name}, {"arguments"_L1, u""_s}}}}}}})};
    for (const QString &p : argumentPieces)
        chunks.append(chunk(
            {{"tool_calls"_L1,
              QJsonArray{QJsonObject{{"index"_L1, 0}, {"function"_L1, QJsonObject{{"arguments"_L1, p}}}}}}}));
    chunks.append(chunk({}, u"tool_calls"_s));
    chunks.append(usageChunk(30, 12));
    return stream(chunks);
}

FakeOpenAiServer::Response FakeOpenAiServer::error(int status, const QString &message, const QString &type)
{
    Response r;
    r.status = status;
    r.headers = {{"content-type", "application/json"}};
    r.body = QJsonDocument(QJsonObject{{"error"_L1, QJsonObject{{"message"_L1, message},
                                                                {"type"_L1, type},
                                                                {"code"_L1, QJsonValue::Null}}}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

void FakeOpenAiServer::handleRequest(QTcpSocket *socket, const Request &request)
{
    m_requests.append(request);
    const int index = int(m_requests.size() - 1);

    Response r;
    if (!m_queue.isEmpty())
        r = m_queue.takeFirst();
    else if (m_handler)
        r = m_handler(request);
    else
        r = error(500, u"fake server has no scripted response"_s);
    writeAndClose(socket, responseHead(r), r.body, r.chunkSize, r.chunkDelayMs);
    Q_EMIT requestReceived(index);
}

} // namespace Workbench
