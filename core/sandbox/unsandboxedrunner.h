// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandbox.h"

#include <memory>

namespace Workbench {

/// Runs commands directly on the host, with **no isolation at all**. Only for an explicit
/// `--sandbox none`; never a fallback when the real sandbox fails.
///
/// What it still does, so a run behaves like a sandboxed one: the command starts in the host
/// workspace with a minimal environment built from nothing (PATH, HOME, USER, LANG, TMPDIR; never
/// the app's API keys), stdin is fed and closed, output is streamed and capped, and the wall
/// clock, output limit and cancel() SIGKILL the command's whole process group (it starts in its
/// own session). A process that leaves that group itself (setsid) escapes the kill: only the
/// bubblewrap backend's PID namespace catches those.
///
/// ExecSpec::files are written to a private temporary folder owned by this runner (removed with
/// it); jobs share it, so two concurrent jobs placing the same file name overwrite each other.
/// Jobs keep that folder alive while they exist.
class UnsandboxedRunner final : public Sandbox
{
public:
    /// `workspace` must be an existing folder; it is canonicalised.
    static Result<std::unique_ptr<UnsandboxedRunner>> create(const QString &workspace);
    ~UnsandboxedRunner() override;

    [[nodiscard]] QString kind() const override;
    [[nodiscard]] Status preflight() const override;
    /// The host workspace itself.
    [[nodiscard]] QString workspacePath() const override;
    [[nodiscard]] QString scriptPath(const QString &name) const override;
    [[nodiscard]] QString hostWorkspace() const override;
    ExecJob *createJob(const ExecSpec &spec, QObject *parent) override;

    struct State; ///< private; shared with jobs

private:
    explicit UnsandboxedRunner(std::shared_ptr<State> state);
    std::shared_ptr<State> m_state;
};

} // namespace Workbench
