// SPDX-License-Identifier: MIT
#include "llm/httpstreamjob.h"

#include "llm/apierrors.h"
#include "llm/retrypolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Workbench {

namespace {

constexpr qsizetype kMaxErrorBody = 1 << 20;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

HttpStreamJob::HttpStreamJob(HttpStreamOptions options, QNetworkAccessManager *nam, QObject *parent)
    : ModelJob(parent)
    , m_options(std::move(options))
    , m_nam(nam)
{
    m_idle.setSingleShot(true);
    m_connect.setSingleShot(true);
    m_wait.setSingleShot(true);
    // The wait between attempts is a minimum (retry-after); a coarse timer may end it 5% early.
    m_wait.setTimerType(Qt::PreciseTimer);
    connect(&m_idle, &QTimer::timeout, this, &HttpStreamJob::onIdleTimeout);
    connect(&m_connect, &QTimer::timeout, this, &HttpStreamJob::onConnectTimeout);
    connect(&m_wait, &QTimer::timeout, this, &HttpStreamJob::sendAttempt);
}

void HttpStreamJob::start()
{
    if (m_started || isFinished())
        return;
    m_started = true;
    m_url = requestUrl();
    m_payload = requestPayload();
    markStarted();
    sendAttempt();
}

void HttpStreamJob::cancel()
{
    if (isFinished())
        return;
    m_wait.stop(); // cancelling during a wait between attempts is as immediate as mid-request
    dropReply();
    fail(Error{u"cancelled"_s, u"The request was cancelled."_s, {}, m_requestId});
}

bool HttpStreamJob::keepsHeader(const QByteArray &name) const
{
    return name == "request-id" || name == "retry-after" || name == "retry-after-ms" ||
           name == "x-should-retry" || name == "content-type";
}

Error HttpStreamJob::connectionFailed(const QUrl &url, const QString &why) const
{
    return ApiErrors::connectionFailed(url, why);
}

Error HttpStreamJob::closedBeforeAnswer(const QString &why) const
{
    return Error{u"incomplete_stream"_s, u"The API closed the connection before the answer began."_s, why,
                 m_requestId};
}

void HttpStreamJob::consumeBody(const QByteArray &bytes)
{
    feedBytes(bytes);
}

void HttpStreamJob::bodyEnded(bool broken, const QString &why)
{
    if (broken) {
        fail(
            Error{u"incomplete_stream"_s, u"The answer stopped before it was complete."_s, why, m_requestId});
        return;
    }
    finishStream();
}

void HttpStreamJob::setShownHeader(QNetworkRequest &request, QJsonObject &shown, const QByteArray &name,
                                   const QString &value)
{
    request.setRawHeader(name, value.toUtf8());
    shown.insert(QString::fromLatin1(name), value);
}

void HttpStreamJob::sendAttempt()
{
    if (isFinished())
        return;
    QNetworkRequest request(m_url);
    QJsonObject shown;
    setShownHeader(request, shown, "content-type", u"application/json"_s);
    prepareRequest(request, shown);
    // As the SDKs do, so the server (and the transcript) can tell a retry from a new request.
    setShownHeader(request, shown, "x-stainless-retry-count", QString::number(m_retriesTaken));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    m_errorBody.clear();
    m_headers = {};
    m_status = 0;
    m_headersSeen = false;
    m_bodyStarted = false;
    m_requestId.clear();
    resetAttempt();

    const QPointer<HttpStreamJob> self(this);
    Q_EMIT requestSent(shown);
    if (!self || isFinished())
        return;

    if (!m_nam) {
        QTimer::singleShot(0, this,
                           [this] { fail(connectionFailed(m_url, u"no network access manager"_s)); });
        return;
    }

    m_reply = m_nam->post(request, m_payload);
    m_reply->setParent(this); // dies with the job even if the caller drops us mid-request
    connect(m_reply, &QNetworkReply::requestSent, this, [this] { m_connect.stop(); });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpStreamJob::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpStreamJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpStreamJob::onReplyFinished);
    if (m_options.connectTimeoutMs > 0)
        m_connect.start(m_options.connectTimeoutMs);
    restartIdleTimer();
}

void HttpStreamJob::restartIdleTimer()
{
    if (m_options.idleTimeoutMs > 0)
        m_idle.start(m_options.idleTimeoutMs);
}

void HttpStreamJob::dropReply()
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

// The attempt failed before any of its answer was consumed: wait and try again when the rules
// allow it, else end the job with `error`.
void HttpStreamJob::retryOrFail(const Error &error, bool retryable)
{
    dropReply();
    if (!retryable || m_retriesTaken >= m_options.maxRetries || m_bodyStarted) {
        fail(error);
        return;
    }
    int delay = RetryPolicy::serverDelayMs(m_headers.value("retry-after-ms"_L1).toString(),
                                           m_headers.value("retry-after"_L1).toString(),
                                           QDateTime::currentDateTimeUtc());
    if (delay < 0)
        delay = RetryPolicy::backoffMs(m_retriesTaken, RetryPolicy::randomJitter());
    ++m_retriesTaken;
    const QPointer<HttpStreamJob> self(this);
    Q_EMIT retrying(m_retriesTaken + 1, m_options.maxRetries + 1, delay, error);
    if (!self || isFinished())
        return; // a slot cancelled us
    m_wait.start(m_options.actualDelay ? std::max(0, m_options.actualDelay(delay)) : delay);
}

void HttpStreamJob::onMetaData()
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
        if (keepsHeader(name))
            m_headers.insert(QString::fromLatin1(name), QString::fromUtf8(pair.second));
    }
    // Local servers name it x-request-id; only kept when the subclass keeps that header.
    m_requestId = m_headers.value("request-id"_L1).toString();
    if (m_requestId.isEmpty())
        m_requestId = m_headers.value("x-request-id"_L1).toString();
    setRequestId(m_requestId);
    Q_EMIT responseHeaders(status, m_headers);
}

void HttpStreamJob::onReadyRead()
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
    const QPointer<HttpStreamJob> self(this);
    consumeBody(bytes);
    // A mid-stream `error` event (or a slot that cancelled us) ends the job; stop the transfer.
    if (self && isFinished())
        dropReply();
}

void HttpStreamJob::onReplyFinished()
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
        HttpFailure failure = describeHttpError(m_status, m_errorBody);
        if (failure.error.requestId.isEmpty())
            failure.error.requestId = m_requestId;
        retryOrFail(failure.error,
                    RetryPolicy::shouldRetry(m_status, m_headers.value("x-should-retry"_L1).toString(),
                                             failure.neverRetry));
        return;
    }
    if (!m_headersSeen) {
        retryOrFail(connectionFailed(m_url, reply->errorString()), true);
        return;
    }
    if (!rest.isEmpty())
        m_bodyStarted = true;
    if (!m_bodyStarted) {
        // 200 and then nothing: no answer began, so this is a failed connection, not a broken
        // stream.
        retryOrFail(closedBeforeAnswer(reply->errorString()), true);
        return;
    }
    const QPointer<HttpStreamJob> self(this);
    if (!rest.isEmpty())
        consumeBody(rest);
    if (!self || isFinished())
        return;
    const bool broken =
        reply->error() != QNetworkReply::NoError && reply->error() != QNetworkReply::RemoteHostClosedError;
    bodyEnded(broken, reply->errorString());
}

void HttpStreamJob::onConnectTimeout()
{
    if (isFinished() || !m_reply)
        return;
    retryOrFail(ApiErrors::connectTimeout(m_url, m_options.connectTimeoutMs), true);
}

void HttpStreamJob::onIdleTimeout()
{
    if (isFinished() || !m_reply)
        return;
    // Before the answer began a timeout is retried like a connection failure (SDK rules).
    retryOrFail(ApiErrors::idleTimeout(m_options.idleTimeoutMs, m_requestId), true);
}

} // namespace Workbench
