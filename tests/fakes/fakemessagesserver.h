// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace Workbench {

/// A scripted Messages API server for tests: HTTP/1.1 on 127.0.0.1, one connection per request
/// (every response says `Connection: close`). Each request gets the next enqueued Response; an
/// unscripted request gets a 500 api_error. Every response carries `request-id: req_fake_<n>`, n
/// counting requests from 1. Successful responses are streamed without Content-Length and end when
/// the connection closes, as SSE does; other responses carry Content-Length.
class FakeMessagesServer : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int chunkSize = 0;        ///< 0 = the body in one write
        int chunkDelayMs = 0;     ///< pause between chunks
        bool closeMidway = false; ///< drop the connection after half the body
        /// Close the connection after this many bytes of the status line and headers (0 = accept
        /// and close at once); -1 = off. Note: Qt's HTTP layer resends such a request by itself.
        qsizetype dropAfterHeadBytes = -1;
        /// Send the complete head, then close after this many body bytes; -1 = off.
        qsizetype dropAfterBodyBytes = -1;
        bool silent = false; ///< read the request, then never answer (for timeouts)
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
        QByteArray body;
        [[nodiscard]] QJsonObject json() const;
    };

    explicit FakeMessagesServer(QObject *parent = nullptr);
    ~FakeMessagesServer() override;

    bool listen();                      ///< 127.0.0.1, ephemeral port
    [[nodiscard]] QUrl baseUrl() const; ///< http://127.0.0.1:PORT
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

Q_SIGNALS:
    void requestReceived(int index);

private:
    struct Connection
    {
        QByteArray buffer;
        Request request;
        qsizetype contentLength = -1; ///< -1 while the headers are incomplete
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int requestIndex);

    QTcpServer *m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<Response> m_queue;
    QList<Request> m_requests;
};

} // namespace Workbench
