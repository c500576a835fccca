// SPDX-License-Identifier: MIT
#include "llm/anthropicprovider.h"

#include "llm/apierrors.h"
#include "llm/apijobs.h"
#include "llm/retrypolicy.h"

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
        m_connect.setSingleShot(true);
        m_wait.setSingleShot(true);
        connect(&m_idle, &QTimer::timeout, this, &AnthropicJob::onIdleTimeout);
        connect(&m_connect, &QTimer::timeout, this, &AnthropicJob::onConnectTimeout);
        connect(&m_wait, &QTimer::timeout, this, &AnthropicJob::sendAttempt);
    }

    void start() override
    {
        if (m_started || isFinished())
            return;
        m_started = true;
        m_url = AnthropicProvider::messagesUrl(m_config.baseUrl);
        QJsonObject body = m_body;
        body.insert("stream"_L1, true);
        m_payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        markStarted();
        sendAttempt();
    }

    void cancel() override
    {
        if (isFinished())
            return;
        m_wait.stop(); // cancelling during a wait between attempts is as immediate as mid-request
        dropReply();
        fail(Error{u"cancelled"_s, u"The request was cancelled."_s, {}, m_requestId});
    }

private:
    void sendAttempt()
    {
        if (isFinished())
            return;
        QNetworkRequest request(m_url);
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
        // As the SDKs do, so the server (and the transcript) can tell a retry from a new request.
        setHeader("x-stainless-retry-count", QString::number(m_retriesTaken));
        // The credential goes on the wire only, never into requestSent (it ends up in transcripts).
        if (!m_config.apiKey.isEmpty()) {
            if (m_config.bearerAuth)
                request.setRawHeader("authorization", "Bearer " + m_config.apiKey.toUtf8());
            else
                request.setRawHeader("x-api-key", m_config.apiKey.toUtf8());
        }
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

        m_errorBody.clear();
        m_headers = {};
        m_status = 0;
        m_headersSeen = false;
        m_bodyStarted = false;
        m_requestId.clear();

        const QPointer<AnthropicJob> self(this);
        Q_EMIT requestSent(shownHeaders);
        if (!self || isFinished())
            return;

        if (!m_nam) {
            QTimer::singleShot(0, this, [this] {
                fail(ApiErrors::connectionFailed(m_url, u"no network access manager"_s));
            });
            return;
        }

        m_reply = m_nam->post(request, m_payload);
        m_reply->setParent(this); // dies with the job even if the caller drops us mid-request
        connect(m_reply, &QNetworkReply::requestSent, this, [this] { m_connect.stop(); });
        connect(m_reply, &QNetworkReply::metaDataChanged, this, &AnthropicJob::onMetaData);
        connect(m_reply, &QNetworkReply::readyRead, this, &AnthropicJob::onReadyRead);
        connect(m_reply, &QNetworkReply::finished, this, &AnthropicJob::onReplyFinished);
        if (m_config.connectTimeoutMs > 0)
            m_connect.start(m_config.connectTimeoutMs);
        restartIdleTimer();
    }

    void restartIdleTimer()
    {
        if (m_config.idleTimeoutMs > 0)
            m_idle.start(m_config.idleTimeoutMs);
    }

    // Stops all network activity without letting the reply call back into us.
    void dropReply()
    {
        m_idle.stop();
        m_connect.stop();
        if (!m_reply)
            return;
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }

    // The attempt failed before any of its answer was parsed: wait and try again when the rules
    // allow it, else end the job with `error`.
    void retryOrFail(const Error &error, bool retryable)
    {
        dropReply();
        if (!retryable || m_retriesTaken >= m_config.maxRetries || m_bodyStarted) {
            fail(error);
            return;
        }
        int delay = RetryPolicy::serverDelayMs(m_headers.value("retry-after-ms"_L1).toString(),
                                               m_headers.value("retry-after"_L1).toString(),
                                               QDateTime::currentDateTimeUtc());
        if (delay < 0)
            delay = RetryPolicy::backoffMs(m_retriesTaken, RetryPolicy::randomJitter());
        ++m_retriesTaken;
        const QPointer<AnthropicJob> self(this);
        Q_EMIT retrying(m_retriesTaken + 1, m_config.maxRetries + 1, delay, error);
        if (!self || isFinished())
            return; // a slot cancelled us
        m_wait.start(m_config.actualDelay ? std::max(0, m_config.actualDelay(delay)) : delay);
    }

    void onMetaData()
    {
        const QVariant statusAttr = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!statusAttr.isValid() || m_headersSeen)
            return;
        const int status = statusAttr.toInt();
        if (status >= 300 && status < 400)
            return; // a redirect being followed; the final response comes later
        m_connect.stop();
        m_headersSeen = true;
        m_status = status;

        for (const QNetworkReply::RawHeaderPair &pair : m_reply->rawHeaderPairs()) {
            const QByteArray name = pair.first.toLower();
            if (name == "request-id" || name == "retry-after" || name == "retry-after-ms" ||
                name == "x-should-retry" || name == "content-type" ||
                name.startsWith("anthropic-ratelimit-")) {
                m_headers.insert(QString::fromLatin1(name), QString::fromUtf8(pair.second));
            }
        }
        m_requestId = m_headers.value("request-id"_L1).toString();
        setRequestId(m_requestId);
        Q_EMIT responseHeaders(status, m_headers);
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
        if (bytes.isEmpty())
            return;
        m_bodyStarted = true; // from here on, never a silent retry
        const QPointer<AnthropicJob> self(this);
        feedBytes(bytes);
        // A mid-stream `error` event (or a slot that cancelled us) ends the job; stop the transfer.
        if (self && isFinished())
            dropReply();
    }

    void onReplyFinished()
    {
        m_idle.stop();
        m_connect.stop();
        if (!m_reply || isFinished())
            return;
        if (!m_headersSeen)
            onMetaData();
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        reply->disconnect(this);
        reply->deleteLater();
        const QByteArray rest = reply->readAll();

        if (m_headersSeen && !isSuccess(m_status)) {
            m_errorBody += rest;
            const Error error = ApiErrors::fromHttpResponse(m_status, m_errorBody, m_requestId);
            retryOrFail(error,
                        RetryPolicy::shouldRetry(m_status, m_headers.value("x-should-retry"_L1).toString(),
                                                 ApiErrors::isSpendLimitReached(m_status, m_errorBody)));
            return;
        }
        if (!m_headersSeen) {
            retryOrFail(ApiErrors::connectionFailed(m_url, reply->errorString()), true);
            return;
        }
        if (!rest.isEmpty())
            m_bodyStarted = true;
        if (!m_bodyStarted) {
            // 200 and then nothing: no answer began, so this is a failed connection, not a
            // broken stream.
            retryOrFail(Error{u"incomplete_stream"_s,
                              u"The API closed the connection before the answer began."_s,
                              reply->errorString(), m_requestId},
                        true);
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

    void onConnectTimeout()
    {
        if (isFinished() || !m_reply)
            return;
        retryOrFail(ApiErrors::connectTimeout(m_url, m_config.connectTimeoutMs), true);
    }

    void onIdleTimeout()
    {
        if (isFinished() || !m_reply)
            return;
        // Before the answer began a timeout is retried like a connection failure (SDK rules).
        retryOrFail(ApiErrors::idleTimeout(m_config.idleTimeoutMs, m_requestId), true);
    }

    const AnthropicConfig m_config;
    QPointer<QNetworkAccessManager> m_nam;
    const QJsonObject m_body;
    QByteArray m_payload;
    QUrl m_url;
    QNetworkReply *m_reply = nullptr;
    QTimer m_idle;
    QTimer m_connect;
    QTimer m_wait;
    QByteArray m_errorBody;
    QJsonObject m_headers;
    QString m_requestId;
    int m_status = 0;
    int m_retriesTaken = 0;
    bool m_headersSeen = false;
    bool m_bodyStarted = false;
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

CountTokensJob *AnthropicProvider::createCountTokensJob(const QJsonObject &requestBody, QObject *parent)
{
    return new CountTokensJob(m_config, m_nam, requestBody, parent);
}

ModelsJob *AnthropicProvider::createModelsJob(QObject *parent)
{
    return new ModelsJob(m_config, m_nam, parent);
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
