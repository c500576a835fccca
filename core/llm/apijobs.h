// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "llm/anthropicprovider.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Workbench {

/// One small JSON request to the Anthropic API (not streamed, not retried: these feed displays,
/// and a failure only leaves a display empty). A job object: start(), finished() once, error(),
/// cancel(). Headers and credentials as AnthropicProvider sends them.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ~ApiJob() override;
    void start();
    /// Ends the job at once; finished() follows with error code "cancelled".
    void cancel();
    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

protected:
    /// `nam` is not owned and must outlive the job.
    ApiJob(AnthropicConfig config, QNetworkAccessManager *nam, QObject *parent);
    /// The next request to send, or false when the job has its answer.
    virtual bool nextRequest(QUrl *url, QByteArray *postBody) = 0;
    /// A 2xx JSON answer; return an error to end the job with it.
    virtual Error handleAnswer(const QJsonObject &answer) = 0;
    [[nodiscard]] const AnthropicConfig &config() const { return m_config; }
    static QUrl apiUrl(const QUrl &baseUrl, const QString &path);

private:
    void send();
    void onFinished();
    void finish(const Error &error);

    AnthropicConfig m_config;
    QPointer<QNetworkAccessManager> m_nam;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    Error m_error;
    bool m_started = false;
    bool m_finished = false;
};

/// POST /v1/messages/count_tokens (reference §5): how many input tokens a request would use.
/// Fields count_tokens does not take (max_tokens, stream, stop_sequences, sampling) are dropped.
class CountTokensJob final : public ApiJob
{
    Q_OBJECT
public:
    CountTokensJob(AnthropicConfig config, QNetworkAccessManager *nam, const QJsonObject &messagesRequest,
                   QObject *parent = nullptr);
    /// -1 until finished without error.
    [[nodiscard]] qint64 inputTokens() const { return m_inputTokens; }
    /// The count_tokens body made from a Messages request.
    static QJsonObject countBody(const QJsonObject &messagesRequest);

protected:
    bool nextRequest(QUrl *url, QByteArray *postBody) override;
    Error handleAnswer(const QJsonObject &answer) override;

private:
    QJsonObject m_body;
    qint64 m_inputTokens = -1;
    bool m_sent = false;
};

/// One entry of GET /v1/models.
struct ModelInfo
{
    QString id;
    QString displayName;
    QDateTime createdAt;
    qint64 maxInputTokens = -1; ///< -1 when the API did not say
    qint64 maxTokens = -1;
    QJsonObject capabilities; ///< as the API gives it ({…: {supported: bool}})
    static ModelInfo fromJson(const QJsonObject &o);
};

/// GET /v1/models, following `has_more` / `last_id` page by page until the list is complete.
class ModelsJob final : public ApiJob
{
    Q_OBJECT
public:
    ModelsJob(AnthropicConfig config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    [[nodiscard]] QList<ModelInfo> models() const { return m_models; }
    [[nodiscard]] int pagesFetched() const { return m_pages; }
    void setPageSize(int size) { m_pageSize = size; }

protected:
    bool nextRequest(QUrl *url, QByteArray *postBody) override;
    Error handleAnswer(const QJsonObject &answer) override;

private:
    QList<ModelInfo> m_models;
    QString m_afterId;
    int m_pageSize = 100;
    int m_pages = 0;
    bool m_hasMore = true;
};

} // namespace Workbench
