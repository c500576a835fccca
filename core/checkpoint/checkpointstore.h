// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

namespace Workbench {

/// One entry of a checkpoint's manifest, as the workspace held it when the checkpoint was taken.
struct CheckpointEntry
{
    enum class Type : char
    {
        File = 'f',
        Dir = 'd',
        Symlink = 'l',
        Other = 'o' ///< FIFO, socket, device: recorded, never captured
    };

    QString path; ///< relative to the workspace root, '/'-separated
    Type type = Type::File;
    quint32 mode = 0;   ///< permission bits (07777)
    qint64 size = 0;    ///< bytes, for files and links
    qint64 mtimeNs = 0; ///< modification time in ns since the epoch
    quint64 inode = 0;  ///< to tell "unchanged" from "replaced with same size and time"
    /// Status-change time in ns: a command can reset mtime (touch -d) after rewriting a file, but
    /// not ctime, so "unchanged" also needs the same ctime. 0 in manifests written before it.
    qint64 ctimeNs = 0;
    QString sha256;        ///< hex content hash of a captured file
    QByteArray linkTarget; ///< a symlink's target, verbatim (never resolved)
    QString notCaptured;   ///< why the content was not kept (too large, another file system…)

    [[nodiscard]] bool captured() const { return notCaptured.isEmpty(); }
    [[nodiscard]] QJsonObject toJson() const;
    static CheckpointEntry fromJson(const QJsonObject &o);
};

/// A picture of a workspace: what each path held, content by hash. The manifest is the whole
/// truth about a checkpoint; blobs are shared with every other checkpoint holding the same bytes.
struct Checkpoint
{
    QString id;        ///< sortable by time: "20260128-101500-123-1a2b3c"
    QString workspace; ///< canonical host path
    QDateTime created;
    QString runId;                  ///< the run that took it, if any
    QString toolUseId;              ///< the tool call it was taken before, if any
    QString label;                  ///< free text ("before rewind to …")
    QList<CheckpointEntry> entries; ///< sorted by path
    int hashedFiles = 0;            ///< files read and hashed for this checkpoint
    int reusedFiles = 0;            ///< files taken over from the previous checkpoint unread

    [[nodiscard]] int fileCount() const;
    [[nodiscard]] qint64 capturedBytes() const;
    /// Entries whose content is not in the store, with the reason.
    [[nodiscard]] QList<CheckpointEntry> notCaptured() const;
    [[nodiscard]] const CheckpointEntry *find(const QString &path) const;
    /// The order of `entries`: by path, '/' first, so a folder's contents follow it directly.
    static bool pathLess(const QString &a, const QString &b);
    [[nodiscard]] QJsonObject toJson(bool withEntries = true) const;
    static Result<Checkpoint> fromJson(const QJsonObject &o);
};

/// What a rewind did.
struct RewindReport
{
    QString checkpointId;
    QString toolUseId; ///< the conversation cut point: the checkpoint was taken before this call
    QString runId;
    QString safetyCheckpointId; ///< the state just before the rewind, so the rewind can be undone
    int written = 0;            ///< files and links (re)created
    int removed = 0;            ///< entries added since the checkpoint and removed
    int dirsCreated = 0;
    int modesRestored = 0;
    int unchanged = 0;
    QStringList notRestored; ///< "path: reason" for entries the checkpoint could not capture
};

class CheckpointJob;
class RewindJob;

/// Content-addressed store of workspace checkpoints.
///
/// Layout under root(): `blobs/ab/abcdef…` (SHA-256 of the content, written once through a
/// temporary file and rename, never modified), `workspaces/<key>/<id>.json` (one manifest per
/// checkpoint, written atomically after its blobs are on disk) and `tmp/`. The same bytes are
/// stored once across checkpoints, workspaces and runs.
///
/// Capturing walks the tree from a descriptor of the workspace without following any link
/// (symlinks are stored as links) or leaving its file system; a file whose size, mtime and inode
/// match the previous checkpoint of that workspace keeps its hash unread. Restoring resolves
/// every path beneath the workspace with openat2(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS), so a
/// link planted by a command can never make a rewind write outside the workspace.
///
/// The object is cheap and thread-safe; jobs keep its shared state alive, so the store may be
/// destroyed while a job runs. Synchronous methods block: call them from a worker (the jobs do).
class CheckpointStore
{
public:
    static constexpr qint64 kDefaultMaxFileBytes = qint64(50) << 20;
    static constexpr int kDefaultMaxEntries = 200000;

    /// `root` is created on first use. Empty: defaultRoot().
    explicit CheckpointStore(const QString &root = {});
    ~CheckpointStore();

    /// `<GenericDataLocation>/agent-workbench/checkpoints` (RunConfig::dataDirectory()).
    static QString defaultRoot();
    [[nodiscard]] QString root() const;

    /// Files larger than this are recorded as not captured (and reported), never read.
    void setMaxFileBytes(qint64 bytes);
    [[nodiscard]] qint64 maxFileBytes() const;
    /// A workspace with more entries than this cannot be checkpointed (an error, not a partial
    /// checkpoint a rewind would misread as "everything else was deleted").
    void setMaxEntries(int entries);

    /// Files read and hashed by this store since it was created (all checkpoints).
    [[nodiscard]] quint64 filesHashed() const;
    /// Blobs written (content not already stored).
    [[nodiscard]] quint64 blobsWritten() const;

    struct Request
    {
        QString workspace; ///< host directory
        QString runId;
        QString toolUseId;
        QString label;
        /// Work the capture must follow, run first on the capturing thread: the workspace
        /// hand-over to the sandbox user (which changes every entry's ctime, so a checkpoint taken
        /// during it would have to hash everything again next time). The capture goes ahead
        /// whatever it returns, unless `cancelled` was set meanwhile.
        std::function<void(const std::atomic_bool *cancelled)> prerequisite;
    };

    /// A new, not started job that takes a checkpoint off the calling thread; owned by parent.
    CheckpointJob *createCheckpoint(const Request &request, QObject *parent = nullptr) const;
    /// A new, not started job that restores `workspace` to checkpoint `id`. Files it creates are
    /// given to `owner` (uid, gid) when owner.first >= 0 (Sandbox::hostFileOwner()). First takes
    /// a safety checkpoint of the current state unless `safetyCheckpoint` is false.
    RewindJob *createRewind(const QString &id, const QString &workspace, std::pair<int, int> owner,
                            bool safetyCheckpoint = true, QObject *parent = nullptr) const;

    /// Blocking variants (thread-safe). `cancelled` is polled between files; progress(done, total).
    Result<Checkpoint> capture(const Request &request, const std::atomic_bool *cancelled = nullptr,
                               const std::function<void(int, int)> &progress = {}) const;
    Result<RewindReport> rewind(const QString &id, const QString &workspace, std::pair<int, int> owner,
                                const std::atomic_bool *cancelled = nullptr) const;

    [[nodiscard]] Result<Checkpoint> load(const QString &id) const;
    /// Checkpoints of a workspace, oldest first (manifests read in full).
    [[nodiscard]] Result<QList<Checkpoint>> list(const QString &workspace) const;
    /// The stored content of a blob.
    [[nodiscard]] Result<QByteArray> blob(const QString &sha256) const;

    struct Impl;

private:
    std::shared_ptr<Impl> d;
};

/// Takes one checkpoint on a pool thread. start(), progress(), finished(); then result().
class CheckpointJob : public QObject
{
    Q_OBJECT
public:
    ~CheckpointJob() override;
    void start();
    /// Stops between files; the result is then a "checkpoint_cancelled" error and no manifest
    /// exists for it.
    void cancel();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    /// Valid after finished().
    [[nodiscard]] const Result<Checkpoint> &result() const { return *m_result; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    friend class CheckpointStore;
    CheckpointJob(std::shared_ptr<CheckpointStore::Impl> store, CheckpointStore::Request request,
                  QObject *parent);

    std::shared_ptr<CheckpointStore::Impl> m_store;
    CheckpointStore::Request m_request;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Result<Checkpoint>> m_result;
    QFutureWatcher<void> m_watcher;
    bool m_finished = false;
};

/// Restores a workspace on a pool thread. start(), finished(); then result().
class RewindJob : public QObject
{
    Q_OBJECT
public:
    ~RewindJob() override;
    void start();
    /// Stops between entries; what was restored so far stays (the safety checkpoint undoes it).
    void cancel();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const Result<RewindReport> &result() const { return *m_result; }

Q_SIGNALS:
    void finished();

private:
    friend class CheckpointStore;
    RewindJob(std::shared_ptr<CheckpointStore::Impl> store, QString id, QString workspace,
              std::pair<int, int> owner, bool safety, QObject *parent);

    std::shared_ptr<CheckpointStore::Impl> m_store;
    QString m_id;
    QString m_workspace;
    std::pair<int, int> m_owner;
    bool m_safety;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Result<RewindReport>> m_result;
    QFutureWatcher<void> m_watcher;
    bool m_finished = false;
};

} // namespace Workbench
