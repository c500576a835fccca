// SPDX-License-Identifier: MIT
#include "sandbox/processexecjob_p.h"
#include "sandbox/workspacehandover.h"

#include <QSet>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <linux/close_range.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Workbench::detail {

namespace {

constexpr int kDefaultTimeoutMs = 120000;
constexpr qint64 kDefaultOutputKillBytes = qint64(16) << 20;
constexpr int kMaxFiles = 32; // leaves room in ChildSetup::keepFds for the backend's own fds

template <size_t N> [[noreturn]] void childFail(const char (&message)[N]) noexcept
{
    // write(2) and _exit(2) only: this runs between vfork and exec.
    [[maybe_unused]] const ssize_t ignored = ::write(STDERR_FILENO, message, N - 1);
    ::_exit(126);
}

} // namespace

bool ChildSetup::keep(int fd)
{
    if (fd < 0 || keepCount >= int(keepFds.size()))
        return false;
    keepFds[size_t(keepCount++)] = fd;
    return true;
}

bool ChildSetup::limit(int resource, quint64 soft, quint64 hard)
{
    if (rlimitCount >= int(rlimits.size()))
        return false;
    rlimits[size_t(rlimitCount++)] = {resource, soft, hard};
    return true;
}

bool ChildSetup::joinCgroup(int procsFd)
{
    if (procsFd < 0 || cgroupCount >= int(cgroupProcsFds.size()))
        return false;
    cgroupProcsFds[size_t(cgroupCount++)] = procsFd;
    return true;
}

void childSetup(const ChildSetup &s) noexcept
{
    // First, while still privileged: "0" moves the writing process. Nothing has been started
    // yet, so nothing of the run can be outside its cgroup.
    for (int i = 0; i < s.cgroupCount; ++i) {
        if (::write(s.cgroupProcsFds[size_t(i)], "0", 1) != 1)
            childFail("workbench: could not move the sandbox into its cgroup\n");
    }
    // Raw prlimit64: lowering a limit needs no privilege, and it is inherited through bwrap by
    // everything in the sandbox.
    for (int i = 0; i < s.rlimitCount; ++i) {
        const ChildSetup::RLimit &l = s.rlimits[size_t(i)];
        const struct rlimit value
        {
            rlim_t(l.soft), rlim_t(l.hard)
        };
        if (::syscall(SYS_prlimit64, 0, l.resource, &value, nullptr) != 0)
            childFail("workbench: could not set a resource limit for the sandbox\n");
    }

    if (s.newSession && ::setsid() < 0)
        childFail("workbench: could not start a new session for the command\n");

    // Nothing the app happens to hold open may reach the child: mark every descriptor above
    // stderr close-on-exec (Qt's own exec-error pipe already is), then clear it on ours only.
    if (::syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) != 0)
        childFail("workbench: close_range(CLOSE_RANGE_CLOEXEC) failed; Linux 5.11 or newer is needed\n");
    for (int i = 0; i < s.keepCount; ++i) {
        if (::fcntl(s.keepFds[size_t(i)], F_SETFD, 0) != 0)
            childFail("workbench: could not pass a descriptor to the sandbox\n");
    }

    if (s.dropPrivileges) {
        // Raw system calls on purpose: glibc's setuid() would try to signal the parent's threads
        // (shared memory under vfork). Only this task's credentials change.
        if (::syscall(SYS_setgroups, 0, nullptr) != 0)
            childFail("workbench: could not drop supplementary groups\n");
        if (::syscall(SYS_setresgid, s.gid, s.gid, s.gid) != 0)
            childFail("workbench: could not switch to the sandbox group\n");
        if (::syscall(SYS_setresuid, s.uid, s.uid, s.uid) != 0)
            childFail("workbench: could not switch to the sandbox user\n");
        // Fail closed if the switch could somehow be undone.
        if (::syscall(SYS_setresuid, 0, 0, 0) == 0)
            childFail("workbench: root privileges could not be dropped\n");
    }
}

ProcessExecJob::ProcessExecJob(const ExecSpec &spec, QObject *parent)
    : ExecJob(parent)
    , m_spec(spec)
    , m_process(new QProcess(this))
    , m_stdout(std::max<qint64>(spec.outputCapBytes, 0))
    , m_stderr(std::max<qint64>(spec.outputCapBytes, 0))
{
    // Non-positive limits would mean "unlimited"; fail safe to the defaults instead.
    if (m_spec.timeoutMs <= 0)
        m_spec.timeoutMs = kDefaultTimeoutMs;
    if (m_spec.outputKillBytes <= 0)
        m_spec.outputKillBytes = kDefaultOutputKillBytes;
    m_spec.outputCapBytes = std::max<qint64>(m_spec.outputCapBytes, 0);
    m_spec.limits = m_spec.limits.normalized();

    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5 % early
    connect(&m_timeout, &QTimer::timeout, this, [this] { stopBecause(ExecResult::End::TimedOut); });
    m_growthCheck.setInterval(kGrowthCheckMs);
    connect(&m_growthCheck, &QTimer::timeout, this, &ProcessExecJob::checkGrowth);
}

WorkspaceScanJob *ProcessExecJob::newScan()
{
    auto *scan = new WorkspaceScanJob(m_scanRoot, this);
    connect(scan, &WorkspaceScanJob::finished, scan, &QObject::deleteLater);
    return scan;
}

void ProcessExecJob::drop(QPointer<WorkspaceScanJob> &scan)
{
    if (!scan)
        return;
    scan->disconnect();
    scan->cancel(); // the worker stops between entries and keeps nothing of ours
    scan->deleteLater();
    scan = nullptr;
}

void ProcessExecJob::checkGrowth()
{
    if (m_state != State::Running || m_stopReason || m_scanRoot.isEmpty())
        return;
    if (m_growthScan)
        return; // the previous check is still scanning: this tick is skipped, not queued
    // Sizes only, from the same capped scan as the changes, off this thread.
    WorkspaceScanJob *scan = newScan();
    m_growthScan = scan;
    connect(scan, &WorkspaceScanJob::finished, this, [this, scan] {
        m_growthScan = nullptr;
        if (m_state != State::Running || m_stopReason)
            return;
        const WorkspaceSnapshot &now = scan->snapshot();
        if (now.valid() && now.fileBytes() - m_baseBytes > m_spec.limits.workspaceGrowthBytes)
            stopBecause(ExecResult::End::WorkspaceGrowth);
    });
    scan->start();
}

ProcessExecJob::~ProcessExecJob()
{
    // Subclasses call abandon() first, while killTree() still reaches them; this is the fallback.
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->kill();
    detachProcess();
}

void ProcessExecJob::abandon()
{
    if (m_state == State::Running && m_process && m_process->state() != QProcess::NotRunning)
        killTree();
    detachProcess();
}

void ProcessExecJob::detachProcess()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    // ~QProcess would block until the killed child is reaped; let it be reaped and deleted later.
    disconnect(m_process, nullptr, this, nullptr);
    m_process->setParent(nullptr);
    QObject::connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
    m_process = nullptr;
}

void ProcessExecJob::applyRlimits()
{
    const Limits &l = m_spec.limits;
    const auto u = [](qint64 v) { return quint64(v); };
    // CPU: SIGXCPU at the soft limit, SIGKILL one second later for a command that ignores it.
    m_setup.limit(RLIMIT_CPU, u(l.cpuSeconds), u(l.cpuSeconds) + 1);
    m_setup.limit(RLIMIT_AS, u(l.addressSpaceBytes), u(l.addressSpaceBytes));
    m_setup.limit(RLIMIT_FSIZE, u(l.fileSizeBytes), u(l.fileSizeBytes));
    m_setup.limit(RLIMIT_NOFILE, u(l.openFiles), u(l.openFiles));
    m_setup.limit(RLIMIT_CORE, u(l.coreBytes), u(l.coreBytes));
    m_rlimits = true;
}

void ProcessExecJob::nameLimit()
{
    ExecResult &r = m_result;
    const Limits &l = m_spec.limits;
    if (r.end == ExecResult::End::TimedOut) {
        r.limit = QStringLiteral("wallTime");
        r.limitDetail = QStringLiteral("wall-clock limit of %1 ms reached").arg(m_spec.timeoutMs);
        return;
    }
    if (r.end == ExecResult::End::WorkspaceGrowth) {
        r.limit = QStringLiteral("workspaceGrowth");
        r.limitDetail = QStringLiteral("workspace growth limit of %1 bytes exceeded")
                            .arg(m_spec.limits.workspaceGrowthBytes);
        return;
    }
    if (r.end == ExecResult::End::OutputLimit) {
        r.limit = QStringLiteral("output");
        r.limitDetail = QStringLiteral("output limit of %1 bytes exceeded").arg(m_spec.outputKillBytes);
        return;
    }
    if (!m_rlimits)
        return;
    // bwrap's PID 1 reports a command killed by signal n as exit status 128 + n.
    int sig = 0;
    if (r.end == ExecResult::End::Exited && r.exitCode > 128)
        sig = r.exitCode - 128;
    else if (r.end == ExecResult::End::Signaled)
        sig = r.signal;
    if (sig == SIGKILL && r.memoryLimitKills > 0) {
        // The kernel's OOM killer acted inside the run's cgroup and the command died of SIGKILL.
        r.limit = QStringLiteral("memory");
        r.limitDetail = QStringLiteral("memory limit of %1 MiB reached (the kernel killed %2 process(es) in "
                                       "the run's cgroup)")
                            .arg(double(l.addressSpaceBytes) / (1 << 20))
                            .arg(r.memoryLimitKills);
    } else if (sig == SIGXCPU) {
        r.limit = QStringLiteral("cpuTime");
        r.limitDetail = QStringLiteral("CPU time limit of %1 s reached (SIGXCPU)").arg(l.cpuSeconds);
    } else if (sig == SIGXFSZ) {
        r.limit = QStringLiteral("fileSize");
        r.limitDetail = QStringLiteral("file size limit of %1 MiB reached (SIGXFSZ)")
                            .arg(double(l.fileSizeBytes) / (1 << 20));
    } else if (sig == SIGKILL && r.durationMs >= l.cpuSeconds * 1000) {
        // Nothing of ours sent it (no timeout, no cancel) and the run lasted past the CPU limit:
        // the kernel's hard RLIMIT_CPU kill for a command that ignored SIGXCPU, most likely.
        r.limit = QStringLiteral("cpuTime");
        r.limitDetail = QStringLiteral("CPU time hard limit of %1 s reached (SIGKILL), most likely")
                            .arg(l.cpuSeconds + 1);
    }
}

Status ProcessExecJob::validateSpec() const
{
    if (m_spec.argv.isEmpty() || m_spec.argv.first().isEmpty())
        return Error{
            QStringLiteral("exec_no_command"), QStringLiteral("No command was given to run."), {}, {}};
    for (const QString &a : m_spec.argv) {
        if (a.contains(QChar(0)))
            return Error{
                QStringLiteral("exec_bad_argument"),
                QStringLiteral("A command argument contains a NUL character, which cannot be passed to "
                               "a program. Remove it."),
                {},
                {}};
    }
    if (m_spec.files.size() > kMaxFiles)
        return Error{QStringLiteral("exec_too_many_files"),
                     QStringLiteral("At most %1 script files can be placed for one command.").arg(kMaxFiles),
                     {},
                     {}};
    QSet<QString> names;
    for (const ExecSpec::File &f : m_spec.files) {
        const QString &n = f.name;
        if (n.isEmpty() || n == QLatin1String(".") || n == QLatin1String("..") ||
            n.contains(QLatin1Char('/')) || n.contains(QChar(0)) || n.toUtf8().size() > 255)
            return Error{QStringLiteral("exec_bad_file_name"),
                         QStringLiteral("The script name \u201C%1\u201D is not a plain file name. Use a name "
                                        "like script.py, without folders.")
                             .arg(n),
                         {},
                         {}};
        if (names.contains(n))
            return Error{QStringLiteral("exec_bad_file_name"),
                         QStringLiteral("The script name \u201C%1\u201D is used twice.").arg(n),
                         {},
                         {}};
        names.insert(n);
    }
    return {};
}

void ProcessExecJob::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    m_clock.start();

    Status ready = validateSpec();
    if (ready)
        ready = prepare();
    if (!ready) {
        finishLater(ExecResult::End::FailedToStart, ready.error());
        return;
    }
    if (m_scanRoot.isEmpty()) {
        launch();
        return;
    }
    // The scan before the command, and the workspace hand-over it must follow (root only), run
    // on a worker: on a large workspace either takes long enough to freeze a window.
    WorkspaceScanJob *scan = newScan();
    m_beforeScan = scan;
    scan->setPrerequisite([root = m_scanRoot](const std::atomic_bool *cancelled) {
        return WorkspaceHandOver::wait(root, cancelled);
    });
    connect(scan, &WorkspaceScanJob::finished, this, [this, scan] {
        m_beforeScan = nullptr;
        if (m_state != State::Running || m_stopReason)
            return; // stopped meanwhile; stopBecause() finishes the job
        if (!scan->error().isNull()) {
            finish(ExecResult::End::FailedToStart, scan->error());
            return;
        }
        m_before = scan->snapshot(); // an unreadable workspace only costs the changes report
        m_baseBytes = m_before.fileBytes();
        launch();
    });
    scan->start();
}

void ProcessExecJob::launch()
{
    connect(m_process, &QProcess::started, this, [this] {
        m_pid = m_process->processId();
        Q_EMIT started();
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { readChannel(Stream::Stdout); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { readChannel(Stream::Stderr); });
    connect(m_process, &QProcess::finished, this, &ProcessExecJob::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        // Other errors (a write to a closed stdin, ...) end in finished() anyway.
        if (e == QProcess::FailedToStart)
            finishLater(ExecResult::End::FailedToStart, launchError(m_process->errorString()));
    });

    const ChildSetup *setupData = &m_setup;
    m_process->setChildProcessModifier([setupData] { childSetup(*setupData); });
    m_process->start(QIODevice::ReadWrite);
    if (m_pid == 0)
        m_pid = m_process->processId();
    launched();

    if (m_process->state() != QProcess::NotRunning) {
        if (!m_spec.stdinData.isEmpty())
            m_process->write(m_spec.stdinData);
        m_process->closeWriteChannel(); // after the buffered data is written
    }
    m_timeout.start(m_spec.timeoutMs);
    if (m_before.valid() && m_process->state() != QProcess::NotRunning)
        m_growthCheck.start();
}

void ProcessExecJob::cancel()
{
    switch (m_state) {
    case State::Idle:
        m_state = State::Running;
        m_clock.start();
        finishLater(ExecResult::End::Cancelled, {});
        break;
    case State::Running:
        stopBecause(ExecResult::End::Cancelled);
        break;
    case State::Done:
        if (m_afterScan) {
            // The command has ended; only "what changed" is still being worked out. Stop that
            // and report the run without it.
            drop(m_afterScan);
            QMetaObject::invokeMethod(this, &ProcessExecJob::deliver, Qt::QueuedConnection);
        }
        break;
    }
}

void ProcessExecJob::readChannel(Stream stream)
{
    const bool isOut = stream == Stream::Stdout;
    QByteArray chunk = isOut ? m_process->readAllStandardOutput() : m_process->readAllStandardError();
    if (chunk.isEmpty())
        return;
    (isOut ? m_stdoutBytes : m_stderrBytes) += chunk.size();
    if (m_state != State::Running || m_stopReason)
        return; // already being stopped: what still trickles in is counted, not kept

    const qint64 room = m_spec.outputKillBytes - m_kept;
    const bool over = chunk.size() > room;
    if (over)
        chunk.truncate(qsizetype(std::max<qint64>(room, 0)));
    if (!chunk.isEmpty()) {
        m_kept += chunk.size();
        (isOut ? m_stdout : m_stderr).append(chunk);
        Q_EMIT output(stream, chunk);
    }
    if (over)
        stopBecause(ExecResult::End::OutputLimit);
}

void ProcessExecJob::stopBecause(ExecResult::End why)
{
    if (m_state != State::Running || m_stopReason)
        return;
    m_stopReason = why;
    m_timeout.stop();
    m_growthCheck.stop();
    drop(m_beforeScan);
    drop(m_growthScan);
    if (m_process->state() != QProcess::NotRunning) {
        killTree(); // finished() follows from onFinished() once the process is reaped
    } else {
        // Nothing was launched (or it already ended): finish now with the reason.
        finishLater(why, {});
    }
}

void ProcessExecJob::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_state != State::Running)
        return;
    readChannel(Stream::Stdout);
    readChannel(Stream::Stderr);
    if (m_stopReason) {
        finish(*m_stopReason, {});
        return;
    }
    Error error;
    interpretExit(exitCode, status, m_result, error);
    m_error = error;
    complete();
}

void ProcessExecJob::finish(ExecResult::End end, const Error &error)
{
    if (m_state == State::Done)
        return;
    m_result.end = end;
    m_error = error;
    complete();
}

void ProcessExecJob::finishLater(ExecResult::End end, const Error &error)
{
    // Keeps finished() out of start()/cancel(): callers always get it from the event loop.
    QMetaObject::invokeMethod(
        this, [this, end, error] { finish(end, error); }, Qt::QueuedConnection);
}

void ProcessExecJob::complete()
{
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_timeout.stop();
    m_growthCheck.stop();
    drop(m_beforeScan);
    drop(m_growthScan);
    m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_result.stdoutText = m_stdout.text();
    m_result.stderrText = m_stderr.text();
    m_result.stdoutBytes = m_stdoutBytes;
    m_result.stderrBytes = m_stderrBytes;
    m_result.timeoutMs = m_spec.timeoutMs;
    m_result.outputKillBytes = m_spec.outputKillBytes;
    if (m_before.valid())
        m_result.workspaceGrowthBytes = m_spec.limits.workspaceGrowthBytes;
    collectLimitEvents(m_result);
    nameLimit();
    cleanup(); // before the scan: nothing of the run may still be writing while it looks
    if (!m_before.valid()) {
        deliver();
        return;
    }
    // The scan after the command and its diff run on a worker too; cancel() skips them.
    WorkspaceScanJob *scan = newScan();
    m_afterScan = scan;
    scan->setBaseline(m_before);
    connect(scan, &WorkspaceScanJob::finished, this, [this, scan] {
        m_afterScan = nullptr;
        if (!scan->wasCancelled())
            m_result.changes = scan->changes();
        deliver();
    });
    scan->start();
}

void ProcessExecJob::deliver()
{
    if (m_delivered)
        return;
    m_delivered = true;
    Q_EMIT finished();
}

} // namespace Workbench::detail
