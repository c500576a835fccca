// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "transcript/jsonlreader.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace Workbench {

/// Where an event sits in its transcript. Big payloads (request bodies, full SSE data) are not
/// kept in memory: RunInspection::readEvent() reads them back when someone looks at them.
struct EventRef
{
    qint64 offset = -1; ///< byte offset of the line (blank lines before it may be included)
    int line = 0;       ///< 1-based line number
    [[nodiscard]] bool isValid() const { return offset >= 0; }
};

struct InspectedUsage
{
    qint64 input = 0;
    qint64 output = 0;
    qint64 cacheRead = 0;
    qint64 cacheWrite = 0;

    static InspectedUsage fromJson(const QJsonObject &usage);
    void add(const InspectedUsage &other);
    [[nodiscard]] bool isEmpty() const { return !input && !output && !cacheRead && !cacheWrite; }
};

/// One HTTP attempt of a model turn (a retried turn has several).
struct InspectedAttempt
{
    int attempt = 1;
    QDateTime sentAt;            ///< when its request headers were recorded (as it was sent)
    QJsonObject requestHeaders;  ///< as recorded, credentials removed once more
    int status = 0;              ///< HTTP status; 0 while no answer arrived
    QJsonObject responseHeaders; ///< request-id, rate limits, retry-after… (credentials removed)
    QDateTime answeredAt;
};

struct InspectedRetry
{
    int attempt = 0; ///< the attempt about to be made (2 = the first retry)
    int maxAttempts = 0;
    qint64 delayMs = 0; ///< the wait before it
    QDateTime at;       ///< when the failed attempt was given up
    QString errorCode;
    QString errorMessage;
    QString requestId;
};

struct InspectedSseEvent
{
    qint64 tMs = 0; ///< milliseconds since the request was sent
    QString name;
    QString preview; ///< the event's data, compact and cut to a few hundred characters
    EventRef ref;
};

/// One model request and its answer.
struct InspectedTurn
{
    int turn = 0;
    EventRef request; ///< the `request` event: readEvent() gives its body
    EventRef answer;  ///< `assistant_message` or `model_error`
    QDateTime requestAt;
    QDateTime endAt; ///< the answer, else the last event of the turn seen so far
    bool finished = false;
    QList<InspectedAttempt> attempts;
    QList<InspectedRetry> retries;
    QList<InspectedSseEvent> events;
    qint64 ttftMs = -1;       ///< recorded time to first token, else the first content delta
    qint64 firstDeltaMs = -1; ///< t_ms of the first content_block_delta
    qint64 lastEventMs = -1;  ///< t_ms of the last SSE event
    InspectedUsage usage;     ///< the answer's usage (while streaming: what the events said)
    std::optional<double> costUsd;
    QString model;
    QString messageId;
    QString stopReason;
    QString errorCode; ///< model_error
    QString errorMessage;
    QStringList toolCallIds;

    /// When the attempt that answered was sent (the last attempt), else the request time.
    [[nodiscard]] QDateTime sentAt() const;
    /// Last event minus time to first token: how long the answer streamed; -1 when unknown.
    [[nodiscard]] qint64 streamingMs() const;
    /// Output tokens over the streaming time; nullopt when it cannot be told.
    [[nodiscard]] std::optional<double> tokensPerSecond() const;
    [[nodiscard]] qint64 retryWaitMs() const;
};

struct InspectedDecision
{
    QString verdict; ///< allow, deny, ask
    QString mode;
    QString rule;
    QString ruleSource;
    QString decidedBy; ///< rule, mode, user, headless, gate
    QString reason;
    QString userMessage;
    QString ruleTool;
    QString subject;
    QDateTime at;
    QStringList risks;
    QJsonArray subcommands;
    bool unparsed = false;
    QJsonObject originalInput; ///< after an edit-then-approve
    QJsonObject editedInput;
    [[nodiscard]] bool edited() const { return !editedInput.isEmpty(); }
};

/// One tool call: what the model asked, how it was decided, how it ran.
struct InspectedToolCall
{
    QString id;
    QString name;
    int turn = 0;
    QJsonObject input;
    QDateTime calledAt;
    QList<InspectedDecision> decisions;
    QString checkpoint; ///< id of the checkpoint taken before it ran
    QString checkpointError;
    bool started = false;
    QJsonObject spec; ///< argv, sandbox kind, binds, limits; empty for edits the app does itself
    QDateTime startedAt;
    bool execFinished = false;
    QJsonObject result; ///< exec_finished's result
    QDateTime finishedAt;
    QString stdoutText; ///< output as recorded (the transcript keeps at most 1 MiB per call)
    QString stderrText;
    bool hasToolResult = false;
    QString toolResult; ///< what went back to the model
    bool isError = false;
    QDateTime resultAt;

    /// When the policy asked, and when the question was answered (null while it waits).
    [[nodiscard]] QDateTime askedAt() const;
    [[nodiscard]] QDateTime answeredAt() const;
    /// The last decision's verdict; empty before any.
    [[nodiscard]] QString verdict() const;
    /// exited, signaled, timedOut, outputLimit, cancelled, failedToStart; empty while running.
    [[nodiscard]] QString end() const;
    [[nodiscard]] QString endDescription() const;
    [[nodiscard]] qint64 durationMs() const; ///< recorded, else start→finish; -1 when not run
    [[nodiscard]] QJsonObject changes() const;
    /// created + modified + deleted.
    [[nodiscard]] int changedFiles() const;
    /// One line: "bash: ls -la", "python script (9 lines)", "create /workspace/fib.py".
    [[nodiscard]] QString summary() const;
};

struct RunTotals
{
    int turns = 0;
    int toolCalls = 0;
    int deniedCalls = 0;
    int retries = 0;
    InspectedUsage usage;
    std::optional<double> costUsd; ///< nullopt when a turn's cost is unknown
    qint64 wallMs = 0;             ///< first event to last
    qint64 modelMs = 0;            ///< request → answer, summed over turns
    qint64 toolMs = 0;             ///< execution time, summed over calls
    qint64 approvalWaitMs = 0;     ///< ask → answer, summed
    qint64 retryWaitMs = 0;        ///< planned waits before retries, summed
};

/// A transcript (docs/transcript-format.md) read into per-turn and per-tool-call records, for the
/// inspector and the timeline. Times are the events' `ts` (milliseconds), SSE times their `t_ms`.
/// Every header and field named like a credential is removed again here, whatever the file says.
struct RunInspection
{
    QString path;
    QString runId;
    QString task;
    QString model;
    QString provider;
    QString permissionMode;
    QString stopReason; ///< empty while the run goes on (or when it was interrupted)
    bool finished = false;
    QDateTime startedAt;
    QDateTime lastEventAt;
    QList<InspectedTurn> turns;
    QList<InspectedToolCall> toolCalls;
    QList<LineWarning> warnings;
    int events = 0;

    [[nodiscard]] int turnIndex(int turn) const;
    [[nodiscard]] int toolCallIndex(const QString &id) const;
    [[nodiscard]] RunTotals totals() const;
    /// Milliseconds from the start of the run to `t` (0 for a null time).
    [[nodiscard]] qint64 msSinceStart(const QDateTime &t) const;

    /// Reads back the event at `ref`, credentials removed.
    static Result<QJsonObject> readEvent(const QString &path, const EventRef &ref);
    /// "850 ms", "2.4 s", "3 min 12 s".
    static QString formatDuration(qint64 ms);
    /// "$0.0123" in the UI locale's digits ("$0,0123" in German), or "unknown".
    static QString formatCost(const std::optional<double> &usd);
    /// run_script's language as a person reads it: "python" -> "Python"; an unknown id as it is.
    static QString scriptLanguageName(const QString &id);
};

/// The double guard against keys on screen: names that look like a credential (x-api-key,
/// Authorization, cookies, *_token, *secret*, *password*, *api_key*) lose their values, and an
/// Anthropic key pasted into any text is cut out. Usage counters (`input_tokens`) are left alone.
namespace Redaction {
[[nodiscard]] bool isCredentialName(const QString &name);
[[nodiscard]] QJsonValue redact(const QJsonValue &value);
[[nodiscard]] QJsonObject redact(const QJsonObject &object);
[[nodiscard]] QString redactText(const QString &text);
inline constexpr QLatin1StringView kRedacted{"[redacted]"};
} // namespace Redaction

/// Builds a RunInspection event by event, and reads a transcript file incrementally: each
/// readMore() continues where the last stopped. Lines still being written (no newline yet) are
/// left for the next call unless `final`, so a live transcript is never misread as torn.
class RunInspector
{
public:
    void add(const QJsonObject &event, const EventRef &ref = {});
    void addWarning(const LineWarning &warning);

    /// Reads what was appended to `path` since the last call. Fails only when the file cannot
    /// be read. `cancel` (may be null) is polled between chunks.
    Status readMore(const QString &path, bool final, const std::atomic_bool *cancel = nullptr);

    [[nodiscard]] const RunInspection &inspection() const { return m_run; }
    [[nodiscard]] qint64 offset() const { return m_offset; }

    /// The whole file at once (tests, the command line).
    static Result<RunInspection> inspectFile(const QString &path);

private:
    InspectedTurn &turnFor(int turn);
    InspectedToolCall &callFor(const QString &id);

    RunInspection m_run;
    QHash<int, int> m_turnIndex;
    QHash<QString, int> m_callIndex;
    qint64 m_offset = 0;
    int m_line = 0;
};

/// Keeps a RunInspection of one transcript up to date without blocking the GUI thread: each
/// reload() parses what was appended since the last pass on a worker thread and emits updated()
/// on the owner's thread. A reload() during a pass schedules one more pass after it. When
/// `follow` is on, an unfinished last line is left for later (the run is still writing it).
class RunInspectionLoader final : public QObject
{
    Q_OBJECT
public:
    explicit RunInspectionLoader(QObject *parent = nullptr);
    ~RunInspectionLoader() override;

    /// Starts over with `path` (an empty path clears).
    void setPath(const QString &path, bool follow);
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool follows() const { return m_follow; }
    void setFollow(bool follow);
    void reload();
    [[nodiscard]] bool isLoading() const { return m_running; }
    /// The latest complete pass (empty before the first).
    [[nodiscard]] const RunInspection &inspection() const { return m_inspection; }

Q_SIGNALS:
    void updated();
    void failed(const QString &message);

private:
    struct Pass
    {
        std::shared_ptr<RunInspector> state;
        Error error;
        quint64 generation = 0;
    };
    void startPass();
    void passFinished();

    QString m_path;
    bool m_follow = false;
    bool m_running = false;
    bool m_again = false;
    quint64 m_generation = 0;
    std::shared_ptr<RunInspector> m_state;
    std::shared_ptr<std::atomic_bool> m_cancel;
    RunInspection m_inspection;
    QFutureWatcher<Pass> *m_watcher;
};

} // namespace Workbench
