// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Workbench {

/// One match of a transcript search.
struct SearchHit
{
    QString path;
    int line = 0;
    QString kind;    ///< the event or line type (`assistant_message`, `user/tool_result`, …)
    QString snippet; ///< the matching text with some context, on one line
};

/// Case-insensitive search through JSONL transcripts (ours and Claude Code's). Streams each file
/// line by line, so memory does not grow with the file; only string values are searched, not
/// keys, so a query like "type" finds what was said rather than every line.
class TranscriptSearch
{
public:
    /// Every `*.jsonl` under `dirs` (recursively), sorted, without duplicates.
    static QStringList collectFiles(const QStringList &dirs);
    /// Calls `onHit` for each matching line; returning false stops the search. An unreadable file
    /// is an error; malformed lines are searched as raw text (kind `malformed`).
    static Status searchFile(const QString &path, const QString &query,
                             const std::function<bool(const SearchHit &)> &onHit);
};

} // namespace Workbench
