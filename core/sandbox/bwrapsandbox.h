// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandbox.h"
#include "sandbox/workspacefs.h"

#include <memory>

namespace Workbench {

class NetProxy;

struct SandboxConfig
{
    SandboxConfig() = default;
    explicit SandboxConfig(QString workspaceDir)
        : workspace(std::move(workspaceDir))
    {}

    QString workspace; ///< host directory; canonicalised here; chosen by the app or --workspace, never by the
                       ///< model
    QString bwrapPath = QStringLiteral("/usr/bin/bwrap");
    uint sandboxUid = 65534, sandboxGid = 65534; ///< used only when the app runs as root
    /// The workbench-sandbox-launch executable; empty: next to the app, else the build's copy.
    QString launcherPath;
    /// Network on request: null (the default) keeps the sandbox off the network. Otherwise the
    /// proxy's socket is bound in and the launcher relays 127.0.0.1:<port> to it (NetProxy says
    /// what the proxy allows). create() starts it listening if needed; shared with jobs.
    std::shared_ptr<NetProxy> networkProxy;
    /// Host folders or files (e.g. a toolchain under /opt) bound read-only at the same path.
    /// Only the user lists them (CLI --ro-bind, settings), never the model; create() checks each
    /// with BwrapSandbox::checkExtraReadOnly() and refuses the sandbox if one fails.
    QStringList extraReadOnly;
    /// Memory and process limits in a cgroup per run where one can be made (CgroupSupport says
    /// when), else rlimits. Off forces rlimits (tests, or a host whose cgroups misbehave).
    enum class Cgroups
    {
        Auto,
        Off
    };
    Cgroups cgroups = Cgroups::Auto;
};

/// Runs commands under the system bubblewrap with a deny-by-default policy (reference/
/// sandbox-policy.md §3; docs/sandbox.md). Network is off unless SandboxConfig::networkProxy is
/// set; even then the sandbox keeps its own network namespace and reaches only that proxy:
/// - all namespaces new, network included (only `lo`); no capabilities; no nested user namespaces;
///   a new session (no TIOCSTI into the app's terminal); the sandbox dies with the app;
/// - a tmpfs root holding read-only /usr (+ /bin, /lib… links), a minimal /etc (ld.so.cache,
///   alternatives, ssl/certs, localtime, synthesized passwd/group/hosts), fresh /proc and /dev,
///   size-limited tmpfs /tmp (256 MiB) and /home/agent (64 MiB), and the workspace read-write at
///   /workspace; nothing else of the host (no host home, /run, /sys, sockets);
/// - the command runs as "agent" (uid 1000 inside) with only PATH, HOME, USER, LANG and TMPDIR set;
/// - inside the workspace, an existing `.git/hooks` and `.git/config` are bound read-only again
///   (real directories/files only; a symlink there is left alone, never followed);
/// - a seccomp filter (SeccompFilter) loaded by bwrap; building it failing makes create() fail;
/// - resource limits (ExecSpec::limits) as rlimits set before bwrap starts (per process); RLIMIT_NPROC
///   is set by workbench-sandbox-launch inside the sandbox, where it counts only the sandbox's
///   processes. Where this process may create cgroups (CgroupSupport), each run also gets a
///   cgroup of its own holding the run as a whole: memory.max (everything it holds, its /tmp and
///   HOME included) = the memory limit, pids.max = the process limit, cpu.max one core (v2); the
///   launching child joins it before it execs bwrap, and it is removed after the run. The run's
///   spec and result say which mechanism applied and why, and name a cgroup OOM kill;
/// - Landlock as a second layer when the kernel offers it, applied by workbench-sandbox-launch, the
///   command's parent inside the sandbox (a file in the read-only root, from a sealed memfd made
///   once per sandbox).
/// Each job scans the workspace before and after the run (ExecResult::changes).
///
/// bwrap itself is started with an environment built from nothing and gets its whole policy
/// through `--args FD`, so neither an API key of the app nor a host path shows in the sandbox's
/// /proc/1/environ or /proc/1/cmdline (the command's own argv, which names only sandbox paths,
/// stays on bwrap's command line because bwrap 0.8 ignores a command inside `--args`).
///
/// When the app runs as root, bwrap would keep every capability inside the sandbox, so the child
/// switches to an unprivileged uid (no supplementary groups) before exec'ing bwrap: the owner of
/// the workspace when an ordinary user owns it (nothing changes owner), otherwise
/// sandboxUid:sandboxGid, to which create() then **hands the whole workspace tree** (lchown, never
/// following links or leaving the file system) so the command can write there. Files the app
/// writes later go through makeWorkspaceFs() / hostFileOwner(), which chown what they create.
/// create() refuses a workspace that uid cannot reach (e.g. anything under /root, mode 0700).
///
/// Failing closed: create() rejects a missing, relative-to-nothing or system workspace; preflight()
/// reports a missing bwrap or disabled user namespaces with a fix; a job whose sandbox cannot be
/// set up ends with ExecResult::End::FailedToStart and an Error carrying bwrap's stderr. Nothing
/// ever falls back to running unsandboxed.
///
/// Jobs keep a shared copy of the policy, so they may outlive the BwrapSandbox.
class BwrapSandbox final : public Sandbox
{
public:
    /// The user the command is inside the sandbox.
    static constexpr uint insideUid = 1000;
    static constexpr uint insideGid = 1000;
    static constexpr qint64 tmpBytes = qint64(256) << 20;
    static constexpr qint64 homeBytes = qint64(64) << 20;

    /// Validates and canonicalises the workspace; as root also checks reachability and hands the
    /// workspace to the sandbox uid. Does not spawn anything; call preflight() before use.
    static Result<std::unique_ptr<BwrapSandbox>> create(const SandboxConfig &config);
    /// Checks one extra read-only path and returns it canonical (symlinks resolved on the host).
    /// Refused: relative, missing, neither folder nor regular file, `/`, the home folder or a
    /// folder holding it, /home and /root (or a folder holding them), the credential places in
    /// the home (~/.ssh, ~/.gnupg, ~/.aws, …) and anything in or above them, anything under
    /// /proc, /sys or /dev, the app's own config and data
    /// folders (or a folder holding them), the sandbox's own places (/usr, /etc, /tmp, /run,
    /// /home/agent, /workspace) and the workspace (`workspace`, canonical; may be empty).
    static Result<QString> checkExtraReadOnly(const QString &path, const QString &workspace = {});
    ~BwrapSandbox() override;

    [[nodiscard]] QString kind() const override;
    /// Cheap static checks only (no process is spawned): bwrap present and executable, user
    /// namespaces enabled and not restricted by AppArmor.
    [[nodiscard]] Status preflight() const override;
    [[nodiscard]] QString workspacePath() const override;
    [[nodiscard]] QString scriptPath(const QString &name) const override;
    [[nodiscard]] QString hostWorkspace() const override;
    /// The unprivileged (uid, gid) commands run as when the app runs as root, else (-1, -1).
    [[nodiscard]] std::pair<int, int> hostFileOwner() const override;
    ExecJob *createJob(const ExecSpec &spec, QObject *parent) override;

    /// True when the app runs as root and commands run as sandboxUid instead.
    [[nodiscard]] bool dropsPrivileges() const;
    /// Host-side access to the workspace; as root it chowns what it creates to the sandbox uid.
    [[nodiscard]] WorkspaceFs makeWorkspaceFs() const;
    /// The layers every run gets, in words, e.g. {"namespaces: user, mount, pid, net, ipc, uts,
    /// cgroup", "seccomp: 43 calls denied, foreign architectures killed", "landlock: ABI 7",
    /// "limits: rlimits (…why no cgroups…)"}.
    [[nodiscard]] QStringList activeLayers() const;
    /// The Landlock ABI the runs use; 0 when the kernel offers none.
    [[nodiscard]] int landlockAbi() const;
    /// "cgroup v2", "cgroup v1" or "rlimits": how runs hold memory and processes, and why (what
    /// made cgroups unusable, when they are). A run whose cgroup cannot be made falls back to
    /// rlimits on its own and says so in its ExecResult.
    [[nodiscard]] QString limitMechanism() const;
    [[nodiscard]] QString limitMechanismReason() const;
    /// The extra read-only binds (canonical host paths, bound at the same path), in order.
    [[nodiscard]] QStringList extraReadOnly() const;
    /// The proxy runs use, or null when network is off.
    [[nodiscard]] std::shared_ptr<NetProxy> networkProxy() const;
    /// Where the proxy's socket appears inside the sandbox.
    static constexpr const char *proxySocketInside = "/run/workbench-net/proxy.sock";

    struct Policy; ///< private; shared with jobs

private:
    explicit BwrapSandbox(std::shared_ptr<const Policy> policy);
    std::shared_ptr<const Policy> m_policy;
};

} // namespace Workbench
