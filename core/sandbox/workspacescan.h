// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandbox.h"

#include <QFutureWatcher>
#include <QHash>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace Workbench {

/// A cheap picture of a workspace tree for "what changed": per entry its type, size, mtime (ns)
/// and inode, from fstatat without following links. Never leaves the workspace's file system,
/// never follows a symlink; stops at `maxEntries` and says so. take() runs on the calling thread
/// (tens of ms for 20 000 files, more on a cold cache): jobs use WorkspaceScanJob instead, which
/// runs it on a pool thread.
class WorkspaceSnapshot
{
public:
    static constexpr int kDefaultMaxEntries = 20000;

    struct Entry
    {
        char type = 'o'; ///< 'f' file, 'd' dir, 'l' symlink, 'o' other
        qint64 size = 0;
        qint64 mtimeNs = 0;
        quint64 inode = 0;
        bool operator==(const Entry &) const = default;
    };

    /// Scans `root` (a host directory). An unreadable root gives an empty, !valid() snapshot, and
    /// so does a scan stopped through `cancelled` (polled between entries).
    static WorkspaceSnapshot take(const QString &root, int maxEntries = kDefaultMaxEntries,
                                  const std::atomic_bool *cancelled = nullptr);
    /// created / modified / deleted between `before` and `after`, with sizes and growth.
    static WorkspaceChanges diff(const WorkspaceSnapshot &before, const WorkspaceSnapshot &after);

    /// The total size of the regular files it saw (what growth limits compare).
    [[nodiscard]] qint64 fileBytes() const;
    [[nodiscard]] bool valid() const { return m_valid; }
    [[nodiscard]] bool truncated() const { return m_truncated; }
    [[nodiscard]] const QHash<QString, Entry> &entries() const { return m_entries; }

private:
    QHash<QString, Entry> m_entries;
    bool m_valid = false;
    bool m_truncated = false;
};

/// Takes a WorkspaceSnapshot on a pool thread, so a large workspace never stalls the thread
/// that owns the job (the GUI thread, for a run in the window). With a baseline it also diffs
/// against it there. Job object: start(), finished() once, on the owner's thread and never from
/// inside start(); cancel() stops the walk between entries and finished() follows with
/// wasCancelled(). Destroying the job lets the worker end on its own (it holds nothing of the job).
class WorkspaceScanJob : public QObject
{
    Q_OBJECT
public:
    /// Work that must be done before the scan, on the same worker (the workspace hand-over):
    /// an error ends the job with that error and no snapshot.
    using Prerequisite = std::function<Status(const std::atomic_bool *cancelled)>;

    explicit WorkspaceScanJob(QString root, QObject *parent = nullptr);
    ~WorkspaceScanJob() override;

    /// Before start(): the snapshot to diff against (changes() is then filled).
    void setBaseline(WorkspaceSnapshot before);
    void setPrerequisite(Prerequisite work);
    void setMaxEntries(int maxEntries);

    void start();
    void cancel();

    /// The pool the scans (and workspace hand-overs) run on: their own, so they never queue
    /// behind checkpoint copies, which can hold the global pool's threads for a long time.
    static QThreadPool *pool();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool wasCancelled() const;
    /// Valid after finished().
    [[nodiscard]] const WorkspaceSnapshot &snapshot() const;
    [[nodiscard]] const WorkspaceChanges &changes() const;
    [[nodiscard]] const Error &error() const;

Q_SIGNALS:
    void finished();

private:
    struct Shared;
    QString m_root;
    int m_maxEntries = WorkspaceSnapshot::kDefaultMaxEntries;
    WorkspaceSnapshot m_baseline;
    Prerequisite m_prerequisite;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<void> m_watcher;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Workbench
