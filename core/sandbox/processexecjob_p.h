// SPDX-License-Identifier: MIT
#pragma once

// Private: the job logic shared by BwrapSandbox and UnsandboxedRunner. Not part of the public API.

#include "sandbox/outputcapture.h"
#include "sandbox/sandbox.h"
#include "sandbox/workspacescan.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <array>
#include <optional>
#include <sys/types.h>

namespace Workbench::detail {

/// What the forked child does between fork and exec. Plain data read by childSetup(): Qt 6.4
/// starts children with vfork semantics (shared memory, parent suspended), so the child may only
/// make raw system calls — no allocation, no locks, no glibc wrappers that touch other threads.
struct ChildSetup
{
    std::array<int, 64> keepFds{}; ///< descriptors the child must inherit (all others get CLOEXEC)
    int keepCount = 0;
    bool newSession = false;     ///< setsid(), so kill(-pid) reaches the whole group
    bool dropPrivileges = false; ///< switch to uid:gid with no supplementary groups
    uid_t uid = 0;
    gid_t gid = 0;
    struct RLimit
    {
        int resource;
        quint64 soft, hard;
    };
    std::array<RLimit, 8> rlimits{}; ///< applied with prlimit64 before the privilege drop
    int rlimitCount = 0;
    /// Open cgroup.procs files the child writes "0" to first of all, which moves it (and so
    /// everything it starts later) into the run's cgroups before it execs anything.
    std::array<int, 4> cgroupProcsFds{};
    int cgroupCount = 0;

    bool keep(int fd);
    bool limit(int resource, quint64 soft, quint64 hard);
    bool joinCgroup(int procsFd);
};

/// Runs in the child. On failure writes one line to stderr and _exit(126)s.
void childSetup(const ChildSetup &setup) noexcept;

/// How often the workspace growth watchdog scans the workspace while a command runs.
inline constexpr int kGrowthCheckMs = 250;

/// An ExecJob around one QProcess: streaming, capture, output limit, wall clock, workspace
/// growth, cancel.
/// Subclasses set up the QProcess and say how to kill the tree and read the exit.
/// The workspace scans (before, during for the growth watchdog, after) run on pool threads as
/// WorkspaceScanJobs, so a large workspace never stalls the thread that owns the job; the
/// command starts only once the scan before it (and any pending workspace hand-over) is done.
class ProcessExecJob : public ExecJob
{
public:
    ~ProcessExecJob() override;

    void start() final;
    void cancel() final;
    [[nodiscard]] ExecResult result() const final { return m_result; }
    [[nodiscard]] Error error() const final { return m_error; }

protected:
    ProcessExecJob(const ExecSpec &spec, QObject *parent);

    [[nodiscard]] const ExecSpec &spec() const { return m_spec; }
    [[nodiscard]] QProcess *process() const { return m_process; }
    [[nodiscard]] ChildSetup &setup() { return m_setup; }
    /// The pid while the process runs (kept after it ended, for cleaning up a process group).
    [[nodiscard]] qint64 pid() const { return m_pid; }
    [[nodiscard]] QByteArray capturedStderr() const { return m_stderr.text(); }

    /// Configures process() (program, arguments, environment, working directory). An error fails
    /// the job with End::FailedToStart before anything is launched.
    virtual Status prepare() = 0;
    /// Called right after QProcess::start() returned: the child has exec'd or failed.
    virtual void launched() {}
    /// SIGKILL everything the job started.
    virtual void killTree() = 0;
    /// How the process ended when no limit or cancel stopped it. May turn the result into
    /// FailedToStart and set `error`.
    virtual void interpretExit(int exitCode, QProcess::ExitStatus status, ExecResult &result,
                               Error &error) = 0;
    /// The error for QProcess failing to exec the program at all.
    [[nodiscard]] virtual Error launchError(const QString &qtMessage) const = 0;
    /// After the job finished (release descriptors, kill leftovers).
    virtual void cleanup() {}

    /// Puts CPU, address space, file size, open files and core limits of the spec into setup(),
    /// and lets the result name a limit that ended the run. RLIMIT_NPROC is left to the caller.
    void applyRlimits();
    /// Right before the result names the limit that ended the run: a backend adds what it knows
    /// (cgroup events, the limit mechanism) to `result`.
    virtual void collectLimitEvents(ExecResult & /*result*/) {}
    /// Scan this host directory before and after the run for ExecResult::changes.
    void setScanRoot(const QString &hostDir) { m_scanRoot = hostDir; }

    /// Checks the parts of the spec every backend relies on (argv, file names).
    [[nodiscard]] Status validateSpec() const;
    /// For subclass destructors: kills a still-running tree and lets the QProcess be reaped later,
    /// so destroying a running job never blocks. No signal is emitted afterwards.
    void abandon();

private:
    enum class State
    {
        Idle,
        Running,
        Done
    };

    void readChannel(Stream stream);
    void stopBecause(ExecResult::End why);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void finish(ExecResult::End end, const Error &error);
    void finishLater(ExecResult::End end, const Error &error);
    void complete();
    void detachProcess();
    void nameLimit();
    void checkGrowth();
    void launch();
    void deliver();
    WorkspaceScanJob *newScan();
    static void drop(QPointer<WorkspaceScanJob> &scan);

    ExecSpec m_spec;
    QProcess *m_process;
    QTimer m_timeout;
    QTimer m_growthCheck; // the workspace growth watchdog (Limits::workspaceGrowthBytes)
    qint64 m_baseBytes = 0;
    QElapsedTimer m_clock;
    ChildSetup m_setup;
    OutputCapture m_stdout;
    OutputCapture m_stderr;
    qint64 m_stdoutBytes = 0;
    qint64 m_stderrBytes = 0;
    qint64 m_kept = 0; // bytes passed on (emitted and captured), both streams
    qint64 m_pid = 0;
    State m_state = State::Idle;
    std::optional<ExecResult::End> m_stopReason;
    bool m_rlimits = false;
    QString m_scanRoot;
    WorkspaceSnapshot m_before;
    // [perf] The scan in flight for each purpose; dropped (cancelled) when the job stops.
    QPointer<WorkspaceScanJob> m_beforeScan;
    QPointer<WorkspaceScanJob> m_growthScan;
    QPointer<WorkspaceScanJob> m_afterScan;
    bool m_delivered = false; // finished() was emitted
    ExecResult m_result;
    Error m_error;
};

} // namespace Workbench::detail
