// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "llm/modeljob.h"

#include <QList>

namespace Workbench {

/// Answers Messages requests from recorded responses instead of calling the API: job n serves the
/// n-th recorded message (in start() order), turned into SSE with SseWriter::fromMessage and fed
/// through ModelJob::feedBytes in small pieces, so the normal parsing path runs. Never emits
/// anything from inside start(); the stream arrives from the event loop.
///
/// Substitution: in the text blocks of a served message, every `{{tool_result:ID}}` is replaced by
/// the content of the `tool_result` block with `tool_use_id` ID in the request body's `messages`
/// (string content, or its text blocks joined with "\n"; trimmed). An unknown ID becomes
/// `(no tool result with id ID)`. A recorded final answer can so quote what a tool really produced.
///
/// When every recording has been served, a job fails with code "replay_exhausted".
class ReplayProvider final : public Provider
{
    Q_OBJECT
public:
    explicit ReplayProvider(QList<QJsonObject> messages, QObject *parent = nullptr);

    /// JSONL of Messages API response objects; blank lines and `//` lines are skipped. Lines of our
    /// own transcripts ({"type":"assistant_message","message":{...}}) contribute their message; other
    /// transcript lines are ignored. A malformed line is an Error naming `sourceName` and the line.
    static Result<QList<QJsonObject>> parse(const QByteArray &jsonl, const QString &sourceName);
    /// parse() on a file; accepts resource paths (":/...").
    static Result<QList<QJsonObject>> loadFile(const QString &path);

    /// Delay between stream pieces (so a GUI demo visibly streams); 0 feeds them all at once, still
    /// from the event loop.
    void setChunkDelayMs(int ms) { m_chunkDelayMs = ms; }
    [[nodiscard]] int chunkDelayMs() const { return m_chunkDelayMs; }
    /// Recordings handed out so far, and how many there are.
    [[nodiscard]] int served() const { return m_next; }
    [[nodiscard]] int total() const { return int(m_messages.size()); }

    [[nodiscard]] QString name() const override;
    ModelJob *createJob(const QJsonObject &requestBody, QObject *parent) override;

    /// The substitution described above, applied to `message` for `requestBody`.
    static QJsonObject substituteToolResults(const QJsonObject &message, const QJsonObject &requestBody);

private:
    friend class ReplayJob;
    /// The index of the next recording, or -1 when exhausted.
    int takeNext();

    QList<QJsonObject> m_messages;
    int m_next = 0;
    int m_chunkDelayMs = 0;
};

} // namespace Workbench
