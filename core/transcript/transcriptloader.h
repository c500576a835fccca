// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "transcript/jsonlreader.h"
#include "transcript/transcriptreader.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace Workbench {

class ConversationModel;
class ToolCallModel;
struct TranscriptLoadMailbox;
class TranscriptReplayer;

/// Opens one of our transcripts (docs/transcript-format.md) read-only into the same models a
/// live run fills: a ConversationModel (task, Claude's text and thinking, one row per tool call,
/// notices, errors) and a ToolCallModel (each call's script, decision, output, exit, result).
///
/// Job object. The file is read and parsed on a worker thread; the models are filled on the
/// thread the job lives on, a slice at a time (a few milliseconds per event-loop turn), so a
/// 50 MB transcript paints its first screen quickly and never freezes the window. The worker
/// stays at most a few batches ahead of the models, so memory stays bounded by what the models
/// keep. A damaged line never fails the load: it is skipped and reported (warnings()).
///
/// Ownership: the job is owned by `parent`; the models are not owned and must outlive the job
/// (or the job must be deleted or cancelled first). The models are filled from empty; the job
/// clears them when it starts. Deleting the job stops the worker.
class TranscriptLoadJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptLoadJob)
public:
    /// Creates the job and starts it on the next event-loop turn.
    static TranscriptLoadJob *start(const QString &path, ConversationModel *conversation,
                                    ToolCallModel *toolCalls, QObject *parent);
    ~TranscriptLoadJob() override;

    /// Stops reading; what was filled stays in the models. finished() follows (isCancelled()).
    void cancel();

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool isCancelled() const { return m_cancelled; }
    /// Set when the file could not be opened at all (nothing was loaded).
    [[nodiscard]] const Error &error() const { return m_error; }
    /// Skipped lines so far ("line N: …"), in file order.
    [[nodiscard]] const QList<LineWarning> &warnings() const { return m_warnings; }
    /// Turns, tool calls, tokens, cost, duration and how the run ended, over the events applied
    /// so far (complete once finished()). `stopReason` is empty when the run never finished.
    [[nodiscard]] const TranscriptSummary &summary() const { return m_summary; }
    /// The `run_started` event (task, model, workspace, sandbox, mode, rules), empty until seen.
    [[nodiscard]] const QJsonObject &runStarted() const { return m_runStarted; }
    /// The `run_finished` event, empty when the run never finished (crash, kill, still running).
    [[nodiscard]] const QJsonObject &runFinished() const { return m_runFinished; }
    /// The sandbox spec a call ran under (`exec_started.spec`), empty when none was recorded.
    [[nodiscard]] QJsonObject execSpec(const QString &toolUseId) const { return m_specs.value(toolUseId); }
    /// The 1-based line of the `tool_call` event of a call, or 0.
    [[nodiscard]] int lineOfToolCall(const QString &toolUseId) const
    {
        return m_toolCallLines.value(toolUseId);
    }
    [[nodiscard]] qint64 bytesRead() const { return m_bytes; }
    [[nodiscard]] qint64 totalBytes() const { return m_total; }

    /// Conversation rows filled before firstBatchReady() (about a screen and a half).
    static constexpr int kFirstScreenRows = 60;

Q_SIGNALS:
    /// The first screen's worth of rows is in the models (or the whole file, when it is short).
    /// Emitted once, before finished(), unless the file could not be opened.
    void firstBatchReady();
    /// Bytes of the file read so far.
    void progress(qint64 bytes, qint64 total);
    /// A line was skipped; `warning.message` starts with "line N".
    void warningAdded(const Workbench::LineWarning &warning);
    /// Every line was applied, the load was cancelled, or the file could not be opened (error()).
    void finished();

private:
    TranscriptLoadJob(const QString &path, ConversationModel *conversation, ToolCallModel *toolCalls,
                      QObject *parent);
    void begin();
    void schedule();
    void drain();
    void finish();

    QString m_path;
    QPointer<ConversationModel> m_conversation;
    QPointer<ToolCallModel> m_toolCalls;
    std::shared_ptr<TranscriptLoadMailbox> m_box;
    std::unique_ptr<TranscriptReplayer> m_replayer;
    QList<LineWarning> m_warnings;
    TranscriptSummary m_summary;
    QJsonObject m_runStarted;
    QJsonObject m_runFinished;
    QHash<QString, QJsonObject> m_specs;
    QHash<QString, int> m_toolCallLines;
    Error m_error;
    QDateTime m_firstTs;
    qint64 m_bytes = 0;
    qint64 m_total = 0;
    bool m_scheduled = false;
    bool m_firstBatchSent = false;
    bool m_finished = false;
    bool m_cancelled = false;
    friend class TranscriptReplayer;
};

} // namespace Workbench

Q_DECLARE_METATYPE(Workbench::LineWarning)
