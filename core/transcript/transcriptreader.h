// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

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
    qint64 durationMs = -1;
    QStringList malformedLines; ///< "line N: reason", never fatal

    [[nodiscard]] QString toText() const;
};

/// Reads a JSONL transcript written by TranscriptWriter. A malformed line (a torn last line
/// after a crash, say) is reported and skipped, never fatal.
class TranscriptReader
{
public:
    static Result<QList<QJsonObject>> readEvents(const QString &path, QStringList *malformed = nullptr);
    static Result<TranscriptSummary> summarize(const QString &path);
};

} // namespace Workbench
