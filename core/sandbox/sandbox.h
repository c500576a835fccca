// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <utility>

namespace Workbench {

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
    int timeoutMs = 0;          ///< the wall-clock limit that applied (for describe())
    qint64 outputKillBytes = 0; ///< the output limit that applied (for describe())

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

/// A place to run untrusted commands. Implementations: BwrapSandbox (bubblewrap), UnsandboxedRunner
/// (only when the user explicitly asked for `--sandbox none`).
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
};

} // namespace Workbench
