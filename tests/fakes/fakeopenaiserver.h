// SPDX-License-Identifier: MIT
#pragma once

#include "fakehttp.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace Workbench {

/// A scripted OpenAI-compatible chat-completions server for tests, as Ollama or llama.cpp server
/// would answer: HTTP/1.1 on 127.0.0.1 only, one connection per request (`Connection: close`),
/// every request recorded. Each request gets the next enqueued Response; when the queue is empty
/// the handler (if set) decides, which lets a test check what came back before answering.
/// Anything else gets a 500. 2xx bodies are streamed without Content-Length and end when the
/// connection closes; error bodies carry Content-Length.
class FakeOpenAiServer : public FakeHttpServer
{
    Q_OBJECT
public:
    using Response = FakeHttpResponse;
    using Request = FakeHttpRequest;
    using Handler = std::function<Response(const Request &request)>;

    explicit FakeOpenAiServer(QObject *parent = nullptr);
    ~FakeOpenAiServer() override;

    void enqueue(const Response &r);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    [[nodiscard]] QList<Request> requests() const { return m_requests; }
    [[nodiscard]] qsizetype queued() const { return m_queue.size(); }

    /// One `chat.completion.chunk` with a single choice (index 0).
    static QJsonObject chunk(const QJsonObject &delta, const QString &finishReason = {});
    /// The final usage chunk (`choices: []`), as sent with `stream_options.include_usage`.
    static QJsonObject usageChunk(int promptTokens, int completionTokens);
    /// `data: <json>` lines for each chunk, then `data: [DONE]` when `done`.
    static QByteArray sse(const QList<QJsonObject> &chunks, bool done = true);
    /// 200, text/event-stream, body = sse(chunks, done).
    static Response stream(const QList<QJsonObject> &chunks, bool done = true);
    /// A streamed answer whose text arrives in `pieces`, finish_reason "stop", then usage.
    static Response textAnswer(const QStringList &pieces, int promptTokens = 11, int completionTokens = 7);
    /// A streamed answer with one tool call whose arguments arrive in `argumentPieces`.
    static Response toolCallAnswer(const QString &id, const QString &name, const QStringList &argumentPieces);
    /// An error in the shape OpenAI-compatible servers use: {"error":{"message","type","code"}}.
    static Response error(int status, const QString &message,
                          const QString &type = QStringLiteral("api_error"));

Q_SIGNALS:
    void requestReceived(int index);

protected:
    void handleRequest(QTcpSocket *socket, const Request &request) override;

private:
    QList<Response> m_queue;
    QList<Request> m_requests;
    Handler m_handler;
};

} // namespace Workbench
