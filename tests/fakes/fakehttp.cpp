// SPDX-License-Identifier: MIT
#include "fakehttp.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Workbench {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 529:
        return "Overloaded";
    default:
        return "Status";
    }
}

} // namespace

QJsonObject FakeHttpRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray FakeHttpRequest::pathWithoutQuery() const
{
    const qsizetype query = path.indexOf('?');
    return query < 0 ? path : path.left(query);
}

bool FakeHttpRequestReader::feed(const QByteArray &bytes)
{
    if (m_complete)
        return false;
    m_buffer += bytes;
    if (m_contentLength < 0) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        m_request.method = requestLine.value(0);
        m_request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                m_request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        m_contentLength = m_request.headers.value("content-length", "0").toLongLong();
    }
    if (m_buffer.size() < m_contentLength)
        return false; // the body arrives in several reads
    m_request.body = m_buffer.left(m_contentLength);
    m_buffer.clear();
    m_complete = true;
    return true;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server->serverPort());
    return url;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, FakeHttpRequestReader{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || !it->feed(socket->readAll()))
        return;
    // A copy: answering may close the connection, which drops its reader.
    const FakeHttpRequest request = it->request();
    handleRequest(socket, request);
}

QByteArray FakeHttpServer::responseHead(int status, const FakeHttpHeaders &headers, qsizetype contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (contentLength >= 0)
        head += "content-length: " + QByteArray::number(contentLength) + "\r\n";
    return head + "connection: close\r\n\r\n";
}

QByteArray FakeHttpServer::responseHead(const FakeHttpResponse &response)
{
    const bool streamed = response.status >= 200 && response.status < 300;
    return responseHead(response.status, response.headers, streamed ? -1 : response.body.size());
}

void FakeHttpServer::writeAndClose(QTcpSocket *socket, const QByteArray &head, const QByteArray &body,
                                   int chunkSize, int chunkDelayMs)
{
    if (!head.isEmpty())
        socket->write(head);
    QList<QByteArray> chunks;
    if (chunkSize > 0) {
        for (qsizetype pos = 0; pos < body.size(); pos += chunkSize)
            chunks.append(body.mid(pos, chunkSize));
    } else if (!body.isEmpty()) {
        chunks.append(body);
    }

    if (chunkDelayMs <= 0) {
        for (const QByteArray &chunk : std::as_const(chunks)) {
            socket->write(chunk);
            socket->flush();
        }
        socket->disconnectFromHost(); // after pending bytes are written
        return;
    }

    // Paced delivery; the timer belongs to the socket so it stops when the client goes away.
    auto *timer = new QTimer(socket);
    auto remaining = std::make_shared<QList<QByteArray>>(chunks);
    const QPointer<QTcpSocket> guarded(socket);
    QObject::connect(timer, &QTimer::timeout, socket, [timer, remaining, guarded] {
        if (!guarded)
            return;
        if (remaining->isEmpty()) {
            timer->stop();
            guarded->disconnectFromHost();
            return;
        }
        guarded->write(remaining->takeFirst());
        guarded->flush();
    });
    timer->start(chunkDelayMs);
}

} // namespace Workbench
