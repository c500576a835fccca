// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace Workbench {

/// Where the Cloudflare sandbox bridge lives and the key it wants (docs/cloudflare-bridge.md).
/// The key is only ever put in the Authorization header: displayUrl() is what may be shown or
/// recorded.
struct BridgeEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(Workbench::BridgeEndpoint)

public:
    QUrl url;       ///< the Worker's root, e.g. https://sandbox.example.workers.dev
    QString apiKey; ///< the Worker's SANDBOX_API_KEY; may be empty when the Worker checks none

    /// The URL without user info, query or fragment: safe for transcripts and the UI.
    [[nodiscard]] QString displayUrl() const;
    /// `path` ("/v1/sandbox") appended to the root's path.
    [[nodiscard]] QUrl resolve(const QString &path) const;
    /// URL from `explicitUrl`, else SANDBOX_BRIDGE_URL; key from SANDBOX_API_KEY unless given.
    /// Fails with a plain message when there is no usable http(s) URL.
    static Result<BridgeEndpoint> fromEnvironment(const QString &explicitUrl,
                                                  const QString &explicitKey = {});
};

/// A failed bridge exchange in plain words: what to check (the key, the URL, the Worker), never
/// the key itself. `what` names the operation ("Running the command", "Reading a.py").
[[nodiscard]] Error bridgeError(const BridgeEndpoint &endpoint, const QString &what, int httpStatus,
                                QNetworkReply::NetworkError networkError, const QString &networkText,
                                const QByteArray &body);

/// Splits an SSE byte stream into events (name + data lines joined by '\n'). Tiny on purpose:
/// core/sandbox must not depend on core/llm, and the bridge only sends `event:` and `data:`.
class BridgeSseSplitter
{
public:
    struct Event
    {
        QByteArray name;
        QByteArray data;
    };
    /// Feeds bytes (any split); returns the events completed by them.
    QList<Event> feed(QByteArrayView bytes);
    /// Bytes of an unfinished event still buffered.
    [[nodiscard]] qsizetype pending() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    Event m_current;
    bool m_hasData = false;
};

/// One request with a whole answer. Job object: created started, finished() once, then
/// status()/body()/error(). An error is set for any status outside 2xx and for transport
/// failures. Owned by `parent`.
class BridgeCall : public QObject
{
    Q_OBJECT
public:
    static BridgeCall *send(QNetworkAccessManager *nam, const BridgeEndpoint &endpoint,
                            const QByteArray &verb, const QString &path, const QByteArray &body,
                            const QByteArray &contentType, const QString &what, QObject *parent,
                            int timeoutMs = 30000);
    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    void abort();

Q_SIGNALS:
    void finished();

private:
    using QObject::QObject;
    QPointer<QNetworkReply> m_reply;
    int m_status = 0;
    QByteArray m_body;
    Error m_error;
    bool m_finished = false;
};

/// POST /v1/sandbox/{id}/exec and its SSE stream: output() per decoded stdout/stderr chunk,
/// finished() once after `exit`, `error`, an HTTP error, a lost connection or abort(). Job object,
/// started by start(); owned by `parent`.
class BridgeExecStream : public QObject
{
    Q_OBJECT
public:
    BridgeExecStream(QNetworkAccessManager *nam, BridgeEndpoint endpoint, QString sandboxId, QObject *parent);
    /// `timeoutMs` > 0 is sent as timeout_ms (the container's own limit); `cwd` as cwd.
    void start(const QStringList &argv, const QString &cwd, int timeoutMs, const QString &what);
    /// Drops the stream. The remote command keeps running: the bridge has no stop route.
    void abort();

    [[nodiscard]] bool exited() const { return m_exited; }
    [[nodiscard]] int exitCode() const { return m_exitCode; }
    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void output(bool isStderr, const QByteArray &chunk);
    void finished();

private:
    void onData();
    void onFinished();
    void finish();

    QNetworkAccessManager *m_nam;
    BridgeEndpoint m_endpoint;
    QString m_sandboxId;
    QString m_what;
    QPointer<QNetworkReply> m_reply;
    BridgeSseSplitter m_sse;
    QByteArray m_errorBody;
    bool m_streaming = false;
    bool m_exited = false;
    bool m_aborted = false;
    int m_exitCode = -1;
    Error m_error;
    bool m_finished = false;
};

/// "Test connection": GET /health (no key), then GET /v1/openapi.json (with the key) to learn
/// the bridge's API title and version. Job object; owned by `parent`.
class BridgeHealthJob : public QObject
{
    Q_OBJECT
public:
    BridgeHealthJob(QNetworkAccessManager *nam, BridgeEndpoint endpoint, QObject *parent = nullptr);
    void start();
    void cancel();
    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] QString apiTitle() const { return m_title; }
    [[nodiscard]] QString apiVersion() const { return m_version; }
    /// One line for a status bar or the CLI, e.g. "Bridge at https://… is up: Cloudflare Sandbox
    /// Service API 1.0.0".
    [[nodiscard]] QString summary() const;

Q_SIGNALS:
    void finished();

private:
    void fail(const Error &e);
    QNetworkAccessManager *m_nam;
    BridgeEndpoint m_endpoint;
    QPointer<BridgeCall> m_call;
    Error m_error;
    QString m_title;
    QString m_version;
};

} // namespace Workbench
