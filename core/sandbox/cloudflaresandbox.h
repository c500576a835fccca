// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/bridgeclient.h"
#include "sandbox/sandbox.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace Workbench {

struct CloudflareConfig
{
    BridgeEndpoint endpoint;
    /// A folder on this machine that stands for the workspace (hostWorkspace()): transcripts and
    /// remembered rules refer to it. The files themselves live in the remote /workspace.
    QString localWorkspace;
    QString sandboxId;        ///< reuse a kept sandbox; empty: create one on first use
    bool keepSandbox = false; ///< release() keeps the sandbox for a later run instead of deleting it
    /// Upload localWorkspace (a tar through hydrate, at most 32 MiB) right after the sandbox is
    /// created, before the first command: for a folder the user chose, never for a fresh one.
    bool uploadWorkspace = false;
    /// Copy what each command and each file write changes remotely back into localWorkspace,
    /// right after the call (CloudflareWriteBack), so the folder, checkpoints and diffs follow
    /// the remote /workspace. Only for a folder that mirrors it: uploaded, or fresh with a fresh
    /// sandbox; never for a reused sandbox, whose files the folder does not hold.
    bool writeBack = false;
};

/// A Sandbox whose commands run in a Cloudflare Sandbox container behind the sandbox bridge
/// (docs/cloudflare-bridge.md). The sandbox is created on first use (POST /v1/sandbox); commands
/// go through exec + SSE; files through the file routes; "what changed" from a listing of
/// /workspace before and after each command. Cancelling or a reached limit stops the remote
/// process group with a second exec (the bridge has no stop route). The API key is only sent in
/// the Authorization header; describe() and every job's describeSpec() carry the bridge URL
/// without secrets. Isolation and egress are what the remote side enforces: nothing here claims
/// more. The QNetworkAccessManager is not owned and must outlive this object.
///
/// A sandbox that was created, is not kept and was not release()d is deleted (best effort, a
/// DELETE owned by the QNetworkAccessManager) when this object is destroyed, so closing a run
/// in the GUI does not leave a container behind. When the app quits mid-run, before any such
/// destructor can send anything, RemoteSandboxReaper deletes it instead. Once released, the
/// sandbox sends nothing more: the bridge would bring the deleted container back empty.
class CloudflareSandbox : public QObject, public Sandbox
{
    Q_OBJECT
public:
    CloudflareSandbox(CloudflareConfig config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~CloudflareSandbox() override;

    [[nodiscard]] QString kind() const override { return QStringLiteral("cloudflare"); }
    [[nodiscard]] Status preflight() const override;
    [[nodiscard]] QString workspacePath() const override { return QStringLiteral("/workspace"); }
    [[nodiscard]] QString scriptPath(const QString &name) const override;
    [[nodiscard]] QString hostWorkspace() const override { return m_config.localWorkspace; }
    [[nodiscard]] bool isLocal() const override { return false; }
    ExecJob *createJob(const ExecSpec &spec, QObject *parent) override;
    FileJob *readFile(const QString &relPath, QObject *parent) override;
    FileJob *writeFile(const QString &relPath, const QByteArray &data, QObject *parent) override;
    FileJob *listFiles(const QString &relDir, int depth, QObject *parent) override;

    /// The remote sandbox id; empty until created.
    [[nodiscard]] QString sandboxId() const { return m_id; }
    [[nodiscard]] const BridgeEndpoint &endpoint() const { return m_config.endpoint; }
    [[nodiscard]] bool keepsSandbox() const { return m_config.keepSandbox; }
    /// Where commands run and under which limits, for the run header and the transcript.
    [[nodiscard]] QJsonObject describe() const;

    /// Calls `then` (in `context`) once the remote sandbox exists (and holds the uploaded
    /// workspace, when asked for), or with the error that kept it from being created.
    /// Concurrent callers share one creation.
    void ensureCreated(QObject *context, std::function<void(const Error &)> then);
    /// POST persist: the remote /workspace as a tar (BridgeCall::body()).
    BridgeCall *persist(QObject *parent);
    /// POST hydrate: extracts `tar` into the remote /workspace.
    BridgeCall *hydrate(const QByteArray &tar, QObject *parent);
    /// End of a run: DELETE the sandbox unless it is kept. Returns null when there is nothing to
    /// do (never created, kept, or already released); otherwise a call whose finished() says it
    /// is done.
    BridgeCall *release(QObject *parent);
    /// release() has sent the DELETE (or the reaper has): no request goes to the sandbox anymore.
    [[nodiscard]] bool isReleased() const { return m_released; }
    /// Whether release() would send a DELETE now (created, not kept, not released).
    [[nodiscard]] bool needsRelease() const
    {
        return !m_id.isEmpty() && !m_config.keepSandbox && !m_released;
    }
    [[nodiscard]] bool writesBack() const { return m_config.writeBack && !m_config.localWorkspace.isEmpty(); }
    /// The limits in force remotely, in words, for the run header ("wall clock per call as set
    /// by this app; CPU, memory and disk by the container's instance type").
    [[nodiscard]] static QString limitsText();
    /// Egress, in words: what the remote side enforces, which this app cannot verify.
    [[nodiscard]] static QString egressText();

    /// A random token naming one command's pid and stdin files under /tmp/workbench.
    static QString newToken();
    /// The argv that runs `spec` remotely: places spec.files and stdin, records the process group
    /// in /tmp/workbench/<token>.pid, runs the command, cleans up (docs/cloudflare-bridge.md).
    static QStringList wrapCommand(const ExecSpec &spec, const QString &token);
    /// The argv that kills the process group recorded for `token`.
    static QStringList stopCommand(const QString &token);
    /// The argv that lists /workspace for "what changed" (GNU find, NUL-separated records).
    static QStringList scanCommand();
    /// Differences between two outputs of scanCommand().
    static WorkspaceChanges diffScans(const QByteArray &before, const QByteArray &after);

Q_SIGNALS:
    /// The remote sandbox exists now (POST /v1/sandbox answered); `id` is sandboxId().
    void created(const QString &id);

private:
    void uploadWorkspace(const QString &id);
    void finishCreation(const QString &id, const Error &e);

    QPointer<QNetworkAccessManager> m_nam; // guarded: the destructor's DELETE needs it alive
    CloudflareConfig m_config;
    QString m_id;
    bool m_released = false;
    bool m_creatingNow = false;
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(const Error &)> then;
    };
    QList<Waiter> m_waiters;
};

/// The remote sandboxes of this process that would outlive it: created, not kept, not deleted.
/// A run deletes its sandbox when it ends; when the app quits mid-run, deleteAll() sends every
/// pending DELETE at once and reports within a bounded time, so quitting never hangs on a slow
/// or unreachable bridge (the Worker's idle timeout then takes what could not be deleted).
/// One per process, on the main thread, owned by the application object.
class RemoteSandboxReaper : public QObject
{
    Q_OBJECT
public:
    static RemoteSandboxReaper *instance();
    /// How many sandboxes deleteAll() would delete now.
    [[nodiscard]] int pendingCount() const;
    /// Sends a DELETE for every pending sandbox; finished() follows once each has answered, or
    /// after `timeoutMs` with what is still open aborted and counted as failed. Also when there
    /// is nothing to delete (from the event loop, never from inside this call).
    void deleteAll(int timeoutMs = 3000);
    [[nodiscard]] bool isDeleting() const { return m_open > 0; }
    /// Each failed delete of the last deleteAll(), in words (sandbox, bridge, why).
    [[nodiscard]] QStringList failures() const { return m_failures; }

Q_SIGNALS:
    void finished();

private:
    friend class CloudflareSandbox;
    using QObject::QObject;
    void add(CloudflareSandbox *sandbox);
    void finish();

    QList<QPointer<CloudflareSandbox>> m_sandboxes;
    struct PendingDelete
    {
        QPointer<BridgeCall> call;
        QString id;
        QString url;
    };
    QList<PendingDelete> m_calls;
    QStringList m_failures;
    int m_open = 0;
    quint64 m_round = 0;
};

} // namespace Workbench
