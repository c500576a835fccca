// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Workbench {

/// The hand-over of a workspace tree to the sandbox user, which BwrapSandbox::create() starts
/// when the app runs as root on a root-owned workspace. A lchown per entry takes long on a large
/// tree, so the walk runs on a pool thread and create() returns at once. Whatever must come after
/// it waits with wait() on a worker thread: a sandbox job before its command starts (and before
/// its "what changed" scan), the checkpoint before a tool call. The order is the one a
/// synchronous hand-over had; only the GUI thread no longer waits.
///
/// Process-wide and keyed by the canonical workspace path, so the jobs that wait need nothing
/// but the path. A hand-over that failed keeps its error: every later wait() for that workspace
/// returns it (its commands could not write there), until begin() is called for it again.
/// Thread-safe.
class WorkspaceHandOver
{
public:
    using Work = std::function<Status()>;

    /// Starts `work` (the walk) for `workspace` on WorkspaceScanJob::pool(). Whichever comes first
    /// runs it, the pool or a wait(), so a wait never depends on a free pool thread.
    static void begin(const QString &workspace, Work work);
    /// Blocks until no hand-over of `workspace` is pending or running, and returns how it ended
    /// (ok when there was none). Runs it on the calling thread when no one has started it yet.
    /// While another thread runs it, polls `cancelled` and gives up with a
    /// "sandbox_handover_cancelled" error once it is set. Never call it on the GUI thread.
    static Status wait(const QString &workspace, const std::atomic_bool *cancelled = nullptr);
    /// Whether a hand-over of `workspace` is still pending or running (any thread).
    [[nodiscard]] static bool isPending(const QString &workspace);
};

} // namespace Workbench
