// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>
#include <utility>

namespace Workbench {

/// Resource limits of one run (besides wall time and output, which ExecSpec holds). Applied with
/// setrlimit in the launching child, so they bind bwrap and each process it starts; where a cgroup
/// per run can be made, addressSpaceBytes and processes also bound the run as a whole there (see
/// BwrapSandbox::limitMechanism()). A value <= 0 means "the default", never "unlimited", except
/// coreBytes where 0 is the default.
struct Limits
{
    qint64 cpuSeconds = 60;                     ///< RLIMIT_CPU soft; SIGXCPU, SIGKILL 1 s later
    qint64 addressSpaceBytes = qint64(2) << 30; ///< RLIMIT_AS; allocations fail past it
    qint64 processes = 256;                     ///< RLIMIT_NPROC; per host uid, so coarse
    qint64 fileSizeBytes = qint64(256) << 20;   ///< RLIMIT_FSIZE; SIGXFSZ past it
    qint64 openFiles = 1024;                    ///< RLIMIT_NOFILE
    qint64 coreBytes = 0;                       ///< RLIMIT_CORE; no core dumps by default
    /// Not an rlimit: the job scans the workspace every kGrowthCheckMs while the command runs and
    /// kills it once the regular files there total more than this above what they did at start.
    qint64 workspaceGrowthBytes = qint64(1) << 30;

    /// The same limits with every non-positive field replaced by its default (coreBytes >= 0).
    [[nodiscard]] Limits normalized() const;
    [[nodiscard]] QJsonObject toJson() const;
};

/// A size as a user writes it: "1048576", "500K", "10M", "2G" (binary units; "MiB", "MB" and
/// lower case read the same). Null for anything else, zero, negative or past 2^62 bytes.
[[nodiscard]] std::optional<qint64> parseByteSize(const QString &text);

/// One entry of WorkspaceChanges.
struct ChangedFile
{
    QString path;    ///< relative to the workspace, '/'-separated
    QString type;    ///< "file", "dir", "symlink" or "other"
    qint64 size = 0; ///< after the run (before it, for a deleted entry)
};

/// What one execution changed in the workspace, from a scan before and after it (path, type,
/// size, mtime, inode; links are not followed).
struct WorkspaceChanges
{
    QList<ChangedFile> created;
    QList<ChangedFile> modified;
    QList<ChangedFile> deleted;
    qint64 growthBytes = 0; ///< total size of regular files after minus before
    bool truncated = false; ///< a scan hit its entry cap; the lists may miss changes
    bool scanned = false;   ///< false when no scan was made (nothing ran, no workspace)
    /// Remote sandboxes only: the changes were copied back into the local workspace folder.
    bool writtenBack = false;
    /// Remote sandboxes only: what could not be copied back, or why nothing was, in words.
    QString writeBackError;

    [[nodiscard]] bool isEmpty() const
    {
        return created.isEmpty() && modified.isEmpty() && deleted.isEmpty();
    }
    /// One line: "Changed: +fib.py (312 B), ~data.csv, −old.txt" (empty when nothing changed).
    [[nodiscard]] QString summary(int maxItems = 8) const;
    [[nodiscard]] QJsonObject toJson() const;
    static WorkspaceChanges fromJson(const QJsonObject &o);
};

/// What to run inside a sandbox. Paths in argv are paths as the sandboxed process sees them
/// (see Sandbox::workspacePath() and Sandbox::scriptPath()).
struct ExecSpec
{
    struct File
    {
        QString name; ///< file name only; placed read-only at Sandbox::scriptPath(name)
        QByteArray content;
    };

    QStringList argv;                  ///< program and arguments, e.g. {"bash", "-c", "ls"}
    QByteArray stdinData;              ///< written to stdin, then stdin is closed (empty: closed at once)
    QList<File> files;                 ///< scripts to place in the sandbox before the command starts
    int timeoutMs = 120000;            ///< wall clock; on expiry the whole process tree is killed
    qint64 outputCapBytes = 1 << 20;   ///< per stream kept for the result: head half + tail half
    qint64 outputKillBytes = 16 << 20; ///< total output past which the run is killed
    Limits limits;                     ///< CPU, memory, processes, files
};

/// How a sandboxed execution ended.
struct ExecResult
{
    enum class End
    {
        Exited,
        Signaled,
        TimedOut,
        OutputLimit,
        WorkspaceGrowth, ///< killed by the job's watchdog: the workspace grew past the limit
        Cancelled,
        FailedToStart
    };

    End end = End::FailedToStart;
    int exitCode = -1; ///< valid when end == Exited
    int signal = 0;    ///< valid when end == Signaled
    qint64 durationMs = 0;
    QByteArray stdoutText; ///< captured head + marker + tail when longer than outputCapBytes
    QByteArray stderrText;
    qint64 stdoutBytes = 0; ///< total bytes produced, including any elided
    qint64 stderrBytes = 0;
    int timeoutMs = 0;               ///< the wall-clock limit that applied (for describe())
    qint64 outputKillBytes = 0;      ///< the output limit that applied (for describe())
    qint64 workspaceGrowthBytes = 0; ///< the growth limit that applied (for describe())
    /// Which limit ended the run: "", "wallTime", "output", "workspaceGrowth", "cpuTime",
    /// "fileSize", "memory" (cgroup only). Set for End::TimedOut/OutputLimit/WorkspaceGrowth, and for
    /// End::Exited when the status says the command died of SIGXCPU/SIGXFSZ (bwrap's PID 1 reports a signal
    /// death as 128 + n) or of SIGKILL once it had run past the CPU limit.
    QString limit;
    QString limitDetail; ///< in words, e.g. "CPU time limit of 60 s reached (SIGXCPU)"
    /// How the memory and process limits were held: "cgroup v2", "cgroup v1" or "rlimits" (empty
    /// when the backend does not say), and why, in words (what made cgroups unusable, say).
    QString limitMechanism;
    QString limitMechanismReason;
    /// Counted by the run's cgroup (-1: not counted, rlimits applied): processes the kernel killed
    /// at the memory limit, and forks refused at the process limit. A SIGKILL death with
    /// memoryLimitKills > 0 is named limit "memory".
    qint64 memoryLimitKills = -1;
    qint64 processLimitHits = -1;
    WorkspaceChanges changes; ///< what the run changed in the workspace

    /// The status a shell would report: exitCode, or 128 + signal.
    [[nodiscard]] int shellStatus() const;
    /// Plain words: "exited with status 1", "killed by signal 9", "stopped: wall-clock limit of 2 s reached".
    [[nodiscard]] QString describe() const;
    [[nodiscard]] QJsonObject toJson() const;
};

/// One execution in a sandbox. Job object: start(), output() as chunks arrive, finished(), cancel().
/// Owned by the caller (QObject parent). Never blocks the calling thread.
class ExecJob : public QObject
{
    Q_OBJECT
public:
    enum class Stream
    {
        Stdout,
        Stderr
    };
    Q_ENUM(Stream)

    using QObject::QObject;
    virtual void start() = 0;
    /// Kills the whole process tree; finished() follows with End::Cancelled.
    virtual void cancel() = 0;
    [[nodiscard]] virtual ExecResult result() const = 0;
    /// Set when the sandbox could not start (result().end == FailedToStart): what is wrong and how to fix it.
    [[nodiscard]] virtual Error error() const = 0;
    /// What was run and under which policy (argv, binds, limits, uid), for the transcript and the UI.
    [[nodiscard]] virtual QJsonObject describeSpec() const = 0;

Q_SIGNALS:
    void started();
    void output(Workbench::ExecJob::Stream stream, const QByteArray &chunk);
    void finished();
};

/// One file operation on the workspace (Sandbox::readFile/writeFile/listFiles). Job object:
/// finished() is emitted once, never from inside the call that created the job; then data() or
/// entries(), or error(). Owned by the caller (QObject parent).
class FileJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] const QByteArray &data() const { return m_data; } ///< readFile
    /// listFiles: sorted workspace-relative paths, directories ending with '/'.
    [[nodiscard]] const QStringList &entries() const { return m_entries; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    /// For backends: sets the outcome and emits finished() (once).
    void finish(Error error, QByteArray data = {}, QStringList entries = {});

Q_SIGNALS:
    void finished();

private:
    Error m_error;
    QByteArray m_data;
    QStringList m_entries;
    bool m_finished = false;
};

/// A place to run untrusted commands. Implementations: BwrapSandbox (bubblewrap), UnsandboxedRunner
/// (only when the user explicitly asked for `--sandbox none`), CloudflareSandbox (a remote
/// sandbox behind Cloudflare's sandbox bridge).
class Sandbox
{
public:
    virtual ~Sandbox() = default;
    /// "bubblewrap" or "none".
    [[nodiscard]] virtual QString kind() const = 0;
    /// Checks that the sandbox can start at all. Fails closed with a message saying what is
    /// missing and how to fix it.
    [[nodiscard]] virtual Status preflight() const = 0;
    /// The workspace directory as the sandboxed process sees it ("/workspace").
    [[nodiscard]] virtual QString workspacePath() const = 0;
    /// Where an ExecSpec::File named `name` appears to the sandboxed process.
    [[nodiscard]] virtual QString scriptPath(const QString &name) const = 0;
    /// The host directory that is the workspace (canonical).
    [[nodiscard]] virtual QString hostWorkspace() const = 0;
    /// Owner (uid, gid) the app gives files it creates in the workspace, so the sandboxed
    /// command can change them; -1 keeps the app's own. Used when the app runs as root.
    [[nodiscard]] virtual std::pair<int, int> hostFileOwner() const { return {-1, -1}; }
    /// A new, not yet started job. Ownership passes to `parent`.
    virtual ExecJob *createJob(const ExecSpec &spec, QObject *parent) = 0;

    /// Workspace files, paths relative to the workspace ("a/b.py"; see WorkspaceFs::toRelative).
    /// The defaults use WorkspaceFs on hostWorkspace() (no symlink leads out); remote backends
    /// go over their file API. The job is started; ownership passes to `parent`.
    virtual FileJob *readFile(const QString &relPath, QObject *parent);
    virtual FileJob *writeFile(const QString &relPath, const QByteArray &data, QObject *parent);
    /// Entries under relDir ("." for the root) down to `depth` levels.
    virtual FileJob *listFiles(const QString &relDir, int depth, QObject *parent);
    /// Whether the workspace lives on this machine (hostWorkspace() is the real one, not a copy).
    [[nodiscard]] virtual bool isLocal() const { return true; }
};

} // namespace Workbench
