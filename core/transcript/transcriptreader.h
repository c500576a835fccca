// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "transcript/jsonlreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Workbench {

/// What `transcript show` prints about a run.
struct TranscriptSummary
{
    QString runId;
    QString task;
    QString model;
    QString provider;
    QString workspace;
    QString permissionMode;
    QString stopReason; ///< empty when the run never finished (crash, still running)
    int turns = 0;
    int toolCalls = 0;
    int deniedCalls = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    std::optional<double> costUsd; ///< nullopt when any turn's cost is unknown
    qint64 durationMs = -1;
    QStringList malformedLines; ///< "line N: reason", never fatal
    int events = 0;             ///< events read (skipped lines not counted)
    qint64 lastSeq = 0;         ///< `seq` of the last event read; where an interrupted run stopped
    QString lastType;           ///< `type` of the last event read
    /// For a run that stopped in the middle of a model turn (a crash, kill -9): that turn's number
    /// and the text streamed before the last complete event; 0 and empty otherwise.
    int interruptedTurn = 0;
    QString partialText;
    /// A branch (`forked_from`): the parent's transcript, run id and the step it was forked at,
    /// and what it inherited from the parent (turns and tool calls before the fork). Inherited
    /// turns are not in `turns`, `toolCalls`, tokens or cost: the parent paid for them.
    QString forkedFromPath;
    QString forkedFromRunId;
    int forkStep = -1; ///< -1: not a branch
    int inheritedTurns = 0;
    int inheritedToolCalls = 0;

    [[nodiscard]] QString toText() const;
};

/// A transcript as read: its events in file order with their line numbers, and what was wrong
/// with the lines that were skipped.
struct TranscriptLog
{
    QString path;
    QList<QJsonObject> events;
    QList<int> lineNumbers; ///< lineNumbers[i] is the line events[i] came from
    QList<LineWarning> warnings;
};

/// Which program wrote a JSONL transcript.
enum class TranscriptKind
{
    Workbench,  ///< ours (docs/transcript-format.md)
    ClaudeCode, ///< a Claude Code session (~/.claude/projects/…/<session>.jsonl)
    Unknown
};

/// Reads a JSONL transcript written by TranscriptWriter. Opening fails only when the file cannot
/// be read; a malformed line (a torn last line after a crash, garbage in the middle) is skipped
/// and reported with its line number.
class TranscriptReader
{
public:
    static Result<TranscriptLog> read(const QString &path);
    /// The events alone; `malformed` receives one "line N: …" entry per skipped line.
    static Result<QList<QJsonObject>> readEvents(const QString &path, QStringList *malformed = nullptr);
    static Result<TranscriptSummary> summarize(const QString &path);
    static TranscriptSummary summarize(const TranscriptLog &log);
    /// Looks at the first lines only.
    static TranscriptKind detect(const QString &path);
};

} // namespace Workbench
