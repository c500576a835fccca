// SPDX-License-Identifier: MIT
#include "agent/executionboundary.h"

#include "sandbox/bwrapsandbox.h"
#include "sandbox/netproxy.h"
#include "sandbox/workspacehandover.h"

namespace Workbench {

ExecutionBoundary describeExecutionBoundary(const Sandbox *sandbox, int timeoutMs, const Limits &limits)
{
    ExecutionBoundary b;
    if (!sandbox)
        return b;
    b.sandboxKind = sandbox->kind();
    b.timeoutMs = timeoutMs;
    if (const auto *bwrap = dynamic_cast<const BwrapSandbox *>(sandbox)) {
        // The limits ToolRegistry::execute() gives every call of the run (Settings → Sandbox).
        const Limits applied = limits.normalized();
        b.cpuSeconds = applied.cpuSeconds;
        b.addressSpaceBytes = applied.addressSpaceBytes;
        b.processes = applied.processes;
        b.fileSizeBytes = applied.fileSizeBytes;
        b.openFiles = applied.openFiles;
        b.workspaceGrowthBytes = applied.workspaceGrowthBytes;
        b.extraReadOnly = bwrap->extraReadOnly();
        if (const auto proxy = bwrap->networkProxy()) {
            b.network = ExecutionBoundary::Network::Filtered;
            b.allowedDomains = proxy->policy().allowedTexts();
        } else {
            b.network = ExecutionBoundary::Network::Off;
        }
    } else if (sandbox->kind() == QLatin1String("none")) {
        b.network = ExecutionBoundary::Network::Unrestricted;
    }
    // A remote sandbox's network is the container's, which this app does not verify: Unknown.
    return b;
}

CheckpointStore::Request boundaryCheckpointRequest(const Sandbox &sandbox, const QString &runId,
                                                   const QString &toolUseId)
{
    CheckpointStore::Request request;
    request.workspace = sandbox.hostWorkspace();
    request.runId = runId;
    request.toolUseId = toolUseId;
    // A failed hand-over is the sandbox job's to report (it fails to start); the checkpoint is
    // taken either way.
    request.prerequisite = [workspace = request.workspace](const std::atomic_bool *cancelled) {
        (void)WorkspaceHandOver::wait(workspace, cancelled);
    };
    return request;
}

} // namespace Workbench
