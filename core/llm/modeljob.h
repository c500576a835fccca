// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "llm/messageaccumulator.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace Workbench {

class CountTokensJob;
class SseParser;

/// One streamed model turn (a single Messages API request). A job object: start(), progress
/// signals, finished(), error(), cancel(). Created by a Provider; the caller owns it (QObject parent).
///
/// Subclasses feed raw SSE bytes through feedBytes(); this base class parses them with SseParser,
/// accumulates the assistant message with MessageAccumulator and emits the signals below, so every
/// provider (HTTP, replay) produces identical events.
class ModelJob : public QObject
{
    Q_OBJECT
public:
    explicit ModelJob(QObject *parent = nullptr);
    ~ModelJob() override;

    virtual void start() = 0;
    /// Stops the request at any moment. finished() is emitted once, with error code "cancelled".
    virtual void cancel() = 0;

    /// The assistant message accumulated so far: {id, type, role, model, content[], stop_reason,
    /// stop_sequence, usage}. Complete once finished() was emitted without error.
    [[nodiscard]] QJsonObject message() const { return m_acc.message(); }
    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    /// Events and blocks the accumulator did not recognise, kept verbatim.
    [[nodiscard]] QList<QJsonObject> unknownEvents() const { return m_acc.unknownEvents(); }
    /// Milliseconds from start() to the first content delta, or -1.
    [[nodiscard]] qint64 timeToFirstTokenMs() const { return m_ttft; }

Q_SIGNALS:
    /// The request as sent, minus any credential (for the transcript).
    void requestSent(const QJsonObject &headers);
    /// HTTP status and the response headers that matter (request-id, rate limits).
    void responseHeaders(int httpStatus, const QJsonObject &headers);
    /// Every SSE event as received; `receivedMs` counts from start().
    void rawEvent(const QString &name, const QByteArray &data, qint64 receivedMs);
    void blockStarted(int index, const QJsonObject &block);
    /// Text appended to a text block (kind "text") or a thinking block (kind "thinking").
    void textDelta(int index, const QString &kind, const QString &text);
    /// A block is complete; for tool_use the input JSON is parsed.
    void blockFinished(int index, const QJsonObject &block);
    void usageUpdated(const QJsonObject &usage);
    /// An attempt failed before its answer began and another follows after `delayMs` (the planned
    /// wait). `attempt` is the one about to be made (2 = the first retry) of `maxAttempts`; `why`
    /// is the failure, with its request id. Only providers that retry emit it.
    void retrying(int attempt, int maxAttempts, int delayMs, const Workbench::Error &why);
    /// Emitted exactly once, on success and on failure alike; check error().
    void finished();

protected:
    /// Resets the clock; call when the request goes out.
    void markStarted();
    /// Parses any split of the byte stream; emits the signals above as events complete.
    void feedBytes(const QByteArray &bytes);
    /// The byte stream ended. Fails with "incomplete_stream" if message_stop never came.
    void finishStream();
    /// Ends the job with an error (once). Keeps whatever arrived so far in message().
    void fail(const Error &error);
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    /// The response's request id; copied into errors raised by the base (mid-stream, incomplete).
    void setRequestId(const QString &requestId) { m_requestId = requestId; }

private:
    void emitFinished();

    std::unique_ptr<SseParser> m_parser;
    MessageAccumulator m_acc;
    Error m_error;
    QString m_requestId;
    QElapsedTimer m_clock;
    qint64 m_ttft = -1;
    bool m_finished = false;
};

/// Something that can answer a Messages request: the Anthropic API, a replay file, a test double.
class Provider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    [[nodiscard]] virtual QString name() const = 0;
    /// A new, not yet started job for `requestBody` (a Messages API request; the provider adds
    /// `stream: true`). Ownership passes to `parent`.
    virtual ModelJob *createJob(const QJsonObject &requestBody, QObject *parent) = 0;
    /// A new, not yet started job counting the input tokens `requestBody` would use, or nullptr
    /// when this provider cannot count (the context meter then follows each turn's usage).
    virtual CountTokensJob *createCountTokensJob(const QJsonObject &requestBody, QObject *parent)
    {
        Q_UNUSED(requestBody);
        Q_UNUSED(parent);
        return nullptr;
    }
};

} // namespace Workbench
