// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QFile>
#include <QJsonObject>
#include <QString>

namespace Workbench {

/// Appends a run's events to a JSONL file (docs/transcript-format.md).
///
/// Durability promise: each event is serialized in memory and handed to the kernel as one
/// complete line in a single write, so a crash of the app (kill -9 included) never leaves half an
/// event behind; sync() (fdatasync) at turn boundaries puts everything written so far on disk, so
/// a power loss costs at most the events since the last boundary, and at worst a torn last line,
/// which TranscriptReader detects and skips. A short write (disk full) is cut back to the last
/// complete line and reported by error(); later events are still attempted.
///
/// Adds `v`, `seq` and `ts` to every event. Never writes credentials: callers pass request
/// headers without them, and write() drops any header named like a key as a last guard.
class TranscriptWriter
{
public:
    TranscriptWriter() = default;
    ~TranscriptWriter();
    Q_DISABLE_COPY_MOVE(TranscriptWriter)

    /// Opens (creating parent directories) for appending. When an existing file ends in a torn
    /// line, a newline is added first so the next event starts a line of its own.
    Status open(const QString &path);
    [[nodiscard]] bool isOpen() const { return m_file.isOpen(); }
    [[nodiscard]] QString path() const { return m_path; }

    /// Appends one event of `type` with the given fields as one complete line. Returns false
    /// when the line could not be written (see error()).
    bool write(const QString &type, QJsonObject fields);
    /// Numbers the next event after `lastSeq`: appending to a transcript that already holds events
    /// (a resumed or rewound run) keeps `seq` increasing through the file.
    void continueSequence(qint64 lastSeq) { m_seq = std::max(m_seq, lastSeq); }
    /// Turn boundary: puts every line written so far on disk (fdatasync). AgentRun calls it at
    /// the end of each model turn and of each round of tool calls, and when the run finishes.
    void sync();
    void close();

    /// The first write or sync failure since open(), or a null Error.
    [[nodiscard]] const Error &error() const { return m_error; }

    static constexpr int kFormatVersion = 1;

private:
    void fail(const QString &what);

    QFile m_file;
    QString m_path;
    qint64 m_seq = 0;
    Error m_error;
};

} // namespace Workbench
