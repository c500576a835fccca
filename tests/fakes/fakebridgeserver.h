// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QProcess;
class QWebSocket;
class QWebSocketServer;

namespace Workbench {

/// A Cloudflare sandbox bridge for tests (the subset in docs/cloudflare-bridge.md), on 127.0.0.1:
/// POST /v1/sandbox, exec with SSE, file GET/PUT, persist/hydrate, DELETE, /health,
/// /v1/openapi.json and the PTY WebSocket (an echo). Routes, statuses and the event encoding
/// follow @cloudflare/sandbox 0.12.10. Every request is recorded. By default exec really runs
/// argv on this machine (QProcess, unsandboxed: tests only pass their own commands) with
/// /workspace mapped to workspaceDir(); like the real bridge, a dropped stream does not stop
/// the process. An exec handler can script the stream instead, and failNext() makes any route
/// fail in a documented way.
class FakeBridgeServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path; ///< without the query
        QByteArray query;
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
        QByteArray body;
        [[nodiscard]] QJsonObject json() const;
        [[nodiscard]] QStringList argv() const; ///< exec: the body's argv
    };
    /// A scripted exec answer: SSE events as (name, data) sent in order, `chunkSize` bytes per
    /// write (0: each event in one write).
    struct ExecScript
    {
        QList<QPair<QByteArray, QByteArray>> events;
        int chunkSize = 0;
        bool dropAtEnd = false; ///< close the connection without a terminal event
        bool hang = false;      ///< keep the stream open after the events
    };
    using ExecHandler = std::function<std::optional<ExecScript>(const Request &)>;
    /// A route as the OpenAPI document names it ("/v1/sandbox/{id}/exec"), with every status the
    /// fake answers on its own (failNext() aside). The 400 for a malformed sandbox id, which the
    /// bridge's middleware sends on every /v1/sandbox/{id} route, is left out: the document
    /// lists it only where a handler sends 400 too.
    struct Route
    {
        QByteArray method; ///< lower case, as in the document ("post")
        QByteArray path;
        QList<int> statuses;
    };

    explicit FakeBridgeServer(QObject *parent = nullptr);
    ~FakeBridgeServer() override;

    bool listen();
    /// Stops listening (a test of an unreachable bridge).
    void close();
    [[nodiscard]] QUrl baseUrl() const;
    /// The Bearer key every /v1 route wants (empty: none, like a Worker without the secret).
    void setApiKey(const QString &key) { m_apiKey = key.toUtf8(); }
    /// The host folder standing for /workspace.
    void setWorkspaceDir(const QString &dir) { m_workspace = dir; }
    [[nodiscard]] QString workspaceDir() const { return m_workspace; }
    /// Decides per exec request; std::nullopt runs the command for real.
    void setExecHandler(ExecHandler handler) { m_execHandler = std::move(handler); }
    /// The next request whose path contains `pathPart` gets `status` with an ErrorResponse body.
    void failNext(const QByteArray &pathPart, int status, const QByteArray &code, const QByteArray &message);
    /// The next request whose path contains `pathPart` is read and never answered.
    void stallNext(const QByteArray &pathPart) { m_stalls.append(pathPart); }

    [[nodiscard]] QList<Request> requests() const { return m_requests; }
    [[nodiscard]] QList<Request> requestsTo(const QByteArray &pathPart, const QByteArray &method = {}) const;
    [[nodiscard]] QStringList createdIds() const { return m_created; }
    [[nodiscard]] QStringList deletedIds() const { return m_deleted; }
    /// Text frames the PTY clients sent (resize messages), and their binary input.
    [[nodiscard]] QList<QJsonObject> ptyControlMessages() const { return m_ptyControl; }
    [[nodiscard]] QByteArray ptyInput() const { return m_ptyInput; }
    [[nodiscard]] int ptyConnections() const { return m_ptyConnections; }
    [[nodiscard]] int openPtys() const { return int(m_ptys.size()); }
    /// Sends `bytes` to every PTY client as terminal output (a program's escape sequences).
    void sendToPtys(const QByteArray &bytes);
    /// Closes every PTY WebSocket with {"type":"exit"} first.
    void exitPtys(int code);

    static const char *openApiVersion() { return "1.0.0"; }
    /// What the fake implements, for the test that holds it to the OpenAPI document.
    static QList<Route> routes();
    /// The `code` values of the error bodies the fake sends on its own.
    static QList<QByteArray> errorCodes();
    /// The SSE event names of the exec stream.
    static QList<QByteArray> execEventNames();
    /// Served at /v1/openapi.json instead of the built-in stub (title and version only).
    void setOpenApiDocument(const QJsonObject &document) { m_openApi = document; }

Q_SIGNALS:
    void requestReceived(int index);

private:
    struct Failure
    {
        QByteArray pathPart;
        int status;
        QByteArray body;
    };
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &r);
    void reply(QTcpSocket *socket, int status, const QByteArray &body,
               const QByteArray &contentType = QByteArrayLiteral("application/json"));
    void replyError(QTcpSocket *socket, int status, const QByteArray &code, const QByteArray &message);
    void exec(QTcpSocket *socket, const Request &r, const QString &id);
    void sendScript(QTcpSocket *socket, const ExecScript &script);
    QString hostPath(const QString &sandboxPath) const; ///< empty when outside /workspace
    void acceptPty(QTcpSocket *socket, const Request &r);

    QTcpServer *m_server;
    QWebSocketServer *m_wsServer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    QByteArray m_apiKey;
    QString m_workspace;
    ExecHandler m_execHandler;
    QList<Failure> m_failures;
    QList<QByteArray> m_stalls;
    QStringList m_created;
    QStringList m_deleted;
    QList<QProcess *> m_processes;
    QList<QWebSocket *> m_ptys;
    QList<QJsonObject> m_ptyControl;
    QByteArray m_ptyInput;
    QJsonObject m_openApi;
    int m_ptyConnections = 0;
};

} // namespace Workbench
