// SPDX-License-Identifier: MIT
#pragma once

#include "approval/approvaltypes.h"
#include "checkpoint/checkpointstore.h"
#include "sandbox/sandbox.h"

namespace Workbench {

class Sandbox;

/// What the approval dialog shows about where a call would run: the sandbox kind, the limits the
/// app applies there (the bubblewrap backend applies the run's rlimits to every tool call; the
/// other backends apply none of their own) and the network state (off, or the
/// filtering proxy with its allowed domains). `timeoutMs` is the run's per-call wall clock.
/// A null sandbox yields an unknown boundary. `limits` are the run's rlimits (RunConfig::limits).
[[nodiscard]] ExecutionBoundary describeExecutionBoundary(const Sandbox *sandbox, int timeoutMs,
                                                          const Limits &limits = Limits());

/// The checkpoint request for the tool call `toolUseId` of run `runId` in `sandbox`'s workspace.
/// The capture follows any pending hand-over of that workspace to the sandbox user
/// (WorkspaceHandOver, started by BwrapSandbox::create() as root), waiting for it on the
/// checkpoint's worker thread: the order a synchronous hand-over had, without blocking the caller.
/// The call's sandbox job then scans before and after the command, also off the caller's thread.
[[nodiscard]] CheckpointStore::Request boundaryCheckpointRequest(const Sandbox &sandbox, const QString &runId,
                                                                 const QString &toolUseId);

} // namespace Workbench
