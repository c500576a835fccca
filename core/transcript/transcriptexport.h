// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QString>

namespace Workbench {

/// Exports a transcript (ours or Claude Code's) as Markdown, one self-contained HTML file, or a
/// normalized JSON document. Everything goes through the normalized document first, so the three
/// formats say the same things.
///
/// The JSON document (`"format": "agent-workbench-export"`, `"version": 1`):
/// `source` {kind: workbench|claude-code, path, files}, `title`, `id` (run or session id),
/// `models`, `started`, `ended`, `duration_ms`, `stop_reason`; `turns` — the conversation in
/// order, each {index, role: user|assistant|system|other, kind (line type), line, time, model,
/// content: [blocks], usage, cost_usd, ttft_ms, sidechain, compact_boundary}; `tool_calls` —
/// {id, name, input, turn, decisions: [...], exec: {spec, result}, stdout, stderr, result:
/// {content, is_error}}; `decisions` — every policy decision in order; `usage` (totals),
/// `cost_usd` (null when unknown); `warnings` — the lines that were skipped.
///
/// A branch (a transcript with `forked_from`) also has `forked_from` {source, source_run_id,
/// step, tool_use_id, edited, workspace_note}; its turns start with the history it inherited from
/// the parent (`"inherited": true` on those turns and their tool calls; the call whose result the
/// fork edited has `result.edited`), followed by its own. Totals count the branch's own turns.
class TranscriptExport
{
public:
    enum class Format
    {
        Markdown,
        Html,
        Json
    };
    /// "md"/"markdown", "html", "json"; nullopt-like failure as an Error naming the choices.
    static Result<Format> parseFormat(const QString &name);

    /// Reads `path` (detecting which program wrote it) into the normalized document.
    static Result<QJsonObject> document(const QString &path);
    static QString toMarkdown(const QJsonObject &doc);
    static QString toHtml(const QJsonObject &doc);
    static QByteArray toJson(const QJsonObject &doc);

    /// document() then the chosen rendering, as UTF-8.
    static Result<QByteArray> exportFile(const QString &path, Format format);
};

} // namespace Workbench
