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

/// Response headers as (name, value), sent in order.
using FakeHttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP/1.1 request as a fake server received it.
struct FakeHttpRequest
{
    QByteArray method;
    QByteArray path;                       ///< as sent, query included
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QByteArray pathWithoutQuery() const;
};

/// An answer as the fakes send it: 2xx bodies go without Content-Length and end when the
/// connection closes (as SSE does), other bodies carry Content-Length.
struct FakeHttpResponse
{
    int status = 200;
    FakeHttpHeaders headers;
    QByteArray body;
    int chunkSize = 0;    ///< 0 = the body in one write
    int chunkDelayMs = 0; ///< pause between chunks (so the client reads them separately)
};

/// Reads the one request of a connection (the fakes close every connection after answering)
/// from its bytes as they arrive: head, then a Content-Length body.
class FakeHttpRequestReader
{
public:
    /// Adds bytes; true exactly once, when the request is complete. Later bytes are ignored.
    bool feed(const QByteArray &bytes);
    [[nodiscard]] const FakeHttpRequest &request() const { return m_request; }

private:
    QByteArray m_buffer;
    FakeHttpRequest m_request;
    qsizetype m_contentLength = -1; // -1 while the head is incomplete
    bool m_complete = false;
};

/// What every fake HTTP server shares: it listens on 127.0.0.1 only, reads the one request of
/// each connection and hands it to handleRequest(), which answers on that connection and closes
/// it. The connections belong to the server.
class FakeHttpServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)
public:
    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();                      ///< 127.0.0.1, ephemeral port
    [[nodiscard]] QUrl baseUrl() const; ///< http://127.0.0.1:PORT (no path)

    /// "HTTP/1.1 <status> <reason>", the headers, `content-length` unless `contentLength` is
    /// negative (a body that ends when the connection closes), `connection: close` and the blank line.
    static QByteArray responseHead(int status, const FakeHttpHeaders &headers, qsizetype contentLength);
    /// The head of `response`: Content-Length unless its status is 2xx.
    static QByteArray responseHead(const FakeHttpResponse &response);
    /// Writes `head` (if any), then `body` in pieces of `chunkSize` bytes (0: in one piece), each
    /// `chunkDelayMs` after the previous when positive, and closes the connection after the last.
    /// A client that goes away stops the delivery.
    static void writeAndClose(QTcpSocket *socket, const QByteArray &head, const QByteArray &body,
                              int chunkSize, int chunkDelayMs);

protected:
    /// A connection's request is complete; answer it on `socket` (or leave it open, unanswered).
    virtual void handleRequest(QTcpSocket *socket, const FakeHttpRequest &request) = 0;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server;
    QHash<QTcpSocket *, FakeHttpRequestReader> m_connections;
};

} // namespace Workbench
