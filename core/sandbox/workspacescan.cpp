// SPDX-License-Identifier: MIT
#include "sandbox/workspacescan.h"

#include <QFile>
#include <QPromise>
#include <QThreadPool>

#include <algorithm>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Workbench {

namespace {

char typeOf(mode_t mode)
{
    if (S_ISREG(mode))
        return 'f';
    if (S_ISDIR(mode))
        return 'd';
    if (S_ISLNK(mode))
        return 'l';
    return 'o';
}

QString typeName(char t)
{
    switch (t) {
    case 'f':
        return QStringLiteral("file");
    case 'd':
        return QStringLiteral("dir");
    case 'l':
        return QStringLiteral("symlink");
    default:
        return QStringLiteral("other");
    }
}

qint64 sumFileBytes(const QHash<QString, WorkspaceSnapshot::Entry> &entries)
{
    qint64 total = 0;
    for (const auto &e : entries)
        if (e.type == 'f')
            total += e.size;
    return total;
}

} // namespace

WorkspaceSnapshot WorkspaceSnapshot::take(const QString &root, int maxEntries,
                                          const std::atomic_bool *cancelled)
{
    WorkspaceSnapshot snap;
    const int rootFd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0)
        return snap;
    struct stat rootSt
    {};
    if (::fstat(rootFd, &rootSt) != 0) {
        ::close(rootFd);
        return snap;
    }
    snap.m_valid = true;

    // Iterative walk over directory descriptors: each name resolves relative to its parent's fd,
    // with O_NOFOLLOW, so a link swapped in mid-scan cannot lead outside.
    struct Pending
    {
        int fd;
        QString prefix;
    };
    QList<Pending> stack{{rootFd, QString()}};
    bool stopped = false;
    while (!stack.isEmpty()) {
        const Pending cur = stack.takeLast();
        DIR *dir = ::fdopendir(cur.fd);
        if (!dir) {
            ::close(cur.fd);
            continue;
        }
        while (const dirent *d = ::readdir(dir)) {
            if (std::strcmp(d->d_name, ".") == 0 || std::strcmp(d->d_name, "..") == 0)
                continue;
            if (cancelled && cancelled->load()) {
                stopped = true;
                break;
            }
            if (snap.m_entries.size() >= maxEntries) {
                snap.m_truncated = true;
                break;
            }
            struct stat st
            {};
            if (::fstatat(::dirfd(dir), d->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue; // vanished meanwhile
            const QString path = cur.prefix + QFile::decodeName(d->d_name);
            Entry e;
            e.type = typeOf(st.st_mode);
            e.size = e.type == 'd' ? 0 : qint64(st.st_size);
            e.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
            e.inode = st.st_ino;
            snap.m_entries.insert(path, e);
            if (e.type == 'd' && st.st_dev == rootSt.st_dev) {
                const int child =
                    ::openat(::dirfd(dir), d->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                if (child >= 0)
                    stack.append({child, path + QLatin1Char('/')});
            }
        }
        ::closedir(dir);
        if (snap.m_truncated || stopped)
            break;
    }
    for (const Pending &p : std::as_const(stack))
        ::close(p.fd);
    if (stopped)
        return WorkspaceSnapshot();
    return snap;
}

qint64 WorkspaceSnapshot::fileBytes() const
{
    return sumFileBytes(m_entries);
}

WorkspaceChanges WorkspaceSnapshot::diff(const WorkspaceSnapshot &before, const WorkspaceSnapshot &after)
{
    WorkspaceChanges c;
    c.scanned = before.valid() && after.valid();
    if (!c.scanned)
        return c;
    c.truncated = before.truncated() || after.truncated();
    const auto &b = before.entries();
    const auto &a = after.entries();
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto old = b.constFind(it.key());
        const ChangedFile f{it.key(), typeName(it->type), it->size};
        if (old == b.cend()) {
            // A scan that was capped before may simply not have seen it.
            if (!before.truncated())
                c.created.append(f);
        } else if (old->type != it->type || old->inode != it->inode ||
                   (it->type != 'd' && (old->size != it->size || old->mtimeNs != it->mtimeNs))) {
            // A directory's own mtime changes with every entry added or removed, which the
            // entries themselves already report.
            c.modified.append(f);
        }
    }
    if (!after.truncated()) {
        for (auto it = b.cbegin(); it != b.cend(); ++it) {
            if (!a.contains(it.key()))
                c.deleted.append({it.key(), typeName(it->type), it->size});
        }
    }
    const auto byPath = [](const ChangedFile &x, const ChangedFile &y) { return x.path < y.path; };
    std::sort(c.created.begin(), c.created.end(), byPath);
    std::sort(c.modified.begin(), c.modified.end(), byPath);
    std::sort(c.deleted.begin(), c.deleted.end(), byPath);
    c.growthBytes = sumFileBytes(a) - sumFileBytes(b);
    return c;
}

} // namespace Workbench

namespace Workbench {

namespace {
constexpr int kScanThreads = 4; // scans mostly wait on the disk; a few may run side by side
}

Q_GLOBAL_STATIC(QThreadPool, scanPool)

QThreadPool *WorkspaceScanJob::pool()
{
    QThreadPool *p = scanPool();
    static const bool configured = [p] {
        p->setMaxThreadCount(kScanThreads);
        return true;
    }();
    Q_UNUSED(configured);
    return p;
}

struct WorkspaceScanJob::Shared
{
    std::atomic_bool cancel{false};
    // Written by the worker before it finishes the future; read on the owner's thread only after
    // the watcher said so (the future's own lock orders the two). Never touched concurrently.
    WorkspaceSnapshot snapshot;
    WorkspaceChanges changes;
    Error error;
    bool cancelled = false;
};

WorkspaceScanJob::WorkspaceScanJob(QString root, QObject *parent)
    : QObject(parent)
    , m_root(std::move(root))
    , m_shared(std::make_shared<Shared>())
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_finished = true;
        Q_EMIT finished();
    });
}

WorkspaceScanJob::~WorkspaceScanJob()
{
    m_shared->cancel.store(true);
}

void WorkspaceScanJob::setBaseline(WorkspaceSnapshot before)
{
    m_baseline = std::move(before);
}

void WorkspaceScanJob::setPrerequisite(Prerequisite work)
{
    m_prerequisite = std::move(work);
}

void WorkspaceScanJob::setMaxEntries(int maxEntries)
{
    m_maxEntries = maxEntries;
}

void WorkspaceScanJob::start()
{
    if (m_started)
        return;
    m_started = true;
    auto promise = std::make_shared<QPromise<void>>();
    m_watcher.setFuture(promise->future());
    // The baseline's hash is shared, not copied: neither side changes it from now on.
    pool()->start([promise, shared = m_shared, root = m_root, max = m_maxEntries, baseline = m_baseline,
                   prerequisite = m_prerequisite] {
        promise->start();
        if (prerequisite) {
            if (const Status s = prerequisite(&shared->cancel); !s)
                shared->error = s.error();
        }
        if (shared->error.isNull() && !shared->cancel.load()) {
            shared->snapshot = WorkspaceSnapshot::take(root, max, &shared->cancel);
            if (baseline.valid() && !shared->cancel.load())
                shared->changes = WorkspaceSnapshot::diff(baseline, shared->snapshot);
        }
        shared->cancelled = shared->cancel.load();
        promise->finish();
    });
}

void WorkspaceScanJob::cancel()
{
    m_shared->cancel.store(true);
}

bool WorkspaceScanJob::wasCancelled() const
{
    return m_finished && m_shared->cancelled;
}

const WorkspaceSnapshot &WorkspaceScanJob::snapshot() const
{
    return m_shared->snapshot;
}

const WorkspaceChanges &WorkspaceScanJob::changes() const
{
    return m_shared->changes;
}

const Error &WorkspaceScanJob::error() const
{
    return m_shared->error;
}

} // namespace Workbench
