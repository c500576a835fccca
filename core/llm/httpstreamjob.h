// SPDX-License-Identifier: MIT
#pragma once

#include "llm/modeljob.h"

#include <QByteArray>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Workbench {

/// How an HTTP streaming job waits and retries; every HTTP provider's config carries these.
struct HttpStreamOptions
{
    int idleTimeoutMs = 300000;  ///< no byte for this long → "timeout"
    int connectTimeoutMs = 5000; ///< request not sent by then → "timeout", retried
    int maxRetries = 2;          ///< extra attempts after the first (RetryPolicy)
    /// Maps each planned wait to the one actually waited (tests); null: wait as planned.
    std::function<int(int plannedDelayMs)> actualDelay;
};

/// The HTTP half of a streamed model turn, shared by every HTTP provider: one POST per attempt,
/// response headers captured, connect and idle timeouts, retries by RetryPolicy (408, 409, 429,
/// ≥ 500, connection failures and timeouts; `x-should-retry`, `retry-after-ms` / `retry-after`
/// honoured; each wait announced by retrying()), cancel() at any moment, and never a retry once a
/// byte of a successful answer has been consumed.
///
/// A subclass says what to send (requestUrl(), requestPayload(), prepareRequest()), how to word an
/// HTTP error (describeHttpError()), and what the body bytes mean (consumeBody(), bodyEnded());
/// the defaults treat the body as Messages API SSE fed to ModelJob::feedBytes().
///
/// The reply is a child of the job, so dropping the job mid-request stops the transfer.
class HttpStreamJob : public ModelJob
{
    Q_OBJECT
public:
    void start() final;
    void cancel() final;

protected:
    /// `nam` is not owned and must outlive the job.
    HttpStreamJob(HttpStreamOptions options, QNetworkAccessManager *nam, QObject *parent);

    /// An HTTP error answer in words, and whether it must never be retried whatever the status
    /// says (a reached spend limit).
    struct HttpFailure
    {
        Error error;
        bool neverRetry = false;
    };

    /// Where to POST; asked once, by start().
    [[nodiscard]] virtual QUrl requestUrl() const = 0;
    /// The body to POST on every attempt; asked once, by start().
    [[nodiscard]] virtual QByteArray requestPayload() const = 0;
    /// Adds the provider's headers to each attempt. Headers put in `shown` are reported by
    /// requestSent() (and end up in transcripts): never a credential there; use setShownHeader()
    /// for the others. `content-type` and `x-stainless-retry-count` are set by the base.
    virtual void prepareRequest(QNetworkRequest &request, QJsonObject &shown) const = 0;
    /// Clears per-attempt state before each attempt (nothing by default).
    virtual void resetAttempt() {}
    /// Which response headers (lower-case names) are kept and reported; the base keeps
    /// request-id, retry-after, retry-after-ms, x-should-retry and content-type.
    [[nodiscard]] virtual bool keepsHeader(const QByteArray &lowerName) const;
    [[nodiscard]] virtual HttpFailure describeHttpError(int status, const QByteArray &body) const = 0;
    /// No HTTP answer at all (refused, reset, DNS).
    [[nodiscard]] virtual Error connectionFailed(const QUrl &url, const QString &why) const;
    /// A 2xx answer that closed before its first body byte; retried like a connection failure.
    [[nodiscard]] virtual Error closedBeforeAnswer(const QString &why) const;
    /// Body bytes of a 2xx answer as they arrive. Default: Messages API SSE into feedBytes().
    virtual void consumeBody(const QByteArray &bytes);
    /// The 2xx body ended after at least one byte (everything was passed to consumeBody());
    /// `broken` when the connection failed rather than closed. Default: a broken body fails as
    /// "incomplete_stream", else finishStream().
    virtual void bodyEnded(bool broken, const QString &why);

    static void setShownHeader(QNetworkRequest &request, QJsonObject &shown, const QByteArray &name,
                               const QString &value);
    /// Stops all network activity without letting the reply call back into us.
    void dropReply();
    [[nodiscard]] int retriesTaken() const { return m_retriesTaken; }
    [[nodiscard]] const QString &requestId() const { return m_requestId; }
    [[nodiscard]] const QUrl &url() const { return m_url; }

private:
    void sendAttempt();
    void restartIdleTimer();
    void retryOrFail(const Error &error, bool retryable);
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void onConnectTimeout();
    void onIdleTimeout();

    const HttpStreamOptions m_options;
    QPointer<QNetworkAccessManager> m_nam;
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

} // namespace Workbench
