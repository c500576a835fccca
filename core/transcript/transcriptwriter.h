// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QFile>
#include <QJsonObject>
#include <QString>

namespace Workbench {

/// Appends a run's events to a JSONL file (docs/transcript-format.md): one JSON object per
/// line, written and flushed as each event happens, so a crash loses at most the event being
/// written. Adds `v`, `seq` and `ts` to every event. Never writes credentials: callers pass
/// request headers without them, and write() drops any header named like a key as a last guard.
class TranscriptWriter
{
public:
    TranscriptWriter() = default;
    ~TranscriptWriter();
    Q_DISABLE_COPY_MOVE(TranscriptWriter)

    /// Opens (creating parent directories) for appending.
    Status open(const QString &path);
    [[nodiscard]] bool isOpen() const { return m_file.isOpen(); }
    [[nodiscard]] QString path() const { return m_path; }

    /// Appends one event of `type` with the given fields.
    void write(const QString &type, QJsonObject fields);
    /// Flushes and syncs to disk (at turn boundaries).
    void sync();
    void close();

    static constexpr int kFormatVersion = 1;

private:
    QFile m_file;
    QString m_path;
    qint64 m_seq = 0;
};

} // namespace Workbench
