// SPDX-License-Identifier: MIT
#pragma once

#include "llm/httpstreamjob.h"

#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Workbench {

class ModelsJob;

/// How to reach the Messages API. Defaults match the long-documented header style (reference §1).
struct AnthropicConfig
{
    QUrl baseUrl{QStringLiteral("https://api.anthropic.com")};
    QString apiKey;
    QString anthropicVersion = QStringLiteral("2023-06-01");
    bool bearerAuth = false;     ///< `Authorization: Bearer` instead of `x-api-key`
    QStringList betas;           ///< sent comma-joined as `anthropic-beta`; omitted when empty
    int idleTimeoutMs = 300000;  ///< no byte for this long → error "timeout"
    int connectTimeoutMs = 5000; ///< no connection (request not sent) by then → "timeout", retried
    int maxRetries = 2;          ///< extra attempts after the first, as the official SDKs (reference §3)
    /// Maps each planned wait between attempts to the one actually waited; tests shorten waits
    /// with it while the job still reports the planned delay. Null: wait as planned.
    std::function<int(int plannedDelayMs)> actualDelay;

    /// The timeout and retry fields above, as the shared HTTP streaming job takes them.
    [[nodiscard]] HttpStreamOptions transport() const
    {
        return {idleTimeoutMs, connectTimeoutMs, maxRetries, actualDelay};
    }

    /// ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL (as the official SDKs and Claude Code read them).
    static AnthropicConfig fromEnvironment();
};

/// The Anthropic Messages API over HTTP with SSE streaming. Each job POSTs to
/// `<baseUrl>/v1/messages` and parses the bytes as they arrive. Failures become Error values in
/// plain words with what to do (ApiErrors; code = the API's error type, or "http_<status>",
/// "spend_limit_reached", "connection_failed", "timeout", "cancelled").
///
/// Retries follow the official SDKs (RetryPolicy): up to `maxRetries` more attempts on 408, 409,
/// 429, ≥ 500, connection failures and timeouts, obeying `x-should-retry` and waiting as
/// `retry-after-ms` / `retry-after` ask (≤ 60 s) or 0.5 s × 2^n (≤ 8 s) with jitter; each wait is
/// announced by ModelJob::retrying(). Once a byte of a successful stream has been parsed the job
/// never retries: a failure then keeps the partial message and ends the job.
class AnthropicProvider final : public Provider
{
    Q_OBJECT
public:
    /// `nam` is not owned and must outlive the jobs.
    AnthropicProvider(AnthropicConfig config, QNetworkAccessManager *nam, QObject *parent = nullptr);

    [[nodiscard]] QString name() const override;
    ModelJob *createJob(const QJsonObject &requestBody, QObject *parent) override;
    CountTokensJob *createCountTokensJob(const QJsonObject &requestBody, QObject *parent) override;
    /// Lists the models the key can use (GET /v1/models, every page). Not started; owned by `parent`.
    ModelsJob *createModelsJob(QObject *parent);
    [[nodiscard]] const AnthropicConfig &config() const { return m_config; }

    /// `<baseUrl>/v1/messages`, keeping any path prefix of the base URL (a proxy's "/anthropic").
    static QUrl messagesUrl(const QUrl &baseUrl);

private:
    AnthropicConfig m_config;
    QPointer<QNetworkAccessManager> m_nam;
};

} // namespace Workbench
