// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Workbench {

/// `agent-workbench transcript …` (docs/transcript-format.md, README "Transcripts"):
///   transcript show FILE [--json]                      ours or Claude Code's, detected
///   transcript sessions [--claude-dir DIR] [--json]    Claude Code projects and sessions
///   transcript export FILE [--format md|html|json] [-o OUT]
///   transcript search QUERY [--dir DIR]... [--limit N] [--json]
/// `args` starts with "transcript". Returns the exit status: 0 done (search: something found),
/// 1 failed (search: nothing found), 2 bad arguments. Runs synchronously; it reads files only.
int runTranscriptCommand(const QStringList &args);

} // namespace Workbench
