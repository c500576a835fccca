// SPDX-License-Identifier: MIT
#pragma once

#include "llm/httpstreamjob.h"

#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Workbench {

/// How to reach an OpenAI-compatible chat-completions server (Ollama, llama.cpp server, vLLM).
struct OpenAiConfig
{
    QUrl baseUrl;               ///< required: e.g. http://localhost:11434 or http://localhost:8080/v1
    QString apiKey;             ///< optional; sent as `Authorization: Bearer`, never shown or logged
    int idleTimeoutMs = 300000; ///< no byte for this long → "timeout" (a local model may think slowly)
    int connectTimeoutMs = 5000;
    int maxRetries = 2; ///< same rules as the Anthropic client (RetryPolicy)
    /// Maps each planned wait to the one actually waited (tests); null: wait as planned.
    std::function<int(int plannedDelayMs)> actualDelay;

    /// The timeout and retry fields above, as the shared HTTP streaming job takes them.
    [[nodiscard]] HttpStreamOptions transport() const
    {
        return {idleTimeoutMs, connectTimeoutMs, maxRetries, actualDelay};
    }

    /// `baseUrl` plus OPENAI_API_KEY from the environment (local servers mostly ignore it).
    static OpenAiConfig fromEnvironment(const QUrl &baseUrl);
};

/// A Provider for OpenAI-compatible local servers. Each job takes the Messages request body the
/// agent loop builds, sends it translated (OpenAiFormat::chatRequest) to chatCompletionsUrl()
/// with `stream: true`, and turns the answer back into Messages API events
/// (OpenAiStreamTranslator), so the loop sees the same message, stop reasons and usage as from
/// Claude. A server that ignores `stream` and answers with one JSON object is understood too.
///
/// The transcript keeps what the server sent: each chunk is reported by rawEvent() under the
/// name "openai.chunk" (the `[DONE]` line as "openai.done"), followed by the Messages events it
/// became.
///
/// Failures are Error values in plain words: a refused connection asks whether the server is
/// running at the URL, a 404 naming the model says to pull it first. Retries follow RetryPolicy
/// (408, 409, 429, ≥ 500, connection failures; `retry-after` honoured), never once the answer
/// began.
class OpenAiProvider final : public Provider
{
    Q_OBJECT
public:
    /// `nam` is not owned and must outlive the jobs.
    OpenAiProvider(OpenAiConfig config, QNetworkAccessManager *nam, QObject *parent = nullptr);

    [[nodiscard]] QString name() const override;
    ModelJob *createJob(const QJsonObject &requestBody, QObject *parent) override;
    [[nodiscard]] const OpenAiConfig &config() const { return m_config; }

    /// `<base>/chat/completions` when the base path already ends in "/v1" (how Ollama and
    /// llama.cpp document their base URLs), the base itself when it is already the full
    /// endpoint, otherwise `<base>/v1/chat/completions`.
    static QUrl chatCompletionsUrl(const QUrl &baseUrl);

private:
    OpenAiConfig m_config;
    QPointer<QNetworkAccessManager> m_nam;
};

/// Errors of OpenAI-compatible servers in plain words (exposed for tests).
namespace OpenAiErrors {
/// An HTTP error answer. `code` is "model_not_found" for a 404 about the model, else the
/// server's error type or "http_<status>"; `detail` is "HTTP <status>: <server message>".
[[nodiscard]] Error fromHttpResponse(int status, const QByteArray &body, const QString &model,
                                     const QUrl &url);
[[nodiscard]] Error connectionFailed(const QUrl &url, const QString &why);
} // namespace OpenAiErrors

} // namespace Workbench
