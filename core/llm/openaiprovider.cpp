// SPDX-License-Identifier: MIT
#include "llm/openaiprovider.h"

#include "llm/apierrors.h"
#include "llm/openaiformat.h"
#include "llm/retrypolicy.h"
#include "llm/sseparser.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace Workbench {

namespace {

constexpr qsizetype kMaxErrorBody = 1 << 20;
constexpr qsizetype kMaxJsonAnswer = 64 << 20;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// The server's own words from an error body: {"error": {"message"}}, {"error": "text"},
// {"message"} or plain text.
QString serverMessage(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonValue error = json.value("error"_L1);
    QString message = error.isString() ? error.toString() : error.toObject().value("message"_L1).toString();
    if (message.isEmpty())
        message = json.value("message"_L1).toString();
    if (message.isEmpty() && json.isEmpty())
        message = QString::fromUtf8(body.left(300)).simplified();
    return message;
}

class OpenAiJob final : public ModelJob
{
public:
    OpenAiJob(const OpenAiConfig &config, QNetworkAccessManager *nam, const QJsonObject &body,
              QObject *parent)
        : ModelJob(parent)
        , m_config(config)
        , m_nam(nam)
        , m_body(body)
    {
        m_idle.setSingleShot(true);
        m_connect.setSingleShot(true);
        m_wait.setSingleShot(true);
        connect(&m_idle, &QTimer::timeout, this, &OpenAiJob::onIdleTimeout);
        connect(&m_connect, &QTimer::timeout, this, &OpenAiJob::onConnectTimeout);
        connect(&m_wait, &QTimer::timeout, this, &OpenAiJob::sendAttempt);
    }

    void start() override
    {
        if (m_started || isFinished())
            return;
        m_started = true;
        m_url = OpenAiProvider::chatCompletionsUrl(m_config.baseUrl);
        m_model = m_body.value("model"_L1).toString();
        m_payload = QJsonDocument(OpenAiFormat::chatRequest(m_body, true)).toJson(QJsonDocument::Compact);
        markStarted();
        sendAttempt();
    }

    void cancel() override
    {
        if (isFinished())
            return;
        m_wait.stop();
        dropReply();
        fail(Error{u"cancelled"_s, u"The request was cancelled."_s, {}, m_requestId});
    }

private:
    enum class Mode
    {
        Unknown, ///< no body byte yet
        Sse,
        Json, ///< the server ignored `stream: true`
    };

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
        setHeader("accept", u"text/event-stream, application/json"_s);
        setHeader("x-stainless-retry-count", QString::number(m_retriesTaken));
        // On the wire only: requestSent ends up in transcripts.
        if (!m_config.apiKey.isEmpty())
            request.setRawHeader("authorization", "Bearer " + m_config.apiKey.toUtf8());
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

        m_errorBody.clear();
        m_headers = {};
        m_status = 0;
        m_headersSeen = false;
        m_bodyStarted = false;
        m_requestId.clear();
        m_mode = Mode::Unknown;
        m_pending.clear();
        m_sse.reset();
        const QJsonArray messages = m_body.value("messages"_L1).toArray();
        // The position in the conversation makes generated tool-call ids unique within a run.
        m_translator.emplace(m_model, QString::number(messages.size()), OpenAiFormat::toolUseIds(messages));

        const QPointer<OpenAiJob> self(this);
        Q_EMIT requestSent(shownHeaders);
        if (!self || isFinished())
            return;
        if (!m_nam) {
            QTimer::singleShot(0, this, [this] {
                fail(OpenAiErrors::connectionFailed(m_url, u"no network access manager"_s));
            });
            return;
        }
        m_reply = m_nam->post(request, m_payload);
        m_reply->setParent(this);
        connect(m_reply, &QNetworkReply::requestSent, this, [this] { m_connect.stop(); });
        connect(m_reply, &QNetworkReply::metaDataChanged, this, &OpenAiJob::onMetaData);
        connect(m_reply, &QNetworkReply::readyRead, this, &OpenAiJob::onReadyRead);
        connect(m_reply, &QNetworkReply::finished, this, &OpenAiJob::onReplyFinished);
        if (m_config.connectTimeoutMs > 0)
            m_connect.start(m_config.connectTimeoutMs);
        restartIdleTimer();
    }

    void restartIdleTimer()
    {
        if (m_config.idleTimeoutMs > 0)
            m_idle.start(m_config.idleTimeoutMs);
    }

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
        const QPointer<OpenAiJob> self(this);
        Q_EMIT retrying(m_retriesTaken + 1, m_config.maxRetries + 1, delay, error);
        if (!self || isFinished())
            return;
        m_wait.start(m_config.actualDelay ? std::max(0, m_config.actualDelay(delay)) : delay);
    }

    void onMetaData()
    {
        const QVariant statusAttr = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!statusAttr.isValid() || m_headersSeen)
            return;
        const int status = statusAttr.toInt();
        if (status >= 300 && status < 400)
            return;
        m_connect.stop();
        m_headersSeen = true;
        m_status = status;
        for (const QNetworkReply::RawHeaderPair &pair : m_reply->rawHeaderPairs()) {
            const QByteArray name = pair.first.toLower();
            if (name == "request-id" || name == "x-request-id" || name == "retry-after" ||
                name == "retry-after-ms" || name == "x-should-retry" || name == "content-type" ||
                name.startsWith("x-ratelimit-")) {
                m_headers.insert(QString::fromLatin1(name), QString::fromUtf8(pair.second));
            }
        }
        m_requestId = m_headers.value("request-id"_L1).toString();
        if (m_requestId.isEmpty())
            m_requestId = m_headers.value("x-request-id"_L1).toString();
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
        const QPointer<OpenAiJob> self(this);
        consume(bytes);
        if (self && isFinished())
            dropReply();
    }

    // Routes body bytes: SSE chunks are translated as they complete; a JSON answer is collected.
    void consume(const QByteArray &bytes)
    {
        if (m_mode == Mode::Unknown) {
            m_pending += bytes;
            const QByteArray start = m_pending.trimmed();
            if (start.isEmpty())
                return;
            // "data:", "event:" or ":" (a keep-alive comment) start a stream; "{" a whole answer.
            m_mode = start.startsWith('{') ? Mode::Json : Mode::Sse;
            const QByteArray all = std::exchange(m_pending, {});
            consume(all);
            return;
        }
        if (m_mode == Mode::Json) {
            m_pending += bytes;
            if (m_pending.size() > kMaxJsonAnswer)
                fail(Error{u"response_too_large"_s,
                           u"The server's answer is larger than %1 MiB, so it was not read."_s.arg(
                               kMaxJsonAnswer >> 20),
                           {},
                           m_requestId});
            return;
        }
        const QPointer<OpenAiJob> self(this);
        for (const SseEvent &event : m_sse.feed(bytes)) {
            handleEvent(event);
            if (!self || isFinished() || m_translator->isDone())
                return;
        }
    }

    void handleEvent(const SseEvent &event)
    {
        const QPointer<OpenAiJob> self(this);
        if (event.data.trimmed() == "[DONE]") {
            Q_EMIT rawEvent(u"openai.done"_s, event.data, elapsedMs());
            if (self && !isFinished())
                complete();
            return;
        }
        Q_EMIT rawEvent(u"openai.chunk"_s, event.data, elapsedMs());
        if (!self || isFinished())
            return;
        QJsonObject chunk = QJsonDocument::fromJson(event.data).object();
        if (chunk.isEmpty())
            return; // not a JSON object: kept in the transcript above, otherwise ignored
        // `event: error` with a bare {message} body, as some servers send it.
        if (event.name == "error" && !chunk.contains("error"_L1))
            chunk = QJsonObject{{"error"_L1, chunk}};
        feedBytes(m_translator->chunk(chunk));
    }

    // The answer is complete (`[DONE]`, or the end of a body that had a finish_reason).
    void complete()
    {
        const Result<QByteArray> rest = m_translator->finish();
        if (!rest) {
            Error error = rest.error();
            error.requestId = m_requestId;
            dropReply();
            fail(error);
            return;
        }
        const QPointer<OpenAiJob> self(this);
        feedBytes(*rest);
        if (!self || isFinished())
            return;
        dropReply();
        finishStream();
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
            const Error error = OpenAiErrors::fromHttpResponse(m_status, m_errorBody, m_model, m_url);
            retryOrFail(
                Error{error.code, error.message, error.detail, m_requestId},
                RetryPolicy::shouldRetry(m_status, m_headers.value("x-should-retry"_L1).toString(), false));
            return;
        }
        if (!m_headersSeen) {
            retryOrFail(OpenAiErrors::connectionFailed(m_url, reply->errorString()), true);
            return;
        }
        if (!rest.isEmpty())
            m_bodyStarted = true;
        if (!m_bodyStarted) {
            retryOrFail(Error{u"incomplete_stream"_s,
                              u"The model server closed the connection before the answer began."_s,
                              reply->errorString(), m_requestId},
                        true);
            return;
        }
        const QPointer<OpenAiJob> self(this);
        if (!rest.isEmpty())
            consume(rest);
        if (!self || isFinished())
            return;
        if (m_mode == Mode::Json) {
            finishJsonAnswer();
            return;
        }
        const bool broken = reply->error() != QNetworkReply::NoError &&
                            reply->error() != QNetworkReply::RemoteHostClosedError;
        // No [DONE] but a finish_reason: servers that simply close the stream are complete.
        if (!broken && m_translator->hasFinishReason()) {
            complete();
            return;
        }
        fail(Error{u"incomplete_stream"_s, u"The answer stopped before it was complete."_s,
                   broken ? reply->errorString() : u"the stream ended without [DONE] or a finish_reason"_s,
                   m_requestId});
    }

    void finishJsonAnswer()
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(m_pending, &parseError);
        Q_EMIT rawEvent(u"openai.response"_s, m_pending, elapsedMs());
        if (isFinished())
            return;
        if (!doc.isObject()) {
            fail(Error{u"invalid_response"_s,
                       u"The model server's answer could not be read: it is neither a stream nor a "
                       u"JSON object."_s,
                       parseError.errorString(), m_requestId});
            return;
        }
        const QPointer<OpenAiJob> self(this);
        feedBytes(m_translator->chunk(doc.object()));
        if (self && !isFinished())
            complete();
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
        retryOrFail(ApiErrors::idleTimeout(m_config.idleTimeoutMs, m_requestId), true);
    }

    const OpenAiConfig m_config;
    QPointer<QNetworkAccessManager> m_nam;
    const QJsonObject m_body;
    QString m_model;
    QByteArray m_payload;
    QUrl m_url;
    QNetworkReply *m_reply = nullptr;
    QTimer m_idle;
    QTimer m_connect;
    QTimer m_wait;
    QByteArray m_errorBody;
    QByteArray m_pending; // bytes before the mode is known, then the whole JSON answer
    QJsonObject m_headers;
    QString m_requestId;
    SseParser m_sse;
    std::optional<OpenAiStreamTranslator> m_translator;
    Mode m_mode = Mode::Unknown;
    int m_status = 0;
    int m_retriesTaken = 0;
    bool m_headersSeen = false;
    bool m_bodyStarted = false;
    bool m_started = false;
};

} // namespace

OpenAiConfig OpenAiConfig::fromEnvironment(const QUrl &baseUrl)
{
    OpenAiConfig config;
    config.baseUrl = baseUrl;
    config.apiKey = qEnvironmentVariable("OPENAI_API_KEY");
    return config;
}

OpenAiProvider::OpenAiProvider(OpenAiConfig config, QNetworkAccessManager *nam, QObject *parent)
    : Provider(parent)
    , m_config(std::move(config))
    , m_nam(nam)
{}

QString OpenAiProvider::name() const
{
    return u"openai"_s;
}

ModelJob *OpenAiProvider::createJob(const QJsonObject &requestBody, QObject *parent)
{
    return new OpenAiJob(m_config, m_nam, requestBody, parent);
}

QUrl OpenAiProvider::chatCompletionsUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    // A base that already is the endpoint is kept as it is.
    if (!path.endsWith("/chat/completions"_L1))
        path += path.endsWith("/v1"_L1) ? "/chat/completions"_L1 : "/v1/chat/completions"_L1;
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

namespace OpenAiErrors {

Error fromHttpResponse(int status, const QByteArray &body, const QString &model, const QUrl &url)
{
    const QString said = serverMessage(body);
    const QJsonObject error = QJsonDocument::fromJson(body).object().value("error"_L1).toObject();
    QString code = error.value("type"_L1).toString();
    if (code.isEmpty())
        code = u"http_%1"_s.arg(status);
    const QString server = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
    QString message;
    switch (status) {
    case 404:
        if (said.contains("model"_L1, Qt::CaseInsensitive) ||
            (!model.isEmpty() && said.contains(model, Qt::CaseInsensitive))) {
            code = u"model_not_found"_s;
            message = u"Model not found: the server at %1 has no model \"%2\". Pull it first (for "
                      u"Ollama: ollama pull %2), or pass a name the server lists with --model."_s.arg(server,
                                                                                                      model);
        } else {
            message = u"There is no chat-completions endpoint at %1. Check --base-url (Ollama: "
                      u"http://localhost:11434/v1, llama.cpp server: http://localhost:8080/v1)."_s.arg(
                          url.toString());
        }
        break;
    case 401:
    case 403:
        message = u"The server at %1 refused the request as unauthorised. Set OPENAI_API_KEY to the key it "
                  u"expects."_s.arg(server);
        break;
    case 400:
        message = u"The model server rejected the request."_s;
        if (said.contains("tool"_L1, Qt::CaseInsensitive))
            message += u" The model may not support tool calls: choose one that does (llama.cpp "
                       u"server needs --jinja)."_s;
        break;
    case 408:
        message = u"The model server timed out waiting for the request (408)."_s;
        break;
    case 429:
        message = u"The model server is busy or rate limiting (429). Wait a moment and try again."_s;
        break;
    default:
        message = status >= 500 ? u"The model server had an error (HTTP %1). It may have run out of memory "
                                  u"loading the model; its log says more."_s.arg(status)
                                : u"The model server answered HTTP %1."_s.arg(status);
        break;
    }
    if (!said.isEmpty())
        message += u" The server said: "_s + said;
    return Error{code, message, u"HTTP %1: %2"_s.arg(status).arg(said), {}};
}

Error connectionFailed(const QUrl &url, const QString &why)
{
    const QString server = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
    return Error{u"connection_failed"_s,
                 u"Could not reach the model server at %1: is the server running at %1? (Ollama: ollama "
                 u"serve; llama.cpp: llama-server --jinja -m MODEL.gguf). Check --base-url."_s.arg(server),
                 why,
                 {}};
}

} // namespace OpenAiErrors

} // namespace Workbench
