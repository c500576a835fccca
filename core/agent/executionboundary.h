// SPDX-License-Identifier: MIT
#pragma once

#include "approval/approvaltypes.h"
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

} // namespace Workbench
