// SPDX-License-Identifier: MIT
#include "sandbox/bridgeclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace Workbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Workbench", text); // the context lupdate gives free functions here
}

Error make(const char *code, const QString &message, const QString &detail = {})
{
    return Error{QString::fromLatin1(code), message, detail, {}};
}

} // namespace

QString BridgeEndpoint::displayUrl() const
{
    QUrl u = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                          QUrl::StripTrailingSlash);
    if (u.path() == QLatin1String("/"))
        u.setPath(QString());
    return u.toString();
}

QUrl BridgeEndpoint::resolve(const QString &path) const
{
    QUrl u = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    // Encoded form: file paths were percent-encoded segment by segment by the caller.
    QString base = u.path(QUrl::FullyEncoded);
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + path, QUrl::StrictMode);
    return u;
}

Result<BridgeEndpoint> BridgeEndpoint::fromEnvironment(const QString &explicitUrl, const QString &explicitKey)
{
    const QString text = explicitUrl.isEmpty() ? qEnvironmentVariable("SANDBOX_BRIDGE_URL") : explicitUrl;
    if (text.trimmed().isEmpty())
        return make("bridge_no_url",
                    tr("No sandbox bridge URL: pass --bridge-url URL or set SANDBOX_BRIDGE_URL "
                       "(the address of your deployed sandbox bridge Worker)."));
    BridgeEndpoint e;
    e.url = QUrl(text.trimmed(), QUrl::StrictMode);
    if (!e.url.isValid() ||
        (e.url.scheme() != QLatin1String("https") && e.url.scheme() != QLatin1String("http")) ||
        e.url.host().isEmpty())
        return make(
            "bridge_bad_url",
            tr("The sandbox bridge URL must be an http(s) address such as https://sandbox.example.com."));
    if (!e.url.userInfo().isEmpty())
        return make("bridge_bad_url",
                    tr("Do not put credentials in the bridge URL; set SANDBOX_API_KEY instead."));
    e.apiKey = explicitKey.isEmpty() ? qEnvironmentVariable("SANDBOX_API_KEY") : explicitKey;
    return e;
}

Error bridgeError(const BridgeEndpoint &endpoint, const QString &what, int status,
                  QNetworkReply::NetworkError networkError, const QString &networkText,
                  const QByteArray &body)
{
    const QString where = endpoint.displayUrl();
    if (status == 0) {
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
            return make("bridge_unreachable",
                        tr("%1 failed: the sandbox bridge at %2 refused the connection. Is the URL right and "
                           "the Worker deployed?")
                            .arg(what, where));
        case QNetworkReply::HostNotFoundError:
            return make(
                "bridge_unreachable",
                tr("%1 failed: the host of the sandbox bridge URL %2 was not found.").arg(what, where));
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::UnknownNetworkError:
            if (networkError == QNetworkReply::SslHandshakeFailedError ||
                networkText.contains(QLatin1String("SSL"), Qt::CaseInsensitive) ||
                networkText.contains(QLatin1String("TLS"), Qt::CaseInsensitive))
                return make("bridge_tls",
                            tr("%1 failed: the secure (TLS) connection to the sandbox bridge at %2 could not "
                               "be established. Check the certificate and the URL.")
                                .arg(what, where),
                            networkText);
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return make("bridge_timeout",
                        tr("%1 failed: the sandbox bridge at %2 did not answer in time.").arg(what, where));
        case QNetworkReply::RemoteHostClosedError:
            return make("bridge_connection_lost",
                        tr("%1 failed: the sandbox bridge at %2 closed the connection.").arg(what, where));
        default:
            break;
        }
        return make("bridge_unreachable",
                    tr("%1 failed: the sandbox bridge at %2 could not be reached.").arg(what, where),
                    networkText);
    }

    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString code = o.value(QLatin1String("code")).toString();
    QString said = o.value(QLatin1String("error")).toString();
    if (said.isEmpty() && !body.isEmpty() && body.size() < 300 && o.isEmpty())
        said = QString::fromUtf8(body).trimmed();
    if (status == 401)
        return make(
            "bridge_unauthorized",
            tr("%1 failed: the sandbox bridge at %2 rejected the API key (401). Set SANDBOX_API_KEY, or "
               "store the key in the app's settings; it must equal the Worker's SANDBOX_API_KEY secret.")
                .arg(what, where));
    if (status == 404 && code == QLatin1String("workspace_read_not_found"))
        return make("bridge_file_not_found", tr("%1 failed: no such file in the sandbox.").arg(what), said);
    if (status == 404)
        return make("bridge_not_found",
                    tr("%1 failed: the sandbox bridge at %2 has no such route (404). Is the URL the Worker's "
                       "root, and is that Worker a sandbox bridge?")
                        .arg(what, where),
                    said);
    if (status == 403)
        return make("bridge_forbidden",
                    tr("%1 failed: the bridge refused a path outside /workspace (403).").arg(what), said);
    if (status == 413)
        return make("bridge_too_large",
                    tr("%1 failed: the bridge refused the data as too large (413; at most "
                       "32 MiB per file).")
                        .arg(what),
                    said);
    if (status == 503 && code == QLatin1String("capacity_exceeded"))
        return make(
            "bridge_capacity",
            tr("%1 failed: Cloudflare has no sandbox capacity left for this Worker (its max_instances "
               "is reached). Try again later or raise the limit in wrangler.jsonc.")
                .arg(what),
            said);
    if (status == 400)
        return make("bridge_invalid_request",
                    tr("%1 failed: the bridge called the request invalid (400).").arg(what), said);
    if (status >= 500)
        return make("bridge_server_error",
                    tr("%1 failed: the sandbox bridge at %2 reported a failure on its side (%3).")
                        .arg(what, where)
                        .arg(status),
                    said);
    return make(
        "bridge_http_error",
        tr("%1 failed: the sandbox bridge at %2 answered with status %3.").arg(what, where).arg(status),
        said);
}

QList<BridgeSseSplitter::Event> BridgeSseSplitter::feed(QByteArrayView bytes)
{
    QList<Event> out;
    m_buffer.append(bytes);
    qsizetype from = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', from);
        if (nl < 0)
            break;
        QByteArrayView line(m_buffer.constData() + from, nl - from);
        from = nl + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            if (m_hasData || !m_current.name.isEmpty())
                out.append(std::move(m_current));
            m_current = Event{};
            m_hasData = false;
            continue;
        }
        if (line.startsWith(':'))
            continue; // comment / keep-alive
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView field = colon < 0 ? line : line.first(colon);
        QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
        if (field == "event") {
            m_current.name = value.toByteArray();
        } else if (field == "data") {
            if (m_hasData)
                m_current.data.append('\n');
            m_current.data.append(value);
            m_hasData = true;
        }
    }
    m_buffer.remove(0, from);
    return out;
}

BridgeCall *BridgeCall::send(QNetworkAccessManager *nam, const BridgeEndpoint &endpoint,
                             const QByteArray &verb, const QString &path, const QByteArray &body,
                             const QByteArray &contentType, const QString &what, QObject *parent,
                             int timeoutMs)
{
    auto *call = new BridgeCall(parent);
    QNetworkRequest req(endpoint.resolve(path));
    if (!endpoint.apiKey.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + endpoint.apiKey.toUtf8());
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nam->sendCustomRequest(req, verb, body);
    call->m_reply = reply;
    reply->setParent(call);
    connect(reply, &QNetworkReply::finished, call, [call, reply, endpoint, what] {
        call->m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        call->m_body = reply->isOpen() ? reply->readAll() : QByteArray();
        if (call->m_status < 200 || call->m_status >= 300 ||
            (reply->error() != QNetworkReply::NoError && call->m_status == 0))
            call->m_error = bridgeError(endpoint, what, call->m_status, reply->error(), reply->errorString(),
                                        call->m_body);
        call->m_finished = true;
        reply->deleteLater();
        Q_EMIT call->finished();
    });
    return call;
}

void BridgeCall::abort()
{
    if (m_reply)
        m_reply->abort();
}

BridgeHealthJob::BridgeHealthJob(QNetworkAccessManager *nam, BridgeEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoint(std::move(endpoint))
{}

void BridgeHealthJob::start()
{
    BridgeEndpoint open = m_endpoint;
    open.apiKey.clear(); // /health is unauthenticated: do not send the key where it is not needed
    m_call = BridgeCall::send(m_nam, open, "GET", QStringLiteral("/health"), {}, {},
                              tr("Checking the bridge's health"), this, 15000);
    connect(m_call, &BridgeCall::finished, this, [this] {
        if (!m_call->error().isNull()) {
            Error e = m_call->error();
            if (m_call->status() == 503)
                e.message = tr("The sandbox bridge at %1 is up but misconfigured (503).")
                                .arg(m_endpoint.displayUrl());
            fail(e);
            return;
        }
        m_call = BridgeCall::send(m_nam, m_endpoint, "GET", QStringLiteral("/v1/openapi.json"), {}, {},
                                  tr("Reading the bridge's API description"), this, 15000);
        connect(m_call, &BridgeCall::finished, this, [this] {
            if (!m_call->error().isNull()) {
                fail(m_call->error());
                return;
            }
            const QJsonObject info =
                QJsonDocument::fromJson(m_call->body()).object().value(QLatin1String("info")).toObject();
            m_title = info.value(QLatin1String("title")).toString();
            m_version = info.value(QLatin1String("version")).toString();
            if (m_version.isEmpty()) {
                fail(make("bridge_protocol",
                          tr("The server at %1 answered, but not with a sandbox bridge's API "
                             "description.")
                              .arg(m_endpoint.displayUrl())));
                return;
            }
            Q_EMIT finished();
        });
    });
}

void BridgeHealthJob::cancel()
{
    if (m_call)
        m_call->abort();
}

void BridgeHealthJob::fail(const Error &e)
{
    m_error = e;
    Q_EMIT finished();
}

QString BridgeHealthJob::summary() const
{
    if (!m_error.isNull())
        return m_error.toString();
    return tr("The sandbox bridge at %1 is up: %2 %3").arg(m_endpoint.displayUrl(), m_title, m_version);
}

} // namespace Workbench

namespace Workbench {

BridgeExecStream::BridgeExecStream(QNetworkAccessManager *nam, BridgeEndpoint endpoint, QString sandboxId,
                                   QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoint(std::move(endpoint))
    , m_sandboxId(std::move(sandboxId))
{}

void BridgeExecStream::start(const QStringList &argv, const QString &cwd, int timeoutMs, const QString &what)
{
    m_what = what;
    QJsonObject body{{QStringLiteral("argv"), QJsonArray::fromStringList(argv)}};
    if (timeoutMs > 0)
        body.insert(QStringLiteral("timeout_ms"), timeoutMs);
    if (!cwd.isEmpty())
        body.insert(QStringLiteral("cwd"), cwd);
    QNetworkRequest req(m_endpoint.resolve(QStringLiteral("/v1/sandbox/%1/exec").arg(m_sandboxId)));
    if (!m_endpoint.apiKey.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_endpoint.apiKey.toUtf8());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", "text/event-stream");
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // The stream may be silent for as long as the command is; the caller owns the wall clock.
    req.setTransferTimeout(0);
    m_reply = m_nam->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::readyRead, this, &BridgeExecStream::onData);
    connect(m_reply, &QNetworkReply::finished, this, &BridgeExecStream::onFinished);
}

void BridgeExecStream::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    finish(); // disconnects before aborting, so the abort is not taken for a lost connection
}

void BridgeExecStream::onData()
{
    if (m_finished || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        m_errorBody += m_reply->readAll();
        return;
    }
    m_streaming = true;
    const QList<BridgeSseSplitter::Event> events = m_sse.feed(m_reply->readAll());
    for (const auto &e : events) {
        if (m_finished)
            return;
        if (e.name == "stdout" || e.name == "stderr") {
            const auto decoded =
                QByteArray::fromBase64Encoding(e.data, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                m_error = Error{QStringLiteral("bridge_protocol"),
                                tr("%1 failed: the bridge sent output that is not base64.").arg(m_what),
                                {},
                                {}};
                finish();
                return;
            }
            Q_EMIT output(e.name == "stderr", *decoded);
        } else if (e.name == "exit") {
            const QJsonObject o = QJsonDocument::fromJson(e.data).object();
            m_exited = o.value(QLatin1String("exit_code")).isDouble();
            m_exitCode = o.value(QLatin1String("exit_code")).toInt(-1);
            if (!m_exited)
                m_error = Error{QStringLiteral("bridge_protocol"),
                                tr("%1 failed: the bridge's exit event has no exit code.").arg(m_what),
                                QString::fromUtf8(e.data.left(200)),
                                {}};
            finish();
        } else if (e.name == "error") {
            const QJsonObject o = QJsonDocument::fromJson(e.data).object();
            m_error = Error{QStringLiteral("bridge_exec_error"),
                            tr("%1 failed: the sandbox reported an error (%2).")
                                .arg(m_what, o.value(QLatin1String("code")).toString()),
                            o.value(QLatin1String("error")).toString(),
                            {}};
            finish();
        }
    }
}

void BridgeExecStream::onFinished()
{
    if (m_finished)
        return;
    onData();
    if (m_finished)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 || (!m_streaming && m_reply->error() != QNetworkReply::NoError)) {
        m_errorBody += m_reply->readAll();
        m_error =
            bridgeError(m_endpoint, m_what, status, m_reply->error(), m_reply->errorString(), m_errorBody);
    } else {
        // The stream ended without `exit` or `error`: the outcome of the command is unknown.
        m_error = Error{QStringLiteral("bridge_connection_lost"),
                        tr("%1: the connection to the sandbox bridge at %2 was lost before the command "
                           "finished; its outcome is unknown (it was not retried).")
                            .arg(m_what, m_endpoint.displayUrl()),
                        m_reply->error() == QNetworkReply::NoError ? QString() : m_reply->errorString(),
                        {}};
    }
    finish();
}

void BridgeExecStream::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        if (!m_reply->isFinished())
            m_reply->abort();
        m_reply->deleteLater();
    }
    Q_EMIT finished();
}

} // namespace Workbench
