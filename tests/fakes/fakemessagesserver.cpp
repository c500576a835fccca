// SPDX-License-Identifier: MIT
#include "fakemessagesserver.h"

#include "llm/ssewriter.h"

#include <QJsonDocument>
#include <QTcpSocket>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Workbench {

QByteArray FakeMessagesServer::errorBody(const QString &type, const QString &message, int requestNumber)
{
    const QJsonObject body{{"type"_L1, u"error"_s},
                           {"error"_L1, QJsonObject{{"type"_L1, type}, {"message"_L1, message}}},
                           {"request_id"_L1, u"req_fake_%1"_s.arg(requestNumber)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

FakeMessagesServer::FakeMessagesServer(QObject *parent)
    : FakeHttpServer(parent)
{}

FakeMessagesServer::~FakeMessagesServer() = default;

void FakeMessagesServer::enqueue(const Response &r)
{
    m_queue.append(r);
}

void FakeMessagesServer::enqueueMessage(const QJsonObject &message)
{
    Response r;
    r.headers = {{"content-type", "text/event-stream"}, {"cache-control", "no-cache"}};
    r.body = SseWriter::fromMessage(message);
    enqueue(r);
}

void FakeMessagesServer::enqueueError(int status, const QString &type, const QString &message,
                                      const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    // The request this response will answer: those already served plus those queued before it.
    const int requestNumber = int(m_requests.size() + m_queue.size() + 1);
    Response r;
    r.status = status;
    r.headers = {{"content-type", "application/json"}};
    r.headers += extraHeaders;
    r.body = errorBody(type, message, requestNumber);
    enqueue(r);
}

void FakeMessagesServer::handleRequest(QTcpSocket *socket, const Request &request)
{
    const QByteArray path = request.pathWithoutQuery();
    if (path.endsWith("/v1/messages/count_tokens")) {
        m_countRequests.append(request);
        Response r;
        if (m_countReply) {
            r = *m_countReply;
        } else {
            r.headers = {{"content-type", "application/json"}};
            r.body =
                QJsonDocument(QJsonObject{{"input_tokens"_L1, qint64(request.body.size() / 4)}}).toJson();
        }
        send(socket, r, int(m_countRequests.size()));
        return;
    }
    if (path.endsWith("/v1/models")) {
        m_modelsRequests.append(request);
        Response r;
        r.headers = {{"content-type", "application/json"}};
        if (m_modelsPages.isEmpty()) {
            r.status = 404;
            r.body =
                errorBody(u"not_found_error"_s, u"no scripted model page"_s, int(m_modelsRequests.size()));
        } else {
            r.body = QJsonDocument(m_modelsPages.takeFirst()).toJson(QJsonDocument::Compact);
        }
        send(socket, r, int(m_modelsRequests.size()));
        return;
    }
    m_requests.append(request);
    const int index = int(m_requests.size() - 1);
    respond(socket, index);
    Q_EMIT requestReceived(index);
}

void FakeMessagesServer::enqueueModelsPage(const QJsonObject &page)
{
    m_modelsPages.append(page);
}

void FakeMessagesServer::respond(QTcpSocket *socket, int requestIndex)
{
    Response r;
    if (!m_queue.isEmpty()) {
        r = m_queue.takeFirst();
    } else {
        r.status = 500;
        r.headers = {{"content-type", "application/json"}};
        r.body = errorBody(u"api_error"_s, u"fake server has no scripted response"_s, requestIndex + 1);
    }
    r.headers += m_commonHeaders;
    send(socket, r, requestIndex + 1);
}

void FakeMessagesServer::send(QTcpSocket *socket, Response r, int requestNumber)
{
    const bool hasRequestId = std::any_of(r.headers.cbegin(), r.headers.cend(), [](const auto &header) {
        return header.first.toLower() == "request-id";
    });
    if (!hasRequestId)
        r.headers.append({"request-id", "req_fake_" + QByteArray::number(requestNumber)});
    QByteArray head = responseHead(r);
    if (r.silent)
        return; // the client's timeouts have to deal with it

    QByteArray body = r.body;
    if (r.closeMidway)
        body.truncate(body.size() / 2);
    if (r.dropAfterHeadBytes >= 0) {
        head.truncate(r.dropAfterHeadBytes);
        body.clear();
    } else if (r.dropAfterBodyBytes >= 0) {
        body.truncate(r.dropAfterBodyBytes);
    }
    writeAndClose(socket, head, body, r.chunkSize, r.chunkDelayMs);
}

} // namespace Workbench

namespace Workbench {

FullBacklogListener::FullBacklogListener() = default;

FullBacklogListener::~FullBacklogListener()
{
    for (int fd : std::as_const(m_fillers))
        ::close(fd);
    if (m_listenFd >= 0)
        ::close(m_listenFd);
}

bool FullBacklogListener::start()
{
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    // Backlog 0: the kernel queues at most one finished handshake; nobody ever accepts it.
    if (m_listenFd < 0 || ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(m_listenFd, 0) != 0 ||
        ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        m_error = QString::fromLocal8Bit(::strerror(errno));
        return false;
    }
    m_port = ntohs(addr.sin_port);
    // Fill the queue: non-blocking connects until one stays pending (its SYN was dropped).
    for (int i = 0; i < 8; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (fd < 0)
            break;
        m_fillers.append(fd);
        const int rc = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        if (rc == 0 || errno != EINPROGRESS)
            continue;
        pollfd p{fd, POLLOUT, 0};
        if (::poll(&p, 1, 200) == 0)
            return true; // still connecting: the queue is full
    }
    m_error = u"the accept queue never filled up"_s;
    return false;
}

QUrl FullBacklogListener::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

} // namespace Workbench
