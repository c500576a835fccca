// SPDX-License-Identifier: MIT
#pragma once

#include "llm/modeljob.h"

#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace Workbench {

/// How to reach the Messages API. Defaults match the long-documented header style (reference §1).
struct AnthropicConfig
{
    QUrl baseUrl{QStringLiteral("https://api.anthropic.com")};
    QString apiKey;
    QString anthropicVersion = QStringLiteral("2023-06-01");
    bool bearerAuth = false;    ///< `Authorization: Bearer` instead of `x-api-key`
    QStringList betas;          ///< sent comma-joined as `anthropic-beta`; omitted when empty
    int idleTimeoutMs = 300000; ///< no byte for this long → error "timeout"

    /// ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL (as the official SDKs and Claude Code read them).
    static AnthropicConfig fromEnvironment();
};

/// The Anthropic Messages API over HTTP with SSE streaming. Each job is one POST to
/// `<baseUrl>/v1/messages` whose bytes are parsed as they arrive. HTTP and network failures become
/// Error values in plain words (code = the API's error type, or "http_<status>",
/// "connection_failed", "timeout", "cancelled"). No retries.
class AnthropicProvider final : public Provider
{
    Q_OBJECT
public:
    /// `nam` is not owned and must outlive the jobs.
    AnthropicProvider(AnthropicConfig config, QNetworkAccessManager *nam, QObject *parent = nullptr);

    [[nodiscard]] QString name() const override;
    ModelJob *createJob(const QJsonObject &requestBody, QObject *parent) override;
    [[nodiscard]] const AnthropicConfig &config() const { return m_config; }

    /// `<baseUrl>/v1/messages`, keeping any path prefix of the base URL (a proxy's "/anthropic").
    static QUrl messagesUrl(const QUrl &baseUrl);

private:
    AnthropicConfig m_config;
    QPointer<QNetworkAccessManager> m_nam;
};

} // namespace Workbench
