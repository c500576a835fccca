// SPDX-License-Identifier: MIT
#include "llm/anthropicprovider.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Workbench {

namespace {

constexpr qsizetype kMaxErrorBody = 1 << 20;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

QString statusWords(int status)
{
    switch (status) {
    case 400:
        return u"The API rejected the request."_s;
    case 401:
        return u"The API key was rejected — check ANTHROPIC_API_KEY or the key in Settings."_s;
    case 402:
        return u"The API refused the request because of a billing problem with the account."_s;
    case 403:
        return u"The API key does not have permission for this request."_s;
    case 404:
        return u"The model or endpoint was not found — check the model id and ANTHROPIC_BASE_URL."_s;
    case 413:
        return u"The request is too large for the API."_s;
    case 429:
        return u"The API is rate limiting this key; wait a moment and try again."_s;
    case 529:
        return u"The API is overloaded right now; try again shortly."_s;
    default:
        break;
    }
    if (status >= 500)
        return u"The API had a server error (HTTP %1); try again shortly."_s.arg(status);
    return u"The API rejected the request (HTTP %1)."_s.arg(status);
}

class AnthropicJob final : public ModelJob
{
public:
    AnthropicJob(const AnthropicConfig &config, QNetworkAccessManager *nam, const QJsonObject &body,
                 QObject *parent)
        : ModelJob(parent)
        , m_config(config)
        , m_nam(nam)
        , m_body(body)
    {
        m_idle.setSingleShot(true);
        connect(&m_idle, &QTimer::timeout, this, &AnthropicJob::onIdleTimeout);
    }

    void start() override
    {
        if (m_started || isFinished())
            return;
        m_started = true;

        const QUrl url = AnthropicProvider::messagesUrl(m_config.baseUrl);
        QNetworkRequest request(url);
        QJsonObject shownHeaders;
        auto setHeader = [&](const QByteArray &name, const QString &value) {
            request.setRawHeader(name, value.toUtf8());
            shownHeaders.insert(QString::fromLatin1(name), value);
        };
        setHeader("content-type", u"application/json"_s);
        setHeader("accept", u"text/event-stream"_s);
        setHeader("anthropic-version", m_config.anthropicVersion);
        if (!m_config.betas.isEmpty())
            setHeader("anthropic-beta", m_config.betas.join(u','));
        // The credential goes on the wire only, never into requestSent (it ends up in transcripts).
        if (!m_config.apiKey.isEmpty()) {
            if (m_config.bearerAuth)
                request.setRawHeader("authorization", "Bearer " + m_config.apiKey.toUtf8());
            else
                request.setRawHeader("x-api-key", m_config.apiKey.toUtf8());
        }
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

        QJsonObject body = m_body;
        body.insert("stream"_L1, true);

        markStarted();
        Q_EMIT requestSent(shownHeaders);
        if (isFinished())
            return;

        if (!m_nam) {
            QTimer::singleShot(0, this, [this, url] {
                fail(Error{u"connection_failed"_s,
                           u"Could not reach the API at %1."_s.arg(url.toString()),
                           u"no network access manager"_s,
                           {}});
            });
            return;
        }

        m_url = url;
        m_reply = m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        m_reply->setParent(this); // dies with the job even if the caller drops us mid-request
        connect(m_reply, &QNetworkReply::metaDataChanged, this, &AnthropicJob::onMetaData);
        connect(m_reply, &QNetworkReply::readyRead, this, &AnthropicJob::onReadyRead);
        connect(m_reply, &QNetworkReply::finished, this, &AnthropicJob::onReplyFinished);
        restartIdleTimer();
    }

    void cancel() override
    {
        if (isFinished())
            return;
        dropReply();
        fail(Error{u"cancelled"_s, u"The request was cancelled."_s, {}, m_requestId});
    }

private:
    void restartIdleTimer()
    {
        if (m_config.idleTimeoutMs > 0)
            m_idle.start(m_config.idleTimeoutMs);
    }

    // Stops all network activity without letting the reply call back into us.
    void dropReply()
    {
        m_idle.stop();
        if (!m_reply)
            return;
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }

    void onMetaData()
    {
        const QVariant statusAttr = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!statusAttr.isValid() || m_headersSeen)
            return;
        const int status = statusAttr.toInt();
        if (status >= 300 && status < 400)
            return; // a redirect being followed; the final response comes later
        m_headersSeen = true;
        m_status = status;

        QJsonObject headers;
        for (const QNetworkReply::RawHeaderPair &pair : m_reply->rawHeaderPairs()) {
            const QByteArray name = pair.first.toLower();
            if (name == "request-id" || name == "retry-after" || name == "content-type" ||
                name.startsWith("anthropic-ratelimit-")) {
                headers.insert(QString::fromLatin1(name), QString::fromUtf8(pair.second));
            }
        }
        m_requestId = headers.value("request-id"_L1).toString();
        m_retryAfter = headers.value("retry-after"_L1).toString();
        setRequestId(m_requestId);
        Q_EMIT responseHeaders(status, headers);
    }

    void onReadyRead()
    {
        restartIdleTimer();
        if (!m_headersSeen)
            onMetaData();
        if (!m_reply)
            return;
        const QByteArray bytes = m_reply->readAll();
        if (!isSuccess(m_status)) {
            if (m_errorBody.size() < kMaxErrorBody)
                m_errorBody += bytes;
            return;
        }
        const QPointer<AnthropicJob> self(this);
        feedBytes(bytes);
        // A mid-stream `error` event (or a slot that cancelled us) ends the job; stop the transfer.
        if (self && isFinished())
            dropReply();
    }

    void onReplyFinished()
    {
        m_idle.stop();
        if (!m_reply || isFinished())
            return;
        if (!m_headersSeen)
            onMetaData();
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        reply->deleteLater();
        const QByteArray rest = reply->readAll();

        if (m_headersSeen && !isSuccess(m_status)) {
            m_errorBody += rest;
            fail(httpError());
            return;
        }
        if (!m_headersSeen) {
            fail(Error{u"connection_failed"_s,
                       u"Could not reach the API at %1."_s.arg(m_url.toString()),
                       reply->errorString(),
                       {}});
            return;
        }
        const QPointer<AnthropicJob> self(this);
        if (!rest.isEmpty())
            feedBytes(rest);
        if (!self || isFinished())
            return;
        if (reply->error() != QNetworkReply::NoError &&
            reply->error() != QNetworkReply::RemoteHostClosedError) {
            fail(Error{u"incomplete_stream"_s, u"The answer stopped before it was complete."_s,
                       reply->errorString(), m_requestId});
            return;
        }
        finishStream();
    }

    void onIdleTimeout()
    {
        if (isFinished())
            return;
        dropReply();
        fail(Error{u"timeout"_s,
                   u"The API sent nothing for %1 seconds, so the request was stopped."_s.arg(
                       m_config.idleTimeoutMs / 1000.0),
                   u"idle timeout of %1 ms"_s.arg(m_config.idleTimeoutMs), m_requestId});
    }

    Error httpError() const
    {
        const QJsonObject body = QJsonDocument::fromJson(m_errorBody).object();
        const QJsonObject apiError = body.value("error"_L1).toObject();
        QString apiMessage = apiError.value("message"_L1).toString();
        if (apiMessage.isEmpty() && apiError.isEmpty())
            apiMessage = QString::fromUtf8(m_errorBody.left(300)).simplified();
        QString code = apiError.value("type"_L1).toString();
        if (code.isEmpty())
            code = u"http_%1"_s.arg(m_status);

        QString message = statusWords(m_status);
        if (m_status == 429 && !m_retryAfter.isEmpty())
            message += u" The API asks to wait %1 seconds."_s.arg(m_retryAfter);
        if (!apiMessage.isEmpty())
            message += u" The API said: "_s + apiMessage;

        QString requestId = m_requestId;
        if (requestId.isEmpty())
            requestId = body.value("request_id"_L1).toString();
        return Error{code, message, u"HTTP %1: %2"_s.arg(m_status).arg(apiMessage), requestId};
    }

    const AnthropicConfig m_config;
    QPointer<QNetworkAccessManager> m_nam;
    const QJsonObject m_body;
    QUrl m_url;
    QNetworkReply *m_reply = nullptr;
    QTimer m_idle;
    QByteArray m_errorBody;
    QString m_requestId;
    QString m_retryAfter;
    int m_status = 0;
    bool m_headersSeen = false;
    bool m_started = false;
};

} // namespace

AnthropicConfig AnthropicConfig::fromEnvironment()
{
    AnthropicConfig config;
    config.apiKey = qEnvironmentVariable("ANTHROPIC_API_KEY");
    const QString base = qEnvironmentVariable("ANTHROPIC_BASE_URL").trimmed();
    if (!base.isEmpty()) {
        const QUrl url(base);
        // "localhost:8080" parses as a scheme; let Qt guess like a browser address bar would.
        config.baseUrl = url.scheme().startsWith(u"http"_s) ? url : QUrl::fromUserInput(base);
    }
    return config;
}

AnthropicProvider::AnthropicProvider(AnthropicConfig config, QNetworkAccessManager *nam, QObject *parent)
    : Provider(parent)
    , m_config(std::move(config))
    , m_nam(nam)
{}

QString AnthropicProvider::name() const
{
    return u"anthropic"_s;
}

ModelJob *AnthropicProvider::createJob(const QJsonObject &requestBody, QObject *parent)
{
    return new AnthropicJob(m_config, m_nam, requestBody, parent);
}

QUrl AnthropicProvider::messagesUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/v1/messages"_s);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace Workbench
