// SPDX-License-Identifier: MIT
#pragma once

#include "fakehttp.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

#include <optional>

namespace Workbench {

/// A scripted Messages API server for tests: HTTP/1.1 on 127.0.0.1, one connection per request
/// (every response says `Connection: close`). Each request gets the next enqueued Response; an
/// unscripted request gets a 500 api_error. Every response carries `request-id: req_fake_<n>`, n
/// counting requests from 1. Successful responses are streamed without Content-Length and end when
/// the connection closes, as SSE does; other responses carry Content-Length.
///
/// Only POST /v1/messages takes the scripted queue and counts in requests(). POST
/// /v1/messages/count_tokens is answered on its own (countTokensRequests(), setCountTokensReply())
/// and GET /v1/models from its own page queue (modelsRequests(), enqueueModelsPage()), so a
/// client that counts tokens or lists models does not disturb a test's script.
class FakeMessagesServer : public FakeHttpServer
{
    Q_OBJECT
public:
    struct Response : FakeHttpResponse
    {
        bool closeMidway = false; ///< drop the connection after half the body
        /// Close the connection after this many bytes of the status line and headers (0 = accept
        /// and close at once); -1 = off. Note: Qt's HTTP layer resends such a request by itself.
        qsizetype dropAfterHeadBytes = -1;
        /// Send the complete head, then close after this many body bytes; -1 = off.
        qsizetype dropAfterBodyBytes = -1;
        bool silent = false; ///< read the request, then never answer (for timeouts)
    };
    using Request = FakeHttpRequest;

    explicit FakeMessagesServer(QObject *parent = nullptr);
    ~FakeMessagesServer() override;

    void enqueue(const Response &r);
    /// 200, text/event-stream, body = SseWriter::fromMessage(message).
    void enqueueMessage(const QJsonObject &message);
    /// An API-shaped error body ({"type":"error","error":{type,message},"request_id"}).
    void enqueueError(int status, const QString &type, const QString &message,
                      const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    /// The body enqueueError() sends for request number `requestNumber` (from 1).
    static QByteArray errorBody(const QString &type, const QString &message, int requestNumber);
    /// Requests not yet answered by a scripted response.
    [[nodiscard]] qsizetype queued() const { return m_queue.size(); }
    [[nodiscard]] QList<Request> requests() const { return m_requests; }

    /// The answer to every count_tokens request. Default: 200 {"input_tokens": body bytes / 4}.
    void setCountTokensReply(const Response &r) { m_countReply = r; }
    [[nodiscard]] QList<Request> countTokensRequests() const { return m_countRequests; }
    /// The next GET /v1/models answer (200, JSON); without one, a 404 not_found_error.
    void enqueueModelsPage(const QJsonObject &page);
    [[nodiscard]] QList<Request> modelsRequests() const { return m_modelsRequests; }
    /// Extra headers sent with every scripted /v1/messages response (e.g. rate limits).
    void setCommonHeaders(const QList<QPair<QByteArray, QByteArray>> &headers) { m_commonHeaders = headers; }

Q_SIGNALS:
    void requestReceived(int index);

protected:
    void handleRequest(QTcpSocket *socket, const Request &request) override;

private:
    void respond(QTcpSocket *socket, int requestIndex);
    void send(QTcpSocket *socket, Response r, int requestNumber);

    QList<Response> m_queue;
    QList<Request> m_requests;
    std::optional<Response> m_countReply;
    QList<Request> m_countRequests;
    QList<QJsonObject> m_modelsPages;
    QList<Request> m_modelsRequests;
    QList<QPair<QByteArray, QByteArray>> m_commonHeaders;
};

/// A 127.0.0.1 listener whose accept queue is full, so a new connection attempt is never
/// completed (Linux drops the SYN while the queue is full): the client's connect timeout is the
/// only way out. Used instead of an unroutable "blackhole" address, which tests may not use.
class FullBacklogListener
{
public:
    FullBacklogListener();
    ~FullBacklogListener();
    /// Listens and fills the queue; false (with the reason in errorString()) if that failed.
    bool start();
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    int m_listenFd = -1;
    QList<int> m_fillers;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Workbench
