// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QObject;

namespace Workbench {

/// `agent-workbench checkpoints list|diff|rewind` (docs/checkpoints.md):
///   checkpoints list --workspace DIR [--json]
///   checkpoints diff ID1 ID2 [--stat]
///   checkpoints rewind ID --workspace DIR [--no-safety-checkpoint]
/// Every form takes `--store DIR` (default: the app's data location). `args` starts with
/// "checkpoints". Returns the exit status, or -1 when the command finishes later on the event
/// loop (a rewind runs off the calling thread); it then ends the loop itself with its status.
/// Jobs it starts are children of `context`.
int runCheckpointCommand(const QStringList &args, QObject *context);

} // namespace Workbench
