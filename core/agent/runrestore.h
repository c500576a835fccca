// SPDX-License-Identifier: MIT
#pragma once

#include "agent/runsession.h"
#include "checkpoint/checkpointstore.h"
#include "common/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Workbench {

class ApprovalGate;

/// One tool call as its transcript recorded it.
struct RestoredCall
{
    QString id;
    QString name;
    QJsonObject input;
    int turn = 0;
    int step = 0; ///< 1-based position among the run's tool calls (the "step" of fork and rewind)
    QJsonArray decisions;
    QString checkpoint;    ///< the checkpoint taken just before it ran, if any
    bool recorded = false; ///< a `tool_call` event exists for it
    bool started = false;  ///< `exec_started` was written
    bool hasResult = false;
    QString result;
    bool isError = false;
    QString stdoutText;
    QString stderrText;
    QJsonObject execResult; ///< `exec_finished.result`
};

/// Where rebuilding a run stops, for forks and rewinds.
struct RestoreCut
{
    QString toolUseId;
    bool beforeCall = false;          ///< stop before the call is handled (rewind), else after its result
    std::optional<QString> newResult; ///< replaces the recorded result (fork with an edited result)
};

/// A run rebuilt from its transcript (docs/transcript-format.md, "Resume, fork and rewind"): the
/// Messages history its next request carries — assistant blocks echoed verbatim, thinking
/// signatures included, exactly as AgentRun keeps it — the round of tool calls in progress, each
/// call's record, usage and cost. A turn that was cut off mid-stream is left out (it is asked
/// again); a call without a result is owed one and is asked about again, never run silently.
struct RestoredRun
{
    QString path;
    qint64 lastSeq = 0;
    QString runId;
    QString task;
    QString model;
    QString provider;
    QString replayFile;
    QString checkpointStore; ///< run_started.checkpoint_store: where the run's checkpoints are
    QString workspace;
    QString sandbox;
    QString permissionMode;
    QJsonArray rules; ///< run_started.rules: [{rule, kind, source}]
    int maxTurns = 25;

    QJsonArray messages;       ///< the history the next request carries
    QJsonArray pendingResults; ///< tool_result blocks of the round in progress (not yet sent)
    QStringList pendingCalls;  ///< tool_use ids of that round still owed a result, in order
    QString roundNote;         ///< text sent after the round's results (a fork's user message)
    QList<RestoredCall> calls; ///< by step
    int turns = 0;             ///< model turns that completed
    int answers = 0;           ///< assistant answers recorded (the recordings a replay has served)
    QJsonObject usage;
    double costUsd = 0;
    bool costKnown = true;
    QString stopReason;              ///< of the newest run_finished; empty when the run was interrupted
    QString lastAssistantStop;       ///< stop_reason of the newest assistant message
    bool partialTurnDropped = false; ///< a request had no complete answer; it is sent again
    QJsonObject forkedFrom;          ///< the `forked_from` record when the transcript is a branch
    QStringList warnings;            ///< skipped lines, and history mismatches found while rebuilding

    /// Reads and rebuilds the whole transcript. Fails only when the file cannot be read or holds no
    /// run of ours.
    static Result<RestoredRun> load(const QString &path);

    static RestoredRun fromEvents(const QList<QJsonObject> &events, const RestoreCut &cut = RestoreCut());

    [[nodiscard]] const RestoredCall *call(const QString &toolUseId) const;
    [[nodiscard]] const RestoredCall *callAtStep(int step) const;
    /// The checkpoint that holds the workspace as it was when call `step` was about to run: the
    /// earliest one taken at or after it (read-only calls take none, and change nothing). With
    /// `after`, the state once it had run (the earliest after it). Empty when none was taken.
    [[nodiscard]] QString checkpointFrom(int step, bool after = false) const;
    /// RunOptions that recreate this run: same run id, workspace, transcript, model, provider,
    /// mode and rules. Credentials, sandbox and limits come from `base`.
    [[nodiscard]] RunOptions resumeOptions(const RunOptions &base) const;
    /// The history with its pending round, as the `history` field of `forked_from` and `rewound`.
    [[nodiscard]] QJsonObject historyJson() const;
};

/// What a branch changes, from step `step` (a tool call; 0 = the task itself).
struct ForkRequest
{
    int step = -1;                     ///< -1: use toolUseId
    QString toolUseId;                 ///< the call to fork at (GUI), instead of step
    std::optional<QString> toolResult; ///< the call's result as the branch's model sees it
    QString userMessage;               ///< step 0: the new task; otherwise sent after the results
    QString model;                     ///< empty: the parent's
    QString provider;                  ///< empty: the parent's
};

/// A branch ready to start: its history, the checkpoint its workspace starts from, and the
/// `forked_from` record it writes first.
struct ForkPlan
{
    RestoredRun state;
    QJsonObject record;
    QString checkpointId; ///< empty: the parent's workspace is copied as it is now
    QString workspaceNote;
};
[[nodiscard]] Result<ForkPlan> planFork(const QString &path, const ForkRequest &request);

/// Reads a transcript and rebuilds its run (what RestoredRun::load() does) on a worker thread, so
/// a window stays responsive while a big transcript is parsed before a fork or a rewind.
///
/// Job object: start() begins on the next event-loop turn; progress() reports the bytes read;
/// finished() comes once, after the run was rebuilt, the file failed to open (error()), or
/// cancel() was called (isCancelled(), no state). Deleting the job abandons the worker, which
/// stops at its next line. Owned by `parent`.
class RestoredRunLoadJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoredRunLoadJob)
public:
    static RestoredRunLoadJob *start(const QString &path, QObject *parent);
    ~RestoredRunLoadJob() override;

    /// Stops reading; finished() follows at once (isCancelled()).
    void cancel();

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool isCancelled() const { return m_cancelled; }
    [[nodiscard]] const Error &error() const { return m_error; }
    /// The rebuilt run; meaningful after finished() without error or cancel.
    [[nodiscard]] const RestoredRun &state() const { return m_state; }
    [[nodiscard]] qint64 bytesRead() const { return m_bytes; }
    [[nodiscard]] qint64 totalBytes() const { return m_total; }

Q_SIGNALS:
    void progress(qint64 bytes, qint64 total);
    void finished();

private:
    RestoredRunLoadJob(const QString &path, QObject *parent);
    void begin();

    QString m_path;
    std::shared_ptr<std::atomic_bool> m_cancel;
    RestoredRun m_state;
    Error m_error;
    qint64 m_bytes = 0;
    qint64 m_total = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

struct RestorePreparation;

/// Rebuilds a run from its transcript and continues it as a live run: resume (same transcript,
/// appended), fork (a new branch: new transcript and a workspace copy, never the parent's), or
/// rewind in place (the workspace restored to the checkpoint before a call, the conversation cut
/// back to that call in the same transcript). Reading and rebuilding the transcript and the
/// workspace work run on a pool thread; nothing here blocks the thread the job lives on.
///
/// After finished() without error(), takeSession() hands over a session whose run is already
/// continuing from the event loop's next turn: connect to it (a RunPage) right away.
class RunRestoreJob : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Resume,
        Fork,
        Rewind
    };
    Q_ENUM(Kind)

    /// `base` brings what a transcript does not hold (API key, base URL, sandbox, checkpoint store,
    /// max turns: counted from the restore on). `nam` and `gate` are not owned.
    static RunRestoreJob *resume(const QString &path, const RunOptions &base, QNetworkAccessManager *nam,
                                 ApprovalGate *gate, QObject *parent = nullptr);
    static RunRestoreJob *fork(const QString &path, const ForkRequest &request, const RunOptions &base,
                               QNetworkAccessManager *nam, ApprovalGate *gate, QObject *parent = nullptr);
    static RunRestoreJob *rewind(const QString &path, const QString &toolUseId, const RunOptions &base,
                                 QNetworkAccessManager *nam, ApprovalGate *gate, QObject *parent = nullptr);
    ~RunRestoreJob() override;

    /// Resume: the user's next message, sent once the restored run is back (a follow-up to a
    /// finished run, or a note sent with the results of an interrupted round). Before start().
    void setFollowUp(const QString &text) { m_followUp = text; }
    [[nodiscard]] QString followUp() const { return m_followUp; }

    void start();
    /// Stops the restore; finished() follows with error().code "cancelled" and nothing was
    /// continued. A workspace copy already under way completes in the background (into the
    /// branch's new folder only). No effect once finished.
    void cancel();
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const Error &error() const { return m_error; }
    /// The new session (owned by the caller from now on); null before finished() or on error.
    [[nodiscard]] RunSession *takeSession();
    /// The source transcript's run as rebuilt (for fork: the branch's starting state).
    [[nodiscard]] const RestoredRun &state() const { return m_state; }
    /// Fork: where the branch's workspace came from, in words. Rewind: what was restored.
    [[nodiscard]] QString workspaceNote() const { return m_note; }
    [[nodiscard]] const RewindReport &rewindReport() const { return m_report; }

Q_SIGNALS:
    /// Bytes of the transcript read so far, while it is being read.
    void progress(qint64 bytes, qint64 total);
    void finished();

private:
    RunRestoreJob(Kind kind, QString path, RunOptions base, QNetworkAccessManager *nam, ApprovalGate *gate,
                  QObject *parent);
    void prepare();
    void proceed(RestorePreparation &prepared);
    void createSession(const RunOptions &options, const QJsonObject &record);
    void fail(const Error &error);

    Kind m_kind;
    QString m_path;
    RunOptions m_base;
    QNetworkAccessManager *m_nam;
    ApprovalGate *m_gate;
    ForkRequest m_fork;
    QString m_toolUseId;
    QString m_followUp;
    std::shared_ptr<std::atomic_bool> m_cancel;
    RestoredRun m_state;
    QJsonObject m_record;
    QString m_note;
    RewindReport m_report;
    Error m_error;
    QPointer<RunSession> m_session;
    bool m_finished = false;
    bool m_started = false;
};

} // namespace Workbench
