// SPDX-License-Identifier: MIT
#include "llm/anthropicprovider.h"

#include "llm/apierrors.h"
#include "llm/apijobs.h"
#include "llm/httpstreamjob.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Workbench {

namespace {

// Messages API specifics on top of the shared HTTP streaming: headers, credential, error wording.
class AnthropicJob final : public HttpStreamJob
{
public:
    AnthropicJob(const AnthropicConfig &config, QNetworkAccessManager *nam, const QJsonObject &body,
                 QObject *parent)
        : HttpStreamJob(config.transport(), nam, parent)
        , m_config(config)
        , m_body(body)
    {}

private:
    QUrl requestUrl() const override { return AnthropicProvider::messagesUrl(m_config.baseUrl); }

    QByteArray requestPayload() const override
    {
        QJsonObject body = m_body;
        body.insert("stream"_L1, true);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    void prepareRequest(QNetworkRequest &request, QJsonObject &shown) const override
    {
        setShownHeader(request, shown, "accept", u"text/event-stream"_s);
        setShownHeader(request, shown, "anthropic-version", m_config.anthropicVersion);
        if (!m_config.betas.isEmpty())
            setShownHeader(request, shown, "anthropic-beta", m_config.betas.join(u','));
        // The credential goes on the wire only, never into requestSent (it ends up in transcripts).
        if (!m_config.apiKey.isEmpty()) {
            if (m_config.bearerAuth)
                request.setRawHeader("authorization", "Bearer " + m_config.apiKey.toUtf8());
            else
                request.setRawHeader("x-api-key", m_config.apiKey.toUtf8());
        }
    }

    bool keepsHeader(const QByteArray &name) const override
    {
        return HttpStreamJob::keepsHeader(name) || name.startsWith("anthropic-ratelimit-");
    }

    HttpFailure describeHttpError(int status, const QByteArray &body) const override
    {
        return {ApiErrors::fromHttpResponse(status, body, requestId()),
                ApiErrors::isSpendLimitReached(status, body)};
    }

    const AnthropicConfig m_config;
    const QJsonObject m_body;
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
