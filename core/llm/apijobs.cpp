// SPDX-License-Identifier: MIT
#include "llm/apijobs.h"

#include "llm/apierrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Workbench {

namespace {
constexpr int kMaxPages = 50; // a server that always says has_more cannot keep us forever
}

ApiJob::ApiJob(AnthropicConfig config, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_nam(nam)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { finish(ApiErrors::idleTimeout(m_config.idleTimeoutMs, {})); });
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QUrl ApiJob::apiUrl(const QUrl &baseUrl, const QString &path)
{
    QUrl url = baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void ApiJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Deferred so finished() never fires inside start().
    QTimer::singleShot(0, this, &ApiJob::send);
}

void ApiJob::cancel()
{
    finish(Error{u"cancelled"_s, u"The request was cancelled."_s, {}, {}});
}

void ApiJob::send()
{
    if (m_finished)
        return;
    QUrl url;
    QByteArray body;
    if (!nextRequest(&url, &body)) {
        finish({});
        return;
    }
    if (!m_nam) {
        finish(ApiErrors::connectionFailed(url, u"no network access manager"_s));
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("anthropic-version", m_config.anthropicVersion.toUtf8());
    if (!m_config.betas.isEmpty())
        request.setRawHeader("anthropic-beta", m_config.betas.join(u',').toUtf8());
    if (!m_config.apiKey.isEmpty()) {
        if (m_config.bearerAuth)
            request.setRawHeader("authorization", "Bearer " + m_config.apiKey.toUtf8());
        else
            request.setRawHeader("x-api-key", m_config.apiKey.toUtf8());
    }
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (body.isNull()) {
        m_reply = m_nam->get(request);
    } else {
        request.setRawHeader("content-type", "application/json");
        m_reply = m_nam->post(request, body);
    }
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
    m_timeout.start(m_config.idleTimeoutMs > 0 ? std::min(m_config.idleTimeoutMs, 60000) : 60000);
}

void ApiJob::onFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply || m_finished)
        return;
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray bytes = reply->readAll();
    if (!status.isValid()) {
        finish(ApiErrors::connectionFailed(reply->url(), reply->errorString()));
        return;
    }
    const QString requestId = QString::fromUtf8(reply->rawHeader("request-id"));
    if (status.toInt() < 200 || status.toInt() >= 300) {
        finish(ApiErrors::fromHttpResponse(status.toInt(), bytes, requestId));
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        finish(Error{u"invalid_response"_s, u"The API sent an answer that is not JSON."_s,
                     parseError.errorString(), requestId});
        return;
    }
    if (Error e = handleAnswer(doc.object()); !e.isNull()) {
        e.requestId = requestId;
        finish(e);
        return;
    }
    send();
}

void ApiJob::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_timeout.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    Q_EMIT finished();
}

CountTokensJob::CountTokensJob(AnthropicConfig config, QNetworkAccessManager *nam,
                               const QJsonObject &messagesRequest, QObject *parent)
    : ApiJob(std::move(config), nam, parent)
    , m_body(countBody(messagesRequest))
{}

QJsonObject CountTokensJob::countBody(const QJsonObject &messagesRequest)
{
    QJsonObject body;
    for (const auto &key : {"model"_L1, "messages"_L1, "system"_L1, "tools"_L1, "tool_choice"_L1,
                            "thinking"_L1, "output_config"_L1}) {
        if (messagesRequest.contains(key))
            body.insert(key, messagesRequest.value(key));
    }
    return body;
}

bool CountTokensJob::nextRequest(QUrl *url, QByteArray *postBody)
{
    if (m_sent)
        return false;
    m_sent = true;
    *url = apiUrl(config().baseUrl, u"/v1/messages/count_tokens"_s);
    *postBody = QJsonDocument(m_body).toJson(QJsonDocument::Compact);
    return true;
}

Error CountTokensJob::handleAnswer(const QJsonObject &answer)
{
    const QJsonValue tokens = answer.value("input_tokens"_L1);
    if (!tokens.isDouble())
        return Error{u"invalid_response"_s, u"The token count came back without input_tokens."_s, {}, {}};
    m_inputTokens = tokens.toInteger();
    return {};
}

ModelInfo ModelInfo::fromJson(const QJsonObject &o)
{
    ModelInfo m;
    m.id = o.value("id"_L1).toString();
    m.displayName = o.value("display_name"_L1).toString(m.id);
    m.createdAt = QDateTime::fromString(o.value("created_at"_L1).toString(), Qt::ISODateWithMs);
    m.maxInputTokens = o.value("max_input_tokens"_L1).toInteger(-1);
    m.maxTokens = o.value("max_tokens"_L1).toInteger(-1);
    m.capabilities = o.value("capabilities"_L1).toObject();
    return m;
}

ModelsJob::ModelsJob(AnthropicConfig config, QNetworkAccessManager *nam, QObject *parent)
    : ApiJob(std::move(config), nam, parent)
{}

bool ModelsJob::nextRequest(QUrl *url, QByteArray *postBody)
{
    if (!m_hasMore || m_pages >= kMaxPages)
        return false;
    *url = apiUrl(config().baseUrl, u"/v1/models"_s);
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    if (!m_afterId.isEmpty())
        query.addQueryItem(u"after_id"_s, m_afterId);
    url->setQuery(query);
    *postBody = QByteArray(); // null: a GET
    return true;
}

Error ModelsJob::handleAnswer(const QJsonObject &answer)
{
    ++m_pages;
    const QJsonArray data = answer.value("data"_L1).toArray();
    for (const QJsonValue &v : data) {
        const ModelInfo m = ModelInfo::fromJson(v.toObject());
        if (!m.id.isEmpty())
            m_models.append(m);
    }
    m_hasMore = answer.value("has_more"_L1).toBool(false);
    const QString last = answer.value("last_id"_L1).toString();
    if (m_hasMore && (last.isEmpty() || last == m_afterId || data.isEmpty()))
        return Error{
            u"invalid_response"_s, u"The model list says there is more but gives no next page."_s, {}, {}};
    m_afterId = last;
    return {};
}

} // namespace Workbench
