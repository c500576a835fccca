// SPDX-License-Identifier: MIT
#include "fakebridgeserver.h"

#include "fakehttp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

namespace Workbench {

namespace {

QByteArray errorJson(const QByteArray &code, const QByteArray &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), QString::fromUtf8(message)},
                                     {QStringLiteral("code"), QString::fromUtf8(code)}})
        .toJson(QJsonDocument::Compact);
}

QByteArray sseEvent(const QByteArray &name, const QByteArray &data)
{
    QByteArray out = "event: " + name + '\n';
    for (const QByteArray &line : data.split('\n'))
        out += "data: " + line + '\n';
    return out + '\n';
}

} // namespace

QList<FakeBridgeServer::Route> FakeBridgeServer::routes()
{
    // Keep in step with handle(): a status added there belongs here, and the contract test
    // checks it against the document.
    return {
        {"post", "/v1/sandbox", {200, 401}},
        {"post", "/v1/sandbox/{id}/exec", {200, 400, 401, 403}},
        {"get", "/v1/sandbox/{id}/file/{path}", {200, 401, 403, 404}},
        {"put", "/v1/sandbox/{id}/file/{path}", {200, 401, 403, 502}},
        {"post", "/v1/sandbox/{id}/persist", {200, 400, 401, 502}},
        {"post", "/v1/sandbox/{id}/hydrate", {200, 400, 401, 502}},
        {"get", "/v1/sandbox/{id}/running", {200, 401}},
        {"delete", "/v1/sandbox/{id}", {204, 401}},
        {"get", "/v1/sandbox/{id}/pty", {101, 401}},
        {"get", "/health", {200}},
        {"get", "/v1/openapi.json", {200, 401}},
    };
}

QList<QByteArray> FakeBridgeServer::errorCodes()
{
    return {"unauthorized",
            "invalid_request",
            "exec_error",
            "workspace_read_not_found",
            "workspace_archive_read_error",
            "workspace_archive_write_error"};
}

QList<QByteArray> FakeBridgeServer::execEventNames()
{
    return {"stdout", "stderr", "exit", "error"};
}

QJsonObject FakeBridgeServer::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QStringList FakeBridgeServer::Request::argv() const
{
    QStringList out;
    for (const QJsonValue &v : json().value(QLatin1String("argv")).toArray())
        out.append(v.toString());
    return out;
}

FakeBridgeServer::FakeBridgeServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_wsServer(new QWebSocketServer(QStringLiteral("fake-bridge"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server->nextPendingConnection()) {
            m_buffers.insert(s, {});
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
            connect(s, &QTcpSocket::disconnected, this, [this, s] {
                m_buffers.remove(s);
                s->deleteLater();
            });
        }
    });
    connect(m_wsServer, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *ws = m_wsServer->nextPendingConnection()) {
            ++m_ptyConnections;
            m_ptys.append(ws);
            connect(ws, &QWebSocket::binaryMessageReceived, this, [this, ws](const QByteArray &data) {
                m_ptyInput += data;
                // A PTY in cooked mode echoes input; a carriage return becomes CR LF.
                QByteArray echo = data;
                echo.replace('\r', "\r\n");
                ws->sendBinaryMessage(echo);
            });
            connect(ws, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
                m_ptyControl.append(QJsonDocument::fromJson(text.toUtf8()).object());
            });
            connect(ws, &QWebSocket::disconnected, this, [this, ws] {
                m_ptys.removeAll(ws);
                ws->deleteLater();
            });
            ws->sendTextMessage(QStringLiteral("{\"type\":\"ready\"}"));
        }
    });
}

FakeBridgeServer::~FakeBridgeServer()
{
    for (QProcess *p : std::as_const(m_processes)) {
        p->disconnect(this);
        p->kill();
        p->waitForFinished(2000);
    }
}

bool FakeBridgeServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void FakeBridgeServer::close()
{
    m_server->close();
}

QUrl FakeBridgeServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

void FakeBridgeServer::failNext(const QByteArray &pathPart, int status, const QByteArray &code,
                                const QByteArray &message)
{
    m_failures.append(Failure{pathPart, status, errorJson(code, message)});
}

QList<FakeBridgeServer::Request> FakeBridgeServer::requestsTo(const QByteArray &pathPart,
                                                              const QByteArray &method) const
{
    QList<Request> out;
    for (const Request &r : m_requests) {
        if (r.path.contains(pathPart) && (method.isEmpty() || r.method == method))
            out.append(r);
    }
    return out;
}

void FakeBridgeServer::sendToPtys(const QByteArray &bytes)
{
    for (QWebSocket *ws : std::as_const(m_ptys))
        ws->sendBinaryMessage(bytes);
}

void FakeBridgeServer::exitPtys(int code)
{
    const QList<QWebSocket *> ptys = m_ptys;
    for (QWebSocket *ws : ptys) {
        ws->sendTextMessage(QStringLiteral("{\"type\":\"exit\",\"code\":%1}").arg(code));
        ws->close();
    }
}

void FakeBridgeServer::onReadyRead(QTcpSocket *socket)
{
    // Peek until the head is complete: a WebSocket upgrade must reach QWebSocketServer unread.
    const QByteArray peek = socket->peek(socket->bytesAvailable());
    const qsizetype headEnd = peek.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    Request r;
    const QList<QByteArray> lines = peek.left(headEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    r.method = first.value(0);
    const QByteArray target = first.value(1);
    const qsizetype q = target.indexOf('?');
    r.path = q < 0 ? target : target.left(q);
    r.query = q < 0 ? QByteArray() : target.mid(q + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    if (r.headers.value("upgrade").toLower() == "websocket") {
        m_buffers.remove(socket);
        acceptPty(socket, r);
        return;
    }
    const qsizetype length = r.headers.value("content-length", "0").toLongLong();
    if (peek.size() < headEnd + 4 + length)
        return;
    socket->read(headEnd + 4);
    r.body = socket->read(length);
    m_buffers.remove(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    m_requests.append(r);
    Q_EMIT requestReceived(int(m_requests.size() - 1));
    handle(socket, r);
}

void FakeBridgeServer::acceptPty(QTcpSocket *socket, const Request &r)
{
    disconnect(socket, nullptr, this, nullptr);
    m_requests.append(r);
    Q_EMIT requestReceived(int(m_requests.size() - 1));
    if (!m_apiKey.isEmpty() && r.headers.value("authorization") != "Bearer " + m_apiKey) {
        socket->read(socket->bytesAvailable());
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        reply(socket, 401, errorJson("unauthorized", "Unauthorized"));
        return;
    }
    m_wsServer->handleConnection(socket);
}

void FakeBridgeServer::reply(QTcpSocket *socket, int status, const QByteArray &body,
                             const QByteArray &contentType)
{
    if (status == 204) {
        socket->write(FakeHttpServer::responseHead(status, {}, -1));
    } else {
        socket->write(FakeHttpServer::responseHead(status, {{"Content-Type", contentType}}, body.size()) +
                      body);
    }
    socket->disconnectFromHost();
}

void FakeBridgeServer::replyError(QTcpSocket *socket, int status, const QByteArray &code,
                                  const QByteArray &message)
{
    reply(socket, status, errorJson(code, message));
}

void FakeBridgeServer::handle(QTcpSocket *socket, const Request &r)
{
    for (qsizetype i = 0; i < m_stalls.size(); ++i) {
        if (r.path.contains(m_stalls.at(i))) {
            m_stalls.removeAt(i);
            return;
        }
    }
    for (qsizetype i = 0; i < m_failures.size(); ++i) {
        if (r.path.contains(m_failures.at(i).pathPart)) {
            const Failure f = m_failures.takeAt(i);
            reply(socket, f.status, f.body);
            return;
        }
    }
    if (r.method == "GET" && r.path == "/health") {
        reply(socket, 200, "{\"ok\":true}");
        return;
    }
    if (!r.path.startsWith("/v1/")) {
        reply(socket, 404, "404 Not Found", "text/plain");
        return;
    }
    if (!m_apiKey.isEmpty() && r.headers.value("authorization") != "Bearer " + m_apiKey) {
        replyError(socket, 401, "unauthorized", "Unauthorized");
        return;
    }
    if (r.method == "GET" && r.path == "/v1/openapi.json" && !m_openApi.isEmpty()) {
        reply(socket, 200, QJsonDocument(m_openApi).toJson(QJsonDocument::Compact));
        return;
    }
    if (r.method == "GET" && r.path == "/v1/openapi.json") {
        const QJsonObject doc{
            {QStringLiteral("openapi"), QStringLiteral("3.1.0")},
            {QStringLiteral("info"),
             QJsonObject{{QStringLiteral("title"), QStringLiteral("Cloudflare Sandbox Service API")},
                         {QStringLiteral("version"), QString::fromLatin1(openApiVersion())}}},
            {QStringLiteral("paths"), QJsonObject{}}};
        reply(socket, 200, QJsonDocument(doc).toJson(QJsonDocument::Compact));
        return;
    }
    if (r.method == "POST" && r.path == "/v1/sandbox") {
        // 16 random bytes in lower-case base32, like the bridge.
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
        QString id;
        for (int i = 0; i < 26; ++i)
            id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]);
        m_created.append(id);
        reply(socket, 200,
              QJsonDocument(QJsonObject{{QStringLiteral("id"), id}}).toJson(QJsonDocument::Compact));
        return;
    }
    static const QRegularExpression route(QStringLiteral("^/v1/sandbox/([^/]+)(/.*)?$"));
    const auto m = route.match(QString::fromUtf8(r.path));
    if (!m.hasMatch()) {
        reply(socket, 404, "404 Not Found", "text/plain");
        return;
    }
    const QString id = m.captured(1);
    const QString rest = m.captured(2);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z2-7]{1,128}$"));
    if (!idPattern.match(id).hasMatch()) {
        replyError(socket, 400, "invalid_request", "Invalid sandbox ID format");
        return;
    }
    if (r.method == "DELETE" && rest.isEmpty()) {
        m_deleted.append(id);
        reply(socket, 204, {});
        return;
    }
    if (r.method == "POST" && rest == QLatin1String("/exec")) {
        exec(socket, r, id);
        return;
    }
    if (rest.startsWith(QLatin1String("/file/"))) {
        const QString rel = QUrl::fromPercentEncoding(rest.mid(6).toUtf8());
        const QString host = hostPath(QLatin1Char('/') + rel);
        if (host.isEmpty()) {
            replyError(socket, 403, "invalid_request", "path must resolve to a location within /workspace");
            return;
        }
        if (r.method == "GET") {
            QFile f(host);
            if (!QFileInfo(host).isFile() || !f.open(QIODevice::ReadOnly)) {
                replyError(socket, 404, "workspace_read_not_found", "File not found: /" + rel.toUtf8());
                return;
            }
            reply(socket, 200, f.readAll(), "application/octet-stream");
            return;
        }
        if (r.method == "PUT") {
            QDir().mkpath(QFileInfo(host).absolutePath());
            QFile f(host);
            if (!f.open(QIODevice::WriteOnly) || f.write(r.body) != r.body.size()) {
                replyError(socket, 502, "workspace_archive_write_error", "write failed");
                return;
            }
            reply(socket, 200, "{\"ok\":true}");
            return;
        }
    }
    if (r.method == "POST" && (rest == QLatin1String("/persist") || rest == QLatin1String("/hydrate"))) {
        const bool persist = rest == QLatin1String("/persist");
        QStringList excludes;
        for (const QByteArray &pair : r.query.split('&')) {
            if (pair.startsWith("excludes="))
                excludes = QUrl::fromPercentEncoding(pair.mid(9)).split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
        for (const QString &e : std::as_const(excludes)) {
            if (e.contains(QLatin1String(".."))) {
                replyError(socket, 400, "invalid_request", "exclude paths must not contain \"..\"");
                return;
            }
        }
        if (!persist && r.body.isEmpty()) {
            replyError(socket, 400, "invalid_request", "Empty tar payload");
            return;
        }
        QProcess tar;
        QStringList args =
            persist
                ? QStringList{QStringLiteral("cf"), QStringLiteral("-"), QStringLiteral("-C"), m_workspace}
                : QStringList{QStringLiteral("xf"), QStringLiteral("-"), QStringLiteral("-C"), m_workspace};
        for (const QString &e : std::as_const(excludes))
            args.append(QStringLiteral("--exclude=./") + e);
        if (persist)
            args.append(QStringLiteral("."));
        tar.start(QStringLiteral("tar"), args);
        tar.write(r.body);
        tar.closeWriteChannel();
        tar.waitForFinished(30000);
        if (tar.exitCode() != 0) {
            replyError(socket, 502,
                       persist ? "workspace_archive_read_error" : "workspace_archive_write_error",
                       "tar failed");
            return;
        }
        if (persist)
            reply(socket, 200, tar.readAllStandardOutput(), "application/octet-stream");
        else
            reply(socket, 200, "{\"ok\":true}");
        return;
    }
    if (r.method == "GET" && rest == QLatin1String("/running")) {
        reply(socket, 200, "{\"running\":true}");
        return;
    }
    reply(socket, 404, "404 Not Found", "text/plain");
}

QString FakeBridgeServer::hostPath(const QString &sandboxPath) const
{
    const QString clean = QDir::cleanPath(sandboxPath);
    if (clean == QLatin1String("/workspace"))
        return m_workspace;
    if (!clean.startsWith(QLatin1String("/workspace/")))
        return {};
    return m_workspace + clean.mid(10);
}

void FakeBridgeServer::sendScript(QTcpSocket *socket, const ExecScript &script)
{
    QByteArray all;
    for (const auto &e : script.events)
        all += sseEvent(e.first, e.second);
    if (script.chunkSize > 0) {
        for (qsizetype i = 0; i < all.size(); i += script.chunkSize) {
            socket->write(all.mid(i, script.chunkSize));
            socket->flush();
        }
    } else {
        socket->write(all);
    }
    if (script.hang)
        return;
    if (script.dropAtEnd) {
        socket->flush();
        socket->abort();
        return;
    }
    socket->disconnectFromHost();
}

void FakeBridgeServer::exec(QTcpSocket *socket, const Request &r, const QString &)
{
    const QStringList argv = r.argv();
    if (argv.isEmpty()) {
        replyError(socket, 400, "invalid_request", "argv must be a non-empty array");
        return;
    }
    QString cwd = m_workspace;
    if (r.json().contains(QLatin1String("cwd"))) {
        cwd = hostPath(r.json().value(QLatin1String("cwd")).toString());
        if (cwd.isEmpty()) {
            replyError(socket, 403, "invalid_request", "cwd must resolve to a location within /workspace");
            return;
        }
    }
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                  "Connection: close\r\n\r\n");
    if (m_execHandler) {
        if (const auto script = m_execHandler(r)) {
            sendScript(socket, *script);
            return;
        }
    }
    auto *p = new QProcess(this);
    m_processes.append(p);
    p->setWorkingDirectory(cwd);
    p->setProgram(argv.constFirst());
    p->setArguments(argv.mid(1));
    p->setStandardInputFile(QProcess::nullDevice());
    // Output goes to the client while it listens; like the bridge, a gone client stops nothing.
    connect(p, &QProcess::readyReadStandardOutput, socket,
            [p, socket] { socket->write(sseEvent("stdout", p->readAllStandardOutput().toBase64())); });
    connect(p, &QProcess::readyReadStandardError, socket,
            [p, socket] { socket->write(sseEvent("stderr", p->readAllStandardError().toBase64())); });
    connect(p, &QProcess::finished, socket, [p, socket](int code, QProcess::ExitStatus status) {
        if (const QByteArray rest = p->readAllStandardOutput(); !rest.isEmpty())
            socket->write(sseEvent("stdout", rest.toBase64()));
        if (const QByteArray rest = p->readAllStandardError(); !rest.isEmpty())
            socket->write(sseEvent("stderr", rest.toBase64()));
        const int exitCode = status == QProcess::NormalExit ? code : 137;
        socket->write(sseEvent("exit", "{\"exit_code\":" + QByteArray::number(exitCode) + '}'));
        socket->disconnectFromHost();
    });
    connect(p, &QProcess::finished, this, [this, p] {
        m_processes.removeAll(p);
        p->deleteLater();
    });
    connect(p, &QProcess::errorOccurred, socket, [p, socket](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        socket->write(
            sseEvent("error", errorJson("exec_error", "exec failed: " + p->errorString().toUtf8())));
        socket->disconnectFromHost();
    });
    connect(p, &QProcess::errorOccurred, this, [this, p](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        m_processes.removeAll(p);
        p->deleteLater();
    });
    p->start();
}

} // namespace Workbench
