// SPDX-License-Identifier: MIT
#include "llm/openaiprovider.h"

#include "llm/apierrors.h"
#include "llm/openaiformat.h"
#include "llm/sseparser.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <optional>

using namespace Qt::StringLiterals;

namespace Workbench {

namespace {

constexpr qsizetype kMaxJsonAnswer = 64 << 20;

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

// Chat-completions specifics on top of the shared HTTP streaming: the request translated from the
// Messages body, the answer (SSE chunks or one JSON object) translated back, local-server wording.
class OpenAiJob final : public HttpStreamJob
{
public:
    OpenAiJob(const OpenAiConfig &config, QNetworkAccessManager *nam, const QJsonObject &body,
              QObject *parent)
        : HttpStreamJob(config.transport(), nam, parent)
        , m_config(config)
        , m_body(body)
        , m_model(body.value("model"_L1).toString())
    {}

private:
    enum class Mode
    {
        Unknown, ///< no body byte yet
        Sse,
        Json, ///< the server ignored `stream: true`
    };

    QUrl requestUrl() const override { return OpenAiProvider::chatCompletionsUrl(m_config.baseUrl); }

    QByteArray requestPayload() const override
    {
        return QJsonDocument(OpenAiFormat::chatRequest(m_body, true)).toJson(QJsonDocument::Compact);
    }

    void prepareRequest(QNetworkRequest &request, QJsonObject &shown) const override
    {
        setShownHeader(request, shown, "accept", u"text/event-stream, application/json"_s);
        // On the wire only: requestSent ends up in transcripts.
        if (!m_config.apiKey.isEmpty())
            request.setRawHeader("authorization", "Bearer " + m_config.apiKey.toUtf8());
    }

    void resetAttempt() override
    {
        m_mode = Mode::Unknown;
        m_pending.clear();
        m_sse.reset();
        const QJsonArray messages = m_body.value("messages"_L1).toArray();
        // The position in the conversation makes generated tool-call ids unique within a run.
        m_translator.emplace(m_model, QString::number(messages.size()), OpenAiFormat::toolUseIds(messages));
    }

    bool keepsHeader(const QByteArray &name) const override
    {
        return HttpStreamJob::keepsHeader(name) || name == "x-request-id" || name.startsWith("x-ratelimit-");
    }

    HttpFailure describeHttpError(int status, const QByteArray &body) const override
    {
        return {OpenAiErrors::fromHttpResponse(status, body, m_model, url()), false};
    }

    Error connectionFailed(const QUrl &url, const QString &why) const override
    {
        return OpenAiErrors::connectionFailed(url, why);
    }

    Error closedBeforeAnswer(const QString &why) const override
    {
        return Error{u"incomplete_stream"_s,
                     u"The model server closed the connection before the answer began."_s, why, requestId()};
    }

    // Routes body bytes: SSE chunks are translated as they complete; a JSON answer is collected.
    void consumeBody(const QByteArray &bytes) override
    {
        if (m_mode == Mode::Unknown) {
            m_pending += bytes;
            const QByteArray start = m_pending.trimmed();
            if (start.isEmpty())
                return;
            // "data:", "event:" or ":" (a keep-alive comment) start a stream; "{" a whole answer.
            m_mode = start.startsWith('{') ? Mode::Json : Mode::Sse;
            const QByteArray all = std::exchange(m_pending, {});
            consumeBody(all);
            return;
        }
        if (m_mode == Mode::Json) {
            m_pending += bytes;
            if (m_pending.size() > kMaxJsonAnswer)
                fail(Error{u"response_too_large"_s,
                           u"The server's answer is larger than %1 MiB, so it was not read."_s.arg(
                               kMaxJsonAnswer >> 20),
                           {},
                           requestId()});
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
            error.requestId = requestId();
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

    void bodyEnded(bool broken, const QString &why) override
    {
        if (m_mode == Mode::Json) {
            finishJsonAnswer();
            return;
        }
        // No [DONE] but a finish_reason: servers that simply close the stream are complete.
        if (!broken && m_translator->hasFinishReason()) {
            complete();
            return;
        }
        fail(Error{u"incomplete_stream"_s, u"The answer stopped before it was complete."_s,
                   broken ? why : u"the stream ended without [DONE] or a finish_reason"_s, requestId()});
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
                       parseError.errorString(), requestId()});
            return;
        }
        const QPointer<OpenAiJob> self(this);
        feedBytes(m_translator->chunk(doc.object()));
        if (self && !isFinished())
            complete();
    }

    const OpenAiConfig m_config;
    const QJsonObject m_body;
    const QString m_model;
    QByteArray m_pending; // bytes before the mode is known, then the whole JSON answer
    SseParser m_sse;
    std::optional<OpenAiStreamTranslator> m_translator;
    Mode m_mode = Mode::Unknown;
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
