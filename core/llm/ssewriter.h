// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Workbench {

/// Produces Messages API SSE bytes. The replay provider uses it to turn recorded responses into a
/// stream that runs through the normal parsing path; tests use it to script a fake server.
class SseWriter
{
public:
    /// One frame: `event: <name>`, `data: <compact JSON>`, blank line.
    static QByteArray event(const QString &name, const QJsonObject &data);

    /// A realistic stream for a complete Messages response object (reference §2): message_start
    /// (empty content, null stop_reason, the input-side usage), a ping, then per block
    /// content_block_start / deltas / content_block_stop, message_delta (stop_reason, stop_sequence,
    /// output_tokens) and message_stop. Text and thinking are cut into pieces of about
    /// `textPieceChars` characters (never inside a surrogate pair; <= 0 means one piece); tool input
    /// is serialised compactly and sent as input_json_delta fragments after an empty first one.
    /// Blocks of other types arrive complete in content_block_start. Accumulating the result gives
    /// back `message`.
    static QByteArray fromMessage(const QJsonObject &message, int textPieceChars = 24);
};

} // namespace Workbench
